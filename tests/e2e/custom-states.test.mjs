// End to end: the element's custom states (`:state(open)`,
// `:state(closing-soon)`, `:state(closed)`) follow its own `hours-change`
// events. The events here are dispatched by the test, so this checks the
// JavaScript side alone (element.js); states.package.test.mjs checks the
// element's own events across a closing time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const PAGE = '<!doctype html><html lang="en"><head>' +
  '<style>service-promises:state(closed) + .chat { display: none; }</style></head>' +
  '<body><main></main><button class="chat">Chat</button>' +
  '<script type="module" src="/dist/service-promises.js"></script></body></html>';
let server, browser;

before(async () => {
  server = await serve(undefined, {
    routes: { '/states.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE) },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(init) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (init) await page.addInitScript(init);
  await page.goto(`${server.url}states.html`);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  // An element without hours: it announces none of its own.
  await page.evaluate(async () => {
    const el = document.createElement('service-promises');
    el.setAttribute('reply-within', 'email 4h');
    document.querySelector('main').after(el);
    await new Promise((r) => setTimeout(r, 50));
    window.announce = (open, closingSoon) => el.dispatchEvent(new CustomEvent('hours-change', {
      bubbles: true, composed: true, detail: { open, closingSoon, nextChange: null },
    }));
    window.states = () => ['open', 'closing-soon', 'closed'].filter((s) => el.matches(`:state(${s})`));
  });
  return { page, errors, states: () => page.evaluate(() => window.states()) };
}

test('open, open and closing soon, closed: exactly the states of the last hours-change', async () => {
  const { page, errors, states } = await open();
  assert.deepEqual(await states(), [], 'no state before the element says anything');
  await page.evaluate(() => window.announce(true, false));
  assert.deepEqual(await states(), ['open']);
  await page.evaluate(() => window.announce(true, true));
  assert.deepEqual(await states(), ['open', 'closing-soon']);
  await page.evaluate(() => window.announce(false, false));
  assert.deepEqual(await states(), ['closed']);
  // The page's CSS sees it: the chat button after the element is hidden.
  assert.equal(await page.$eval('.chat', (b) => getComputedStyle(b).display), 'none');
  await page.evaluate(() => window.announce(true, false));
  assert.equal(await page.$eval('.chat', (b) => getComputedStyle(b).display), 'inline-block');
  // A page's own listener already sees the new state.
  const seen = await page.evaluate(() => new Promise((ok) => {
    document.addEventListener('hours-change', (e) => ok(e.target.matches(':state(closed)')), { once: true });
    window.announce(false, false);
  }));
  assert.equal(seen, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('no state while disconnected; back in the document, the last announced one until it says otherwise', async () => {
  const { page, errors, states } = await open();
  await page.evaluate(() => window.announce(true, true));
  const away = await page.evaluate(() => {
    const el = document.querySelector('service-promises');
    el.remove();
    const s = window.states();
    document.querySelector('main').after(el);
    return s;
  });
  assert.deepEqual(away, []);
  assert.deepEqual(await states(), ['open', 'closing-soon']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hours removed or unusable: no state', async () => {
  const { page, errors, states } = await open();
  const step = (fn) => page.evaluate(async (fn) => {
    const el = document.querySelector('service-promises');
    new Function('el', fn)(el);
    await new Promise((r) => setTimeout(r, 50)); // the element's own render and events
  }, fn);
  await step("el.setAttribute('timezone', 'UTC'); el.setAttribute('hours', 'Mo-Fr 09:00-17:00')");
  await page.evaluate(() => window.announce(false, false));
  assert.deepEqual(await states(), ['closed']);
  await step("el.removeAttribute('hours')");
  assert.deepEqual(await states(), [], 'hours removed');

  await step("el.setAttribute('hours', 'Mo-Fr 09:00-17:00')");
  await page.evaluate(() => window.announce(true, false));
  assert.deepEqual(await states(), ['open']);
  await step("el.setAttribute('hours', 'Mo-Fr 25:00-26:00')");
  assert.deepEqual(await states(), [], 'hours unusable');

  // Removed while out of the document: none when it comes back.
  await step("el.setAttribute('hours', 'Mo-Fr 09:00-17:00')");
  await page.evaluate(() => window.announce(true, false));
  await step("el.remove(); el.removeAttribute('hours'); document.querySelector('main').after(el)");
  assert.deepEqual(await states(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('where the browser has no custom states, the element works and nothing throws', async () => {
  for (const init of [
    () => Object.defineProperty(ElementInternals.prototype, 'states', { get: () => undefined }),
    () => { HTMLElement.prototype.attachInternals = () => { throw new DOMException('no internals', 'NotSupportedError'); }; },
  ]) {
    const { page, errors, states } = await open(init);
    await page.evaluate(() => window.announce(false, false));
    assert.deepEqual(await states(), []);
    assert.ok(await page.$eval('service-promises', (el) => !!el.shadowRoot.querySelector('.replies')), 'rendered');
    assert.equal(typeof (await page.$eval('service-promises', (el) => el.status().now)), 'string');
    assert.deepEqual(errors, []);
    await page.close();
  }
});
