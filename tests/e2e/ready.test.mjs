// `kts:ready` (and data-state="ready") means the widget is whole: every
// control of its layout is there when a partner's listener runs, not only
// the hotline that mounts first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, open } from './harness.mjs';

suite();

/** What a listener can reach in the element: its controls and its text. */
const census = (el) => ({
  controls: el.shadowRoot.querySelectorAll('a[href], button, select, input, [tabindex]').length,
  text: el.shadowRoot.textContent.length,
  state: el.dataset.state,
});

for (const layout of ['panel', 'banner', 'button']) {
  test(`${layout}: at kts:ready, once per element, every control and all the text are there`, async () => {
    const els = ['US-CO', 'US-NV', 'US-CA'].map((r) => `<know-the-signs region="${r}" layout="${layout}"></know-the-signs>`).join('');
    const init = `window.__atReady = [];
      document.addEventListener('kts:ready', (e) => window.__atReady.push({ index: [...document.querySelectorAll('know-the-signs')].indexOf(e.target), ...(${census})(e.target) }));`;
    const { ctx, page } = await open(`ready-${layout}`, `${els}<script src="CDN/embed.js" async></script>`, { init });
    await settled(page, 3);
    // Long after: nothing more arrives on its own.
    await page.waitForTimeout(500);
    const atReady = await page.evaluate(() => window.__atReady);
    const later = await page.locator('know-the-signs').evaluateAll((all, census) => all.map(new Function(`return (${census})`)()), census.toString());
    assert.deepEqual(atReady.map((r) => r.index).sort(), [0, 1, 2], 'one kts:ready per element');
    for (const r of atReady) {
      assert.equal(r.state, 'ready');
      assert.ok(later[r.index].controls > 2, JSON.stringify(later[r.index]));
      assert.deepEqual({ controls: r.controls, text: r.text }, { controls: later[r.index].controls, text: later[r.index].text }, `element ${r.index}`);
    }
    await ctx.close();
  });
}
