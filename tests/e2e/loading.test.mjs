// The page never waits for the widget: the script is a module (deferred, so
// it never blocks parsing), every file is requested at once when it first
// runs (the wasm compiled while it streams in), the wasm runs after the
// page's first frame, and until it is ready the element shows its light-DOM
// fallback content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, WWW } from './harness.mjs';

let server, browser;
let releaseWasm;
const wasmHeld = new Promise((ok) => { releaseWasm = ok; });
let wasmRequests = 0;

before(async () => {
  const wasm = await readFile(`${WWW}dist/service_promises_bg.wasm`);
  server = await serve(WWW, {
    routes: {
      // The wasm is held back until the test has looked at the page.
      '/dist/service_promises_bg.wasm': async (req, res) => {
        wasmRequests++;
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
    // The first frame's animation callbacks run just before it is rendered.
    requestAnimationFrame(() => { window.__firstFrame = performance.now(); });
    const streaming = WebAssembly.compileStreaming;
    WebAssembly.compileStreaming = (...a) => { window.__streamed++; return streaming.apply(WebAssembly, a); };
    const plain = WebAssembly.compile;
    WebAssembly.compile = (...a) => { window.__buffered++; return plain.apply(WebAssembly, a); };
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = (...a) => { window.__instantiated ??= performance.now(); return instantiate.apply(WebAssembly, a); };
  });
  await page.goto(server.url, { waitUntil: 'load' });
  // The paint is recorded once the compositor has presented the frame, which
  // on a busy machine can come after the load event.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);

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
  // Importing the module returns at once (no top-level await): an app that
  // imports it never waits for the wasm.
  const imported = await page.evaluate(() => Promise.race([
    import('/dist/service-promises.js').then(() => 'imported'),
    new Promise((later) => setTimeout(() => later('still waiting'), 2_000)),
  ]));
  assert.equal(imported, 'imported');

  releaseWasm();
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.hours'));
  const after = await page.evaluate(() => ({
    streamed: window.__streamed,
    buffered: window.__buffered,
    fallback: document.querySelector('service-promises p')?.getClientRects().length > 0,
    instantiated: window.__instantiated,
    firstFrame: window.__firstFrame,
  }));
  // Run once the first frame has been rendered. (Not compared
  // with first contentful paint: that is stamped when the compositor presents
  // the frame, which on a busy machine comes tens of milliseconds after the
  // main thread rendered it. That the page paints without the wasm is shown
  // above, with the wasm held back.)
  assert.ok(after.instantiated > after.firstFrame, `the wasm is run after the first frame (${after.instantiated} vs ${after.firstFrame})`);
  assert.equal(after.streamed, 1, 'compiled with WebAssembly.compileStreaming');
  assert.equal(after.buffered, 0);
  assert.equal(after.fallback, false, 'the fallback is hidden once the element renders');
  await page.close();
});

test('in a hidden tab, which shows no frames, the element is still defined', async () => {
  releaseWasm(); // served at once here, even if the first test stopped early
  const page = await browser.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { get: () => true });
    window.requestAnimationFrame = () => 0; // a hidden tab runs none
  });
  await page.goto(server.url, { waitUntil: 'load' });
  // (Polled by timer: Playwright's default polling uses animation frames.)
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.hours'), null, { timeout: 10_000, polling: 50 });
  await page.close();
});

test('every file is requested at once, but the wasm is not run before the page has rendered a frame, however long that takes', async () => {
  releaseWasm(); // served at once here, even if the first test stopped early
  const page = await browser.newPage();
  // The page's frames are held back: animation frame callbacks are kept,
  // to be run when the test says the frame is rendered.
  await page.addInitScript(() => {
    window.__frames = [];
    window.requestAnimationFrame = (cb) => window.__frames.push(cb);
  });
  const before = wasmRequests;
  const data = [];
  page.on('request', (r) => /record\.json|\/regions\//.test(r.url()) && data.push(r.url()));
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  assert.equal(wasmRequests, before + 1, 'the wasm is requested with the other files, before the first frame');
  assert.equal(data.length, 2, `the record and the region file are requested at once: ${data}`);
  assert.equal(await page.evaluate(() => !!customElements.get('service-promises')), false, 'not defined before the first frame');
  // The frames rendered from now on (the element draws its first frame at
  // an animation frame too). (Polled by timer: Playwright's default
  // polling uses animation frames.)
  await page.waitForFunction(() => {
    window.__frames.splice(0).forEach((cb) => cb(performance.now()));
    return document.querySelector('service-promises').shadowRoot?.querySelector('.hours');
  }, null, { timeout: 10_000, polling: 50 });
  assert.equal(wasmRequests, before + 1);
  await page.close();
});
