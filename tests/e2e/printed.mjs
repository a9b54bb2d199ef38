// Reads a printable page (a poster, a youth poster, a staff sheet) as a
// phone, a printer and an accessibility checker would: its QR codes drawn to
// a canvas and decoded by a real decoder (jsQR), its pages laid out for
// paper, and axe-core over the whole page.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const AXE = require.resolve('axe-core/axe.min.js');

/** What the QR code in `svg` (its markup, from `page`) opens, or null. */
export async function decode(page, svg) {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async (markup) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 330;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0, 330, 330);
    const found = window.jsQR(g.getImageData(0, 0, 330, 330).data, 330, 330);
    return found && found.data;
  }, svg);
}

/** How many pages `page` prints on paper of `format` (Letter, A4). */
export async function printedPages(page, format) {
  const pdf = (await page.pdf({ format })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page[^s]/g).length;
}

/** Fails unless each of `files` (pages below `folder`, without `.html`)
 * prints on one page of US Letter and of A4. */
export async function assertOnePageEach(page, folder, files) {
  for (const file of files) {
    await page.goto(`${folder}/${file}.html`);
    for (const format of ['Letter', 'A4']) assert.equal(await printedPages(page, format), 1, `${file} on ${format}`);
  }
}

/** The ids of axe-core's WCAG 2.2 AA violations on the whole of `page`. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id));
}
