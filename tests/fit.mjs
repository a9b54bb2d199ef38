// Measures the closed widget's own height, without any reservation, for
// every region at each container width of src/reserve.json, per layout,
// language and quick exit: what the builder's form B snippet must reserve
// (src/reserve.rs, FIT). tests/reservation.mjs writes the tallest per group
// to src/reserve.json; tests/e2e/reservation.test.mjs checks every region
// still fits its group's row.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hostPage, DIST } from './e2e/harness.mjs';

const SRC = path.join(DIST, '..', 'src');
const read = (...p) => JSON.parse(fs.readFileSync(path.join(SRC, ...p), 'utf8'));
export const FIT_FILE = path.join(SRC, 'reserve.json');
export const fitFile = () => read('reserve.json');

// Each region's group of `Lines` (src/reserve.rs, `Shape::of`), from the
// crate itself, so that this script never works it out on its own.
const groups = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'package', '--', '--groups'], { cwd: path.join(SRC, '..'), encoding: 'utf8' }));
export const CODES = Object.keys(groups);
/** The region's group of `Lines` in src/reserve.rs. */
export const group = (code) => groups[code];
export const LANGS = fs.readdirSync(path.join(SRC, 'content', 'text')).map((f) => f.replace('.json', '')).sort();
export const LAYOUTS = ['Panel', 'Banner'];

/** Every region's height for one layout, language and quick exit, at each
 * of `widths` (one page holds them all): `[{code: height}]`, by width. */
export async function heights(browser, o, { lang, layout, exit, audience }, widths) {
  // The youth view turns quick exit on unless told: "off" says so.
  const attrs = `lang="${lang}" layout="${layout.toLowerCase()}" audience="${audience.toLowerCase()}" quick-exit="${exit ? 'on' : 'off'}"`;
  const els = widths.flatMap((width) => CODES.map((c) => `<div style="width:${width}px"><know-the-signs region="${c}" ${attrs}></know-the-signs></div>`)).join('');
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(o.page(`/m-${lang}-${layout}-${audience}-${exit}`, hostPage(o, `${els}<script src="CDN/embed.js" async></script>`)));
  // Ready is whole: every step of the widget built.
  const count = widths.length * CODES.length;
  await page.waitForFunction((n) => [...document.querySelectorAll('know-the-signs')].filter((e) => e.dataset.state === 'ready').length === n, count, { timeout: 120000 });
  const measured = await page.evaluate(() => [...document.querySelectorAll('know-the-signs')].map((el) => {
    const free = new CSSStyleSheet();
    free.replaceSync('.panel,.banner{min-height:0!important}');
    el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, free];
    return Math.ceil(el.getBoundingClientRect().height);
  }));
  await page.close();
  return widths.map((_, w) => Object.fromEntries(CODES.map((c, i) => [c, measured[w * CODES.length + i]])));
}

/** The views whose closed height differs in `layout`: the panel shows a
 * view's sections; the banner keeps them behind "Know the signs". */
export const audiences = (layout) => (layout === 'Panel' ? ['Adult', 'Youth', 'Reporter'] : ['Adult']);

/** Every page `heights` measures. */
export function* shapes() {
  for (const lang of LANGS) for (const layout of LAYOUTS) for (const audience of audiences(layout)) for (const exit of [false, true]) yield { lang, layout, audience, exit };
}

/** The row of src/reserve.json for a shape and a region's group. */
export const rowOf = (file, { layout, lang, audience }, lines) =>
  file.fit.find((f) => f.layout === layout && f.lines === lines && f.lang === lang && (f.audience || 'Adult') === audience);
