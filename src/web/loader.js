// The one module a page includes: www/dist/service-promises.js (this file,
// bundled with wasm-bindgen's glue and the element class). When it first
// runs it requests every file at once: the wasm (compiled while it streams
// in) and, for each element already in the document, its language pack,
// its regions' holidays and its `record-url`. It defines
// <service-promises> once the wasm is ready and those elements' words and
// holidays have come (or failed), so that each draws its whole frame at its
// first render and keeps that size. Until then the element's light-DOM
// fallback content shows.
//
// The module has no top-level await: importing it (a <script>, a bundler's
// import in an app) returns at once, and the app's own code never waits
// for the wasm. `customElements.whenDefined('service-promises')` says when
// the element is ready. The wasm is found next to this module, so bundlers
// copy it with the module.
import init, { define, warm } from './service_promises.js';
import { formatsOf, prefetch, tagOf } from './element.js';
// What the element's JavaScript shares with the Rust half (languages,
// countries, limits), written by the build from the Rust source
// (`web::shared`), for the requests made before the wasm has come.
import shared from './shared.json';

// Diagnostics (benchmarks and the leak test): bytes of wasm linear memory
// in use. Documented in the README; not needed to use the element.
export { wasmMemoryBytes } from './service_promises.js';

const TAG = 'service-promises';

// The wasm, compiled while it downloads. A server that does not say
// `application/wasm` gets the slower path (the whole file, then compiled),
// as wasm-bindgen's own loader does.
async function compile(response) {
  const r = await response;
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${r.url}`);
  try {
    return await WebAssembly.compileStreaming(r.clone());
  } catch (e) {
    if (r.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') throw e;
    return WebAssembly.compile(await r.arrayBuffer());
  }
}

async function load() {
  const compiled = compile(fetch(new URL('service_promises_bg.wasm', import.meta.url)));
  compiled.catch(() => { /* reported by load()'s own await */ });
  const needs = [...document.querySelectorAll(TAG)].map((el) => prefetch(el, shared));
  // The page paints first: the wasm is instantiated and run after the
  // browser has shown a frame, so the widget never delays the page's own
  // first (or largest) contentful paint, however long that frame takes. (The
  // requests are made before it: measured, they cost the page's first paint
  // nothing, in Lighthouse's simulation or on a 1.6 Mbps line, and bring the
  // widget 40 ms sooner there than requests made after the frame.) A hidden
  // tab shows no frames (and runs no animation frame callbacks): there, it
  // goes on at once, or as soon as the tab is hidden.
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted));
    const hidden = () => document.visibilityState === 'hidden' && painted();
    hidden();
    document.addEventListener('visibilitychange', hidden, { once: true });
  });
  await init({ module_or_path: await compiled });
  const task = () => new Promise((next) => setTimeout(next));
  // The browser's first use of Intl starts up its locale and time zone data
  // (15-40 ms), and each element's language needs six Intl formats (about
  // 10 ms). Made here, each in a task of its own, no task of the page is
  // long: the element's first render would otherwise block the page for
  // all of them at once.
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', hour: 'numeric' }).format(0);
  await task();
  for (const el of document.querySelectorAll(TAG)) {
    warm(el, formatsOf(tagOf(el), shared));
    await task();
  }
  // (Each settles within the fetch timeout, failed or not.)
  await Promise.all(needs);
  define(TAG, shared);
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
