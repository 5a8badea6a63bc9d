// End to end: the built demo page in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { serve, launch, shadowText } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
let server, browser, page;
const pageErrors = [];

before(async () => {
  server = await serve();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.hours'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the element renders its published promises from the attributes', async () => {
  const text = await shadowText(page);
  assert.match(text, /Support hours/);
  assert.match(text, /(Open now|Closed now|Closing soon)/);
  // The team's zone as people say it; its IANA name only in status().
  assert.match(text, /\(Central European Time\)/);
  assert.doesNotMatch(text, /Europe\/Berlin/);
  for (const channel of ['chat', 'email', 'phone']) assert.match(text, new RegExp(`${channel}: within`));
  assert.match(text, /Return within 30 days of delivery/);
  assert.match(text, /Refund issued within 5 business days/);
  assert.doesNotMatch(text, /Configuration problems/);
  const rows = await page.$$eval('service-promises', ([el]) => el.shadowRoot.querySelectorAll('.week tr').length);
  assert.equal(rows, 7);
  assert.deepEqual(pageErrors, []);
});

test("the team's public record beside the visitor's own, growing with the demo's help desk", async () => {
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.querySelector('.team li'));
  const text = await shadowText(page);
  assert.match(text, /Our record\s*Replies by chat on time: 196 of 201 \(97%\) in the last 30 days\s*Replies by email on time: 412 of 425 \(96%\) in the last 30 days\s*Replies by phone on time: 57 of 58 \(98%\)/);
  assert.match(text, /Refunds on time: 98 of 100 \(98%\) in the last 30 days/);
  assert.match(await page.textContent('#own-record'), /no promise decided yet/);
  // Monday 10:00 in Berlin: an email, answered at once, is a kept promise.
  await page.$eval('service-promises', (el) => { el.forgetAll(); el.setAttribute('now', '2026-03-23T09:00:00Z'); });
  await page.getByRole('button', { name: 'Send an email', exact: true }).click();
  await page.getByRole('button', { name: 'Team replies', exact: true }).click();
  await page.waitForFunction(() => /1 of 1 promises kept/.test(document.getElementById('own-record').textContent));
  assert.match(await shadowText(page), /Our promises to you so far: 1 of 1 kept\./);
  await page.$eval('service-promises', (el) => { el.forgetAll(); el.removeAttribute('now'); });
});

test('the element marks its first render for performance measurements', async () => {
  const marks = await page.evaluate(() => performance.getEntriesByName('service-promises:first-render').map((m) => m.startTime));
  assert.ok(marks.length >= 1);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  console.log(`first render at ${marks[0].toFixed(0)} ms; first contentful paint at ${fcp?.toFixed(0)} ms`);
});

test('the fallback stays in the light DOM and is not rendered once upgraded', async () => {
  const fallback = await page.$eval('service-promises', (el) => el.textContent);
  assert.match(fallback, /Support: Mon–Fri/);
  const visible = await page.$eval('service-promises p', (p) => p.getClientRects().length > 0);
  assert.equal(visible, false);
});

test('a fixed clock gives exact, contract-conformant times', async () => {
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-27T16:30:00Z'));
  const text = await shadowText(page);
  assert.match(text, /Closed now · opens tomorrow 10:00/);
  assert.match(text, /email: within 4 business hours — write now and expect a reply by tomorrow 14:00/);
  const status = await page.$eval('service-promises', (el) => el.status());
  assert.equal(status.now, '2026-03-27T16:30:00Z');
  assert.deepEqual(status.hours, { open: false, closingSoon: false, nextChange: '2026-03-28T09:00:00Z', timezone: 'Europe/Berlin', staffed: true });
  assert.deepEqual(status.prompt, { kind: 'closed', id: null });
  assert.deepEqual(status.errors, []);
  // The demo's clock line follows `now` set from outside its own buttons.
  await page.waitForFunction(() => document.getElementById('demo-clock').textContent === 'Fri 27 Mar, 17:30 in Berlin');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}demo.png`, fullPage: true });
});

test('track() on the built bundle returns the contract deadline and shows the request', async () => {
  const out = await page.$eval('service-promises', (el) =>
    el.track({ id: 'T-1042', kind: 'reply', channel: 'email', at: '2026-03-27T16:30:00Z' }));
  assert.deepEqual(out, { id: 'T-1042', due: '2026-03-28T13:00:00Z' });
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.querySelector('.requests'));
  assert.match(await shadowText(page), /Your requests\s*T-1042 · email reply: pending — due tomorrow 14:00/);
  const thrown = await page.$eval('service-promises', (el) => {
    try { el.track({ id: 'T-1042', channel: 'email' }); return null; } catch (e) { return e.message; }
  });
  assert.match(thrown, /already tracked/);
  await page.$eval('service-promises', (el) => el.forgetAll());
});

test('a bad attribute shows its specific error while the rest renders', async () => {
  const events = await page.$eval('service-promises', (el) => {
    const got = [];
    el.addEventListener('config-error', (e) => got.push(e.detail));
    el.setAttribute('hours', 'Mo-Fr 09:00-17:00; Sa 10:00-14');
    return got;
  });
  assert.deepEqual(events, [{ attribute: 'hours', message: "at the end: expected ':' and minutes (like 09:00)" }]);
  const text = await shadowText(page);
  assert.match(text, /Configuration problems/);
  assert.match(text, /hours: at the end: expected ':'/);
  assert.match(text, /Return within 30 days/);
  await page.screenshot({ path: `${SHOTS}error.png`, fullPage: true });
});

test('the page head carries schema.org JSON-LD matching the attributes', async () => {
  await page.$eval('service-promises', (el) => el.setAttribute('hours', 'Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off'));
  const docs = await page.$$eval('head script[type="application/ld+json"]', (s) => s.map((x) => JSON.parse(x.textContent)));
  assert.equal(docs.length, 1);
  const [contact, returns] = docs[0]['@graph'];
  assert.equal(contact['@type'], 'ContactPoint');
  assert.deepEqual(contact.hoursAvailable.slice(0, 3).map((h) => [h.opens, h.closes, h.dayOfWeek.length]), [['09:00', '12:30', 5], ['13:30', '17:00', 5], ['10:00', '14:00', 1]]);
  // Christmas Eve to Boxing Day: one run of closed days.
  const christmas = contact.hoursAvailable.find((h) => h.validFrom <= '2026-12-25' && '2026-12-25' <= h.validThrough);
  assert.deepEqual([christmas.validFrom, christmas.validThrough, christmas.opens, christmas.closes], ['2026-12-24', '2026-12-26', '00:00', '00:00']);
  assert.equal(returns['@type'], 'MerchantReturnPolicy');
  assert.equal(returns.merchantReturnDays, 30);
  assert.equal(returns.returnFees, 'https://schema.org/FreeReturn');
  assert.equal(returns.merchantReturnLink, '#returns');
});
