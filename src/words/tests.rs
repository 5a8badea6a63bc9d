use super::*;
use crate::calendar::Instant;
use crate::record::tests::parse;

#[test]
fn contract_example() {
    let r = parse(
        r#"{ "window_days": 30, "promises": [ { "kind": "reply", "kept": 412, "total": 425 },
                                             { "kind": "refund", "kept": 98, "total": 100 } ] }"#,
    )
    .unwrap();
    assert_eq!(
        Words::plain().record_lines(&r),
        [
            "Replies on time: 412 of 425 (96%) in the last 30 days",
            "Refunds on time: 98 of 100 (98%) in the last 30 days"
        ]
    );
}

#[test]
fn outage_updates_have_a_line_of_their_own() {
    let r = parse(r#"{"window_days":30,"promises":[{"kind":"update","kept":45,"total":48}]}"#).unwrap();
    assert_eq!(
        Words::plain().record_lines(&r),
        ["Outage updates on time: 45 of 48 (93%) in the last 30 days"]
    );
}

#[test]
fn too_few_cases_are_said_as_such() {
    let r = parse(r#"{"window_days":7,"promises":[{"kind":"reply","kept":3,"total":3}]}"#).unwrap();
    assert_eq!(
        Words::plain().record_lines(&r),
        ["Replies on time: too few cases to say (3 in the last 7 days)"]
    );
    let r = parse(r#"{"window_days":7,"promises":[{"kind":"reply","kept":999,"total":1000}]}"#).unwrap();
    assert_eq!(
        Words::plain().record_lines(&r),
        ["Replies on time: 999 of 1000 (99%) in the last 7 days"]
    );
}

#[test]
fn a_line_per_channel_and_when_it_was_made() {
    use crate::calendar::FixedOffset;
    let r = parse(
        r#"{ "window_days": 30, "generated_at": "2026-12-04T00:00:00Z",
             "promises": [ { "kind": "reply", "channel": "email", "kept": 412, "total": 425 },
                           { "kind": "reply", "channel": "chat", "kept": 3, "total": 3 },
                           { "kind": "refund", "kept": 98, "total": 100 } ] }"#,
    )
    .unwrap();
    let w = Words::plain();
    assert_eq!(
        w.record_lines(&r),
        [
            "Replies by email on time: 412 of 425 (96%) in the last 30 days",
            "Replies by chat on time: too few cases to say (3 in the last 30 days)",
            "Refunds on time: 98 of 100 (98%) in the last 30 days"
        ]
    );
    let made = Instant::parse("2026-12-04T00:00:00Z").unwrap();
    let berlin = FixedOffset(3600);
    assert_eq!(
        w.record_updated(&r, made, &berlin).as_deref(),
        Some("Updated Fri 4 Dec.")
    );
    let within = Instant(made.0 + 30 * DAY_MS);
    assert_eq!(
        w.record_updated(&r, within, &berlin).as_deref(),
        Some("Updated Fri 4 Dec."),
        "30 days on: not yet older"
    );
    let later = Instant(within.0 + 1);
    assert_eq!(
        w.record_updated(&r, later, &berlin).as_deref(),
        Some("Last updated Fri 4 Dec, more than 30 days ago: this record may be out of date.")
    );
    // In the team's calendar: 23:30 in New York on the 3rd.
    assert_eq!(
        w.record_updated(&r, made, &FixedOffset(-5 * 3600)).as_deref(),
        Some("Updated Thu 3 Dec.")
    );
    let before = Instant(made.0 - 2 * DAY_MS);
    assert_eq!(
        w.record_updated(&r, before, &berlin),
        None,
        "made after the clock: no date that contradicts it"
    );
    let skew = Instant(made.0 - 3_600_000);
    assert_eq!(
        w.record_updated(&r, skew, &berlin).as_deref(),
        Some("Updated Fri 4 Dec."),
        "an hour's skew"
    );
    let plain = parse(r#"{"window_days":1,"promises":[]}"#).unwrap();
    assert_eq!(
        w.record_updated(&plain, made, &berlin),
        None,
        "not said: nothing shown"
    );
    let old = parse(r#"{"window_days":1,"generated_at":"2026-12-01T00:00:00+01:00","promises":[]}"#).unwrap();
    assert_eq!(
        w.record_updated(&old, made, &berlin).as_deref(),
        Some("Last updated Tue 1 Dec, more than a day ago: this record may be out of date.")
    );
}
