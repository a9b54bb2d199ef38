// Hostile option values: markup, huge strings, control and bidi characters
// and javascript: URLs in every attribute, and names of object properties
// as region or lang. They run nothing and fall back to the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, shadowLinks, WASM_404, open, LOADER, tels, states, ours } from './harness.mjs';

suite();

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
