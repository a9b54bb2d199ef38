// The snippet builder (www/index.html, src/bin/builder): options in, the real
// widget as preview, and snippets that round-trip: each one, copied with its
// button and pasted into a fresh host page, shows the widget with the options
// chosen (or its own links where scripts are stripped).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { suite, settled, o, browser, open, builder, code, choose } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FORMS = ['element', 'script', 'iframe', 'plain'];

suite();

/** What a reader gets from one widget: the options it shows and its numbers. */
function fingerprint(el) {
  const kts = el.shadowRoot.querySelector('.kts');
  return {
    state: el.dataset.state,
    layout: kts.dataset.layout,
    theme: kts.dataset.theme,
    region: kts.dataset.region,
    lang: kts.lang,
    accent: getComputedStyle(kts).getPropertyValue('--kts-accent').trim(),
    exit: kts.querySelector('.kts-exit-link')?.getAttribute('href') ?? null,
    tel: [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
  };
}

/** Copies a snippet with its button: the confirmation must show, and the
 * clipboard must hold exactly the snippet shown. */
async function copy(page, form) {
  await page.locator(`#snippet-${form} button`).click();
  const status = page.locator(`#snippet-${form} [role="status"]`);
  await status.filter({ hasText: 'Copied' }).waitFor({ timeout: 5000 });
  assert.ok(await status.isVisible());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await code(page, form));
  return copied;
}

const COMBOS = [
  {
    name: 'Washington, Spanish, banner, dark, own accent, quick exit on',
    ui: { region: 'US-WA', lang: 'es', layout: /^Banner/, theme: 'Dark', accent: '#7a1fa2', exit: /^On: leaves/ },
    expect: { region: 'US-WA', lang: 'es', layout: 'banner', theme: 'dark', exit: 'https://www.weather.gov/' },
    links: ['tel:+18663634276', 'tel:911'],
  },
  {
    name: 'Hawaii, English, button, light, quick exit to own address',
    ui: { region: 'US-HI', lang: 'en', layout: /^Button/, theme: 'Light', exit: /address you choose/, address: 'https://example.org/away' },
    expect: { region: 'US-HI', lang: 'en', layout: 'button', theme: 'light', exit: 'https://example.org/away' },
    links: ['tel:+18088325300', 'tel:+18883803088', 'tel:911'],
  },
  {
    name: 'national lines only, English, panel, auto',
    ui: { region: 'US', lang: 'en', layout: /^Panel/, theme: /^Auto/, exit: 'Off' },
    expect: { region: 'US', lang: 'en', layout: 'panel', theme: 'auto', exit: null },
    links: ['tel:+18883737888', 'tel:911'],
  },
];

for (const combo of COMBOS) {
  test(`round trip: ${combo.name}`, async () => {
    const { ctx, page, errors } = await builder();
    await choose(page, combo.ui);
    const preview = page.locator('.preview know-the-signs');
    await page.waitForFunction(
      (want) => {
        const kts = document.querySelector('.preview know-the-signs')?.shadowRoot?.querySelector('.kts');
        return kts && kts.dataset.region === want.region && kts.lang === want.lang && kts.dataset.layout === want.layout;
      },
      combo.expect,
    );
    const shown = await preview.evaluate(fingerprint);
    assert.deepEqual({ ...shown, accent: undefined, tel: undefined, state: undefined }, { ...combo.expect, accent: undefined, tel: undefined, state: undefined });
    assert.equal(shown.state, 'ready');
    if (combo.ui.accent) {
      // The dark palette lightens any accent, the house blue too: the
      // preview's must still be the chosen purple (red and blue over green).
      const [r, g, b] = shown.accent.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
      assert.ok(r > g && b > g, `the accent reached the preview: ${shown.accent}`);
    }
    const snippets = {};
    for (const form of FORMS) snippets[form] = await copy(page, form);
    if (combo.ui.accent) {
      for (const form of ['element', 'script', 'iframe']) assert.match(snippets[form], /(accent="|accent=%23)#?7a1fa2/i, form);
    }
    assert.deepEqual(errors, []);
    await ctx.close();

    // The links every form carries or shows: the region's lines, then 911.
    const tels = [...snippets.element.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(tels, combo.links);

    // Form B and form A: the same widget as the preview, on a partner's page.
    for (const form of ['element', 'script']) {
      const { ctx, page } = await open(`rt-${form}-${combo.expect.region}`, `<p>Partner text</p>${snippets[form]}`);
      await settled(page);
      assert.deepEqual(await page.locator('know-the-signs').evaluate(fingerprint), shown, form);
      await ctx.close();
    }

    // Form B where the platform strips scripts: its own links, in its language.
    const stripped = snippets.element.replace(/<script[\s\S]*?<\/script>/g, '');
    {
      const { ctx, page } = await open(`rt-stripped-${combo.expect.region}`, stripped);
      const links = page.locator('know-the-signs a[href^="tel:"]');
      assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), tels);
      for (const link of await links.all()) assert.ok(await link.isVisible());
      assert.equal(await page.locator('know-the-signs').getAttribute('lang'), combo.expect.lang);
      await ctx.close();
    }

    // Form C: the iframe shows the same widget inside.
    {
      const { ctx, page } = await open(`rt-iframe-${combo.expect.region}`, snippets.iframe);
      const inner = await (await page.waitForSelector('iframe')).contentFrame();
      await inner.waitForURL(/frame\.html/);
      await settled(inner);
      assert.deepEqual(await inner.locator('know-the-signs').evaluate(fingerprint), shown);
      assert.ok(await page.locator('iframe').getAttribute('title'));
      await ctx.close();
    }

    // Plain links: the numbers, in the language, nothing else needed.
    {
      const { ctx, page } = await open(`rt-plain-${combo.expect.region}`, snippets.plain);
      assert.deepEqual(await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), tels);
      assert.equal(await page.locator(`div[lang="${combo.expect.lang}"]`).count(), 1);
      assert.equal(await page.locator('script, iframe').count(), 0);
      await ctx.close();
    }
  });
}

test('the builder is axe-clean and usable with the keyboard alone', async () => {
  const { ctx, page, errors } = await builder();
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);

  // Tab from the top reaches the region select, then on to every copy
  // button, each with a visible focus indicator; Space copies.
  const reached = new Set();
  await page.locator('body').focus();
  for (let i = 0; i < 60 && reached.size < 5; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      const snippet = el.closest('.snippet');
      return { id: el.id, copy: el.tagName === 'BUTTON' && snippet ? snippet.id : null, outline: getComputedStyle(el).outlineStyle };
    });
    if (f.id === 'opt-region') reached.add('region');
    if (f.copy) {
      reached.add(f.copy);
      assert.notEqual(f.outline, 'none', `focus visible on ${f.copy}`);
    }
  }
  assert.deepEqual([...reached].sort(), ['region', 'snippet-element', 'snippet-iframe', 'snippet-plain', 'snippet-script']);
  await page.locator('#snippet-script button').focus();
  await page.keyboard.press('Space');
  await page.locator('#snippet-script [role="status"]').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page, 'script'));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('changing an option changes every snippet and clears the old confirmation', async () => {
  const { ctx, page } = await builder();
  await copy(page, 'element');
  const before = await code(page, 'element');
  await page.getByLabel('Region').selectOption('US-TX');
  assert.notEqual(await code(page, 'element'), before);
  for (const form of ['element', 'script', 'iframe']) assert.match(await code(page, form), /US-TX/);
  assert.equal(await page.locator('#snippet-element [role="status"]').textContent(), '');
  await ctx.close();
});

test('a quick-exit address that is not https is explained and left out of the snippets', async () => {
  const { ctx, page } = await builder();
  await page.getByRole('radio', { name: /address you choose/ }).check();
  await page.getByLabel(/Leave to/).fill('http://example.org');
  await page.getByRole('alert').filter({ hasText: 'https://' }).waitFor();
  for (const form of ['element', 'script', 'iframe']) assert.doesNotMatch(await code(page, form), /quick-exit/);
  await page.getByLabel(/Leave to/).fill('https://example.org');
  assert.equal(await page.getByRole('alert').textContent(), '');
  assert.match(await code(page, 'script'), /data-quick-exit="https:\/\/example.org"/);
  await ctx.close();
});

test('without the clipboard API the snippet is selected and the reader told how to copy it', async () => {
  const { ctx, page } = await builder({ clipboard: false, init: () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }) });
  await page.locator('#snippet-plain button').click();
  const status = page.locator('#snippet-plain [role="status"]');
  await status.filter({ hasText: 'Ctrl+C' }).waitFor();
  assert.ok(await status.isVisible());
  assert.equal(await page.evaluate(() => String(getSelection())), await code(page, 'plain'));
  await ctx.close();
});

test('without JavaScript the builder page still shows the hotline', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${o.cdn}/index.html`);
  const links = page.locator('a[href^="tel:"]');
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['tel:+18442645437', 'tel:911']);
  assert.ok(await links.first().isVisible());
  await ctx.close();
});

test("the builder links the chosen region's printables, in the chosen language, and each opens its page", async () => {
  const { ctx, page } = await builder();
  const links = () => page.locator('.printables a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(await links(), [
    ['Poster', `${o.cdn}/v1/posters/us-co-hotline.en.html`],
    ['Youth poster', `${o.cdn}/v1/posters/youth.us-co.en.html`],
    ['Staff sheet', `${o.cdn}/v1/posters/reporter.us-co.en.html`],
  ]);
  await page.getByLabel('Region').selectOption('US-AL');
  await page.getByLabel('Language').selectOption('es');
  assert.deepEqual(await links(), [
    ['Poster', `${o.cdn}/v1/posters/us-nhth.es.html`],
    ['Youth poster', `${o.cdn}/v1/posters/youth.us.es.html`],
    ['Staff sheet', `${o.cdn}/v1/posters/reporter.us-al.es.html`],
  ]);
  for (const [name, title] of [['Youth poster', '¿Alguien te está haciendo daño?'], ['Staff sheet', 'Si trabaja con niños: cómo denunciar el abuso o el descuido']]) {
    const [tab] = await Promise.all([ctx.waitForEvent('page'), page.getByRole('link', { name, exact: true }).click()]);
    await tab.waitForLoadState();
    assert.equal(await tab.locator('h1').textContent(), title);
    await tab.close();
  }
  await ctx.close();
});
