// End to end: public holidays by region code. An element with
// `holidays="DE-BY, ..."` fetches Germany's file for the decade, lists
// Bavaria's holidays (checked against the reference fixtures from the
// `holidays` package, a second implementation), closes on them, and
// computes deadlines around them; names follow the element's language;
// unknown codes and a file that does not come are configuration errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch } from './harness.mjs';

const FIXTURES = JSON.parse(readFileSync(new URL('../fixtures/holidays/DE.json', import.meta.url), 'utf8'));
const BLANK = `<!doctype html><html><head><meta charset="utf-8"><title>Help</title>
<script type="module" src="/dist/service-promises.js"></script></head><body></body></html>`;
let server, browser, releaseFr, asked = [];

before(async () => {
  server = await serve(undefined, {
    routes: {
      '/blank.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BLANK),
      '/dist/regions/AT/2020.json': (req, res) => res.writeHead(404).end('not found'),
      // France's file comes when the test says so.
      '/dist/regions/FR/2020.json': (req, res) => {
        releaseFr = () => res.writeHead(200, { 'content-type': 'application/json' })
          .end(readFileSync(new URL('../../www/dist/regions/FR/2020.json', import.meta.url)));
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(body) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => r.url().includes('/regions/') && asked.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}blank.html`);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.evaluate((body) => { document.body.innerHTML = body; }, body);
  return { page, errors };
}

const rendered = (page, sel = 'service-promises') => page.waitForFunction((sel) => document.querySelector(sel).shadowRoot?.querySelector('.widget'), sel)
  .then(() => page.$eval(sel, (el) => el.shadowRoot.querySelector('.widget').innerText.replace(/\s+/g, ' ').trim()));
const status = (page, sel = 'service-promises') => page.$eval(sel, (el) => el.status());

// Wednesday 23 December 2026, 16:00 in Berlin.
const ATTRS = 'timezone="Europe/Berlin" hours="Mo-Fr 09:00-17:00" reply-within="email 4h" now="2026-12-23T15:00:00Z"';

test('DE-BY: Bavaria\'s holidays as the reference has them, closed on them, deadlines around them', async () => {
  asked = [];
  const { page, errors } = await open(`<service-promises lang="de" holidays="DE-BY, 2026-12-24 Heiligabend" ${ATTRS}></service-promises>`);
  const text = await rendered(page);
  const s = await status(page);
  assert.deepEqual(s.errors, []);
  // status().holidays: today through 365 days ahead, the listed date and Bavaria's.
  const dates = s.holidays.map((h) => h.date);
  const reference = ['2026', '2027'].flatMap((y) => FIXTURES.regions['DE-BY'][y].map((d) => `${y}-${d}`))
    .filter((d) => d >= '2026-12-23' && d <= '2027-12-23');
  assert.deepEqual(dates, [...new Set([...reference, '2026-12-24'])].sort(), 'the reference dates and the listed one');
  assert.ok(!dates.includes('2027-10-31'), 'Reformation Day is not Bavaria\'s');
  assert.deepEqual(s.holidays.slice(0, 3), [
    { date: '2026-12-24', name: 'Heiligabend' },
    { date: '2026-12-25', name: '1. Weihnachtstag' },
    { date: '2026-12-26', name: '2. Weihnachtstag' },
  ]);
  assert.ok(s.holidays.some((h) => h.date === '2027-01-06' && h.name === 'Heilige Drei Könige'));
  // The week table and the holiday list show them.
  assert.match(text, /Fr\., 25\. Dez\.? geschlossen \(1\. Weihnachtstag\)/);
  assert.match(text, /Heiligabend/);
  // Four business hours from Wednesday 16:00: one that day; Thursday 24 and
  // Friday 25 are holidays, the weekend closed; three more on Monday 28:
  // due 12:00 Berlin, 11:00 UTC.
  const due = await page.$eval('service-promises', (el) => el.track({ id: 'T-1', channel: 'email' }).due);
  assert.equal(due, '2026-12-28T11:00:00Z');
  // On Christmas Day, a Friday, at 10:00 the team is closed.
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-12-25T09:00:00Z'));
  assert.equal((await status(page)).hours.open, false);
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-12-28T09:00:00Z'));
  assert.equal((await status(page)).hours.open, true);
  assert.deepEqual([...new Set(asked)], ['/dist/regions/DE/2020.json'], 'one file for 2025-2029, fetched once');
  assert.deepEqual(errors, []);
  await page.close();
});

test('names in the element\'s language where known, else the region\'s own', async () => {
  const { page } = await open(`
    <service-promises id="en" lang="en" holidays="DE-BY" ${ATTRS}></service-promises>
    <service-promises id="fr" lang="fr" holidays="DE-BY" ${ATTRS}></service-promises>`);
  await rendered(page, '#en');
  await rendered(page, '#fr');
  const name = (sel, date) => page.$eval(sel, (el, date) => el.status().holidays.find((h) => h.date === date)?.name, date);
  assert.equal(await name('#en', '2026-12-25'), 'Christmas Day');
  assert.equal(await name('#en', '2027-01-06'), 'Epiphany');
  assert.equal(await name('#fr', '2027-01-06'), 'Heilige Drei Könige', 'no French name in the file: the region\'s own');
  await page.close();
});

test('unknown codes are configuration errors naming the code and the likely ones; the rest renders', async () => {
  const { page } = await open(`
    <service-promises id="sub" lang="en" holidays="DE-BV, 2026-12-24" ${ATTRS}></service-promises>
    <service-promises id="country" lang="en" holidays="DX, 2026-12-24" ${ATTRS}></service-promises>
    <service-promises id="uk" lang="en" holidays="UK" ${ATTRS}></service-promises>
    <service-promises id="usa" lang="en" holidays="USA, GB-ENGLAND" ${ATTRS}></service-promises>`);
  await rendered(page, '#sub');
  const sub = (await status(page, '#sub')).errors;
  assert.equal(sub.length, 1);
  assert.equal(sub[0].attribute, 'holidays');
  assert.match(sub[0].message, /^no public holidays known for "DE-BV" \(the holidays of all of DE are counted\); did you mean .*DE-BY/);
  const days = (await status(page, '#sub')).holidays.map((h) => h.date);
  assert.ok(days.includes('2026-12-24'), 'the listed date still counts');
  assert.ok(days.includes('2026-12-25') && days.includes('2027-10-03'), `Germany's nationwide holidays count: ${days}`);
  assert.ok(!days.includes('2027-01-06'), 'not a subdivision\'s own (Epiphany: BW, BY, ST)');
  await rendered(page, '#country');
  const country = (await status(page, '#country')).errors;
  assert.equal(country.length, 1);
  assert.match(country[0].message, /^no public holidays known for "DX"; did you mean .*DE.*\?$/);
  assert.deepEqual((await status(page, '#country')).holidays.map((h) => h.date), ['2026-12-24'], 'the listed date still counts');
  await rendered(page, '#uk');
  assert.deepEqual((await status(page, '#uk')).errors.map((e) => e.message), ['no public holidays known for "UK"; did you mean GB?']);
  await rendered(page, '#usa');
  assert.deepEqual((await status(page, '#usa')).errors.map((e) => e.message), [
    'no public holidays known for "USA"; did you mean US?',
    'no public holidays known for "GB-ENGLAND" (the holidays of all of GB are counted); did you mean GB-ENG?',
  ]);
  await page.close();
});

test('a New York shop\'s typo, US-NYC: the US holidays still count, the author is told US-NY, and no reply is promised across them', async () => {
  const { page } = await open(`<service-promises lang="en" timezone="America/New_York" holidays="US-NYC"
    hours="Mo-Fr 09:00-18:00" reply-within="email 1d" now="2026-11-25T17:00:00Z"></service-promises>`);
  const text = await rendered(page);
  const s = await status(page);
  assert.deepEqual(s.errors.map((e) => `${e.attribute}: ${e.message}`), [
    'holidays: no public holidays known for "US-NYC" (the holidays of all of US are counted); did you mean US-NY?',
  ]);
  assert.ok(s.holidays.some((h) => h.date === '2026-11-26' && h.name === 'Thanksgiving Day'), JSON.stringify(s.holidays.slice(0, 3)));
  assert.match(text, /Thu, Nov 26\s*closed/, 'Thanksgiving is closed in the week');
  assert.match(text, /email: within 1 business day — cannot be computed until the hours are fixed/);
  assert.doesNotMatch(text, /reply by/);
  await page.close();
});

test('a file that does not come: a holidays error, and no business-time deadline is promised without it', async () => {
  const { page } = await open(`<service-promises lang="en" holidays="AT" ${ATTRS}></service-promises>`);
  const text = await rendered(page);
  const s = await status(page);
  assert.equal(s.errors.length, 1);
  assert.match(s.errors[0].message, /^the holidays of AT \(regions\/AT\/2020\.json\) could not be loaded \(HTTP 404\); they are not counted$/);
  assert.match(text, /email: within 4 business hours — cannot be computed until the hours are fixed/);
  await page.close();
});

test('while a region\'s file is on its way the fallback content shows, then the hours with its holidays', async () => {
  const { page } = await open(`<service-promises lang="fr" holidays="FR" ${ATTRS}><p class="fb">Support : lun.-ven. 9 h-17 h.</p></service-promises>`);
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('service-promises', (el) => el.shadowRoot?.querySelector('.widget') ?? null), null, 'nothing rendered yet');
  releaseFr();
  const text = await rendered(page);
  assert.match(text, /ven\. 25 déc\.? fermé \(Noël\)/);
  assert.ok((await status(page)).holidays.some((h) => h.date === '2027-07-14' && h.name === 'Fête nationale'));
  await page.close();
});

test('the opening_hours rules people write: easter, the nth weekday, additional rules, off times, hours past 24', async () => {
  const { page } = await open(`<service-promises lang="en" timezone="Europe/Berlin"
    hours="Mo-Fr 09:00-17:00, Sa 10:00-12:00; Fr 09:00-17:00, Fr 18:00-26:00; easter -2 days off; Nov Th[4] off; 12:00-13:00 off"
    now="2026-12-02T10:00:00Z"></service-promises>`);
  await rendered(page);
  assert.deepEqual((await status(page)).errors, []);
  const openAt = (now) => page.$eval('service-promises', (el, now) => { el.setAttribute('now', now); return el.status().hours.open; }, now);
  assert.equal(await openAt('2026-12-02T10:00:00Z'), true, 'a Wednesday, 11:00 in Berlin');
  assert.equal(await openAt('2026-12-02T11:30:00Z'), false, '12:30: the lunch hour is off');
  assert.equal(await openAt('2026-12-05T09:30:00Z'), true, 'Saturday 10:30: the additional rule');
  assert.equal(await openAt('2026-12-05T00:30:00Z'), true, 'Saturday 01:30: Friday until 26:00');
  assert.equal(await openAt('2026-11-26T10:00:00Z'), false, 'the fourth Thursday of November');
  assert.equal(await openAt('2027-03-26T10:00:00Z'), false, 'Good Friday 2027 (easter -2 days)');
  assert.equal(await openAt('2027-03-25T10:00:00Z'), true, 'the day before');
  // (A later rule replaces earlier ones on the days it names: written after
  // the Friday rule, easter -2 days closes Good Friday.)
  await page.close();
});
