// The CDN-ready dist/ (contract §5): the stable loader, content-hashed files,
// a versioned copy, .br/.gz siblings that decompress to the originals, SRI
// hashes that match, _headers with the caching and CORS rules, and a pinned
// copy that works with integrity=.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { suite, DIST, hostPage, settled, shadowLinks, o, browser } from './harness.mjs';

suite();

const manifest = () => JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

test('layout: the stable loader, content-hashed files next to it, a versioned copy', () => {
  const v1 = fs.readdirSync(path.join(DIST, 'v1')).filter((f) => !/\.(br|gz)$/.test(f)).sort();
  assert.equal(v1.length, 9, v1.join(' '));
  for (const stable of ['embed.js', 'frame.html', 'frame.js', 'frame.css', 'poster.css', 'poster.js', 'posters']) assert.ok(v1.includes(stable), stable);
  assert.ok(v1.some((f) => /^know-the-signs-[0-9a-f]+\.js$/.test(f)));
  assert.ok(v1.some((f) => /^know-the-signs-[0-9a-f]+_bg\.wasm$/.test(f)));
  const { version } = manifest();
  assert.match(version, /^1\.\d+\.\d+$/);
  for (const file of walk(path.join(DIST, 'v1'))) {
    const f = path.relative(path.join(DIST, 'v1'), file);
    assert.deepEqual(fs.readFileSync(path.join(DIST, `v${version}`, f)), fs.readFileSync(file), f);
  }
  // A poster for each lead line (src/poster.rs), in each language.
  assert.ok(fs.readdirSync(path.join(DIST, 'v1', 'posters')).filter((f) => f.endsWith('.html')).length >= 60);
});

test('every text and wasm file has .br and .gz siblings that decompress to it', () => {
  // The npm package (npm/) is a copy of v1.x.y/ with files of its own; npm
  // CDNs compress what they serve.
  const files = walk(DIST).filter((f) => /\.(js|wasm|css|html|json)$/.test(f) && !f.startsWith(path.join(DIST, 'npm')));
  assert.ok(files.length >= 15, `${files.length} files`);
  for (const f of files) {
    const raw = fs.readFileSync(f);
    assert.deepEqual(zlib.brotliDecompressSync(fs.readFileSync(`${f}.br`)), raw, `${f}.br`);
    assert.deepEqual(zlib.gunzipSync(fs.readFileSync(`${f}.gz`)), raw, `${f}.gz`);
  }
});

test('the manifest holds a matching SRI hash for every file of v1/ and the versioned copy', () => {
  const { files } = manifest();
  const listed = Object.keys(files).sort();
  const actual = walk(DIST).map((f) => path.relative(DIST, f)).filter((f) => /^v1(\.\d+\.\d+)?\//.test(f) && !/\.(br|gz)$/.test(f)).sort();
  assert.deepEqual(listed, actual);
  for (const [name, { integrity, bytes }] of Object.entries(files)) {
    const data = fs.readFileSync(path.join(DIST, name));
    assert.equal(integrity, `sha384-${createHash('sha384').update(data).digest('base64')}`, name);
    assert.equal(bytes, data.length, name);
  }
});

test('_headers: CORS everywhere, wasm MIME type, short cache for the loader, immutable for the rest', () => {
  const headers = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  const rules = Object.fromEntries(headers.split(/\n(?=\/)/).map((block) => {
    const [p, ...hs] = block.trim().split('\n');
    return [p, hs.map((h) => h.trim())];
  }));
  assert.deepEqual(rules['/*'], ['Access-Control-Allow-Origin: *', 'X-Content-Type-Options: nosniff']);
  assert.deepEqual(rules['/*.wasm'], ['Content-Type: application/wasm']);
  for (const stable of ['embed.js', 'frame.html', 'frame.js', 'frame.css']) {
    assert.deepEqual(rules[`/v1/${stable}`], ['Cache-Control: public, max-age=300, must-revalidate'], stable);
  }
  const hashed = fs.readdirSync(path.join(DIST, 'v1')).filter((f) => /-[0-9a-f]+(_bg)?\.(js|wasm|css)$/.test(f));
  assert.equal(hashed.length, 2);
  for (const f of hashed) assert.deepEqual(rules[`/v1/${f}`], ['Cache-Control: public, max-age=31536000, immutable'], f);
  assert.deepEqual(rules[`/v${manifest().version}/*`], ['Cache-Control: public, max-age=31536000, immutable']);
});

test('a partner pinning the versioned loader with integrity= gets the working widget', async () => {
  const { version, files } = manifest();
  const pin = files[`v${version}/embed.js`].integrity;
  const body = `<know-the-signs region="US-OR"></know-the-signs><script src="${o.cdn}/v${version}/embed.js" integrity="${pin}" crossorigin="anonymous" async></script>`;
  const page = await browser.newPage();
  await page.goto(o.page('/pinned', hostPage(o, body)));
  await settled(page);
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready');
  assert.deepEqual((await shadowLinks(page)).map((l) => l.href).slice(0, 2), ['tel:+18555037233', 'tel:911']);
  // A tampered pin is refused by the browser: nothing of ours runs.
  await page.goto(o.page('/pinned-bad', hostPage(o, body.replace(pin, 'sha384-AAAA'))));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => !!customElements.get('know-the-signs')), false);
  await page.close();
});
