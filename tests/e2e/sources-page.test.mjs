// "About this information" links the sources page of the region shown
// (src/poster.rs, a static page next to the loader): the reader follows it
// from the widget by keyboard and lands on that region's page, in the
// widget's language, where every citation has its date; axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, open, settled, LOADER } from './harness.mjs';
import { axeViolations } from './printed.mjs';

suite();

test("About's link opens the sources page of the region shown, in the widget's language; the page is axe-clean", async () => {
  const { ctx, page } = await open('sources-page', `<know-the-signs region="US-HI" lang="es"></know-the-signs>${LOADER}`);
  await settled(page);
  const about = page.locator('know-the-signs [data-section="about"]');
  await about.locator('.kts-toggle').click();
  const link = about.locator('a');
  assert.equal(await link.count(), 1);
  assert.match(await link.textContent(), /^Vea cada fuente y la fecha en que se comprobó \(se abre en una pestaña nueva\)$/);
  // By keyboard: focus the link, press Enter, and the page opens in a new tab.
  await link.focus();
  const [sources] = await Promise.all([ctx.waitForEvent('page'), page.keyboard.press('Enter')]);
  await sources.waitForLoadState();
  assert.match(sources.url(), /\/v1\/posters\/sources\.us-hi\.es\.html$/);
  assert.equal(await sources.locator('html').getAttribute('lang'), 'es');
  assert.match(await sources.locator('h1').textContent(), /^Acerca de esta información: Haw/);
  // Each of Hawaii's lines is cited with the day it was checked.
  const items = await sources.locator('main li').allTextContents();
  assert.ok(items.some((t) => t.includes('Oʻahu') && /comprobado el \d{4}-\d{2}-\d{2}/.test(t)), items.join('\n'));
  // Citations open in a new tab and tell the cited site nothing of the reader.
  for (const rel of await sources.locator('main li a').evaluateAll((as) => as.map((a) => a.rel))) assert.equal(rel, 'noopener noreferrer');
  assert.deepEqual(await axeViolations(sources), []);
  await ctx.close();
});
