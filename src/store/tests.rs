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
    assert!(text.starts_with("{\"version\":2,"), "{text}");
    assert!(
        !text.contains("T-3\",\"kind"),
        "forgotten records are not stored: {text}"
    );
    assert!(text.contains("\"notNowAt\":[1774252980000]"), "{text}");
    assert!(text.contains("\"keptSent\":true"), "{text}");
    assert_eq!(read(&text), Ok(Decoded::Ok(l)));
}

/// A document as version 1 wrote it (`clock`, `rev`, `sent` as letters,
/// `keptBefore`, `brokenBefore`, `notNow`, `hoursBreaks`): every member a
/// value to keep.
const VERSION_1: &str = r#"{"version":1,"clock":9,
  "promises":[
    {"id":"T-1","kind":"reply","channel":"email","openedAt":1774252800000,"due":1774267200000,
     "atRiskAt":1774264320000,"fulfilledAt":1774252860000,"resolvedAt":1774252920000,
     "followedUp":false,"sent":"kb","rev":7,"keptBefore":[1774000000000],
     "brokenBefore":[1774100000000],"notNow":[1774252980000]},
    {"id":"T-2","kind":"refund","openedAt":1774252800000,"due":1774700000000,
     "atRiskAt":1774600000000,"sent":"r","rev":8}],
  "forgotten":[["T-3",9]],
  "hoursBreaks":[1774250000000]}"#;

#[test]
fn version_1_is_read_whole_and_written_as_version_2() {
    let Ok(Decoded::Ok(l)) = read(VERSION_1) else {
        panic!("version 1 not read: {:?}", read(VERSION_1));
    };
    // Nothing lost: every member of version 1 is in the ledger.
    let t1 = l.get("T-1").unwrap();
    assert_eq!(
        (t1.announced, t1.rev, t1.not_now.len(), t1.earlier.len()),
        (
            Announced {
                kept: true,
                at_risk: false,
                broken: true
            },
            7,
            1,
            2
        )
    );
    assert!(t1.earlier.iter().any(|o| o.kept && o.due.0 == 1_774_000_000_000));
    assert!(t1.earlier.iter().any(|o| !o.kept && o.due.0 == 1_774_100_000_000));
    let t2 = l.get("T-2").unwrap();
    assert!(t2.announced.at_risk && !t2.announced.kept && t2.rev == 8);
    assert_eq!(l.clock(), 9);
    assert_eq!(l.forgotten().collect::<Vec<_>>(), [("T-3", 9)]);
    assert_eq!(
        l.hours_breaks().map(|i| i.0).collect::<Vec<_>>(),
        [1_774_250_000_000]
    );
    // Written back, it is version 2, with names that say what they hold,
    // and reads as the same ledger.
    let v2 = serde_json::to_string(&Stored::from_ledger(&l)).unwrap();
    for name in [
        "\"version\":2",
        "\"revision\":9",
        "\"keptSent\":true,\"brokenSent\":true",
        "\"earlierKept\":[1774000000000]",
        "\"earlierBroken\":[1774100000000]",
        "\"notNowAt\":[1774252980000]",
        "\"unstaffedSince\":[1774250000000]",
    ] {
        assert!(v2.contains(name), "{name} in {v2}");
    }
    for old in [
        "\"clock\"",
        "\"rev\"",
        "\"sent\"",
        "\"notNow\"",
        "\"hoursBreaks\"",
        "Before\"",
    ] {
        assert!(!v2.contains(old), "{old} in {v2}");
    }
    assert_eq!(read(&v2), Ok(Decoded::Ok(l)));
}

#[test]
fn version_2_is_left_to_a_version_that_does_not_know_it() {
    // What version 1's reader did with a version it did not know, and
    // what this one does with version 3: nothing, so a newer page's data
    // survives an older page.
    let text = serde_json::to_string(&Stored::from_ledger(&sample())).unwrap();
    let as_version_3 = text.replacen("\"version\":2", "\"version\":3", 1);
    assert_eq!(read(&as_version_3), Ok(Decoded::Newer(3)));
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
    again.revision += 10;
    stored.promises.push(again.clone());
    stored.forgotten.push((stored.forgotten[0].0.clone(), 1));
    let text = serde_json::to_string(&stored).unwrap();
    let Ok(Decoded::Ok(l)) = read(&text) else {
        panic!("{text}")
    };
    assert_eq!(l.promises().len(), stored.promises.len() - 1);
    assert!(l.get(&again.id).unwrap().followed_up);
    assert_eq!(l.clock(), again.revision);
    assert_eq!(l.forgotten().count(), 1, "a forgotten id stored twice is one");
    assert_eq!(l.forgotten().next().unwrap().1, stored.forgotten[0].1.max(1));
}
