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

/// Dispatches `name` with `detail` (a plain object, see [`to_js`]) on
/// `host`. Not generic: one copy for every event. Callers must hold no
/// borrow of element state: listeners may call back into the element.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Dispatches one of the state's events.
pub fn send(host: &HtmlElement, event: &Event) {
    match event {
        Event::Promise(e) => dispatch(host, e.name.as_str(), &to_js(e)),
        Event::FollowUpAnswer(a) => dispatch(host, "follow-up-answer", &to_js(a)),
        Event::ConfigError(e) => dispatch(host, "config-error", &to_js(e)),
        Event::HoursChange(h) => dispatch(host, "hours-change", &to_js(h)),
    }
}
