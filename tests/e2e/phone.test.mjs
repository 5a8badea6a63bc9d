// End to end: at a 360 px phone width the week table's day labels
// ("Wed, Dec 2") stay on one line, in English (US) and German.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const lang of ['en-US', 'de']) {
  test(`day labels on one line at 360 px (${lang})`, async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector('service-promises')?.shadowRoot?.querySelector('.week'), null, { timeout: 30_000 });
    // Friday 17:30 in Berlin, as the other screenshots.
    await page.$eval('service-promises', (el, lang) => {
      el.setAttribute('now', '2026-03-27T16:30:00Z');
      el.setAttribute('lang', lang);
    }, lang);
    // Friday 27 March in the element's language (German once its pack has come).
    await page.waitForFunction((lang) => document.querySelector('service-promises').shadowRoot.querySelector('.week th')
      ?.textContent.includes(lang === 'de' ? '27. März' : 'Mar 27'), lang);
    const lines = await page.$eval('service-promises', (el) => [...el.shadowRoot.querySelectorAll('.week th')].map((th) => {
      const r = document.createRange();
      r.selectNodeContents(th);
      // One rectangle per line the text takes.
      return [th.textContent, new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size];
    }));
    assert.equal(lines.length, 7);
    for (const [label, n] of lines) assert.equal(n, 1, `"${label}" takes ${n} lines`);
    // Each time range ("9:00 AM–12:30 PM") stays whole: a day's ranges may
    // go on separate lines, a range's two ends may not.
    const ranges = await page.$eval('service-promises', (el) => [...el.shadowRoot.querySelectorAll('.week td')].flatMap((td) => {
      // Measured on the text as a whole, whatever elements it is in.
      const out = [];
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      const nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      const at = (offset) => {
        for (const n of nodes) {
          if (offset <= n.length) return [n, offset];
          offset -= n.length;
        }
        return [nodes.at(-1), nodes.at(-1).length];
      };
      let start = 0;
      for (const part of td.textContent.split(', ')) {
        const r = document.createRange();
        r.setStart(...at(start));
        r.setEnd(...at(start + part.length));
        out.push([part, new Set([...r.getClientRects()].filter((c) => c.width > 0).map((c) => Math.round(c.top))).size]);
        start += part.length + 2;
      }
      return out;
    }));
    assert.ok(ranges.length >= 7);
    for (const [range, n] of ranges) assert.equal(n, 1, `"${range}" takes ${n} lines`);
    if (lang === 'en-US') await page.locator('service-promises').screenshot({ path: `${SHOTS}phone.png` });
    await page.close();
  });
}
