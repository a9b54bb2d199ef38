// When the widget cannot start: a corrupt or missing wasm or glue, a browser
// without WebAssembly or custom elements, a slow wasm, a start-up step that
// throws, a panic. The page keeps the number and says why once; a control
// page shows the same page is ready when nothing fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, FORM_B, WASM_404, o, browser, open, LOADER, CO, tels, states, ours } from './harness.mjs';

suite();

/** One failure mode: the page still shows the number, says why once. */
async function failureMode(name, options, reason, message) {
  const { ctx, page, logs, events } = await open(name, FORM_B.replace(/<know-the-signs[^>]*>[\s\S]*<\/know-the-signs>/, '<know-the-signs></know-the-signs>'), options);
  await settled(page);
  assert.deepEqual(await states(page), ['fallback']);
  assert.deepEqual(await tels(page), CO);
  assert.deepEqual((await events()).map((e) => `${e.name} ${e.reason}`), [`kts:fallback ${reason}`]);
  const lines = ours(logs);
  assert.equal(lines.length, 1, JSON.stringify(logs.error));
  assert.match(lines[0], message);
  await ctx.close();
}

test('a corrupt .wasm falls back and says so', () =>
  failureMode('corrupt', { route: { match: /\.wasm$/, handle: (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }) } },
    'wasm', /could not start .*_bg\.wasm \(CompileError.*\)\. Deploy all of dist\/v1\/ with CORS, \.wasm as application\/wasm\./));

test('the glue JS missing falls back and says so', () =>
  failureMode('glue-404', { route: { match: /know-the-signs-[0-9a-f]+\.js$/, handle: (r) => r.fulfill({ status: 404, body: 'gone' }) } },
    'script', /could not load .*know-the-signs-[0-9a-f]+\.js \(CORS, CSP script-src\)\./));

// The start-up steps before the first mount (www/start.js, `warm`) run in
// tasks of their own; one failing must not leave the elements loading.
test('a start-up step that throws falls back and says so', () =>
  failureMode('warm-throws', {
    route: {
      match: /know-the-signs-[0-9a-f]+\.js$/,
      handle: async (r) => {
        const res = await r.fetch();
        const glue = await res.text();
        const body = glue.replace(/export function warm\((\w+)\)\{/, 'export function warm($1){if($1===1)throw new Error("boom");');
        assert.notEqual(body, glue, 'the glue still exports warm');
        await r.fulfill({ response: res, body });
      },
    },
  }, 'error', /could not start \(Error: boom\)/));

test('a browser without WebAssembly keeps the static hotline', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => { delete window.WebAssembly; });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(o.page('/no-wasm', `<!doctype html><html lang="en"><body><know-the-signs region="US-WA"></know-the-signs><script src="${o.cdn}/v1/embed.js"></script></body></html>`));
  await settled(page);
  assert.deepEqual(await states(page), ['fallback']);
  assert.deepEqual(await tels(page), ['tel:+18663634276', 'tel:911']);
  assert.deepEqual(errors, ['Know the Signs: this browser cannot run WebAssembly.']);
  await ctx.close();
});

test('a browser without custom elements shows form B as written, and no error', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => { delete window.customElements; });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(o.page('/no-ce', `<!doctype html><html lang="en"><body>${FORM_B.replaceAll('CDN', `${o.cdn}/v1`)}<script src="${o.cdn}/v1/embed.js" data-region="US-TX" data-lang="es"></script></body></html>`));
  await page.waitForLoadState('load');
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['tel:+18442645437', 'tel:911']);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a 10 s wasm: the number is on screen at once, the widget follows', async () => {
  const { ctx, page } = await open('slow-10s', '<know-the-signs></know-the-signs>' + LOADER, {
    route: { match: /\.wasm$/, handle: async (r) => { await new Promise((ok) => setTimeout(ok, 10000)); await r.continue().catch(() => {}); } },
  });
  const t0 = Date.now();
  await page.waitForFunction(() => document.querySelector('know-the-signs')?.shadowRoot?.querySelector('a[href="tel:+18442645437"]'));
  const shownAfter = Date.now() - t0;
  assert.ok(shownAfter < 2000, `the fallback took ${shownAfter} ms`);
  assert.deepEqual(await states(page), ['loading']);
  assert.deepEqual(await tels(page), CO);
  await ctx.close();
});

test('a panic in the module turns every widget into its static hotline with kts:fallback', async () => {
  const { ctx, page, events, logs } = await open('panic', '<know-the-signs></know-the-signs><know-the-signs region="US-TX"></know-the-signs>' + LOADER);
  await settled(page, 2);
  await page.evaluate(() => document.documentElement.dispatchEvent(new CustomEvent('kts:panic', { bubbles: true, detail: { message: 'boom' } })));
  assert.deepEqual(await states(page), ['fallback', 'fallback']);
  assert.deepEqual(await tels(page, 'know-the-signs >> nth=1'), ['tel:+18002525400', 'tel:911']);
  assert.deepEqual((await events()).filter((e) => e.name === 'kts:fallback').map((e) => e.reason), ['panic', 'panic']);
  await page.evaluate(() => document.body.appendChild(document.createElement('know-the-signs')));
  await settled(page, 3);
  assert.deepEqual(await states(page), ['fallback', 'fallback', 'fallback'], 'new elements do not call the stopped module');
  assert.equal(ours(logs).length, 1);
  await ctx.close();
});

test('without the route failing, the same page is ready (the failure tests are real)', async () => {
  const { ctx, page } = await open('control', '<know-the-signs></know-the-signs>' + LOADER);
  await settled(page);
  assert.deepEqual(await states(page), ['ready']);
  await ctx.close();
  assert.ok(WASM_404.match.test('x_bg.wasm'));
});
