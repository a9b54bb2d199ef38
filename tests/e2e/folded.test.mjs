// A folded widget (src/widget/fold.rs): an element the page drew without reserving
// the widget's height starts as its static hotline and one button, and
// unfolds only when the reader asks. Its layout shifts are in
// stability.test.mjs; this file is what the reader can do with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { suite, settled, open, strictCsp, FORM_B, WASM_404, o, LOADER, tels } from './harness.mjs';

suite();

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OWN_LINKS = '<a href="tel:+18442645437">Colorado Child Abuse and Neglect Hotline: 1-844-CO-4-KIDS (1-844-264-5437)</a> <a href="tel:911">Child in immediate danger: call 911</a>';

/** What the reader can see and reach in the element. */
const view = (page) =>
  page.locator('know-the-signs').evaluate((el) => {
    const root = el.shadowRoot;
    const widget = root.querySelector('.kts-root');
    return {
      state: el.dataset.state,
      folded: !!root.querySelector('.folded'),
      widgetShown: !!widget && widget.getClientRects().length > 0,
      unfold: [...root.querySelectorAll('.kts-unfold')].map((b) => `${b.localName} ${b.lang}: ${b.textContent}`),
      focus: root.activeElement && `${root.activeElement.textContent.trim()} expanded=${root.activeElement.getAttribute('aria-expanded')}`,
    };
  });

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run({ include: [['know-the-signs']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('folded: the page\'s own links and one button; the keyboard unfolds the widget and lands on "Know the signs", open', async () => {
  const { ctx, page } = await open('folded-keyboard', `<p><a href="#before">A host link</a></p><know-the-signs region="US-CO">${OWN_LINKS}</know-the-signs>${LOADER}<p>After</p>`, { reserve: false });
  await settled(page);
  assert.deepEqual(await view(page), { state: 'ready', folded: true, widgetShown: false, unfold: ['button en: Know the signs and what to do'], focus: null });
  assert.deepEqual(await axe(page), [], 'axe, folded');
  // The host link, the element's two links, then the button.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('know-the-signs').shadowRoot.activeElement?.className), 'kts-unfold');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.activeElement?.getAttribute('aria-expanded') === 'true');
  const after = await view(page);
  assert.deepEqual(after, { state: 'ready', folded: false, widgetShown: true, unfold: [], focus: 'Know the signs expanded=true' });
  assert.ok(await page.locator('know-the-signs .kts-hotline a[href="tel:+18442645437"]').first().isVisible(), "the widget's own hotline");
  assert.deepEqual(await axe(page), [], 'axe, unfolded');
  await ctx.close();
});

test('folded without links of its own: the static hotline in the element\'s language, and a click unfolds it', async () => {
  const { ctx, page } = await open('folded-static', `<know-the-signs region="US-HI" lang="es" layout="banner"></know-the-signs>${LOADER}`, { reserve: false });
  await settled(page);
  assert.deepEqual(await tels(page), ['tel:+18088325300', 'tel:+18883803088', 'tel:911']);
  assert.deepEqual((await view(page)).unfold, ['button es: Conozca las señales y qué hacer']);
  assert.deepEqual(await axe(page), []);
  await page.locator('know-the-signs .kts-unfold').click();
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.activeElement?.getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await view(page), { state: 'ready', folded: false, widgetShown: true, unfold: [], focus: 'Conozca las señales y qué hacer expanded=true' });
  await ctx.close();
});

test('kts:ready on a folded element: the whole widget is built (hidden) and the button is there', async () => {
  const init = `window.__atReady = [];
    document.addEventListener('kts:ready', (e) => { const r = e.target.shadowRoot; window.__atReady.push({ toggles: r.querySelectorAll('.kts-root .kts-toggle').length, unfold: r.querySelectorAll('.kts-unfold').length }); });`;
  const { ctx, page } = await open('folded-ready', `<know-the-signs region="US-CO"></know-the-signs>${LOADER}`, { reserve: false, init });
  await settled(page);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__atReady), [{ toggles: 4, unfold: 1 }]);
  await ctx.close();
});

test('folded with quick exit on: "Exit this page" is in the folded hotline, a real link that leaves', async () => {
  const { ctx, page } = await open('folded-exit', `<know-the-signs region="US-CO" quick-exit="https://www.weather.gov/">${OWN_LINKS}</know-the-signs>${LOADER}`, { reserve: false });
  await settled(page);
  assert.deepEqual((await view(page)).unfold, ['a en: Exit this page', 'button en: Know the signs and what to do']);
  const exit = page.locator('know-the-signs a.kts-unfold');
  assert.equal(await exit.getAttribute('href'), 'https://www.weather.gov/');
  await page.route('https://www.weather.gov/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await exit.click();
  await page.waitForURL('https://www.weather.gov/');
  await ctx.close();
});

test('folded, options changed before unfolding: the static hotline and the unfolded widget follow them', async () => {
  const { ctx, page } = await open('folded-update', `<know-the-signs region="US-CO"></know-the-signs>${LOADER}`, { reserve: false });
  await settled(page);
  await page.locator('know-the-signs').evaluate((el) => el.setAttribute('region', 'US-TX'));
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.querySelector('.folded a[href="tel:+18002525400"]'));
  assert.equal((await view(page)).unfold.length, 1, 'the button is back on the new hotline');
  await page.locator('know-the-signs .kts-unfold').click();
  assert.ok(await page.locator('know-the-signs .kts-hotline a[href="tel:+18002525400"]').first().isVisible(), "Texas's line in the widget");
  await ctx.close();
});

test('folded, and the widget cannot load: the static hotline stays, with no button that would do nothing', async () => {
  const { ctx, page } = await open('folded-404', `<know-the-signs region="US-CO">${OWN_LINKS}</know-the-signs>${LOADER}`, { reserve: false, route: WASM_404 });
  await settled(page);
  const v = await view(page);
  assert.deepEqual({ state: v.state, folded: v.folded, unfold: v.unfold }, { state: 'fallback', folded: true, unfold: [] });
  assert.deepEqual(await tels(page), ['tel:+18442645437', 'tel:911']);
  await ctx.close();
});

// The builder's snippet where its inline style is refused (a strict CSP,
// as in stability.test.mjs, or taken out as here, where axe must run):
// folded, and its own last line, "Know the signs and what to do", is the
// control.
const UNSTYLED = FORM_B.replace(/ style="[^"]*"/, '');
const EXIT = '<p><a href="https://www.weather.gov/" rel="nofollow noreferrer">Exit this page</a></p>';
const snippet = (exit) => (exit ? UNSTYLED.replace('lang="en"', 'lang="en" quick-exit="on"').replace('\n  <p><a href="tel:+1844', `\n  ${EXIT}\n  <p><a href="tel:+1844`) : UNSTYLED);
const COVER_ID = 'kts-exit-cover'; // src/quick_exit/page.rs
const more = (page) => page.locator('know-the-signs a[data-kts-more]');

test("the builder's snippet, folded: its own \"Know the signs\" link unfolds the widget, and nothing is added", async () => {
  const { ctx, page } = await open('folded-snippet', snippet(false), { reserve: false });
  await settled(page);
  assert.deepEqual(await view(page), { state: 'ready', folded: true, widgetShown: false, unfold: [], focus: null });
  assert.deepEqual(await axe(page), [], 'axe, folded');
  // The two numbers, then the link, from the keyboard.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.ktsMore), '');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('know-the-signs').shadowRoot.activeElement?.getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await view(page), { state: 'ready', folded: false, widgetShown: true, unfold: [], focus: 'Know the signs expanded=true' });
  assert.ok(page.url().endsWith('/folded-snippet'), 'the page stayed');
  assert.deepEqual(await axe(page), [], 'axe, unfolded');
  await ctx.close();
});

test("the builder's snippet, folded with quick exit: its own exit link leaves as the widget's does", async () => {
  const { ctx, page } = await open('folded-snippet-exit', snippet(true), { reserve: false });
  await settled(page);
  assert.deepEqual((await view(page)).unfold, []);
  await page.route('https://www.weather.gov/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  // The widget's exit covers the page in the click itself, before leaving;
  // a plain link would not.
  const covered = await page.evaluate((id) => {
    document.querySelector('know-the-signs > p > a[href="https://www.weather.gov/"]').click();
    return document.getElementById(id)?.open;
  }, COVER_ID);
  assert.equal(covered, true);
  await page.waitForURL('https://www.weather.gov/');
  await ctx.close();
});

test("the builder's snippet, and the widget cannot load: its \"Know the signs\" link is a plain link to the region's poster", async () => {
  const { ctx, page } = await open('folded-snippet-404', snippet(false), { reserve: false, headers: strictCsp(o.cdn), route: WASM_404 });
  await settled(page);
  assert.equal(await more(page).evaluate((a) => a.onclick), null);
  const href = await more(page).evaluate((a) => a.href);
  assert.equal(href, `${o.cdn}/v1/posters/us-co-hotline.en.html`);
  await more(page).click();
  await page.waitForURL(href);
  assert.ok(await page.locator('a[href="tel:+18442645437"]').first().isVisible(), 'the poster has the number');
  await ctx.close();
});

// The language is chosen twice, by the same rule: by the loader for its
// static hotline (www/embed.js, before any wasm) and by the widget
// (src/config.rs). A folded element shows both at once, so they can be
// compared: the element's `lang`, else the page's, by primary subtag, in
// any case, else English.
test('the static hotline and the widget choose the same language, by the same rule', async () => {
  const cases = [
    // [the element's lang, the page's lang, the language both must show]
    [null, 'en', 'en'],
    [null, 'es-US', 'es'],
    [null, 'ES', 'es'],
    [null, 'fr', 'en'],
    ['es', 'en', 'es'],
    [' ES-mx ', 'en', 'es'],
    ['es_US', 'en', 'es'],
    ['en', 'es', 'en'],
    ['xx', 'es', 'es'],
    ['', 'es', 'es'],
    ['constructor', 'en', 'en'],
  ];
  for (const [lang, pageLang, want] of cases) {
    const attr = lang === null ? '' : ` lang="${lang}"`;
    const { ctx, page } = await open(`folded-lang-${want}`, `<know-the-signs region="US-TX"${attr}></know-the-signs>${LOADER}`, { reserve: false, lang: pageLang });
    await settled(page);
    const langs = await page.locator('know-the-signs').evaluate((el) => ({
      loader: el.shadowRoot.querySelector('.kts-fallback')?.lang,
      widget: el.shadowRoot.querySelector('.kts-root .kts')?.lang,
    }));
    assert.deepEqual(langs, { loader: want, widget: want }, `lang ${JSON.stringify(lang)} on a page in ${pageLang}`);
    await ctx.close();
  }
});
