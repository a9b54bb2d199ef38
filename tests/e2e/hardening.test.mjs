// Hostile territory: strict CSP, broken or missing files, many instances,
// single-page apps, the JS API, hostile option values, panics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, settled, shadowLinks, strictCsp, FORM_B, WASM_404, DIST, o, browser, open } from './harness.mjs';

suite();
const LOADER = '<script src="CDN/embed.js" async></script>';
const CO = ['tel:+18442645437', 'tel:911'];
const tels = async (page, sel) => (await shadowLinks(page, sel)).map((l) => l.href);
const states = (page) => page.locator('know-the-signs').evaluateAll((els) => els.map((e) => e.dataset.state));
const ours = (logs, type = 'error') => logs[type].filter((m) => m.startsWith('Know the Signs'));

const csp = (wasm) => strictCsp(o.cdn, wasm);

/** Opens a page whose response carries `headers`, recording CSP violations. */
async function openWithHeaders(name, body, headers, options = {}) {
  const url = o.page(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body.replaceAll('CDN', `${o.cdn}/v1`)}</body></html>`, headers);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const logs = { error: [], warning: [] };
  page.on('console', (m) => (logs[m.type()] ||= []).push(m.text()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__reasons = [];
    document.addEventListener('kts:fallback', (e) => window.__reasons.push(e.detail.reason));
  });
  if (options.route) await page.route(options.route.match, options.route.handle);
  await page.goto(url);
  return { ctx, page, logs, violations: () => page.evaluate(() => window.__violations) };
}

// Under such a policy the partner leaves out the snippet's inline `style`
// (its reservation; README): then nothing at all is refused.
const FORM_B_UNSTYLED = FORM_B.replace(/ style="[^"]*"/, '');

test('strict CSP: the full widget works with no unsafe-inline and no nonce', async () => {
  assert.notEqual(FORM_B_UNSTYLED, FORM_B);
  const { ctx, page, logs, violations } = await openWithHeaders('csp-strict', FORM_B_UNSTYLED, csp());
  await settled(page);
  assert.deepEqual(await states(page), ['ready']);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(ours(logs), []);
  const styled = await page.locator('know-the-signs .kts-call').evaluate((a) => getComputedStyle(a).backgroundColor);
  assert.notEqual(styled, 'rgba(0, 0, 0, 0)', 'the adopted stylesheet applies under the CSP');
  await ctx.close();
});

test('strict CSP with the snippet\'s reservation left in: only that inline style is refused', async () => {
  const { ctx, page, violations } = await openWithHeaders('csp-strict-styled', FORM_B, csp());
  await settled(page);
  assert.deepEqual(await states(page), ['ready']);
  assert.deepEqual(await violations(), ['style-src-attr inline']);
  await ctx.close();
});

test("CSP without 'wasm-unsafe-eval': the static hotline stays and one console line names the directive", async () => {
  const { ctx, page, logs } = await openWithHeaders('csp-no-wasm', FORM_B + '<know-the-signs region="US-TX"></know-the-signs>', csp(''));
  await settled(page, 2);
  assert.deepEqual(await states(page), ['fallback', 'fallback']);
  assert.deepEqual(await tels(page, 'know-the-signs >> nth=1'), ['tel:+18002525400', 'tel:911']);
  const lines = ours(logs);
  assert.equal(lines.length, 1, JSON.stringify(logs.error));
  assert.match(lines[0], /CSP blocks WebAssembly. Add 'wasm-unsafe-eval' to its script-src/);
  await ctx.close();
});

test("CSP whose connect-src leaves out the widget's origin: reason csp, and the console line names the directive", async () => {
  const c = o.cdn;
  const headers = { 'Content-Security-Policy': `default-src 'none'; script-src ${c} 'wasm-unsafe-eval'; style-src ${c}` };
  const { ctx, page, logs } = await openWithHeaders('csp-no-connect', FORM_B, headers);
  await settled(page);
  assert.deepEqual(await states(page), ['fallback']);
  assert.deepEqual(await tels(page), CO);
  assert.deepEqual(await page.evaluate(() => window.__reasons), ['csp']);
  const lines = ours(logs);
  assert.equal(lines.length, 1, JSON.stringify(logs.error));
  assert.equal(lines[0], `Know the Signs: the page's CSP blocks downloading the widget. Add ${c} to its connect-src.`);
  await ctx.close();
});

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

test('twenty elements share one wasm instance; each gets kts:ready once', async () => {
  const body = Array.from({ length: 20 }, (_, i) => `<know-the-signs region="${i % 2 ? 'US-TX' : 'US-CO'}"></know-the-signs>`).join('') + LOADER + LOADER;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const fetched = [];
  page.on('request', (r) => /\.(wasm|js|css)$/.test(r.url()) && fetched.push(path.basename(new URL(r.url()).pathname)));
  await page.goto(o.page('/twenty', `<!doctype html><html lang="en"><body>${body.replaceAll('CDN', `${o.cdn}/v1`)}</body></html>`));
  await page.waitForFunction(() => [...document.querySelectorAll('know-the-signs')].every((e) => e.dataset.state === 'ready'));
  const counts = fetched.reduce((m, f) => ({ ...m, [f.replace(/-[0-9a-f]+(?=[._])/, '')]: (m[f.replace(/-[0-9a-f]+(?=[._])/, '')] || 0) + 1 }), {});
  assert.equal(counts['know-the-signs_bg.wasm'], 1);
  assert.equal(counts['know-the-signs.js'], 1);
  const texts = await page.locator('know-the-signs').evaluateAll((els) => els.map((e) => e.shadowRoot.querySelector('.kts-hotline a').getAttribute('href')));
  assert.deepEqual(texts, Array.from({ length: 20 }, (_, i) => (i % 2 ? 'tel:+18002525400' : 'tel:+18442645437')));
  await ctx.close();
});

test('single-page apps: elements added later upgrade, removed ones unmount, moved ones keep their widget', async () => {
  const { ctx, page, events } = await open('spa', '<div id="app"></div>' + LOADER);
  await page.waitForFunction(() => customElements.get('know-the-signs'));
  await page.evaluate(() => {
    document.getElementById('app').innerHTML = '<know-the-signs region="US-OR"></know-the-signs>';
    const el = document.createElement('know-the-signs');
    el.setAttribute('region', 'US-MT');
    document.body.appendChild(el);
  });
  await settled(page, 2);
  assert.deepEqual(await states(page), ['ready', 'ready']);
  assert.deepEqual(await tels(page, 'know-the-signs >> nth=1'), ['tel:+18668205437', 'tel:911']);
  const moved = await page.evaluate(async () => {
    const el = document.querySelector('#app know-the-signs');
    document.body.prepend(el); // a framework re-parenting a node
    await new Promise((r) => setTimeout(r, 50));
    return { state: el.dataset.state, panel: !!el.shadowRoot.querySelector('.kts') };
  });
  assert.deepEqual(moved, { state: 'ready', panel: true });
  const removed = await page.evaluate(async () => {
    const el = document.querySelector('know-the-signs');
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    return el.shadowRoot.querySelector('.kts') === null;
  });
  assert.ok(removed, 'a removed element releases its widget');
  assert.equal((await events()).filter((e) => e.name === 'kts:ready').length, 2);
  await ctx.close();
});

test('1000 mount/unmount cycles grow neither wasm memory nor DOM nodes', async () => {
  const glue = fs.readdirSync(path.join(DIST, 'v1')).find((f) => /^know-the-signs-[0-9a-f]+\.js$/.test(f));
  const { ctx, page } = await open('cycles', '<know-the-signs></know-the-signs>' + LOADER);
  await settled(page);
  // Every node the page holds, in or out of the document and in shadow
  // roots, after a full garbage collection: a widget that kept its removed
  // nodes alive (a listener, a reactive owner) shows up here.
  const cdp = await ctx.newCDPSession(page);
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Memory.getDOMCounters');
  };
  const cycles = (n) => page.evaluate(async ([glueUrl, n]) => {
    const mod = await import(glueUrl); // the same module instance the loader uses
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const el = document.createElement('know-the-signs');
      el.setAttribute('region', i % 3 ? 'US-TX' : 'US-AL');
      const ready = new Promise((r) => el.addEventListener('kts:ready', r, { once: true }));
      document.body.appendChild(el);
      await ready; // really mounted
      el.remove();
      await tick(); // the unmount runs a microtask later
    }
    return { memory: mod.memory_bytes(), mounted: document.querySelectorAll('know-the-signs').length, ms: performance.now() - start };
  }, [`${o.cdn}/v1/${glue}`, n]);
  const warm = await cycles(100); // warm up: the allocator settles
  const before = await counters();
  const after = await cycles(1000);
  const afterCounters = await counters();
  console.log(`# memory: wasm ${warm.memory} -> ${after.memory} bytes, nodes ${before.nodes} -> ${afterCounters.nodes}, listeners ${before.jsEventListeners} -> ${afterCounters.jsEventListeners}, 1100 cycles in ${Math.round(warm.ms + after.ms)} ms`);
  assert.equal(after.mounted, 1, 'only the first element is left');
  assert.equal(after.memory, warm.memory);
  // One widget is some 60 nodes: a leak of even one node a cycle would be
  // 1000; the slack is for the browser's own bookkeeping.
  assert.ok(afterCounters.nodes - before.nodes < 100, `nodes ${before.nodes} -> ${afterCounters.nodes}`);
  assert.ok(afterCounters.jsEventListeners - before.jsEventListeners < 10, `listeners ${before.jsEventListeners} -> ${afterCounters.jsEventListeners}`);
  await ctx.close();
});

test('JS API: mount, update and unmount, with options checked like attributes', async () => {
  const { ctx, page, logs } = await open('api', '<div id="a"></div><div id="b"></div>' + LOADER);
  await page.waitForFunction(() => window.KnowTheSigns && window.KnowTheSigns.mount);
  await page.evaluate(() => {
    window.h = window.KnowTheSigns.mount(document.getElementById('a'), { region: 'US-TX' });
    window.bad = window.KnowTheSigns.mount(document.getElementById('b'), { region: 'US-ZZ', layout: '<img src=x onerror=alert(1)>', bogus: 1 });
  });
  await settled(page, 2);
  assert.deepEqual(await tels(page, '#a know-the-signs'), ['tel:+18002525400', 'tel:911']);
  assert.deepEqual(await tels(page, '#b know-the-signs'), ['tel:+18883737888', 'tel:911']);
  await page.evaluate(() => window.h.update({ lang: 'es', region: 'US-CO' }));
  await page.waitForFunction(() => document.querySelector('#a know-the-signs').shadowRoot.querySelector('.kts').lang === 'es');
  assert.match(await page.locator('#a know-the-signs').evaluate((e) => e.shadowRoot.textContent), /Línea Directa de Abuso y Descuido Infantil de Colorado/);
  await page.evaluate(() => window.h.unmount());
  assert.equal(await page.locator('#a know-the-signs').count(), 0);
  const warnings = ours(logs, 'warning');
  assert.equal(warnings.length, 3, JSON.stringify(warnings));
  assert.ok(warnings.some((w) => /unknown option "bogus"/.test(w)));
  assert.ok(warnings.some((w) => /region "US-ZZ" is not supported/.test(w)));
  assert.ok(warnings.some((w) => /layout "<img src=x onerror=alert\(1\)>" is not supported; using "panel"/.test(w)));
  await ctx.close();
});

test('JS API: calls made before the loader arrives are queued, not lost', async () => {
  const stub = '<script>window.KnowTheSigns=window.KnowTheSigns||{q:[],mount:function(e,o){var h={q:[]};this.q.push([e,o,h]);h.update=function(o){h.q.push(["update",o])};h.unmount=function(){h.q.push(["unmount"])};return h}};</script>';
  const body = `${stub}<div id="a"></div><div id="b"></div><script>
    window.early = KnowTheSigns.mount(document.getElementById('a'), { region: 'US-VT' });
    early.update({ lang: 'es' });
    KnowTheSigns.mount(document.getElementById('b'), { region: 'US-NE' }).unmount();
  </script>${LOADER}`;
  const { ctx, page } = await open('queue', body);
  await settled(page);
  assert.deepEqual(await tels(page, '#a know-the-signs'), ['tel:+18006495285', 'tel:911']);
  assert.equal(await page.locator('#a know-the-signs').getAttribute('lang'), 'es');
  assert.equal(await page.locator('#b know-the-signs').count(), 0, 'the queued unmount ran');
  assert.equal(await page.evaluate(() => typeof window.early.update), 'function');
  await ctx.close();
});

const HOSTILE_VALUES = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'x'.repeat(100 * 1024),
  'panel\u0000\u0007\u001b[31m',
  '\u202Eenilno\u202C',
  'javascript:window.__pwned=1',
];

test('hostile values in every attribute run nothing, panic nothing, render the defaults and warn once each', async () => {
  const attrs = ['region', 'lang', 'layout', 'theme', 'accent', 'heading-level', 'quick-exit'];
  const { ctx, page, logs } = await open('hostile-values', '<div id="x"></div>' + LOADER);
  await page.waitForFunction(() => customElements.get('know-the-signs'));
  await page.evaluate(([values, names]) => {
    for (const v of values) {
      const el = document.createElement('know-the-signs');
      for (const n of names) el.setAttribute(n, v);
      document.getElementById('x').appendChild(el);
    }
  }, [HOSTILE_VALUES, attrs]);
  await settled(page, HOSTILE_VALUES.length);
  assert.deepEqual(await states(page), HOSTILE_VALUES.map(() => 'ready'));
  for (let i = 0; i < HOSTILE_VALUES.length; i++) {
    assert.deepEqual(await tels(page, `know-the-signs >> nth=${i}`), ['tel:+18883737888', 'tel:911'], 'unknown region: national lines');
  }
  const injected = await page.evaluate(() => ({
    pwned: window.__pwned,
    foreign: [...document.querySelectorAll('know-the-signs')].flatMap((e) => [...e.shadowRoot.querySelectorAll('img, script, iframe')]).length,
  }));
  assert.deepEqual(injected, { pwned: undefined, foreign: 0 });
  assert.deepEqual(logs.error.filter((m) => !m.includes('Failed to load resource')), []);
  const warnings = ours(logs, 'warning');
  assert.equal(warnings.length, HOSTILE_VALUES.length * attrs.length, 'one warning per bad value and attribute');
  assert.ok(warnings.every((w) => w.length < 300), 'a 100 KB value is not echoed whole');
  await ctx.close();
});

test('names of object properties as region or lang still give the fallback its national lines', async () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
  const body = names.map((n) => `<know-the-signs region="${n}" lang="${n}"></know-the-signs>`).join('');
  const { ctx, page } = await open('prototype-names', body + LOADER, { route: WASM_404 });
  await settled(page, names.length);
  for (let i = 0; i < names.length; i++) {
    const links = await shadowLinks(page, `know-the-signs >> nth=${i}`);
    assert.deepEqual(links.map((l) => l.href), ['tel:+18883737888', 'tel:911'], names[i]);
    assert.match(links[0].text, /^Call 1-888-373-7888$/, names[i]);
  }
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
