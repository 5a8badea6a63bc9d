//! Browser tests of the element, in headless Chromium:
//! `wasm-pack test --headless --chrome -- --test web`.
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

/// Answers the page's requests for `lang/{lang}.json` with `json`, as a
/// server next to the module would (the test server has no such file).
fn serve_pack(lang: &str, json: &str) {
    let packs = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spPacks".into()).unwrap();
    let packs = if packs.is_undefined() {
        js_sys::eval(
            r#"(() => {
              const packs = window.__spPacks = {}, fetch = window.fetch.bind(window);
              window.fetch = (url, ...a) => {
                const m = String(url).match(/\/lang\/([a-z-]+)\.json$/i);
                return m && packs[m[1]] !== undefined
                  ? Promise.resolve(new Response(packs[m[1]], { headers: { 'content-type': 'application/json' } }))
                  : fetch(url, ...a);
              };
              return packs;
            })()"#,
        )
        .unwrap()
    } else {
        packs
    };
    js_sys::Reflect::set(&packs, &lang.into(), &json.into()).unwrap();
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

fn thrown(r: Result<JsValue, JsValue>) -> String {
    js_sys::Error::from(r.unwrap_err()).message().as_string().unwrap()
}

#[wasm_bindgen_test]
async fn track_gives_the_business_time_deadline_of_the_contract() {
    let mut attrs = CONTRACT.to_vec();
    attrs.push(("now", "2026-03-27T15:45:00Z"));
    let el = mount(&attrs).await;
    let out = call(
        &el,
        "track",
        &[obj(&[
            ("id", "T-1042"),
            ("kind", "reply"),
            ("channel", "email"),
            ("at", FRIDAY_EVENING),
        ])],
    )
    .unwrap();
    assert_eq!(get(&out, "id").as_string().unwrap(), "T-1042");
    assert_eq!(get(&out, "due").as_string().unwrap(), "2026-03-28T13:00:00Z");
    let out = call(
        &el,
        "track",
        &[obj(&[
            ("id", "R-77"),
            ("kind", "refund"),
            ("at", "2026-03-27T10:00:00Z"),
        ])],
    )
    .unwrap();
    // Friday + 5 business days (Saturday counts) is Thursday 2 April, 17:00 CEST.
    assert_eq!(get(&out, "due").as_string().unwrap(), "2026-04-02T15:00:00Z");
    let text = shadow_text(&el).await;
    assert!(
        text.contains("T-1042 · email reply: pending — due tomorrow 14:00 (in 21 h 15 min)"),
        "{text}"
    );
    let status = call(&el, "status", &[]).unwrap();
    assert_eq!(get(&status, "promises.0.status").as_string().unwrap(), "pending");
    assert_eq!(
        get(&status, "promises.0.openedAt").as_string().unwrap(),
        FRIDAY_EVENING
    );
    assert!(get(&status, "promises.0.fulfilledAt").is_null());
    assert_eq!(get(&status, "promises.1.kind").as_string().unwrap(), "refund");
    assert!(get(&status, "promises.1.channel").is_null());
    el.remove();
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
            "unknown variant `parcel`, expected one of `reply`, `refund`, `hours`, `update`",
        ),
        (
            vec![obj(&[("id", "B"), ("kind", "hours")])],
            "the hours promise is not tracked by id",
        ),
        (vec![obj(&[("channel", "email")])], "missing field `id`"),
        (vec![obj(&[("id", "B"), ("when", "now")])], "unknown field `when`"),
        (vec![js_sys::Array::of1(&"B".into()).into()], "track() expects"),
        (vec![JsValue::from(42)], "track() expects"),
    ] {
        let msg = thrown(call(&el, "track", &args));
        assert!(msg.contains(needle), "{msg} !~ {needle}");
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
            "id must be a string",
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
    }
    let after = js_sys::JSON::stringify(&call(&el, "status", &[]).unwrap()).unwrap();
    assert_eq!(before, after, "state unchanged");
    el.remove();
}

#[wasm_bindgen_test]
async fn each_promise_event_fires_once_as_the_clock_moves() {
    let mut attrs = CONTRACT.to_vec();
    attrs.push(("now", "2026-03-28T09:00:00Z")); // Saturday 10:00 Berlin, opening
    let el = create(&attrs);
    let (kept, _k) = collect(&el, "promise-kept");
    let (risk, _r) = collect(&el, "promise-at-risk");
    let (broken, _b) = collect(&el, "promise-broken");
    document().body().unwrap().append_child(&el).unwrap();
    call(&el, "track", &[obj(&[("id", "E1"), ("channel", "email")])]).unwrap();
    call(&el, "track", &[obj(&[("id", "E2"), ("channel", "email")])]).unwrap();
    let counts = || (kept.borrow().len(), risk.borrow().len(), broken.borrow().len());
    assert_eq!(counts(), (0, 0, 0));
    // 80% of 4 business hours: Saturday 13:12 Berlin.
    el.set_attribute("now", "2026-03-28T12:12:00Z").unwrap();
    assert_eq!(counts(), (0, 2, 0));
    call(&el, "fulfil", &["E1".into(), JsValue::UNDEFINED]).unwrap();
    assert_eq!(counts(), (1, 2, 0));
    assert_eq!(get(&kept.borrow()[0], "id").as_string().unwrap(), "E1");
    el.set_attribute("now", "2026-03-28T13:00:01Z").unwrap();
    el.set_attribute("now", "2026-03-30T13:00:01Z").unwrap();
    assert_eq!(counts(), (1, 2, 1));
    assert_eq!(get(&broken.borrow()[0], "id").as_string().unwrap(), "E2");
    let status = call(&el, "status", &[]).unwrap();
    assert_eq!(get(&status, "record.kept").as_f64(), Some(1.0));
    assert_eq!(get(&status, "record.total").as_f64(), Some(2.0));
    assert_eq!(get(&status, "prompt.kind").as_string().unwrap(), "broken");
    assert_eq!(get(&status, "prompt.id").as_string().unwrap(), "E2");
    assert!(
        shadow_text(&el)
            .await
            .contains("Our promises to you so far: 1 of 2 kept."),
        "{}",
        shadow_text(&el).await
    );
    call(&el, "forgetAll", &[]).unwrap();
    assert_eq!(
        js_sys::Array::from(&get(&call(&el, "status", &[]).unwrap(), "promises")).length(),
        0
    );
    el.remove();
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

mod support;

/// The offsets the shipped code reads from `Intl` agree with jiff's tz
/// database at every hour of 2026 and a minute either side of every
/// transition, for a dozen zones; local times map back the same way.
#[wasm_bindgen_test]
fn intl_offsets_agree_with_an_independent_tz_database() {
    use service_promises::calendar::{Instant, Zone};
    use service_promises::web::intl::IntlZone;

    let start = support::t("2026-01-01T00:00:00Z").0;
    let end = support::t("2027-01-01T00:00:00Z").0;
    let mut checked = 0;
    for name in support::ZONES {
        let intl = IntlZone::new(name).unwrap();
        let reference = support::JiffZone::new(name);
        let mut instants: Vec<i64> = (start..end).step_by(3_600_000).collect();
        let from = jiff::Timestamp::from_millisecond(start).unwrap();
        for tr in reference
            .0
            .following(from)
            .take_while(|tr| tr.timestamp().as_millisecond() < end)
        {
            let at = tr.timestamp().as_millisecond();
            instants.extend([at - 60_000, at - 1_000, at, at + 60_000]);
        }
        for &ms in &instants {
            let at = Instant(ms);
            assert_eq!(
                intl.offset_seconds(at),
                reference.offset_seconds(at),
                "{name} at {at}"
            );
            let local = reference.to_local(at) + 1_800_000;
            assert_eq!(
                intl.instant_at_local(local),
                reference.instant_at_local(local),
                "{name} local {local}"
            );
            checked += 1;
        }
    }
    assert!(checked > 12 * 8_760, "{checked}");
}

#[wasm_bindgen_test]
fn an_unknown_zone_is_an_error_not_a_throw() {
    use service_promises::calendar::Zone;
    use service_promises::web::intl::IntlZone;
    let err = IntlZone::new("Europe/Atlantis").err().unwrap();
    assert_eq!(
        err,
        "unknown time zone \"Europe/Atlantis\"; expected an IANA name like Europe/Berlin"
    );
    assert_eq!(
        IntlZone::new("Asia/Calcutta")
            .unwrap()
            .offset_seconds(support::t("2026-06-01T00:00:00Z")),
        19_800
    );
}

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

/// Answers `fetch` for URLs under `/stub/` from a table, like a server would.
fn stub_fetch() {
    js_sys::eval(
        r#"(() => {
          if (window.__spStubbed) return;
          window.__spStubbed = true;
          const real = window.fetch.bind(window);
          const big = JSON.stringify({ window_days: 30, promises: [], pad: 'x'.repeat(70000) });
          const table = {
            '/stub/good.json': [200, '{"window_days":30,"promises":[{"kind":"reply","kept":412,"total":425},{"kind":"refund","kept":3,"total":3}]}'],
            '/stub/missing.json': [404, 'not found'],
            '/stub/broken.json': [500, 'oops'],
            '/stub/not-json.json': [200, '<html>hello</html>'],
            '/stub/wrong-types.json': [200, '{"window_days":"thirty","promises":[]}'],
            '/stub/impossible.json': [200, '{"window_days":30,"promises":[{"kind":"reply","kept":9,"total":4}]}'],
            '/stub/huge.json': [200, big],
          };
          window.__spFetches = 0;
          window.fetch = (url, init) => {
            const u = String(url);
            if (!u.startsWith('/stub/')) return real(url, init);
            window.__spFetches++;
            if (u === '/stub/refused.json') return Promise.reject(new TypeError('Failed to fetch'));
            const [status, body] = table[u];
            return Promise.resolve(new Response(body, { status }));
          };
        })()"#,
    )
    .unwrap();
}

/// Waits (bounded) until the element's team record is no longer loading.
async fn team_record(el: &Element) -> JsValue {
    for _ in 0..100 {
        let t = get(&call(el, "status", &[]).unwrap(), "teamRecord");
        if get(&t, "state").as_string().as_deref() != Some("loading") {
            return t;
        }
        sleep(10).await;
    }
    panic!("record-url never finished loading");
}

#[wasm_bindgen_test]
async fn the_team_record_is_shown_with_its_sample_size() {
    stub_fetch();
    let el = mount(&[("record-url", "/stub/good.json"), ("now", FRIDAY_EVENING)]).await;
    let t = team_record(&el).await;
    assert_eq!(get(&t, "state").as_string().unwrap(), "loaded");
    assert_eq!(get(&t, "record.windowDays").as_f64(), Some(30.0));
    let text = shadow_text(&el).await;
    assert!(
        text.contains("Replies on time: 412 of 425 (96%) in the last 30 days"),
        "{text}"
    );
    assert!(
        text.contains("Refunds on time: too few cases to say (3 in the last 30 days)"),
        "{text}"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_failing_record_url_says_unavailable_and_is_not_retried() {
    stub_fetch();
    for (url, reason) in [
        ("/stub/missing.json", "HTTP 404"),
        ("/stub/broken.json", "HTTP 500"),
        ("/stub/not-json.json", "not JSON"),
        ("/stub/wrong-types.json", "wrong format"),
        ("/stub/impossible.json", "kept (9) is more than total (4)"),
        ("/stub/huge.json", "larger than 64 KB"),
        ("/stub/refused.json", "network error or refused by CORS"),
    ] {
        let el = mount(&[("record-url", url), ("hours", "24/7"), ("now", FRIDAY_EVENING)]).await;
        let t = team_record(&el).await;
        assert_eq!(get(&t, "state").as_string().unwrap(), "unavailable", "{url}");
        let why = get(&t, "reason").as_string().unwrap();
        assert!(why.contains(reason), "{url}: {why}");
        let text = shadow_text(&el).await;
        assert!(
            text.contains("Our team record is unavailable right now."),
            "{text}"
        );
        assert!(text.contains("Open now"), "the rest renders: {text}");
        let before = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spFetches".into()).unwrap();
        // Re-renders (attribute changes, the clock) do not fetch again.
        el.set_attribute("now", "2026-03-27T16:31:00Z").unwrap();
        el.set_attribute("hours", "Mo-Fr 09:00-17:00").unwrap();
        let after = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spFetches".into()).unwrap();
        assert_eq!(before, after, "{url} fetched again");
        el.remove();
    }
}

#[wasm_bindgen_test]
async fn nobody_answering_during_hours_is_shown_and_counted_once() {
    let ns = fresh_namespace();
    let during = with_ns(&ns, &[("now", "2026-03-27T10:00:00Z"), ("staffed", "no")]);
    let el = create(&during.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>());
    let (broken, _b) = collect(&el, "promise-broken");
    document().body().unwrap().append_child(&el).unwrap();
    let text = shadow_text(&el).await;
    assert!(
        text.contains("Open hours, but nobody is answering right now."),
        "{text}"
    );
    assert_eq!(broken.borrow().len(), 1);
    assert_eq!(get(&broken.borrow()[0], "id").as_string().unwrap(), "hours");
    assert_eq!(get(&broken.borrow()[0], "kind").as_string().unwrap(), "hours");
    el.set_attribute("now", "2026-03-27T10:30:00Z").unwrap();
    assert_eq!(broken.borrow().len(), 1, "once per open stretch");
    let status = call(&el, "status", &[]).unwrap();
    assert_eq!(get(&status, "prompt.kind").as_string().unwrap(), "broken");
    assert_eq!(get(&status, "prompt.id").as_string().unwrap(), "hours");
    assert_eq!(get(&status, "record.total").as_f64(), Some(1.0));
    assert_eq!(get(&status, "hours.staffed").as_bool(), Some(false));
    // Staffed again: the promise is kept from here on, the break stays counted.
    el.set_attribute("staffed", "yes").unwrap();
    assert!(shadow_text(&el).await.contains("Open now"));
    assert_eq!(
        get(&call(&el, "status", &[]).unwrap(), "record.total").as_f64(),
        Some(1.0)
    );
    el.remove();
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

fn click(el: &Element, selector: &str) {
    let b: HtmlElement = el
        .shadow_root()
        .unwrap()
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    b.click();
}

#[wasm_bindgen_test]
async fn the_prompt_speaks_up_by_priority() {
    let attrs = with_ns(
        &fresh_namespace(),
        &[("now", FRIDAY_EVENING), ("make-good", "10% off your next order")],
    );
    let el = mount_owned(&attrs).await;
    // Closed: when a reply will come.
    assert_eq!(
        prompt_text(&el).await,
        "We're closed right now Write anyway: by chat we will reply by tomorrow 10:05."
    );
    let region = el
        .shadow_root()
        .unwrap()
        .query_selector("[aria-live=polite]")
        .unwrap();
    assert!(region.is_some(), "the prompt is a polite live region");
    // At risk: how late, and what the customer can do.
    call(&el, "track", &[obj(&[("id", "T-7"), ("channel", "email")])]).unwrap();
    el.set_attribute("now", "2026-03-28T12:15:00Z").unwrap(); // Saturday 13:15 Berlin
    assert_eq!(
        prompt_text(&el).await,
        "We're running late on your email reply It is due by 14:00 (in 45 minutes). You do not need to do \
         anything: it keeps its place, and we will tell you here if we miss it."
    );
    let region_now = el
        .shadow_root()
        .unwrap()
        .query_selector("[aria-live=polite]")
        .unwrap();
    assert!(
        region_now.is_some_and(|r| r.is_same_node(region.as_ref().map(|r| r.unchecked_ref()))),
        "the live region is the same node, not re-created, when the prompt changes"
    );
    // Broken: the apology, what happens next (after closing time, when a
    // person will be on it), the make-good offer.
    el.set_attribute("now", "2026-03-28T13:30:00Z").unwrap();
    assert_eq!(
        prompt_text(&el).await,
        "We're sorry: your email reply is late We promised it by 14:00, and we missed that. A person will be \
         on it when we open, Mon 09:00; you do not need to write again. As an apology: 10% off your next order."
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn the_follow_up_is_answered_once_not_now_asks_later_and_not_solved_reopens() {
    let attrs = with_ns(&fresh_namespace(), &[("now", "2026-03-23T08:00:00Z")]);
    let el = create(&attrs.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>());
    let (answers, _a) = collect(&el, "follow-up-answer");
    document().body().unwrap().append_child(&el).unwrap();
    for id in ["F-1", "F-2", "F-3"] {
        call(&el, "track", &[obj(&[("id", id), ("channel", "email")])]).unwrap();
        call(&el, "fulfil", &[id.into(), JsValue::UNDEFINED]).unwrap();
        call(&el, "resolve", &[id.into(), JsValue::UNDEFINED]).unwrap();
    }
    // Three days later (follow-up-after defaults to 3d): asked about the first.
    el.set_attribute("now", "2026-03-26T08:00:00Z").unwrap();
    assert!(prompt_text(&el)
        .await
        .starts_with("Did this fully solve your problem? About your email reply (F-1)."));
    click(&el, "button.no");
    // The answered buttons are gone; the focus stays in the element (on its
    // live region), not on the page's body.
    assert_eq!(
        document().active_element(),
        Some(el.clone().unchecked_into()),
        "the focus stays in the widget"
    );
    assert_eq!(answers.borrow().len(), 1);
    assert_eq!(get(&answers.borrow()[0], "id").as_string().unwrap(), "F-1");
    assert_eq!(get(&answers.borrow()[0], "solved").as_bool(), Some(false));
    // F-1 reopened with a new reply promise from now (Thursday 09:00 Berlin + 4h).
    let status = call(&el, "status", &[]).unwrap();
    let f1 = get(&status, "promises.0");
    assert_eq!(get(&f1, "status").as_string().unwrap(), "pending");
    assert_eq!(get(&f1, "openedAt").as_string().unwrap(), "2026-03-26T08:00:00Z");
    assert_eq!(get(&f1, "due").as_string().unwrap(), "2026-03-26T13:00:00Z");
    assert!(get(&f1, "resolvedAt").is_null());
    // Next: F-2. "Yes" answers; F-3: "Not now" records nothing and asks again a day later.
    assert!(
        prompt_text(&el).await.contains("(F-2)"),
        "{}",
        prompt_text(&el).await
    );
    click(&el, "button.yes");
    assert_eq!(get(&answers.borrow()[1], "solved").as_bool(), Some(true));
    assert!(
        prompt_text(&el).await.contains("(F-3)"),
        "{}",
        prompt_text(&el).await
    );
    click(&el, "button.not-now");
    assert_eq!(answers.borrow().len(), 2, "no answer event for 'not now'");
    assert!(
        !prompt_text(&el).await.contains("Did this fully solve"),
        "{}",
        prompt_text(&el).await
    );
    // (F-1's reopened reply came, so that no apology comes first.)
    call(&el, "fulfil", &["F-1".into(), JsValue::UNDEFINED]).unwrap();
    el.set_attribute("now", "2026-03-27T08:00:00Z").unwrap();
    assert!(
        prompt_text(&el).await.contains("(F-3)"),
        "asked again a day later: {}",
        prompt_text(&el).await
    );
    el.remove();
}

fn jsonld_blocks() -> Vec<JsValue> {
    let list = document()
        .head()
        .unwrap()
        .query_selector_all("script[type='application/ld+json']")
        .unwrap();
    (0..list.length())
        .map(|i| js_sys::JSON::parse(&list.item(i).unwrap().text_content().unwrap()).unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn json_ld_follows_the_attributes_one_block_per_element() {
    let before = jsonld_blocks().len();
    let a = mount(&[
        ("hours", "Mo-Fr 09:00-17:00; PH off"),
        ("holidays", "2026-12-25 Christmas Day"),
        ("return-window", "30d"),
        ("return-fees", "free"),
        ("now", FRIDAY_EVENING),
    ])
    .await;
    let b = mount(&[("return-window", "none"), ("now", FRIDAY_EVENING)]).await;
    let blocks = jsonld_blocks();
    assert_eq!(blocks.len(), before + 2);
    let doc = &blocks[before];
    assert_eq!(get(doc, "@context").as_string().unwrap(), "https://schema.org");
    assert_eq!(get(doc, "@graph.0.@type").as_string().unwrap(), "ContactPoint");
    assert_eq!(
        get(doc, "@graph.0.hoursAvailable.0.opens").as_string().unwrap(),
        "09:00"
    );
    assert_eq!(
        get(doc, "@graph.0.hoursAvailable.1.validFrom")
            .as_string()
            .unwrap(),
        "2026-12-25"
    );
    assert_eq!(get(doc, "@graph.1.merchantReturnDays").as_f64(), Some(30.0));
    assert_eq!(
        get(&blocks[before + 1], "@graph.0.returnPolicyCategory")
            .as_string()
            .unwrap(),
        "https://schema.org/MerchantReturnNotPermitted"
    );
    // Updated on change, gone with jsonld="off" and with the element.
    a.set_attribute("return-window", "14d").unwrap();
    settle().await;
    assert_eq!(
        get(&jsonld_blocks()[before], "@graph.1.merchantReturnDays").as_f64(),
        Some(14.0)
    );
    b.set_attribute("jsonld", "off").unwrap();
    settle().await;
    assert_eq!(jsonld_blocks().len(), before + 1);
    a.remove();
    assert_eq!(jsonld_blocks().len(), before);
    b.remove();
}

#[wasm_bindgen_test]
async fn german_with_lang_de_and_intl_formats() {
    let mut attrs = CONTRACT.to_vec();
    attrs.extend([
        ("now", FRIDAY_EVENING),
        ("lang", "de"),
        ("return-window", "30d"),
        ("make-good", "10 % Rabatt"),
    ]);
    // The test server serves no `lang/`: the German pack, from the page's
    // fetch (element.js fetches it next to its module, as from a server).
    serve_pack("de", include_str!("../src/i18n/de.json"));
    let el = mount(&attrs).await;
    // The element connects once the pack has come: until then, no shadow.
    for _ in 0..100 {
        if el.shadow_root().is_some() {
            break;
        }
        sleep(10).await;
    }
    let text = shadow_text(&el).await;
    for want in [
        "Erreichbarkeit",
        "Jetzt nicht erreichbar · ab morgen 10:00 (Zeitzone Europe/Berlin)",
        "Fr., 27. März",
        "email: innerhalb von 4 Geschäftsstunden — schreiben Sie jetzt und erhalten Sie eine Antwort bis morgen 14:00",
        "phone: innerhalb von 1 Werktag",
        "Rückgabe innerhalb von 30 Tagen nach Lieferung.",
        "Erstattung innerhalb von 5 Werktagen nach Eingang Ihrer Rücksendung.",
    ] {
        assert!(text.contains(want), "missing {want:?} in {text}");
    }
    assert_eq!(
        prompt_text(&el).await,
        "Wir sind gerade nicht erreichbar Schreiben Sie trotzdem: per chat erhalten \
         Sie eine Antwort bis morgen 10:05."
    );
    for english in [
        "Support hours",
        "When we reply",
        "tomorrow",
        "business",
        "Returns",
    ] {
        assert!(!text.contains(english), "English {english:?} in {text}");
    }
    // The page's language applies when the element has none.
    el.remove_attribute("lang").unwrap();
    let section = document().create_element("div").unwrap();
    section.set_attribute("lang", "de-AT").unwrap();
    document().body().unwrap().append_child(&section).unwrap();
    section.append_child(&el).unwrap();
    assert!(
        shadow_text(&el).await.contains("Jetzt nicht erreichbar"),
        "{}",
        shadow_text(&el).await
    );
    section.remove();
}

#[wasm_bindgen_test]
async fn the_refund_calculator_answers_for_a_delivery_date() {
    let mut attrs = CONTRACT.to_vec();
    attrs.extend([("now", FRIDAY_EVENING), ("return-window", "30d")]);
    let el = mount(&attrs).await;
    let input: web_sys::HtmlInputElement = el
        .shadow_root()
        .unwrap()
        .query_selector("input[type=date]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let label = el
        .shadow_root()
        .unwrap()
        .query_selector("label[for=delivered]")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().unwrap(), "When was your order delivered?");
    input.set_value("2026-03-20");
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let text = shadow_text(&el).await;
    // 30 days after Fri 20 Mar is Sun 19 Apr; a return arriving then counts
    // from Monday's opening: 5 business days later is Sat 25 Apr, 14:00.
    assert!(text.contains("Last day to return: Sun 19 Apr."), "{text}");
    assert!(
        text.contains("If your return arrives that day, your refund is due by Sat 25 Apr 14:00."),
        "{text}"
    );
    el.set_attribute("return-window", "none").unwrap();
    let text = shadow_text(&el).await;
    assert!(text.contains("Returns are not accepted."), "{text}");
    assert!(el
        .shadow_root()
        .unwrap()
        .query_selector("input[type=date]")
        .unwrap()
        .is_none());
    el.remove();
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

#[wasm_bindgen_test]
async fn a_visitor_clock_in_1970_or_2100_gives_sensible_output() {
    for now in ["1970-01-01T00:00:00Z", "2100-06-15T12:00:00Z"] {
        let el = mount(&[
            ("timezone", "Europe/Berlin"),
            ("hours", "Mo-Fr 09:00-17:00"),
            ("reply-within", "email 4h"),
            ("now", now),
        ])
        .await;
        let out = call(&el, "track", &[obj(&[("id", "T-1")])]).unwrap();
        let due = get(&out, "due").as_string().unwrap();
        assert!(due.starts_with(&now[..4]), "{now}: due {due}");
        let text = shadow_text(&el).await;
        assert!(
            text.contains("Support hours") && text.contains("reply by"),
            "{now}: {text}"
        );
        el.remove();
    }
}

#[wasm_bindgen_test]
async fn a_re_render_keeps_the_typed_date_and_the_focus() {
    let mut attrs = CONTRACT.to_vec();
    attrs.extend([("now", FRIDAY_EVENING), ("return-window", "30d")]);
    let el = mount(&attrs).await;
    let root = el.shadow_root().unwrap();
    let input: web_sys::HtmlInputElement = root
        .query_selector("input[type=date]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.focus().unwrap();
    input.set_value("2026-03-20");
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    assert!(shadow_text(&el).await.contains("Last day to return: Sun 19 Apr."));
    // A bad value adds the errors section above and removes the hours.
    el.set_attribute("hours", "Mo-Fr 9-17").unwrap();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".errors").unwrap().is_some());
    assert!(root.query_selector(".hours").unwrap().is_none());
    let now: web_sys::HtmlInputElement = root
        .query_selector("input[type=date]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(now.is_same_node(Some(&input)), "the same input, not a new one");
    assert_eq!(now.value(), "2026-03-20");
    assert!(root
        .active_element()
        .is_some_and(|a| a.is_same_node(Some(&input))));
    el.remove();
}

#[wasm_bindgen_test]
async fn the_zone_is_shown_and_reported_as_written() {
    for (written, canonical) in [
        ("Europe/Kyiv", "Europe/Kiev"),
        ("Asia/Kolkata", "Asia/Calcutta"),
        ("Asia/Ho_Chi_Minh", "Asia/Saigon"),
    ] {
        let el = mount(&[
            ("timezone", written),
            ("hours", "Mo-Fr 09:00-17:00"),
            ("now", FRIDAY_EVENING),
        ])
        .await;
        let text = shadow_text(&el).await;
        assert!(text.contains(&format!("({written} time)")), "{text}");
        assert!(!text.contains(canonical), "{text}");
        let status = call(&el, "status", &[]).unwrap();
        assert_eq!(get(&status, "hours.timezone").as_string().unwrap(), written);
        el.remove();
    }
}

#[wasm_bindgen_test]
async fn deadlines_are_in_the_visitors_time_where_the_teams_differs() {
    // The test browser's visitor is in Berlin (TZ in the Makefile).
    let el = mount(&[
        ("timezone", "America/New_York"),
        ("hours", "Mo-Fr 09:00-17:00"),
        ("reply-within", "email 4h"),
        ("now", FRIDAY_EVENING),
    ])
    .await;
    let text = shadow_text(&el).await;
    // Friday 12:30 in New York: four business hours end 16:30 there, 21:30 in Berlin.
    assert!(text.contains("expect a reply by 21:30 your time"), "{text}");
    // The week stays in the team's time, labelled with its zone.
    assert!(text.contains("(America/New_York time)"), "{text}");
    assert!(text.contains("09:00–17:00"), "{text}");
    el.remove();
}

#[wasm_bindgen_test]
async fn hours_change_is_told_as_the_team_opens_closes_or_is_about_to() {
    let el = create(&[
        ("timezone", "UTC"),
        ("hours", "Mo-Fr 09:00-17:00"),
        ("now", "2026-03-27T16:20:00Z"),
    ]);
    let (changes, _c) = collect(&el, "hours-change");
    document().body().unwrap().append_child(&el).unwrap();
    el.set_attribute("now", "2026-03-27T16:25:00Z").unwrap();
    el.set_attribute("now", "2026-03-27T16:45:00Z").unwrap();
    el.set_attribute("now", "2026-03-27T17:05:00Z").unwrap();
    let seen: Vec<(bool, bool, JsValue)> = changes
        .borrow()
        .iter()
        .map(|d| {
            (
                get(d, "open").as_bool().unwrap(),
                get(d, "closingSoon").as_bool().unwrap(),
                get(d, "nextChange"),
            )
        })
        .collect();
    let next: Vec<Option<String>> = seen.iter().map(|s| s.2.as_string()).collect();
    assert_eq!(
        seen.iter().map(|s| (s.0, s.1)).collect::<Vec<_>>(),
        [(true, false), (true, true), (false, false)],
        "told when first shown, when closing soon, when closed; not when nothing changed"
    );
    assert_eq!(
        next,
        [
            Some("2026-03-27T17:00:00Z".to_string()),
            Some("2026-03-27T17:00:00Z".to_string()),
            Some("2026-03-30T09:00:00Z".to_string())
        ]
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn times_are_written_as_the_language_writes_them() {
    let el = mount(&[
        ("timezone", "Europe/Berlin"),
        ("hours", "Mo-Fr 09:00-17:00"),
        ("lang", "en-US"),
        ("now", FRIDAY_EVENING),
    ])
    .await;
    let text = shadow_text(&el).await;
    assert!(
        text.contains("opens Mon 9:00 AM"),
        "no leading zero with AM/PM: {text}"
    );
    assert!(text.contains("9:00 AM–5:00 PM"), "{text}");
    el.set_attribute("lang", "en-GB").unwrap();
    let text = shadow_text(&el).await;
    assert!(
        text.contains("09:00–17:00"),
        "a 24-hour clock keeps its zero: {text}"
    );
    el.remove();
}
