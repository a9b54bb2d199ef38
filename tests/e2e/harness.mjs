// Test harness for whole-page tests: two local origins, like a partner page
// and the CDN, and Debian's Chromium driven by playwright-core.
//   cdn:  serves dist/ with CORS and the right MIME types
//   host: serves the pages a test registers, with the headers it asks for
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Starts both origins. `pages` maps a path on the host to {html, headers}.
 * With `brotli`, the CDN serves each file's `.br` sibling when the browser
 * accepts it, as a real CDN would (the benchmark counts transferred bytes).
 * The CDN serves `root` (dist/ unless told: an installed npm package). */
export async function startOrigins({ brotli = false, root = DIST } = {}) {
  if (!fs.existsSync(path.join(DIST, 'v1', 'embed.js'))) {
    throw new Error(`no release build in ${DIST}: run "trunk build --release" first`);
  }
  const pages = new Map();
  const cdn = await listen((req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Timing-Allow-Origin': '*',
    };
    const br = `${file}.br`;
    const compressed = brotli && /\bbr\b/.test(req.headers['accept-encoding'] || '') && fs.existsSync(br);
    if (compressed) headers['Content-Encoding'] = 'br';
    res.writeHead(200, headers);
    fs.createReadStream(compressed ? br : file).pipe(res);
  });
  const host = await listen((req, res) => {
    const pathname = new URL(req.url, 'http://x').pathname;
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    const page = pages.get(pathname);
    if (!page) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES['.html'], ...(page.headers || {}) }).end(page.html);
  });
  const origin = (s) => `http://127.0.0.1:${s.address().port}`;
  return {
    cdn: origin(cdn),
    host: origin(host),
    /** Registers a page and returns its URL. */
    page(pathname, html, headers) {
      pages.set(pathname, { html, headers });
      return origin(host) + pathname;
    },
    close: () => Promise.all([cdn, host].map((s) => new Promise((r) => s.close(r)))),
  };
}

/** Debian's Chromium, quiet on a closed network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** What a page writes to reserve the widget's height, so that the whole
 * widget shows at once (any min-height does; the builder's snippet carries
 * the measured one). Without it an element starts folded (src/widget/fold.rs). */
export const RESERVE = '<style>know-the-signs{min-height:1px}</style>';

/** A host page around `body`, loading the loader from the CDN origin; it
 * reserves the widget's height unless `reserve` is false. */
export function hostPage(o, body, { head = '', lang = 'en', reserve = true } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title>${reserve ? RESERVE : ''}${head}</head>
<body><h1>A partner's page</h1>${body.replaceAll('CDN', `${o.cdn}/v1`)}</body></html>`;
}

/** Form B, with its own no-JS links and its reservation, as the builder
 * emits it (tests/e2e/stability.test.mjs checks that it still does). */
export const FORM_B = `<know-the-signs region="US-CO" lang="en" style="display:flow-root;min-height:calc(719px + clamp(0px,(432px - 100vw)*999,102px) + clamp(0px,(572px - 100vw)*999,200px))">
  <p><a href="tel:+18442645437">Colorado Child Abuse and Neglect Hotline: 1-844-CO-4-KIDS (1-844-264-5437)</a></p>
  <p><a href="tel:911">Child in immediate danger: call 911</a></p>
  <p><a href="CDN/posters/us-co-hotline.en.html" data-kts-more>Know the signs and what to do</a></p>
</know-the-signs>
<script src="CDN/embed.js" async></script>`;

/** The strict CSP of the embed contract as a response header, for a page
 * whose widget comes from `cdn`; `wasm` is what script-src adds. */
export const strictCsp = (cdn, wasm = " 'wasm-unsafe-eval'") => ({
  'Content-Security-Policy': `default-src 'none'; script-src ${cdn}${wasm}; connect-src ${cdn}; style-src ${cdn}`,
});

/** Form A: one script tag with data-* options. */
export const FORM_A = `<p>Before</p><script src="CDN/embed.js" data-region="US-CO" data-lang="en" async></script><p>After</p>`;

/** Collects console messages of a page by type. */
export function consoleOf(page) {
  const seen = { error: [], warning: [], log: [] };
  page.on('console', (m) => (seen[m.type()] ||= []).push(m.text()));
  page.on('pageerror', (e) => seen.error.push(`pageerror: ${e.message}`));
  return seen;
}

/** Waits until every <know-the-signs> has left the loading state, and a
 * ready widget is whole: it mounts with its hotline and builds the rest one
 * step per task after (src/widget/components/stage.rs), so a few tasks more. */
export async function settled(page, count = 1) {
  await page.waitForFunction(
    (n) => {
      const els = [...document.querySelectorAll('know-the-signs')];
      return els.length >= n && els.every((e) => ['ready', 'fallback'].includes(e.dataset.state));
    },
    count,
    { timeout: 20000 },
  );
  await page.evaluate(() => new Promise((done) => setTimeout(() => setTimeout(() => setTimeout(done)))));
}

/** The words a section shows while its view file loads, by language
 * (src/content/text/<lang>.json, `view_loading`). */
export const LOADING = Object.fromEntries(['en', 'es'].map((l) => [l, JSON.parse(fs.readFileSync(path.join(DIST, '..', 'src', 'content', 'text', `${l}.json`), 'utf8')).ui.view_loading]));

/** Waits until every open section of every widget on the page shows its
 * words, not the note that they are loading (src/poster/view.rs: fetched
 * when a section first opens). */
export async function fetched(page) {
  await page.waitForFunction(
    (loading) => [...document.querySelectorAll('know-the-signs')].every((e) =>
      [...(e.shadowRoot?.querySelectorAll('.kts-disclosure[data-open="true"]:not([data-section="more"]) > .kts-disclosure-body') || [])]
        .every((body) => { const b = body.querySelector(':scope > .kts-blocks'); return b && !loading.includes(b.textContent); })),
    Object.values(LOADING),
    { timeout: 20000 },
  );
}

/** Visible tel: links the element shows (href and text): those in its
 * shadow root, or form B's own links before the widget mounts (the loader
 * leaves them as the page drew them, with no shadow root yet). */
export function shadowLinks(page, selector = 'know-the-signs') {
  return page.locator(selector).first().evaluate((el) => {
    const visible = (a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden';
    const tel = 'a[href^="tel:"]';
    const links = el.shadowRoot ? [...el.shadowRoot.querySelectorAll(tel)] : [...el.querySelectorAll(tel)];
    // Slotted light-DOM links count when the shadow root shows a slot.
    const slot = el.shadowRoot?.querySelector('slot');
    if (slot) links.push(...slot.assignedElements().flatMap((n) => [...n.querySelectorAll('a[href^="tel:"]'), ...(n.matches('a[href^="tel:"]') ? [n] : [])]));
    return links.filter(visible).map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }));
  });
}

/** Opens `body` on the host origin in a fresh context, recording console
 * lines and the kts:ready / kts:fallback events (with the element's index).
 * `waitUntil` as Playwright's `goto` (a held script delays `load`); `init`
 * runs before the page's own scripts; `headers` go with the page (a CSP);
 * `reserve: false` leaves out the page's reservation (`RESERVE`). */
export async function openPage(browser, o, name, body, { context = {}, head, lang, reserve, headers, route, waitUntil, init } = {}) {
  const ctx = await browser.newContext(context);
  const page = await ctx.newPage();
  const logs = consoleOf(page);
  if (route) await page.route(route.match, route.handle);
  if (init) await page.addInitScript(init);
  await page.addInitScript(() => {
    window.__ktsEvents = [];
    for (const name of ['kts:ready', 'kts:fallback']) {
      document.addEventListener(name, (e) => {
        const all = [...document.querySelectorAll('know-the-signs')];
        window.__ktsEvents.push({ name, index: all.indexOf(e.target), reason: e.detail && e.detail.reason });
      });
    }
  });
  await page.goto(o.page(`/${name}`, hostPage(o, body, { head, lang, reserve }), headers), { waitUntil });
  return { ctx, page, logs, events: () => page.evaluate(() => window.__ktsEvents) };
}

/** Makes every request for the wasm fail, as a blocked or missing file would. */
export const WASM_404 = { match: /\.wasm$/, handle: (r) => r.fulfill({ status: 404, body: 'gone' }) };

/** The running test file's two origins and browser, set by `suite()`.
 * They are live bindings: every test file runs in its own process, and sees
 * them once its `before` hook has run. */
export let o;
export let browser;

/** Starts both origins and the browser before a file's tests and stops them
 * after; `ready()` may then set up more. */
export function suite(ready) {
  before(async () => {
    o = await startOrigins();
    browser = await launch();
    if (ready) await ready();
  });
  after(async () => {
    await browser?.close();
    await o?.close();
  });
}

/** `openPage` on the running file's browser and origins. */
export const open = (name, body, options) => openPage(browser, o, name, body, options);

/** The builder page, on the widget's origin like the real one, with the clipboard allowed. */
export async function builder({ clipboard = true, init } = {}) {
  const ctx = await browser.newContext();
  if (clipboard) await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o.cdn });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  if (init) await page.addInitScript(init);
  await page.goto(`${o.cdn}/index.html`);
  await page.locator('#snippet-element pre').waitFor();
  await settled(page);
  return { ctx, page, errors };
}

/** The text of one snippet (`element`, `script`, `iframe`, `plain`) as the builder shows it. */
export const code = (page, form) => page.locator(`#snippet-${form} pre`).evaluate((pre) => pre.textContent);

/** Sets the builder's controls as a partner would, by their labels. */
export async function choose(page, { region, lang, layout, theme, accent, exit, address, audience = /^Someone worried/ }) {
  await page.getByLabel('Region').selectOption(region);
  await page.getByLabel('Language').selectOption(lang);
  const radio = (name) => page.getByRole('radio', { name, exact: typeof name === 'string' });
  await radio(layout).check();
  await radio(theme).check();
  if (accent) {
    await page.getByRole('checkbox', { name: /own colour/ }).check();
    await page.locator('input[type="color"]').fill(accent);
  }
  // Before quick exit: the youth view turns it on, and `exit` then decides.
  await radio(audience).check();
  await radio(exit).check();
  if (address) await page.getByLabel(/Leave to/).fill(address);
}

/** The loader's script tag as a page writes it; CDN becomes the widget's origin. */
export const LOADER = '<script src="CDN/embed.js" async></script>';

/** Form B's two lines: Colorado's hotline and 911. */
export const CO = ['tel:+18442645437', 'tel:911'];

/** The hrefs of the tel: links an element shows (`shadowLinks`). */
export const tels = async (page, sel) => (await shadowLinks(page, sel)).map((l) => l.href);

/** The data-state of every <know-the-signs>, in document order. */
export const states = (page) => page.locator('know-the-signs').evaluateAll((els) => els.map((e) => e.dataset.state));

/** The widget's own console lines of one type, from `consoleOf`'s record. */
export const ours = (logs, type = 'error') => logs[type].filter((m) => m.startsWith('Know the Signs'));
