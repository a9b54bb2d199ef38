// Measures what the builder's form B snippet reserves (src/reserve.rs,
// FIT): the closed widget's own height, without any reservation, for every
// region at the narrowest container width of each step (288 px for the
// first: a 320 px screen less the page's margins), per layout, language and
// quick exit. Prints the tallest per group of regions (one reporting line,
// one with set hours, two, three (Nevada's counties), or none: national
// lines and the directory, `US` included, with some counties' lines beside
// it or not) as the Rust table to paste into src/reserve.rs. Run after a
// release build:
//   node tests/reservation.mjs        (about 3 minutes)
// Not part of `make test`: the stability tests check the table holds.
import fs from 'node:fs';
import path from 'node:path';
import { startOrigins, launch, hostPage, DIST } from './e2e/harness.mjs';

const content = (...p) => JSON.parse(fs.readFileSync(path.join(DIST, '..', 'src', 'content', ...p), 'utf8'));
const codes = ['US', ...content('regions.json').regions.map((r) => r.code)];
const own = {};
const counties = new Set();
for (const l of content('lines.json').lines) {
  if (l.kind === 'reporting') (own[l.region] ||= []).push(l);
  if (l.kind === 'county') counties.add(l.region);
}
// As src/reserve.rs's `Shape::of`: a single line with set hours (the banner
// says when it answers) is a group of its own.
const group = (code) => {
  const lines = own[code] || [];
  if (lines.length === 1) return lines[0].hours === 'limited' ? 'OneLimited' : 'One';
  if (lines.length > 2) return 'Three';
  if (lines.length) return 'Two';
  return counties.has(code) ? 'NationalCounties' : 'National';
};
const langs = fs.readdirSync(path.join(DIST, '..', 'src', 'content', 'text')).map((f) => f.replace('.json', '')).sort();
const WIDTHS = [288, 400, 540, 1000];

const o = await startOrigins();
const browser = await launch();
const tallest = {};
for (const lang of langs) for (const layout of ['Panel', 'Banner']) for (const exit of [false, true]) for (const [step, width] of WIDTHS.entries()) {
  const els = codes.map((c) => `<div style="width:${width}px"><know-the-signs region="${c}" lang="${lang}" layout="${layout.toLowerCase()}"${exit ? ' quick-exit="on"' : ''}></know-the-signs></div>`).join('');
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(o.page(`/m-${lang}-${layout}-${exit}-${width}`, hostPage(o, `${els}<script src="CDN/embed.js" async></script>`)));
  await page.waitForFunction((n) => [...document.querySelectorAll('know-the-signs')].filter((e) => e.dataset.state === 'ready').length === n, codes.length, { timeout: 60000 });
  // Every step of the widget built (src/components/stage.rs).
  await page.waitForTimeout(1500);
  const heights = await page.evaluate(() => [...document.querySelectorAll('know-the-signs')].map((el) => {
    const free = new CSSStyleSheet();
    free.replaceSync('.panel,.banner{min-height:0!important}');
    el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, free];
    return Math.ceil(el.getBoundingClientRect().height);
  }));
  codes.forEach((code, i) => {
    const key = [layout, group(code), lang].join();
    tallest[key] ||= { plain: [0, 0, 0, 0], exit: [0, 0, 0, 0] };
    const row = tallest[key][exit ? 'exit' : 'plain'];
    row[step] = Math.max(row[step], heights[i]);
  });
  await page.close();
}
await browser.close();
await o.close();
console.log(`// Measured by tests/reservation.mjs at ${WIDTHS.join(', ')} px.`);
console.log(`pub const FIT: [Fit; ${Object.keys(tallest).length}] = [`);
for (const [key, { plain, exit }] of Object.entries(tallest)) {
  const [layout, lines, lang] = key.split(',');
  console.log(`    Fit { layout: Layout::${layout}, lines: Lines::${lines}, lang: "${lang}", plain: [${plain.join(', ')}], exit: [${exit.join(', ')}] },`);
}
console.log('];');
