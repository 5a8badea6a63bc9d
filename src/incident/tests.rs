//! The feed read from fixtures written from Statuspage's documented v2
//! format (`tests/fixtures/statuspage/`), as the element reads it (here
//! with `serde_json` for the browser's `JSON.parse`), and what is shown of
//! it at an instant. The fixtures' instants are New York summer time
//! (-04:00) with milliseconds; the expectations are in UTC.

use super::*;

const SUMMARY: &str = include_str!("../../tests/fixtures/statuspage/summary.json");
const INCIDENTS: &str = include_str!("../../tests/fixtures/statuspage/incidents.json");
const UNRESOLVED: &str = include_str!("../../tests/fixtures/statuspage/unresolved.json");
const EMPTY: &str = include_str!("../../tests/fixtures/statuspage/empty.json");
const NOT_A_FEED: &str = include_str!("../../tests/fixtures/statuspage/not-a-feed.json");
const BAD_INSTANT: &str = include_str!("../../tests/fixtures/statuspage/bad-instant.json");
const WRONG_TYPE: &str = include_str!("../../tests/fixtures/statuspage/wrong-type.json");
const UNKNOWN_STATUS: &str = include_str!("../../tests/fixtures/statuspage/unknown-status.json");

/// 22:30 in New York, 12 May 2026.
const NOW: &str = "2026-05-13T02:30:00Z";

fn t(s: &str) -> Instant {
    Instant::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn feed(json: &str) -> Result<Incidents, FeedError> {
    serde_json::from_str::<Feed>(json)
        .map_err(|e| FeedError::Shape(e.to_string()))?
        .check()
}

fn ok(json: &str) -> Incidents {
    feed(json).unwrap_or_else(|e| panic!("{e}"))
}

fn m30() -> Duration {
    default_update_within()
}

fn ids<'a>(shown: &[Shown<'a>]) -> Vec<&'a str> {
    shown.iter().map(|s| s.id).collect()
}

/// One incident (or, `maintenance`, one scheduled maintenance) from JSON.
fn incident(json: &str, maintenance: bool) -> Result<Incident, FeedError> {
    let node: Node = serde_json::from_str(json).unwrap();
    node.into_incident("incidents[0]", maintenance)
}

#[test]
fn summary_open_incidents_worst_first_then_maintenance() {
    let all = ok(SUMMARY);
    assert_eq!(all.page_url.as_deref(), Some("https://status.example.com"));
    assert_eq!(all.items.len(), 8);
    let shown = all.shown(t(NOW), m30(), &[]);
    // Open incidents by impact (critical, major, minor, none), then
    // maintenance in progress (the latest started first), then maintenance
    // starting within 24 hours; "mnt-later" starts in 26.5 hours.
    assert_eq!(
        ids(&shown),
        [
            "idf1",
            "mon1",
            "inv1",
            "noc1",
            "mnt-now",
            "mnt-verify",
            "mnt-soon"
        ]
    );

    let idf1 = &shown[0];
    assert_eq!(
        (idf1.impact, idf1.status, idf1.maintenance),
        (Impact::Critical, Status::Identified, false)
    );
    assert_eq!(idf1.started_at, t("2026-05-13T01:38:00Z"));
    // Its latest update was posted at 21:55:30 (and back-dated to 21:45 with
    // display_at, which does not count): due 22:25:30, late at 22:30.
    assert_eq!(idf1.updated_at, t("2026-05-13T01:55:30Z"));
    assert_eq!(idf1.next_update_by, Some(t("2026-05-13T02:25:30Z")));
    assert!(idf1.late);
    assert_eq!(idf1.update_status, Some(Status::Identified));
    assert_eq!(
        idf1.body,
        Some("The payment provider's certificate expired; a new one is being issued.")
    );
    assert_eq!(idf1.url, Some("https://stspg.io/idf1"));

    // No started_at: its creation; no shortlink: the page's url. Its updates
    // are listed out of order: the latest is the one posted last.
    let mon1 = &shown[1];
    assert_eq!(mon1.started_at, t("2026-05-13T00:00:00Z"));
    assert_eq!(mon1.updated_at, t("2026-05-13T02:20:00Z"));
    assert_eq!(mon1.next_update_by, Some(t("2026-05-13T02:50:00Z")));
    assert!(!mon1.late);
    assert_eq!(mon1.update_status, Some(Status::Monitoring));
    assert_eq!(mon1.url, Some("https://status.example.com"));

    let inv1 = &shown[2];
    assert_eq!(inv1.next_update_by, Some(t("2026-05-13T02:35:10.215Z")));
    assert!(!inv1.late);

    // No update at all: counted from its updated_at.
    let noc1 = &shown[3];
    assert_eq!(
        (noc1.impact, noc1.body, noc1.update_status),
        (Impact::None, None, None)
    );
    assert_eq!(noc1.updated_at, t("2026-05-12T22:10:00Z"));
    assert_eq!(noc1.next_update_by, Some(t("2026-05-12T22:40:00Z")));
    assert!(noc1.late);

    // Maintenance: started when scheduled, with until when; the next update
    // is promised while it is in progress or verifying.
    let now_ = &shown[4];
    assert!(now_.maintenance);
    assert_eq!(now_.status, Status::InProgress);
    assert_eq!(now_.started_at, t("2026-05-13T02:00:00Z"));
    assert_eq!(now_.scheduled_until, Some(t("2026-05-13T03:30:00Z")));
    assert_eq!(now_.next_update_by, Some(t("2026-05-13T02:30:05Z")));
    assert!(!now_.late);
    let verify = &shown[5];
    assert_eq!(verify.status, Status::Verifying);
    assert_eq!(verify.next_update_by, Some(t("2026-05-13T02:40:00Z")));
    assert_eq!(verify.url, Some("https://status.example.com"));
    let soon = &shown[6];
    assert_eq!(
        (soon.status, soon.impact),
        (Status::Scheduled, Impact::Maintenance)
    );
    assert_eq!(soon.started_at, t("2026-05-13T05:00:00Z"));
    assert_eq!((soon.next_update_by, soon.late), (None, false));
    assert_eq!(soon.resolved_at, None);
}

#[test]
fn updates_are_sorted_newest_first_by_when_they_were_posted() {
    let all = ok(SUMMARY);
    let mon1 = all.items.iter().find(|i| i.id == "mon1").unwrap();
    let order: Vec<&str> = mon1.updates.iter().map(|u| u.id.as_deref().unwrap()).collect();
    assert_eq!(order, ["u-mon1-3", "u-mon1-2", "u-mon1-1"]);
    let idf1 = all.items.iter().find(|i| i.id == "idf1").unwrap();
    assert_eq!(idf1.updates[0].id.as_deref(), Some("u-idf1-2"));
    // Milliseconds and the offset are read: 21:40:00.510 in New York.
    assert_eq!(idf1.updates[1].created_at, t("2026-05-13T01:40:00.510Z"));
}

#[test]
fn exactly_at_next_update_by_is_not_late_a_millisecond_after_is() {
    let all = ok(SUMMARY);
    let by = t("2026-05-13T02:25:30Z");
    let idf1 = |now: Instant| all.shown(now, m30(), &["pay0001xyz".into()]).remove(0);
    assert!(!idf1(by).late);
    assert!(idf1(Instant(by.0 + 1)).late);
    // A longer promise moves it: 45 minutes after 21:55:30.
    let m45 = parse_update_within("45m").unwrap();
    let s = &all.shown(t(NOW), m45, &[])[0];
    assert_eq!(s.next_update_by, Some(t("2026-05-13T02:40:30Z")));
    assert!(!s.late);
}

#[test]
fn resolved_incidents_stay_an_hour_after_resolved_at() {
    let all = ok(INCIDENTS);
    let shown = all.shown(t(NOW), m30(), &[]);
    // res-old was resolved an hour and a millisecond ago; res-boundary
    // exactly an hour ago; the completed maintenance is not shown.
    assert_eq!(ids(&shown), ["res-recent", "pm1", "res-boundary"]);
    assert!(shown.iter().all(|s| s.next_update_by.is_none() && !s.late));
    assert_eq!(shown[1].status, Status::Postmortem);
    assert_eq!(shown[1].resolved_at, Some(t("2026-05-13T01:50:00Z")));
    assert_eq!(
        shown[1].body,
        Some("What happened, and what we changed so it does not happen again.")
    );
    let later = Instant(t(NOW).0 + 1);
    assert_eq!(ids(&all.shown(later, m30(), &[])), ["res-recent", "pm1"]);
    assert!(all.shown(t("2026-05-13T03:00:00.001Z"), m30(), &[]).is_empty());
    assert_eq!(
        ids(&all.shown(t("2026-05-13T03:00:00Z"), m30(), &[])),
        ["res-recent"]
    );
    // A maintenance listed among incidents is known by its status.
    let done = all.items.iter().find(|i| i.id == "mnt-done").unwrap();
    assert!(done.maintenance);
}

#[test]
fn scheduled_maintenance_from_24_hours_before_until_its_end() {
    let all = ok(SUMMARY);
    let soon = |now: &str| {
        all.shown(t(now), m30(), &["m2zjc5hgkmx1".into()])
            .iter()
            .any(|s| s.id == "mnt-soon")
    };
    // Scheduled for 05:00Z on 13 May until 07:00Z.
    assert!(!soon("2026-05-12T04:59:59.999Z"));
    assert!(soon("2026-05-12T05:00:00Z"));
    assert!(soon("2026-05-13T07:00:00Z"), "still scheduled at its end");
    assert!(!soon("2026-05-13T07:00:00.001Z"));
    let later = |now: &str| all.shown(t(now), m30(), &[]).iter().any(|s| s.id == "mnt-later");
    assert!(!later(NOW));
    assert!(later("2026-05-13T05:00:00Z"));
}

#[test]
fn components_filter_by_id_or_name_and_hides_items_without_components() {
    let all = ok(SUMMARY);
    let by = |f: &[&str]| {
        let f: Vec<String> = f.iter().map(|s| s.to_string()).collect();
        ids(&all.shown(t(NOW), m30(), &f))
    };
    assert_eq!(by(&["m2zjc5hgkmx1"]), ["inv1", "mnt-soon"]);
    assert_eq!(by(&["web APP"]), ["mon1", "mnt-now"]);
    assert_eq!(by(&["PAY0001XYZ", "attachments"]), ["idf1", "mnt-verify"]);
    assert!(by(&["Status page"]).is_empty());
    // noc1 names no component: shown without a filter only.
    assert!(!by(&["API", "Payments", "Web app", "Attachments"]).contains(&"noc1"));
    assert!(by(&[]).contains(&"noc1"));
    let parsed = parse_components(" m2zjc5hgkmx1 ,Web app").unwrap();
    assert_eq!(parsed, ["m2zjc5hgkmx1", "Web app"]);
    assert_eq!(
        ids(&all.shown(t(NOW), m30(), &parsed)),
        ["mon1", "inv1", "mnt-now", "mnt-soon"]
    );
}

#[test]
fn the_unresolved_shape_and_an_empty_feed() {
    let all = ok(UNRESOLVED);
    assert_eq!(all.items.len(), 1);
    let shown = all.shown(t(NOW), m30(), &[]);
    assert_eq!(ids(&shown), ["cp306tmzcl0y"]);
    // Posted 22:17:14.848 in New York: due 22:47:14.848.
    assert_eq!(shown[0].next_update_by, Some(t("2026-05-13T02:47:14.848Z")));
    let none = ok(EMPTY);
    assert!(none.items.is_empty());
    assert!(none.shown(t(NOW), m30(), &[]).is_empty());
    // Maintenance alone (scheduled-maintenances.json) is a feed too.
    let m = ok(r#"{"scheduled_maintenances": []}"#);
    assert_eq!(m, Incidents::default());
}

#[test]
fn a_feed_of_another_shape_is_an_error_that_says_what_was_expected() {
    assert_eq!(feed(NOT_A_FEED), Err(FeedError::NotAFeed));
    assert!(feed(NOT_A_FEED)
        .unwrap_err()
        .to_string()
        .starts_with("not a Statuspage v2 feed: it has neither incidents nor scheduled_maintenances"));
    let e = feed(r#""All Systems Operational""#).unwrap_err();
    assert!(
        matches!(&e, FeedError::Shape(m) if m.contains("expected struct Feed")),
        "{e}"
    );
    let e = feed(r#"{"incidents": [{"id": "a", "incident_updates": "none"}]}"#).unwrap_err();
    assert!(matches!(&e, FeedError::Shape(_)), "{e}");
}

#[test]
fn a_bad_instant_names_the_update_and_the_field() {
    let e = feed(BAD_INSTANT).unwrap_err();
    assert_eq!(e.place(), Some("incidents[1].incident_updates[0]"));
    assert_eq!(e.field(), Some("created_at"));
    assert_eq!(
        e.to_string(),
        "incidents[1].incident_updates[0].created_at: not an RFC 3339 instant: \"2026-05-12T22:17:14.848\": at character 24 expected 'Z' or an offset like +01:00 (like 2026-05-12T22:17:14.848-04:00)"
    );
}

#[test]
fn a_wrong_type_names_the_item_the_field_and_what_was_there() {
    let e = feed(WRONG_TYPE).unwrap_err();
    assert_eq!(
        e.to_string(),
        "incidents[1].name: expected a string, not an object"
    );
    let e = incident(
        r#"{"id": "a", "name": "A", "status": "investigating", "created_at": true}"#,
        false,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "incidents[0].created_at: expected a string, not true or false"
    );
    let e = incident(
        r#"{"id": "a", "name": "A", "status": "identified", "created_at": "2026-05-12T22:00:00Z",
            "components": [{"id": "c1", "name": 1.5}]}"#,
        false,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "incidents[0].components[0].name: expected a string, not a number"
    );
    let e = incident(
        r#"{"id": "a", "status": "identified", "created_at": "2026-05-12T22:00:00Z"}"#,
        false,
    )
    .unwrap_err();
    assert_eq!(
        e,
        FeedError::Missing {
            place: "incidents[0]".into(),
            field: "name"
        }
    );
    // Whole numbers are read as their digits (some status pages number ids).
    let i = incident(
        r#"{"id": 12345, "name": "A", "status": "identified", "created_at": "2026-05-12T22:00:00Z"}"#,
        false,
    )
    .unwrap();
    assert_eq!(i.id, "12345");
}

#[test]
fn an_unknown_status_is_an_error_an_unknown_impact_reads_as_none() {
    let e = feed(UNKNOWN_STATUS).unwrap_err();
    assert!(
        e.to_string().starts_with(
            "incidents[1].status: unknown status \"degraded_performance\"; expected investigating, identified, monitoring, resolved or postmortem"
        ),
        "{e}"
    );
    // In scheduled_maintenances, only a maintenance's statuses.
    let e = feed(
        r#"{"scheduled_maintenances": [{"id": "m", "name": "M", "status": "investigating",
            "created_at": "2026-05-12T22:00:00Z"}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "scheduled_maintenances[0].status: unknown status \"investigating\"; expected a maintenance's scheduled, in_progress, verifying or completed"
    );
    let e = incident(
        r#"{"id": "a", "name": "A", "status": "identified", "created_at": "2026-05-12T22:00:00Z",
            "incident_updates": [{"status": "fixed", "created_at": "2026-05-12T22:00:00Z"}]}"#,
        false,
    )
    .unwrap_err();
    assert_eq!(e.place(), Some("incidents[0].incident_updates[0]"));
    assert_eq!(e.field(), Some("status"));
    // The status decides whether it is shown; an impact word the format
    // does not have, or none at all, only ranks it last.
    let odd = r#"{"incidents": [
        {"id": "x", "name": "X", "status": "investigating", "impact": "sev1", "created_at": "2026-05-13T02:00:00Z"},
        {"id": "y", "name": "Y", "status": "investigating", "created_at": "2026-05-13T02:10:00Z"},
        {"id": "z", "name": "Z", "status": "investigating", "impact": "Minor", "created_at": "2026-05-13T01:00:00Z"}]}"#;
    let all = ok(odd);
    let shown = all.shown(t(NOW), m30(), &[]);
    assert_eq!(ids(&shown), ["z", "y", "x"]);
    assert_eq!(shown[1].impact, Impact::None);
    assert_eq!(shown[2].impact, Impact::None);
}

#[test]
fn the_contracts_incident_status() {
    let all = ok(SUMMARY);
    let shown = all.shown(t(NOW), m30(), &[]);
    let v = serde_json::to_value(IncidentStatus::from(&shown[0])).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "id": "idf1", "name": "Payments failing at checkout", "impact": "critical",
            "status": "identified", "startedAt": "2026-05-13T01:38:00Z",
            "updatedAt": "2026-05-13T01:55:30Z", "nextUpdateBy": "2026-05-13T02:25:30Z",
            "late": true, "url": "https://stspg.io/idf1", "maintenance": false
        })
    );
    let soon = serde_json::to_value(IncidentStatus::from(&shown[6])).unwrap();
    assert_eq!(soon["status"], "scheduled");
    assert_eq!(soon["impact"], "maintenance");
    assert_eq!(soon["nextUpdateBy"], serde_json::Value::Null);
    assert_eq!(soon["updatedAt"], "2026-05-10T14:00:00.050Z");
    let now_ = serde_json::to_value(IncidentStatus::from(&shown[4])).unwrap();
    assert_eq!(now_["status"], "in_progress");
}

#[test]
fn attribute_values() {
    assert_eq!(
        parse_components("m2zjc5hgkmx1, API").unwrap(),
        ["m2zjc5hgkmx1", "API"]
    );
    assert_eq!(
        parse_components("API,,Web").unwrap_err(),
        "at character 5: an empty entry; expected a component id or name between the commas"
    );
    assert!(parse_components("API, ")
        .unwrap_err()
        .starts_with("at character 5"));
    assert!(parse_components("API,")
        .unwrap_err()
        .starts_with("at the end: an empty entry"));
    assert!(parse_components("  ")
        .unwrap_err()
        .contains("empty; expected component ids or names"));
    assert_eq!(default_update_within(), Duration::minutes(30, Clock::Calendar));
    assert_eq!(DEFAULT_UPDATE_WITHIN_MINUTES, 30);
    assert_eq!(
        parse_update_within(" 1h30m ").unwrap(),
        Duration::minutes(90, Clock::Calendar)
    );
    assert!(parse_update_within("30m calendar")
        .unwrap_err()
        .contains("always counted in calendar time"));
    assert!(parse_update_within("soon")
        .unwrap_err()
        .contains("expected a duration"));
    // A day is 24 hours of elapsed time.
    assert_eq!(
        next_update_due(t("2026-03-28T12:00:00Z"), parse_update_within("1d").unwrap()),
        t("2026-03-29T12:00:00Z")
    );
}

// The update windows of the record.

fn window(opened: &str, due: &str, next: NextPost) -> UpdateWindow {
    UpdateWindow {
        opened_at: t(opened),
        due: t(due),
        next_post: next,
    }
}

fn at(s: &str) -> NextPost {
    NextPost::At(t(s))
}

#[test]
fn each_update_while_open_opens_a_window_closed_by_the_next_post() {
    let all = ok(INCIDENTS);
    let get = |id: &str| {
        all.items
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .update_windows(m30())
    };
    // Created 100 ms before its first update: one post, not two.
    assert_eq!(
        get("res-recent"),
        [
            window(
                "2026-05-13T01:05:00.100Z",
                "2026-05-13T01:35:00.100Z",
                at("2026-05-13T01:40:00Z")
            ),
            window(
                "2026-05-13T01:40:00Z",
                "2026-05-13T02:10:00Z",
                at("2026-05-13T02:00:00Z")
            ),
        ]
    );
    // The resolution at 21:50 was due then too; the post-mortem opens nothing.
    assert_eq!(
        get("pm1"),
        [
            window(
                "2026-05-13T00:00:00.200Z",
                "2026-05-13T00:30:00.200Z",
                at("2026-05-13T01:20:00Z")
            ),
            window(
                "2026-05-13T01:20:00Z",
                "2026-05-13T01:50:00Z",
                at("2026-05-13T01:50:00Z")
            ),
        ]
    );
    // A maintenance promises updates while in progress (or verifying) only.
    assert_eq!(
        get("mnt-done"),
        [window(
            "2026-05-13T00:00:00Z",
            "2026-05-13T00:30:00Z",
            at("2026-05-13T00:30:00Z")
        )]
    );
    let summary = ok(SUMMARY);
    let get = |id: &str| {
        summary
            .items
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .update_windows(m30())
    };
    assert_eq!(
        get("mon1"),
        [
            window(
                "2026-05-13T00:00:00.100Z",
                "2026-05-13T00:30:00.100Z",
                at("2026-05-13T01:00:00Z")
            ),
            window(
                "2026-05-13T01:00:00Z",
                "2026-05-13T01:30:00Z",
                at("2026-05-13T02:20:00Z")
            ),
            window("2026-05-13T02:20:00Z", "2026-05-13T02:50:00Z", NextPost::NotYet),
        ]
    );
    // No update at all: the creation opens the only window.
    assert_eq!(
        get("noc1"),
        [window(
            "2026-05-12T22:10:00Z",
            "2026-05-12T22:40:00Z",
            NextPost::NotYet
        )]
    );
    assert!(get("mnt-soon").is_empty(), "scheduled: nothing promised yet");
}

#[test]
fn a_creation_a_second_or_more_before_the_first_update_is_a_post_of_its_own() {
    let json = |created: &str| {
        format!(
            r#"{{"id": "a", "name": "A", "status": "resolved", "created_at": "{created}",
                "resolved_at": "2026-05-12T10:40:00Z",
                "incident_updates": [
                  {{"status": "resolved", "created_at": "2026-05-12T10:40:00Z"}},
                  {{"status": "investigating", "created_at": "2026-05-12T10:20:00Z"}}]}}"#
        )
    };
    let w = incident(&json("2026-05-12T10:19:59Z"), false)
        .unwrap()
        .update_windows(m30());
    assert_eq!(
        w,
        [
            window(
                "2026-05-12T10:19:59Z",
                "2026-05-12T10:49:59Z",
                at("2026-05-12T10:20:00Z")
            ),
            window(
                "2026-05-12T10:20:00Z",
                "2026-05-12T10:50:00Z",
                at("2026-05-12T10:40:00Z")
            ),
        ]
    );
    let w = incident(&json("2026-05-12T10:19:59.001Z"), false)
        .unwrap()
        .update_windows(m30());
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].opened_at, t("2026-05-12T10:20:00Z"));
}

#[test]
fn the_resolution_closes_a_window_and_an_unsaid_one_cannot_be_decided() {
    // Resolved at 10:10 without an update saying so; the post-mortem at
    // 12:00 came later.
    let i = incident(
        r#"{"id": "a", "name": "A", "status": "postmortem", "created_at": "2026-05-12T10:00:00Z",
            "resolved_at": "2026-05-12T10:10:00Z",
            "incident_updates": [
              {"status": "postmortem", "created_at": "2026-05-12T12:00:00Z"},
              {"status": "monitoring", "created_at": "2026-05-12T10:00:00.200Z"}]}"#,
        false,
    )
    .unwrap();
    assert_eq!(
        i.update_windows(m30()),
        [window(
            "2026-05-12T10:00:00.200Z",
            "2026-05-12T10:30:00.200Z",
            at("2026-05-12T10:10:00Z")
        )]
    );
    // Resolved, but when is not said.
    let i = incident(
        r#"{"id": "a", "name": "A", "status": "resolved", "created_at": "2026-05-12T10:00:00Z",
            "resolved_at": null,
            "incident_updates": [{"status": "identified", "created_at": "2026-05-12T10:00:00Z"}]}"#,
        false,
    )
    .unwrap();
    assert_eq!(i.update_windows(m30())[0].next_post, NextPost::Unknown);
    // Not shown either: for how long would it be?
    let all = Incidents {
        page_url: None,
        items: vec![i],
    };
    assert!(all.shown(t("2026-05-12T10:05:00Z"), m30(), &[]).is_empty());
}

#[test]
fn updates_posted_at_one_instant_are_one_post() {
    let two = |first: &str, second: &str| {
        incident(
            &format!(
                r#"{{"id": "a", "name": "A", "status": "{first}", "created_at": "2026-05-12T09:59:00Z",
                    "resolved_at": {resolved},
                    "incident_updates": [
                      {{"status": "{first}", "created_at": "2026-05-12T10:00:00Z"}},
                      {{"status": "{second}", "created_at": "2026-05-12T10:00:00Z"}}]}}"#,
                resolved = if first == "resolved" {
                    "\"2026-05-12T10:00:00Z\""
                } else {
                    "null"
                }
            ),
            false,
        )
        .unwrap()
        .update_windows(m30())
    };
    // The one listed first stands: open, one window from 10:00 (and the
    // creation's, a minute before).
    let w = two("identified", "investigating");
    assert_eq!(w.len(), 2);
    assert_eq!(
        w[1],
        window("2026-05-12T10:00:00Z", "2026-05-12T10:30:00Z", NextPost::NotYet)
    );
    // Resolved at once: the creation's window only, closed then.
    let w = two("resolved", "investigating");
    assert_eq!(
        w,
        [window(
            "2026-05-12T09:59:00Z",
            "2026-05-12T10:29:00Z",
            at("2026-05-12T10:00:00Z")
        )]
    );
}
