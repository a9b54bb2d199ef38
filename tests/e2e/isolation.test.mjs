// Isolation both ways against real-world host CSS: Bootstrap 5, Tailwind's
// preflight, Bulma, normalize.css, WordPress's block-library styles and a
// hostile stylesheet. The widget's computed styles equal those on a clean
// page, and the host's own elements are the same with or without the widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { suite, hostPage, FORM_B, settled, o, browser, open, WASM_404, fetched } from './harness.mjs';

const require = createRequire(import.meta.url);
const VENDOR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../vendor');

// Everything a hostile theme does that could reach a widget.
const HOSTILE = `
  html { font-size: 31px !important; direction: rtl !important; }
  body { font: italic 13px/3 "Comic Sans MS", cursive !important; color: red !important; letter-spacing: 4px !important;
         word-spacing: 9px !important; text-transform: uppercase !important; text-align: right !important;
         text-indent: 30px !important; white-space: pre !important; }
  * { color: #f0f !important; font-family: serif !important; line-height: 0.8 !important; box-sizing: content-box !important; }
  a { display: none !important; color: yellow !important; }
  button { background: red !important; padding: 40px !important; }
  h2, h3 { font-size: 60px !important; }
  ul { list-style: none !important; }
  know-the-signs { font-size: 5px !important; color: green !important;
                   --kts-fg: #fff; --kts-bg: #fff; --kts-accent: #fff; --kts-on-accent: #fff; --kts-link: #fff; --kts-tint: #fff; }
`;

const SHEETS = {
  'Bootstrap 5': () => fs.readFileSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), 'utf8'),
  "Tailwind's preflight": () => fs.readFileSync(require.resolve('tailwindcss/preflight.css'), 'utf8'),
  Bulma: () => fs.readFileSync(require.resolve('bulma/css/bulma.min.css'), 'utf8'),
  'normalize.css': () => fs.readFileSync(require.resolve('normalize.css/normalize.css'), 'utf8'),
  "WordPress's block-library": () => ['common.css', 'style.css', 'theme.css'].map((f) => fs.readFileSync(path.join(VENDOR, 'wp-block-library', f), 'utf8')).join('\n'),
  'a hostile stylesheet with a 31 px root font size': () => HOSTILE,
  'a hostile stylesheet with a 10 px root font size': () => HOSTILE.replace('font-size: 31px', 'font-size: 10px'),
};

const PROBES = ['.kts', '.kts-title', '.kts-call', '.kts-toggle', '.kts-line-name', '.kts-emergency', '.kts-picker select', 'li', 'h4', '.kts-note'];
const PROPS = ['fontSize', 'fontFamily', 'fontStyle', 'fontWeight', 'lineHeight', 'color', 'backgroundColor', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textAlign', 'textIndent', 'whiteSpace', 'direction', 'display', 'visibility', 'paddingTop', 'paddingLeft',
  'marginTop', 'borderTopWidth', 'listStyleType', 'boxSizing', 'width', 'height'];
// Host elements a theme styles, with classes the frameworks use.
const HOST = `<div id="host"><h2 class="title">Host heading</h2><p>Host text <a href="#x">host link</a></p>
  <button class="btn btn-primary button is-primary">Host button</button><ul><li>Host item</li></ul>
  <input class="form-control input" value="host"></div>`;

let clean;
suite(async () => {
  const page = await load('clean', '', `<div id="box">${FORM_B}</div>`);
  clean = await widgetStyles(page);
  await page.close();
});

async function load(name, css, body) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await page.goto(o.page(`/${name}`, hostPage(o, body, { head: `<style>#box{width:400px}</style><style>${css}</style>` })));
  if (body.includes('know-the-signs')) await settled(page);
  return page;
}

/** Computed styles of the widget's parts, with every disclosure open and
 * its words come (src/poster/view.rs). */
async function widgetStyles(page) {
  const el = page.locator('know-the-signs');
  await el.evaluate((e) => e.shadowRoot.querySelectorAll('.kts-toggle').forEach((b) => b.click()));
  await fetched(page);
  return el.evaluate(
    (e, [probes, props]) => probes.map((sel) => {
      const s = getComputedStyle(e.shadowRoot.querySelector(sel));
      return [sel, Object.fromEntries(props.map((p) => [p, s[p]]))];
    }),
    [PROBES, PROPS],
  );
}

/** Computed styles of the host page's own elements. */
function hostStyles(page) {
  return page.evaluate((props) => [...document.querySelectorAll('#host *')].map((e) => {
    const s = getComputedStyle(e);
    return [e.tagName, Object.fromEntries(props.map((p) => [p, s[p]]))];
  }), PROPS);
}

for (const [name, sheet] of Object.entries(SHEETS)) {
  test(`${name}: the widget looks the same, and the page's own elements are untouched`, async () => {
    const css = sheet();
    assert.ok(css.length > 1000 || name.startsWith('a hostile'), `${name} stylesheet loaded`);
    const slug = name.replace(/\W+/g, '-');
    const withWidget = await load(`${slug}-widget`, css, `${HOST}<div id="box">${FORM_B}</div>`);
    assert.deepEqual(await widgetStyles(withWidget), clean);
    assert.ok(await withWidget.locator('know-the-signs .kts-call').isVisible(), 'the hotline is on screen');
    const alone = await load(`${slug}-alone`, css, `${HOST}<div id="box"></div>`);
    assert.deepEqual(await hostStyles(withWidget), await hostStyles(alone));
    await withWidget.close();
    await alone.close();
  });
}

// The element is the page's to place and to hide; inside it, the widget
// keeps its own look.
const hotline = (page) => page.locator('know-the-signs').evaluate((el) => {
  // The widget's call link, or (in fallback) the element's own first link.
  // (Form B has no shadow root until the widget mounts.)
  const a = el.shadowRoot?.querySelector('.kts-call') || el.querySelector('a[href^="tel:"]');
  const r = a.getBoundingClientRect();
  return { width: Math.round(el.getBoundingClientRect().width), link: Math.round(r.width), lines: Math.round(r.height / parseFloat(getComputedStyle(a).lineHeight || 24)) };
});

const SHRINKING = {
  'a centred flex column': '<footer style="display:flex;flex-direction:column;align-items:center">WIDGET</footer>',
  'a flex row': '<div style="display:flex"><span>Logo</span>WIDGET</div>',
  'a float': '<div style="float:left">WIDGET</div><p>Text beside it.</p>',
  'an absolutely placed box': '<div style="position:relative;height:1200px"><div style="position:absolute;top:0;left:0">WIDGET</div></div>',
  'a table cell': '<table><tr><td>WIDGET</td></tr></table>',
};

for (const [name, html] of Object.entries(SHRINKING)) {
  test(`in ${name} (a box as wide as its content) the hotline keeps a readable width, loading, ready and in fallback`, async () => {
    for (const wasm of ['loading', 'ready', 'fallback']) {
      // Loading: the wasm is held back, never answered.
      let requested;
      const asked = new Promise((resolve) => (requested = resolve));
      const held = { match: /\.wasm$/, handle: () => requested() };
      const { ctx, page } = await open(`shrink-${name.replace(/\W+/g, '-')}-${wasm}`, html.replace('WIDGET', FORM_B), {
        context: { viewport: { width: 1024, height: 900 } },
        route: { loading: held, fallback: WASM_404 }[wasm],
      });
      if (wasm === 'loading') await asked;
      else await settled(page);
      assert.equal(await page.locator('know-the-signs').getAttribute('data-state'), wasm);
      const { width, link } = await hotline(page);
      assert.ok(width >= 320, `${name}, ${wasm}: the element is ${width} px wide`);
      assert.ok(link >= 200, `${name}, ${wasm}: the hotline link is ${link} px wide`);
      await ctx.close();
    }
  });
}

test('a narrow shrinking box: the element is no wider than the room there is', async () => {
  const { ctx, page } = await open('shrink-narrow', `<div style="display:flex;flex-direction:column;align-items:center;width:280px">${FORM_B}</div>`);
  await settled(page);
  assert.equal((await hotline(page)).width, 280);
  await ctx.close();
});

test('the page can hide the element (display:none, a class, a hidden tab) and nothing in it is focusable then', async () => {
  const cases = {
    'an inline display:none': [`<div>${FORM_B}</div>`, (el) => { el.style.display = 'none'; }],
    "a framework's .d-none with !important": [`<style>.d-none{display:none!important}</style><div>${FORM_B}</div>`, (el) => el.classList.add('d-none')],
    'a hidden tab (visibility:hidden on an ancestor)': [`<div id="tab" style="visibility:hidden;position:absolute">${FORM_B}</div>`, null],
  };
  for (const [name, [html, hide]] of Object.entries(cases)) {
    const { ctx, page } = await open(`hide-${name.replace(/\W+/g, '-')}`, `<button id="before">Before</button>${html}<button id="after">After</button>`);
    await settled(page);
    if (hide) await page.locator('know-the-signs').evaluate(hide);
    assert.equal(await page.locator('know-the-signs .kts-call').isVisible(), false, `${name}: hidden`);
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'after', `${name}: Tab skips the hidden widget`);
    await ctx.close();
  }
});

test("a page's own custom properties (--x, --h) do not change the widget's height", async () => {
  const heights = [];
  for (const css of ['', ':root{--x:400px;--h:2000px}']) {
    const { ctx, page } = await open(`vars-${heights.length}`, `<style>${css}</style>${FORM_B}`);
    await settled(page);
    heights.push(await page.locator('know-the-signs').evaluate((el) => el.getBoundingClientRect().height));
    await ctx.close();
  }
  assert.equal(heights[1], heights[0]);
});
