// Trunk post_build hook: turns Trunk's output into the CDN layout of contract
// §5. Moves the wasm and its glue into v1/, adds the content-hashed
// stylesheet, and writes v1/embed.js from www/embed.js with this build's file
// names and the fallback table generated from src/content (the same data
// build.rs compiles into the wasm).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const out = path.join(staging, 'v1');
fs.mkdirSync(out, { recursive: true });

const read = (...p) => fs.readFileSync(path.join(root, ...p), 'utf8');
const json = (...p) => JSON.parse(read(...p));
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// 1. Trunk's wasm and glue, moved next to the loader.
const files = {};
for (const name of fs.readdirSync(staging)) {
  if (name.endsWith('_bg.wasm')) files.wasm = name;
  else if (name.endsWith('.js') && name.startsWith('know-the-signs')) files.glue = name;
}
if (!files.wasm || !files.glue) throw new Error(`no wasm or glue in ${staging}: ${fs.readdirSync(staging)}`);
for (const name of [files.wasm, files.glue]) fs.renameSync(path.join(staging, name), path.join(out, name));

// 2. The widget's stylesheet, content-hashed.
const css = read('www', 'widget.css');
files.css = `widget-${hash(css)}.css`;
fs.writeFileSync(path.join(out, files.css), css);

// 3. The fallback table: each region's lead lines (its verified reporting
// lines, else the national trafficking hotline, as src/content.rs decides)
// and the words to label them, per language.
const content = (...p) => json('src', 'content', ...p);
const { lines } = content('lines.json');
const national = 'US';
const lead = (region) => {
  const own = lines.filter((l) => l.region === region && l.kind === 'reporting');
  return (own.length ? own : lines.filter((l) => l.region === national && l.kind === 'trafficking')).map((l) => l.id);
};
const regions = { [national]: lead(national) };
for (const { code } of content('regions.json').regions) regions[code] = lead(code);
const used = new Set(Object.values(regions).flat());
const fallback = { defaultRegion: 'US-CO', national, defaultLang: 'en', regions, lines: {}, text: {} };
for (const l of lines.filter((l) => used.has(l.id))) {
  const number = l.vanity ? `${l.vanity} (${l.display})` : l.display;
  fallback.lines[l.id] = { e164: l.e164, number, name: l.name };
}
for (const file of fs.readdirSync(path.join(root, 'src', 'content', 'text'))) {
  const t = content('text', file);
  const names = Object.fromEntries(Object.entries(t.line_names).filter(([id]) => used.has(id)));
  fallback.text[t.lang] = { call: t.ui.call, emergency: t.ui.fallback_emergency, names };
}

// 4. The loader.
const loader = read('www', 'embed.js')
  .replace("'@@FILES@@'", JSON.stringify(files))
  .replace("'@@FALLBACK@@'", JSON.stringify(fallback))
  .replace("'@@FALLBACK_CSS@@'", JSON.stringify(read('www', 'fallback.css').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()));
if (loader.includes('@@')) throw new Error('embed.js: a placeholder was not filled');
fs.writeFileSync(path.join(out, 'embed.js'), loader);

// 5. The demo boots through v1/embed.js: drop what Trunk left of its own
// <link data-trunk> and any preload of the files that moved.
const index = path.join(staging, 'index.html');
const html = fs
  .readFileSync(index, 'utf8')
  .replace(/<link[^>]*(data-trunk|_bg\.wasm|know-the-signs-[^"]*\.js)[^>]*>\s*/g, '');
fs.writeFileSync(index, html);
console.log(`postbuild: v1/ has embed.js, ${files.glue}, ${files.wasm}, ${files.css}`);
