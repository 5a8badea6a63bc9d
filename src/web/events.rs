//! Events dispatched on the element: bubbling, composed, details as plain
//! objects.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Converts a value to a plain JS object (`None` becomes `null`), as JSON
/// text parsed once: far faster for large values than a call per field.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    crate::json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// Dispatches `name` with `detail` on `host`. Callers must hold no borrow of
/// widget state: listeners may call back into the element.
pub fn dispatch<T: Serialize + ?Sized>(host: &HtmlElement, name: &str, detail: &T) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
