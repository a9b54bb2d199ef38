// Quick exit on a real page: Shift x3 leaves, Shift with another key does not
// count, the count expires after five seconds, the status counts down, Back
// restores the page, and with quick exit off there is no key listener at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, hostPage, settled, o, browser, builder, choose, code, openPage } from './harness.mjs';

const NEUTRAL = 'https://neutral.example/';
suite();

/** A page with `attrs` widgets; the neutral site is answered locally. */
async function open(name, widgets) {
  const ctx = await browser.newContext();
  await ctx.route(`${NEUTRAL}**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Neutral</p>' }));
  const page = await ctx.newPage();
  const body = widgets.map((attrs) => `<know-the-signs ${attrs}></know-the-signs>`).join('') + '<input id="field"><script src="CDN/embed.js" async></script>';
  await page.goto(o.page(`/${name}`, hostPage(o, body)));
  await settled(page, widgets.length);
  return { ctx, page };
}

async function keyupListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.filter((l) => l.type === 'keyup').length;
}

const status = (page) => page.locator('know-the-signs').first().evaluate((e) => e.shadowRoot.querySelector('[role=status]').textContent);
const shift = async (page) => { await page.keyboard.down('Shift'); await page.keyboard.up('Shift'); };

test('Shift pressed three times leaves at once, and Back brings the page back uncovered', async () => {
  const { ctx, page } = await open('exit-keys', [`quick-exit="${NEUTRAL}"`]);
  const link = page.locator('know-the-signs .kts-exit-link');
  assert.equal(await link.getAttribute('href'), NEUTRAL, 'a real link: works without JavaScript');
  await page.locator('#field').focus();
  await shift(page);
  assert.equal(await status(page), 'Shift, press 2 more times to exit.');
  await shift(page);
  assert.equal(await status(page), 'Shift, press 1 more time to exit.');
  await Promise.all([page.waitForURL(NEUTRAL), shift(page)]);
  assert.equal(await page.title(), 'Weather');
  await page.goBack();
  await settled(page);
  assert.equal(await page.evaluate(() => document.getElementById('kts-exit-cover')), null, 'no cover after Back');
  assert.ok(await page.locator('know-the-signs .kts-call').isVisible());
  await ctx.close();
});

test('clicking "Exit this page" covers the page before it leaves', async () => {
  const { ctx, page } = await open('exit-click', ['quick-exit="on"']);
  assert.equal(await page.locator('know-the-signs .kts-exit-link').getAttribute('href'), 'https://www.weather.gov/');
  await ctx.route('https://www.weather.gov/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  // Click and look in the same task: the cover must be up before leaving.
  const [cover] = await Promise.all([
    page.evaluate(() => {
      document.querySelector('know-the-signs').shadowRoot.querySelector('.kts-exit-link').click();
      const c = document.getElementById('kts-exit-cover');
      const r = c && c.getBoundingClientRect();
      return c && { w: r.width, h: r.height, bg: getComputedStyle(c).backgroundColor, top: document.elementFromPoint(10, 10) === c };
    }),
    page.waitForURL('https://www.weather.gov/'),
  ]);
  assert.deepEqual(cover, { w: 1280, h: 720, bg: 'rgb(255, 255, 255)', top: true }, 'the page is hidden at once');
  await ctx.close();
});

test('Shift used with another key does not count', async () => {
  const { ctx, page } = await open('exit-chord', [`quick-exit="${NEUTRAL}"`]);
  await page.locator('#field').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+A');
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).origin, o.host);
  assert.equal(await page.locator('#field').inputValue(), 'AAAA');
  // Alt+Shift (Windows' keyboard layout switch) and Control+Shift neither.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+Shift');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift');
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).origin, o.host);
  await ctx.close();
});

test('the count resets after five seconds, and the status says so', async () => {
  const { ctx, page } = await open('exit-expire', [`quick-exit="${NEUTRAL}"`]);
  await shift(page);
  await shift(page);
  await page.waitForTimeout(5300);
  assert.equal(await status(page), 'Exit this page expired.');
  await shift(page);
  assert.equal(await status(page), 'Shift, press 2 more times to exit.');
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).origin, o.host);
  await ctx.close();
});

test('with quick exit off there is no key listener and Shift does nothing', async () => {
  const { ctx, page } = await open('exit-off', ['', 'region="US-TX"']);
  assert.equal(await keyupListeners(page), 0);
  assert.equal(await page.locator('know-the-signs .kts-exit-link').count(), 0);
  for (let i = 0; i < 3; i++) await shift(page);
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).origin, o.host);
  await ctx.close();
});

test('one key listener per page, however many widgets turn quick exit on', async () => {
  const { ctx, page } = await open('exit-many', ['quick-exit="on"', 'quick-exit="on" lang="es"', `quick-exit="${NEUTRAL}"`]);
  assert.equal(await keyupListeners(page), 1);
  // On a page (not in a frame) the note offers Shift.
  assert.match(await page.locator('know-the-signs >> nth=0').evaluate((e) => e.shadowRoot.querySelector('.kts-exit-note').textContent), /^Or press Shift 3 times\. This does not erase/);
  assert.equal(await page.locator('know-the-signs >> nth=1').evaluate((e) => e.shadowRoot.querySelector('.kts-exit-link').textContent), 'Salir de esta página');
  await ctx.close();
});

test('Shift counts only while an exit link is on the page: removed widgets, or quick exit turned off, leave Shift to the page', async () => {
  const { ctx, page } = await open('exit-gone', ['quick-exit="on"', 'quick-exit="on" layout="button"']);
  assert.equal(await keyupListeners(page), 1);
  // The first widget goes; the button one (two exit links) still counts.
  await page.locator('know-the-signs >> nth=0').evaluate((e) => e.remove());
  await page.waitForTimeout(100);
  await page.locator('#field').focus();
  await shift(page);
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.querySelector('[role=status]').textContent !== '');
  // Quick exit turned off on the last one: Shift x3 leaves nothing.
  await page.locator('know-the-signs').evaluate((e) => e.setAttribute('quick-exit', 'off'));
  await page.waitForTimeout(100);
  assert.equal(await page.locator('know-the-signs .kts-exit-link').count(), 0);
  for (let i = 0; i < 3; i++) await shift(page);
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).origin, o.host, 'the reader stays on the page');
  // Turned on again, it counts again from the start, with the same one listener.
  await page.locator('know-the-signs').evaluate((e) => e.setAttribute('quick-exit', 'on'));
  await page.waitForTimeout(100);
  assert.equal(await keyupListeners(page), 1);
  await shift(page);
  await page.waitForTimeout(100);
  assert.equal(await status(page), 'Shift, press 2 more times to exit.');
  await ctx.close();
});

test('button layout: the floating exit bar is opaque and stands clear of the launcher, on a dark page too', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(o.page('/exit-float', hostPage(o, '<style>body{background:#111;color:#eee}</style><know-the-signs quick-exit="on" layout="button"></know-the-signs><script src="CDN/embed.js" async></script>')));
  await settled(page);
  const seen = await page.locator('know-the-signs').evaluate((e) => {
    const bar = e.shadowRoot.querySelector('.kts > .kts-exit');
    const a = bar.getBoundingClientRect();
    const b = e.shadowRoot.querySelector('.kts-launcher').getBoundingClientRect();
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return { overlap, background: getComputedStyle(bar).backgroundColor };
  });
  assert.equal(seen.overlap, false);
  assert.match(seen.background, /^rgb\(/, `opaque, not ${seen.background}`);
  await ctx.close();
});

test('button layout: the open dialog has its own exit, after Close; Shift x3 or the link covers the dialog too', async () => {
  for (const how of ['keys', 'click']) {
    const { ctx, page } = await open(`exit-dialog-${how}`, [`layout="button" quick-exit="${NEUTRAL}"`]);
    const el = page.locator('know-the-signs');
    await el.locator('.kts-launcher').click();
    // A modal dialog makes the page's exit link unreachable; its own is the
    // next stop after Close, and its status is the one a reader hears.
    const focused = () => el.evaluate((e) => { const a = e.shadowRoot.activeElement; return a && `${a.closest('dialog') ? 'dialog' : 'page'} ${a.className}`; });
    assert.equal(await focused(), 'dialog kts-close');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'dialog kts-exit-link');
    if (how === 'keys') {
      await shift(page);
      await shift(page);
      assert.equal(await el.evaluate((e) => e.shadowRoot.querySelector('dialog .kts-exit [role=status]').textContent), 'Shift, press 1 more time to exit.');
    }
    // The last step and the look in one task: the cover must be up, above
    // the open dialog, before the page leaves.
    const [covered] = await Promise.all([
      page.evaluate((keys) => {
        if (keys) {
          for (const type of ['keydown', 'keyup']) document.activeElement.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', bubbles: true, composed: true }));
        } else {
          document.querySelector('know-the-signs').shadowRoot.querySelector('dialog .kts-exit-link').click();
        }
        const c = document.getElementById('kts-exit-cover');
        return !!c && document.elementFromPoint(640, 360) === c && document.elementFromPoint(5, 5) === c;
      }, how === 'keys'),
      page.waitForURL(NEUTRAL),
    ]);
    assert.equal(covered, true, `${how}: the cover is above the open dialog`);
    await ctx.close();
  }
});

test('Escape cannot take the cover away while the page leaves', async () => {
  const { ctx, page } = await open('exit-escape', [`quick-exit="${NEUTRAL}"`]);
  // The neutral site does not answer yet, so the page stays, covered.
  await page.route(`${NEUTRAL}**`, () => new Promise(() => {}));
  const after = await page.evaluate(async () => {
    document.querySelector('know-the-signs').shadowRoot.querySelector('.kts-exit-link').click();
    const c = document.getElementById('kts-exit-cover');
    // What a second Escape does (the first is refused): the dialog closes.
    c.requestClose?.();
    c.close();
    await new Promise((r) => setTimeout(r, 100));
    return c.open && document.elementFromPoint(640, 360) === c;
  });
  assert.equal(after, true, 'shown again, on top');
  await ctx.close();
});

test("form B with quick exit on: the page's own exit link is there before the widget, and with JavaScript off", async () => {
  const b = await builder();
  await choose(b.page, { region: 'US-TX', lang: 'es', layout: /^Panel/, theme: /^Auto/, exit: /^On: leaves/ });
  const snippet = await code(b.page, 'element');
  await b.ctx.close();
  assert.match(snippet, /<know-the-signs[^>]*quick-exit="on"[^>]*>\n {2}<p><a href="https:\/\/www\.weather\.gov\/" rel="nofollow noreferrer">Salir de esta página<\/a><\/p>/);
  const body = snippet.replaceAll(`${o.cdn}/v1/`, 'CDN/');
  for (const context of [{ javaScriptEnabled: false }, {}]) {
    const held = [];
    const { ctx, page } = await openPage(browser, o, 'exit-form-b', body, {
      context,
      route: { match: /\.wasm$/, handle: (r) => held.push(r) },
    });
    const link = page.getByRole('link', { name: 'Salir de esta página' });
    await link.waitFor();
    assert.ok(await link.isVisible(), context.javaScriptEnabled === false ? 'no JavaScript' : 'while the wasm loads');
    assert.equal(await link.getAttribute('href'), 'https://www.weather.gov/');
    await ctx.close();
  }
});
