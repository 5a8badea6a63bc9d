//! Values to JavaScript, and events dispatched on the element: bubbling,
//! composed, details as plain objects.

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::state::Event;

/// A plain JS value for `value`, through serde-wasm-bindgen: objects (not
/// `Map`s), `null` for absent values, numbers (not `BigInt`s).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// Dispatches `name` with `detail` on `host`. Callers must hold no borrow of
/// element state: listeners may call back into the element.
pub fn dispatch<T: Serialize + ?Sized>(host: &HtmlElement, name: &str, detail: &T) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Dispatches one of the state's events.
pub fn send(host: &HtmlElement, event: &Event) {
    match event {
        Event::Promise(e) => dispatch(host, e.name.as_str(), e),
        Event::FollowUpAnswer(a) => dispatch(host, "follow-up-answer", a),
        Event::ConfigError(e) => dispatch(host, "config-error", e),
        Event::HoursChange(h) => dispatch(host, "hours-change", h),
    }
}
