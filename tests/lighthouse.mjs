// What a partner's own Lighthouse shows: Lighthouse 12.2.3's mobile preset
// (simulated slow 4G, 4x CPU) on Debian's Chromium, on an article page with
// the widget near its top, in each documented form, against the same page
// without the widget. Medians of RUNS runs (3 unless told), interleaved.
// Prints a table and adds it to the benchmark's test-results/bench.json.
//
//   make bench                    (runs this after tests/bench.mjs)
//   RUNS=5 node tests/lighthouse.mjs
//
// Lighthouse lives in tests/vendor/lighthouse (not committed; installed here
// when missing): it is a benchmark tool, not a test dependency.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { startOrigins, FORM_B } from './e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const VENDOR = path.join(ROOT, 'tests', 'vendor', 'lighthouse');
const VERSION = '12.2.3'; // 13 needs a newer Node than this machine's 20
const RUNS = Number(process.env.RUNS || 3);

const require = createRequire(path.join(VENDOR, 'package.json'));
const installed = () => {
  try {
    return require('lighthouse/package.json').version === VERSION;
  } catch {
    return false;
  }
};
if (!installed()) {
  console.error(`installing lighthouse@${VERSION} into ${path.relative(ROOT, VENDOR)}`);
  fs.mkdirSync(VENDOR, { recursive: true });
  const r = spawnSync('npm', ['install', '--prefix', VENDOR, '--no-audit', '--no-fund', '--save-exact', `lighthouse@${VERSION}`], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const BARE_B = `<know-the-signs region="US-CO" lang="en">
  <a href="tel:+18442645437">Colorado Child Abuse and Neglect Hotline: 1-844-CO-4-KIDS (1-844-264-5437)</a> <a href="tel:911">Child in immediate danger: call 911</a>
</know-the-signs>
<script src="CDN/embed.js" async></script>`;
const CSP = "default-src 'none'; script-src CDN 'wasm-unsafe-eval'; connect-src CDN; style-src CDN; img-src 'self'";

// Each form the README documents, as a partner pastes it.
const VARIANTS = {
  'no widget': { widget: '' },
  "the builder's form B (with its reservation style)": { widget: FORM_B },
  'form B as the embed contract shows it (no style)': { widget: BARE_B },
  'banner, no style': { widget: BARE_B.replace('lang="en"', 'lang="en" layout="banner"') },
  'form B in a 280 px wide column': { widget: `<div style="max-width:280px">${FORM_B}</div>` },
  'form A (one script tag)': { widget: '<script src="CDN/embed.js" data-region="US-CO" data-lang="en" async></script>' },
  'iframe form': { widget: '<iframe src="CDN/frame.html?region=US-CO&lang=en&layout=panel" title="Know the signs: report child abuse or trafficking" loading="lazy" style="width:100%;border:0;height:560px"></iframe>' },
  "the builder's form B under a strict CSP": { widget: FORM_B, csp: true },
};

const para = (i) => `<p>Paragraph ${i} of the partner's article. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}</p>`;
const page = (o, widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner article</title>
<meta name="description" content="A partner's article.">
<style>body{font-family:sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5}</style></head>
<body><h1>A partner's article</h1>${para(0)}${widget.replaceAll('CDN', `${o.cdn}/v1`)}${Array.from({ length: 12 }, (_, i) => para(i + 1)).join('')}</body></html>`;

const o = await startOrigins({ brotli: true });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'] });
const samples = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, []]));
const started = Date.now();
try {
  const urls = Object.fromEntries(
    Object.entries(VARIANTS).map(([name, v], i) => {
      // The strict CSP in a header, as a partner's server would send it;
      // the builder's inline style is then refused.
      const headers = v.csp ? { 'Content-Security-Policy': CSP.replaceAll('CDN', o.cdn) } : undefined;
      return [name, o.page(`/lighthouse-${i}`, page(o, v.widget), headers)];
    }),
  );
  for (let round = 0; round < RUNS; round++) {
    const names = Object.keys(VARIANTS);
    for (const name of names.map((_, j) => names[(round + j) % names.length])) {
      const { lhr } = await lighthouse(urls[name], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      samples[name].push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        lcp: audit('largest-contentful-paint'),
        bytes: audit('total-byte-weight'),
      });
    }
    process.stderr.write(`round ${round + 1}/${RUNS}\n`);
  }
} finally {
  await chrome.kill();
  await o.close();
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : null;
};
const metrics = ['performance', 'cls', 'tbt', 'lcp', 'bytes'];
const medians = Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, Object.fromEntries(metrics.map((m) => [m, median(runs.map((r) => r[m]))]))]));
const base = medians['no widget'];
const rows = Object.entries(medians).map(
  ([name, m]) =>
    `| ${name} | ${m.performance} | ${m.performance - base.performance >= 0 ? '+' : ''}${m.performance - base.performance} | ${m.cls.toFixed(3)} | ${Math.round(m.tbt)} ms | ${(m.lcp / 1000).toFixed(2)} s | ${(m.bytes / 1024).toFixed(1)} KB |`,
);
console.log(`Lighthouse ${VERSION}, mobile preset, medians of ${RUNS} interleaved runs (${((Date.now() - started) / 60000).toFixed(1)} min):\n`);
console.log('| variant | performance | vs no widget | CLS | TBT | LCP | bytes |\n|---|---:|---:|---:|---:|---:|---:|');
console.log(rows.join('\n'));
// Into the benchmark's JSON (tests/bench.mjs writes the rest of it).
const out = path.join(ROOT, 'test-results', 'bench.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : {};
report.lighthouse = { date: new Date().toISOString(), version: VERSION, runs: RUNS, medians, samples };
fs.writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`\nwritten: ${out}`);
