// No layout shift. The builder's form B snippet reserves the
// widget's space from the first paint (an inline style, src/reserve.rs);
// the loader leaves it as the page drew it, and the widget keeps it once it
// has mounted, so the host's text below never moves. The floating button takes
// no space; if the widget cannot load, the space is given back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, WASM_404, open, builder, code, choose, o, strictCsp, FORM_A, FORM_B, LOADER } from './harness.mjs';

/** Snippet B from the builder for each shape, read once. */
const SNIPPETS = {};
const SHAPES = {
  'panel, Colorado, English': { region: 'US-CO', lang: 'en', layout: /^Panel/, theme: /^Auto/, exit: 'Off' },
  'panel, Hawaii (two lines), Spanish': { region: 'US-HI', lang: 'es', layout: /^Panel/, theme: /^Auto/, exit: 'Off' },
  'banner, Washington, Spanish, quick exit': { region: 'US-WA', lang: 'es', layout: /^Banner/, theme: /^Auto/, exit: /^On: leaves/ },
  'banner, Hawaii, English': { region: 'US-HI', lang: 'en', layout: /^Banner/, theme: /^Auto/, exit: 'Off' },
  // Its weekday hours in the bar: a group of its own (src/reserve.rs).
  'banner, North Dakota, Spanish': { region: 'US-ND', lang: 'es', layout: /^Banner/, theme: /^Auto/, exit: 'Off' },
  // Three lines, by county: a group of its own.
  'panel, Nevada (three county lines), English': { region: 'US-NV', lang: 'en', layout: /^Panel/, theme: /^Auto/, exit: 'Off' },
  'banner, Nevada, Spanish, quick exit': { region: 'US-NV', lang: 'es', layout: /^Banner/, theme: /^Auto/, exit: /^On: leaves/ },
  // No line of its own: the national lines, the directory, and more words.
  'panel, California (some counties\' lines), Spanish, quick exit': { region: 'US-CA', lang: 'es', layout: /^Panel/, theme: /^Auto/, exit: /^On: leaves/ },
  'panel, Alabama (no state line), Spanish, quick exit': { region: 'US-AL', lang: 'es', layout: /^Panel/, theme: /^Auto/, exit: /^On: leaves/ },
  'panel, anywhere in the US, English': { region: 'US', lang: 'en', layout: /^Panel/, theme: /^Auto/, exit: 'Off' },
  // The other views: one more section for a young reader, and its quick exit.
  'panel, Texas, English, youth view': { region: 'US-TX', lang: 'en', layout: /^Panel/, theme: /^Auto/, audience: /^A child or teen/, exit: /^On: leaves/ },
  'panel, Colorado, Spanish, reporter view': { region: 'US-CO', lang: 'es', layout: /^Panel/, theme: /^Auto/, audience: /^Someone who must report/, exit: 'Off' },
  'floating button': { region: 'US-CO', lang: 'en', layout: /^Button/, theme: /^Auto/, exit: 'Off' },
};

suite(async () => {
  const { ctx, page } = await builder({ clipboard: false });
  for (const [name, ui] of Object.entries(SHAPES)) {
    await choose(page, ui);
    SNIPPETS[name] = await code(page, 'element');
  }
  await ctx.close();
});

const para = (i) => `<p>Paragraph ${i} of the partner's text. ${'Words that wrap over several lines of the page. '.repeat(4)}</p>`;

/** Loads `snippet` in an article at `width`, the loader held back until the
 * page has painted its own links (a slow network) and the wasm until the
 * loader's hotline is up; returns every layout shift and where the text
 * below the widget was at each stage. */
async function load(name, snippet, width, { reserve, headers } = {}) {
  const gates = { js: null, wasm: null };
  const held = (kind) => async (route) => {
    await new Promise((open) => (gates[kind] = open));
    await route.continue();
  };
  const { ctx, page } = await open(name, `${para(0)}${snippet}<p id="below">The partner's text</p>${para(1)}`, {
    context: { viewport: { width, height: 900 } },
    waitUntil: 'domcontentloaded',
    reserve,
    headers,
    route: { match: /embed\.js$|\.wasm$/, handle: (route) => held(route.request().url().endsWith('.wasm') ? 'wasm' : 'js')(route) },
  });
  await page.evaluate(() => {
    window.__shifts = [];
    // Each shift with what moved, for the failure message.
    const what = (s) => `${s.node?.nodeName}.${s.node?.className || ''} y ${s.previousRect.y}->${s.currentRect.y} h ${s.previousRect.height}->${s.currentRect.height}`;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)}ms: ${e.sources.map(what).join('; ')}`))).observe({ type: 'layout-shift', buffered: true });
  });
  const below = () => page.locator('#below').evaluate((p) => Math.round(p.getBoundingClientRect().top + scrollY));
  // The page has painted its own links before the loader arrives.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const at = { painted: await below() };
  while (!gates.js) await page.waitForTimeout(20);
  gates.js();
  await page.waitForFunction(() => document.querySelector('know-the-signs')?.dataset.state === 'loading');
  at.loading = await below();
  while (!gates.wasm) await page.waitForTimeout(20);
  gates.wasm();
  await settled(page);
  await page.waitForTimeout(200);
  at.ready = await below();
  const shifts = await page.evaluate(() => window.__shifts);
  const state = await page.locator('know-the-signs').getAttribute('data-state');
  // The control that unfolds a folded widget: the widget's button, or the
  // builder's snippet's own "Know the signs" link, which the widget takes.
  const folded = (await page.locator('know-the-signs button.kts-unfold').count()) + (await page.locator('know-the-signs a[data-kts-more]').evaluateAll((links) => links.filter((a) => a.onclick).length));
  const score = await page.evaluate(() => window.__shifts.reduce((sum, s) => sum + parseFloat(s), 0));
  await ctx.close();
  return { at, shifts, state, folded, score };
}

const FLOATING = 'floating button';

for (const width of [320, 360, 480, 1280]) {
  for (const shape of Object.keys(SHAPES).filter((s) => s !== FLOATING)) {
    test(`builder's snippet, ${shape}, ${width}px: nothing moves, from the first paint to the whole widget`, async () => {
      const { at, shifts, state } = await load(`shift-${width}-${shape.replace(/\W+/g, '-')}`, SNIPPETS[shape], width);
      assert.equal(state, 'ready');
      assert.deepEqual(shifts, [], `text below at ${JSON.stringify(at)}`);
      assert.equal(at.loading, at.painted, JSON.stringify(at));
      assert.equal(at.ready, at.painted, JSON.stringify(at));
    });
  }
}

// The button's links are in the page's flow until the loader floats them
// (without JavaScript they must be somewhere readable): one shift, when the
// loader arrives, and none after.
test('builder\'s snippet, floating button: the text moves once, when the loader floats the links', async () => {
  const { at, shifts, state } = await load('shift-button', SNIPPETS[FLOATING], 480);
  assert.equal(state, 'ready');
  assert.ok(at.loading < at.painted, JSON.stringify(at));
  assert.equal(at.ready, at.loading, JSON.stringify(at));
  assert.equal(shifts.length, 1, shifts.join('\n'));
});

test('the tests\' and the benchmark\'s form B is the builder\'s snippet', () => {
  assert.equal(SNIPPETS['panel, Colorado, English'], FORM_B.replaceAll('CDN', `${o.cdn}/v1`));
});

test('the snippet reserves space only for the layouts that take it', () => {
  assert.match(SNIPPETS['panel, Colorado, English'], /<know-the-signs [^>]*style="display:flow-root;min-height:calc\(/);
  assert.doesNotMatch(SNIPPETS['floating button'], /style=/);
});

test('a bare element (no inline style) keeps the loader\'s reservation when the widget mounts', async () => {
  for (const [attrs, width] of [['', 360], ['lang="es" region="US-HI" quick-exit="on"', 1024], ['layout="banner"', 480]]) {
    const { at, state } = await load(`shift-bare-${width}`, `<know-the-signs ${attrs}></know-the-signs><script src="CDN/embed.js" async></script>`, width);
    assert.equal(state, 'ready');
    assert.equal(at.ready, at.loading, `${attrs || 'panel'} at ${width}px: ${JSON.stringify(at)}`);
  }
});

test('if the widget cannot load, the reserved space is given back, even the snippet\'s own', async () => {
  for (const snippet of ['<know-the-signs></know-the-signs><script src="CDN/embed.js" async></script>', SNIPPETS['panel, Colorado, English']]) {
    const { ctx, page } = await open('shift-fallback', snippet, { route: WASM_404 });
    await settled(page);
    const height = await page.locator('know-the-signs').evaluate((e) => e.getBoundingClientRect().height);
    assert.ok(height < 250, `${height}px for ${snippet.slice(0, 60)}`);
    await ctx.close();
  }
});

// Every other documented way in: nothing reserves the widget's height before
// the loader runs, so the widget starts folded (src/widget/fold.rs). Its first view
// is what the page drew, with one button at its end: the loader moves
// nothing, and the button takes a line of the page's text of its own only
// where the last line has no room for it. The rest moves only when the
// reader unfolds the widget.
const LINE = 24; // one line of this page's text, at most
const OWN_LINKS = '<a href="tel:+18442645437">Colorado Child Abuse and Neglect Hotline: 1-844-CO-4-KIDS (1-844-264-5437)</a> <a href="tel:911">Child in immediate danger: call 911</a>';
const UNRESERVED = {
  'form B as the embed contract shows it': { snippet: `<know-the-signs region="US-CO" lang="en">${OWN_LINKS}</know-the-signs>${LOADER}` },
  'form B, banner, Spanish': {
    snippet: `<know-the-signs region="US-CO" lang="es" layout="banner"><a href="tel:+18442645437">Línea de Colorado: 1-844-CO-4-KIDS (1-844-264-5437)</a> <a href="tel:911">Niño en peligro inmediato: llame al 911</a></know-the-signs>${LOADER}`,
  },
  'form B, Hawaii, quick exit': {
    snippet: `<know-the-signs region="US-HI" quick-exit="on"><a href="tel:+18088325300">Oʻahu: 808-832-5300</a> <a href="tel:+18883803088">Neighbor Islands: 1-888-380-3088</a> <a href="tel:911">911</a></know-the-signs>${LOADER}`,
  },
  'form B in a 280 px column': { snippet: `<div style="max-width:280px"><know-the-signs region="US-CO" lang="en">${OWN_LINKS}</know-the-signs>${LOADER}</div>` },
  "the builder's snippet under a strict CSP (its style refused)": { snippet: 'panel, Colorado, English', csp: true },
};

for (const width of [320, 412, 1280]) {
  for (const [name, { snippet, csp }] of Object.entries(UNRESERVED)) {
    test(`${name}, ${width}px: folded, at most the button's line moves, from the first paint to the whole widget`, async () => {
      const { at, shifts, state, folded, score } = await load(`folded-${width}-${name.replace(/\W+/g, '-')}`, csp ? SNIPPETS[snippet] : snippet, width, {
        reserve: false,
        headers: csp ? strictCsp(o.cdn) : undefined,
      });
      assert.equal(state, 'ready');
      assert.equal(folded, 1, 'the unfold button');
      assert.equal(at.loading, at.painted, `the loader moves nothing: ${JSON.stringify(at)}`);
      if (csp) {
        // The snippet's own last line unfolds it: nothing is added.
        assert.deepEqual(shifts, [], `text below at ${JSON.stringify(at)}`);
        assert.equal(at.ready, at.painted, JSON.stringify(at));
      }
      assert.ok(at.ready - at.painted <= LINE, `text below at ${JSON.stringify(at)}`);
      assert.ok(shifts.length <= 1 && score < 0.01, shifts.join('\n'));
    });
  }
}

// Form A (and an element the page leaves empty) has nothing where the widget
// goes until the loader runs: its folded hotline moves the text below once,
// by a few lines, and the button at most by one more.
for (const [name, body] of [['form A', FORM_A], ['an empty element', `<know-the-signs region="US-TX"></know-the-signs>${LOADER}`]]) {
  test(`${name}: folded, the text moves by the static hotline, and then at most by the button's line`, async () => {
    for (const width of [320, 1280]) {
      const { at, shifts, state, folded, score } = await load(`folded-a-${width}`, body, width, { reserve: false });
      assert.equal(state, 'ready');
      assert.equal(folded, 1);
      assert.ok(shifts.length >= 1 && shifts.length <= 2, shifts.join('\n'));
      assert.ok(score < 0.1, `layout shift ${score} at ${width}px`);
      assert.ok(at.ready - at.loading <= LINE, JSON.stringify(at));
    }
  });
}
