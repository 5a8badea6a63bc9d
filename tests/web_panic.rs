//! Browser test of the last line of defence: a panic (provoked, in a debug
//! build) shows every element's fallback content and reports once. In its
//! own test binary, because a trap leaves the wasm instance unusable.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_shows_the_fallback_instead_of_a_dead_box() {
    service_promises::web::define(
        "sp-panic",
        &serde_wasm_bindgen::to_value(&service_promises::web::shared::SHARED).unwrap(),
    );
    let document = web_sys::window().unwrap().document().unwrap();
    js_sys::eval("window.__spErrors = []; const e = console.error; console.error = (...a) => { window.__spErrors.push(String(a[0])); e(...a); };").unwrap();
    let healthy: HtmlElement = document.create_element("sp-panic").unwrap().unchecked_into();
    healthy.set_attribute("hours", "24/7").unwrap();
    healthy.set_inner_html("<p>Fallback: Mon-Fri 9-17</p>");
    document.body().unwrap().append_child(&healthy).unwrap();
    // Its first frame comes at the next animation frame.
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    yew::scheduler::flush().await;
    assert!(healthy
        .shadow_root()
        .unwrap()
        .query_selector(".hours")
        .unwrap()
        .is_some());

    let doomed: HtmlElement = document.create_element("sp-panic").unwrap().unchecked_into();
    doomed.set_attribute("data-test-panic", "").unwrap();
    doomed.set_inner_html("<p>Fallback text</p>");
    // The panic does not reach the page: appendChild returns normally.
    document.body().unwrap().append_child(&doomed).unwrap();
    for el in [&healthy, &doomed] {
        let root = el.shadow_root().unwrap();
        assert_eq!(root.child_element_count(), 1);
        assert!(
            root.query_selector("slot").unwrap().is_some(),
            "the fallback shows through a slot"
        );
        let slot = root.query_selector("slot").unwrap().unwrap();
        assert!(
            slot.unchecked_into::<web_sys::HtmlSlotElement>()
                .assigned_nodes()
                .length()
                > 0
        );
    }
    let errors = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spErrors".into()).unwrap();
    // (The test harness's own panic hook logs the panic too; count ours.)
    let ours = js_sys::Array::from(&errors)
        .iter()
        .filter(|e| {
            e.as_string()
                .unwrap_or_default()
                .starts_with("service-promises stopped")
        })
        .count();
    assert_eq!(ours, 1, "reported once");
    // Methods now throw a plain, catchable Error.
    let status: js_sys::Function = js_sys::Reflect::get(&healthy, &"status".into())
        .unwrap()
        .unchecked_into();
    let err = status.call0(&healthy).unwrap_err();
    let msg = js_sys::Error::from(err).message().as_string().unwrap();
    assert_eq!(msg, "service-promises stopped after an internal error");
    // New elements show their fallback too.
    let later: HtmlElement = document.create_element("sp-panic").unwrap().unchecked_into();
    document.body().unwrap().append_child(&later).unwrap();
    assert!(later
        .shadow_root()
        .unwrap()
        .query_selector("slot")
        .unwrap()
        .is_some());
}
