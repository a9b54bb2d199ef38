// Re-measures what the builder's form B snippet reserves and writes it to
// src/reserve.json (compiled into src/reserve.rs's FIT by build.rs): the
// tallest region of each group, per layout, language and quick exit, at
// each container width there. Run after a release build, when the widget's
// look or words change and tests/e2e/reservation.test.mjs says a region no
// longer fits:
//   node tests/reservation.mjs --write    (about 3 minutes)
import fs from 'node:fs';
import { startOrigins, launch } from './e2e/harness.mjs';
import { CODES, FIT_FILE, fitFile, group, heights, shapes } from './fit.mjs';

const file = fitFile();
const o = await startOrigins();
const browser = await launch();
const tallest = {};
for (const shape of shapes()) {
  const byWidth = await heights(browser, o, shape, file.widths);
  byWidth.forEach((measured, step) => {
    for (const code of CODES) {
      const key = [shape.layout, group(code), shape.lang, shape.audience].join();
      tallest[key] ||= { plain: [0, 0, 0, 0], exit: [0, 0, 0, 0] };
      const row = tallest[key][shape.exit ? 'exit' : 'plain'];
      row[step] = Math.max(row[step], measured[code]);
    }
  });
}
await browser.close();
await o.close();
file.fit = Object.entries(tallest).map(([key, { plain, exit }]) => {
  const [layout, lines, lang, audience] = key.split(',');
  return { layout, lines, lang, audience, plain, exit };
});
const json = JSON.stringify(file, null, 2).replace(/\[\s+([\d,\s]+?)\s+\]/g, (_, n) => `[${n.split(',').map((x) => x.trim()).join(', ')}]`);
if (process.argv.includes('--write')) {
  fs.writeFileSync(FIT_FILE, `${json}\n`);
  console.log(`wrote ${FIT_FILE}`);
} else {
  console.log(json);
}
