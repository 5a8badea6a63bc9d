// The one module a page includes: www/dist/service-promises.js. It fetches
// and compiles the wasm (streaming), then defines <service-promises>. Until
// then the element's light-DOM fallback content shows.
import init, { define } from './service_promises.js';

await init();
define('service-promises');
