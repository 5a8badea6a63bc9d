// The page never waits for the widget: the script is a module (deferred, so
// it never blocks parsing), the wasm is fetched after the page's first paint
// and compiled while it streams in, and until it is ready the element shows
// its light-DOM fallback content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, WWW } from './harness.mjs';

let server, browser;
let releaseWasm;
const wasmHeld = new Promise((ok) => { releaseWasm = ok; });

before(async () => {
  const wasm = await readFile(`${WWW}dist/service_promises_bg.wasm`);
  server = await serve(WWW, {
    routes: {
      // The wasm is held back until the test has looked at the page.
      '/dist/service_promises_bg.wasm': async (req, res) => {
        await wasmHeld;
        res.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
      },
    },
  });
  browser = await launch();
});

after(async () => {
  releaseWasm();
  await browser?.close();
  await server?.close();
});

test('the page paints the fallback while the wasm loads, then the element upgrades from a streamed compile', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__streamed = 0;
    window.__buffered = 0;
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...a) => { window.__streamed++; return streaming.apply(WebAssembly, a); };
    const plain = WebAssembly.instantiate;
    WebAssembly.instantiate = (...a) => { window.__buffered++; return plain.apply(WebAssembly, a); };
  });
  await page.goto(server.url, { waitUntil: 'load' });

  const scripts = await page.$$eval('script[src*="service-promises"]', (s) => s.map((e) => e.type));
  assert.deepEqual(scripts, ['module']);
  // Loaded, painted and readable while the wasm has not arrived.
  const before = await page.evaluate(() => ({
    defined: !!customElements.get('service-promises'),
    fallback: document.querySelector('service-promises p')?.getClientRects().length > 0,
    text: document.querySelector('service-promises').textContent,
    fcp: performance.getEntriesByName('first-contentful-paint').length,
  }));
  assert.equal(before.defined, false);
  assert.equal(before.fallback, true, 'the fallback content is rendered');
  assert.match(before.text, /Support: Mon–Fri/);
  assert.equal(before.fcp, 1, 'the page painted without the widget');

  releaseWasm();
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.hours'));
  const after = await page.evaluate(() => ({
    streamed: window.__streamed,
    buffered: window.__buffered,
    fallback: document.querySelector('service-promises p')?.getClientRects().length > 0,
    wasmStart: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  // First contentful paint is stamped when the frame is presented, which can
  // be up to a frame after the frame's own rendering, where the fetch starts.
  assert.ok(after.wasmStart >= after.fcp - 17, `the wasm is fetched after the first frame (${after.wasmStart} vs FCP ${after.fcp})`);
  assert.equal(after.streamed, 1, 'compiled with WebAssembly.instantiateStreaming');
  assert.equal(after.buffered, 0);
  assert.equal(after.fallback, false, 'the fallback is hidden once the element renders');
  await page.close();
});
