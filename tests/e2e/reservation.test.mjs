// Every region fits the reservation of its group (src/reserve.json, which
// the builder's form B snippet reserves): a region whose lines are taller
// than the tallest measured (a new state's long name, another number, a
// note) fails here, naming it, until `node tests/reservation.mjs --write`
// re-measures the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, o, browser } from './harness.mjs';
import { CODES, LANGS, LAYOUTS, fitFile, group, heights, rowOf, shapes } from '../fit.mjs';

suite();

// One test per language and layout, each within the runner's time limit.
const file = fitFile();
for (const lang of LANGS) for (const layout of LAYOUTS) {
  test(`every region fits its group's reserved height: ${layout}, ${lang}, each view, with and without quick exit, at ${file.widths.join(', ')} px`, async () => {
    const over = [];
    for (const shape of [...shapes()].filter((s) => s.lang === lang && s.layout === layout)) {
      const byWidth = await heights(browser, o, shape, file.widths);
      byWidth.forEach((measured, step) => {
        for (const code of CODES) {
          const row = rowOf(file, shape, group(code));
          assert.ok(row, `src/reserve.json has no row for ${layout} ${group(code)} ${lang} ${shape.audience}`);
          const reserved = row[shape.exit ? 'exit' : 'plain'][step];
          if (measured[code] > reserved) over.push(`${code} ${shape.audience}${shape.exit ? ' quick exit' : ''} at ${file.widths[step]}px: ${measured[code]} > ${reserved}`);
        }
      });
    }
    assert.deepEqual(over, [], 'taller than reserved: run node tests/reservation.mjs --write');
  });
}
