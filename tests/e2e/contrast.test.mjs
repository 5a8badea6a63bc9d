// End to end: every state the element can show passes axe-core (WCAG 2.2 AA,
// colour contrast included) in the light and the dark colour scheme: a kept,
// a broken, an at-risk and a pending request, the unstaffed headline, the
// errors box, the date input, and the follow-up question's buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page) {
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((a) => a.message).join('; ')})`).join(', ')}`);
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`every state passes axe in the ${colorScheme} colour scheme`, async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForFunction(() => !!customElements.get('service-promises'), null, { timeout: 20_000 });
    await page.addScriptTag({ path: AXE });
    // Monday 12:15 in Berlin: open, closing soon for lunch. The demo page
    // is light: the dark scheme is the `theme` attribute's.
    const shown = await page.$eval('service-promises', (el, dark) => {
      if (dark) el.setAttribute('theme', 'dark');
      el.forgetAll();
      el.setAttribute('storage-key', 'contrast');
      el.setAttribute('now', '2026-03-23T11:15:00Z');
      el.track({ id: 'KEPT', channel: 'email', at: '2026-03-23T08:00:00Z' });
      el.fulfil('KEPT', '2026-03-23T08:30:00Z');
      el.track({ id: 'BROKEN', channel: 'chat', at: '2026-03-23T08:00:00Z' });
      el.track({ id: 'AT-RISK', channel: 'email', at: '2026-03-23T08:00:00Z' });
      el.track({ id: 'PENDING', channel: 'email' });
      return el.status().promises.map((p) => p.status);
    }, colorScheme === 'dark');
    assert.deepEqual(shown, ['kept', 'broken', 'at-risk', 'pending']);
    await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.querySelectorAll('.request').length === 4);
    assert.deepEqual(await axe(page), [], 'requests in every status');
    // Nobody answering during the hours, and a bad attribute's error box.
    await page.$eval('service-promises', (el) => { el.setAttribute('staffed', 'no'); el.setAttribute('at-risk', '200%'); });
    await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.querySelector('.errors'));
    assert.deepEqual(await axe(page), [], 'unstaffed and errors');
    // The follow-up question with its three buttons.
    await page.$eval('service-promises', (el) => {
      el.removeAttribute('staffed');
      el.removeAttribute('at-risk');
      el.forgetAll();
      el.track({ id: 'ASK', channel: 'email', at: '2026-03-23T08:00:00Z' });
      el.fulfil('ASK', '2026-03-23T09:00:00Z');
      el.resolve('ASK', '2026-03-23T10:00:00Z');
      el.setAttribute('now', '2026-03-26T10:30:00Z');
    });
    await page.waitForFunction(() => document.querySelector('service-promises').shadowRoot.querySelector('button.no'));
    assert.deepEqual(await axe(page), [], 'the follow-up buttons');
    // In the dark scheme the controls are dark too (the date input was white).
    const input = await page.$eval('service-promises', (el) =>
      getComputedStyle(el.shadowRoot.querySelector('input[type=date]')).colorScheme);
    // (Light: the page's own scheme, `normal`, which is light.)
    assert.equal(input, colorScheme === 'dark' ? 'dark' : 'normal');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// Whose colour scheme: the host page's (its `color-scheme`), not the
// operating system's, unless `theme` says otherwise.
test("the element follows the host page's colour scheme, and `theme` overrides it", async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme: 'dark' });
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('service-promises')?.shadowRoot?.querySelector('.hours'), null, { timeout: 20_000 });
  const background = (pageScheme, theme) => page.$eval('service-promises', (el, [pageScheme, theme]) => {
    document.documentElement.style.colorScheme = pageScheme;
    if (theme) el.setAttribute('theme', theme); else el.removeAttribute('theme');
    return getComputedStyle(el).backgroundColor;
  }, [pageScheme, theme]);
  const LIGHT = 'rgb(255, 255, 255)', DARK = 'rgb(13, 17, 23)';
  // The operating system prefers dark; a page that says nothing is light.
  assert.equal(await background('', null), LIGHT, 'a light page on a dark system: light');
  assert.equal(await background('light dark', null), DARK, 'a page that follows the system: dark');
  assert.equal(await background('dark', null), DARK, 'a dark page: dark');
  assert.equal(await background('dark', 'light'), LIGHT, 'theme=light on a dark page');
  assert.equal(await background('', 'dark'), DARK, 'theme=dark on a light page');
  assert.equal(await background('dark', 'auto'), DARK, 'theme=auto follows the page');
  assert.equal(await background('', 'auto'), LIGHT, 'theme=auto follows the page');
  const errors = await page.$eval('service-promises', (el) => el.status().errors);
  assert.deepEqual(errors, [], 'light, dark and auto are valid');
  await page.close();
});
