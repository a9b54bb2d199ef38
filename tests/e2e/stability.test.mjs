// No layout shift when the widget arrives (issue 8): while the wasm loads,
// the static hotline's box reserves about the space of the widget it
// becomes, so the host's text below stays put when the widget mounts; the
// floating button's fallback floats and takes no space; if the widget
// cannot load, the box shrinks back to its links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, WASM_404, open } from './harness.mjs';

suite();

const LOADER = '<script src="CDN/embed.js" async></script>';
const below = (page) => page.locator('#below').evaluate((p) => p.getBoundingClientRect().top);

/** The y of the text below the widget while it loads, and once it is ready. */
async function movement(name, attrs, width) {
  let release;
  const gate = new Promise((r) => (release = r));
  const { ctx, page } = await open(name, `<know-the-signs ${attrs}></know-the-signs><p id="below">The partner's text</p>${LOADER}`, {
    context: { viewport: { width, height: 900 } },
    route: { match: /\.wasm$/, handle: async (r) => { await gate; await r.continue(); } },
  });
  await page.waitForFunction(() => document.querySelector('know-the-signs')?.dataset.state === 'loading');
  const loading = await below(page);
  release();
  await settled(page);
  const ready = await below(page);
  await ctx.close();
  return { loading, ready };
}

for (const width of [360, 1024]) {
  for (const [attrs, tolerance] of [['', 80], ['lang="es" region="US-HI"', 80], ['layout="banner"', 60]]) {
    test(`the text below barely moves when the widget arrives: ${attrs || 'panel'} at ${width}px`, async () => {
      const { loading, ready } = await movement(`shift-${width}-${attrs.replace(/\W+/g, '-')}`, attrs, width);
      assert.ok(Math.abs(ready - loading) <= tolerance, `moved ${ready - loading}px (from ${loading} to ${ready})`);
    });
  }
}

test('the floating button\'s fallback floats: nothing below moves', async () => {
  const { loading, ready } = await movement('shift-button', 'layout="button"', 412);
  assert.equal(ready, loading);
});

test('if the widget cannot load, the reserved space is given back', async () => {
  const { ctx, page } = await open('shift-fallback', `<know-the-signs></know-the-signs><p id="below">The partner's text</p>${LOADER}`, { route: WASM_404 });
  await settled(page);
  const height = await page.locator('know-the-signs').evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height < 250, `${height}px`);
  await ctx.close();
});
