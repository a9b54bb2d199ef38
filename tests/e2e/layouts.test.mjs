// Layouts, themes and accents, proven accessible: axe-core (inside the shadow
// root) for every layout x theme x language, the keyboard paths, the dialog's
// focus handling, narrow containers, zoom, reduced motion and print. Writes
// screenshots of each layout at 360 and 1024 px for a person to look at.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { suite, hostPage, settled, o, browser, LOADER } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-results/screenshots');
const LAYOUTS = ['panel', 'banner', 'button'];
const THEMES = [['light', 'light'], ['dark', 'light'], ['auto', 'dark']]; // [attribute, the reader's preference]
suite(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
});
after(() => {
  console.log(`# screenshots: ${SHOTS}`);
});

async function open(name, attrs, { width = 1024, scheme = 'light', reducedMotion = 'no-preference', head = '' } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion });
  await page.goto(o.page(`/${name}`, hostPage(o, `<p><a href="#before">A host link</a></p><know-the-signs ${attrs}></know-the-signs>${LOADER}`, { head })));
  await settled(page);
  return page;
}

const shadow = (page, fn, arg) => page.locator('know-the-signs').evaluate(fn, arg);
const openAll = (page) => shadow(page, (el) => el.shadowRoot.querySelectorAll('.kts-toggle').forEach((b) => b.click()));

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run({ include: [['know-the-signs']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: r.passes.length };
  });
}

for (const layout of LAYOUTS) {
  for (const [theme, scheme] of THEMES) {
    for (const lang of ['en', 'es']) {
      test(`axe: no WCAG 2.x A/AA violation, layout=${layout} theme=${theme} (reader prefers ${scheme}) lang=${lang}`, async () => {
        const page = await open(`axe-${layout}-${theme}-${lang}`, `layout="${layout}" theme="${theme}" lang="${lang}"`, { scheme });
        if (layout === 'button') await shadow(page, (el) => el.shadowRoot.querySelector('.kts-launcher').click());
        await openAll(page);
        await page.waitForTimeout(50);
        const result = await axe(page);
        assert.deepEqual(result.violations, []);
        assert.ok(result.passes > 5, 'axe really looked inside the shadow root');
        await page.close();
      });
    }
  }
}

test('axe: accents chosen to be hard (white, black, yellow, mid grey) stay readable', async () => {
  for (const accent of ['#ffffff', 'black', 'yellow', 'rgb(128, 128, 128)', 'hsl(200 100% 50%)']) {
    for (const [theme, scheme] of THEMES) {
      const page = await open(`accent-${theme}`, `accent="${accent}" theme="${theme}"`, { scheme });
      await openAll(page);
      assert.deepEqual((await axe(page)).violations, [], `accent ${accent}, theme ${theme}`);
      await page.close();
    }
  }
});

/** The focused element, looking through shadow roots and dialogs. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el.tagName, cls: el.className, href: el.getAttribute('href'), inDialog: !!el.closest('dialog') };
  });
}

test('banner: the call link is the second Tab stop; "Know the signs" opens below with Enter', async () => {
  const page = await open('kb-banner', 'layout="banner"');
  await page.keyboard.press('Tab'); // the host's own link
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).href, 'tel:+18442645437');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).href, 'tel:911');
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).cls, /kts-toggle/);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  assert.ok(await shadow(page, (el) => getComputedStyle(el.shadowRoot.querySelector('#kts-more')).display !== 'none'));
  await page.close();
});

test('banner: a number a reader could mistake says which line it is, on screen and to screen readers', async () => {
  const cases = [
    ['US-HI', 'en', [['tel:+18088325300', '(Oʻahu)'], ['tel:+18883803088', '(Neighbor Islands)']]],
    ['US-ND', 'es', [['tel:+18339583500', '(lun.–vie., 8–17 h, hora del Centro)']]],
    ['US-AL', 'en', [['tel:+18883737888', '(national trafficking hotline)']]],
    ['US-CO', 'en', [['tel:+18442645437', null]]],
  ];
  for (const [region, lang, calls] of cases) {
    const page = await open(`bar-labels-${region}`, `layout="banner" region="${region}" lang="${lang}"`, { width: 320 });
    const seen = await shadow(page, (el) => [...el.shadowRoot.querySelectorAll('.kts-bar-leads a')].map((a) => [a.getAttribute('href'), a.innerText, a.getAttribute('aria-label'), a.querySelectorAll('.kts-which').length]));
    assert.deepEqual(seen.map(([href]) => href), calls.map(([href]) => href), region);
    seen.forEach(([, shown, heard, labels], i) => {
      const label = calls[i][1];
      if (label) {
        assert.ok(shown.includes(label), `${region}: "${shown}" shows ${label}`);
        assert.ok(heard.includes(label), `${region}: "${heard}" says ${label}`);
      } else {
        assert.equal(labels, 0, `${region}: no label on "${shown}"`);
      }
    });
    const scroll = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(scroll <= 320, `${region} at 320 px scrolls to ${scroll}`);
    const result = await axe(page);
    assert.deepEqual(result.violations, [], region);
    await page.close();
  }
});

test('button: the dialog opens from the keyboard, keeps focus inside, closes on Escape and returns focus', async () => {
  const page = await open('kb-button', 'layout="button"');
  await page.evaluate(() => {
    window.__events = [];
    for (const n of ['kts:open', 'kts:close']) document.addEventListener(n, () => window.__events.push(n));
  });
  assert.equal(await shadow(page, (el) => el.shadowRoot.querySelector('dialog').open), false, 'nothing opens by itself');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).cls, /kts-launcher/);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  assert.equal(await shadow(page, (el) => el.shadowRoot.querySelector('dialog').open), true);
  let f = await focused(page);
  assert.ok(f.inDialog, `focus moved into the dialog (${f.tag}.${f.cls})`);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.ok(f.inDialog || f.tag === 'BODY' || f.tag === 'HTML', `Tab ${i + 1} left the dialog for ${f.tag}.${f.cls}`);
    assert.notEqual(f.href, '#before', 'the page behind is inert');
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(50);
  assert.equal(await shadow(page, (el) => el.shadowRoot.querySelector('dialog').open), false);
  assert.match((await focused(page)).cls, /kts-launcher/, 'focus returns to the launcher');
  assert.deepEqual(await page.evaluate(() => window.__events), ['kts:open', 'kts:close']);
  await page.close();
});

test('button: a dialog open when the element is removed or its layout changes still reports kts:close', async () => {
  const page = await open('close-on-remove', 'layout="button"');
  const opened = () => page.locator('know-the-signs').evaluate(async (el) => {
    el.shadowRoot.querySelector('.kts-launcher').click();
    await new Promise((r) => setTimeout(r, 50));
    return el.shadowRoot.querySelector('dialog').open;
  });
  await page.evaluate(() => {
    window.__events = [];
    const el = document.querySelector('know-the-signs');
    for (const n of ['kts:open', 'kts:close']) el.addEventListener(n, () => window.__events.push(n));
  });
  assert.equal(await opened(), true);
  await page.locator('know-the-signs').evaluate((el) => el.setAttribute('layout', 'panel'));
  await page.waitForTimeout(100);
  await page.locator('know-the-signs').evaluate((el) => el.setAttribute('layout', 'button'));
  await page.waitForTimeout(100);
  assert.equal(await opened(), true);
  await page.locator('know-the-signs').evaluate((el) => el.remove());
  await page.waitForTimeout(100);
  assert.deepEqual(await page.evaluate(() => window.__events), ['kts:open', 'kts:close', 'kts:open', 'kts:close']);
  await page.close();
});

test('call links are read as digits by screen readers, after the words on screen', async () => {
  const page = await open('names', '');
  const names = await shadow(page, (el) => [...el.shadowRoot.querySelectorAll('.kts-hotline a')].map((a) => a.getAttribute('aria-label')));
  assert.deepEqual(names, ['Call 1-844-CO-4-KIDS: 1, 8 4 4, 2 6 4, 5 4 3 7', '911: 9 1 1']);
  await page.close();
});

test('heading-level fits the host outline', async () => {
  const page = await open('headings', 'heading-level="4"');
  const tags = await shadow(page, (el) => ({
    title: el.shadowRoot.querySelector('.kts-title').tagName,
    section: el.shadowRoot.querySelector('.kts-disclosure-heading').tagName,
  }));
  assert.deepEqual(tags, { title: 'H4', section: 'H5' });
  await page.close();
});

test('usable from a 280 px container and at 320 px width without horizontal scrolling', async () => {
  for (const layout of ['panel', 'banner']) {
    const narrow = await open(`narrow-${layout}`, `layout="${layout}"`, { width: 1024, head: '<style>know-the-signs{width:280px}</style>' });
    await openAll(narrow);
    const overflow = await shadow(narrow, (el) => [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 1).map((n) => n.className || n.tagName));
    assert.deepEqual(overflow, [], `${layout} in 280 px`);
    await narrow.close();
    const phone = await open(`phone-${layout}`, `layout="${layout}"`, { width: 320 });
    await openAll(phone);
    const scroll = await phone.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(scroll <= 320, `${layout} at 320 px scrolls to ${scroll}`);
    await phone.close();
  }
});

test('reduced motion turns the chevron animation off', async () => {
  const still = await open('still', '', { reducedMotion: 'reduce' });
  assert.equal(await shadow(still, (el) => getComputedStyle(el.shadowRoot.querySelector('.kts-chevron')).transitionDuration), '0s');
  const moving = await open('moving', '');
  assert.notEqual(await shadow(moving, (el) => getComputedStyle(el.shadowRoot.querySelector('.kts-chevron')).transitionDuration), '0s');
  await still.close();
  await moving.close();
});

test('print shows the hotline and every section box open, without controls', async () => {
  const page = await open('print', '');
  await page.emulateMedia({ media: 'print' });
  const shown = await shadow(page, (el) => ({
    bodies: [...el.shadowRoot.querySelectorAll('.kts-disclosure-body')].map((b) => getComputedStyle(b).display),
    picker: getComputedStyle(el.shadowRoot.querySelector('.kts-picker')).display,
    hotline: getComputedStyle(el.shadowRoot.querySelector('.kts-hotline')).display,
  }));
  assert.ok(shown.bodies.every((d) => d === 'block'), JSON.stringify(shown.bodies));
  assert.equal(shown.picker, 'none');
  assert.equal(shown.hotline, 'block');
  await page.close();
});

test('screenshots of each layout at 360 and 1024 px', async () => {
  for (const layout of LAYOUTS) {
    for (const width of [360, 1024]) {
      const page = await open(`shot-${layout}-${width}`, `layout="${layout}"`, { width });
      if (layout === 'button') await shadow(page, (el) => el.shadowRoot.querySelector('.kts-launcher').click());
      else await shadow(page, (el) => el.shadowRoot.querySelector('.kts-toggle').click());
      await page.waitForTimeout(100);
      const file = path.join(SHOTS, `${layout}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(fs.statSync(file).size > 1000);
      await page.close();
    }
  }
});

test('banner: in the accessibility tree, the live part holds the region\'s line and not 911', async () => {
  // Its box is `display: contents` (the links stay the bar's flex items):
  // the browser must still expose it as a live region.
  const page = await open('banner-live', 'layout="banner"');
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const live = nodes.filter((n) => !n.ignored && n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite'));
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const inside = (n, ancestor) => { for (let p = n; p; p = byId.get(p.parentId)) if (p === ancestor) return true; return false; };
  const links = nodes.filter((n) => n.role?.value === 'link');
  const call = (url) => links.find((n) => n.properties?.some((p) => p.name === 'url' && p.value.value === url));
  const bar = live.find((n) => inside(call('tel:+18442645437'), n));
  assert.ok(bar, 'a polite live region holds the Colorado line');
  assert.ok(!inside(call('tel:911'), bar), '911 is outside it');
  await page.close();
});
