// End to end: the element's own `hours-change` events and its custom states
// across a closing time. Hours Mo-Fr 09:00-17:00 in UTC, the clock (`now`)
// on Friday 2026-03-27: 16:20 open, 16:45 closing soon (within 30 minutes of
// 17:00), 17:05 closed until Monday 09:00. Each change is one event
// (bubbling, composed, `{ open, closingSoon, nextChange }`), the first on the
// first render, and `:state()` follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const PAGE = '<!doctype html><html lang="en"><body><main></main>' +
  '<script type="module" src="/dist/service-promises.js"></script></body></html>';
let server, browser;

before(async () => {
  server = await serve(undefined, {
    routes: { '/hours.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE) },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('hours-change and :state() across a closing time, as the clock moves', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}hours.html`);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.evaluate(() => {
    window.__events = [];
    document.addEventListener('hours-change', (e) => window.__events.push({
      detail: e.detail, bubbles: e.bubbles, composed: e.composed,
      states: ['open', 'closing-soon', 'closed'].filter((s) => e.target.matches(`:state(${s})`)),
    }));
    const el = document.createElement('service-promises');
    el.setAttribute('timezone', 'UTC');
    el.setAttribute('hours', 'Mo-Fr 09:00-17:00');
    el.setAttribute('now', '2026-03-27T16:20:00Z');
    document.querySelector('main').append(el);
  });
  const events = (n) => page.waitForFunction((n) => window.__events.length >= n, n, { timeout: 5_000, polling: 50 })
    .then(() => page.evaluate(() => window.__events));
  const states = () => page.$eval('service-promises', (el) => ['open', 'closing-soon', 'closed'].filter((s) => el.matches(`:state(${s})`)));
  const setNow = (now) => page.$eval('service-promises', (el, now) => el.setAttribute('now', now), now);

  let seen = await events(1);
  assert.deepEqual(seen[0], {
    detail: { open: true, closingSoon: false, nextChange: '2026-03-27T17:00:00Z' },
    bubbles: true, composed: true, states: ['open'],
  });
  assert.deepEqual(await states(), ['open']);

  await setNow('2026-03-27T16:45:00Z');
  seen = await events(2);
  assert.deepEqual(seen[1], {
    detail: { open: true, closingSoon: true, nextChange: '2026-03-27T17:00:00Z' },
    bubbles: true, composed: true, states: ['open', 'closing-soon'],
  });
  assert.deepEqual(await states(), ['open', 'closing-soon']);

  await setNow('2026-03-27T17:05:00Z');
  seen = await events(3);
  assert.deepEqual(seen[2], {
    detail: { open: false, closingSoon: false, nextChange: '2026-03-30T09:00:00Z' },
    bubbles: true, composed: true, states: ['closed'],
  });
  assert.deepEqual(await states(), ['closed']);

  // A clock that moves without changing anything sends nothing more.
  await setNow('2026-03-27T18:00:00Z');
  await page.waitForTimeout(300);
  assert.equal((await page.evaluate(() => window.__events)).length, 3);
  // status() agrees.
  assert.deepEqual(await page.$eval('service-promises', (el) => {
    const { open, closingSoon, nextChange } = el.status().hours;
    return { open, closingSoon, nextChange };
  }), { open: false, closingSoon: false, nextChange: '2026-03-30T09:00:00Z' });
  assert.deepEqual(errors, []);
  await page.close();
});
