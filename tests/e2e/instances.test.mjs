// Many widgets on one page and over a page's life: twenty elements sharing
// one module, a single-page app adding, moving and removing them, and 1000
// mount/unmount cycles that must not grow memory or DOM nodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, settled, DIST, o, browser, open, LOADER, tels, states } from './harness.mjs';

suite();

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
  // The fewest of three counts, a moment apart: the browser may still hold
  // the last widget it removed (one widget's nodes, then none) at any one
  // count, which is not a leak; a leak is there at every count.
  const counters = async () => {
    const counts = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      counts.push(await cdp.send('Memory.getDOMCounters'));
      await page.waitForTimeout(100);
    }
    return counts.reduce((a, b) => (b.nodes < a.nodes ? b : a));
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
