//! Bad values and bad calls: specific errors and events while the rest renders; hostile text stays text.

use super::*;

/// (attribute, message) of each collected `config-error` event.
fn config_errors(events: &Rc<RefCell<Vec<JsValue>>>) -> Vec<(String, String)> {
    events
        .borrow()
        .iter()
        .map(|d| {
            (
                get(d, "attribute").as_string().unwrap(),
                get(d, "message").as_string().unwrap(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_bad_value_gives_its_error_and_event_while_the_rest_renders() {
    let el = create(&[]);
    let (events, _keep) = collect(&el, "config-error");
    for (k, v) in [
        ("timezone", "Mars/Olympus_Mons"),
        ("reply-within", "email 4 hours"),
        ("return-window", "30d"),
        ("now", FRIDAY_EVENING),
    ] {
        el.set_attribute(k, v).unwrap();
    }
    document().body().unwrap().append_child(&el).unwrap();
    let got = config_errors(&events);
    assert_eq!(
        got,
        [
            ("timezone".to_string(), "unknown time zone \"Mars/Olympus_Mons\"; expected an IANA name like Europe/Berlin; using the visitor's zone".to_string()),
            ("reply-within".to_string(), "at character 7 (\"4 hours\"): expected a unit right after the number: m (minutes), h (hours) or d (days)".to_string()),
        ]
    );
    let text = shadow_text(&el).await;
    assert!(text.contains("Configuration problems"), "{text}");
    assert!(text.contains("reply-within: at character 7"), "{text}");
    assert!(
        text.contains("Return within 30 days of delivery."),
        "the rest renders: {text}"
    );
    // Fixing the value clears the error; an unrelated change re-announces nothing.
    el.set_attribute("reply-within", "email 4h").unwrap();
    el.set_attribute("return-window", "14d").unwrap();
    assert_eq!(events.borrow().len(), 2);
    let text = shadow_text(&el).await;
    assert!(!text.contains("reply-within:"), "{text}");
    assert!(text.contains("Return within 14 days"), "{text}");
    let status = call(&el, "status", &[]).unwrap();
    assert_eq!(
        get(&status, "errors.0.attribute").as_string().unwrap(),
        "timezone"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn unknown_attributes_are_reported_with_a_suggestion() {
    let el = mount(&[
        ("reply-whithin", "email 4h"),
        ("class", "x"),
        ("data-anything", "1"),
    ])
    .await;
    let text = shadow_text(&el).await;
    assert!(
        text.contains("reply-whithin: unknown attribute; did you mean reply-within?"),
        "{text}"
    );
    assert!(
        !text.contains("class:") && !text.contains("data-anything"),
        "{text}"
    );
    assert!(
        text.contains("No service promises are published here yet."),
        "{text}"
    );
    el.remove();
}

fn thrown(r: Result<JsValue, JsValue>) -> String {
    js_sys::Error::from(r.unwrap_err()).message().as_string().unwrap()
}

#[wasm_bindgen_test]
async fn bad_calls_throw_a_clear_error_and_change_nothing() {
    let mut attrs = CONTRACT.to_vec();
    attrs.push(("now", FRIDAY_EVENING));
    let el = mount(&attrs).await;
    call(&el, "track", &[obj(&[("id", "A"), ("channel", "email")])]).unwrap();
    let before = js_sys::JSON::stringify(&call(&el, "status", &[]).unwrap()).unwrap();
    for (args, needle) in [
        (
            vec![obj(&[("id", "A"), ("channel", "email")])],
            "\"A\" is already tracked",
        ),
        (
            vec![obj(&[("id", "B"), ("channel", "fax")])],
            "unknown channel \"fax\"; published: chat, email, phone",
        ),
        (
            vec![obj(&[("id", "B"), ("channel", "email"), ("at", "yesterday")])],
            "at: not an RFC 3339 instant",
        ),
        (
            vec![obj(&[("id", "B"), ("kind", "parcel")])],
            "kind must be \"reply\" or \"refund\"; got the text \"parcel\"",
        ),
        (
            vec![obj(&[("id", "B"), ("kind", "hours")])],
            "the hours promise is not tracked by id",
        ),
        (
            vec![obj(&[("channel", "email")])],
            "id must be a string; got nothing",
        ),
        (
            vec![obj(&[("id", "B"), ("when", "now")])],
            "takes id, kind, channel and at; not \"when\"",
        ),
        (
            vec![js_sys::Array::of1(&"B".into()).into()],
            "track(): expects an object { id, kind, channel, at }; got a list",
        ),
        (
            vec![JsValue::from(42)],
            "track(): expects an object { id, kind, channel, at }; got the number 42",
        ),
        (
            vec![js_sys::JSON::parse(r#"{"id": 12345, "channel": "email"}"#).unwrap()],
            "track(): id must be a string; got the number 12345",
        ),
        (
            vec![js_sys::JSON::parse(r#"{"id": "B", "channel": ["email"]}"#).unwrap()],
            "channel must be a string; got a list",
        ),
        (
            vec![js_sys::JSON::parse(r#"{"id": "B", "at": 1774000000000}"#).unwrap()],
            "at must be an RFC 3339 string like 2026-03-27T16:30:00Z; got the number 1774000000000",
        ),
        (
            vec![obj(&[
                ("id", "B"),
                ("channel", "email"),
                ("at", "2026-03-28T00:00:00Z"),
            ])],
            "\"B\" cannot be opened at 2026-03-28T00:00:00Z, after now (2026-03-27T16:30:00Z)",
        ),
    ] {
        let msg = thrown(call(&el, "track", &args));
        assert!(msg.contains(needle), "{msg} !~ {needle}");
        no_rust_words(&msg);
    }
    for (method, args, needle) in [
        (
            "fulfil",
            vec!["nope".into(), JsValue::UNDEFINED],
            "no tracked request with id \"nope\"",
        ),
        (
            "fulfil",
            vec!["A".into(), "2026-13-01T00:00:00Z".into()],
            "at: not an RFC 3339 instant",
        ),
        (
            "resolve",
            vec![JsValue::from(7), JsValue::UNDEFINED],
            "resolve(): id must be a string; got the number 7",
        ),
        (
            "forget",
            vec![JsValue::NULL],
            "forget(): id must be a string; got null",
        ),
        (
            "resolve",
            vec!["A".into(), JsValue::from(1_774_000_000_000.0)],
            "at must be an RFC 3339 string",
        ),
        (
            "fulfil",
            vec!["A".into(), "2026-03-28T00:00:00Z".into()],
            "after now (2026-03-27T16:30:00Z)",
        ),
        ("forget", vec!["nope".into()], "no tracked request"),
    ] {
        let msg = thrown(call(&el, method, &args));
        assert!(msg.contains(needle), "{method}: {msg} !~ {needle}");
        no_rust_words(&msg);
    }
    let after = js_sys::JSON::stringify(&call(&el, "status", &[]).unwrap()).unwrap();
    assert_eq!(before, after, "state unchanged");
    el.remove();
}

/// A message of the JavaScript interface speaks the contract's words, never
/// Rust's (serde's own messages name Rust types).
fn no_rust_words(msg: &str) {
    for word in [
        "struct",
        "floating point",
        "invalid type",
        "variant",
        "TrackInput",
        "u32",
        "i64",
    ] {
        assert!(!msg.contains(word), "\"{word}\" in: {msg}");
    }
}

/// Script payloads (from the OWASP filter-evasion cheat sheet and similar)
/// in every text the element shows from its page author or caller.
const PAYLOADS: &[&str] = &[
    "<script>window.__spCanary=1</script>",
    "<img src=x onerror=\"window.__spCanary=1\">",
    "<svg/onload=window.__spCanary=1>",
    "\"><iframe src=\"javascript:window.__spCanary=1\">",
    "<a href=\"javascript:window.__spCanary=1\">x</a>",
    "<IMG SRC=JaVaScRiPt:window.__spCanary=1>",
    "<body onload=window.__spCanary=1>",
    "<details open ontoggle=window.__spCanary=1>",
    "'';!--\"<XSS>=&{()}",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__spCanary=1>",
];

#[wasm_bindgen_test]
async fn hostile_text_renders_inert() {
    let window = web_sys::window().unwrap();
    for (i, payload) in PAYLOADS.iter().enumerate() {
        let holiday = format!("2026-12-25 {}", payload.replace(',', " "));
        let el = mount(&[
            ("timezone", "Europe/Berlin"),
            ("hours", "Mo-Fr 09:00-17:00; PH off"),
            ("holidays", &holiday),
            ("reply-within", "email 4h"),
            ("return-window", "30d"),
            ("refund-method", payload),
            ("return-fees", payload),
            ("make-good", payload),
            ("now", "2026-12-21T08:00:00Z"),
        ])
        .await;
        let errors = get(&call(&el, "status", &[]).unwrap(), "errors");
        assert_eq!(
            js_sys::Array::from(&errors).length(),
            0,
            "payload {i} was accepted as text"
        );
        let id = format!("X{i}{}", &payload[..payload.len().min(60)]);
        call(
            &el,
            "track",
            &[obj(&[
                ("id", &id),
                ("channel", "email"),
                ("at", "2026-12-20T08:00:00Z"),
            ])],
        )
        .unwrap();
        yew::scheduler::flush().await;
        let root = el.shadow_root().unwrap();
        let text = root.text_content().unwrap();
        assert!(text.contains(payload), "payload {i} shown as text");
        assert!(text.contains(&id), "id {i} shown as text");
        for tag in [
            "script", "img", "svg", "iframe", "body", "details", "math", "xss", "style", "mglyph",
        ] {
            assert!(
                root.query_selector(tag).unwrap().is_none(),
                "payload {i} made a <{tag}>"
            );
        }
        let links = root.query_selector_all("a").unwrap().length();
        assert_eq!(links, 0, "payload {i} made a link");
        el.remove();
    }
    // Give any handler a chance to run, then check the canary.
    sleep(50).await;
    assert!(
        js_sys::Reflect::get(&window, &"__spCanary".into())
            .unwrap()
            .is_undefined(),
        "a payload ran"
    );
    // And in the document head: the JSON-LD block is text, not markup.
    let head = document().head().unwrap().inner_html();
    assert!(!head.contains("<img"), "{head}");
}

/// A sample of the malformed-attribute corpus through the element: the
/// error shows, `config-error` fires for that attribute, the rest renders.
#[wasm_bindgen_test]
async fn a_sample_of_the_bad_value_corpus_in_the_element() {
    let corpus = support::corpus();
    let mut checked = 0;
    for (attr, value, want) in corpus.iter().step_by(7) {
        let el = create(&[]);
        let (events, _keep) = collect(&el, "config-error");
        for (k, v) in support::GOOD {
            if k != attr && *k != "storage-key" {
                el.set_attribute(k, v).unwrap();
            }
        }
        el.set_attribute(attr, value).unwrap();
        document().body().unwrap().append_child(&el).unwrap();
        let got = config_errors(&events);
        assert_eq!(got.len(), 1, "{attr}={value:?}: {got:?}");
        assert_eq!(&got[0].0, attr);
        assert!(got[0].1.contains(want.as_str()), "{attr}={value:?}: {}", got[0].1);
        settle().await;
        let shown = el
            .shadow_root()
            .unwrap()
            .query_selector(&format!(".error[data-attribute='{attr}']"))
            .unwrap()
            .unwrap_or_else(|| panic!("{attr}={value:?}: error not shown"));
        assert!(shown.text_content().unwrap().contains(want.as_str()));
        let text = shadow_text(&el).await;
        if *attr != "return-window" {
            assert!(
                text.contains("Return within 30 days"),
                "{attr}={value:?}: the rest renders: {text}"
            );
        }
        el.remove();
        checked += 1;
    }
    assert!(checked >= 30, "{checked}");
}
