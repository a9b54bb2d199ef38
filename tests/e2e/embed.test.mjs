// Whole-page tests of the embed contract (forms A and B, states, events,
// fallback) on Debian's Chromium, with the loader served cross-origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, hostPage, FORM_A, FORM_B, settled, shadowLinks, WASM_404, o, browser, open } from './harness.mjs';

const CO = { href: 'tel:+18442645437' };
const E911 = { href: 'tel:911' };
suite();


function hrefs(links) {
  return links.map((l) => ({ href: l.href }));
}

test('form B reaches ready; the hotline is visible and callable inside the shadow root; kts:ready fires once', async () => {
  const { ctx, page, logs, events } = await open('form-b', FORM_B + FORM_B.replace(/<script.*<\/script>/, ''));
  await settled(page, 2);
  const states = await page.locator('know-the-signs').evaluateAll((els) => els.map((e) => e.dataset.state));
  assert.deepEqual(states, ['ready', 'ready']);
  const inShadow = await page.locator('know-the-signs').first().evaluate((el) => !!el.shadowRoot.querySelector('.kts-hotline'));
  assert.ok(inShadow, 'the panel is in the open shadow root');
  const links = await shadowLinks(page);
  assert.deepEqual(hrefs(links).slice(0, 2), [CO, E911]);
  assert.match(links[0].text, /1-844-CO-4-KIDS/);
  assert.match(links[0].text, /1-844-264-5437/);
  // The call link is really on screen, not just in the DOM.
  const call = page.locator('know-the-signs').first().locator('.kts-call');
  assert.ok(await call.isVisible());
  const box = await call.boundingBox();
  assert.ok(box.width > 40 && box.height >= 44, `call target ${box.width}x${box.height}`);
  await page.waitForTimeout(200); // a late duplicate event would show up here
  const ready = (await events()).filter((e) => e.name === 'kts:ready').map((e) => e.index).sort();
  assert.deepEqual(ready, [0, 1], 'one kts:ready per element');
  assert.deepEqual(logs.error, []);
  await ctx.close();
});

test('form A inserts the widget right after its script tag, with the options of its data-* attributes', async () => {
  const { ctx, page, logs, events } = await open('form-a', FORM_A.replace('data-region="US-CO"', 'data-region="US"'));
  await settled(page);
  const placed = await page.evaluate(() => {
    const el = document.querySelector('know-the-signs');
    return { prev: el.previousElementSibling.tagName, next: el.nextElementSibling.textContent, region: el.getAttribute('region'), lang: el.getAttribute('lang'), state: el.dataset.state };
  });
  assert.deepEqual(placed, { prev: 'SCRIPT', next: 'After', region: 'US', lang: 'en', state: 'ready' });
  const links = await shadowLinks(page);
  assert.deepEqual(hrefs(links).slice(0, 2), [{ href: 'tel:+18883737888' }, E911], 'no state line: national hotline and 911');
  assert.deepEqual((await events()).map((e) => e.name), ['kts:ready']);
  assert.deepEqual(logs.error, []);
  await ctx.close();
});

test('form A without options is not guessed at; the default region is Colorado', async () => {
  const { ctx, page } = await open('form-a-default', FORM_A.replace(' data-region="US-CO" data-lang="en"', ' data-layout="panel"'));
  await settled(page);
  // The widget's, not the loader's fallback (which defaults to Colorado too).
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready');
  assert.equal(await page.locator('know-the-signs').evaluate((e) => e.shadowRoot.querySelector('.kts').dataset.region), 'US-CO');
  assert.deepEqual(hrefs(await shadowLinks(page)).slice(0, 2), [CO, E911]);
  await ctx.close();
});

test('with the .wasm request failing, the state is fallback, the number stays callable, and one console line explains', async () => {
  const { ctx, page, logs, events } = await open('wasm-404', FORM_A + FORM_A, { route: WASM_404 });
  await settled(page, 2);
  const states = await page.locator('know-the-signs').evaluateAll((els) => els.map((e) => e.dataset.state));
  assert.deepEqual(states, ['fallback', 'fallback']);
  for (const i of [0, 1]) {
    const links = await shadowLinks(page, `know-the-signs >> nth=${i}`);
    assert.deepEqual(hrefs(links), [CO, E911]);
    assert.match(links[0].text, /1-844-CO-4-KIDS \(1-844-264-5437\)/);
  }
  const fallbacks = (await events()).filter((e) => e.name === 'kts:fallback');
  assert.equal(fallbacks.length, 2);
  assert.ok(fallbacks.every((e) => e.reason === 'wasm'), JSON.stringify(fallbacks));
  const ours = logs.error.filter((m) => m.startsWith('Know the Signs'));
  assert.equal(ours.length, 1, JSON.stringify(logs.error));
  assert.match(ours[0], /could not start .*_bg\.wasm \(.*404.*\)\. Deploy all of dist\/v1\/ with CORS/);
  await ctx.close();
});

test('form B keeps its own links on screen while the wasm is slow, then upgrades', async () => {
  // The builder's snippet, then the same hand-written without its style.
  for (const [name, body] of [['slow', FORM_B], ['slow-unstyled', FORM_B.replace(/ style="[^"]*"/, '')]]) {
    let release;
    const gate = new Promise((r) => (release = r));
    const { ctx, page } = await open(name, body, {
      route: { match: /\.wasm$/, handle: async (r) => { await gate; await r.continue(); } },
    });
    await page.waitForFunction(() => document.querySelector('know-the-signs')?.dataset.state === 'loading');
    const early = await shadowLinks(page);
    assert.deepEqual(hrefs(early), [CO, E911], `${name}: the form-B links show while loading`);
    const box = await page.locator('know-the-signs').evaluate((el) => el.shadowRoot && {
      slot: !!el.shadowRoot.querySelector('slot'),
      reserved: parseFloat(getComputedStyle(el.shadowRoot.firstElementChild).minHeight) > 600,
    });
    if (name === 'slow') {
      // The loader left the builder's snippet as the page drew it: no shadow
      // root to restyle and re-lay out its links while the page loads.
      assert.equal(box, null, 'no shadow root while loading');
    } else {
      // Without a reservation of its own, the loader's box reserves it now.
      assert.deepEqual(box, { slot: true, reserved: true });
    }
    release();
    await settled(page);
    assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready');
    assert.deepEqual(hrefs(await shadowLinks(page)).slice(0, 1), [CO], `${name}: the widget shows the hotline`);
    await ctx.close();
  }
});

test('the widget waits for the page to load, but not for a load that never ends', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // An image that never arrives: the page's load event never fires.
  await page.route('**/stalled.png', () => new Promise(() => {}));
  const started = Date.now();
  await page.goto(o.page('/stalled-load', hostPage(o, `<img src="/stalled.png" alt="">${FORM_B}`)), { waitUntil: 'domcontentloaded' });
  assert.deepEqual(hrefs(await shadowLinks(page)), [CO, E911], 'the hotline shows while waiting');
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'loading');
  await settled(page);
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), 'ready');
  assert.equal(await page.evaluate(() => document.readyState), 'interactive', 'load never came');
  assert.ok(Date.now() - started >= 4500, 'it waited for load first');
  await ctx.close();
});

test('with JavaScript disabled, form B shows its own links', async () => {
  const { ctx, page } = await open('no-js', FORM_B, { context: { javaScriptEnabled: false } });
  const links = page.locator('know-the-signs a[href^="tel:"]');
  assert.equal(await links.count(), 2);
  assert.ok(await links.nth(0).isVisible());
  assert.equal(await links.nth(0).getAttribute('href'), CO.href);
  assert.equal(await links.nth(1).getAttribute('href'), E911.href);
  assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), null);
  await ctx.close();
});

test('the widget uses no <style> element and no style attribute (strict CSP)', async () => {
  const { ctx, page } = await open('no-inline-style', FORM_B);
  await settled(page);
  const found = await page.locator('know-the-signs').evaluate((el) => ({
    styleElements: el.shadowRoot.querySelectorAll('style').length,
    styleAttributes: el.shadowRoot.querySelectorAll('[style]').length,
    adopted: el.shadowRoot.adoptedStyleSheets.length,
  }));
  // The base sheet, the widget's sheet and this widget's own palette.
  assert.deepEqual(found, { styleElements: 0, styleAttributes: 0, adopted: 3 });
  await ctx.close();
});

test('a keyboard reader on the static hotline keeps their place when the widget starts (forms B and A)', async () => {
  for (const [form, body, tabs] of [['B', FORM_B, 2], ['A', FORM_A, 2]]) {
    let release;
    const held = new Promise((r) => (release = r));
    const { ctx, page } = await open(`focus-kept-${form}`, body, {
      route: { match: /\.wasm$/, handle: async (r) => { await held; await r.continue(); } },
    });
    // Tab to the second static link (911) while the wasm is held.
    await page.locator('know-the-signs').waitFor();
    await page.waitForFunction(() => document.querySelector('know-the-signs')?.dataset.state === 'loading');
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    const href = () => page.evaluate(() => {
      const el = document.querySelector('know-the-signs');
      const a = el.shadowRoot?.activeElement || document.activeElement;
      return `${a.closest('.kts') ? 'widget' : 'static'} ${a.getAttribute('href')}`;
    });
    assert.equal(await href(), 'static tel:911', `form ${form}: on the static 911 link`);
    release();
    await settled(page);
    assert.equal(await href(), 'widget tel:911', `form ${form}: on the widget's 911 link`);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await href(), 'widget tel:+18442645437', `form ${form}: Shift+Tab goes back through the widget`);
    await ctx.close();
  }
});

test('form A pasted into <head> (a "header scripts" setting): the widget shows at the end of <body> and says where to paste it', async () => {
  const head = `<script src="${o.cdn}/v1/embed.js" data-region="US-TX" async></script>`;
  const { ctx, page, logs } = await open('form-a-head', '<p>The page</p>', { head });
  await settled(page);
  const placed = await page.evaluate(() => {
    const el = document.querySelector('know-the-signs');
    return { parent: el.parentElement.localName, last: el === document.body.lastElementChild, state: el.dataset.state };
  });
  assert.deepEqual(placed, { parent: 'body', last: true, state: 'ready' });
  const call = page.locator('know-the-signs .kts-hotline a[href="tel:+18002525400"]').first();
  assert.ok(await call.isVisible(), "Texas's line is on screen");
  assert.equal(logs.warning.filter((w) => /in <head>/.test(w)).length, 1, logs.warning.join('\n'));
  await ctx.close();
});
