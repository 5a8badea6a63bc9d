//! Each help desk's export, read from fixtures written from the vendor's
//! documented API (`tests/fixtures/cli/`): fields, types, nulls and the
//! oddities of each (Zendesk's metrics beside the tickets or in a list of
//! their own, Freshdesk's source numbers, Help Scout's thread authors,
//! Chatwoot's epoch seconds with 0 for none, Zammad's expanded names), the
//! tickets that are not promises, and the bad records.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use service_promises::cli::decide::Count;
use service_promises::cli::input::{self, Format, Item, ReadError};
use service_promises::cli::record::{parse_window, ChannelMap, Options, Run};
use service_promises::cli::setup::Setup;

const DIR: &str = "tests/fixtures/cli";

fn setup() -> Setup {
    let s = Setup::new(&[
        ("timezone".into(), "Europe/Berlin".into()),
        ("hours".into(), "Mo-Fr 09:00-17:00; PH off".into()),
        ("holidays".into(), "DE-BE, 2026-12-24 Christmas Eve".into()),
        ("reply-within".into(), "email 4h; chat 30m; phone 1d".into()),
    ]);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    s
}

fn run(format: Format, files: &[&str], map: &str) -> Run {
    let paths: Vec<String> = files.iter().map(|f| format!("{DIR}/{f}")).collect();
    let paths: Vec<&Path> = paths.iter().map(Path::new).collect();
    let opts = Options {
        window: parse_window("30d").unwrap(),
        now: support::t("2026-12-28T00:00:00Z"),
        channels: ChannelMap::parse(map).unwrap(),
        keep_details: true,
        desk_zone: None,
    };
    Run::compute(&setup(), format, &paths, &opts, &mut |_| {}).unwrap()
}

fn lines(r: &Run) -> Vec<(Option<&str>, u64, u64)> {
    r.tally
        .lines
        .iter()
        .map(|((_, c), Count { kept, total })| (c.as_deref(), *kept, *total))
        .collect()
}

fn counts(m: &BTreeMap<String, u64>) -> Vec<(&str, u64)> {
    m.iter().map(|(k, v)| (k.as_str(), *v)).collect()
}

fn bad(r: &Run) -> Vec<String> {
    r.bad.iter().map(ToString::to_string).collect()
}

#[test]
fn zendesk_incremental_pages_with_metric_sets_and_a_ticket_metrics_list() {
    let r = run(
        Format::Zendesk,
        &[
            "zendesk/incremental-page-1.json",
            "zendesk/incremental-page-2.json",
            "zendesk/ticket-metrics.json",
        ],
        "web=email",
    );
    // 101 and 102 (web) replied in time; 108 replied on Christmas Eve, before
    // its due on 28 December; 109's metrics come from the list: late.
    assert_eq!(lines(&r), [(Some("email"), 3, 4), (Some("chat"), 0, 1)]);
    assert_eq!(counts(&r.not_promises), [("deleted or spam", 1), ("outbound", 1)]);
    assert_eq!(counts(&r.no_promise), [("twitter", 1)]);
    assert_eq!(
        bad(&r),
        [
            "tests/fixtures/cli/zendesk/incremental-page-1.json: tickets[5]: ticket 106: created_at: \"1 Dec 2026\": expected a four-digit year at character 2 of an RFC 3339 instant with an offset, like 2026-03-27T16:30:00+01:00",
            "tests/fixtures/cli/zendesk/incremental-page-2.json: tickets[1]: ticket 110: metric_set: no metrics for this ticket: export with include=metric_sets, or add the Ticket Metrics list",
        ]
    );
    // --compare: the help desk's business minutes agree on 101, 102 and 109;
    // on 108 Zendesk counted Christmas Eve, which the page closes.
    assert_eq!(r.compared, 4);
    assert_eq!(r.disagreements.len(), 1);
    let d = &r.disagreements[0];
    assert_eq!((d.id.as_str(), d.desk, d.ours), ("108", 300, 60));
    assert_eq!(
        d.why,
        "a holiday its schedule may not know: 2026-12-24 Christmas Eve"
    );
}

#[test]
fn freshdesk_tickets_with_stats_and_source_numbers() {
    let r = run(Format::Freshdesk, &["freshdesk/tickets.json"], "portal=email");
    // 202 (portal) was answered exactly at its due time.
    assert_eq!(
        lines(&r),
        [(Some("email"), 2, 2), (Some("chat"), 1, 1), (Some("phone"), 0, 1)]
    );
    assert_eq!(
        counts(&r.not_promises),
        [("deleted", 1), ("outbound", 1), ("spam", 1)]
    );
    assert_eq!(counts(&r.no_promise), [("feedback_widget", 1)]);
    let b = bad(&r);
    assert_eq!(b.len(), 2);
    assert!(
        b[0].ends_with("[8]: ticket 209: source: invalid type: string \"email\", expected u32"),
        "{}",
        b[0]
    );
    assert!(
        b[1].ends_with("[9]: ticket 210: stats: missing: export with include=stats"),
        "{}",
        b[1]
    );
    let names: Vec<String> = [1, 2, 3, 7, 9, 10, 4].map(input::freshdesk::source_name).into();
    assert_eq!(
        names,
        [
            "email",
            "portal",
            "phone",
            "chat",
            "feedback_widget",
            "outbound_email",
            "source_4"
        ]
    );
}

#[test]
fn helpscout_conversations_first_reply_by_a_user() {
    let r = run(Format::Helpscout, &["helpscout-conversations.json"], "");
    // 302: the AI's reply at 10:01 (a `system_user`, as the v3 threads
    // endpoint names it) does not count; the user's at 10:45 is late.
    assert_eq!(
        lines(&r),
        [(Some("email"), 1, 1), (Some("chat"), 0, 1), (Some("phone"), 0, 1)]
    );
    assert_eq!(
        counts(&r.not_promises),
        [("deleted", 1), ("outbound", 1), ("spam", 1)]
    );
    assert_eq!(
        bad(&r),
        ["tests/fixtures/cli/helpscout-conversations.json: _embedded.conversations[6]: ticket 307: _embedded.threads: missing: export with embed=threads"]
    );
}

#[test]
fn chatwoot_epoch_seconds_and_zero_for_no_reply() {
    let r = run(
        Format::Chatwoot,
        &["chatwoot-conversations.json"],
        "web_widget=chat",
    );
    // 406, as a webhook sends it (the channel at the top, the reply as text):
    // 20 minutes, within chat's 30.
    assert_eq!(lines(&r), [(Some("chat"), 2, 3), (Some("email"), 0, 1)]);
    assert_eq!(counts(&r.no_promise), [("whatsapp", 1)]);
    let b = bad(&r);
    assert_eq!(b.len(), 1);
    assert!(
        b[0].ends_with("data.payload[3]: ticket 404: created_at: -5: expected epoch seconds"),
        "{}",
        b[0]
    );
    assert_eq!(input::chatwoot::channel_name("Channel::TwilioSms"), "twilio_sms");
    assert_eq!(input::chatwoot::channel_name("Channel::Api"), "api");
}

#[test]
fn zammad_expanded_tickets() {
    let r = run(Format::Zammad, &["zammad-tickets.json"], "web=email");
    assert_eq!(lines(&r), [(Some("email"), 2, 2), (Some("phone"), 0, 1)]);
    assert_eq!(counts(&r.not_promises), [("merged", 1), ("outbound", 1)]);
    assert_eq!(bad(&r).len(), 1);
    assert!(bad(&r)[0].contains("create_article_type: missing: export with expand=true"));
}

#[test]
fn a_file_that_is_not_the_export_cannot_run() {
    let mut items = Vec::new();
    let e = input::read(
        Format::Zendesk,
        &[Path::new("tests/fixtures/cli/zammad-tickets.json")],
        &mut |i: Item| items.push(i),
    )
    .unwrap_err();
    assert!(
        matches!(&e, ReadError::NotTheExport { line: None, expected, .. } if expected.starts_with("neither tickets")),
        "{e}"
    );
    let e = input::read(
        Format::Chatwoot,
        &[Path::new("tests/fixtures/cli/help.html")],
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("tests/fixtures/cli/help.html:1: not JSON"),
        "{e}"
    );
    let e = input::read(
        Format::Csv,
        &[Path::new("tests/fixtures/cli/nonexistent.csv")],
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(&e, ReadError::Io { file, .. } if file == "tests/fixtures/cli/nonexistent.csv"),
        "{e}"
    );
    // Freshdesk's CSV export has local times: without a zone it cannot run.
    let e = input::read(
        Format::Freshdesk,
        &[Path::new("tests/fixtures/cli/freshdesk/export.csv")],
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(e, ReadError::NoZone { .. }), "{e}");
}

#[test]
fn freshdesk_csv_export_in_the_accounts_zone() {
    let zone = service_promises::cli::zone::TzZone::desk("Eastern Time (US & Canada)").unwrap();
    assert_eq!(zone.name(), "America/New_York");
    let opts = Options {
        window: parse_window("30d").unwrap(),
        now: support::t("2026-12-28T00:00:00Z"),
        channels: ChannelMap::parse("portal=email").unwrap(),
        keep_details: true,
        desk_zone: Some(zone),
    };
    let path = Path::new("tests/fixtures/cli/freshdesk/export.csv");
    let r = Run::compute(&setup(), Format::Freshdesk, &[path], &opts, &mut |_| {}).unwrap();
    // 301: created 04:00 in New York (09:00Z, 10:00 in Berlin), answered
    // 07:30 there (13:30 in Berlin): in time. 302: created 10:00 New York
    // (16:00 in Berlin): one hour that day, three the next, due 12:00 in
    // Berlin (11:00Z), answered 09:00 in New York (14:00Z): late.
    assert_eq!(lines(&r), [(Some("email"), 1, 2), (Some("phone"), 0, 1)]);
    assert_eq!(counts(&r.not_promises), [("outbound", 1)]);
    assert_eq!(
        bad(&r),
        ["tests/fixtures/cli/freshdesk/export.csv:6: ticket 305: Created time: \"12/02/2026 05:00\": expected the export's local time, like 2026-12-01 10:00:00"]
    );
    let late = r.breaches.iter().find(|b| b.id == "302").unwrap();
    assert_eq!(late.due, support::t("2026-12-02T11:00:00Z"));
    assert_eq!(late.reply, Some(support::t("2026-12-02T14:00:00Z")));
}

#[test]
fn a_file_cut_short_or_unreadable_is_named_with_its_line() {
    // A JSON page whose download did not finish: the line where it ends.
    let dir = std::env::temp_dir().join(format!("service-promises-inputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cut = dir.join("page-cut.json");
    let page = std::fs::read_to_string(format!("{DIR}/zendesk/incremental-page-1.json")).unwrap();
    std::fs::write(&cut, &page[..700]).unwrap();
    let e = input::read(Format::Zendesk, &[&cut], &mut |_| {}).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}:20: the file ends in the middle of its JSON (at column 5): it was cut short; download it again",
            cut.display()
        )
    );
    // Not JSON at all: where it stops being JSON.
    let e = input::read(
        Format::Chatwoot,
        &[Path::new(&format!("{DIR}/help.html"))],
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "tests/fixtures/cli/help.html:1: not JSON as the export writes it: expected value at column 1"
    );
    // A directory given as a file cannot be read; it has no line 1.
    let csv_dir = dir.join("export.csv");
    std::fs::create_dir_all(&csv_dir).unwrap();
    let zone = service_promises::cli::zone::TzZone::new("Europe/Berlin").unwrap();
    for format in [Format::Csv, Format::Freshdesk] {
        let e = input::read_with(format, &[&csv_dir], Some(&zone), &mut |_| {}).unwrap_err();
        assert!(
            matches!(&e, ReadError::Io { file, .. } if *file == csv_dir.display().to_string()),
            "{format:?}: {e}"
        );
    }
}

#[test]
fn zendesk_a_ticket_in_several_polls_counts_once_as_its_latest_copy() {
    // Zendesk's workflow: one export, then a poll now and then for what
    // changed since, so a ticket changed after a poll is in the next one
    // too (and time-based pages may repeat items). The later poll has 105
    // answered 20 minutes after it came in (the first page: no reply yet)
    // and 102 again, solved.
    let files = [
        "zendesk/incremental-page-1.json",
        "zendesk/incremental-page-2.json",
        "zendesk/ticket-metrics.json",
        "zendesk/later-poll.json",
    ];
    // The latest copy by updated_at, in whatever order the files come.
    let mut reversed = files;
    reversed.reverse();
    for order in [files, reversed] {
        let r = run(Format::Zendesk, &order, "web=email");
        let mut got = lines(&r);
        got.sort();
        assert_eq!(got, [(Some("chat"), 1, 1), (Some("email"), 3, 4)], "{order:?}");
        assert_eq!(
            counts(&r.not_promises),
            [
                ("an older copy of a ticket given again", 2),
                ("deleted or spam", 1),
                ("outbound", 1)
            ]
        );
        assert!(r.breaches.iter().all(|b| b.id != "105"), "{:?}", r.breaches);
        assert_eq!(r.compared, 5);
    }
}
