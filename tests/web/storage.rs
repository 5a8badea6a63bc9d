//! What the element remembers: reloads, shared namespaces, unreadable, newer, blocked and full storage.

use super::*;

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn ids(el: &Element) -> Vec<String> {
    let status = call(el, "status", &[]).unwrap();
    let mut ids: Vec<String> = js_sys::Array::from(&get(&status, "promises"))
        .iter()
        .map(|p| get(&p, "id").as_string().unwrap())
        .collect();
    ids.sort();
    ids
}

#[wasm_bindgen_test]
async fn tracked_requests_survive_a_reload_and_events_are_not_repeated() {
    let ns = fresh_namespace();
    let attrs = with_ns(&ns, &[("now", "2026-03-28T09:00:00Z")]);
    let first = mount_owned(&attrs).await;
    let (risk1, _r1) = collect(&first, "promise-at-risk");
    call(&first, "track", &[obj(&[("id", "T-1"), ("channel", "email")])]).unwrap();
    first.set_attribute("now", "2026-03-28T12:30:00Z").unwrap();
    assert_eq!(risk1.borrow().len(), 1);
    first.remove();
    // A new element standing in for a reload: same promises, no repeated event.
    let attrs = with_ns(&ns, &[("now", "2026-03-28T12:31:00Z")]);
    let second = create(&attrs.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>());
    let (risk2, _r2) = collect(&second, "promise-at-risk");
    document().body().unwrap().append_child(&second).unwrap();
    assert_eq!(ids(&second), ["T-1"]);
    assert_eq!(
        risk2.borrow().len(),
        0,
        "promise-at-risk was already sent before the reload"
    );
    let status = call(&second, "status", &[]).unwrap();
    assert_eq!(get(&status, "promises.0.status").as_string().unwrap(), "at-risk");
    assert_eq!(get(&status, "storage.remembered").as_bool(), Some(true));
    assert!(
        shadow_text(&second).await.contains("T-1 · email reply: at-risk"),
        "{}",
        shadow_text(&second).await
    );
    second.remove();
}

#[wasm_bindgen_test]
async fn two_elements_sharing_a_storage_key_keep_both_sets() {
    let ns = fresh_namespace();
    let attrs = with_ns(&ns, &[("now", FRIDAY_EVENING)]);
    let a = mount_owned(&attrs).await;
    let b = mount_owned(&attrs).await;
    for i in 0..5 {
        call(
            &a,
            "track",
            &[obj(&[("id", &format!("A-{i}")), ("channel", "chat")])],
        )
        .unwrap();
        call(
            &b,
            "track",
            &[obj(&[("id", &format!("B-{i}")), ("channel", "email")])],
        )
        .unwrap();
    }
    call(&a, "fulfil", &["B-3".into(), JsValue::UNDEFINED]).unwrap();
    let all: Vec<String> = (0..5)
        .flat_map(|i| [format!("A-{i}"), format!("B-{i}")])
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(ids(&a), all);
    assert_eq!(ids(&b), all);
    let stored = local_storage()
        .get_item(&format!("service-promises:{ns}"))
        .unwrap()
        .unwrap();
    for id in &all {
        assert!(stored.contains(&format!("\"{id}\"")), "{id} not stored");
    }
    let status = call(&b, "status", &[]).unwrap();
    let b3 = js_sys::Array::from(&get(&status, "promises"))
        .iter()
        .find(|p| get(p, "id").as_string().unwrap() == "B-3")
        .unwrap();
    assert!(
        !get(&b3, "fulfilledAt").is_null(),
        "a fulfilment in one element reaches the other"
    );
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn unreadable_stored_data_is_kept_aside_and_reported() {
    let ns = fresh_namespace();
    let key = format!("service-promises:{ns}");
    local_storage()
        .set_item(&key, "{\"version\":1,\"promises\":[{\"id\":\"T-9\",oops")
        .unwrap();
    let el = mount_owned(&with_ns(&ns, &[("now", FRIDAY_EVENING)])).await;
    let backup = format!("service-promises:{ns}:unreadable:{FRIDAY_EVENING}");
    assert_eq!(
        local_storage().get_item(&backup).unwrap().as_deref(),
        Some("{\"version\":1,\"promises\":[{\"id\":\"T-9\",oops")
    );
    let text = shadow_text(&el).await;
    assert!(
        text.contains(&format!(
            "Some saved requests could not be read; they were kept aside under the name {backup}."
        )),
        "{text}"
    );
    // The technical reason is the author's, in status(), not the visitor's.
    assert!(!text.contains("JSON"), "{text}");
    let status = call(&el, "status", &[]).unwrap();
    assert!(get(&status, "storage.problem")
        .as_string()
        .unwrap()
        .contains("not JSON: Expected double-quoted property name in JSON at position 37"));
    // The element works and remembers from here on.
    call(&el, "track", &[obj(&[("id", "T-10"), ("channel", "email")])]).unwrap();
    assert!(local_storage().get_item(&key).unwrap().unwrap().contains("T-10"));
    el.remove();
}

#[wasm_bindgen_test]
async fn a_newer_stored_format_is_left_untouched() {
    let ns = fresh_namespace();
    let key = format!("service-promises:{ns}");
    let newer = "{\"version\":99,\"promises\":{\"shape\":\"from the future\"}}";
    local_storage().set_item(&key, newer).unwrap();
    let el = mount_owned(&with_ns(&ns, &[("now", FRIDAY_EVENING)])).await;
    call(&el, "track", &[obj(&[("id", "T-1"), ("channel", "email")])]).unwrap();
    assert_eq!(local_storage().get_item(&key).unwrap().as_deref(), Some(newer));
    assert_eq!(ids(&el), ["T-1"], "works from memory");
    let status = call(&el, "status", &[]).unwrap();
    assert_eq!(get(&status, "storage.remembered").as_bool(), Some(false));
    assert!(get(&status, "storage.notice")
        .as_string()
        .unwrap()
        .contains("written by a newer version of this page"));
    assert_eq!(
        get(&status, "storage.problem").as_string().unwrap(),
        "stored in format 99, newer than this version's 2"
    );
    el.remove();
}

/// Makes `Storage` throw: on every call (`"all"`), or on writes to keys
/// starting with `prefix` (`"full:" + prefix`, as a full quota does).
fn break_storage(how: &str) {
    let script = format!(
        r#"(() => {{
          const how = {how:?};
          const P = Storage.prototype;
          window.__spSaved ??= {{ get: P.getItem, set: P.setItem }};
          const saved = window.__spSaved;
          P.getItem = function (k) {{
            if (how === 'all') throw new DOMException('blocked', 'SecurityError');
            return saved.get.call(this, k);
          }};
          P.setItem = function (k, v) {{
            if (how === 'all') throw new DOMException('blocked', 'SecurityError');
            if (how.startsWith('full:') && k.startsWith(how.slice(5))) throw new DOMException('full', 'QuotaExceededError');
            return saved.set.call(this, k, v);
          }};
        }})()"#
    );
    js_sys::eval(&script).unwrap();
}

fn repair_storage() {
    js_sys::eval("if (window.__spSaved) { Storage.prototype.getItem = __spSaved.get; Storage.prototype.setItem = __spSaved.set; }").unwrap();
}

#[wasm_bindgen_test]
async fn storage_that_throws_leaves_a_working_element() {
    break_storage("all");
    let el = mount(&[("reply-within", "email 4h calendar"), ("now", FRIDAY_EVENING)]).await;
    let out = call(&el, "track", &[obj(&[("id", "T-1")])]);
    repair_storage();
    assert_eq!(
        get(&out.unwrap(), "due").as_string().unwrap(),
        "2026-03-27T20:30:00Z"
    );
    let text = shadow_text(&el).await;
    assert!(
        text.contains("remembered only until you leave this page"),
        "{text}"
    );
    assert!(text.contains("T-1 · email reply: pending"), "{text}");
    el.remove();
}

#[wasm_bindgen_test]
async fn a_full_storage_keeps_the_previous_state_readable() {
    let ns = fresh_namespace();
    let key = format!("service-promises:{ns}");
    let el = mount_owned(&with_ns(&ns, &[("now", FRIDAY_EVENING)])).await;
    call(&el, "track", &[obj(&[("id", "T-1"), ("channel", "email")])]).unwrap();
    let before = local_storage().get_item(&key).unwrap().unwrap();
    break_storage(&format!("full:{key}"));
    let out = call(&el, "track", &[obj(&[("id", "T-2"), ("channel", "email")])]);
    repair_storage();
    out.unwrap();
    assert_eq!(
        local_storage().get_item(&key).unwrap().unwrap(),
        before,
        "the previous state stays"
    );
    assert_eq!(
        ids(&el),
        ["T-1", "T-2"],
        "the pending request is kept in memory, never dropped"
    );
    let status = call(&el, "status", &[]).unwrap();
    assert!(get(&status, "storage.notice")
        .as_string()
        .unwrap()
        .contains("storage is full"));
    el.remove();
}
