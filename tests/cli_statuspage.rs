//! `record --from statuspage`: a status page's incidents (Statuspage's v2
//! `incidents.json`, written from the documented format in
//! `tests/fixtures/cli/statuspage-incidents.json`) into promises of kind
//! `update`, counted by hand below; copies of the feed saved over time;
//! bad items; and the command end to end.
//!
//! The fixture at `--now` 2026-12-04T00:00:00Z (window from 4 November),
//! `update-within` 30 minutes, each window as (opened, due, next post):
//!
//! - `inc-a` (UTC): created 120 ms before its first update (one post).
//!   10:00:00.120 due 10:30:00.120, next 10:25: kept; 10:25 due 10:55, next
//!   10:54:59.999: kept; 10:54:59.999 due 11:24:59.999, resolved 11:20:
//!   kept. 3 kept.
//! - `inc-b` (+01:00): 09:00:00.300 due 09:30:00.300, next 09:45 (its
//!   display_at back-dated to 09:20 does not count): broken; 09:45 due
//!   10:15, next 10:15: kept (exactly at the due time); 10:15 due 10:45,
//!   resolved 10:40: kept. 1 broken, 2 kept.
//! - `inc-c` (-05:00): 14:00:00.500 due 14:30:00.500, next 14:20: kept;
//!   14:20 due 14:50: resolved at 14:35 without an update saying so, and
//!   the resolution is the next post: kept. The post-mortem opens nothing.
//!   2 kept.
//! - `inc-d`, still open: 22:00 due 22:30, next 23:50: broken (at 22:30,
//!   in the window); 23:50 due 00:20 on 4 December: pending at `--now`.
//! - `inc-old`: decided on 1 October, before the window.
//! - `inc-e`: created 40 minutes before its first update, a post of its
//!   own: 12:00 due 12:30, next 12:40: broken; 12:40 due 13:10, resolved
//!   13:00: kept.
//! - `mnt-x`, a maintenance listed among incidents: scheduled opens nothing;
//!   in progress 02:00 due 02:30, next 02:45: broken; verifying 02:45 due
//!   03:15, completed 03:00: kept.
//! - `inc-bad1`: an update's `created_at` is "yesterday": a bad record.
//! - `inc-bad2`: 10:00:00.010 due 10:30:00.010, next 10:20: kept; then
//!   resolved without `resolved_at` and no later update: that last window
//!   cannot be decided, a bad record.
//! - `inc-status`: status "degraded": a bad record.
//!
//! In the window: 10 kept of 14 (4 broken), 1 pending, 1 before it, 3 bad.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use service_promises::cli::decide::Count;
use service_promises::cli::input::{self, Format, ReadError};
use service_promises::cli::record::{parse_window, ChannelMap, Options, Run};
use service_promises::cli::setup::Setup;
use service_promises::status::Kind;
use support::{command, t};

const FEED: &str = "tests/fixtures/cli/statuspage-incidents.json";
const EARLIER: &str = "tests/fixtures/cli/statuspage-unresolved-earlier.json";
const NOW: &str = "2026-12-04T00:00:00Z";

fn setup(attrs: &[(&str, &str)]) -> Setup {
    let attrs: Vec<(String, String)> = attrs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let s = Setup::new(&attrs);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    s
}

fn run(setup: &Setup, files: &[&str]) -> Run {
    let paths: Vec<&Path> = files.iter().map(Path::new).collect();
    let opts = Options {
        window: parse_window("30d").unwrap(),
        now: t(NOW),
        channels: ChannelMap::default(),
        keep_details: true,
        desk_zone: None,
    };
    Run::compute(setup, Format::Statuspage, &paths, &opts, &mut |_| {}).unwrap()
}

fn update(r: &Run) -> Option<Count> {
    r.count(Kind::Update, None)
}

fn counts(m: &BTreeMap<String, u64>) -> Vec<(&str, u64)> {
    m.iter().map(|(k, v)| (k.as_str(), *v)).collect()
}

#[test]
fn every_update_window_is_a_promise_counted_by_hand() {
    // No timezone, no hours, no reply-within: update windows need none.
    let r = run(&setup(&[]), &[FEED]);
    assert_eq!(update(&r), Some(Count { kept: 10, total: 14 }));
    assert_eq!(r.tally.lines.len(), 1, "one line: kind update, no channel");
    assert_eq!((r.tally.pending, r.tally.before), (1, 1));
    let bad: Vec<String> = r.bad.iter().map(ToString::to_string).collect();
    assert_eq!(
        bad,
        [
            format!("{FEED}: incidents[7].incident_updates[1]: incident inc-bad1: created_at: not an RFC 3339 instant: \"yesterday\": at character 1 expected a four-digit year (like 2026-05-12T22:17:14.848-04:00)"),
            format!("{FEED}: incidents[9]: incident inc-status: status: unknown status \"degraded\"; expected investigating, identified, monitoring, resolved or postmortem (or a maintenance's scheduled, in_progress, verifying or completed)"),
            format!("{FEED}: incidents[8]: incident inc-bad2: resolved_at: missing: the incident is over but the feed does not say when, so the window of its last update cannot be decided (its other windows are counted)"),
        ]
    );
    assert_eq!(r.bad_count, 3);
    let breaches: Vec<(&str, _, _)> = r
        .breaches
        .iter()
        .map(|b| (b.id.as_str(), b.due, b.reply))
        .collect();
    assert_eq!(
        breaches,
        [
            (
                "inc-b",
                t("2026-11-25T08:30:00.300Z"),
                Some(t("2026-11-25T08:45:00Z"))
            ),
            (
                "inc-d",
                t("2026-12-03T22:30:00Z"),
                Some(t("2026-12-03T23:50:00Z"))
            ),
            (
                "inc-e",
                t("2026-12-01T12:30:00Z"),
                Some(t("2026-12-01T12:40:00Z"))
            ),
            (
                "mnt-x",
                t("2026-11-15T02:30:00Z"),
                Some(t("2026-11-15T02:45:00Z"))
            ),
        ]
    );
    assert!(r.breaches.iter().all(|b| b.channel == "outage updates"));
}

#[test]
fn update_within_comes_from_the_page() {
    // 45 minutes: inc-b's identified (08:45 vs 08:45:00.300), inc-e's
    // creation (12:40 vs 12:45) and mnt-x's verifying (02:45, exactly at
    // the due time) are in time; inc-d's 23:50 is still late.
    let s = setup(&[("update-within", "45m")]);
    let r = run(&s, &[FEED]);
    assert_eq!(update(&r), Some(Count { kept: 13, total: 14 }));
    assert_eq!(r.tally.pending, 1);
    // 10 minutes: every next post came later than that, and inc-d's last
    // window is due (broken) exactly at --now.
    let r = run(&setup(&[("update-within", "10m")]), &[FEED]);
    assert_eq!(update(&r), Some(Count { kept: 0, total: 15 }));
    assert_eq!(r.tally.pending, 0);
}

#[test]
fn copies_of_the_feed_saved_over_time_count_each_incident_once() {
    let s = setup(&[]);
    let once = run(&s, &[FEED]);
    // An earlier copy of inc-d (its first update only), before or after
    // the later one: the later one counts.
    for files in [[EARLIER, FEED], [FEED, EARLIER]] {
        let r = run(&s, &files);
        assert_eq!(update(&r), update(&once), "{files:?}");
        assert_eq!((r.tally.pending, r.tally.before), (1, 1));
        assert_eq!(
            counts(&r.not_promises),
            [("an older copy of an incident given again", 1)]
        );
    }
    // Alone, the earlier copy has inc-d's first window pending at 22:10
    // and broken by --now.
    let r = run(&s, &[EARLIER]);
    assert_eq!(update(&r), Some(Count { kept: 0, total: 1 }));
    // The same file twice: every good incident once (the three bad items
    // are reported from each copy).
    let r = run(&s, &[FEED, FEED]);
    assert_eq!(update(&r), update(&once));
    assert_eq!(
        counts(&r.not_promises),
        [("an older copy of an incident given again", 8)]
    );
}

#[test]
fn a_file_that_is_not_a_status_feed_cannot_run() {
    for (file, needle) in [
        (
            "tests/fixtures/cli/zammad-tickets.json",
            "expected a Statuspage v2 feed",
        ),
        (
            "tests/fixtures/statuspage/not-a-feed.json",
            "expected a Statuspage v2 feed",
        ),
        ("tests/fixtures/cli/help.html", "not JSON"),
    ] {
        let e = input::read(Format::Statuspage, &[Path::new(file)], &mut |_| {}).unwrap_err();
        assert!(
            matches!(&e, ReadError::NotTheExport { .. }) && e.to_string().contains(needle),
            "{file}: {e}"
        );
    }
    // The element's other fixtures are feeds: read without a bad item.
    for file in ["summary.json", "incidents.json", "unresolved.json", "empty.json"] {
        let path = format!("tests/fixtures/statuspage/{file}");
        let mut bad = Vec::new();
        input::read(Format::Statuspage, &[Path::new(&path)], &mut |i| {
            if let input::Item::Bad(b) = i {
                bad.push(b.to_string());
            }
        })
        .unwrap();
        assert!(bad.is_empty(), "{file}: {bad:?}");
    }
}

// The command itself.

#[test]
fn record_from_statuspage_writes_the_update_line() {
    let (code, out, err) = command(&["record", "--from", "statuspage", FEED, "--now", NOW]);
    assert_eq!(code, 1, "bad records found: {err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc,
        serde_json::json!({
            "window_days": 30, "generated_at": NOW,
            "promises": [ { "kind": "update", "kept": 10, "total": 14 } ]
        })
    );
    assert!(
        err.contains("incidents[7].incident_updates[1]: incident inc-bad1: created_at:"),
        "{err}"
    );
    assert!(!err.contains("left out, not promises"), "no copies here: {err}");
    // The element reads it.
    let rec = support::read_record(&out).unwrap().check().unwrap();
    assert_eq!(rec.promises[0].kind, Kind::Update);

    // From the help page, with its update-within.
    let (code, out, err) = command(&[
        "record",
        "--page",
        "tests/fixtures/cli/help.html",
        "--element",
        "#support",
        "--attr",
        "update-within=45m",
        "--from",
        "statuspage",
        FEED,
        EARLIER,
        "--now",
        NOW,
    ]);
    assert_eq!(code, 1, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["promises"],
        serde_json::json!([{ "kind": "update", "kept": 13, "total": 14 }])
    );
    assert!(
        err.contains("left out, not promises: an older copy of an incident given again (1)"),
        "{err}"
    );

    // A bad update-within stops it, naming the attribute.
    let (code, out, err) = command(&[
        "record",
        "--attr",
        "update-within=soon",
        "--from",
        "statuspage",
        FEED,
        "--now",
        NOW,
    ]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("--attr: update-within: at character 1"), "{err}");

    let (code, help, _) = command(&["record", "--help"]);
    assert_eq!(code, 0);
    assert!(help.contains("statuspage"), "{help}");
}
