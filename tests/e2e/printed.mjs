// Reads a poster's QR code the way a phone would: the SVG drawn to a canvas
// and decoded by a real decoder (jsQR), so a test sees what it opens.
import { createRequire } from 'node:module';

const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

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
