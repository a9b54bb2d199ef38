// Share and the printable poster: the share fallback copies the message, and
// the poster's QR code, decoded by a real decoder (jsQR), dials the region's
// line. The page prints only the poster while it prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { suite, hostPage, settled, o, browser } from './harness.mjs';

const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
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
  await page.locator('know-the-signs .kts-tool', { hasText: 'Share' }).click();
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.querySelector('.kts-copied').textContent !== '');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `Know the signs of child abuse and trafficking, and where to report: Texas Abuse Hotline 1-800-252-5400 ${page.url()}`);
  assert.equal(await page.locator('know-the-signs .kts-copied').textContent(), 'Copied. Paste it anywhere to share it.');
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

/** Clicks "Print a poster" with print() stubbed to capture the page as printed. */
async function printPoster(page, label) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    window.print = () => {
      const host = document.querySelector('know-the-signs');
      const poster = host.shadowRoot.querySelector('.kts-poster');
      window.__printed = {
        marked: host.hasAttribute('data-kts-poster'),
        hostText: getComputedStyle(document.querySelector('p')).visibility,
        poster: poster && getComputedStyle(poster).visibility,
        text: poster && poster.textContent,
        svg: poster && new XMLSerializer().serializeToString(poster.querySelector('svg')),
      };
    };
  });
  // Print media hides the buttons, so the tap is dispatched directly.
  await page.locator('know-the-signs .kts-tool', { hasText: label }).evaluate((b) => b.click());
  await page.waitForFunction(() => window.__printed);
  return page.evaluate(() => window.__printed);
}

/** Decodes an SVG QR code with jsQR, in the page. */
async function decode(page, svg) {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async (markup) => {
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(markup)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 330;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0, 330, 330);
    const found = window.jsQR(g.getImageData(0, 0, 330, 330).data, 330, 330);
    return found && found.data;
  }, svg);
}

test("the poster prints alone, and its QR code dials the region's line", async () => {
  for (const [attrs, label, tel, words] of [
    ['', 'Print a poster', 'tel:+18442645437', /Colorado Child Abuse and Neglect Hotline.*1-844-CO-4-KIDS.*1-844-264-5437/],
    ['region="US-WA" lang="es"', 'Imprimir un cartel', 'tel:+18663634276', /Washington DCYF End Harm Hotline.*1-866-END-HARM.*llame al 911/],
    ['region="US-AL"', 'Print a poster', 'tel:+18883737888', /National Human Trafficking Hotline/],
  ]) {
    const { ctx, page } = await open('poster', attrs);
    const printed = await printPoster(page, label);
    assert.equal(printed.marked, true);
    assert.equal(printed.hostText, 'hidden', "the host page's own content does not print");
    assert.equal(printed.poster, 'visible');
    assert.match(printed.text, words);
    assert.equal(await decode(page, printed.svg), tel);
    // Afterwards the page is as it was.
    const after = await page.evaluate(() => ({
      marked: document.querySelector('know-the-signs').hasAttribute('data-kts-poster'),
      sheets: document.adoptedStyleSheets.length,
    }));
    assert.deepEqual(after, { marked: false, sheets: 0 });
    await ctx.close();
  }
});
