//! The element's life: attributes at connection and on change, several elements, removal releasing everything, scale.

use super::*;

#[wasm_bindgen_test]
async fn attributes_at_connect_are_honoured() {
    let el = mount(&[
        ("timezone", "Europe/Berlin"),
        ("hours", "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
        ("reply-within", "chat 5m; email 4h; phone 1d"),
        ("return-window", "30d"),
        ("now", FRIDAY_EVENING),
    ])
    .await;
    let text = shadow_text(&el).await;
    assert!(text.contains("Closed now · opens tomorrow 10:00"), "{text}");
    assert!(
        text.contains("email: within 4 business hours — write now and expect a reply by tomorrow 14:00"),
        "{text}"
    );
    assert!(text.contains("Return within 30 days of delivery."), "{text}");
    let status = call(&el, "status", &[]).unwrap();
    assert_eq!(get(&status, "now").as_string().unwrap(), FRIDAY_EVENING);
    assert_eq!(get(&status, "hours.open").as_bool(), Some(false));
    assert_eq!(
        get(&status, "hours.nextChange").as_string().unwrap(),
        "2026-03-28T09:00:00Z"
    );
    assert_eq!(
        get(&status, "hours.timezone").as_string().unwrap(),
        "Europe/Berlin"
    );
    assert_eq!(get(&status, "prompt.kind").as_string().unwrap(), "closed");
    assert!(get(&status, "prompt.id").is_null());
    assert_eq!(js_sys::Array::from(&get(&status, "promises")).length(), 0);
    assert_eq!(js_sys::Array::from(&get(&status, "errors")).length(), 0);
    el.remove();
}

#[wasm_bindgen_test]
async fn changing_an_attribute_re_renders() {
    let el = mount(&[
        ("timezone", "UTC"),
        ("hours", "Mo-Fr 09:00-17:00"),
        ("now", "2026-03-27T10:00:00Z"),
    ])
    .await;
    assert!(shadow_text(&el).await.contains("Open now · closes 17:00"));
    el.set_attribute("hours", "Mo-Fr 09:00-12:00").unwrap();
    assert!(
        shadow_text(&el).await.contains("Open now · closes 12:00"),
        "{}",
        shadow_text(&el).await
    );
    el.set_attribute("now", "2026-03-27T11:45:00Z").unwrap();
    assert!(
        shadow_text(&el).await.contains("Closing soon · closes 12:00"),
        "{}",
        shadow_text(&el).await
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn two_elements_do_not_interfere() {
    let a = mount(&[
        ("timezone", "UTC"),
        ("reply-within", "email 4h calendar"),
        ("now", "2026-03-27T10:00:00Z"),
    ])
    .await;
    let b = mount(&[
        ("timezone", "Asia/Kolkata"),
        ("reply-within", "chat 5m calendar"),
        ("now", "2026-03-27T10:00:00Z"),
    ])
    .await;
    a.set_attribute("reply-within", "email 2h calendar").unwrap();
    let (ta, tb) = (shadow_text(&a).await, shadow_text(&b).await);
    assert!(
        // 12:00 UTC and 15:35 in Kolkata, in the visitor's Berlin time.
        ta.contains("email: within 2 hours — write now and expect a reply by 13:00 your time"),
        "{ta}"
    );
    assert!(!ta.contains("chat"), "{ta}");
    assert!(
        tb.contains("chat: within 5 minutes — write now and expect a reply by 11:05 your time"),
        "{tb}"
    );
    assert!(!tb.contains("email"), "{tb}");
    a.remove();
    b.remove();
}

/// Counts live timers and event listeners on window, document and body by
/// wrapping the browser's functions.
fn install_probes() {
    js_sys::eval(
        r#"
        if (!window.__spProbe) {
          const p = window.__spProbe = { timers: new Set(), listeners: 0 };
          const st = window.setTimeout.bind(window), ct = window.clearTimeout.bind(window);
          window.setTimeout = (f, ms, ...a) => { const id = st((...x) => { p.timers.delete(id); f(...x); }, ms, ...a); p.timers.add(id); return id; };
          window.clearTimeout = (id) => { p.timers.delete(id); ct(id); };
          const add = EventTarget.prototype.addEventListener, rem = EventTarget.prototype.removeEventListener;
          const watched = (t) => t === window || t === document || t === document.body;
          EventTarget.prototype.addEventListener = function (...a) { if (watched(this)) p.listeners++; return add.apply(this, a); };
          EventTarget.prototype.removeEventListener = function (...a) { if (watched(this)) p.listeners--; return rem.apply(this, a); };
        }"#,
    )
    .unwrap();
}

fn probe(key: &str) -> f64 {
    let p = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spProbe".into()).unwrap();
    let v = js_sys::Reflect::get(&p, &key.into()).unwrap();
    if key == "timers" {
        js_sys::Reflect::get(&v, &"size".into())
            .unwrap()
            .as_f64()
            .unwrap()
    } else {
        v.as_f64().unwrap()
    }
}

#[wasm_bindgen_test]
async fn removing_an_element_leaves_nothing_behind() {
    install_probes();
    let (timers0, listeners0) = (probe("timers"), probe("listeners"));
    // The real clock (no `now`): the element keeps a minute timer while connected.
    let el = mount(&[("hours", "24/7"), ("reply-within", "email 4h")]).await;
    assert_eq!(probe("timers"), timers0 + 1.0, "one timer while connected");
    el.remove();
    assert_eq!(probe("timers"), timers0, "the timer is cleared on removal");
    assert_eq!(
        probe("listeners"),
        listeners0,
        "no listeners left on window, document or body"
    );
    assert_eq!(
        el.shadow_root().unwrap().child_element_count(),
        0,
        "the rendered tree is gone"
    );
    // Re-inserting the same element renders it again.
    document().body().unwrap().append_child(&el).unwrap();
    assert!(shadow_text(&el).await.contains("email: within 4 business hours"));
    el.remove();
    assert_eq!(probe("timers"), timers0);
}

#[wasm_bindgen_test]
async fn fifty_elements_and_a_thousand_changes_leave_nothing_growing() {
    install_probes();
    let (timers0, listeners0) = (probe("timers"), probe("listeners"));
    let mut els = Vec::new();
    for i in 0..50 {
        let zone = ["Europe/Berlin", "Asia/Kolkata", "America/New_York"][i % 3];
        els.push(
            mount(&[
                ("timezone", zone),
                ("hours", "Mo-Fr 09:00-17:00"),
                ("reply-within", "email 4h"),
            ])
            .await,
        );
    }
    for e in &els {
        assert!(shadow_text(e).await.contains("email: within 4 business hours"));
    }
    // 50 real-clock elements: one timer each, and the storage listeners.
    assert_eq!(probe("timers"), timers0 + 50.0);
    let listeners_mounted = probe("listeners");
    let el = &els[0];
    let mut memory_after_warm_up = 0.0;
    for i in 0..1_000 {
        if i == 100 {
            memory_after_warm_up = service_promises::web::wasm_memory_bytes();
        }
        match i % 3 {
            0 => el.set_attribute(
                "now",
                &format!("2026-03-27T{:02}:{:02}:00Z", (i / 60) % 24, i % 60),
            ),
            1 => el.set_attribute("hours", if i % 2 == 0 { "Mo-Fr 09:00-17:00" } else { "24/7" }),
            _ => el.remove_attribute("now"),
        }
        .unwrap();
        if i % 50 == 49 {
            // Let the page breathe (and the test driver's polling through).
            sleep(0).await;
        }
    }
    el.remove_attribute("now").unwrap(); // back to the real clock: its timer again
                                         // (The JSON-LD block of the last change is made in a task of its own:
                                         // its timer, the one pending, goes when it has run.)
    sleep(0).await;
    assert_eq!(probe("timers"), timers0 + 50.0, "no timers pile up");
    assert_eq!(probe("listeners"), listeners_mounted, "no listeners pile up");
    let grown = service_promises::web::wasm_memory_bytes() - memory_after_warm_up;
    assert!(
        grown <= 256.0 * 1024.0,
        "wasm memory grew by {grown} bytes over 900 changes"
    );
    for e in &els {
        e.remove();
    }
    assert_eq!(probe("timers"), timers0);
    assert_eq!(probe("listeners"), listeners0);
}
