// Benchmark (not part of `make test`): the ledger at scale in headless
// Chromium, on the release bundle. For 10, 1,000 and 10,000 tracked requests
// stored in localStorage: loading and first render of a new element (a
// reload: the records' events were sent before; and a first sight, where
// every record still has its event to send), `status()`, and the wasm
// memory in use.
//   make build && node tests/e2e/bench.mjs
import { serve, launch } from './harness.mjs';

const SIZES = [10, 1_000, 10_000];
const server = await serve();
const browser = await launch();
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });

const rows = [];
for (const n of SIZES) {
  for (const sent of ['krb', '']) rows.push(await page.evaluate(async ([n, sent]) => {
    const glue = await import('/dist/service-promises.js');
    const t0 = Date.parse('2026-03-23T08:00:00Z');
    const promises = [];
    for (let i = 0; i < n; i++) {
      const opened = t0 + i * 60_000;
      promises.push({
        id: `R-${i}`, kind: 'reply', channel: 'email', openedAt: opened, due: opened + 4 * 3_600_000,
        atRiskAt: opened + 3 * 3_600_000, fulfilledAt: i % 2 ? opened + 3_600_000 : null,
        resolvedAt: i % 4 === 1 ? opened + 7_200_000 : null, followedUp: false, sent, rev: i + 1,
      });
    }
    const key = `bench-${n}`;
    localStorage.setItem(`service-promises:${key}`, JSON.stringify({ version: 1, clock: n, promises, forgotten: [] }));
    const el = document.createElement('service-promises');
    for (const [k, v] of Object.entries({
      timezone: 'Europe/Berlin', hours: 'Mo-Fr 09:00-17:00', 'reply-within': 'email 4h',
      'storage-key': key, now: '2026-04-01T12:00:00Z',
    })) el.setAttribute(k, v);
    const c0 = performance.now();
    document.body.append(el);
    const connect = performance.now() - c0;
    await new Promise((r) => requestAnimationFrame(() => r()));
    const firstFrame = performance.now() - c0;
    const times = [];
    let count = 0;
    for (let i = 0; i < 15; i++) {
      const s0 = performance.now();
      count = el.status().promises.length;
      times.push(performance.now() - s0);
    }
    times.sort((a, b) => a - b);
    const s0 = performance.now();
    el.setAttribute('now', '2026-04-01T12:01:00Z');
    const rerender = performance.now() - s0;
    const memory = glue.wasmMemoryBytes();
    el.remove();
    localStorage.removeItem(`service-promises:${key}`);
    return { n, sent, count, connect, firstFrame, status: times[7], rerender, memory };
  }, [n, sent]));
}
await browser.close();
await server.close();

const f = (ms) => ms.toFixed(2);
console.log('| requests | events to send on load | load + first render (ms) | to first frame (ms) | status() median (ms) | re-render on `now` change (ms) | wasm memory (MiB) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  if (r.count !== r.n) throw new Error(`expected ${r.n} promises, status() had ${r.count}`);
  const events = r.sent ? 'none (a reload)' : `${r.n} (first sight)`;
  console.log(`| ${r.n} | ${events} | ${f(r.connect)} | ${f(r.firstFrame)} | ${f(r.status)} | ${f(r.rerender)} | ${(r.memory / 1048576).toFixed(1)} |`);
}
const [k1, k10] = [rows[2], rows[4]];
console.log(`\nstatus() 10,000 vs 1,000: ${(k10.status / k1.status).toFixed(1)}x (linear would be 10x)`);
