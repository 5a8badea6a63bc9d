// End to end: every language the element ships speaks in every state (open,
// closing soon, closed, no opening ahead, open but unstaffed, each prompt and
// each answer's confirmation, the requests with every status, the refund
// calculator, the team's record, a storage notice, nothing published) with
// no English word left outside what the page author wrote. For each
// language, every text the states reach is found on screen in that
// language (so a state that did not render fails), and no word of the
// English texts, nor an English weekday or month, appears that the
// language's own texts do not use too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const LANGUAGES = ['en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'he', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'zh-Hans', 'zh-Hant'];
// Texts no state below shows: the error box's title is the author's (its
// messages are English), and a `lang` pack that fails to load is tested in
// texts.test.mjs.
const NOT_SHOWN = new Set(['configProblems']);

const BLANK = `<!doctype html><html><head><meta charset="utf-8"><title>Help</title>
<script type="module" src="/dist/service-promises.js"></script></head><body></body></html>`;
const FEW = JSON.stringify({ window_days: 1, promises: [{ kind: 'hours', kept: 1, total: 2 }] });
// A record as the command writes it, a line per channel, made long before MON.
const STALE = JSON.stringify({ window_days: 30, generated_at: '2026-01-05T00:00:00Z',
  promises: [{ kind: 'reply', channel: 'email', kept: 40, total: 42 }, { kind: 'reply', kept: 60, total: 61 },
    { kind: 'refund', kept: 20, total: 21 }, { kind: 'update', kept: 45, total: 48 }] });

let server, browser;

before(async () => {
  server = await serve(undefined, {
    routes: {
      '/blank.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BLANK),
      '/few.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(FEW),
      '/stale.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(STALE),
      // A record that never comes (the server is closed at the end).
      '/hanging.json': () => {},
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Monday 23 March 2026 in Berlin (UTC+1): 10:00Z is 11:00 there.
const MON = '2026-03-23T10:00:00Z';
const HOURS = 'Mo-Fr 09:00-17:00; Sa 10:00-14:00';
// What the page author writes (channel names, the refund method and fees,
// the make-good offer, ids): theirs to word, not the element's.
const AUTHOR = 'email chat phone PayPal gratis T-1 T-2 T-3 R-1 X-0 X-1 X-2 X-3 X-4 X-5 X-6 X-7 X-8 X-9 X-10 ' +
  'X-11 X-12 X-13 X-14 X-15 X-16 X-17 X-18 X-19 X-20 X-21 S-1 Europe Berlin ' +
  // (and the storage key the unreadable data was kept aside under)
  'service-promises';

// Every state, as elements on one page in language `lang`. Runs in the page.
async function build({ lang, MON, HOURS }) {
  const made = [];
  const wait = () => new Promise((ok) => setTimeout(ok, 0));
  const make = async (name, attrs, then) => {
    const el = document.createElement('service-promises');
    el.dataset.state = name;
    el.setAttribute('lang', lang);
    el.setAttribute('timezone', 'Europe/Berlin');
    el.setAttribute('storage-key', `lang-${lang}-${name}`);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
    made.push(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.widget'); i++) await new Promise((ok) => setTimeout(ok, 10));
    if (!el.shadowRoot?.querySelector('.widget')) throw new Error(`${name}: did not render`);
    if (then) await then(el);
    await wait();
  };
  const replies = 'email 4h; chat 5m; phone 1d';
  const shadow = (el) => el.shadowRoot;
  const click = async (el, cls) => { shadow(el).querySelector(`button.${cls}`).click(); await wait(); };
  const at = (t, ms) => new Date(Date.parse(t) + ms).toISOString().replace('.000Z', 'Z');
  const H = 3600e3, D = 24 * H;
  // A delivery date typed into the refund calculator (again, until its
  // listener, attached after the first render, has it).
  const deliver = async (el, date) => {
    const input = shadow(el).querySelector('input[type=date]');
    input.value = date;
    for (let i = 0; i < 100 && !shadow(el).querySelector('.estimate p'); i++) {
      input.dispatchEvent(new Event('change'));
      await new Promise((ok) => setTimeout(ok, 10));
    }
  };

  await make('open', {
    hours: HOURS, 'reply-within': replies, 'return-window': '30d', 'refund-within': '5d',
    'refund-method': 'PayPal', 'return-fees': 'gratis', 'refund-policy-url': '/policy',
    holidays: '2026-03-27', now: MON, 'record-url': '/record.json',
  }, async (el) => {
    // 22 requests: the list shows 20 and says how many more.
    for (let i = 0; i < 22; i++) el.track({ id: `X-${i}`, channel: 'chat', at: at(MON, -D * 3 - i * 60e3) });
    for (let i = 0; i < 22; i++) el.fulfil(`X-${i}`, at(MON, -D * 3 - i * 60e3 + 60e3));
    el.track({ id: 'R-1', kind: 'refund', at: at(MON, -H) });
    el.track({ id: 'T-1', channel: 'email', at: MON });
    await deliver(el, '2026-03-20');
    for (let i = 0; i < 100 && !el.status().teamRecord?.record; i++) await new Promise((ok) => setTimeout(ok, 10));
  });
  await make('too-late', { 'return-window': '30d', 'refund-within': '5d', hours: HOURS, now: MON }, async (el) => {
    await deliver(el, '2026-01-02');
  });
  // A delivery date still to come (MON is 23 March).
  await make('delivery-future', { 'return-window': '30d', 'refund-within': '5d', hours: HOURS, now: MON }, async (el) => {
    await deliver(el, '2026-03-30');
  });
  await make('no-returns', { 'return-window': 'none', 'record-url': '/few.json', now: MON }, async (el) => {
    for (let i = 0; i < 100 && !el.status().teamRecord?.record; i++) await new Promise((ok) => setTimeout(ok, 10));
  });
  await make('record-stale', { 'reply-within': replies, 'record-url': '/stale.json', now: MON }, async (el) => {
    for (let i = 0; i < 100 && !el.status().teamRecord?.record; i++) await new Promise((ok) => setTimeout(ok, 10));
  });
  // The record on its way: its lines held as blanks, read as loading.
  await make('record-loading', { 'reply-within': replies, 'record-url': '/hanging.json', now: MON });
  await make('record-unavailable', { 'reply-within': replies, 'record-url': '/missing.json', now: MON }, async (el) => {
    for (let i = 0; i < 100 && el.status().teamRecord?.state === 'loading'; i++) await new Promise((ok) => setTimeout(ok, 10));
  });
  // 16:50 in Berlin: closing soon.
  await make('closing-soon', { hours: HOURS, 'reply-within': replies, now: '2026-03-23T15:50:00Z' });
  // Thursday 19:00: closed, opens tomorrow; the closed prompt.
  await make('closed', { hours: HOURS, 'reply-within': replies, now: '2026-03-26T18:00:00Z' });
  await make('no-opening', { hours: 'Mo-Su off', 'reply-within': 'email 4h', now: MON });
  await make('all-day', { hours: '24/7', 'reply-within': 'email 2d; chat 30m; phone 1h30m', now: MON });
  await make('calendar-days', { 'reply-within': 'email 3d calendar; phone 1d calendar; chat 2h calendar', now: MON });
  // Open, but nobody answering: the hours promise broken.
  await make('unstaffed', { hours: HOURS, 'reply-within': replies, staffed: 'no', now: MON });
  // At risk: four business hours from 10:00 are due 14:00; 13:30 is past 80%.
  await make('at-risk', { hours: HOURS, 'reply-within': replies, now: '2026-03-23T09:00:00Z' }, async (el) => {
    el.track({ id: 'T-1', channel: 'email' });
    el.setAttribute('now', '2026-03-23T12:30:00Z');
  });
  await make('at-risk-hours', { hours: HOURS, 'reply-within': 'phone 1d', now: '2026-03-23T08:00:00Z' }, async (el) => {
    el.track({ id: 'T-1', channel: 'phone' });
    el.setAttribute('now', '2026-03-24T05:00:00Z');
  });
  await make('at-risk-days', { hours: HOURS, 'reply-within': 'phone 5d', now: '2026-03-23T08:00:00Z' }, async (el) => {
    el.track({ id: 'T-1', channel: 'phone' });
    el.setAttribute('now', '2026-03-27T08:00:00Z');
  });
  // Countdowns of whole days, and of hours and minutes.
  await make('due-in-days', { hours: HOURS, 'reply-within': 'phone 5d', now: '2026-03-23T08:00:00Z' }, async (el) => {
    const { due } = el.track({ id: 'T-1', channel: 'phone' });
    el.setAttribute('now', at(due, -2 * D));
  });
  await make('due-in-hours-minutes', { hours: HOURS, 'reply-within': 'phone 1d', now: '2026-03-23T08:00:00Z' }, async (el) => {
    const { due } = el.track({ id: 'T-1', channel: 'phone' });
    el.setAttribute('now', at(due, -(2 * H + 10 * 60e3)));
  });
  await make('broken', { hours: HOURS, 'reply-within': replies, 'make-good': 'gratis', now: '2026-03-23T09:00:00Z' }, async (el) => {
    el.track({ id: 'T-1', channel: 'email' });
    el.setAttribute('now', '2026-03-23T14:00:00Z');
  });
  // Follow-up: solved, then asked three days later; each answer.
  const followUp = async (name, answers, attrs = {}) => make(name, { hours: HOURS, 'reply-within': replies, 'follow-up-after': '3d', now: MON, ...attrs }, async (el) => {
    el.track({ id: 'T-3', channel: 'email', at: at(MON, -2 * H) });
    el.fulfil('T-3', at(MON, -H));
    el.resolve('T-3');
    let now = at(MON, 3 * D + H);
    el.setAttribute('now', now);
    await wait();
    for (const [i, a] of answers.entries()) {
      await click(el, a);
      now = at(now, D + 60e3);
      // The next "Not now" a day later; the last answer's confirmation stays.
      if (a === 'not-now' && i < answers.length - 1) el.setAttribute('now', now);
      await wait();
    }
  });
  await followUp('follow-up', []);
  await followUp('answered-yes', ['yes']);
  await followUp('answered-no', ['no']);
  await followUp('answered-later', ['not-now']);
  await followUp('answered-later-thrice', ['not-now', 'not-now', 'not-now']);
  // Reopened with no opening hours ahead: "as soon as we are back".
  await followUp('answered-no-no-opening', ['no'], { hours: 'Mo-Su off', 'reply-within': 'email 4h calendar' });
  // Late after closing time (18:30): a person will be on it at the opening.
  await make('broken-closed', { hours: HOURS, 'reply-within': replies, now: '2026-03-23T09:00:00Z' }, async (el) => {
    el.track({ id: 'T-1', channel: 'email' });
    el.setAttribute('now', '2026-03-23T17:30:00Z');
  });
  // Due this very minute.
  await make('due-now', { hours: HOURS, 'reply-within': replies, now: MON }, async (el) => {
    el.track({ id: 'T-1', channel: 'email' });
    el.setAttribute('now', '2026-03-23T14:00:00Z');
  });
  // Hours the author got wrong: replies in business time cannot be given.
  await make('bad-hours', { hours: 'Mo-Fr 09:00-1700', 'reply-within': replies, now: MON, debug: '' });
  // Storage: blocked, full, of a newer format, unreadable and not kept aside.
  const { getItem, setItem } = Storage.prototype;
  Storage.prototype.getItem = function (k) {
    if (String(k).endsWith('-blocked')) throw new DOMException('blocked', 'SecurityError');
    return getItem.call(this, k);
  };
  Storage.prototype.setItem = function (k, v) {
    if (/-full$|-unkept:/.test(k)) throw new DOMException('full', 'QuotaExceededError');
    return setItem.call(this, k, v);
  };
  await make('blocked', { 'reply-within': replies, now: MON });
  await make('full', { 'reply-within': replies, now: MON }, (el) => el.track({ id: 'T-1', channel: 'email' }));
  localStorage.setItem(`service-promises:lang-${lang}-newer`, '{"version":99,"promises":[]}');
  await make('newer', { 'reply-within': replies, now: MON });
  localStorage.setItem(`service-promises:lang-${lang}-unkept`, '{"version":1,"promises":[oops');
  await make('unkept', { 'reply-within': replies, now: MON });
  // A request stored without a channel (by a page that publishes others).
  const ms = Date.parse(MON);
  localStorage.setItem(`service-promises:lang-${lang}-stored`, JSON.stringify({ version: 1, promises: [
    { id: 'S-1', kind: 'reply', openedAt: ms - H, due: ms + H, atRiskAt: ms - H / 2 }] }));
  await make('stored', { 'reply-within': replies, now: MON });
  // Stored requests that cannot be read: kept aside, and said so.
  localStorage.setItem(`service-promises:lang-${lang}-unreadable`, '{"version":1,"promises":[oops');
  await make('unreadable', { 'reply-within': replies, now: MON });
  await make('nothing', {});
  return made.length;
}

const words = (text) => (text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3);
// Words of the English texts that a language's own texts use too, as its own
// words: anything else English in a pack is a word left behind.
const SHARED = {
  de: 'browser min minute problem version was',
  es: 'min',
  fr: 'configuration date message min minute minutes moment page place promise service version',
  it: 'browser come min',
  nl: 'browser min moment open was week',
  pl: 'min problem',
  pt: 'for min',
  cs: 'min',
  da: 'browser for min problem under version',
  fi: 'min',
  nb: 'for full min under',
  sv: 'min problem risk under version',
};
const ENGLISH_CALENDAR = 'Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
  'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec January February March April June July August September ' +
  'October November December';

for (const lang of LANGUAGES) {
  test(`${lang}: every state, in ${lang} words only`, async () => {
    // The visitor is in New York: every time also in theirs.
    const page = await browser.newPage({ timezoneId: 'America/New_York', locale: 'en-US' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}blank.html`);
    await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
    const count = await page.evaluate(build, { lang, MON, HOURS });
    assert.ok(count >= 20, `${count} elements`);
    const seen = await page.evaluate(() => [...document.querySelectorAll('service-promises')].map((el) => {
      const root = el.shadowRoot;
      const labels = [...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'));
      return {
        state: el.dataset.state,
        // (The error box is the author's, in English: not the visitor's.)
        text: [...root.querySelector('.widget').children].filter((n) => !n.matches('.errors'))
          .map((n) => n.innerText).join(' ').replace(/\s+/g, ' ').trim(),
        labels,
        language: el.status().language,
        errors: el.status().errors.map((e) => `${e.attribute}: ${e.message}`),
        texts: el.texts,
      };
    }));
    assert.deepEqual(errors, []);
    for (const s of seen) {
      if (s.state.startsWith('bad-')) assert.notDeepEqual(s.errors, [], `${s.state}: its configuration errors`);
      else assert.deepEqual(s.errors, [], `${s.state}: no configuration errors`);
      assert.deepEqual(s.language, { tag: lang, texts: lang }, `${s.state}: status().language`);
    }
    const texts = seen[0].texts;
    const english = await page.evaluate(() => {
      const el = document.createElement('service-promises');
      el.setAttribute('lang', 'en');
      return new Promise((ok) => {
        document.body.append(el);
        const poll = () => (el.texts ? ok(el.texts) : setTimeout(poll, 10));
        poll();
      });
    });
    const all = seen.map((s) => `${s.text} ${s.labels.join(' ')}`).join('\n');

    // Every text the states reach is on screen, in this language.
    const fragment = (t) => t.split(/\{\w+\}/).map((p) => p.replace(/\s+/g, ' ').trim()).sort((a, b) => b.length - a.length)[0];
    const missing = [];
    for (const key of Object.keys(english).filter((k) => !k.includes('.'))) {
      if (NOT_SHOWN.has(key)) continue;
      const forms = Object.keys(texts).filter((k) => k === key || k.startsWith(`${key}.`));
      const found = forms.some((k) => {
        const f = fragment(texts[k]);
        return f.length < 2 || all.includes(f);
      });
      if (!found) missing.push(`${key}: "${fragment(texts[key])}"`);
    }
    assert.deepEqual(missing, [], `texts not found on screen in ${lang}`);

    if (lang === 'en') return;
    // No English word the language's own texts do not use.
    // (Intl's own words for the language's weekdays and months are its own.)
    const calendar = await page.evaluate((lang) => {
      const out = [];
      for (const style of ['short', 'long']) {
        for (let d = 0; d < 12; d++) {
          const day = new Date(Date.UTC(2026, d, 1 + d));
          out.push(new Intl.DateTimeFormat(lang, { weekday: style, month: style, timeZone: 'UTC' }).format(day));
        }
      }
      return out.join(' ');
    }, lang);
    // The language's own words are its pack's, as served (not the element's
    // texts, which would hold any English word a missing key left).
    const pack = await (await fetch(`${server.url}dist/lang/${lang}.json`)).json();
    const englishText = new Set(words(Object.values(english).join(' ')));
    const own = new Set([
      ...words(Object.values(pack).join(' ')).filter((w) => !englishText.has(w)),
      ...words(`${SHARED[lang]} ${AUTHOR} ${calendar}`),
    ]);
    const englishWords = new Set(words(Object.values(english).join(' ') + ' ' + ENGLISH_CALENDAR)
      .filter((w) => !own.has(w)));
    const found = [];
    for (const s of seen) {
      for (const w of words(`${s.text} ${s.labels.join(' ')}`)) {
        if (englishWords.has(w)) found.push(`${s.state}: "${w}"`);
      }
    }
    assert.deepEqual([...new Set(found)], [], `English words in ${lang}`);
    await page.close();
  });
}
