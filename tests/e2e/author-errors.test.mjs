// End to end: configuration errors are for the page author. On a page
// served from a real host name they go to the console (once each) and to
// `config-error`, and the element does not show them: customers see the
// sections that work, and the element's own fallback content in place of
// unusable hours. With `debug`, or on localhost / 127.0.0.1, the element
// shows them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

let server, browser;

const BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help</title>
<script type="module" src="/dist/service-promises.js"></script></head><body></body></html>`;

before(async () => {
  server = await serve(undefined, {
    routes: { '/blank.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BLANK) },
  });
  // shop.test is this machine: a page the element does not take for the
  // author's own.
  browser = await launch(['--host-resolver-rules=MAP shop.test 127.0.0.1']);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(base) {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${base}blank.html`);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.evaluate(() => {
    document.body.innerHTML = `<service-promises timezone="Europe/Berlin" hours="Mo-Fr 09:00-1700"
        reply-within="email 4h calendar" now="2026-03-23T10:00:00Z" storage-key="author-errors">
      <p class="fallback-text">Support: Mon–Fri 9:00–17:00 (Berlin time).</p>
    </service-promises>`;
  });
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.widget'));
  return { page, warnings };
}

const shown = (page) => page.$eval('service-promises', (el) => {
  const root = el.shadowRoot;
  const slot = root.querySelector('.fallback slot');
  return {
    errors: root.querySelector('.errors')?.textContent ?? null,
    fallback: slot ? slot.assignedNodes().map((n) => n.textContent).join('').trim() : null,
    replies: root.querySelector('.replies')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    status: el.status().errors.map((e) => e.attribute),
  };
});

test('on a shop\'s own host the errors are the author\'s: console and event, not the customer\'s screen', async () => {
  const base = server.url.replace('127.0.0.1', 'shop.test');
  const { page, warnings } = await open(base);
  const s = await shown(page);
  assert.equal(s.errors, null, 'no error box for customers');
  assert.equal(s.fallback, 'Support: Mon–Fri 9:00–17:00 (Berlin time).', 'the fallback text in place of the hours');
  assert.match(s.replies, /email: within 4 hours/, 'the sections that work still show');
  assert.deepEqual(s.status, ['hours'], 'status() still has the error');
  assert.equal(warnings.filter((w) => w.startsWith('service-promises: hours:')).length, 1, `once on the console: ${warnings}`);
  // A re-render does not warn again.
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-23T10:05:00Z'));
  assert.equal(warnings.filter((w) => w.startsWith('service-promises: hours:')).length, 1);
  // With `debug`, the author sees them in the element.
  await page.$eval('service-promises', (el) => el.setAttribute('debug', ''));
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.querySelector('.errors'));
  const d = await shown(page);
  assert.match(d.errors, /hours: at character \d+/);
  assert.equal(d.fallback, null, 'the author sees the error, not the fallback');
  await page.close();
});

test('on 127.0.0.1 (the author\'s machine) the element shows its errors', async () => {
  const { page } = await open(server.url);
  const s = await shown(page);
  assert.match(s.errors ?? '', /hours/);
  assert.equal(s.fallback, null);
  await page.close();
});
