// The one module a page includes: www/dist/service-promises.js (this file,
// bundled with wasm-bindgen's glue and the element class). It fetches and
// compiles the wasm (streaming), then defines <service-promises>. Until then
// the element's light-DOM fallback content shows.
//
// The module has no top-level await: importing it (a <script>, a bundler's
// import in an app) returns at once, and the app's own code never waits
// for the wasm. `customElements.whenDefined('service-promises')` says when
// the element is ready. The wasm is found next to this module
// (`new URL('service_promises_bg.wasm', import.meta.url)` in the glue), so
// bundlers copy it with the module.
import init, { define } from './service_promises.js';

// Diagnostics (benchmarks and the leak test): bytes of wasm linear memory
// in use. Documented in the README; not needed to use the element.
export { wasmMemoryBytes } from './service_promises.js';

const TAG = 'service-promises';

async function load() {
  // The page paints first: the wasm is fetched, compiled and run after the
  // browser has shown a frame, so the widget never delays the page's own
  // first (or largest) contentful paint, however long that frame takes. A
  // hidden tab shows no frames (and runs no animation frame callbacks):
  // there, it goes on at once, or as soon as the tab is hidden.
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted));
    const hidden = () => document.visibilityState === 'hidden' && painted();
    hidden();
    document.addEventListener('visibilitychange', hidden, { once: true });
  });
  await init();
  // The browser's first use of Intl starts up its locale and time zone data
  // (15-40 ms). Done here, in a task of its own, the first render's task
  // stays short instead of blocking the page for both at once.
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', hour: 'numeric' }).format(0);
  await new Promise((next) => setTimeout(next));
  define(TAG);
}

// When the wasm cannot be fetched, compiled or started, the elements keep
// their fallback content, each one in the document gets a `load-error`
// event ({ message }, bubbling, composed), and the console says so once.
// No error reaches the page as uncaught.
load().catch((e) => {
  const message = `${TAG}: the WebAssembly module could not be loaded ` +
    `(${e?.message ?? e}); showing the fallback content.`;
  try { console.error(message); } catch { /* a console that throws */ }
  for (const el of document.querySelectorAll(TAG)) {
    el.dispatchEvent(new CustomEvent('load-error', { bubbles: true, composed: true, detail: { message } }));
  }
});
