//! Browser tests of the element, in headless Chromium (`wasm-pack test
//! --headless --chrome -- --test web`), one module per concern:
//!
//! - `lifecycle`: attributes at connection and on change, several
//!   elements, removal releasing everything, scale;
//! - `errors`: bad values and bad calls, hostile text;
//! - `promises`: tracking, events, the prompt, the follow-up, the refund
//!   calculator, unstaffed hours;
//! - `storage`: what the element remembers, and storage faults;
//! - `record`: the team record from `record-url`;
//! - `time`: zones, clocks and formats through `Intl`;
//! - `jsonld`: the schema.org block.
//!
//! They share one page (one definition of the element, a storage namespace
//! each), and the helpers below.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use wasm_bindgen::JsCast;

use wasm_bindgen_test::*;

use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const TAG: &str = "sp-test";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

thread_local! {
    static NAMESPACE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A storage namespace no other test uses (all tests share one page).
fn fresh_namespace() -> String {
    format!("test-{}", NAMESPACE.with(|n| n.replace(n.get() + 1)))
}

/// Creates and configures an element (with its own storage namespace unless
/// one is given), not yet connected.
fn create(attrs: &[(&str, &str)]) -> HtmlElement {
    service_promises::web::define(
        TAG,
        &serde_wasm_bindgen::to_value(&service_promises::web::shared::SHARED).unwrap(),
    );
    // Times as written in these tests: 24-hour, British English.
    document()
        .document_element()
        .unwrap()
        .set_attribute("lang", "en-GB")
        .unwrap();
    let el: HtmlElement = document().create_element(TAG).unwrap().unchecked_into();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    if !attrs.iter().any(|(k, _)| *k == "storage-key") {
        el.set_attribute("storage-key", &fresh_namespace()).unwrap();
    }
    el
}

/// Creates, configures and connects an element, and waits for its first
/// frame.
async fn mount(attrs: &[(&str, &str)]) -> HtmlElement {
    let el = create(attrs);
    document().body().unwrap().append_child(&el).unwrap();
    settle().await;
    el
}

/// Lets the elements draw what is pending: a connected element draws its
/// first frame at the next animation frame and its JSON-LD block in a task
/// after it; Yew renders in a microtask.
async fn settle() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    sleep(0).await;
    yew::scheduler::flush().await;
}

/// Waits `ms` milliseconds (a browser timeout), letting the page run.
async fn sleep(ms: i32) {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
}

/// The element's rendered text, once Yew has rendered what is pending.
async fn shadow_text(el: &Element) -> String {
    settle().await;
    let text = el
        .shadow_root()
        .map(|r| r.text_content().unwrap_or_default())
        .unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn call(el: &Element, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(el, &method.into()).unwrap().unchecked_into();
    f.apply(el, &args.iter().collect::<js_sys::Array>())
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(v.clone(), |acc, k| js_sys::Reflect::get(&acc, &k.into()).unwrap())
}

/// Event details as collected, and the listener that must stay alive.
type Collected = (
    Rc<RefCell<Vec<JsValue>>>,
    Closure<dyn FnMut(web_sys::CustomEvent)>,
);

/// Collects the `detail` of every `name` event dispatched on `el`.
fn collect(el: &Element, name: &str) -> Collected {
    let got = Rc::new(RefCell::new(Vec::new()));
    let sink = got.clone();
    let cb = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        sink.borrow_mut().push(e.detail())
    });
    el.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref())
        .unwrap();
    (got, cb)
}

const FRIDAY_EVENING: &str = "2026-03-27T16:30:00Z";

const CONTRACT: &[(&str, &str)] = &[
    ("timezone", "Europe/Berlin"),
    ("hours", "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
    ("reply-within", "chat 5m; email 4h; phone 1d"),
    ("refund-within", "5d"),
];

fn obj(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

#[path = "../support/mod.rs"]
mod support;

fn with_ns(ns: &str, extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, String)> {
    let mut v: Vec<(&'static str, String)> = CONTRACT.iter().map(|(k, v)| (*k, v.to_string())).collect();
    v.push(("storage-key", ns.to_string()));
    v.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    v
}

async fn mount_owned(attrs: &[(&'static str, String)]) -> HtmlElement {
    let borrowed: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    mount(&borrowed).await
}

async fn prompt_text(el: &Element) -> String {
    settle().await;
    el.shadow_root()
        .and_then(|r| r.query_selector(".prompt").unwrap())
        .map(|p| {
            let text = p.unchecked_into::<HtmlElement>().inner_text();
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .unwrap_or_default()
}

mod errors;
mod jsonld;
mod lifecycle;
mod promises;
mod record;
mod storage;
mod time;
