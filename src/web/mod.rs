//! The browser edge: the custom element, `Intl` time zones and events. Thin
//! by design; what it computes comes from the pure modules.

mod api;
mod element;
mod events;
mod head;
pub mod intl;
mod mount;
mod record;
pub mod shared;
mod storage;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use api::Widget;

use crate::config::ATTRIBUTES;

#[wasm_bindgen(module = "/src/web/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        tag: &str,
        create: &JsValue,
        observed: &js_sys::Array,
        english: &JsValue,
        forms: &JsValue,
        shared: &JsValue,
    ) -> bool;
}

/// Defines the custom element under `tag` (normally `service-promises`),
/// with `shared`, the data of [`shared::SHARED`] (the loader has it as
/// JSON: `shared.json`). Returns false when the tag was already defined.
#[wasm_bindgen]
pub fn define(tag: &str, shared: &JsValue) -> bool {
    // One closure per defined tag, alive as long as the page: the class
    // calls it for every element it creates.
    let create = Closure::<dyn Fn() -> JsValue>::new(|| JsValue::from(Widget::new()));
    let observed: js_sys::Array = ATTRIBUTES.iter().map(|a| JsValue::from_str(a)).collect();
    // The English texts: what the class lays packs and the author's texts
    // over.
    let [texts, forms] = crate::i18n::english_lists().map(|l| events::to_js(&l));
    define_element(tag, &create.into_js_value(), &observed, &texts, &forms, shared)
}

/// Makes the `Intl` zone and formats `el` will need (the costliest part
/// of its first render), for its language tag `tag` as `element.js` reads
/// it, so that they are ready when it connects: the loader calls this for
/// each element in the page, each in a task of its own, before defining the
/// element.
#[wasm_bindgen]
pub fn warm(el: &web_sys::HtmlElement, tag: &str) {
    element::warm(el, tag);
}

/// Bytes of wasm linear memory in use (it only grows), for benchmarks.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or(0.0)
}
