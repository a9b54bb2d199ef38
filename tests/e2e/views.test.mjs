// The three views (option `audience`, and the switch inside the widget): a
// worried adult's, a child's or teen's, a mandated reporter's. Each renders
// in every layout and both languages under the same hotline, axe-clean; its
// words are fetched from the files beside the loader (src/poster/view.rs)
// when a section first opens; the switch moves focus to the new view; the
// youth view turns quick exit on unless the partner said otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, open, settled, fetched, DIST, LOADING } from './harness.mjs';

suite();
const SHOTS = path.resolve(DIST, '../test-results/screenshots');
const data = (...p) => JSON.parse(fs.readFileSync(path.join(DIST, '..', 'src', 'content', ...p), 'utf8'));
const LANGS = ['en', 'es'];
/** Each view's section titles in `lang`, as the widget shows them, then About. */
const titles = (audience, lang) => {
  const text = data('text', `${lang}.json`);
  const sections = audience === 'adult' ? text.sections : data(audience, `${lang}.json`).sections;
  return [...sections.map((s) => s.title), text.ui.about_title];
};
const { lines } = data('lines.json');
const MANDATED = 'tel:+' + lines.find((l) => l.kind === 'mandated').e164.replace('+', '');
const loader = '<script src="CDN/embed.js" async></script>';

/** The widget's open shadow root's state, for assertions. */
const read = (page, selector = 'know-the-signs') => page.locator(selector).evaluate((e) => {
  const r = e.shadowRoot;
  return {
    titles: [...r.querySelectorAll('.kts-toggle')].map((b) => b.textContent),
    hotline: [...r.querySelectorAll('.kts-hotline a[href^="tel:"]')].map((a) => a.getAttribute('href')),
    exit: !!r.querySelector('.kts-exit'),
    hrefs: [...r.querySelectorAll('.kts-sections a[href]')].map((a) => a.getAttribute('href')),
    text: r.querySelector('.kts-sections').textContent,
  };
});

/** Opens every section of the widget (the banner's and the button's
 * container first) and waits for their words. */
async function openAll(page, layout) {
  const el = page.locator('know-the-signs');
  if (layout === 'button') await el.locator('.kts-launcher').click();
  if (layout === 'banner') await el.locator('[data-section="more"] > .kts-disclosure-heading .kts-toggle').click();
  await el.evaluate((e) => e.shadowRoot.querySelectorAll('.kts-sections .kts-toggle').forEach((b) => b.click()));
  await fetched(page);
}

async function axe(page) {
  await page.addScriptTag({ path: path.join(DIST, '..', 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => (await window.axe.run({ include: [['know-the-signs']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

for (const layout of ['panel', 'banner', 'button']) {
  for (const lang of LANGS) {
    test(`${layout}, ${lang}: each view under the same hotline, its sections' words fetched when opened, axe-clean closed and open`, async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const audience of ['adult', 'youth', 'reporter']) {
        const { ctx, page } = await open(`view-${layout}-${lang}-${audience}`, `<know-the-signs lang="${lang}" layout="${layout}" audience="${audience}"></know-the-signs>${loader}`, { context: { viewport: { width: 480, height: 900 } } });
        await settled(page);
        assert.deepEqual(await axe(page), [], `${audience} closed`);
        await openAll(page, layout);
        const shown = await read(page);
        assert.deepEqual(shown.titles.slice(-titles(audience, lang).length), titles(audience, lang), audience);
        assert.deepEqual(shown.hotline.slice(-2), ['tel:+18442645437', 'tel:911'], `${audience}: the hotline on top`);
        assert.ok(!shown.text.includes(LOADING[lang]), `${audience}: every section's words came`);
        assert.ok(shown.hrefs.includes('tel:911'), `${audience}: 911 in the sections too`);
        assert.equal(shown.exit, audience === 'youth', `${audience}: quick exit only in the youth view, by default`);
        assert.deepEqual(await axe(page), [], `${audience} open`);
        if (layout !== 'button') await page.locator('know-the-signs').screenshot({ path: path.join(SHOTS, `view-${audience}-${layout}-${lang}.png`) });
        else await page.screenshot({ path: path.join(SHOTS, `view-${audience}-${layout}-${lang}.png`) });
        await ctx.close();
      }
    });
  }
}

test('the youth view texts first: Childhelp and the trafficking hotline by text, then the state line and Safe2Tell, each with its digits', async () => {
  const { ctx, page } = await open('view-youth-lines', `<know-the-signs audience="youth"></know-the-signs>${loader}`);
  await settled(page);
  await openAll(page, 'panel');
  const links = await page.locator('know-the-signs').evaluate((e) =>
    [...e.shadowRoot.querySelectorAll('[data-section="lines"] a[href]')].map((a) => [a.getAttribute('href'), a.textContent]));
  const hrefs = links.map(([h]) => h);
  assert.equal(hrefs[0], 'sms:+18004224453', JSON.stringify(links));
  const at = (h) => hrefs.indexOf(h);
  assert.ok(at('sms:233733?body=HELP') > 0 && at('sms:233733?body=HELP') < at('tel:+18442645437'), JSON.stringify(hrefs));
  assert.ok(at('tel:+18442645437') < at('tel:+18775427233'), 'Safe2Tell after the state line');
  assert.deepEqual(links.find(([h]) => h === 'sms:233733?body=HELP'), ['sms:233733?body=HELP', 'Text HELP to 233733']);
  assert.deepEqual(links.find(([h]) => h === 'tel:+18442645437'), ['tel:+18442645437', 'Call 1-844-CO-4-KIDS']);
  const section = await page.locator('know-the-signs').evaluate((e) => e.shadowRoot.querySelector('[data-section="lines"]').textContent);
  assert.ok(section.includes('1-844-264-5437'), 'the vanity number with its digits');
  assert.ok(!hrefs.includes(MANDATED));
  await ctx.close();
});

for (const lang of LANGS) test(`${lang}: in every region each view shows its titles and its words; the youth view reaches only the content's verified lines, and New York's mandated reporters' line is in its reporter view only`, async () => {
  // Every line of src/content/lines.json is rated high by the research
  // (build.rs refuses the others): its numbers, text numbers and other numbers.
  assert.ok(lines.every((l) => l.confidence === 'high'));
  const known = new Set(lines.flatMap((l) => [l.e164, l.sms, ...['away', 'after_hours', 'tty', 'also'].map((f) => l[f] && l[f].e164)]).filter(Boolean).map((n) => n.replace('+', '')));
  known.add('911');
  const codes = ['US', ...data('regions.json').regions.map((r) => r.code)];
  const page = (audience) => codes.map((c) => `<know-the-signs region="${c}" lang="${lang}" audience="${audience}" quick-exit="off"></know-the-signs>`).join('') + loader;
  for (const audience of ['youth', 'reporter', 'adult']) {
    const { ctx, page: p } = await open(`view-every-${audience}-${lang}`, page(audience));
    await settled(p, codes.length);
    await p.locator('know-the-signs').evaluateAll((els) => els.forEach((e) => e.shadowRoot.querySelectorAll('.kts-sections .kts-toggle').forEach((b) => b.click())));
    await fetched(p);
    const shown = await p.locator('know-the-signs').evaluateAll((els, loading) => els.map((e) => ({
      titles: [...e.shadowRoot.querySelectorAll('.kts-sections .kts-toggle')].map((b) => b.textContent),
      empty: [...e.shadowRoot.querySelectorAll('.kts-sections .kts-blocks')].filter((b) => !b.textContent.trim() || b.textContent === loading).length,
    })), LOADING[lang]);
    codes.forEach((code, i) => {
      assert.deepEqual(shown[i].titles, titles(audience, lang), `${code} ${audience}`);
      assert.equal(shown[i].empty, 0, `${code} ${audience}: a section without its words`);
    });
    const all = await p.locator('know-the-signs').evaluateAll((els) => els.map((e) =>
      [...e.shadowRoot.querySelectorAll('.kts-sections [data-section]:not([data-section="about"]) a[href^="tel:"], .kts-sections [data-section]:not([data-section="about"]) a[href^="sms:"]')].map((a) => a.getAttribute('href'))));
    codes.forEach((code, i) => {
      assert.ok(all[i].length > 1, `${code} ${audience}: its lines`);
      for (const href of all[i]) {
        const digits = href.replace(/^(tel|sms):\+?/, '').replace(/\?.*$/, '');
        if (audience === 'youth') assert.ok(known.has(digits), `${code}: ${href} is no verified line`);
        if (href === MANDATED) assert.ok(audience === 'reporter' && code === 'US-NY', `${code} ${audience}: the mandated reporters' line`);
      }
      if (audience === 'reporter') assert.equal(all[i].includes(MANDATED), code === 'US-NY', `${code}: the mandated reporters' line`);
    });
    await ctx.close();
  }
});

test("a reporter in Colorado reads where to report, then the state's 24 hours, before what to have ready", async () => {
  const { ctx, page } = await open('view-reporter-co', `<know-the-signs audience="reporter"></know-the-signs>${loader}`);
  await settled(page);
  await openAll(page, 'panel');
  const first = await page.locator('know-the-signs').evaluate((e) => {
    const s = e.shadowRoot.querySelector('[data-section="report"] .kts-blocks');
    return { text: s.textContent, heading: s.querySelector('h4')?.textContent, first: s.querySelector('a[href]').getAttribute('href') };
  });
  assert.equal(first.first, 'tel:+18442645437');
  assert.match(first.heading, /^Colorado/);
  assert.match(first.text, /within 24 hours/);
  assert.match(first.text, /referral ID/);
  await ctx.close();
});

test('the switch: by keyboard to "Is this happening to you?", focus moves to the youth view\'s first section, quick exit comes on, the region picked stays', async () => {
  const { ctx, page } = await open('view-switch', `<know-the-signs></know-the-signs>${loader}`);
  await settled(page);
  const el = page.locator('know-the-signs');
  await el.locator('.kts-picker select').selectOption('US-TX');
  const youth = el.locator('.kts-switch button', { hasText: 'Is this happening to you?' });
  await youth.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.activeElement?.classList.contains('kts-toggle'));
  const now = await el.evaluate((e) => ({
    focused: e.shadowRoot.activeElement.textContent,
    region: e.shadowRoot.querySelector('.kts').dataset.region,
    exit: !!e.shadowRoot.querySelector('.kts-exit'),
    hotline: e.shadowRoot.querySelector('.kts-hotline a[href^="tel:"]').getAttribute('href'),
  }));
  assert.deepEqual(now, { focused: titles('youth', 'en')[0], region: 'US-TX', exit: true, hotline: 'tel:+18002525400' });
  // Enter opens the section that has focus, with Texas's lines in it.
  await page.keyboard.press('Enter');
  await el.locator('[data-section="lines"] .kts-toggle').click();
  await fetched(page);
  const lines = await el.evaluate((e) => [...e.shadowRoot.querySelectorAll('[data-section="lines"] a[href^="tel:"]')].map((a) => a.getAttribute('href')));
  assert.ok(lines.includes('tel:+18002525400'), JSON.stringify(lines));
  // Back to the adult view: quick exit goes, the adult's sections return.
  await el.locator('.kts-switch button', { hasText: "I'm worried about a child" }).click();
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.activeElement?.textContent === 'Know the signs');
  assert.equal(await el.evaluate((e) => !!e.shadowRoot.querySelector('.kts-exit')), false);
  await ctx.close();
});

test('quick exit in the youth view: on by default, off when the partner says so; the option is checked like every option', async () => {
  const { ctx, page } = await open('view-exit', `<know-the-signs id="a" audience="youth"></know-the-signs><know-the-signs id="b" audience="youth" quick-exit="off"></know-the-signs><know-the-signs id="c" audience="teens"></know-the-signs>${loader}`);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await settled(page, 3);
  assert.equal((await read(page, '#a')).exit, true);
  assert.equal((await read(page, '#b')).exit, false);
  const c = await read(page, '#c');
  assert.equal(c.titles[0], titles('adult', 'en')[0], 'an unknown audience is the adult view');
  assert.ok(warnings.some((w) => w.includes('audience "teens" is not supported; using "adult". Allowed: adult, youth, reporter.')), JSON.stringify(warnings));
  await ctx.close();
});

test("a section whose words cannot load says so; the hotline stays whole", async () => {
  const route = { match: /\/posters\/view-/, handle: (r) => r.abort() };
  const { ctx, page } = await open('view-offline', `<know-the-signs audience="reporter"></know-the-signs>${loader}`, { route });
  await settled(page);
  await page.locator('know-the-signs').evaluate((e) => e.shadowRoot.querySelector('.kts-sections .kts-toggle').click());
  await fetched(page);
  const shown = await read(page);
  assert.match(shown.text, /This part did not load\. The lines above still work\./);
  assert.deepEqual(shown.hotline, ['tel:+18442645437', 'tel:911']);
  await ctx.close();
});
