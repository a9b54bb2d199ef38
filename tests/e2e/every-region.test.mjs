// Every region's own numbers, read from the content data rather than named
// here, so that a region added to src/content is checked without a change
// to any test: in the panel and the banner, in every language, and in the
// loader's static hotline when the wasm cannot load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, settled, fetched, WASM_404, open, DIST } from './harness.mjs';

suite();
const content = (...p) => JSON.parse(fs.readFileSync(path.join(DIST, '..', 'src', 'content', ...p), 'utf8'));
const { lines } = content('lines.json');
const CODES = ['US', ...content('regions.json').regions.map((r) => r.code)];
const LANGS = fs.readdirSync(path.join(DIST, '..', 'src', 'content', 'text')).map((f) => f.replace('.json', '')).sort();
const TEXT = Object.fromEntries(LANGS.map((l) => [l, content('text', `${l}.json`)]));
const OTHERS = ['away', 'after_hours', 'tty', 'also'];

const national = lines.find((l) => l.region === 'US' && l.kind === 'trafficking');
/** The lines that lead for `code`: its own reporting lines, else the national hotline. */
const leads = (code) => {
  const own = lines.filter((l) => l.region === code && l.kind === 'reporting');
  return own.length ? own : [national];
};
const printablesOnly = (l) => l.kind === 'youth' || l.kind === 'mandated';
const counties = (code) => lines.filter((l) => l.region === code && l.kind === 'county');
const tel = (n) => `tel:${n}`;
/** A line's number, then its other numbers, as the widget lists them. */
const withOthers = (l) => [l.e164, ...OTHERS.filter((f) => l[f]).map((f) => l[f].e164)].map(tel);

test('the data has a line of its own for the regions the widget claims', () => {
  const own = CODES.filter((c) => leads(c)[0] !== national);
  // Every statewide line and Nevada's counties; a region is added by data.
  assert.ok(own.length >= 45, `${own.length} regions with a line`);
});

const page = (lang, layout, extra = '') =>
  CODES.map((c) => `<know-the-signs region="${c}" lang="${lang}" layout="${layout}"${extra}></know-the-signs>`).join('') + '<script src="CDN/embed.js" async></script>';

/** Each element's visible tel: links, in order, and its text. */
const read = (page) =>
  page.locator('know-the-signs').evaluateAll((els) =>
    els.map((e) => ({
      state: e.dataset.state,
      tels: [...e.shadowRoot.querySelectorAll('a[href^="tel:"]')].filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href')),
      text: e.shadowRoot.textContent,
      hrefs: [...e.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    })),
  );

for (const lang of LANGS) {
  const t = TEXT[lang];
  test(`panel, ${lang}: every region's lines, each with its other numbers, hours and note, then 911; its report guide calls them; About cites each line's page and date`, async () => {
    const { ctx, page: p } = await open(`every-panel-${lang}`, page(lang, 'panel'));
    await settled(p, CODES.length);
    // "What to do" and About are fetched when they first open.
    await p.locator('know-the-signs').evaluateAll((els) => els.forEach((e) => {
      for (const id of ['act', 'about']) e.shadowRoot.querySelector(`[data-section="${id}"] .kts-toggle`).click();
    }));
    await fetched(p);
    const shown = await read(p);
    CODES.forEach((code, i) => {
      const want = [...counties(code).flatMap(withOthers), ...leads(code).flatMap(withOthers), 'tel:911'];
      assert.equal(shown[i].state, 'ready', code);
      assert.deepEqual(shown[i].tels.slice(0, want.length), want, code);
      for (const l of leads(code)) {
        if (l.hours === 'limited') assert.ok(shown[i].text.includes(t.line_hours[l.id]), `${code}: ${l.id}'s hours`);
        if (t.line_notes[l.id]) assert.ok(shown[i].text.includes(t.line_notes[l.id]), `${code}: ${l.id}'s note`);
      }
      // The printables' own lines (a youth line, New York's line for
      // mandated reporters, which is never for the public) are not the
      // widget's: it never shows them.
      for (const l of lines.filter(printablesOnly)) assert.ok(!shown[i].tels.includes(tel(l.e164)), `${code} shows ${l.id}`);
    });
    const parts = await p.locator('know-the-signs').evaluateAll((els) => els.map((e) => ({
      act: [...e.shadowRoot.querySelectorAll('[data-section="act"] a[href]')].map((a) => a.getAttribute('href')),
      about: [...e.shadowRoot.querySelectorAll('[data-section="about"] a[href]')].map((a) => a.getAttribute('href')),
      aboutText: e.shadowRoot.querySelector('[data-section="about"]').textContent,
    })));
    for (const [i, code] of CODES.entries()) {
      // The report guide calls the region's own lines, and 911.
      for (const l of leads(code)) assert.ok(parts[i].act.includes(tel(l.e164)), `${code}: the guide calls ${l.id}`);
      assert.ok(parts[i].act.includes('tel:911'), `${code}: the guide calls 911`);
      // About cites where each of the region's own lines was checked, and when.
      for (const l of lines.filter((l) => l.region === code && code !== 'US' && !printablesOnly(l))) {
        assert.ok(parts[i].about.includes(l.source_url), `${code}: About cites ${l.source_url}`);
        assert.ok(parts[i].aboutText.includes(l.verified), `${code}: About gives ${l.verified}`);
      }
    }
    await ctx.close();
  });

  test(`banner, ${lang}: every region's lead numbers, labelled where the data says, then 911`, async () => {
    const { ctx, page: p } = await open(`every-banner-${lang}`, page(lang, 'banner'));
    await settled(p, CODES.length);
    const shown = await read(p);
    CODES.forEach((code, i) => {
      const want = [...leads(code).map((l) => tel(l.e164)), 'tel:911'];
      assert.deepEqual(shown[i].tels.slice(0, want.length), want, code);
      for (const l of leads(code)) if (t.line_labels[l.id]) assert.ok(shown[i].text.includes(t.line_labels[l.id]), `${code}: ${l.id}'s label`);
    });
    await ctx.close();
  });

  test(`the loader's static hotline, ${lang} (the wasm blocked): every region's lead numbers, with set hours, then 911`, async () => {
    const { ctx, page: p } = await open(`every-fallback-${lang}`, page(lang, 'panel'), { route: WASM_404 });
    await settled(p, CODES.length);
    const shown = await read(p);
    CODES.forEach((code, i) => {
      assert.equal(shown[i].state, 'fallback', code);
      assert.deepEqual(shown[i].tels, [...leads(code).map((l) => tel(l.e164)), 'tel:911'], code);
      for (const l of leads(code)) {
        if (l.hours === 'limited') assert.ok(shown[i].text.includes(t.line_labels[l.id]), `${code}: ${l.id}'s hours`);
      }
    });
    await ctx.close();
  });
}
