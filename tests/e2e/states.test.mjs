// End to end: walk the demo's states with its own controls, check them with
// axe-core (including the shadow root), the keyboard, and take the README's
// screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, shadowText } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(colorScheme = 'light') {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.hours'));
  return { page, errors };
}

const prompt = (page) => page.$eval('service-promises', (el) => el.shadowRoot.querySelector('.prompt')?.innerText.replace(/\s+/g, ' ').trim() ?? null);
const press = (page, label) => page.getByRole('button', { name: label, exact: true }).click();
const widget = (page) => page.locator('service-promises');

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('walk open, at-risk, broken and follow-up with the demo controls', async () => {
  const { page, errors } = await open();
  // Monday 10:00 in Berlin.
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-23T09:00:00Z'));
  assert.match(await shadowText(page), /Open now · closes 12:30/);
  assert.equal(await prompt(page), null);
  await press(page, 'Send an email');
  assert.match(await shadowText(page), /T-1001 · email reply: pending — due 15:00/);
  await widget(page).screenshot({ path: `${SHOTS}open.png` });

  for (let i = 0; i < 4; i++) await press(page, '+1 hour');
  await press(page, '+15 min'); // 14:15: past 80% of four business hours
  assert.match(await prompt(page), /^We're running late on your email reply It is due by 15:00 \(in 45 minutes\)/);
  await widget(page).screenshot({ path: `${SHOTS}at-risk.png` });

  await press(page, '+1 hour'); // 15:15
  assert.match(await prompt(page), /^We're sorry: your email reply is late .* As an apology: free shipping on your next order\.$/);
  assert.match(await page.textContent('#event-log'), /event promise-broken: \{"id":"T-1001"/);
  await widget(page).screenshot({ path: `${SHOTS}broken.png` });

  await press(page, 'Team replies');
  await press(page, 'Mark solved');
  await press(page, '+3 days');
  assert.match(await prompt(page), /^Did this fully solve your problem\? About your email reply \(T-1001\)\./);
  await widget(page).screenshot({ path: `${SHOTS}follow-up.png` });
  assert.deepEqual(await axe(page), []);

  // Keyboard: Tab reaches the answer buttons inside the shadow root; Enter answers.
  const focused = async () => page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.textContent?.trim();
  });
  await page.focus('a.brand');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await focused()) === 'No, not yet';
  }
  assert.ok(reached, 'Tab reaches "No, not yet"');
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('#event-log'), /event follow-up-answer: \{"id":"T-1001","solved":false\}/);
  assert.match(await shadowText(page), /T-1001 · email reply: pending/);
  // The buttons are gone: focus stays in the widget, on the polite live
  // region, which now holds (and announces) the confirmation.
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.activeElement?.matches('[aria-live=polite]'));
  assert.equal(await focused(), 'Thank you for telling us. Your request is open again, and we are on it.');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SERVICE-PROMISES', 'not <body>');
  assert.deepEqual(errors, []);
  await page.close();
});

test('closed, in the dark colour scheme, passes axe', async () => {
  const { page, errors } = await open('dark');
  // Saturday 16:00 in Berlin: closed until Monday. The demo page is light,
  // so the element is dark by its `theme`.
  await page.$eval('service-promises', (el) => {
    el.setAttribute('theme', 'dark');
    el.setAttribute('now', '2026-03-28T15:00:00Z');
  });
  assert.match(await prompt(page), /^We're closed right now Write anyway: by chat we will reply by Mon 09:05\.$/);
  await widget(page).screenshot({ path: `${SHOTS}closed-dark.png` });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

const pack = (lang) => JSON.parse(readFileSync(new URL(`../../www/dist/lang/${lang}.json`, import.meta.url), 'utf8'));

test('French and Polish: closed, and a request at risk', async () => {
  const { page, errors } = await open();
  const fr = pack('fr');
  // The author's own words (refund method, fees) in the page's language too.
  const say = (lang, now, method, fees) => page.$eval('service-promises', (el, [lang, now, method, fees]) => {
    el.setAttribute('lang', lang);
    el.setAttribute('now', now);
    el.setAttribute('refund-method', method);
    el.setAttribute('return-fees', fees);
  }, [lang, now, method, fees]);
  await say('fr', '2026-03-27T16:30:00Z', "moyen de paiement d'origine", 'gratuits');
  await page.waitForFunction((t) => document.querySelector('service-promises').shadowRoot.textContent.includes(t), fr.closedTitle);
  const text = await shadowText(page);
  assert.match(text, /ven\. 27 mars/);
  assert.ok(text.includes(fr.supportHours) && text.includes(fr.whenWeReply), text);
  assert.doesNotMatch(text, /Support hours|When we reply|business/);
  await widget(page).screenshot({ path: `${SHOTS}french.png` });

  const pl = pack('pl');
  await say('pl', '2026-03-23T09:00:00Z', 'pierwotna metoda płatności', 'bezpłatnie');
  await page.waitForFunction((t) => document.querySelector('service-promises').shadowRoot.textContent.includes(t), pl.supportHours);
  await press(page, 'Send an email');
  for (let i = 0; i < 4; i++) await press(page, '+1 hour');
  await press(page, '+15 min');
  const risk = pl.riskTitle.split('{what}')[0].trim();
  assert.ok((await prompt(page)).startsWith(risk), await prompt(page));
  assert.match(await prompt(page), /za 45 minut/);
  await widget(page).screenshot({ path: `${SHOTS}polish.png` });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('German with lang="de": the words and the dates', async () => {
  const { page, errors } = await open();
  await page.$eval('service-promises', (el) => { el.setAttribute('lang', 'de'); el.setAttribute('now', '2026-03-27T16:30:00Z'); });
  // The German pack comes first (the element keeps its words until then).
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.textContent.includes('Fr., 27. März'));
  const text = await shadowText(page);
  assert.match(text, /Jetzt nicht erreichbar · ab morgen 10:00 \(Mitteleuropäische Zeit\)/);
  assert.match(text, /Fr\., 27\. März/);
  assert.match(text, /email: innerhalb von 4 Geschäftsstunden — schreiben Sie jetzt und erhalten Sie eine Antwort bis morgen 14:00/);
  assert.match(await prompt(page), /^Wir sind gerade nicht erreichbar Schreiben Sie trotzdem: per chat erhalten Sie eine Antwort bis morgen 10:05\.$/);
  assert.doesNotMatch(text, /Support hours|When we reply|business/);
  await widget(page).screenshot({ path: `${SHOTS}german.png` });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('closed hours: the apology and the reopened confirmation say when a person will be on it; a confirmation goes when the question comes again', async () => {
  const { page, errors } = await open();
  const confirmation = () => page.$eval('service-promises', (el) =>
    [...el.shadowRoot.querySelectorAll('.confirmation p')].map((p) => p.textContent));
  // Monday 10:00 in Berlin; the email is due at 15:00.
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-23T09:00:00Z'));
  await press(page, 'Send an email');
  // Monday 18:30: late, and closed until Tuesday 09:00.
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-23T17:30:00Z'));
  const late = await prompt(page);
  assert.match(late, /^We're sorry: your email reply is late .*A person will be on it when we open, [^;]*09:00; you do not need to write again\./);
  assert.doesNotMatch(late, /on it now/);
  await press(page, 'Team replies');
  await press(page, 'Mark solved');
  await press(page, '+3 days'); // Thursday 18:30, closed
  assert.match(await prompt(page), /^Did this fully solve your problem\?/);
  await press(page, 'No, not yet');
  const said = await confirmation();
  assert.equal(said[0], 'Thank you for telling us. Your request is open again.');
  assert.match(said[1], /^A person will be on it when we open, [^;]*09:00; you do not need to write again\.$/);
  assert.equal(said.length, 2);
  await widget(page).screenshot({ path: `${SHOTS}reopened-closed.png` });

  // "Not now" on a second request: the confirmation stays while nothing
  // else is said, and goes when the question is asked again a day later.
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-30T08:00:00Z')); // Monday 10:00
  await press(page, 'Team replies');
  await press(page, 'Mark solved');
  await press(page, '+3 days'); // Thursday 10:00, open
  assert.match(await prompt(page), /^Did this fully solve your problem\?/);
  await press(page, 'Not now');
  assert.deepEqual(await confirmation(), ['All right: we will ask again tomorrow.']);
  await press(page, '+15 min');
  assert.deepEqual(await confirmation(), ['All right: we will ask again tomorrow.']);
  await press(page, '+1 day');
  assert.match(await prompt(page), /^Did this fully solve your problem\?/);
  assert.deepEqual(await confirmation(), [], 'not above the same question asked again');
  assert.deepEqual(errors, []);
  await page.close();
});
