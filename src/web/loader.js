// The one module a page includes: www/dist/service-promises.js (this file,
// bundled with wasm-bindgen's glue and the element class). It fetches and
// compiles the wasm (streaming), then defines <service-promises>. Until then
// the element's light-DOM fallback content shows.
import init, { define } from './service_promises.js';

// For benchmarks: the wasm memory in use, in bytes.
export { wasmMemoryBytes } from './service_promises.js';

// The page paints first: the wasm is fetched, compiled and run after the
// browser has shown a frame, so the widget never delays the page's own first
// (or largest) contentful paint, however long that frame takes. A hidden tab
// shows no frames (and runs no animation frame callbacks): there, it goes on
// at once, or as soon as the tab is hidden.
await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted));
  const hidden = () => document.visibilityState === 'hidden' && painted();
  hidden();
  document.addEventListener('visibilitychange', hidden, { once: true });
});
await init();
// The browser's first use of Intl starts up its locale and time zone data
// (15-40 ms). Done here, in a task of its own, the first render's task stays
// short instead of blocking the page for both at once.
new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', hour: 'numeric' }).format(0);
await new Promise((next) => setTimeout(next));
define('service-promises');
