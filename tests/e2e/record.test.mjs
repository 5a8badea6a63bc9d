// End to end: record-url against a real server that fails in the ways
// servers do. The team record says it is unavailable, the rest works, and a
// failure is not retried in a loop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, shadowText } from './harness.mjs';

const hits = {};
const count = (name, fn) => (req, res) => { hits[name] = (hits[name] ?? 0) + 1; fn(req, res); };
let server, other, browser;

before(async () => {
  server = await serve(undefined, {
    routes: {
      '/record/ok.json': count('ok', (_q, r) => r.writeHead(200, { 'content-type': 'application/json' })
        .end('{"window_days":30,"promises":[{"kind":"reply","kept":412,"total":425}]}')),
      '/record/404.json': count('404', (_q, r) => r.writeHead(404).end('nope')),
      '/record/500.json': count('500', (_q, r) => r.writeHead(500).end('boom')),
      '/record/hang.json': count('hang', () => { /* never answers */ }),
      '/record/huge.json': count('huge', (_q, r) => r.writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ window_days: 30, promises: [], pad: 'x'.repeat(200_000) }))),
    },
  });
  // Another origin that answers without CORS headers.
  other = await serve(undefined, {
    routes: { '/record.json': count('cors', (_q, r) => r.writeHead(200, { 'content-type': 'application/json' })
      .end('{"window_days":30,"promises":[]}')) },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

async function withRecord(url) {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.$eval('service-promises', (el, u) => el.setAttribute('record-url', u), url);
  await page.waitForFunction(() => document.querySelector('service-promises').status().teamRecord?.state !== 'loading',
    null, { timeout: 15_000 });
  return page;
}

test('a good record is shown with its sample size', async () => {
  const page = await withRecord('/record/ok.json');
  assert.match(await shadowText(page), /Replies on time: 412 of 425 \(96%\) in the last 30 days/);
  await page.close();
});

for (const [name, reason] of [['404', /HTTP 404/], ['500', /HTTP 500/], ['huge', /larger than 64 KB/], ['hang', /no answer within 8 seconds/]]) {
  test(`record-url ${name}: unavailable, the rest works, no retry loop`, async () => {
    const started = Date.now();
    const page = await withRecord(`/record/${name}.json`);
    const team = await page.$eval('service-promises', (el) => el.status().teamRecord);
    assert.equal(team.state, 'unavailable');
    assert.match(team.reason, reason);
    if (name === 'hang') assert.ok(Date.now() - started < 14_000, 'abandoned after its bound');
    const text = await shadowText(page);
    assert.match(text, /Our team record is unavailable right now\./);
    assert.match(text, /Support hours/);
    // Re-renders do not fetch again.
    for (const now of ['2026-03-27T10:00:00Z', '2026-03-27T11:00:00Z', '2026-03-27T12:00:00Z']) {
      await page.$eval('service-promises', (el, n) => el.setAttribute('now', n), now);
    }
    assert.equal(hits[name], 1);
    await page.close();
  });
}

test('record-url on another origin without CORS headers: refused, unavailable', async () => {
  const page = await withRecord(`${other.url}record.json`);
  const team = await page.$eval('service-promises', (el) => el.status().teamRecord);
  assert.equal(team.state, 'unavailable');
  assert.match(team.reason, /refused by CORS/);
  assert.match(await shadowText(page), /Our team record is unavailable right now\./);
  assert.equal(hits.cors, 1, 'the request went out once');
  await page.close();
});
