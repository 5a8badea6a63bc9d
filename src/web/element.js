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

// Custom states for CSS (`service-promises:state(closed)`), set from the
// element's own `hours-change` events: `open` while the team is open,
// `open` and `closing-soon` together in its last 30 minutes, `closed`
// otherwise; none while the element has no usable hours or is not in the
// document. Where the browser has no CustomStateSet nothing is set, and
// nothing here throws into the page.
const HOURS_STATES = ['open', 'closing-soon', 'closed'];

function statesOf(hours) {
  if (typeof hours?.open !== 'boolean') return [];
  return hours.open ? (hours.closingSoon ? ['open', 'closing-soon'] : ['open']) : ['closed'];
}

function setStates(set, names) {
  if (!set) return;
  for (const name of HOURS_STATES) {
    const on = names.includes(name);
    try {
      on ? set.add(name) : set.delete(name);
    } catch {
      // Chromium 90-124 took only the dashed form (`:--open`).
      try { on ? set.add(`--${name}`) : set.delete(`--${name}`); } catch { /* no states */ }
    }
  }
}

export function defineElement(tag, create, observed) {
  if (customElements.get(tag)) return false;
  class ServicePromisesElement extends HTMLElement {
    static get observedAttributes() { return observed; }
    #widget = null;
    #states = null; // its CustomStateSet, where the browser has one
    #hours = null; // the last `hours-change` detail
    constructor() {
      super();
      try { this.#states = this.attachInternals().states ?? null; } catch { /* no ElementInternals */ }
      // Registered first, so the states are set before the event reaches
      // the page's own listeners.
      // Each configuration problem, once, for the page author (the element
      // shows them only with `debug` or on a local page).
      this.addEventListener('config-error', (e) => {
        try { console.warn(`service-promises: ${e.detail.attribute}: ${e.detail.message}`); } catch { /* no console */ }
      });
      this.addEventListener('hours-change', (e) => {
        this.#hours = e.detail;
        if (this.isConnected) setStates(this.#states, statesOf(e.detail));
      });
    }
    // The Rust half holds no reference to this element while it is not in
    // the document: each call passes it.
    #w() { return (this.#widget ??= create()); }
    connectedCallback() {
      live.add(this);
      if (broken) return showFallback(this);
      // The last hours it announced, until it announces others.
      setStates(this.#states, statesOf(this.#hours));
      quietly(this, () => this.#w().connect(this));
    }
    disconnectedCallback() {
      live.delete(this);
      setStates(this.#states, []);
      if (this.#widget && !broken) quietly(this, () => this.#widget.disconnect());
    }
    attributeChangedCallback(name, oldValue, newValue) {
      if (this.#widget && this.isConnected && oldValue !== newValue && !broken) {
        quietly(this, () => this.#widget.attributeChanged(this));
        // Hours that are gone or unusable announce nothing: no state then.
        if (name === 'hours') quietly(this, () => this.#widget.status(this).hours || this.#noHours());
      } else if (name === 'hours' && newValue === null) {
        this.#noHours();
      }
    }
    #noHours() {
      this.#hours = null;
      setStates(this.#states, []);
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
