// End to end: when the wasm cannot be fetched (404) or compiled (not wasm),
// every <service-promises> in the document gets a `load-error` event
// ({ message }, bubbling, composed), keeps its fallback content, the console
// says so once, and no error reaches the page as uncaught.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const PAGE = '<!doctype html><html lang="en"><head>' +
  '<script>window.__events = []; document.addEventListener("load-error", (e) => window.__events.push({' +
  ' tag: e.target.localName, id: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail }));</script>' +
  '<script type="module" src="/dist/service-promises.js"></script></head><body>' +
  '<service-promises id="a" hours="Mo-Fr 09:00-17:00"><p>Support: Mon-Fri 9:00-17:00.</p></service-promises>' +
  '<section><service-promises id="b"><p>Email us: replies within 4 hours.</p></service-promises></section>' +
  '</body></html>';
const WASM = '/dist/service_promises_bg.wasm';
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function withWasm(answer) {
  const server = await serve(undefined, {
    routes: {
      '/load-error.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
      [WASM]: answer,
    },
  });
  const page = await browser.newPage();
  try {
    const errors = [], logged = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.text().includes('service-promises')) logged.push(`${m.type()}: ${m.text()}`); });
    await page.goto(`${server.url}load-error.html`);
    await page.waitForFunction(() => window.__events.length >= 2, null, { timeout: 10_000, polling: 50 });
    await page.waitForTimeout(300); // nothing more comes
    const seen = await page.evaluate(() => ({
      events: window.__events,
      defined: !!customElements.get('service-promises'),
      fallback: [...document.querySelectorAll('service-promises')].map((el) => ({
        shadow: !!el.shadowRoot, shown: el.querySelector('p').getClientRects().length > 0,
      })),
    }));
    return { ...seen, errors, logged };
  } finally {
    await page.close();
    await server.close();
  }
}

function check(seen, reason) {
  assert.deepEqual(seen.events.map((e) => [e.tag, e.id, e.bubbles, e.composed]),
    [['service-promises', 'a', true, true], ['service-promises', 'b', true, true]]);
  for (const e of seen.events) {
    assert.deepEqual(Object.keys(e.detail), ['message']);
    assert.match(e.detail.message, /^service-promises: the WebAssembly module could not be loaded \(.+\); showing the fallback content\.$/);
    assert.match(e.detail.message, reason);
  }
  assert.equal(seen.defined, false);
  assert.deepEqual(seen.fallback, [{ shadow: false, shown: true }, { shadow: false, shown: true }]);
  assert.equal(seen.logged.length, 1, `logged once: ${seen.logged.join('\n')}`);
  assert.match(seen.logged[0], /^error: service-promises: the WebAssembly module could not be loaded/);
  assert.deepEqual(seen.errors, [], 'no uncaught error');
}

test('the wasm answers 404: load-error on every element, fallback kept, logged once', async () => {
  check(await withWasm((req, res) => res.writeHead(404).end('not found')), /404/);
});

test('the wasm is not wasm: the same', async () => {
  check(await withWasm((req, res) => res.writeHead(200, { 'content-type': 'application/wasm' })
    .end(Buffer.from('<!doctype html><p>a login page'))), /magic word|compile/i);
});
