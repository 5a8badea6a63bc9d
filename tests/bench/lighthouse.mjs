// Benchmark (not part of `make test`): what the element costs the page it sits
// on. The demo page with the element against the same page without it (its
// module script removed: the element's fallback text stays as plain HTML),
// each audited RUNS times by Lighthouse (default mobile preset, simulated
// throttling) in Debian's Chromium, served gzip-compressed; medians of the performance score, total
// blocking time, first and largest contentful paint. Then, in the same run,
// the element's own first render (its performance mark) against the page's
// first contentful paint, unthrottled, over RUNS loads.
//   make build && node tests/bench/lighthouse.mjs
// Installs Lighthouse into tests/bench/node_modules on first use (npm ci).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, WWW } from '../e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const here = new URL('.', import.meta.url).pathname;
if (!existsSync(join(here, 'node_modules/lighthouse'))) {
  console.error('bench: npm ci --prefix tests/bench (Lighthouse, benchmark only)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
}
if (!existsSync(join(WWW, 'dist/service_promises_bg.wasm'))) {
  console.error('bench: www/dist is empty; run `make build` first');
  process.exit(1);
}
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const page = readFileSync(join(WWW, 'index.html'), 'utf8');
const script = /\s*<script type="module" src="dist\/service-promises\.js"><\/script>/;
if (!script.test(page)) throw new Error('the demo page no longer loads dist/service-promises.js as expected');
const without = page.replace(script, '');
// Files are sent gzip-compressed, as a web server or CDN sends them (until
// 2026-12-06 this benchmark sent them raw: the module then weighed 25 KB on
// Lighthouse's simulated connection instead of 8 KB, and the wasm 360 KB
// instead of 157 KB).
const server = await serve(WWW, {
  compress: true,
  routes: {
    '/without.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(without),
  },
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function audit(url) {
  const profile = mkdtempSync(join(tmpdir(), 'sp-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir: profile,
    chromeFlags: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
    const a = lhr.audits;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      tbt: a['total-blocking-time'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      // Where the largest contentful paint was (a DOM path; in Lighthouse 13 in the LCP insight).
      lcpElement: a['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.path ?? '?',
    };
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

const results = { with: [], without: [] };
for (let i = 0; i < RUNS; i++) {
  // Alternated, so drift on the machine touches both alike.
  results.with.push(await audit(server.url));
  results.without.push(await audit(`${server.url}without.html`));
}

// The element's first render against the page's first contentful paint.
const browser = await launch();
const renders = [];
for (let i = 0; i < RUNS; i++) {
  const p = await browser.newPage();
  await p.goto(server.url);
  await p.waitForFunction(() => performance.getEntriesByName('service-promises:first-render').length > 0, null, { timeout: 20_000 });
  renders.push(await p.evaluate(() => ({
    mark: performance.getEntriesByName('service-promises:first-render')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  })));
  await p.close();
}
await browser.close();
await server.close();

const row = (name, rs) => {
  const m = (k) => median(rs.map((r) => r[k]));
  return `| ${name} | ${m('score')} (${rs.map((r) => r.score).join(', ')}) | ${m('tbt').toFixed(0)} | ${m('fcp').toFixed(0)} | ${m('lcp').toFixed(0)} | ${m('cls').toFixed(3)} |`;
};
console.log(`Lighthouse ${JSON.parse(readFileSync(join(here, 'node_modules/lighthouse/package.json'))).version}, mobile preset, simulated throttling, ${RUNS} runs each, medians:\n`);
console.log('| page | performance score (runs) | total blocking time (ms) | first contentful paint (ms) | largest contentful paint (ms) | layout shift |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(row('demo page with the element', results.with));
console.log(row('the same page without it', results.without));
const cost = median(results.without.map((r) => r.score)) - median(results.with.map((r) => r.score));
console.log(`\nthe element costs ${cost} Lighthouse point(s) (aim: at most 1)`);
const lcpWith = [...new Set(results.with.map((r) => r.lcpElement))];
console.log(`largest contentful paint, with the element: at ${lcpWith.join(' | ')} (DOM path)`);
const mark = median(renders.map((r) => r.mark));
const fcp = median(renders.map((r) => r.fcp));
console.log(`element's first render ${mark.toFixed(0)} ms vs the page's first contentful paint ${fcp.toFixed(0)} ms, unthrottled (median of ${RUNS}; ${((mark - fcp) / 16.7).toFixed(1)} frames after it)`);
