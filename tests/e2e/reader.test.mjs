// What a reader gets on a real partner page: keyboard path, accessibility
// (axe-core inside the shadow root) and no tracking of any kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { suite, hostPage, FORM_B, settled, o, browser } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
suite();

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
      text: el.textContent,
      outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
    };
  });
}

test('keyboard only: the call link is the first Tab stop, then 911, the switch between views and the picker; disclosures open with Enter and Space, focus is visible', async () => {
  const { ctx, page } = await ready('keyboard', FORM_B);
  await page.keyboard.press('Tab');
  let f = await focused(page);
  assert.equal(f.href, 'tel:+18442645437', 'first Tab reaches the hotline');
  assert.match(f.outline, /^solid [3-9]/, 'focus is visible');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).href, 'tel:911');
  for (const view of ['Is this happening to you?', 'I work with children']) {
    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.equal(f.text, view, 'then the switch');
    assert.match(f.outline, /^solid [3-9]/);
  }
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
  const shown = () => page.locator('know-the-signs').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('#kts-signs')).display !== 'none');
  assert.ok(await shown());
  await page.keyboard.press('Space');
  await page.waitForTimeout(50);
  assert.equal((await focused(page)).expanded, 'false', 'Space closes');
  assert.equal(await shown(), false, 'and hides the signs again');
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

test('no tracking: over a full interaction only the two origins are contacted; no cookie, no storage, no permission asked', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    // Spies on every API that could prompt the reader or locate them.
    window.__asked = [];
    const spy = (obj, name) => {
      if (obj && typeof obj[name] === 'function') {
        const real = obj[name].bind(obj);
        obj[name] = (...args) => (window.__asked.push(name), real(...args));
      }
    };
    spy(navigator.geolocation, 'getCurrentPosition');
    spy(navigator.geolocation, 'watchPosition');
    spy(navigator.permissions, 'query');
    spy(window.Notification, 'requestPermission');
    spy(navigator.mediaDevices, 'getUserMedia');
    spy(navigator, 'sendBeacon');
  });
  const page = await ctx.newPage();
  const requests = [];
  const dialogs = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => (dialogs.push(d.type()), d.dismiss()));
  await page.goto(o.page('/privacy', hostPage(o, FORM_B)));
  await settled(page);
  const el = page.locator('know-the-signs');
  // Links may be followed only within the page: block every navigation.
  await el.evaluate((e) => e.shadowRoot.addEventListener('click', (ev) => ev.preventDefault()));
  // Every control but "Exit this page" (which the youth view turns on): it
  // leaves for its neutral site by design (quick-exit.test.mjs).
  const clickAll = () => el.evaluate((e) => e.shadowRoot.querySelectorAll('button, a:not(.kts-exit-link)').forEach((n) => n.click()));
  await clickAll();
  for (const region of ['US-TX', 'US-AL', 'US', 'US-HI']) {
    await el.locator('.kts-picker select').selectOption(region);
    await clickAll();
  }
  await el.evaluate((e) => e.setAttribute('lang', 'es'));
  await page.waitForTimeout(50);
  await clickAll();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [o.cdn, o.host].sort());
  assert.deepEqual(await ctx.cookies(), []);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    asked: window.__asked,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: 0, caches: 0, asked: [] });
  assert.deepEqual(dialogs, []);
  await ctx.close();
});

test("the widget follows the reader's default font size, and the host page's root font size does not reach it", async () => {
  // A browser profile whose reader chose larger text (24px, not 16px).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-font-'));
  fs.mkdirSync(path.join(profile, 'Default'));
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: 24 } } }));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await ctx.newPage();
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\.wasm$/, async (r) => { await held; await r.continue(); });
    // A host that sets its root to 10px (the "62.5%" habit).
    await page.goto(o.page('/font-size', hostPage(o, '<style>html{font-size:62.5%}</style><know-the-signs></know-the-signs><script src="CDN/embed.js" async></script>')));
    const size = (selector) => page.locator('know-the-signs').evaluate((e, s) => getComputedStyle(e.shadowRoot.querySelector(s)).fontSize, selector);
    await page.waitForFunction(() => document.querySelector('know-the-signs')?.shadowRoot?.querySelector('.kts-fallback a'));
    assert.equal(await size('.kts-fallback a'), '24px', 'the static hotline');
    release();
    await settled(page);
    assert.equal(await size('.kts-hours'), '22.5px', 'the widget: 0.9375em of 24px');
    assert.equal(await size('.kts-call'), '27px', 'the call link: 1.125em of 24px');
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
