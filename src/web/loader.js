// The one module a page includes: www/dist/service-promises.js (this file,
// bundled with wasm-bindgen's glue and the element class). It fetches and
// compiles the wasm (streaming), then defines <service-promises>. Until then
// the element's light-DOM fallback content shows.
import init, { define } from './service_promises.js';

// For benchmarks: the wasm memory in use, in bytes.
export { wasmMemoryBytes } from './service_promises.js';

await init();
// The browser's first use of Intl starts up its locale and time zone data
// (15-40 ms). Done here, in a task of its own, the first render's task stays
// short instead of blocking the page for both at once.
new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', hour: 'numeric' }).format(0);
await new Promise((next) => setTimeout(next));
define('service-promises');
