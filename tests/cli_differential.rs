//! The dues `record` computes for a few thousand generated tickets, against
//! a second computation: the open intervals of the `opening-hours` crate
//! (OpenStreetMap's reference semantics, as in `differential.rs`) in the
//! team's local time, turned into instants by jiff's tz database, and the
//! business time summed over them. The tickets go through the whole
//! command path (a normal-form CSV, the page's attributes, region codes
//! through the rule engine); none is replied to, so each is broken at its
//! due, which the record's breaches give.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDateTime, Timelike};
use compact_calendar::CompactCalendar;
use opening_hours::RuleKind;
use opening_hours::{Context, ContextHolidays, OpeningHours};
use service_promises::calendar::Instant;
use service_promises::cli::input::Format;
use service_promises::cli::record::{parse_window, ChannelMap, Options, Run};
use service_promises::cli::setup::Setup;

const HOURS: &str = "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off";

/// The reference's due: `minutes` of open time from `created`.
fn reference_due(oh: &OpeningHours, tz: &jiff::tz::TimeZone, created: Instant, minutes: i64) -> Instant {
    let local = |ms: i64| {
        let dt = tz.to_datetime(jiff::Timestamp::from_millisecond(ms).unwrap());
        chrono::NaiveDate::from_ymd_opt(i32::from(dt.year()), dt.month() as u32, dt.day() as u32)
            .unwrap()
            .and_hms_milli_opt(
                dt.hour() as u32,
                dt.minute() as u32,
                dt.second() as u32,
                dt.millisecond() as u32,
            )
            .unwrap()
    };
    // A local time skipped or repeated by a change of offset: its earlier
    // reading (the hours here never open or close in one).
    let instant = |n: NaiveDateTime| {
        let civil = jiff::civil::date(n.year() as i16, n.month() as i8, n.day() as i8).at(
            n.hour() as i8,
            n.minute() as i8,
            0,
            0,
        );
        Instant(
            tz.to_ambiguous_zoned(civil)
                .earlier()
                .unwrap()
                .timestamp()
                .as_millisecond(),
        )
    };
    let mut left = minutes * 60_000;
    for r in oh.iter_from(local(created.0)) {
        if r.kind != RuleKind::Open {
            continue;
        }
        let start = instant(r.range.start).max(created);
        let end = instant(r.range.end);
        if end <= start {
            continue;
        }
        if left <= end.0 - start.0 {
            return Instant(start.0 + left);
        }
        left -= end.0 - start.0;
    }
    panic!("no due");
}

#[test]
fn dues_of_generated_tickets_agree_with_an_independent_computation() {
    for (zone, region) in [
        ("Europe/Berlin", "DE-BE"),
        ("America/New_York", "US-NY"),
        ("Australia/Sydney", "AU-NSW"),
    ] {
        let setup = Setup::new(&[
            ("timezone".into(), zone.into()),
            ("hours".into(), HOURS.into()),
            ("holidays".into(), region.into()),
            ("reply-within".into(), "email 4h; chat 25m; phone 9h".into()),
        ]);
        assert!(setup.errors.is_empty(), "{:?}", setup.errors);
        // The reference's holidays: the same days (the rule engine's dates
        // are checked against the `holidays` package in tests/regions.rs).
        let mut cal = CompactCalendar::default();
        for (day, _) in setup.config.holidays.from_day(i64::MIN) {
            cal.insert(
                DateTime::from_timestamp_millis(day * 86_400_000)
                    .unwrap()
                    .date_naive(),
            );
        }
        let oh: OpeningHours = HOURS.parse().unwrap();
        let oh = oh.with_context(
            Context::default()
                .with_holidays(ContextHolidays::new(Arc::new(cal), Arc::default()))
                .approx_bound_interval_size(chrono::TimeDelta::days(1_100)),
        );
        let tz = jiff::tz::TimeZone::get(zone).unwrap();

        // Tickets every 170 minutes and a bit through 2026: every hour
        // of the day, both daylight saving changes, every holiday.
        let mut csv = String::from("id,channel,created_at,first_reply_at\n");
        let mut want: HashMap<String, (Instant, i64)> = HashMap::new();
        let base = support::t("2026-01-01T00:00:00Z").0;
        let channels = [("email", 240), ("chat", 25), ("phone", 540)];
        for i in 0..3_000i64 {
            let created = Instant(base + i * (170 * 60_000 + 7_919));
            let (channel, minutes) = channels[(i % 3) as usize];
            csv += &format!("T{i},{channel},{created},\n");
            want.insert(format!("T{i}"), (created, minutes));
        }
        let path = std::env::temp_dir().join(format!(
            "service-promises-diff-{}-{}.csv",
            std::process::id(),
            region
        ));
        std::fs::write(&path, csv).unwrap();
        let opts = Options {
            window: parse_window("366d").unwrap(),
            now: support::t("2027-01-02T00:00:00Z"),
            channels: ChannelMap::default(),
            keep_details: true,
            desk_zone: None,
        };
        let run = Run::compute(&setup, Format::Csv, &[&path], &opts, &mut |_| {}).unwrap();
        assert_eq!(run.breaches.len(), 3_000);
        for b in &run.breaches {
            let (created, minutes) = want[&b.id];
            let theirs = reference_due(&oh, &tz, created, minutes);
            assert_eq!(
                b.due, theirs,
                "{zone}: {} created {created}, {minutes} business minutes",
                b.id
            );
        }
    }
}
