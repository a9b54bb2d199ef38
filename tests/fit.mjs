// Measures the closed widget's own height, without any reservation, for
// every region at each container width of src/reserve.json, per layout,
// language and quick exit: what the builder's form B snippet must reserve
// (src/reserve.rs, FIT). tests/reservation.mjs writes the tallest per group
// to src/reserve.json; tests/e2e/reservation.test.mjs checks every region
// still fits its group's row.
import fs from 'node:fs';
import path from 'node:path';
import { hostPage, DIST } from './e2e/harness.mjs';

const SRC = path.join(DIST, '..', 'src');
const read = (...p) => JSON.parse(fs.readFileSync(path.join(SRC, ...p), 'utf8'));
export const FIT_FILE = path.join(SRC, 'reserve.json');
export const fitFile = () => read('reserve.json');

const content = (...p) => read('content', ...p);
export const CODES = ['US', ...content('regions.json').regions.map((r) => r.code)];
const own = {};
const counties = new Set();
for (const l of content('lines.json').lines) {
  if (l.kind === 'reporting') (own[l.region] ||= []).push(l);
  if (l.kind === 'county') counties.add(l.region);
}
/** The region's group of `Lines` in src/reserve.rs (`Shape::of`). */
export const group = (code) => {
  const lines = own[code] || [];
  if (lines.length === 1) return lines[0].hours === 'limited' ? 'OneLimited' : 'One';
  if (lines.length > 2) return 'Three';
  if (lines.length) return 'Two';
  return counties.has(code) ? 'NationalCounties' : 'National';
};
export const LANGS = fs.readdirSync(path.join(SRC, 'content', 'text')).map((f) => f.replace('.json', '')).sort();
export const LAYOUTS = ['Panel', 'Banner'];

/** Every region's height for one layout, language, quick exit and width. */
export async function heights(browser, o, { lang, layout, exit, width }) {
  const els = CODES.map((c) => `<div style="width:${width}px"><know-the-signs region="${c}" lang="${lang}" layout="${layout.toLowerCase()}"${exit ? ' quick-exit="on"' : ''}></know-the-signs></div>`).join('');
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(o.page(`/m-${lang}-${layout}-${exit}-${width}`, hostPage(o, `${els}<script src="CDN/embed.js" async></script>`)));
  await page.waitForFunction((n) => [...document.querySelectorAll('know-the-signs')].filter((e) => e.dataset.state === 'ready').length === n, CODES.length, { timeout: 60000 });
  // Every step of the widget built (src/components/stage.rs).
  await page.waitForTimeout(1500);
  const measured = await page.evaluate(() => [...document.querySelectorAll('know-the-signs')].map((el) => {
    const free = new CSSStyleSheet();
    free.replaceSync('.panel,.banner{min-height:0!important}');
    el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, free];
    return Math.ceil(el.getBoundingClientRect().height);
  }));
  await page.close();
  return Object.fromEntries(CODES.map((c, i) => [c, measured[i]]));
}

/** Every combination `heights` measures, in the order of the file. */
export function* shapes(widths) {
  for (const lang of LANGS) for (const layout of LAYOUTS) for (const exit of [false, true]) for (const [step, width] of widths.entries()) yield { lang, layout, exit, step, width };
}
