// The JS API (window.KnowTheSigns): mount, update and unmount with options
// checked like attributes, and calls made through the queue stub before the
// loader arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, settled, open, LOADER, tels, ours } from './harness.mjs';

suite();

test('JS API: mount, update and unmount, with options checked like attributes', async () => {
  const { ctx, page, logs } = await open('api', '<div id="a"></div><div id="b"></div>' + LOADER);
  await page.waitForFunction(() => window.KnowTheSigns && window.KnowTheSigns.mount);
  await page.evaluate(() => {
    window.h = window.KnowTheSigns.mount(document.getElementById('a'), { region: 'US-TX' });
    window.bad = window.KnowTheSigns.mount(document.getElementById('b'), { region: 'US-ZZ', layout: '<img src=x onerror=alert(1)>', bogus: 1 });
  });
  await settled(page, 2);
  assert.deepEqual(await tels(page, '#a know-the-signs'), ['tel:+18002525400', 'tel:911']);
  assert.deepEqual(await tels(page, '#b know-the-signs'), ['tel:+18883737888', 'tel:911']);
  await page.evaluate(() => window.h.update({ lang: 'es', region: 'US-CO' }));
  await page.waitForFunction(() => document.querySelector('#a know-the-signs').shadowRoot.querySelector('.kts').lang === 'es');
  assert.match(await page.locator('#a know-the-signs').evaluate((e) => e.shadowRoot.textContent), /Línea Directa de Abuso y Descuido Infantil de Colorado/);
  await page.evaluate(() => window.h.unmount());
  assert.equal(await page.locator('#a know-the-signs').count(), 0);
  const warnings = ours(logs, 'warning');
  assert.equal(warnings.length, 3, JSON.stringify(warnings));
  assert.ok(warnings.some((w) => /unknown option "bogus"/.test(w)));
  assert.ok(warnings.some((w) => /region "US-ZZ" is not supported/.test(w)));
  assert.ok(warnings.some((w) => /layout "<img src=x onerror=alert\(1\)>" is not supported; using "panel"/.test(w)));
  await ctx.close();
});

test('JS API: calls made before the loader arrives are queued, not lost', async () => {
  const stub = '<script>window.KnowTheSigns=window.KnowTheSigns||{q:[],mount:function(e,o){var h={q:[]};this.q.push([e,o,h]);h.update=function(o){h.q.push(["update",o])};h.unmount=function(){h.q.push(["unmount"])};return h}};</script>';
  const body = `${stub}<div id="a"></div><div id="b"></div><script>
    window.early = KnowTheSigns.mount(document.getElementById('a'), { region: 'US-VT' });
    early.update({ lang: 'es' });
    KnowTheSigns.mount(document.getElementById('b'), { region: 'US-NE' }).unmount();
  </script>${LOADER}`;
  const { ctx, page } = await open('queue', body);
  await settled(page);
  assert.deepEqual(await tels(page, '#a know-the-signs'), ['tel:+18006495285', 'tel:911']);
  assert.equal(await page.locator('#a know-the-signs').getAttribute('lang'), 'es');
  assert.equal(await page.locator('#b know-the-signs').count(), 0, 'the queued unmount ran');
  assert.equal(await page.evaluate(() => typeof window.early.update), 'function');
  await ctx.close();
});
