// The youth poster (src/poster/youth.rs), a static page next to the loader:
// for a child or teen, the lines that take texts first, each row's QR code
// opening that row's first way in, only numbers of src/content/lines.json,
// axe-clean, one printed page on Letter and A4.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suite, o, browser } from './harness.mjs';
import { decode, assertOnePageEach, axeViolations } from './printed.mjs';

suite();

// Every address a poster may link to: each line's call, text and web
// addresses, and its other numbers.
const { lines } = JSON.parse(fs.readFileSync(new URL('../../src/content/lines.json', import.meta.url)));
const verified = new Set(
  lines.flatMap((l) => [
    `tel:${l.e164}`,
    ...(l.sms ? [`sms:${l.sms}${l.sms_keyword ? `?body=${l.sms_keyword}` : ''}`] : []),
    ...(l.web ? [l.web] : []),
    ...['away', 'after_hours', 'tty', 'also'].filter((k) => l[k]).map((k) => `tel:${l[k].e164}`),
  ]),
);

async function poster(file) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${o.cdn}/v1/posters/${file}.html`);
  const hrefs = await page.locator('main a:not(.sources a)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return { ctx, page, hrefs };
}

test("Colorado's youth poster: 911, then the lines that take texts, then the calls, each code opening its row's first way in", async () => {
  const { ctx, page, hrefs } = await poster('youth.us-co.en');
  assert.equal(await page.locator('h1').textContent(), 'Is someone hurting you?');
  assert.match(await page.locator('main').textContent(), /It is not your fault\. You are not the one in trouble\./);
  assert.deepEqual(hrefs, [
    'tel:911',
    'sms:+18004224453',
    'tel:+18004224453',
    'sms:233733?body=HELP',
    'tel:+18883737888',
    'tel:+18442645437',
    'tel:+18775427233',
    'tel:+18008435678',
    'https://report.cybertip.org',
  ]);
  const rows = page.locator('.line');
  const codes = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const svg = row.locator('figure svg');
    if (!(await svg.isVisible())) continue;
    const first = await row.locator('a').first().getAttribute('href');
    codes.push(await decode(page, await svg.evaluate((s) => new XMLSerializer().serializeToString(s))));
    assert.equal(codes.at(-1), first);
  }
  assert.deepEqual(codes, ['sms:+18004224453', 'sms:233733?body=HELP', 'tel:+18442645437', 'tel:+18775427233']);
  assert.equal(await page.getByRole('img', { name: 'Scan to text: Childhelp National Child Abuse Hotline' }).count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  await ctx.close();
});

test('every youth poster links only to verified lines, never to New York\'s line for mandated reporters, and prints on one page', async () => {
  const files = fs
    .readdirSync(new URL('../../dist/v1/posters/', import.meta.url))
    .filter((f) => f.startsWith('youth.') && f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''));
  assert.ok(files.length >= 2 * 45, `${files.length} youth posters`);
  const dir = new URL('../../dist/v1/posters/', import.meta.url);
  for (const file of files) {
    const html = fs.readFileSync(new URL(`${file}.html`, dir), 'utf8');
    // The page's own links, before the sources it cites.
    const main = html.slice(html.indexOf('<main'), html.indexOf('<section class="sources">'));
    const hrefs = [...main.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    assert.ok(hrefs.length >= 5, file);
    for (const href of hrefs) assert.ok(verified.has(href), `${file}: ${href}`);
    assert.doesNotMatch(main, /635-1522/, file);
  }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // The longest: Nevada's three county lines, Hawaii's four, Spanish.
  await assertOnePageEach(page, `${o.cdn}/v1/posters`, ['youth.us-nv.es', 'youth.us-hi.es', 'youth.us-co.es', 'youth.us-fl.es', 'youth.us-nd.es', 'youth.us.en']);
  await ctx.close();
});

test('the Spanish youth poster speaks to the reader as tú and texts first', async () => {
  const { ctx, page, hrefs } = await poster('youth.us-tx.es');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.locator('h1').textContent(), '¿Alguien te está haciendo daño?');
  assert.equal(hrefs[1], 'sms:+18004224453');
  assert.match(await page.locator('main').textContent(), /Escribe HELP al 233733/);
  assert.ok(hrefs.includes('tel:+18002525400'), 'the Texas Abuse Hotline');
  await ctx.close();
});
