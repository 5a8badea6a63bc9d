//! Tracking requests: deadlines, events once, the prompt by priority, the follow-up question, the refund calculator, the unstaffed hours.

use super::*;

#[wasm_bindgen_test]
async fn track_gives_the_business_time_deadline_of_the_contract() {
    // The contract's example: tracked at Friday 17:30 in Berlin (as it
    // happens: a request cannot be tracked before it is made).
    let mut attrs = CONTRACT.to_vec();
    attrs.push(("now", FRIDAY_EVENING));
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
        text.contains("T-1042 · email reply: pending — due tomorrow 14:00 (in 20 h 30 min)"),
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
