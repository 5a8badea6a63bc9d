// End to end: the record the native command writes is what the element
// shows. Tickets of the last weeks (email and chat, most answered at once,
// some late, some never) go through `service-promises record --page
// www/index.html`; the demo page then reads that document as its
// `record-url`, and shows a line per channel with the command's numbers and
// when the record was made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, WWW } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
let server, browser, doc;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-record-'));
  const now = new Date();
  const rows = ['id,channel,created_at,first_reply_at'];
  for (let i = 0; i < 90; i++) {
    const created = new Date(now.getTime() - (2 + (i % 26)) * 86_400_000);
    created.setUTCHours(9 + (i % 6), 15, 0, 0);
    const channel = i % 3 ? 'email' : 'chat';
    // Every seventh never answered, every fifth six days later, the rest
    // two minutes later.
    const reply = i % 7 === 0 ? '' : new Date(created.getTime() + (i % 5 === 0 ? 6 * 86_400_000 : 120_000)).toISOString();
    rows.push(`T-${i},${channel},${created.toISOString()},${reply}`);
  }
  writeFileSync(join(dir, 'tickets.csv'), rows.join('\n') + '\n');
  const run = spawnSync('cargo', ['run', '-q', '--bin', 'service-promises', '--', 'record', '--page', join(WWW, 'index.html'),
    '--from', 'csv', join(dir, 'tickets.csv'), '--now', now.toISOString().replace(/\.\d+Z$/, 'Z')], { cwd: ROOT, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(run.status, 0, run.stderr);
  doc = JSON.parse(run.stdout);
  server = await serve(WWW, {
    routes: { '/record.json': (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(run.stdout) },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the demo page shows the record the command wrote from the tickets, a line per channel', async () => {
  const replies = doc.promises.filter((p) => p.kind === 'reply');
  assert.deepEqual(replies.map((p) => p.channel).sort(), ['chat', 'email'], JSON.stringify(doc));
  for (const p of replies) assert.ok(p.total >= 20 && p.kept < p.total, `enough cases, some broken: ${JSON.stringify(p)}`);
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('service-promises').status?.()?.teamRecord?.state === 'loaded');
  const shown = await page.$eval('service-promises', (el) => ({
    lines: [...el.shadowRoot.querySelectorAll('.team li')].map((li) => li.textContent),
    updated: el.shadowRoot.querySelector('.team .updated')?.textContent,
  }));
  const expected = doc.promises.map((p) => {
    const what = p.kind === 'reply' ? `Replies by ${p.channel} on time` : 'Refunds on time';
    if (p.total < 20) return `${what}: too few cases to say (${p.total} in the last 30 days)`;
    return `${what}: ${p.kept} of ${p.total} (${Math.floor((p.kept * 100) / p.total)}%) in the last 30 days`;
  });
  assert.deepEqual(shown.lines, expected);
  const today = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Berlin' })
    .format(new Date(doc.generated_at)).replace(',', '');
  assert.equal(shown.updated, `Updated ${today}.`);
  await page.close();
});
