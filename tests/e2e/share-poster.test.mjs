// Share and the printable poster: the share fallback copies the message; the
// widget links to the region's poster, a static page next to the loader
// (src/poster.rs), whose QR code, decoded by a real decoder (jsQR), dials the
// region's line, and which prints on one page without its button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, hostPage, settled, o, browser } from './harness.mjs';
import { decode, assertOnePageEach, axeViolations } from './printed.mjs';

suite();

async function open(name, attrs) {
  const ctx = await browser.newContext();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o.host });
  const page = await ctx.newPage();
  await page.goto(o.page(`/${name}`, hostPage(o, `<know-the-signs ${attrs}></know-the-signs><p>Host page text</p><script src="CDN/embed.js" async></script>`)));
  await settled(page);
  return { ctx, page };
}

test('without the Web Share API, Share copies a message with the number and the page address', async () => {
  const { ctx, page } = await open('share', 'region="US-TX"');
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'desktop Chromium: the fallback path');
  // Nothing said yet: the status is not rendered at all (no gap in the row).
  const display = () => page.locator('know-the-signs .kts-copied').evaluate((s) => getComputedStyle(s).display);
  assert.equal(await display(), 'none', 'an empty status is not rendered');
  await page.locator('know-the-signs .kts-tool', { hasText: 'Share' }).click();
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.querySelector('.kts-copied').textContent !== '');
  assert.notEqual(await display(), 'none');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `Know the signs of child abuse and trafficking, and where to report: Texas Abuse Hotline 1-800-252-5400 ${page.url()}`);
  assert.equal(await page.locator('know-the-signs .kts-copied').textContent(), 'Copied. Paste it anywhere to share it.');
  await ctx.close();
});

test('a second Share is announced again: the status empties, then says it once more', async () => {
  const { ctx, page } = await open('share-twice', '');
  const status = () => document.querySelector('know-the-signs').shadowRoot.querySelector('.kts-copied');
  await page.locator('know-the-signs .kts-tool', { hasText: 'Share' }).click();
  await page.waitForFunction((s) => eval(s)().textContent !== '', String(status));
  // Every text the live region shows from now on, as screen readers see it.
  await page.evaluate((s) => {
    window.__said = [];
    const region = eval(s)();
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  }, String(status));
  await page.locator('know-the-signs .kts-tool', { hasText: 'Share' }).click();
  await page.waitForFunction(() => window.__said.at(-1) === 'Copied. Paste it anywhere to share it.');
  assert.deepEqual(await page.evaluate(() => window.__said), ['', 'Copied. Paste it anywhere to share it.']);
  await ctx.close();
});

test('with the Web Share API, Share hands the message to it', async () => {
  const { ctx, page } = await open('share-native', 'lang="es"');
  await page.evaluate(() => { navigator.share = (data) => { window.__shared = data; return Promise.resolve(); }; });
  await page.locator('know-the-signs .kts-tool', { hasText: 'Compartir' }).click();
  const shared = await page.evaluate(() => window.__shared);
  assert.match(shared.text, /Línea Directa de Abuso y Descuido Infantil de Colorado 1-844-CO-4-KIDS \(1-844-264-5437\)$/);
  assert.equal(shared.url, page.url());
  await ctx.close();
});

test('Share never says "copied" when nothing was: a refused clipboard is said, a refused share falls back to copying, a cancelled one says nothing', async () => {
  const cases = {
    // The clipboard exists but refuses (an iframe without allow="clipboard-write").
    'clipboard-refused': ['() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException("no", "NotAllowedError")); }', 'This page does not allow copying. The number is above.'],
    // The share sheet refuses (an iframe without allow="web-share"): copy instead.
    'share-refused': ['() => { navigator.share = () => Promise.reject(new DOMException("no", "NotAllowedError")); }', 'Copied. Paste it anywhere to share it.'],
    // The reader closed the share sheet: nothing to say.
    'share-cancelled': ['() => { navigator.share = () => Promise.reject(new DOMException("no", "AbortError")); }', ''],
  };
  for (const [name, [setup, said]] of Object.entries(cases)) {
    const { ctx, page } = await open(`share-${name}`, '');
    await page.evaluate(`(${setup})()`);
    await page.locator('know-the-signs .kts-tool', { hasText: 'Share' }).click();
    // The status speaks 150 ms after the browser answers (src/widget/components/tools.rs).
    await page.waitForTimeout(500);
    assert.equal(await page.locator('know-the-signs .kts-copied').textContent(), said, name);
    if (name === 'share-refused') assert.match(await page.evaluate(() => navigator.clipboard.readText()), /1-844-CO-4-KIDS/);
    await ctx.close();
  }
});

test("a region with two lines (Hawaii's islands) shares both, and its poster has both, each with a QR code that dials it", async () => {
  const { ctx, page } = await open('share-hawaii', 'region="US-HI"');
  await page.evaluate(() => { navigator.share = (data) => { window.__shared = data; return Promise.resolve(); }; });
  await page.locator('know-the-signs .kts-tool', { hasText: 'Share' }).click();
  const shared = await page.evaluate(() => window.__shared);
  assert.match(shared.text, /Hawaii Child Welfare Services \(Oʻahu\) 808-832-5300; Hawaii Child Welfare Services \(Neighbor Islands\) 1-888-380-3088$/);
  const [poster] = await Promise.all([ctx.waitForEvent('page'), page.locator('know-the-signs a.kts-tool', { hasText: 'Print a poster' }).click()]);
  await poster.waitForLoadState();
  const tels = ['tel:+18088325300', 'tel:+18883803088'];
  assert.deepEqual(await poster.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [...tels, 'tel:911']);
  const svgs = await poster.locator('figure svg').evaluateAll((ss) => ss.map((s) => new XMLSerializer().serializeToString(s)));
  assert.equal(svgs.length, 2);
  for (const [i, svg] of svgs.entries()) assert.equal(await decode(poster, svg), tels[i]);
  await ctx.close();
});

/** Decodes an SVG QR code with jsQR, in the page. */
test("the widget links to its region's poster, which shows the line and 911, and whose QR code dials the line", async () => {
  for (const [attrs, label, file, tel, words] of [
    ['', 'Print a poster', 'us-co-hotline.en', 'tel:+18442645437', /Colorado Child Abuse and Neglect Hotline.*1-844-CO-4-KIDS.*1-844-264-5437/s],
    ['region="US-WA" lang="es"', 'Imprimir un cartel', 'us-wa-hotline.es', 'tel:+18663634276', /Washington DCYF End Harm Hotline.*1-866-END-HARM.*llame al 911/s],
    ['region="US-AL"', 'Print a poster', 'us-nhth.en', 'tel:+18883737888', /National Human Trafficking Hotline/],
  ]) {
    const { ctx, page } = await open('poster', attrs);
    const link = page.locator('know-the-signs a.kts-tool', { hasText: label });
    assert.equal(await link.getAttribute('href'), `${o.cdn}/v1/posters/${file}.html`);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.textContent(), /new tab|pestaña nueva/);
    const [poster] = await Promise.all([ctx.waitForEvent('page'), link.click()]);
    await poster.waitForLoadState();
    assert.equal(poster.url(), `${o.cdn}/v1/posters/${file}.html`);
    assert.match(await poster.locator('main').textContent(), words);
    assert.deepEqual(await poster.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [tel, 'tel:911']);
    const svg = await poster.locator('figure svg').evaluate((s) => new XMLSerializer().serializeToString(s));
    assert.equal(await decode(poster, svg), tel);
    await ctx.close();
  }
});

test('the poster follows the region the reader picks', async () => {
  const { ctx, page } = await open('poster-picked', '');
  await page.locator('know-the-signs select').selectOption('US-TX');
  assert.match(await page.locator('know-the-signs a.kts-tool').getAttribute('href'), /\/posters\/us-tx-hotline\.en\.html$/);
  await ctx.close();
});

test('the poster page: a print button that prints, none on paper or without JavaScript, axe-clean', async () => {
  const url = `${o.cdn}/v1/posters/us-co-hotline.en.html`;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url);
  await page.evaluate(() => (window.print = () => (window.__printed = true)));
  const button = page.getByRole('button', { name: 'Print this poster' });
  await button.click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await button.isVisible(), false, 'the button does not print');
  assert.ok(await page.locator('.number').isVisible());
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axeViolations(page), []);
  // One page on US Letter and A4, even for the longest names (Spanish, Hawaii)
  // and the most lines (Nevada's three counties).
  // page.pdf() lays the page out for print, as a printer does, once the
  // screen emulation above is lifted.
  await page.emulateMedia({ media: null });
  await assertOnePageEach(page, `${o.cdn}/v1/posters`, ['us-co-hotline.en', 'us-hi-oahu.es', 'us-dc-hotline.es', 'us-nv-clark.es', 'us-nv-clark.en']);
  await ctx.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto(url);
  assert.equal(await still.locator('.print button').isVisible(), false);
  assert.ok(await still.locator('a[href="tel:+18442645437"]').isVisible());
  await noJs.close();
});
