// The reporter sheet (src/poster/reporter.rs), a static page next to the
// loader for someone who must report by law: the state's line first, each
// row's QR code dialling it, New York's line for mandated reporters on New
// York's sheet alone, the state's duty, axe-clean, one printed page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suite, o, browser } from './harness.mjs';
import { decode, assertOnePageEach, axeViolations } from './printed.mjs';

suite();

const MANDATED = 'tel:+18006351522';

test("New York's sheet: the public line, then the line for mandated reporters, each code dialling its row; axe-clean", async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${o.cdn}/v1/posters/reporter.us-ny.en.html`);
  const hrefs = await page.locator('main a:not(.sources a)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.slice(0, 2), ['tel:+18003423720', MANDATED]);
  assert.ok(hrefs.includes('tel:911'));
  assert.match(await page.locator('main').textContent(), /For mandated reporters only\. Don't give this number to anyone else/);
  const rows = page.locator('.line');
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const svg = await row.locator('figure svg').evaluate((s) => new XMLSerializer().serializeToString(s));
    assert.equal(await decode(page, svg), await row.locator('a').first().getAttribute('href'));
  }
  assert.deepEqual(await axeViolations(page), []);
  await ctx.close();
});

test("the mandated reporters' number is on New York's sheets and its widget reporter view, no other page or view, and every sheet prints on one page", async () => {
  const dir = new URL('../../dist/v1/posters/', import.meta.url);
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
  const sheets = pages.filter((f) => f.startsWith('reporter.'));
  const { regions } = JSON.parse(fs.readFileSync(new URL('../../src/content/regions.json', import.meta.url)));
  assert.equal(sheets.length, 2 * (regions.length + 1), 'every region and the national sheet, in two languages');
  for (const file of pages) {
    const html = fs.readFileSync(new URL(file, dir), 'utf8');
    const ny = file.startsWith('reporter.us-ny.') || file.startsWith('view-reporter.us-ny.');
    assert.equal(html.includes(MANDATED), ny, file);
    assert.equal(html.includes('635-1522'), ny, file);
  }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // The longest: California's counties, Colorado's and Texas's duties, in Spanish.
  await assertOnePageEach(page, `${o.cdn}/v1/posters`, ['reporter.us-ca.es', 'reporter.us-co.es', 'reporter.us-tx.es', 'reporter.us-ny.es', 'reporter.us-nv.es', 'reporter.us-hi.en']);
  await ctx.close();
});

test("Colorado's sheet gives its 24 hours and the referral ID rule; Texas's, its 48 hours and that everyone must report", async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${o.cdn}/v1/posters/reporter.us-co.en.html`);
  assert.equal(await page.locator('main a').first().getAttribute('href'), 'tel:+18442645437');
  const co = await page.locator('section.own').textContent();
  assert.match(co, /within 24 hours/);
  assert.match(co, /referral ID/);
  await page.goto(`${o.cdn}/v1/posters/reporter.us-tx.es.html`);
  const tx = await page.locator('section.own').textContent();
  assert.match(tx, /Texas: todas las personas deben denunciar/);
  assert.match(tx, /48 horas/);
  await page.goto(`${o.cdn}/v1/posters/reporter.us-ut.en.html`);
  assert.equal(await page.locator('section.own').count(), 0, 'no duty the research does not have from official pages');
  await ctx.close();
});
