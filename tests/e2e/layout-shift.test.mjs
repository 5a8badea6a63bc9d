// The help page never jumps. The demo page and a New York shop's Spanish
// help page (a region code, a language pack and a team record, each a file
// of its own), at 1200 and 390 px, on a throttled connection (1.6 Mbps,
// 150 ms: the DevTools protocol's Network.emulateNetworkConditions):
// - the layout shift from load until everything has settled is at most 0.01
//   (PerformanceObserver of `layout-shift`);
// - the element keeps its size from its first frame until then (it draws
//   its whole frame at once, with the lines still on their way as blanks of
//   their size), never its fallback content while data loads;
// - the region file, the language pack and `record-url` are requested
//   before the wasm has finished loading (every file at once).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, WWW } from './harness.mjs';

const FIXTURE = new URL('./fixtures/new-york/', import.meta.url).pathname;
const CONNECTION = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const WIDTHS = [[1200, 800], [390, 844]];

let server, browser;

before(async () => {
  const page = await readFile(`${FIXTURE}index.html`, 'utf8');
  const record = await readFile(`${FIXTURE}record.json`);
  // The same page without the README's rule for the moment before the
  // module has run.
  const bare = page.replace(/\n\s*service-promises:not\(:defined\)[^\n]*/, '');
  assert.notEqual(bare, page);
  const html = (body) => (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  // Each record as the command writes it, made at the moment it is asked
  // for (a team that runs the command daily; a static date would read as
  // stale, and longer, a month on).
  const fresh = (doc) => (req, res) => res.writeHead(200, { 'content-type': 'application/json' })
    .end(JSON.stringify({ ...doc, generated_at: new Date().toISOString() }));
  const json = fresh(JSON.parse(record));
  const demoRecord = JSON.parse(await readFile(`${WWW}record.json`, 'utf8'));
  server = await serve(WWW, {
    compress: true, // as a web server sends them: the bytes on the throttled wire
    routes: {
      '/record.json': fresh(demoRecord),
      '/new-york/': html(page),
      '/new-york/record.json': json,
      '/bare/': html(bare),
      '/bare/record.json': json,
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Loads `path` throttled at `width` x `height`; returns the layout shifts,
// the element's sizes from its first frame on, and when each file was
// requested and finished (seconds, the DevTools protocol's clock).
async function load(path, [width, height]) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', CONNECTION);
  const requests = new Map(); // requestId -> { url, sent, finished }
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, sent: e.timestamp }));
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.finished = e.timestamp; });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shifts.push({
          value: e.value,
          at: Math.round(e.startTime),
          moved: e.sources.map((s) => `${s.node?.nodeName ?? '?'} ${s.previousRect.y}->${s.currentRect.y} h ${s.previousRect.height}->${s.currentRect.height}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // The element's box at each frame once it has drawn its own (its
    // shadow root's content), until the test stops looking.
    window.__sizes = [];
    const watch = () => {
      const el = document.querySelector('service-promises');
      if (el?.shadowRoot?.querySelector('.widget')) {
        const h = el.getBoundingClientRect().height;
        if (window.__sizes.at(-1)?.h !== h) window.__sizes.push({ h, at: Math.round(performance.now()), fallback: !!el.shadowRoot.querySelector('slot:not(.fallback slot)') });
      }
      if (!window.__stop) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'load', timeout: 60_000 });
  // Settled: defined, the team record in, then two seconds more of frames.
  await page.waitForFunction(() => {
    const el = document.querySelector('service-promises');
    return customElements.get('service-promises') && el.status?.()?.teamRecord?.state === 'loaded';
  }, null, { timeout: 60_000 });
  await page.waitForTimeout(2_000);
  const seen = await page.evaluate(() => {
    window.__stop = true;
    return { shifts: window.__shifts, sizes: window.__sizes };
  });
  await context.close();
  return { ...seen, requests: [...requests.values()] };
}

for (const [name, path] of [['the demo page', '/'], ["a New York shop's Spanish help page", '/new-york/']]) {
  for (const size of WIDTHS) {
    test(`${name} at ${size[0]} px on a 1.6 Mbps, 150 ms connection does not jump`, async (t) => {
      const { shifts, sizes, requests } = await load(path, size);
      const total = shifts.reduce((s, e) => s + e.value, 0);
      const rem = (h) => `${(h / 16).toFixed(1)}rem`;
      t.diagnostic(`layout shift ${total.toFixed(4)}; the element ${sizes.map((s) => `${rem(s.h)} at ${s.at} ms`).join(', ')}`);
      assert.ok(total <= 0.01, `layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
      assert.ok(sizes.length >= 1, 'the element drew its frame');
      assert.equal(sizes.length, 1, `the element changed size after its first frame: ${JSON.stringify(sizes)}`);

      const file = (re) => requests.find((r) => re.test(r.url));
      const wasm = file(/service_promises_bg\.wasm$/);
      assert.ok(wasm?.finished, 'the wasm was loaded');
      const data = [file(/record\.json$/), ...(path === '/' ? [file(/\/regions\/DE\//)] : [file(/\/regions\/US\//), file(/\/lang\/es\.json$/)])];
      for (const r of data) {
        assert.ok(r, `requested: ${JSON.stringify(requests.map((q) => q.url))}`);
        assert.ok(r.sent < wasm.finished, `${r.url} was requested ${(r.sent - wasm.finished).toFixed(3)} s after the wasm had come`);
      }
    });
  }
}

// Without the rule, the fallback text is swapped for the frame once the
// module has run: that one move is what the rule is for (the figures in the
// README). Also shows that the measurement sees a jump.
for (const size of WIDTHS) {
  test(`without the README's rule, the swap from the fallback text moves the page at ${size[0]} px (reported)`, async (t) => {
    const { shifts, sizes } = await load('/bare/', size);
    const total = shifts.reduce((s, e) => s + e.value, 0);
    t.diagnostic(`layout shift ${total.toFixed(4)} without the rule`);
    assert.ok(total > 0.01, `a jump is seen: ${total}`);
    assert.equal(sizes.length, 1, `the element itself keeps one size: ${JSON.stringify(sizes)}`);
  });
}
