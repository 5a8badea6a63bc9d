use super::*;
use crate::calendar::FixedOffset;
use crate::config::Config;
use crate::ledger::TrackRequest;

/// Reads stored text as the element does, with serde_json in place of the
/// browser's `JSON.parse` and serde-wasm-bindgen.
fn read(text: &str) -> Result<Decoded, StoreError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| StoreError::NotJson(e.to_string()))?;
    super::read(&value)
}

fn sample() -> Ledger {
    let cfg = Config::from_attributes(|n| (n == "reply-within").then(|| "email 4h; chat 5m".to_string()));
    let now = Instant::parse("2026-03-23T08:00:00Z").unwrap();
    let mut l = Ledger::default();
    for (id, ch) in [("T-1", "email"), ("T-2", "chat"), ("T-3", "email")] {
        let req = TrackRequest {
            id: id.into(),
            kind: Kind::Reply,
            channel: Some(ch.into()),
            at: None,
        };
        l.track(req, &cfg, &FixedOffset(0), now).unwrap();
    }
    l.fulfil("T-1", Instant(now.0 + 60_000)).unwrap();
    l.resolve("T-1", Instant(now.0 + 120_000)).unwrap();
    l.not_now("T-1", Instant(now.0 + 180_000)).unwrap();
    l.forget("T-3").unwrap();
    l.transitions(Instant(now.0 + 600_000));
    l
}

#[test]
fn round_trips_through_json() {
    let l = sample();
    let text = serde_json::to_string(&Stored::from_ledger(&l)).unwrap();
    assert!(text.starts_with("{\"version\":1,"), "{text}");
    assert!(
        !text.contains("T-3\",\"kind"),
        "forgotten records are not stored: {text}"
    );
    assert!(text.contains("\"notNow\":[1774252980000]"), "{text}");
    assert_eq!(read(&text), Ok(Decoded::Ok(l)));
}

#[test]
fn newer_versions_are_left_alone() {
    let text = r#"{"version":7,"promises":[{"whatever":true}]}"#;
    assert_eq!(read(text), Ok(Decoded::Newer(7)));
    assert_eq!(
        read("{\"promises\":[]}").unwrap_err().to_string(),
        "not a saved ledger: missing field `version`"
    );
}

#[test]
fn bad_records_are_named_and_the_rest_kept() {
    let mut stored = Stored::from_ledger(&sample());
    stored.promises[0].kind = Kind::Hours;
    stored.promises[1].due = stored.promises[1].opened_at - 1;
    let mut extra = stored.promises[1].clone();
    extra.id = "\u{7}".into();
    stored.promises.push(extra);
    let mut parcel = stored.promises[1].clone();
    parcel.id = "P".into();
    stored.promises.push(parcel);
    let mut text = serde_json::to_string(&stored).unwrap();
    text = text.replacen(
        "\"id\":\"P\",\"kind\":\"reply\"",
        "\"id\":\"P\",\"kind\":\"parcel\"",
        1,
    );
    text = text.replacen("],\"forgotten\"", ",{\"id\":5}],\"forgotten\"", 1);
    match read(&text).unwrap() {
        Decoded::Partly { ledger, problems } => {
            assert_eq!(ledger.promises().len(), 0);
            assert_eq!(
                problems,
                [
                    "record 1: the hours promise is not a tracked record",
                    "record 2: instants out of order",
                    "record 3: invalid id: id must not contain control characters",
                    "record 4: unknown variant `parcel`, expected one of `reply`, `refund`, `hours`, `update`",
                    "record 5: invalid type: integer `5`, expected a string",
                ]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn keys() {
    assert_eq!(key("eu-store"), "service-promises:eu-store");
    assert_eq!(
        backup_key("default", Instant::parse("2026-03-23T08:00:00Z").unwrap()),
        "service-promises:default:unreadable:2026-03-23T08:00:00Z"
    );
}

#[test]
fn an_id_stored_twice_keeps_its_last_record() {
    let mut stored = Stored::from_ledger(&sample());
    let mut again = stored.promises[0].clone();
    again.followed_up = true;
    again.rev += 10;
    stored.promises.push(again.clone());
    stored.forgotten.push((stored.forgotten[0].0.clone(), 1));
    let text = serde_json::to_string(&stored).unwrap();
    let Ok(Decoded::Ok(l)) = read(&text) else {
        panic!("{text}")
    };
    assert_eq!(l.promises().len(), stored.promises.len() - 1);
    assert!(l.get(&again.id).unwrap().followed_up);
    assert_eq!(l.clock(), again.rev);
    assert_eq!(l.forgotten().count(), 1, "a forgotten id stored twice is one");
    assert_eq!(l.forgotten().next().unwrap().1, stored.forgotten[0].1.max(1));
}
