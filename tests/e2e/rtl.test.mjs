// End to end: right-to-left pages. An Arabic and a Hebrew help page
// (`<html dir="rtl">`), at 1200 and 390 px: the element runs right to left
// (the week's day on the right of its hours, with the gap between them, the
// prompt's bar on the right, a line that begins with a Latin id or channel
// name still right to left), and an English element on the same page runs
// left to right: the direction is its words'. Takes the README's
// right-to-left screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { serve, launch } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
// A Sunday-to-Thursday week, as in much of the Arab world and in Israel.
const HOURS = 'Su-Th 09:00-17:00; Fr 09:00-13:00';
// Sunday 20 December 2026, 09:30 in Riyadh and Jerusalem (UTC+3 and UTC+2).
const NOW = '2026-12-20T07:30:00Z';
const element = (lang, zone, extra = '') => `<service-promises lang="${lang}" timezone="${zone}" hours="${HOURS}"
    reply-within="email 4h; chat 5m" return-window="30d" refund-within="5d" refund-method="PayPal"
    now="${NOW}" make-good="free shipping" record-url="/record.json" ${extra}>
    <p>Support: Sunday to Thursday 9:00-17:00.</p></service-promises>`;
const page = (lang, zone) => `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Help</title>
<style>body { font-family: sans-serif; margin: 16px; max-width: 760px; }</style>
<script type="module" src="/dist/service-promises.js"></script></head><body>
<h1>${lang === 'ar' ? 'مركز المساعدة' : 'מרכז העזרה'}</h1>
${element(lang, zone, 'id="own" storage-key="own"')}
${element('en', zone, 'id="english" storage-key="english"')}
</body></html>`;
const RECORD = JSON.stringify({ window_days: 30, generated_at: '2026-12-19T00:00:00Z',
  promises: [{ kind: 'reply', kept: 412, total: 425 }, { kind: 'hours', kept: 30, total: 30 }] });

let server, browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const html = (body) => (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  server = await serve(undefined, {
    routes: {
      '/ar.html': html(page('ar', 'Asia/Riyadh')),
      '/he.html': html(page('he', 'Asia/Jerusalem')),
      '/record.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(RECORD),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// An email sent on Thursday 17 December at 11:00 UTC, due within 4 business
// hours (Friday 10:00 in Riyadh, Thursday 17:00 in Jerusalem), still
// unanswered on Sunday: the apology.
async function open(lang, width, colorScheme = 'light') {
  const p = await browser.newPage({ viewport: { width, height: 1400 }, colorScheme });
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${server.url}${lang}.html`);
  await p.waitForFunction(() => [...document.querySelectorAll('service-promises')]
    .every((el) => el.shadowRoot?.querySelector('.week') && el.status().teamRecord?.record), null, { timeout: 30_000 });
  await p.evaluate((now) => {
    for (const el of document.querySelectorAll('service-promises')) {
      el.track({ id: 'T-7', channel: 'email', at: '2026-12-17T11:00:00Z' });
      el.setAttribute('now', now);
    }
  }, '2026-12-20T08:30:00Z');
  await p.waitForFunction(() => [...document.querySelectorAll('service-promises')]
    .every((el) => el.shadowRoot.querySelector('.prompt')));
  return { p, errors };
}

// Where things are, in CSS pixels, measured in the page.
const layout = (p, id) => p.$eval(`#${id}`, (el) => {
  const root = el.shadowRoot;
  const box = (n) => { const r = n.getBoundingClientRect(); return { left: r.left, right: r.right }; };
  // Where a cell's text is drawn (the cells themselves abut: the gap is their padding).
  const ink = (n) => { const r = document.createRange(); r.selectNodeContents(n); return box(r); };
  const row = root.querySelector('.week tr');
  const prompt = root.querySelector('.prompt');
  const style = getComputedStyle(prompt);
  // The first and the last word of the prompt's first sentence, as drawn.
  const sentence = prompt.querySelector('p') ?? prompt;
  const words = (() => {
    const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode();
    const s = text.textContent.trim();
    const start = text.textContent.indexOf(s);
    const first = document.createRange();
    first.setStart(text, start);
    first.setEnd(text, start + s.split(/\s/)[0].length);
    const last = document.createRange();
    last.setStart(text, start + s.length - s.split(/\s/).at(-1).length);
    last.setEnd(text, start + s.length);
    // The same line only: a sentence that wraps says nothing by its ends.
    const [a, b] = [first.getBoundingClientRect(), last.getBoundingClientRect()];
    return { text: s, firstLeft: a.left, lastLeft: b.left, sameLine: Math.abs(a.top - b.top) < 2 };
  })();
  return {
    direction: getComputedStyle(root.querySelector('.widget')).direction,
    id: ink(root.querySelector('.request strong')),
    status: ink(root.querySelector('.request .status')),
    th: ink(row.querySelector('th')),
    td: ink(row.querySelector('td')),
    widget: box(root.querySelector('.widget')),
    border: { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth) },
    words,
    overflow: root.querySelector('.widget').scrollWidth - root.querySelector('.widget').clientWidth,
  };
});

for (const [lang, width, shot] of [['ar', 1200, 'arabic'], ['he', 390, 'hebrew-phone'], ['ar', 390, null], ['he', 1200, null]]) {
  test(`${lang} page, right to left, at ${width} px`, async () => {
    const { p, errors } = await open(lang, width);
    const own = await layout(p, 'own');
    assert.equal(own.direction, 'rtl');
    // The day's text on the right of its hours', with room between them.
    assert.ok(own.th.left >= own.td.right + 8, `day ${JSON.stringify(own.th)}, hours ${JSON.stringify(own.td)}`);
    // The prompt's wide bar on the side the sentences start.
    assert.ok(own.border.right > own.border.left, JSON.stringify(own.border));
    // Nothing wider than the element.
    assert.ok(own.overflow <= 0, `${own.overflow} px wider than the element`);
    if (own.words.sameLine) assert.ok(own.words.firstLeft > own.words.lastLeft, JSON.stringify(own.words));
    // The request's line begins with its id (T-7): still on the right.
    assert.ok(own.id.right > own.status.right, `id ${JSON.stringify(own.id)}, status ${JSON.stringify(own.status)}`);

    // The English element on the same page: its sentences read left to right.
    const english = await layout(p, 'english');
    assert.match(english.words.text, /^We're sorry/);
    if (width > 600) assert.ok(english.words.sameLine, 'the first sentence on one line at 1200 px');
    if (english.words.sameLine) {
      assert.ok(english.words.firstLeft < english.words.lastLeft, `"${english.words.text}" runs right to left`);
    }
    // English words run left to right, the whole widget with them: the day
    // on the left of its hours.
    assert.equal(english.direction, 'ltr');
    assert.ok(english.td.left >= english.th.right + 8, `day ${JSON.stringify(english.th)}, hours ${JSON.stringify(english.td)}`);
    assert.ok(english.border.left > english.border.right, JSON.stringify(english.border));

    if (shot) await p.locator('#own').screenshot({ path: `${SHOTS}${shot}.png` });
    assert.deepEqual(errors, []);
    await p.close();
  });
}
