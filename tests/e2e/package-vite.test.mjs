// End to end: the npm package as a web developer gets it. www/dist is packed
// (`npm pack`), the tarball installed into a fresh Vite 7 project with Vue 3
// and React 19 (tests/e2e/fixtures/vite-app, the README's examples), built
// for production, and the built pages opened in Chromium: the element
// renders from the built output with its wasm found by the bundler
// (`new URL(..., import.meta.url)`), the page's CSS sees its custom states,
// and React's and Vue's event bindings receive its events. Vite's dev server
// serves it too, with the README's `optimizeDeps.exclude`.
//
// Needs the npm registry (vite, vue, react); with
// SERVICE_PROMISES_OFFLINE=1 it is skipped, saying so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, WWW } from './harness.mjs';

const FIXTURE = new URL('./fixtures/vite-app/', import.meta.url).pathname;
const OFFLINE = process.env.SERVICE_PROMISES_OFFLINE === '1';
const DEPS = ['vite@7', '@vitejs/plugin-vue@6', 'vue@3', 'react@19', 'react-dom@19'];
let dir, server, browser;

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 150_000 });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(async () => {
  if (OFFLINE) return;
  dir = mkdtempSync(join(tmpdir(), 'sp-vite-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], `${WWW}dist`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'sp-vite-example', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `./${packed.filename}`, ...DEPS], dir);
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], dir);
  server = await serve(join(dir, 'dist/'));
  browser = await launch();
}, { timeout: 240_000 });

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// The fixture pages are the README's examples, with no `now`: the clock is
// set to a Saturday so that the element starts closed (Mo-Fr 09:00-17:00
// Berlin) whenever the test runs, and hours-change events are the tests' own.
const SATURDAY = new Date('2026-12-05T12:00:00Z');

async function open(url) {
  const page = await browser.newPage();
  await page.clock.setFixedTime(SATURDAY);
  const errors = [], logs = [], wasm = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] }));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('service-promises')?.shadowRoot?.querySelector('.hours'), null, { timeout: 20_000 });
  return { page, errors, logs, wasm };
}

// A language pack, found by the bundler next to the module (`new URL(...,
// import.meta.url)`) and fetched when the element first speaks French.
const FR = JSON.parse(readFileSync(`${WWW}dist/lang/fr.json`, 'utf8'));
async function speaksFrench(page) {
  await page.$eval('service-promises', (el) => el.setAttribute('lang', 'fr'));
  await page.waitForFunction((t) => document.querySelector('service-promises').shadowRoot.textContent.includes(t),
    FR.supportHours, { timeout: 5_000 });
  assert.deepEqual(await page.$eval('service-promises', (el) => el.status().language), { tag: 'fr', texts: 'fr' });
  assert.deepEqual(await page.$eval('service-promises', (el) => el.status().errors), []);
  // And a region's holidays (regions/FR/2020.json, found the same way).
  await page.$eval('service-promises', (el) => { el.setAttribute('now', '2026-07-01T10:00:00Z'); el.setAttribute('holidays', 'FR'); });
  await page.waitForFunction(() => document.querySelector('service-promises').status().holidays
    .some((h) => h.date === '2026-07-14'), null, { timeout: 5_000 });
  assert.deepEqual(await page.$eval('service-promises', (el) => el.status().errors), []);
}

/** Waits until `ok()` holds, polling, for at most `ms`. */
async function until(ok, ms = 5_000) {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) return false;
  }
  return true;
}

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

const hoursChange = (page, open) => page.$eval('service-promises', (el, open) => el.dispatchEvent(
  new CustomEvent('hours-change', { bubbles: true, composed: true, detail: { open, closingSoon: false, nextChange: null } })), open);

test('plain page: the element renders from the built output, its wasm an asset next to the module', { skip: OFFLINE && 'SERVICE_PROMISES_OFFLINE=1' }, async () => {
  const built = readdirSync(join(dir, 'dist/assets'));
  assert.ok(built.some((f) => /^service_promises_bg-[\w-]+\.wasm$/.test(f)), `the wasm is an asset: ${built}`);
  assert.ok(!built.some((f) => f.endsWith('.d.ts') || f === 'custom-elements.json'), 'nothing but the module and wasm is bundled');
  const { page, errors, logs, wasm } = await open(server.url);
  assert.deepEqual(wasm.map((w) => [new URL(w.url).pathname.startsWith('/assets/service_promises_bg-'), w.status, w.type]), [[true, 200, 'application/wasm']]);
  // main.ts ran: its typed calls work on the built element.
  assert.ok(await until(() => logs.some((l) => /^log: reply due 2026-12-07T12:00:00(\.000)?Z; open now: false$/.test(l))), logs.join('\n'));
  // The page's own CSS hides the chat button while the element's state is closed.
  const chat = () => page.$eval('.chat', (b) => getComputedStyle(b).display);
  await hoursChange(page, false);
  assert.equal(await chat(), 'none');
  await hoursChange(page, true);
  assert.equal(await chat(), 'inline-block');
  await page.$eval('service-promises', (el) => el.forgetAll());
  await speaksFrench(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('React 19: attributes and on<event> props reach the element', { skip: OFFLINE && 'SERVICE_PROMISES_OFFLINE=1' }, async () => {
  const { page, errors, logs } = await open(`${server.url}react.html`);
  assert.equal(await page.$eval('service-promises', (el) => el.getAttribute('reply-within')), 'email 4h; chat 5m');
  assert.equal(await page.$$eval('button', (b) => b.length), 0);
  await hoursChange(page, true);
  await page.getByRole('button', { name: 'Chat with us' }).waitFor({ timeout: 5_000 });
  await page.$eval('service-promises', (el) => el.setAttribute('reply-within', 'email 4x'));
  assert.ok(await until(() => logs.some((l) => /^warning: reply-within .*4x/.test(l))), `onconfig-error ran: ${logs.join('\n')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Vue 3: a custom element in a template, @hours-change bound', { skip: OFFLINE && 'SERVICE_PROMISES_OFFLINE=1' }, async () => {
  const { page, errors } = await open(`${server.url}vue.html`);
  assert.equal(await page.$eval('service-promises', (el) => el.getAttribute('hours')), 'Mo-Fr 09:00-17:00');
  assert.equal(await page.$$eval('button', (b) => b.length), 0);
  await hoursChange(page, true);
  await page.getByRole('button', { name: 'Chat with us' }).waitFor({ timeout: 5_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("Vite's dev server serves it too (optimizeDeps.exclude)", { skip: OFFLINE && 'SERVICE_PROMISES_OFFLINE=1' }, async () => {
  const port = await freePort();
  // No colours: with CI set, Vite colours its output, and an escape code
  // splits the "Local:" line this waits for.
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  try {
    let out = '';
    vite.stdout.on('data', (d) => { out += d; });
    vite.stderr.on('data', (d) => { out += d; });
    await new Promise((ok, fail) => {
      const started = Date.now();
      const t = setInterval(() => {
        if (/Local:/.test(out.replace(/\x1b\[[0-9;]*m/g, ''))) { clearInterval(t); ok(); }
        else if (Date.now() - started > 30_000) { clearInterval(t); fail(new Error(`vite did not start in 30 s: ${out}`)); }
      }, 100);
      vite.on('exit', () => { clearInterval(t); fail(new Error(`vite exited: ${out}`)); });
    });
    const { page, errors, logs } = await open(`http://127.0.0.1:${port}/`);
    assert.ok(!logs.some((l) => /could not be loaded/.test(l)), logs.join('\n'));
    await speaksFrench(page);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    vite.kill();
  }
});
