// End to end: the page author's texts, from HTML alone (a data-texts
// script, flat or by language tag) and from the `texts` property, with
// their errors; a language with no pack (English words, its own dates); a
// pack that does not come (English words and an error); a pack on its way
// (the fallback content, never a text in the wrong language first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, WWW } from './harness.mjs';

const BLANK = `<!doctype html><html><head><meta charset="utf-8"><title>Help</title>
<script type="module" src="/dist/service-promises.js"></script></head><body></body></html>`;
const FR = JSON.parse(readFileSync(`${WWW}dist/lang/fr.json`, 'utf8'));
const NL = readFileSync(`${WWW}dist/lang/nl.json`, 'utf8');
let server, browser, releaseNl, italianAsked = 0;
// A page whose script sets `texts` before the module has defined the element.
const EARLY = `<!doctype html><html><head><meta charset="utf-8"><title>Help</title>
<script type="module" src="/dist/service-promises.js"></script></head><body>
<service-promises lang="en" timezone="Europe/Berlin" hours="Mo-Fr 09:00-17:00" now="2026-03-23T10:00:00Z"></service-promises>
<script>document.querySelector('service-promises').texts = { supportHours: 'Set before the element was defined' };</script>
</body></html>`;

before(async () => {
  server = await serve(undefined, {
    routes: {
      '/blank.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BLANK),
      '/early.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(EARLY),
      '/dist/lang/it.json': (req, res) => { italianAsked += 1; res.writeHead(404).end('not found'); },
      // Dutch comes when the test says so.
      '/dist/lang/nl.json': (req, res) => {
        releaseNl = () => res.writeHead(200, { 'content-type': 'application/json' }).end(NL);
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const ATTRS = 'timezone="Europe/Berlin" hours="Mo-Fr 09:00-17:00" reply-within="email 4h" now="2026-03-23T10:00:00Z"';

async function open(body) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}blank.html`);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.evaluate((body) => {
    window.configErrors = [];
    document.addEventListener('config-error', (e) => window.configErrors.push(`${e.detail.attribute}: ${e.detail.message}`));
    document.body.innerHTML = body;
  }, body);
  return { page, errors };
}

const rendered = (page, sel = 'service-promises') => page.waitForFunction((sel) => document.querySelector(sel).shadowRoot?.querySelector('.widget'), sel)
  .then(() => page.$eval(sel, (el) => el.shadowRoot.querySelector('.widget').innerText.replace(/\s+/g, ' ').trim()));
const status = (page, sel = 'service-promises') => page.$eval(sel, (el) => {
  const s = el.status();
  return { language: s.language, errors: s.errors.map((e) => `${e.attribute}: ${e.message}`) };
});

test('a data-texts script replaces texts, by key, with named placeholders in any order', async () => {
  const { page, errors } = await open(`<service-promises lang="en-GB" ${ATTRS}>
    <script type="application/json" data-texts>{
      "supportHours": "When our people are in",
      "replyBy": "{time} at the latest",
      "within": " (promised: {duration})"
    }</script></service-promises>`);
  const text = await rendered(page);
  assert.match(text, /When our people are in/);
  assert.match(text, /email \(promised: 4 business hours\) — write now and expect a 15:00 at the latest/);
  assert.doesNotMatch(text, /Support hours/);
  assert.deepEqual(await status(page), { language: { tag: 'en-GB', texts: 'en' }, errors: [] });
  // The property reads every text, the author's among them.
  const texts = await page.$eval('service-promises', (el) => el.texts);
  assert.equal(texts.supportHours, 'When our people are in');
  assert.equal(texts.closedTitle, "We're closed right now");
  assert.ok(Object.keys(texts).length > 100, `${Object.keys(texts).length} texts`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('texts by language tag: the full tag first, then its language, over the pack', async () => {
  const { page } = await open(`
    <service-promises id="ca" lang="fr-CA" ${ATTRS}>
      <script type="application/json" data-texts>{
        "en": { "supportHours": "Our hours" },
        "fr": { "supportHours": "Nos heures" },
        "fr-CA": { "openNow": "Ouvert présentement" }
      }</script></service-promises>
    <service-promises id="fr" lang="fr" ${ATTRS}>
      <script type="application/json" data-texts>{
        "en": { "supportHours": "Our hours" },
        "fr": { "supportHours": "Nos heures" }
      }</script></service-promises>
    <service-promises id="de" lang="de" ${ATTRS}>
      <script type="application/json" data-texts>{ "en": { "supportHours": "Our hours" } }</script></service-promises>`);
  const ca = await rendered(page, '#ca');
  assert.match(ca, /Ouvert présentement/, 'fr-CA takes its own entry');
  assert.match(ca, new RegExp(FR.supportHours), 'and not the fr one: one entry, the closest');
  const fr = await rendered(page, '#fr');
  assert.match(fr, /Nos heures/);
  assert.match(fr, new RegExp(FR.openNow), 'the rest is the pack');
  const de = await rendered(page, '#de');
  assert.match(de, /Erreichbarkeit/, 'no entry for de: the pack as it is');
  assert.deepEqual((await status(page, '#ca')).language, { tag: 'fr-CA', texts: 'fr' });
  await page.close();
});

test('the texts property takes the same object; bad texts are config-errors naming the key, the rest applies', async () => {
  const { page, errors } = await open(`<service-promises lang="en" ${ATTRS}></service-promises>`);
  await rendered(page);
  await page.$eval('service-promises', (el) => {
    el.texts = {
      supportHours: 'Opening times',
      supportHour: 'typo',
      replyBy: 'soon',
      openNow: 'Open: {when}',
      'inMinutes.one': 'in one minute',
      'yes.one': 'no plural here',
    };
  });
  const text = await rendered(page);
  assert.match(text, /Opening times/, 'the good text applies');
  assert.match(text, /Open now/, 'a text with a bad placeholder is not used');
  assert.match(text, /reply by 3:00 PM/, 'nor one missing its placeholder');
  const { errors: problems } = await status(page);
  assert.deepEqual(problems.sort(), [
    'texts: the text for "openNow" has an unknown placeholder {when}',
    'texts: the text for "replyBy" lacks the placeholder {time}',
    'texts: unknown key "supportHour" (did you mean "supportHours"?)',
    'texts: unknown key "yes.one" (did you mean "yes"?)',
  ].sort());
  assert.deepEqual((await page.evaluate(() => window.configErrors)).sort(), problems.sort(), 'each also a config-error event');
  // Back to the defaults.
  await page.$eval('service-promises', (el) => { el.texts = null; });
  assert.match(await rendered(page), /Support hours/);
  assert.deepEqual((await status(page)).errors, []);
  // Near misses are named: in case, and a letter or two off (by edit
  // distance, as attribute names are).
  await page.$eval('service-promises', (el) => { el.texts = { supporthours: 'x', supportHors: 'y', closedTitel: 'z', nope: 'n' }; });
  assert.deepEqual((await status(page)).errors, [
    'texts: unknown key "supporthours" (did you mean "supportHours"?)',
    'texts: unknown key "supportHors" (did you mean "supportHours"?)',
    'texts: unknown key "closedTitel" (did you mean "closedTitle"?)',
    'texts: unknown key "nope"; the README lists the keys',
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a data-texts script that is not JSON is an error; the element renders its words', async () => {
  const { page } = await open(`<service-promises lang="en" ${ATTRS}>
    <script type="application/json" data-texts>{ "supportHours": "x", }</script></service-promises>`);
  assert.match(await rendered(page), /Support hours/);
  const { errors } = await status(page);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^texts: the data-texts script is not JSON/);
  await page.close();
});

test('a language with no pack reads entirely in English: words, dates, numbers and the zone, and status() says so', async () => {
  const { page } = await open(`<service-promises lang="hu" ${ATTRS}></service-promises>`);
  const text = await rendered(page);
  assert.match(text, /Support hours/);
  const [monday, english, zone] = await page.evaluate(() => [
    new Intl.DateTimeFormat('hu', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date('2026-03-23T12:00:00Z')),
    new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date('2026-03-23T12:00:00Z')),
    new Intl.DateTimeFormat('hu', { timeZone: 'Europe/Berlin', timeZoneName: 'longGeneric' }).formatToParts(0).find((p) => p.type === 'timeZoneName').value,
  ]);
  assert.ok(!text.includes(monday), `no Hungarian dates (${monday}) among English words: ${text}`);
  assert.ok(text.includes(english), `English dates (${english}): ${text}`);
  assert.ok(!text.includes(zone) && text.includes('(Central European'), `the zone in English: ${text}`);
  assert.deepEqual(await status(page), { language: { tag: 'hu', texts: 'en' }, errors: [] });
  await page.close();
});

test('Chinese by script, else by region; Norwegian as Bokmål: the pack each tag speaks', async () => {
  for (const [tag, pack] of [['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-CN', 'zh-Hans'], ['zh', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'], ['no', 'nb'], ['nb-NO', 'nb'], ['sv-FI', 'sv']]) {
    const { page } = await open(`<service-promises lang="${tag}" ${ATTRS}></service-promises>`);
    await rendered(page);
    assert.deepEqual((await status(page)).language, { tag, texts: pack }, tag);
    await page.close();
  }
});

test('a pack that does not come: English words and a lang error; the next element asks again', async () => {
  const asked = italianAsked;
  const { page } = await open(`<service-promises lang="it" ${ATTRS}></service-promises>`);
  assert.match(await rendered(page), /Support hours/);
  const s = await status(page);
  assert.deepEqual(s.language, { tag: 'it', texts: 'en' });
  assert.equal(s.errors.length, 1);
  assert.match(s.errors[0], /^lang: the it texts \(lang\/it\.json\) could not be loaded \(HTTP 404\); showing English words$/);
  assert.equal(italianAsked, asked + 1);
  await page.evaluate((attrs) => document.body.insertAdjacentHTML('beforeend', `<service-promises id="again" lang="it" ${attrs}></service-promises>`), ATTRS);
  assert.match(await rendered(page, '#again'), /Support hours/);
  assert.equal(italianAsked, asked + 2, 'asked again');
  await page.close();
});

test('a language changed while its pack is on its way: the last one asked for wins', async () => {
  const { page } = await open(`<service-promises lang="nl" ${ATTRS}></service-promises>`);
  await page.waitForTimeout(100);
  await page.$eval('service-promises', (el) => el.setAttribute('lang', 'de'));
  assert.match(await rendered(page), /Erreichbarkeit/);
  releaseNl();
  await page.waitForTimeout(300);
  const text = await rendered(page);
  assert.match(text, /Erreichbarkeit/, 'the Dutch pack, come late, does not take over');
  assert.deepEqual((await status(page)).language, { tag: 'de', texts: 'de' });
  // And back to English at once (no pack to wait for), then Dutch (cached now).
  await page.$eval('service-promises', (el) => el.setAttribute('lang', 'en'));
  assert.match(await rendered(page), /Support hours/);
  await page.$eval('service-promises', (el) => el.setAttribute('lang', 'nl'));
  assert.match(await rendered(page), new RegExp(JSON.parse(NL).supportHours));
  await page.close();
});

test('texts set before the element was defined are taken', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}early.html`);
  assert.match(await rendered(page), /Set before the element was defined/);
  await page.close();
});

test("keys that are names of every object's prototype are unknown keys, and the rest renders", async () => {
  const { page } = await open(`<service-promises lang="en" ${ATTRS}></service-promises>`);
  await rendered(page);
  await page.$eval('service-promises', (el) => {
    el.texts = JSON.parse('{"constructor": "x", "toString": "y", "__proto__": "z", "supportHours": "Still here"}');
  });
  assert.match(await rendered(page), /Still here/);
  assert.deepEqual((await status(page)).errors.sort(), [
    'texts: unknown key "__proto__"; the README lists the keys',
    'texts: unknown key "constructor"; the README lists the keys',
    'texts: unknown key "toString"; the README lists the keys',
  ]);
  await page.close();
});

test('English words take English plurals in a language with other rules (vi: one form)', async () => {
  const { page } = await open(`<service-promises lang="vi" ${ATTRS.replace('email 4h', 'email 1d; phone 21m')}></service-promises>`);
  const text = await rendered(page);
  assert.match(text, /email: within 1 business day —/);
  assert.match(text, /phone: within 21 minutes/);
  assert.deepEqual((await status(page)).language, { tag: 'vi', texts: 'en' });
  await page.close();
});

test('while the pack is on its way the fallback content shows, then the words in the language', async () => {
  const { page } = await open(`<service-promises lang="nl" ${ATTRS}><p class="fb">Wij zijn er ma-vr 9-17.</p></service-promises>`);
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('service-promises', (el) => el.shadowRoot?.querySelector('.widget') ?? null), null, 'nothing rendered yet');
  assert.equal(await page.$eval('.fb', (p) => p.checkVisibility()), true, 'the fallback shows');
  releaseNl();
  const text = await rendered(page);
  assert.match(text, new RegExp(JSON.parse(NL).supportHours));
  assert.doesNotMatch(text, /Support hours|Open now/);
  assert.equal(await page.$eval('.fb', (p) => p.checkVisibility()), false, 'the fallback is gone');
  await page.close();
});

test('a lang that is not a language tag is skipped by one rule: words and dates both follow the page around it', async () => {
  const { page, errors } = await open(`<div lang="de"><service-promises lang="x_y" ${ATTRS}></service-promises></div>`);
  // (German words need the German pack: wait for them.)
  await page.waitForFunction(() => document.querySelector('service-promises').status?.()?.language?.texts === 'de', null, { timeout: 10_000 });
  const text = await rendered(page);
  const s = await page.$eval('service-promises', (el) => el.status());
  assert.deepEqual(s.language, { tag: 'de', texts: 'de' });
  assert.match(text, /Jetzt erreichbar/, `German words: ${text}`);
  assert.match(text, /Mo\., 23\.|23\. März/, `German dates: ${text}`);
  assert.ok(s.errors.some((e) => e.attribute === 'lang'), `the author is told: ${JSON.stringify(s.errors)}`);
  assert.deepEqual(errors, []);
  await page.close();
});
