// What a reader gets on a real partner page: keyboard path, accessibility
// (axe-core inside the shadow root), a look the host CSS cannot change, and
// no tracking of any kind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startOrigins, launch, hostPage, FORM_B, settled } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let o;
let browser;

before(async () => {
  o = await startOrigins();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await o?.close();
});

async function ready(name, body, options = {}) {
  const ctx = await browser.newContext(options.context || {});
  const page = await ctx.newPage();
  await page.goto(o.page(`/${name}`, hostPage(o, body, options)));
  await settled(page);
  return { ctx, page };
}

/** The focused element, looking through shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      cls: el.className,
      href: el.getAttribute('href'),
      expanded: el.getAttribute('aria-expanded'),
      outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
    };
  });
}

test('keyboard only: the call link is the first Tab stop, then 911 and the picker; disclosures open with Enter and Space, focus is visible', async () => {
  const { ctx, page } = await ready('keyboard', FORM_B);
  await page.keyboard.press('Tab');
  let f = await focused(page);
  assert.equal(f.href, 'tel:+18442645437', 'first Tab reaches the hotline');
  assert.match(f.outline, /^solid [3-9]/, 'focus is visible');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).href, 'tel:911');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).tag, 'SELECT', 'then the region picker');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.equal(f.tag, 'BUTTON');
  assert.equal(f.expanded, 'false');
  assert.match(f.outline, /^solid [3-9]/);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  assert.equal((await focused(page)).expanded, 'true', 'Enter opens');
  const shown = await page.locator('know-the-signs').evaluate((el) => !el.shadowRoot.querySelector('#kts-signs').hidden);
  assert.ok(shown);
  await page.keyboard.press('Space');
  await page.waitForTimeout(50);
  assert.equal((await focused(page)).expanded, 'false', 'Space closes');
  await ctx.close();
});

test('axe-core finds no WCAG 2.x A/AA violation, closed or with every disclosure open', async () => {
  const { ctx, page } = await ready('axe', FORM_B);
  await page.addScriptTag({ path: AXE });
  const run = () =>
    page.evaluate(async () => {
      const r = await window.axe.run(
        { include: [['know-the-signs']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      );
      return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: r.passes.length };
    });
  const closed = await run();
  assert.deepEqual(closed.violations, []);
  assert.ok(closed.passes > 5, 'axe really checked the shadow root');
  await page.locator('know-the-signs').evaluate((el) => el.shadowRoot.querySelectorAll('.kts-toggle').forEach((b) => b.click()));
  await page.waitForTimeout(50);
  assert.deepEqual((await run()).violations, []);
  await ctx.close();
});

// Everything a hostile theme does that could reach a widget.
const HOSTILE = `<style>
  html { font-size: 31px !important; direction: rtl !important; }
  body { font: italic 13px/3 "Comic Sans MS", cursive !important; color: red !important; letter-spacing: 4px !important;
         word-spacing: 9px !important; text-transform: uppercase !important; text-align: right !important;
         text-indent: 30px !important; white-space: pre !important; }
  * { color: #f0f !important; font-family: serif !important; line-height: 0.8 !important; box-sizing: content-box !important; }
  a { display: none !important; color: yellow !important; }
  button { background: red !important; padding: 40px !important; }
  h2, h3 { font-size: 60px !important; }
  ul { list-style: none !important; }
  know-the-signs { font-size: 5px !important; color: green !important; display: none !important; visibility: hidden !important; }
</style>`;
const PROBES = ['.kts-title', '.kts-call', '.kts-toggle', '.kts-line-name', '.kts-emergency', 'li'];
const PROPS = ['fontSize', 'fontFamily', 'fontStyle', 'lineHeight', 'color', 'backgroundColor', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textAlign', 'textIndent', 'whiteSpace', 'direction', 'display', 'visibility', 'paddingTop', 'listStyleType'];

function styles(page) {
  return page.locator('know-the-signs').evaluate(
    (el, [probes, props]) => {
      el.shadowRoot.querySelectorAll('.kts-toggle').forEach((b) => b.click());
      return new Promise((r) => setTimeout(r, 30)).then(() =>
        probes.map((sel) => {
          const s = getComputedStyle(el.shadowRoot.querySelector(sel));
          return [sel, Object.fromEntries(props.map((p) => [p, s[p]]))];
        }),
      );
    },
    [PROBES, PROPS],
  );
}

test('a hostile host stylesheet changes nothing inside the widget', async () => {
  const clean = await ready('clean', `<div id="box">${FORM_B}</div>`, { head: '<style>#box{width:400px}</style>' });
  const hostile = await ready('hostile', `<div id="box">${FORM_B}</div>`, { head: `<style>#box{width:400px}</style>${HOSTILE}` });
  const [a, b] = [await styles(clean.page), await styles(hostile.page)];
  assert.deepEqual(b, a);
  // And the hotline is on screen, though the host hides `a` and the element.
  assert.ok(await hostile.page.locator('know-the-signs').first().locator('.kts-call').isVisible());
  await clean.ctx.close();
  await hostile.ctx.close();
});

test("the widget's CSS does not touch the host page", async () => {
  const body = '<p id="p">Host text</p><button id="b">Host button</button><a id="a" href="#x">Host link</a><ul id="u"><li>x</li></ul>';
  const probe = (page) =>
    page.evaluate(() =>
      ['p', 'b', 'a', 'u'].map((id) => {
        const s = getComputedStyle(document.getElementById(id));
        return [id, s.font, s.color, s.margin, s.padding, s.outlineStyle, s.boxSizing, s.textDecorationLine];
      }),
    );
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(o.page('/host-alone', hostPage(o, body)));
  const before = await probe(page);
  await page.goto(o.page('/host-with-widget', hostPage(o, body + FORM_B)));
  await settled(page);
  assert.deepEqual(await probe(page), before);
  await ctx.close();
});

test('no tracking: only the two origins are contacted; no cookie, no storage of any kind', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(o.page('/privacy', hostPage(o, FORM_B)));
  await settled(page);
  // Open everything and tap every link (dialling is blocked, not the tap).
  await page.locator('know-the-signs').evaluate((el) => {
    el.shadowRoot.addEventListener('click', (e) => e.preventDefault());
    el.shadowRoot.querySelectorAll('button, a').forEach((n) => n.click());
  });
  await page.waitForTimeout(300);
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [o.cdn, o.host].sort());
  assert.deepEqual(await ctx.cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, idb: 0, caches: 0 });
  await ctx.close();
});
