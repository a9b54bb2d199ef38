// Trunk post_build hook: turns Trunk's output into the CDN layout of contract
// §5. Moves the wasm (which carries the widget's stylesheet) and its glue
// into v1/, and writes v1/embed.js from www/embed.js with this build's file
// names and what src/loader.rs writes from the crate's data (the same data
// build.rs compiles into the wasm). Then makes the result CDN-ready: a
// versioned copy for pinning, .br and .gz siblings, SRI hashes in a
// manifest, and a _headers file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { minify } from 'terser';
import { sections } from './wasm-sections.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const out = path.join(staging, 'v1');
fs.mkdirSync(out, { recursive: true });

const read = (...p) => fs.readFileSync(path.join(root, ...p), 'utf8');

// 1. Trunk's wasm and glue, moved next to the loader.
const files = {};
for (const name of fs.readdirSync(staging)) {
  // The builder's wasm and glue (builder.js, builder_bg.wasm) stay with the page.
  if (!name.startsWith('know-the-signs-')) continue;
  if (name.endsWith('_bg.wasm')) files.wasm = name;
  else if (name.endsWith('.js')) files.glue = name;
}
if (!files.wasm || !files.glue) throw new Error(`no wasm or glue in ${staging}: ${fs.readdirSync(staging)}`);

// 2. The glue, with www/start.js appended (what the loader calls), minified.
const glue = fs.readFileSync(path.join(staging, files.glue), 'utf8');
for (const needed of ['__wbg_init as default', 'export function mount(', 'export function warm(', 'export function set_base(']) {
  if (!glue.includes(needed)) throw new Error(`the wasm-bindgen glue has no "${needed}": update www/start.js`);
}
// Leptos always builds server_fn's browser client; the stand-in for
// wasm-streams (src/patches) keeps its exported stream classes, and the code
// they hold, out of the wasm. Were they back, the build would be much
// bigger: say why rather than ship it.
if (/IntoUnderlying/.test(glue)) throw new Error('the glue exports wasm-streams\' classes: is src/patches/wasm-streams still patched in (Cargo.toml)?');
const wasmIn = path.join(staging, files.wasm);
const pruned = path.join(staging, 'pruned.wasm');
// wasm-bindgen's import and export names are long and hashed
// (`__wbg_createElement_de4a31ed2fb252be`), written once in the wasm and
// once in the glue: wasm-opt gives each a short one and prints the mapping,
// which the glue then follows, so neither file carries the long names.
// --low-memory-unused lets -Os fold constant address offsets, assuming
// nothing lives in the lowest 1 KiB of memory, which holds here: Rust's
// wasm puts the stack first, growing down from 1 MiB towards 0, and its
// data above it, so only the last 1 KiB of a nearly full stack could be
// there; the widget's stack is a few KiB deep.
// Then --gufa (a whole-program flow analysis: values and calls it proves
// constant or unreachable), -Os, and -Os twice more after --flatten
// --rereloop (which rebuild every function's control flow from scratch, so
// the later rounds find what the first could not): a smaller wasm than -Os
// alone. Measured and not kept, as none made the wasm smaller than this: a
// third round or another order, Trunk's stage at -Oz, -O3 first, --converge
// in place of the second half, --merge-similar-functions, other inlining
// limits.
const passes = ['--gufa', '-Os', '--flatten', '--rereloop', '-Os', '-Os'];
const opt = spawnSync(path.join(root, 'node_modules', '.bin', 'wasm-opt'), [wasmIn, '--minify-imports-and-exports-and-modules', '--low-memory-unused', ...passes, '-o', pruned], { encoding: 'utf8' });
if (opt.status !== 0) throw new Error(`wasm-opt failed: ${opt.stderr || opt.error}`);
const wasmOut = withoutCustomSections(fs.readFileSync(pruned));
fs.rmSync(pruned);
const renamed = renameImportsAndExports(glue, JSON.parse(opt.stdout), new WebAssembly.Module(wasmOut));
const started = `${renamed}\n${read('www', 'start.js')}`;
const glueOut = (await minify(started, { module: true, compress: { passes: 2 }, mangle: true })).code;

// The wasm without its custom sections (`producers`, `target_features` and
// `__wasm_split_unstable`, the marker Leptos' wasm-split helpers leave for a
// code-splitting tool the widget does not use): tools' notes that no browser
// or glue reads, so no reader downloads them. Only wasm-opt needs
// `target_features`, and it has run. (Were the wasm ever split, this must
// come after the split.)
// tests/e2e/size.test.mjs checks that none is left.
function withoutCustomSections(wasm) {
  const kept = sections(wasm).filter((s) => s.id !== 0);
  return Buffer.concat([wasm.subarray(0, 8), ...kept.map((s) => s.bytes)]);
}

// The glue with wasm-opt's short names: each import's key (exactly once),
// the imports' module, and every `wasm.<export>`, which must be an export
// of the new wasm: a glue wasm-bindgen writes differently fails the build
// here instead of the widget at run time.
function renameImportsAndExports(text, { imports, exports }, module) {
  const once = (from, to) => {
    const parts = text.split(from);
    if (parts.length !== 2) throw new Error(`the glue has ${parts.length - 1} of "${from}", not one: update postbuild.mjs`);
    text = parts.join(to);
  };
  const modules = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
  if (modules.size !== 1 || new Set(imports.map(([m]) => m)).size !== 1) throw new Error('the wasm imports from more than one module: update postbuild.mjs');
  once(`"${imports[0][0]}": `, `${JSON.stringify([...modules][0])}: `);
  for (const [, from, to] of imports) once(`\n        ${from}: function`, `\n        ${JSON.stringify(to)}: function`);
  // One pass, so that no name is renamed twice.
  const short = new Map(exports);
  const names = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  return text.replace(/\bwasm\.([\w$]+)/g, (_, used) => {
    const name = short.get(used);
    if (!names.has(name)) throw new Error(`the glue uses wasm.${used}, which the wasm does not export: update postbuild.mjs`);
    return `wasm.${name}`;
  });
}
// Both are served as immutable, so their names hash what is served (Trunk's
// hash does not cover start.js), and share one stem for the loader, which
// also keeps the loader small: 10 hex digits are plenty to bust caches.
const stem = `know-the-signs-${createHash('sha256').update(glueOut).update(wasmOut).digest('hex').slice(0, 10)}`;
for (const name of [files.glue, files.wasm]) fs.rmSync(path.join(staging, name));
files.glue = `${stem}.js`;
files.wasm = `${stem}_bg.wasm`;
fs.writeFileSync(path.join(out, files.glue), glueOut);
fs.writeFileSync(path.join(out, files.wasm), wasmOut);

// 3. What the loader and the frame are given, written by the crate itself
// from its data and rules (src/loader.rs): the options' names, the static
// hotline's table and words, and the loader's stylesheet with the
// reservation's heights.
const given = spawnSync('cargo', ['run', '--quiet', '--bin', 'package', '--', '--loader'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
if (given.status !== 0) throw new Error(`the package binary failed: ${given.stderr || given.error}`);
const { options: optionNames, fallback, css } = JSON.parse(given.stdout);
// One string split at load: smaller than an array of eight quoted names.
const options = `${JSON.stringify(optionNames.join(' '))}.split(' ')`;

// 4. The loader, minified: every partner page downloads it (its budget is in
// tests/budgets.json), so not even a licence comment: the README says it.
const source = read('www', 'embed.js')
  .replace("'@@OPTIONS@@'", options)
  .replace("'@@FILES@@'", JSON.stringify(stem))
  .replace("'@@FALLBACK@@'", JSON.stringify(fallback))
  .replace("'@@FALLBACK_CSS@@'", JSON.stringify(css));
if (source.includes('@@')) throw new Error('embed.js: a placeholder was not filled');
// `pure_getters`: the loader reads no property for a side effect (no read
// that forces a layout, no getter it relies on), so the minifier may drop or
// move a read whose value goes unused. Measured over 80 random build hashes
// (the loader's brotli size moves with its hash by up to 37 B): median
// 3,564 B with it against 3,571 B without, and the largest 3,580 against
// 3,591, which is what keeps a build's hash from putting the loader over
// its budget by chance (docs/size.md).
const loader = (await minify(source, { ecma: 2015, compress: { passes: 2, pure_getters: true }, mangle: true, format: { comments: false } })).code;
fs.writeFileSync(path.join(out, 'embed.js'), loader);

// 4b. The iframe form, next to the loader it uses, and the posters the
// widget links to: static pages written from the same data by the crate's
// native `posters` binary (src/poster.rs), with their stylesheet and the
// script of their print button.
for (const name of ['frame.html', 'frame.css', 'poster.css', 'poster.js']) fs.copyFileSync(path.join(root, 'www', name), path.join(out, name));
fs.writeFileSync(path.join(out, 'frame.js'), read('www', 'frame.js').replace("'@@OPTIONS@@'", options));
const posters = spawnSync('cargo', ['run', '--quiet', '--bin', 'posters', '--', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
if (posters.status !== 0) throw new Error(`the posters binary failed: ${posters.stderr || posters.error}`);

// 5. The demo boots through v1/embed.js: drop what Trunk left of its own
// <link data-trunk> and any preload of the files that moved.
const index = path.join(staging, 'index.html');
const html = fs
  .readFileSync(index, 'utf8')
  .replace(/<link[^>]*(data-trunk|_bg\.wasm|know-the-signs-[^"]*\.js)[^>]*>\s*/g, '');
fs.writeFileSync(index, html);

// 6. A versioned copy (v1.x.y/) for partners who pin with integrity=.
const version = read('Cargo.toml').match(/^version = "([^"]+)"/m)[1];
const pinned = path.join(staging, `v${version}`);
fs.mkdirSync(pinned, { recursive: true });
fs.cpSync(out, pinned, { recursive: true });

// 7. SRI hashes of every file partners or the loader fetch.
const sri = (file) => `sha384-${createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;
const manifest = { version, files: {} };
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const dir of ['v1', `v${version}`]) {
  for (const file of walk(path.join(staging, dir)).sort()) {
    manifest.files[path.relative(staging, file)] = { integrity: sri(file), bytes: fs.statSync(file).size };
  }
}
fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// 8. Headers (the _headers syntax of Netlify and Cloudflare Pages): CORS for
// import() and fetch, the wasm MIME type, a short cache for the stable-named
// loader and a year, immutable, for every content-hashed or versioned file.
const rules = [
  ['/*', ['Access-Control-Allow-Origin: *', 'X-Content-Type-Options: nosniff']],
  ...['embed.js', 'frame.html', 'frame.js', 'frame.css', 'poster.css', 'poster.js', 'posters/*'].map((name) => [`/v1/${name}`, ['Cache-Control: public, max-age=300, must-revalidate']]),
  ...[files.glue, files.wasm].map((name) => [`/v1/${name}`, ['Cache-Control: public, max-age=31536000, immutable']]),
  [`/v${version}/*`, ['Cache-Control: public, max-age=31536000, immutable']],
  ['/*.wasm', ['Content-Type: application/wasm']],
];
fs.writeFileSync(path.join(staging, '_headers'), rules.map(([p, hs]) => [p, ...hs.map((h) => `  ${h}`)].join('\n')).join('\n') + '\n');

// 9. Precompressed siblings of every text and wasm file.
const compressible = /\.(js|wasm|css|html|json)$/;
for (const file of walk(staging).filter((f) => compressible.test(f))) {
  const raw = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(raw, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
// 10. The npm package (dist/npm/, `npm pack dist/npm`): this version's files
// as they are served (with their .br/.gz), the module entry, the licence, a
// README for npm, and package.json, index.d.ts and custom-elements.json
// written by the crate's native `package` binary from the option list
// (src/package.rs).
const npm = path.join(staging, 'npm');
fs.rmSync(npm, { recursive: true, force: true });
fs.cpSync(pinned, npm, { recursive: true });
for (const name of ['index.js', 'base.js']) fs.copyFileSync(path.join(root, 'www', 'package', name), path.join(npm, name));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(npm, 'LICENSE'));
const pinnedLoader = manifest.files[`v${version}/embed.js`].integrity;
fs.writeFileSync(path.join(npm, 'README.md'), read('www', 'package', 'README.md').replaceAll('@@VERSION@@', version).replaceAll('@@INTEGRITY@@', pinnedLoader));
const pack = spawnSync('cargo', ['run', '--quiet', '--bin', 'package', '--', npm], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
if (pack.status !== 0) throw new Error(`the package binary failed: ${pack.stderr || pack.error}`);
const written = JSON.parse(fs.readFileSync(path.join(npm, 'package.json'), 'utf8'));
if (written.version !== version) throw new Error(`package.json says ${written.version}, Cargo.toml ${version}`);

// 11. The WordPress plugin (know-the-signs-wordpress.zip): www/wordpress/
// with this version in its headers, the widget's files in assets/ (served
// from the site itself), and data.php and block.json generated by the
// `package` binary from the content and the option list.
const plugin = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kts-wp-')), 'know-the-signs');
fs.cpSync(path.join(root, 'www', 'wordpress'), plugin, { recursive: true });
for (const file of walk(plugin)) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('@@VERSION@@', version));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(plugin, 'LICENSE'));
fs.cpSync(pinned, path.join(plugin, 'assets'), { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
const wp = spawnSync('cargo', ['run', '--quiet', '--bin', 'package', '--', '--wordpress', plugin], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
if (wp.status !== 0) throw new Error(`the package binary failed: ${wp.stderr || wp.error}`);
const zipFile = path.join(staging, 'know-the-signs-wordpress.zip');
fs.rmSync(zipFile, { force: true });
const zip = spawnSync('zip', ['-qrX', zipFile, 'know-the-signs'], { cwd: path.dirname(plugin), encoding: 'utf8' });
if (zip.status !== 0) throw new Error(`zip failed (is zip installed? tests/setup.sh installs it): ${zip.stderr || zip.error}`);
fs.rmSync(path.dirname(plugin), { recursive: true, force: true });

console.log(`postbuild: v1/ and v${version}/ have embed.js, ${files.glue}, ${files.wasm}; manifest.json, _headers, .br/.gz; npm/ is the package; know-the-signs-wordpress.zip the plugin`);
