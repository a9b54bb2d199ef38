// The WordPress plugin (dist/know-the-signs-wordpress.zip) in a real
// WordPress: Debian's wordpress 6.1 on PHP 8.2 with MariaDB, started by
// tests/wordpress/start.sh. The zip is installed and activated as wp-admin
// would, posts are created with the block and the shortcode (one by an
// Author, whose content WordPress filters), and Chromium reads each page
// with JavaScript on and off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, launch, settled } from './harness.mjs';

const ROOT = path.resolve(DIST, '..');
const SITE = path.join(ROOT, 'tests', 'wordpress');
const PORT = 8091;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const version = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

const wp = (...args) => {
  const r = spawnSync('php', ['site.php', ...args], { cwd: SITE, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};

let server;
let browser;
let posts;
let plugin;

before(async () => {
  const started = spawnSync('bash', [path.join(SITE, 'start.sh'), String(PORT)], { encoding: 'utf8' });
  assert.equal(started.status, 0, started.stderr + started.stdout);
  plugin = wp('plugin', path.join(DIST, 'know-the-signs-wordpress.zip'));
  posts = wp('posts');
  server = spawn('php', ['-S', `127.0.0.1:${PORT}`, '-t', '/usr/share/wordpress', path.join(SITE, 'router.php')], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${ORIGIN}/?p=${posts.plain}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error(`PHP's server did not start on ${ORIGIN}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Opens a post; returns the page and every URL it requested. */
async function post(id, { javaScript = true } = {}) {
  const ctx = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await ctx.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/?p=${id}`);
  return { ctx, page, requested, errors };
}

/** The tel: links on screen: the widget's (shadow root) or, without JavaScript, the element's own. */
const links = (page) =>
  page.locator('know-the-signs').evaluate((el) => {
    const root = el.shadowRoot && el.dataset.state === 'ready' ? el.shadowRoot : el;
    return [...root.querySelectorAll('a[href^="tel:"]')].filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href'));
  });

const CASES = [
  ['the block (New York, Spanish, banner)', 'block', '+18003423720'],
  ['the shortcode (Colorado)', 'shortcode', '+18442645437'],
  ['the shortcode in an Author\'s post (South Dakota, quick exit)', 'author', '+18772440864'],
  ['the shortcode with bad values (the national lines)', 'hostile', '+18883737888'],
];

test('the plugin installs and activates from the zip, at the project\'s version', () => {
  assert.deepEqual(plugin, { active: true, version });
  const zip = spawnSync('unzip', ['-p', path.join(DIST, 'know-the-signs-wordpress.zip'), 'know-the-signs/readme.txt'], { encoding: 'utf8' });
  assert.match(zip.stdout, new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
  assert.match(zip.stdout, /^=== Know the Signs ===$/m);
});

for (const [name, key, number] of CASES) {
  test(`${name}: with JavaScript, the widget reaches ready with the number and 911, loading nothing from another origin`, async () => {
    const { ctx, page, requested, errors } = await post(posts[key]);
    await settled(page);
    assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready');
    const hrefs = await links(page);
    assert.ok(hrefs.includes(`tel:${number}`) && hrefs.includes('tel:911'), hrefs.join(' '));
    assert.ok(requested.some((u) => u.includes('/wp-content/plugins/know-the-signs/assets/') && u.endsWith('_bg.wasm')), 'the wasm comes from the plugin');
    for (const url of requested) assert.ok(url.startsWith(`${ORIGIN}/`) || url.startsWith('data:'), url);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test(`${name}: without JavaScript, the page itself shows the number and 911`, async () => {
    const { ctx, page } = await post(posts[key], { javaScript: false });
    const hrefs = await links(page);
    assert.deepEqual(hrefs.filter((h) => h !== `tel:${number}` && h !== 'tel:911'), [], hrefs.join(' '));
    assert.ok(hrefs.includes(`tel:${number}`) && hrefs.includes('tel:911'), hrefs.join(' '));
    await ctx.close();
  });
}

test('an Author (without unfiltered_html) keeps the shortcode; bad values are dropped or defaulted, never printed', async () => {
  assert.equal(posts.author_can_unfiltered_html, false);
  assert.match(posts.author_content, /\[know_the_signs region="us-sd" quick_exit="on"\]/);
  assert.doesNotMatch(posts.author_content, /<script>/, 'WordPress filtered the Author\'s content');
  const { ctx, page } = await post(posts.hostile, { javaScript: false });
  const element = await page.locator('know-the-signs').evaluate((el) => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1));
  assert.match(element, /^<know-the-signs region="US" lang="en" style="[^"]+">$/);
  assert.doesNotMatch(await page.content(), /javascript:alert|url\(x\)/);
  await ctx.close();
  const exit = await post(posts.author, { javaScript: false });
  assert.equal(await exit.page.locator('know-the-signs a').first().getAttribute('href'), 'https://www.weather.gov/');
  await exit.ctx.close();
});

test('a post without the block or shortcode does not load the widget', async () => {
  const { ctx, page, requested } = await post(posts.plain);
  await page.waitForLoadState('load');
  assert.equal(await page.locator('know-the-signs').count(), 0);
  assert.ok(!requested.some((u) => u.includes('know-the-signs')), requested.join('\n'));
  await ctx.close();
});

test('in the block editor: the block has the options, its sidebar the builder\'s choices, and its preview is the live widget', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(`${ORIGIN}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'kts-admin-password');
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  await page.goto(`${ORIGIN}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('know-the-signs/widget'), null, { timeout: 60000 });
  const keys = await page.evaluate(() => Object.keys(wp.blocks.getBlockType('know-the-signs/widget').attributes));
  for (const key of ['region', 'lang', 'layout', 'theme', 'accent', 'quickExit', 'headingLevel']) assert.ok(keys.includes(key), `${key} in ${keys}`);
  await page.evaluate(() => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('know-the-signs/widget', { region: 'US-NJ' })));
  const shown = async (region) => {
    await page.waitForFunction((r) => document.querySelector('know-the-signs')?.getAttribute('region') === r && document.querySelector('know-the-signs').dataset.state === 'ready', region, { timeout: 30000 });
    return page.locator('know-the-signs').evaluate((el) => [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
  };
  assert.ok((await shown('US-NJ')).includes('tel:+18776522873'));
  // The sidebar's region choice re-renders the preview.
  await page.keyboard.press('Escape'); // the editor's welcome guide, if it is open
  await page.getByLabel('Region').selectOption('US-NY');
  assert.ok((await shown('US-NY')).includes('tel:+18003423720'));
  for (const label of ['Language', 'Layout', 'Theme', 'Accent colour', 'Quick exit', 'Heading level']) assert.equal(await page.getByLabel(label).count(), 1, label);
  await ctx.close();
});

test('the plugin stores nothing, and uninstalling leaves nothing behind', () => {
  assert.deepEqual(wp('options').options, []);
  assert.deepEqual(wp('uninstall'), { deleted: true, folder: false });
  assert.deepEqual(wp('options').options, []);
});
