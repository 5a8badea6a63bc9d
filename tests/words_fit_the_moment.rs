//! Every prompt and confirmation, in every language, says what is true at
//! the moment it is read: no sentence claims that a person is on a request
//! while the team is closed, or open with nobody answering (`staffed="no"`).

use service_promises::calendar::{FixedOffset, Instant};
use service_promises::config::Config;
use service_promises::i18n::{Key, PlainClock, TextMap, Texts};
use service_promises::ledger::{Ledger, TrackRequest};
use service_promises::state::{Confirmation, Confirmed, ElementState};
use service_promises::status::Kind;
use service_promises::view;
use service_promises::words::Words;
use std::rc::Rc;

/// Every pack the element ships.
const PACKS: &[(&str, &str)] = &[
    ("en", "{}"),
    ("ar", include_str!("../src/i18n/ar.json")),
    ("cs", include_str!("../src/i18n/cs.json")),
    ("da", include_str!("../src/i18n/da.json")),
    ("de", include_str!("../src/i18n/de.json")),
    ("es", include_str!("../src/i18n/es.json")),
    ("fi", include_str!("../src/i18n/fi.json")),
    ("fr", include_str!("../src/i18n/fr.json")),
    ("he", include_str!("../src/i18n/he.json")),
    ("it", include_str!("../src/i18n/it.json")),
    ("ja", include_str!("../src/i18n/ja.json")),
    ("ko", include_str!("../src/i18n/ko.json")),
    ("nb", include_str!("../src/i18n/nb.json")),
    ("nl", include_str!("../src/i18n/nl.json")),
    ("pl", include_str!("../src/i18n/pl.json")),
    ("pt", include_str!("../src/i18n/pt.json")),
    ("ru", include_str!("../src/i18n/ru.json")),
    ("sv", include_str!("../src/i18n/sv.json")),
    ("tr", include_str!("../src/i18n/tr.json")),
    ("zh-Hans", include_str!("../src/i18n/zh-Hans.json")),
    ("zh-Hant", include_str!("../src/i18n/zh-Hant.json")),
];

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

fn config(staffed: bool) -> Config {
    Config::from_attributes(|n| match n {
        "hours" => Some("Mo-Fr 09:00-17:00".into()),
        "reply-within" => Some("email 1d".into()),
        "staffed" => (!staffed).then(|| "no".into()),
        _ => None,
    })
}

/// An email request tracked on Monday 09:00, due at Tuesday's close and not
/// answered: broken from then on.
fn late_request(cfg: &Config) -> Ledger {
    let mut ledger = Ledger::default();
    let req = TrackRequest {
        id: "T-1".into(),
        kind: Kind::Reply,
        channel: Some("email".into()),
        at: None,
    };
    ledger
        .track(req, cfg, &FixedOffset(0), at("2026-03-23T09:00:00Z"))
        .unwrap();
    ledger
}

/// Everything the prompt and a "No, not yet" confirmation say, at `now`.
fn said(w: &Words<'_>, cfg: &Config, now: Instant) -> Vec<String> {
    let mut state = ElementState::with(cfg.clone(), late_request(cfg));
    // The confirmation of a "No, not yet", as the element keeps it.
    state.confirmed = Some(Confirmed {
        what: Confirmation::Reopened,
        beside: None,
    });
    let v = view::build(&view::Input::new(&state, now, &FixedOffset(0), "UTC", w)).unwrap();
    let mut lines = Vec::new();
    if let Some(p) = v.prompt {
        lines.push(p.title);
        lines.extend(p.lines);
    }
    lines.extend(v.confirmation.into_iter().flatten());
    lines
}

#[test]
fn no_sentence_claims_a_person_is_there_while_nobody_is() {
    let open = at("2026-03-25T10:00:00Z"); // Wednesday 10:00
    let closed = at("2026-03-25T18:30:00Z"); // Wednesday 18:30
    for (lang, json) in PACKS {
        let map: TextMap = serde_json::from_str(json).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let w = Words {
            texts: Rc::new(Texts::from_map(lang.to_string(), map)),
            clock: &PlainClock,
            visitor: None,
        };
        let presence = [w.t(Key::OnIt).to_string(), w.t(Key::ThanksReopened).to_string()];
        let claims = |lines: &[String]| {
            lines
                .iter()
                .filter(|l| presence.contains(l))
                .cloned()
                .collect::<Vec<_>>()
        };

        // Open and staffed: a person is on it now, and it says so.
        let lines = said(&w, &config(true), open);
        assert_eq!(claims(&lines), presence, "{lang}, open: {lines:?}");

        // Closed: when the team opens, in the customer's time, twice (the
        // apology and the confirmation), and never "on it now".
        let lines = said(&w, &config(true), closed);
        assert_eq!(claims(&lines), Vec::<String>::new(), "{lang}, closed: {lines:?}");
        let opening = w.tf(
            Key::OnItAtOpening,
            &[&w.for_customer(&FixedOffset(0), closed, at("2026-03-26T09:00:00Z"))],
        );
        assert_eq!(
            lines.iter().filter(|l| **l == opening).count(),
            2,
            "{lang}, closed: {lines:?} lacks {opening:?}"
        );

        // Open with nobody answering, and closed too: nobody is on it.
        for now in [open, closed] {
            let lines = said(&w, &config(false), now);
            assert_eq!(
                claims(&lines),
                Vec::<String>::new(),
                "{lang}, staffed=no: {lines:?}"
            );
        }
        let lines = said(&w, &config(false), open);
        assert!(
            lines.contains(&w.t(Key::OnItLater).to_string()),
            "{lang}, staffed=no: {lines:?}"
        );
    }
}
