// End to end: two tabs of one browser, one storage-key, fulfilling the same
// requests at the same moment with different instants. Each write races the
// other tab's; both tabs and storage must converge on the merge's answer,
// the earliest fulfilment, every time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const TRIALS = 30;
const PAGE = '<!doctype html><html lang="en"><body>' +
  '<service-promises storage-key="tabs" hours="24/7" reply-within="email 4h" now="2026-03-27T16:30:00Z"></service-promises>' +
  '<script type="module" src="/dist/service-promises.js"></script></body></html>';
let server, browser;

before(async () => {
  server = await serve(undefined, {
    routes: { '/tabs.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE) },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const fulfilledAt = (page, id) => page.evaluate((id) =>
  document.querySelector('service-promises').status().promises.find((p) => p.id === id)?.fulfilledAt ?? null, id);
const stored = (page, id) => page.evaluate((id) => {
  const doc = JSON.parse(localStorage.getItem('service-promises:tabs') ?? '{}');
  const p = (doc.promises ?? []).find((p) => p.id === id);
  return p?.fulfilledAt == null ? null : new Date(p.fulfilledAt).toISOString().replace('.000Z', 'Z');
}, id);

test(`two tabs racing ${TRIALS} times converge on the earliest fulfilment`, async () => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  const errors = [];
  for (const p of [a, b]) {
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(server.url + 'tabs.html');
    await p.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  }
  let converged = 0;
  const misses = [];
  for (let i = 0; i < TRIALS; i++) {
    const id = `R-${i}`;
    await a.evaluate((id) => document.querySelector('service-promises').track({ id, at: '2026-03-27T10:00:00Z' }), id);
    await b.waitForFunction((id) => document.querySelector('service-promises').status().promises.some((p) => p.id === id), id);
    // Both fulfil at the same wall-clock moment, with different instants.
    const [early, late] = ['2026-03-27T12:00:00Z', '2026-03-27T12:05:00Z'];
    const at = Date.now() + 50;
    const fire = (page, instant) => page.evaluate(({ id, instant, at }) => new Promise((done) => {
      setTimeout(() => {
        try { document.querySelector('service-promises').fulfil(id, instant); done('ok'); } catch (e) { done(String(e.message)); }
      }, at - Date.now());
    }), { id, instant, at });
    // Alternate which tab has the earlier instant.
    const [first, second] = i % 2 ? [a, b] : [b, a];
    const [said, saidLate] = await Promise.all([fire(first, early), fire(second, late)]);
    // The earlier instant is always taken; the later one is taken, or
    // refused for the earlier one that tab had already seen.
    if (said !== 'ok') misses.push(`${id}: the earlier fulfil said ${said}`);
    if (saidLate !== 'ok' && !saidLate.includes('only an earlier instant replaces it')) misses.push(`${id}: the later fulfil said ${saidLate}`);
    // Converged: both tabs and storage say the earliest, within 5 seconds.
    const deadline = Date.now() + 5_000;
    let state;
    do {
      state = [await fulfilledAt(a, id), await fulfilledAt(b, id), await stored(a, id)];
      if (state.every((s) => s === early)) break;
      await new Promise((ok) => setTimeout(ok, 50));
    } while (Date.now() < deadline);
    if (state.every((s) => s === early)) converged += 1;
    else misses.push(`${id}: tab a ${state[0]}, tab b ${state[1]}, storage ${state[2]}`);
  }
  console.log(`# tabs: ${converged} of ${TRIALS} converged`);
  assert.deepEqual(errors, []);
  assert.deepEqual(misses, []);
  assert.equal(converged, TRIALS);
  await context.close();
});
