// End to end: the demo page served with a strict Content-Security-Policy
// shows the element fully styled and working, with no policy violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, shadowText } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server, browser;

before(async () => {
  server = await serve(undefined, { headers: { 'content-security-policy': CSP } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a strict CSP: styled, working, no violations', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot?.querySelector('.hours'));
  await page.$eval('service-promises', (el) => el.setAttribute('now', '2026-03-27T16:30:00Z'));
  assert.match(await shadowText(page), /Closed now · opens tomorrow 10:00/);
  const out = await page.$eval('service-promises', (el) => el.track({ id: 'CSP-1', channel: 'email' }));
  assert.equal(out.due, '2026-03-28T13:00:00Z');
  // Styled: the adopted stylesheet applies to the host and the shadow tree.
  const style = await page.$eval('service-promises', (el) => ({
    hostBorder: getComputedStyle(el).borderTopStyle,
    headline: getComputedStyle(el.shadowRoot.querySelector('.headline')).fontWeight,
    promptBorder: getComputedStyle(el.shadowRoot.querySelector('.prompt')).borderLeftWidth,
  }));
  assert.deepEqual(style, { hostBorder: 'solid', headline: '700', promptBorder: '4px' });
  assert.equal(await page.$$eval('head script[type="application/ld+json"]', (s) => s.length), 1);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.$eval('service-promises', (el) => el.forgetAll());
  await page.close();
});
