// A strict Content-Security-Policy on the partner's page: the widget works
// under it with no unsafe-inline and no nonce, and a policy that refuses it
// WebAssembly or the widget's origin leaves the static hotline and one
// console line naming the directive to add.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, strictCsp, FORM_B, o, browser, CO, tels, states, ours } from './harness.mjs';

suite();

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
