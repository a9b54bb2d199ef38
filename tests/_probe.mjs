import { startOrigins, launch } from './e2e/harness.mjs';
import fs from 'node:fs';
const o = await startOrigins({ brotli: true }); const b = await launch();
const glue = fs.readdirSync('dist/v1').find((f) => /^know-the-signs-[0-9a-f]+\.js$/.test(f));
const wasm = fs.readdirSync('dist/v1').find((f) => /_bg\.wasm$/.test(f));
for (let i = 0; i < 3; i++) {
const ctx = await b.newContext(); const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p); await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await p.goto(o.page('/p'+i, '<!doctype html><body><div id="x"></div></body>'));
const r = await p.evaluate(async ([g, w]) => {
  const t = []; const now = () => performance.now();
  let s = now(); const mod = await import(g); t.push(['import', now() - s]);
  const resp = await fetch(w); s = now(); await mod.default({ module_or_path: resp }); t.push(['init', now() - s]);
  for (let k = 0; k < 3; k++) { const el = document.createElement('div'); document.body.appendChild(el); const root = el.attachShadow({ mode: 'open' });
  s = now(); mod.mount(el, root); t.push(['mount' + k, now() - s]); }
  return t.map(([n, v]) => `${n} ${v.toFixed(0)}ms`).join(', ');
}, [`${o.cdn}/v1/${glue}`, `${o.cdn}/v1/${wasm}`]);
console.log(r); await ctx.close(); }
await b.close(); await o.close();
