// Form C, the iframe: options from the query string, its own no-JS links,
// resized to its content by the loader on the parent page (and only by
// messages from the widget's origin), quick exit by click only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, hostPage, settled, o, browser } from './harness.mjs';

suite();
const frameUrl = (query) => `${o.cdn}/v1/frame.html?${query}`;
const iframe = (query, style = 'width:100%;border:0;height:150px') => `<iframe title="Know the signs" src="${frameUrl(query)}" style="${style}"></iframe>`;
const widget = (page) => page.frameLocator('iframe').locator('know-the-signs');

async function open(name, body, context = {}) {
  const ctx = await browser.newContext(context);
  const page = await ctx.newPage();
  await page.goto(o.page(`/${name}`, hostPage(o, body)));
  return { ctx, page };
}

test('the iframe reads its options from the query string, checked like attributes', async () => {
  const { ctx, page } = await open('frame-options', iframe('region=US-TX&lang=es&layout=panel'));
  const frame = page.frame({ url: /frame\.html/ });
  await settled(frame);
  const shown = await widget(page).evaluate((e) => ({
    state: e.dataset.state,
    lang: e.shadowRoot.querySelector('.kts').lang,
    tel: e.shadowRoot.querySelector('.kts-hotline a').getAttribute('href'),
  }));
  assert.deepEqual(shown, { state: 'ready', lang: 'es', tel: 'tel:+18002525400' });
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es');
  await ctx.close();
  // A language the widget does not have: the page says the one it shows.
  const other = await open('frame-lang', iframe('lang=zz'));
  const inner = other.page.frame({ url: /frame\.html/ });
  await settled(inner);
  assert.equal(await inner.evaluate(() => document.documentElement.lang), 'en');
  await other.ctx.close();
});

test('without JavaScript the iframe still shows 911 and the national hotline', async () => {
  const { ctx, page } = await open('frame-nojs', iframe('region=US-TX'), { javaScriptEnabled: false });
  const links = page.frameLocator('iframe').locator('a[href^="tel:"]');
  assert.equal(await links.count(), 3);
  assert.equal(await links.nth(0).getAttribute('href'), 'tel:911');
  assert.ok(await links.nth(0).isVisible());
  await ctx.close();
});

test('with the loader on the parent, the iframe is sized to its content', async () => {
  const { ctx, page } = await open('frame-resize', iframe('region=US-CO') + `<script src="${o.cdn}/v1/embed.js" async></script>`);
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 300);
  // The fallback's reserved height arrives first; wait for the widget itself.
  const frame = page.frame({ url: /frame\.html/ });
  await settled(frame);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const sized = await page
    .waitForFunction((h) => Math.abs(parseInt(document.querySelector('iframe').style.height, 10) - h) <= 2, inner, { timeout: 5000 })
    .then(() => true, () => false);
  const outer = await page.evaluate(() => parseInt(document.querySelector('iframe').style.height, 10));
  assert.ok(sized, `iframe ${outer}px, content ${inner}px`);
  // Opening a section grows the content; the iframe follows.
  await widget(page).evaluate((e) => e.shadowRoot.querySelector('.kts-toggle').click());
  await page.waitForFunction((before) => parseInt(document.querySelector('iframe').style.height, 10) > before + 200, outer);
  await ctx.close();
});

test('messages from other origins or other frames do not resize it', async () => {
  // A frame of the host page's origin, and one of the widget's own origin
  // that is not frame.html (a poster): neither may resize anything.
  o.page('/other-frame', '<title>other</title>');
  const other = `<iframe title="other" src="${o.host}/other-frame" style="height:10px"></iframe>`;
  const poster = `<iframe title="poster" src="${o.cdn}/v1/posters/us-co-hotline.en.html" style="height:20px"></iframe>`;
  const { ctx, page } = await open('frame-spoof', iframe('region=US-CO', 'height:150px') + other + poster + `<script src="${o.cdn}/v1/embed.js" async></script>`);
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 300);
  // Wait for the widget itself (not its reserved fallback) to set the height.
  const inner = page.frame({ url: /frame\.html/ });
  await settled(inner);
  const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector('iframe').style.height === `${h}px`, content);
  const heights = () => page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.style.height));
  const before = await heights();
  assert.deepEqual(before.slice(1), ['10px', '20px']);
  await page.evaluate(() => window.postMessage({ type: 'kts:resize', height: 5 }, '*'));
  await page.frame({ url: /other-frame/ }).evaluate(() => parent.postMessage({ type: 'kts:resize', height: 9999 }, '*'));
  // The widget's origin, another of its pages: the loader must check the
  // frame, not only the origin.
  const fromPoster = page.frame({ url: /posters/ });
  assert.equal(new URL(fromPoster.url()).origin, o.cdn);
  await fromPoster.evaluate(() => parent.postMessage({ type: 'kts:resize', height: 9999 }, '*'));
  await page.waitForTimeout(300);
  assert.deepEqual(await heights(), before);
  // The same message from the widget's own frame is obeyed (so the ones
  // above were refused, not lost).
  await inner.evaluate(() => parent.postMessage({ type: 'kts:resize', height: 444 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe').style.height === '444px');
  await ctx.close();
});

test('without the loader on the parent the iframe keeps its height and scrolls inside', async () => {
  const { ctx, page } = await open('frame-fixed', iframe('region=US-CO'));
  const frame = page.frame({ url: /frame\.html/ });
  await settled(frame);
  assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), '150px');
  const scroll = await frame.evaluate(() => ({ scroll: document.scrollingElement.scrollHeight, view: innerHeight }));
  assert.ok(scroll.scroll > scroll.view, JSON.stringify(scroll));
  await ctx.close();
});

test('in the iframe, quick exit is by click only and leaves the whole tab', async () => {
  const { ctx, page } = await open('frame-exit', iframe('quick-exit=https%3A%2F%2Fneutral.example%2F', 'width:100%;height:600px'));
  await ctx.route('https://neutral.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  const frame = page.frame({ url: /frame\.html/ });
  await settled(frame);
  // The note does not offer Shift, which cannot work there.
  assert.equal(await frame.locator('know-the-signs .kts-exit-note').textContent(), 'This does not erase your browsing history: a private window leaves less behind.');
  await frame.locator('know-the-signs .kts-call').focus();
  for (let i = 0; i < 3; i++) { await page.keyboard.down('Shift'); await page.keyboard.up('Shift'); }
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).origin, o.host, 'no key listener inside the frame');
  // Nor a cover or a countdown inside it.
  assert.deepEqual(await frame.evaluate(() => ({
    cover: !!document.getElementById('kts-exit-cover'),
    status: document.querySelector('know-the-signs').shadowRoot.querySelector('.kts-exit [role="status"]').textContent,
  })), { cover: false, status: '' });
  await Promise.all([page.waitForURL('https://neutral.example/'), frame.locator('know-the-signs .kts-exit-link').click()]);
  assert.equal(await page.title(), 'Weather');
  await ctx.close();
});
