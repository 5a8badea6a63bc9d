//! Zones, clocks and languages through `Intl`: offsets against jiff, unknown zones, far clocks, the zone as written, the visitor's time, hours-change, formats by language.

use super::*;

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
    serve_pack("de", include_str!("../../src/i18n/de.json"));
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
        "Jetzt nicht erreichbar · ab morgen 10:00 (Mitteleuropäische",
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
async fn the_zone_is_shown_as_people_say_it_and_reported_as_written() {
    // Customers read the zone's name as people say it (Intl's long generic
    // name, in the element's language: British English here); status()
    // and the author keep the name as written, not the browser's alias.
    for (written, canonical, said) in [
        ("Europe/Kyiv", "Europe/Kiev", "Eastern European"),
        ("Asia/Kolkata", "Asia/Calcutta", "India Standard Time"),
        ("Asia/Ho_Chi_Minh", "Asia/Saigon", "Indochina Time"),
    ] {
        let el = mount(&[
            ("timezone", written),
            ("hours", "Mo-Fr 09:00-17:00"),
            ("now", FRIDAY_EVENING),
        ])
        .await;
        let text = shadow_text(&el).await;
        assert!(text.contains(&format!("({said}")), "{text}");
        assert!(!text.contains(canonical) && !text.contains(written), "{text}");
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
    assert!(text.contains("(Eastern Time)"), "{text}");
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
