// How the loader's brotli size moves with the build hash written into it
// (docs/size.md, "Margins"): the release build's dist/v1/embed.js with its
// file stem replaced by random hashes, each compressed at quality 11. Run
// after a release build, before counting on a small margin:
//   node tests/loader-spread.mjs [runs]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist/v1/embed.js');
const budget = JSON.parse(fs.readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).budget.loader;
const loader = fs.readFileSync(dist, 'utf8');
const stem = loader.match(/know-the-signs-[0-9a-f]{10}/)[0];
const runs = Number(process.argv[2]) || 80;
const hex = () => Array.from({ length: 10 }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join('');
const brotli = (s) => zlib.brotliCompressSync(s, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = Array.from({ length: runs }, () => brotli(loader.replaceAll(stem, `know-the-signs-${hex()}`))).sort((a, b) => a - b);
console.log(`this build: ${brotli(loader)} B; over ${runs} random hashes: ${sizes[0]} to ${sizes[runs - 1]} B, median ${sizes[runs >> 1]}; ${sizes.filter((s) => s > budget).length} over the budget (${budget} B)`);
