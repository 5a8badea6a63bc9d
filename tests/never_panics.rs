//! Every parser and decoder returns a value or an error for any input: no
//! panics (a panic in the widget is a bug).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use service_promises::calendar::{Calendar, Clock, Duration, FixedOffset, Holidays, Hours, Instant};
use service_promises::config::{Config, ATTRIBUTES};
use service_promises::ledger::Kind;
use service_promises::store::{self, Header, StoredPromise};

mod support;

/// Text that looks like attribute values: their alphabet, plus anything.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,60}",
        "[0-9:;,\\- MoTuWeThFrSaSuPHJanDecoffclosed24/7dhmcalendar%]{0,60}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn attribute_parsers(v in value(), which in 0..ATTRIBUTES.len()) {
        let cfg = Config::from_attributes(|n| (n == ATTRIBUTES[which]).then(|| v.clone()));
        for e in &cfg.errors {
            prop_assert!(e.message.starts_with("at "), "{}", e.message);
        }
        // And whatever parsed can be evaluated.
        if let Some(h) = &cfg.hours {
            let cal = Calendar::new(h, &cfg.holidays, FixedOffset(3600));
            let now = Instant(1_774_000_000_000);
            let _ = cal.state_at(now);
            let _ = cal.deadline(now, Duration::minutes(90, Clock::Business));
            let _ = cal.deadline(now, Duration::days(3, Clock::Business));
        }
    }

    #[test]
    fn hours_holidays_durations_instants(v in value()) {
        let _ = Hours::parse(&v);
        let _ = Holidays::parse(&v);
        let _ = Duration::parse(&v, Clock::Business, true);
        let _ = Instant::parse(&v);
    }

    #[test]
    fn stored_data_and_record_documents(v in value(), json in "[\\[\\]{}\",:0-9a-zA-Z \\-.]{0,80}") {
        for text in [v.as_str(), json.as_str()] {
            let _ = support::read_stored(text);
            if let Ok(doc) = support::read_record(text) {
                let _ = doc.check();
            }
        }
    }

    #[test]
    fn stored_records_with_any_numbers(
        opened in any::<i64>(), due in any::<i64>(), risk in any::<i64>(),
        fulfilled in proptest::option::of(any::<i64>()), rev in any::<u64>(), clock in any::<u64>(),
        id in any::<String>(), kind in prop_oneof![Just(Kind::Reply), Just(Kind::Refund), Just(Kind::Hours), Just(Kind::Update)],
        sent in any::<(bool, bool, bool)>(), kept_before in proptest::collection::vec(any::<i64>(), 0..3),
        broken_before in proptest::collection::vec(any::<i64>(), 0..3),
        not_now in proptest::collection::vec(any::<i64>(), 0..4),
    ) {
        let record = StoredPromise {
            id, kind, channel: None, opened_at: opened, due, at_risk_at: risk, fulfilled_at: fulfilled,
            resolved_at: None, followed_up: false,
            kept_sent: sent.0, at_risk_sent: sent.1, broken_sent: sent.2, sent: String::new(),
            revision: rev, earlier_kept: kept_before, earlier_broken: broken_before, not_now_at: not_now,
        };
        let header = Header { version: 2, revision: clock, forgotten: vec![], unstaffed_since: vec![opened] };
        // Decoded data stays usable: tracking, fulfilling and forgetting on it.
        let ledger = match store::decode(header, vec![Ok(record)]) {
            store::Decoded::Ok(l) | store::Decoded::Partly { ledger: l, .. } => l,
            store::Decoded::Newer(_) => return Ok(()),
        };
        let mut ledger = ledger;
        let cfg = Config::from_attributes(|n| (n == "reply-within").then(|| "email 4h".to_string()));
        let now = Instant(1_774_000_000_000);
        let req = service_promises::ledger::TrackRequest {
            id: "new".into(), kind: service_promises::ledger::Kind::Reply, channel: None, at: None,
        };
        let _ = ledger.track(req, &cfg, &FixedOffset(0), now);
        let _ = ledger.fulfil("new", now);
        let _ = ledger.transitions(now);
        let _ = ledger.record(now);
        let _ = ledger.forget("new");
        let mut other = ledger.clone();
        other.forget_all();
        ledger.merge(&other);
    }
}
