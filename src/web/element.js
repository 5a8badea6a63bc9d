// The custom element class. wasm-bindgen cannot extend HTMLElement, so this
// small class forwards lifecycle callbacks and the public methods to the Rust
// `Widget` that `create(this)` returns.
//
// A panic in the Rust code is a bug; if one still happens (it surfaces here
// as a WebAssembly.RuntimeError), every element shows its fallback content
// (its light-DOM children) instead of a dead box, the failure is reported
// once on the console, and later calls throw a plain Error.
const live = new Set();
let broken = false;

function showFallback(el) {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  root.replaceChildren(document.createElement('slot'));
}

function guard(el, fn) {
  if (broken) throw new Error('service-promises stopped after an internal error');
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    broken = true;
    console.error('service-promises stopped after an internal error; showing the fallback content.', e);
    for (const other of live) showFallback(other);
    showFallback(el);
    throw new Error('service-promises stopped after an internal error');
  }
}

function quietly(el, fn) {
  try { guard(el, fn); } catch { /* lifecycle callbacks must not throw into the page */ }
}

export function defineElement(tag, create, observed) {
  if (customElements.get(tag)) return false;
  class ServicePromisesElement extends HTMLElement {
    static get observedAttributes() { return observed; }
    #widget = null;
    // The Rust half holds no reference to this element while it is not in
    // the document: each call passes it.
    #w() { return (this.#widget ??= create()); }
    connectedCallback() {
      live.add(this);
      if (broken) return showFallback(this);
      quietly(this, () => this.#w().connect(this));
    }
    disconnectedCallback() {
      live.delete(this);
      if (this.#widget && !broken) quietly(this, () => this.#widget.disconnect());
    }
    attributeChangedCallback(name, oldValue, newValue) {
      if (this.#widget && this.isConnected && oldValue !== newValue && !broken) {
        quietly(this, () => this.#widget.attributeChanged(this));
      }
    }
    track(request) { return guard(this, () => this.#w().track(this, request)); }
    fulfil(id, at) { return guard(this, () => this.#w().fulfil(this, id, at)); }
    resolve(id, at) { return guard(this, () => this.#w().resolve(this, id, at)); }
    status() { return guard(this, () => this.#w().status(this)); }
    forget(id) { return guard(this, () => this.#w().forget(this, id)); }
    forgetAll() { return guard(this, () => this.#w().forgetAll(this)); }
  }
  customElements.define(tag, ServicePromisesElement);
  return true;
}

// Fetches `url` as text for the `record-url` attribute: same-origin
// credentials, abandoned after `timeoutMs`, refused when it announces more
// than `maxBytes`. Calls `done(text)` or `done(undefined, reason in words)`,
// once. (Here rather than as a Rust future: the future machinery cost more
// wasm than this whole function.)
export async function fetchText(url, maxBytes, timeoutMs, done) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failed = (e, what) => e?.name === 'AbortError'
    ? `no answer within ${timeoutMs / 1000} seconds`
    : `${what} (network error or refused by CORS)`;
  let text, reason;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' })
      .catch((e) => { throw failed(e, 'could not be fetched'); });
    if (!response.ok) throw `HTTP ${response.status}`;
    if (Number(response.headers.get('content-length')) > maxBytes) throw `larger than ${maxBytes / 1024} KB`;
    text = await response.text().catch((e) => { throw failed(e, 'the body could not be read'); });
  } catch (e) {
    reason = String(e);
  } finally {
    clearTimeout(timer);
  }
  done(text, reason);
}
