// The custom element class. wasm-bindgen cannot extend HTMLElement, so this
// small class forwards lifecycle callbacks and the public methods to the Rust
// `Widget` that `create(this)` returns.
export function defineElement(tag, create, observed) {
  if (customElements.get(tag)) return false;
  class ServicePromisesElement extends HTMLElement {
    static get observedAttributes() { return observed; }
    #widget = null;
    #w() { return (this.#widget ??= create(this)); }
    connectedCallback() { this.#w().connect(); }
    disconnectedCallback() { if (this.#widget) this.#widget.disconnect(); }
    attributeChangedCallback(name, oldValue, newValue) {
      if (this.#widget && this.isConnected && oldValue !== newValue) this.#widget.attributeChanged(name);
    }
    track(request) { return this.#w().track(request); }
    fulfil(id, at) { return this.#w().fulfil(id, at); }
    resolve(id, at) { return this.#w().resolve(id, at); }
    status() { return this.#w().status(); }
    forget(id) { return this.#w().forget(id); }
    forgetAll() { return this.#w().forgetAll(); }
  }
  customElements.define(tag, ServicePromisesElement);
  return true;
}
