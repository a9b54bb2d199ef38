// Byte budgets on the release build: prints raw, gzip and brotli sizes of
// every file a reader downloads, and fails when the loader or the total
// grows past tests/budgets.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './harness.mjs';
import { sections } from '../../www/tools/wasm-sections.mjs';

const { budget } = JSON.parse(fs.readFileSync(path.resolve(DIST, '..', 'tests', 'budgets.json'), 'utf8'));
const V1 = path.join(DIST, 'v1');
const sizes = (file) => {
  const raw = fs.readFileSync(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

// What a reader downloads, by part: the loader, and this build's glue and
// wasm (hashed names).
const named = (pattern) => fs.readdirSync(V1).find((f) => pattern.test(f));
const FILES = {
  loader: 'embed.js',
  glue: named(/^know-the-signs-[0-9a-f]+\.js$/),
  wasm: named(/^know-the-signs-[0-9a-f]+_bg\.wasm$/),
};

test('what a reader downloads stays within the byte budgets', () => {
  const rows = Object.entries(FILES).map(([part, name]) => ({ part, name, ...sizes(path.join(V1, name)) }));
  const total = rows.reduce((s, r) => s + r.brotli, 0);
  const loader = rows[0].brotli;
  console.log('part      raw      gzip   brotli  file');
  for (const r of rows) console.log(`${r.part.padEnd(6)} ${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)} ${String(r.brotli).padStart(8)}  ${r.name}`);
  console.log(`loader ${loader} B brotli (budget ${budget.loader}); all ${total} B (budget ${budget.total})`);
  assert.ok(loader <= budget.loader, `loader ${loader} B brotli is over its budget, ${budget.loader}`);
  assert.ok(total <= budget.total, `everything ${total} B brotli is over its budget, ${budget.total}`);
});

// A section's words come when a reader opens it, from one file per view,
// region and language (src/poster/view.rs): not part of what a page
// downloads, but the reader waits for it, so each stays small.
test("each view file, fetched when a reader opens a section, stays within its own budget", () => {
  const posters = path.join(V1, 'posters');
  const files = fs.readdirSync(posters).filter((f) => /^view-.*\.html$/.test(f));
  assert.ok(files.length > 300, `${files.length} view files`);
  for (const view of ['adult', 'youth', 'reporter']) {
    const sized = files.filter((f) => f.startsWith(`view-${view}.`)).map((f) => [f, sizes(path.join(posters, f)).brotli]).sort((a, b) => a[1] - b[1]);
    const [smallest, largest] = [sized[0], sized[sized.length - 1]];
    console.log(`${view}: ${sized.length} files, ${smallest[1]} to ${largest[1]} B brotli (largest ${largest[0]})`);
    assert.ok(largest[1] <= budget.view, `${largest[0]}: ${largest[1]} B brotli is over ${budget.view}`);
  }
});

test('the wasm ships no custom sections (tools\' notes no browser reads)', () => {
  const wasm = fs.readFileSync(path.join(V1, FILES.wasm));
  assert.deepEqual(sections(wasm).filter((s) => s.id === 0).map((s) => s.name), []);
  // The same, asked of the browser engine's own parser, for the ones the
  // toolchain writes.
  const module = new WebAssembly.Module(wasm);
  for (const name of ['producers', 'target_features', '__wasm_split_unstable']) assert.equal(WebAssembly.Module.customSections(module, name).length, 0, name);
});
