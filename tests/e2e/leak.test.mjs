// End to end: a removed element releases everything it held. 500 elements
// are created, connected (each renders, stores, sets a timer, listens on the
// window and writes a JSON-LD block) and removed; then, after forced
// garbage collection, at least 90% of them are collected (a
// FinalizationRegistry counts them), the wasm memory has grown by under
// 2 MiB and Chromium's count of DOM nodes is back within 200.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const CYCLES = 500;
let server, browser;

before(async () => {
  server = await serve(undefined, {
    routes: {
      '/leak.html': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><body><main></main>' +
          '<script type="module">import * as m from "/dist/service-promises.js"; window.__sp = m;</script></body></html>');
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Forces full garbage collections, letting finalizers run in between. */
async function collect(page, cdp) {
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
  }
}

async function nodes(cdp) {
  return (await cdp.send('Memory.getDOMCounters')).nodes;
}

test(`${CYCLES} created, connected and removed elements are released`, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + 'leak.html');
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  const cdp = await page.context().newCDPSession(page);
  const cycle = (count, track) => page.evaluate(async ({ count, track }) => {
    window.__collected ??= 0;
    window.__registry ??= new FinalizationRegistry(() => { window.__collected += 1; });
    const main = document.querySelector('main');
    for (let i = 0; i < count; i++) {
      const el = document.createElement('service-promises');
      el.setAttribute('timezone', 'Europe/Berlin');
      el.setAttribute('hours', 'Mo-Fr 09:00-17:00; Sa 10:00-14:00');
      el.setAttribute('reply-within', 'email 4h; chat 5m');
      el.setAttribute('return-window', '30d');
      el.setAttribute('refund-within', '5d');
      el.setAttribute('storage-key', `leak-${i % 7}`);
      main.append(el);
      if (track) {
        el.track({ id: `L-${i}`, channel: 'email' });
        el.forget(`L-${i}`);
      }
      // Let it draw its first frame (at the next animation frame) and its
      // JSON-LD block (in a task after it), then remove it.
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
      if (!el.shadowRoot.querySelector('.hours')) throw new Error(`element ${i} did not render`);
      el.remove();
      if (track) window.__registry.register(el, i);
    }
    document.head.querySelectorAll('script[type="application/ld+json"]').length;
  }, { count, track });
  // Warm up: the allocator, Yew's scheduler and the Intl caches settle.
  await cycle(20, false);
  await collect(page, cdp);
  const memoryBefore = await page.evaluate(() => window.__sp.wasmMemoryBytes());
  const nodesBefore = await nodes(cdp);
  await cycle(CYCLES, true);
  await collect(page, cdp);
  const collected = await page.evaluate(() => window.__collected);
  const memoryGrowth = (await page.evaluate(() => window.__sp.wasmMemoryBytes())) - memoryBefore;
  const nodesAfter = await nodes(cdp);
  const heads = await page.evaluate(() => document.head.querySelectorAll('script[type="application/ld+json"]').length);
  console.log(`# leak: ${collected} of ${CYCLES} collected, wasm memory +${(memoryGrowth / 1048576).toFixed(2)} MiB, ` +
    `DOM nodes ${nodesBefore} -> ${nodesAfter}`);
  assert.deepEqual(errors, []);
  assert.equal(heads, 0, 'every JSON-LD block left the head with its element');
  assert.ok(collected >= CYCLES * 0.9, `only ${collected} of ${CYCLES} elements were collected`);
  assert.ok(memoryGrowth < 2 * 1048576, `wasm memory grew by ${memoryGrowth} bytes`);
  assert.ok(nodesAfter - nodesBefore <= 200, `DOM nodes ${nodesBefore} -> ${nodesAfter}`);
  await page.close();
});
