//! The business calendar natively: table-driven cases for each syntax
//! feature and daylight-saving situation, with the expected instants written
//! out, and property tests of the arithmetic. Zones come from jiff's bundled
//! tz database, independent of the browser's `Intl` used in production.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use service_promises::calendar::{Calendar, Clock, Duration, Holidays, Hours, Instant};
use support::{t, JiffZone, ZONES};

const H: i64 = 3_600_000;
const M: i64 = 60_000;

fn hours(s: &str) -> Hours {
    Hours::parse(s).unwrap_or_else(|e| panic!("{s}: {}", e.describe(s)))
}

fn holidays(s: &str) -> Holidays {
    if s.is_empty() {
        Holidays::default()
    } else {
        Holidays::parse(s).unwrap()
    }
}

const CONTRACT_HOURS: &str = "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off";
const CONTRACT_HOLIDAYS: &str =
    "2026-12-24 Christmas Eve, 2026-12-25 Christmas Day, 2027-01-01 New Year's Day";

/// (zone, hours, holidays, start, duration, expected deadline)
const DEADLINES: &[(&str, &str, &str, &str, &str, &str)] = &[
    // The contract's example: Friday 17:30 Berlin, after closing; four business
    // hours are all of Saturday 10:00-14:00.
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        CONTRACT_HOLIDAYS,
        "2026-03-27T16:30:00Z",
        "4h",
        "2026-03-28T13:00:00Z",
    ),
    // Chatwoot's old bug: a Friday 16:30 ticket with a 1-hour target is due Monday 09:30.
    (
        "America/New_York",
        "Mo-Fr 09:00-17:00",
        "",
        "2026-03-27T20:30:00Z",
        "1h",
        "2026-03-30T13:30:00Z",
    ),
    // The lunch break does not count.
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "",
        "2026-03-23T11:00:00Z",
        "1h",
        "2026-03-23T13:00:00Z",
    ),
    // Holidays do not count: Wed 23 Dec 16:00 + 4h = 1h Wednesday, then Saturday 26th 10:00-13:00.
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        CONTRACT_HOLIDAYS,
        "2026-12-23T15:00:00Z",
        "4h",
        "2026-12-26T12:00:00Z",
    ),
    // Starting before opening counts from the opening.
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "",
        "2026-03-23T05:00:00Z",
        "30m",
        "2026-03-23T08:30:00Z",
    ),
    // Exactly at closing: the next opening.
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "",
        "2026-03-23T16:00:00Z",
        "5m",
        "2026-03-24T08:05:00Z",
    ),
    // Business days: Friday 17:30 after closing counts from Saturday, so 1d is Monday's close
    // (after the switch to summer time: 17:00 CEST = 15:00Z).
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        CONTRACT_HOLIDAYS,
        "2026-03-27T16:30:00Z",
        "1d",
        "2026-03-30T15:00:00Z",
    ),
    // During hours: day 0 is today; 2d is the second business day's close (Saturday counts).
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "",
        "2026-03-26T10:00:00Z",
        "2d",
        "2026-03-28T13:00:00Z",
    ),
    // Refund in 5 business days in a zone without DST: Wed -> next Wed close.
    (
        "Asia/Tokyo",
        "Mo-Fr 09:00-17:00",
        "",
        "2026-03-25T01:00:00Z",
        "5d",
        "2026-04-01T08:00:00Z",
    ),
    // Half-hour offset: Monday 13:30 IST + 6h = 4h30 Monday + 1h30 Tuesday.
    (
        "Asia/Kolkata",
        "Mo-Fr 09:00-18:00",
        "",
        "2026-03-30T08:00:00Z",
        "6h",
        "2026-03-31T05:00:00Z",
    ),
    // 45-minute offset.
    (
        "Asia/Kathmandu",
        "Mo-Fr 09:00-17:00",
        "",
        "2026-03-30T03:15:00Z",
        "8h",
        "2026-03-30T11:15:00Z",
    ),
    // Southern hemisphere, DST ends Sun 5 Apr 2026: Fri 16:00 AEDT + 2h = Mon 10:00 AEST.
    (
        "Australia/Sydney",
        "Mo-Fr 09:00-17:00",
        "",
        "2026-04-03T05:00:00Z",
        "2h",
        "2026-04-06T00:00:00Z",
    ),
    // ... and starts Sun 4 Oct 2026: Fri 16:00 AEST + 2h = Mon 10:00 AEDT.
    (
        "Australia/Sydney",
        "Mo-Fr 09:00-17:00",
        "",
        "2026-10-02T06:00:00Z",
        "2h",
        "2026-10-04T23:00:00Z",
    ),
    // Spring forward in Berlin (Sun 29 Mar 2026, 02:00 -> 03:00): 01:00-05:00 is 3 real hours.
    (
        "Europe/Berlin",
        "Su 01:00-05:00",
        "",
        "2026-03-29T00:00:00Z",
        "3h",
        "2026-03-29T03:00:00Z",
    ),
    // Fall back (Sun 25 Oct 2026, 03:00 -> 02:00): 01:00-04:00 is 4 real hours.
    (
        "Europe/Berlin",
        "Su 01:00-04:00",
        "",
        "2026-10-24T23:00:00Z",
        "4h",
        "2026-10-25T03:00:00Z",
    ),
    // A span past midnight on the spring-forward night: Sat 22:00 CET - Sun 04:00 CEST is 5 hours.
    (
        "Europe/Berlin",
        "Sa 22:00-04:00",
        "",
        "2026-03-28T21:00:00Z",
        "5h",
        "2026-03-29T02:00:00Z",
    ),
    // New York, spring forward Sun 8 Mar 2026: a span ending in the gap ends at the jump.
    (
        "America/New_York",
        "Sa 22:00-02:00",
        "",
        "2026-03-08T03:00:00Z",
        "4h",
        "2026-03-08T07:00:00Z",
    ),
    // Calendar durations: days keep the local time across DST (23 real hours here) ...
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "",
        "2026-03-28T11:00:00Z",
        "1d calendar",
        "2026-03-29T10:00:00Z",
    ),
    // ... hours are elapsed time, whatever the hours.
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "",
        "2026-03-28T23:30:00Z",
        "3h calendar",
        "2026-03-29T02:30:00Z",
    ),
    // Dates: open on a date range only, 2026 Dec 31 closes that year's New Year's Eve.
    (
        "UTC",
        "Mo-Su 09:00-17:00; Dec 24-26 off; 2026 Dec 31 10:00-12:00",
        "",
        "2026-12-23T16:00:00Z",
        "3h",
        "2026-12-27T11:00:00Z",
    ),
    (
        "UTC",
        "Mo-Su 09:00-17:00; Dec 24-26 off; 2026 Dec 31 10:00-12:00",
        "",
        "2026-12-31T11:00:00Z",
        "2h",
        "2027-01-01T10:00:00Z",
    ),
    // 24/7 is all time.
    (
        "Europe/Berlin",
        "24/7",
        "",
        "2026-03-29T00:30:00Z",
        "4h",
        "2026-03-29T04:30:00Z",
    ),
];

#[test]
fn deadlines() {
    let mut bad = vec![];
    for &(zone, h, hol, start, dur, want) in DEADLINES {
        let (hh, hol) = (hours(h), holidays(hol));
        let cal = Calendar::new(&hh, &hol, JiffZone::new(zone));
        let d = Duration::parse(dur, Clock::Business, true).unwrap();
        let got = cal.deadline(t(start), d).map(|i| i.to_string());
        if got.as_deref() != Ok(want) {
            bad.push(format!(
                "{zone} {h:?} from {start} + {dur}: got {got:?}, want {want}"
            ));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

/// (zone, hours, at, open, next change, closing soon)
/// (zone, hours, at, open, next change, closing soon)
type StateCase = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    Option<&'static str>,
    bool,
);

const STATES: &[StateCase] = &[
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "2026-03-27T15:45:00Z",
        true,
        Some("2026-03-27T16:00:00Z"),
        true,
    ),
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "2026-03-27T10:00:00Z",
        true,
        Some("2026-03-27T11:30:00Z"),
        false,
    ),
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "2026-03-27T11:45:00Z",
        false,
        Some("2026-03-27T12:30:00Z"),
        false,
    ),
    (
        "Europe/Berlin",
        CONTRACT_HOURS,
        "2026-03-28T13:00:00Z",
        false,
        Some("2026-03-30T07:00:00Z"),
        false,
    ),
    // Midnight-spanning and 24:00-ending spans merge into one open stretch.
    (
        "UTC",
        "Mo-Su 00:00-02:00,18:00-24:00",
        "2026-03-27T23:00:00Z",
        true,
        Some("2026-03-28T02:00:00Z"),
        false,
    ),
    (
        "UTC",
        "Fr 22:00-02:00",
        "2026-03-28T01:00:00Z",
        true,
        Some("2026-03-28T02:00:00Z"),
        false,
    ),
    // A span belongs to the day it starts: another rule for Tuesday does not cut
    // Monday's span short (the `opening-hours` crate would, at midnight).
    (
        "UTC",
        "Mo 22:00-02:00; Tu 10:00-12:00",
        "2026-03-24T01:00:00Z",
        true,
        Some("2026-03-24T02:00:00Z"),
        false,
    ),
    // A span that falls in the spring-forward gap entirely is no open time.
    (
        "Europe/Berlin",
        "Su 02:00-02:30; Mo 09:00-10:00",
        "2026-03-29T00:00:00Z",
        false,
        Some("2026-03-30T07:00:00Z"),
        false,
    ),
    // A span starting in the gap opens at the jump.
    (
        "Europe/Berlin",
        "Su 02:30-04:00",
        "2026-03-29T00:30:00Z",
        false,
        Some("2026-03-29T01:00:00Z"),
        false,
    ),
    // The repeated hour: 02:30 is its first occurrence (CEST).
    (
        "Europe/Berlin",
        "Su 02:30-03:30",
        "2026-10-25T00:00:00Z",
        false,
        Some("2026-10-25T00:30:00Z"),
        false,
    ),
    (
        "Europe/Berlin",
        "Su 02:30-03:30",
        "2026-10-25T01:00:00Z",
        true,
        Some("2026-10-25T02:30:00Z"),
        false,
    ),
    (
        "Asia/Kathmandu",
        "Mo-Fr 09:00-17:00",
        "2026-03-30T03:15:00Z",
        true,
        Some("2026-03-30T11:15:00Z"),
        false,
    ),
    (
        "Pacific/Auckland",
        "Mo-Fr 09:00-17:00",
        "2026-03-27T03:59:00Z",
        true,
        Some("2026-03-27T04:00:00Z"),
        true,
    ),
    ("UTC", "24/7", "2026-03-27T03:59:00Z", true, None, false),
    ("UTC", "off", "2026-03-27T03:59:00Z", false, None, false),
    (
        "UTC",
        "2025 Dec 24 10:00-12:00",
        "2026-03-27T03:59:00Z",
        false,
        None,
        false,
    ),
];

#[test]
fn open_now_and_next_change() {
    let mut bad = vec![];
    let hol = Holidays::default();
    for &(zone, h, at, open, next, soon) in STATES {
        let hh = hours(h);
        let cal = Calendar::new(&hh, &hol, JiffZone::new(zone));
        let s = cal.state_at(t(at));
        let got = (s.open, s.next_change.map(|i| i.to_string()), s.closing_soon);
        if got != (open, next.map(str::to_string), soon) {
            bad.push(format!("{zone} {h:?} at {at}: got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

#[test]
fn business_time_between() {
    let (hh, hol) = (hours(CONTRACT_HOURS), holidays(CONTRACT_HOLIDAYS));
    let cal = Calendar::new(&hh, &hol, JiffZone::new("Europe/Berlin"));
    // A whole week in March: 5 x 7h + 4h.
    assert_eq!(
        cal.business_between(t("2026-03-23T00:00:00Z"), t("2026-03-30T00:00:00Z")),
        39 * H
    );
    // Christmas week: two holidays out.
    assert_eq!(
        cal.business_between(t("2026-12-21T00:00:00Z"), t("2026-12-28T00:00:00Z")),
        3 * 7 * H + 4 * H
    );
    assert_eq!(
        cal.business_between(t("2026-03-23T08:15:00Z"), t("2026-03-23T08:45:00Z")),
        30 * M
    );
    assert_eq!(
        cal.business_between(t("2026-03-23T08:45:00Z"), t("2026-03-23T08:15:00Z")),
        0
    );
}

#[test]
fn the_coming_week_for_display() {
    let (hh, hol) = (hours(CONTRACT_HOURS), holidays(CONTRACT_HOLIDAYS));
    let cal = Calendar::new(&hh, &hol, JiffZone::new("Europe/Berlin"));
    let week = cal.week(t("2026-12-23T12:00:00Z"));
    assert_eq!(week.len(), 7);
    assert_eq!(week[0].intervals.len(), 2);
    assert_eq!(week[0].intervals[0].start, t("2026-12-23T08:00:00Z"));
    assert_eq!(week[1].holiday.as_deref(), Some("Christmas Eve"));
    assert!(week[1].intervals.is_empty() && week[2].intervals.is_empty());
    assert_eq!(week[3].intervals[0].end, t("2026-12-26T13:00:00Z"));
}

#[test]
fn no_open_time_is_an_error_not_a_hang() {
    let (hh, hol) = (hours("off"), Holidays::default());
    let cal = Calendar::new(&hh, &hol, JiffZone::new("UTC"));
    let e = cal
        .deadline(t("2026-03-27T00:00:00Z"), Duration::minutes(60, Clock::Business))
        .unwrap_err();
    // What track() throws for it, for the page author.
    assert_eq!(
        e.to_string(),
        "the published hours have too little open time in the next 1100 days to reach this deadline"
    );
    assert!(cal
        .deadline(t("2026-03-27T00:00:00Z"), Duration::days(1, Clock::Business))
        .is_err());
    // One day a year cannot carry 366 business days within the horizon.
    let (hh, hol) = (hours("Dec 24 10:00-12:00"), Holidays::default());
    let cal = Calendar::new(&hh, &hol, JiffZone::new("UTC"));
    assert!(cal
        .deadline(t("2026-03-27T00:00:00Z"), Duration::days(366, Clock::Business))
        .is_err());
}

fn arb_zone() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(ZONES.to_vec())
}

/// Instants in 2026-2027, at minute resolution.
fn arb_instant() -> impl Strategy<Value = Instant> {
    (0i64..2 * 365 * 1440).prop_map(|m| Instant(t("2026-01-01T00:00:00Z").0 + m * M))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// A deadline measured back with "business time between" gives the
    /// duration; the moment before it is open time; longer durations never
    /// end earlier.
    #[test]
    fn deadlines_measure_back_to_their_duration(
        sched in support::schedules::any_schedule(),
        zone in arb_zone(),
        start in arb_instant(),
        a in 1i64..6 * 1440,
        b in 1i64..6 * 1440,
    ) {
        let (hh, hol) = (hours(&sched), holidays(support::schedules::HOLIDAYS));
        let cal = Calendar::new(&hh, &hol, JiffZone::new(zone));
        let (short, long) = (a.min(b) * M, a.max(b) * M);
        if let (Ok(d1), Ok(d2)) = (cal.add_business(start, short), cal.add_business(start, long)) {
            prop_assert_eq!(cal.business_between(start, d1), short);
            prop_assert_eq!(cal.business_between(start, d2), long);
            prop_assert!(cal.is_open(Instant(d1.0 - 1)), "moment before the deadline is open");
            prop_assert!(d1 <= d2);
            prop_assert!(d1.0 - start.0 >= short);
        }
    }

    /// Business-day deadlines are closes of open time and never shrink as n
    /// grows (two days can close at the same instant when one day's span
    /// past midnight covers the next day's only span).
    #[test]
    fn business_day_deadlines_grow(
        sched in support::schedules::any_schedule(),
        zone in arb_zone(),
        start in arb_instant(),
        n in 1u32..10,
    ) {
        let (hh, hol) = (hours(&sched), holidays(support::schedules::HOLIDAYS));
        let cal = Calendar::new(&hh, &hol, JiffZone::new(zone));
        if let (Ok(d1), Ok(d2)) = (cal.business_days_deadline(start, n), cal.business_days_deadline(start, n + 1)) {
            prop_assert!(d1 <= d2, "{} > {}", d1, d2);
            prop_assert!(d1 > start);
            prop_assert!(cal.is_open(Instant(d1.0 - 1)));
        }
    }

    /// The state holds until the next change, and flips there.
    #[test]
    fn state_holds_until_the_next_change(
        sched in support::schedules::any_schedule(),
        zone in arb_zone(),
        now in arb_instant(),
        probe in 0.0f64..1.0,
    ) {
        let (hh, hol) = (hours(&sched), holidays(support::schedules::HOLIDAYS));
        let cal = Calendar::new(&hh, &hol, JiffZone::new(zone));
        let s = cal.state_at(now);
        prop_assert_eq!(s.open, cal.is_open(now));
        if let Some(c) = s.next_change {
            prop_assert!(c > now);
            let mid = Instant(now.0 + ((c.0 - now.0) as f64 * probe) as i64);
            prop_assert_eq!(cal.is_open(mid), s.open);
            prop_assert_eq!(cal.is_open(c), !s.open);
        }
    }
}

proptest! {
    /// RFC 3339 text round-trips, and agrees with jiff's calendar.
    #[test]
    fn instants_round_trip_through_rfc3339(ms in service_promises::calendar::instant::MIN_MS..=service_promises::calendar::instant::MAX_MS) {
        let t = Instant(ms);
        let text = t.to_string();
        prop_assert_eq!(Instant::parse(&text), Ok(t));
        let reference = jiff::Timestamp::from_millisecond(ms).unwrap().to_zoned(jiff::tz::TimeZone::UTC);
        let want = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            reference.year(), reference.month(), reference.day(), reference.hour(), reference.minute(), reference.second()
        );
        prop_assert!(text.starts_with(&want), "{} vs {}", text, want);
    }
}

/// The corners of the deadline arithmetic that cargo-mutants found untested
/// (`cargo mutants --file src/calendar/mod.rs -- --lib --test calendar`),
/// each worked out by hand.
#[test]
fn a_start_inside_the_previous_days_overnight_span_belongs_to_that_day() {
    let utc = support::JiffZone::new("UTC");
    let night = hours("Mo-Fr 22:00-06:00");
    let none = holidays("");
    let cal = Calendar::new(&night, &none, &utc);
    // Tuesday 03:00 is inside Monday's 22:00-06:00: Monday is the day counting
    // starts on, so one business day later is Tuesday's span, closing
    // Wednesday 06:00 (not Thursday's, as if Tuesday owned the start).
    let due = cal.deadline(t("2026-03-24T03:00:00Z"), Duration::days(1, Clock::Business));
    assert_eq!(due, Ok(t("2026-03-25T06:00:00Z")));
    // At the very end of Monday's span, where Tuesday's own span begins,
    // Tuesday owns the start: the next business day is Wednesday.
    let joined = hours("Mo-Fr 22:00-06:00; Tu 06:00-10:00");
    let cal = Calendar::new(&joined, &none, &utc);
    let due = cal.deadline(t("2026-03-24T06:00:00Z"), Duration::days(1, Clock::Business));
    assert_eq!(due, Ok(t("2026-03-26T06:00:00Z")));
}

#[test]
fn calendar_minutes_in_the_repeated_hour_are_elapsed_time() {
    let berlin = support::JiffZone::new("Europe/Berlin");
    let all = hours("24/7");
    let none = holidays("");
    let cal = Calendar::new(&all, &none, &berlin);
    // 2026-10-25: 02:30 local happens twice; 01:30Z is the second time.
    // Thirty minutes later is 02:00Z, not thirty minutes after the first.
    let later = cal.deadline(t("2026-10-25T01:30:00Z"), Duration::minutes(30, Clock::Calendar));
    assert_eq!(later, Ok(t("2026-10-25T02:00:00Z")));
}

#[test]
fn a_close_just_before_the_horizon_is_still_a_next_change() {
    let utc = support::JiffZone::new("UTC");
    let none = holidays("");
    // Open around the clock until 2029-01-04 12:00, 1,100 days after the day
    // before `now`: the last day the horizon reads.
    let until = hours("24/7; 2029 Jan 04 00:00-12:00");
    let cal = Calendar::new(&until, &none, &utc);
    let s = cal.state_at(t("2026-01-01T12:00:00Z"));
    assert!(s.open);
    assert_eq!(s.next_change, Some(t("2029-01-04T12:00:00Z")));
    // Around the clock for good: no next change.
    let always = hours("24/7");
    let cal = Calendar::new(&always, &none, &utc);
    assert_eq!(cal.state_at(t("2026-01-01T12:00:00Z")).next_change, None);
}
