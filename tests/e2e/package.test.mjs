// The npm package (dist/npm/, written by the post-build step): packed with
// `npm pack`, installed into a fresh folder like a partner's project, served
// from there, and used by a script tag, by a bundler-free module import and
// by TypeScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { DIST, startOrigins, launch, openPage, settled, shadowLinks } from './harness.mjs';

const ROOT = path.resolve(DIST, '..');
const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
const version = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8' });

let app; // the partner's project
let installed; // its node_modules/know-the-signs
let o;
let browser;

before(async () => {
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-app-'));
  const packed = run('npm', ['pack', path.join(DIST, 'npm'), '--pack-destination', app, '--silent'], ROOT);
  assert.equal(packed.status, 0, packed.stderr);
  const tarball = path.join(app, packed.stdout.trim().split('\n').pop());
  fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "partner-site", "private": true }\n');
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
  assert.equal(install.status, 0, install.stderr);
  installed = path.join(app, 'node_modules', 'know-the-signs');
  // The CDN origin serves the partner's node_modules/, as a self-hosting
  // partner (or an npm CDN) would.
  o = await startOrigins({ root: path.join(app, 'node_modules') });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await o?.close();
  if (app) fs.rmSync(app, { recursive: true, force: true });
});

test('the package holds what a page needs, its licence, README, types and manifest, at the project\'s version', () => {
  const files = fs.readdirSync(installed);
  for (const name of ['embed.js', 'index.js', 'base.js', 'frame.html', 'frame.js', 'poster.css', 'posters', 'README.md', 'LICENSE', 'index.d.ts', 'custom-elements.json', 'package.json']) {
    assert.ok(files.includes(name), `${name} in ${files}`);
  }
  for (const pattern of [/^know-the-signs-[0-9a-f]+\.js$/, /^know-the-signs-[0-9a-f]+_bg\.wasm$/, /_bg\.wasm\.br$/, /^embed\.js\.gz$/]) {
    assert.ok(files.some((f) => pattern.test(f)), `${pattern} in ${files}`);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.version, version);
  assert.equal(pkg.license, 'MIT');
  assert.equal(pkg.exports['.'].default, './index.js');
  assert.equal(pkg.exports['.'].types, './index.d.ts');
  const readme = fs.readFileSync(path.join(installed, 'README.md'), 'utf8');
  assert.ok(readme.includes(`know-the-signs@${version}/embed.js`), 'the README pins this version');
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  assert.ok(readme.includes(manifest.files[`v${version}/embed.js`].integrity), 'the README carries the pinned loader\'s hash');
  assert.deepEqual(fs.readFileSync(path.join(installed, 'embed.js')), fs.readFileSync(path.join(DIST, `v${version}`, 'embed.js')));
});

test('custom-elements.json (valid against schema 2.1.0), named by package.json, lists every option the loader reads, the events and CSS properties', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const cem = JSON.parse(fs.readFileSync(path.join(installed, pkg.customElements), 'utf8'));
  assert.equal(cem.schemaVersion, '2.1.0');
  // Valid against the format's own schema (npm custom-elements-manifest@2.1.0).
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'custom-elements-manifest', 'schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(cem), JSON.stringify(validate.errors, null, 2));
  const [module] = cem.modules;
  const element = module.declarations.find((d) => d.tagName === 'know-the-signs');
  assert.ok(element?.customElement);
  assert.deepEqual(module.exports, [{ kind: 'custom-element-definition', name: 'know-the-signs', declaration: { name: element.name, module: module.path } }]);
  assert.ok(fs.existsSync(path.join(installed, module.path)));
  // The loader's option list is written from the same one (src/attributes.rs).
  const loader = fs.readFileSync(path.join(installed, 'embed.js'), 'utf8');
  const names = element.attributes.map((a) => a.name);
  assert.ok(loader.includes(`${JSON.stringify(names.join(' '))}.split(" ")`), `${names} in the loader`);
  const region = element.attributes.find((a) => a.name === 'region');
  assert.equal(region.default, '"US-CO"');
  assert.match(region.type.text, /'US-NY'/);
  assert.deepEqual(element.events.map((e) => e.name), ['kts:ready', 'kts:fallback', 'kts:call', 'kts:open', 'kts:close']);
  assert.deepEqual(element.cssProperties.map((p) => p.name), ['--kts-font-family', '--kts-radius']);
});

test('a page loading the installed loader with a script tag reaches ready with the right number, from its own origins only', async () => {
  const { ctx, page, logs } = await openPage(browser, o, 'package-script', `<know-the-signs region="US-NY" lang="es"></know-the-signs><script src="${o.cdn}/know-the-signs/embed.js" async></script>`);
  await settled(page);
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready', logs.error.join('\n'));
  const hrefs = (await shadowLinks(page)).map((l) => l.href);
  assert.ok(hrefs.includes('tel:+18003423720'), hrefs.join(' '));
  assert.ok(hrefs.includes('tel:911'), hrefs.join(' '));
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(fetched.some((url) => url.endsWith('_bg.wasm')), fetched.join(' '));
  for (const url of fetched) assert.ok(url.startsWith(`${o.cdn}/know-the-signs/`) || url.startsWith(`${o.host}/`), url);
  await ctx.close();
});

test('a bundler-free module import (an import map to the package\'s entry) defines the element and loads the widget from beside it', async () => {
  const head = `<script type="importmap">{ "imports": { "know-the-signs": "${o.cdn}/know-the-signs/index.js" } }</script>`;
  const { ctx, page, logs } = await openPage(browser, o, 'package-module', '<know-the-signs region="US-CO"></know-the-signs><script type="module">import \'know-the-signs\';</script>', { head });
  await settled(page);
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready', logs.error.join('\n'));
  const hrefs = (await shadowLinks(page)).map((l) => l.href);
  assert.ok(hrefs.includes('tel:+18442645437') && hrefs.includes('tel:911'), hrefs.join(' '));
  // Mounted through the JS API the module set up, too.
  await page.evaluate(() => window.KnowTheSigns.mount(document.body, { region: 'US-NJ', layout: 'banner' }));
  await settled(page, 2);
  const second = await page.locator('know-the-signs').nth(1).evaluate((el) => [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
  assert.ok(second.includes('tel:+18776522873'), second.join(' '));
  await ctx.close();
});

/** Runs tsc on `files` (from tests/types/) inside the partner's project. */
function tsc(...files) {
  for (const f of files) fs.copyFileSync(path.join(ROOT, 'tests', 'types', f), path.join(app, f));
  const config = { compilerOptions: { strict: true, noEmit: true, target: 'es2020', lib: ['dom', 'es2020'], module: 'esnext', moduleResolution: 'bundler', types: [] }, files };
  fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(config));
  return run(TSC, ['-p', 'tsconfig.json'], app);
}

test('TypeScript: the element, its events\' details and the JS API type-check from the installed package', () => {
  const result = tsc('sample.ts');
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('TypeScript: an unknown region, an unknown layout and a detail field that does not exist are errors', () => {
  const result = tsc('wrong.ts');
  assert.notEqual(result.status, 0);
  const lines = new Set([...result.stdout.matchAll(/wrong\.ts\((\d+),/g)].map((m) => Number(m[1])));
  assert.deepEqual([...lines].sort((a, b) => a - b), [5, 6, 7], result.stdout);
});
