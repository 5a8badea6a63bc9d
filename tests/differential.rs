//! Differential test against the `opening-hours` crate (OpenStreetMap's
//! reference semantics in Rust; a dev-dependency only, far too large to
//! ship): on generated schedules in the supported subset, both agree on
//! open/closed and the next change at many instants. Compared in naive
//! local time (a UTC zone), where both define the semantics.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::sync::Arc;

use chrono::{DateTime, NaiveDateTime};
use compact_calendar::CompactCalendar;
use opening_hours::{Context, ContextHolidays, OpeningHours};
use proptest::prelude::*;
use service_promises::calendar::{Calendar, FixedOffset, Holidays, Hours, Instant};

fn naive(ms: i64) -> NaiveDateTime {
    DateTime::from_timestamp_millis(ms).unwrap().naive_utc()
}

/// The schedule in the reference's terms. Here a holiday is closed unless a
/// rule listing `PH` selects it, and then only the rules listing `PH` give
/// its hours; in `opening_hours` every rule selecting the day counts,
/// whatever it names. So: the rules as written, then `PH off`, then each
/// rule that lists `PH` again, in order and after the separator it had
/// (`;`, or `,` for an additional rule), with `PH` as its only weekday
/// selector. (Rules are split at "; " and ", ", which generated schedules
/// use only between rules.)
fn reference_schedule(sched: &str) -> String {
    let mut out = format!("{sched}; PH off");
    for rules in sched.split("; ") {
        for (j, rule) in rules.split(", ").enumerate() {
            let words: Vec<&str> = rule.split(' ').collect();
            if words.iter().any(|w| w.split(',').any(|d| d == "PH")) {
                let again: Vec<&str> = words
                    .iter()
                    .map(|w| if w.split(',').any(|d| d == "PH") { "PH" } else { w })
                    .collect();
                out += if j > 0 { ", " } else { "; " };
                out += &again.join(" ");
            }
        }
    }
    out
}

fn reference(sched: &str, holidays: &Holidays) -> OpeningHours {
    let oh: OpeningHours = reference_schedule(sched)
        .parse()
        .unwrap_or_else(|e| panic!("reference rejects {sched:?}: {e}"));
    let mut cal = CompactCalendar::default();
    for (day, _) in holidays.from_day(i64::MIN) {
        cal.insert(naive(day * 86_400_000).date());
    }
    // Intervals longer than our horizon count as endless, as ours do; without
    // this the reference searches to the year 10000 on schedules never open.
    let ctx = Context::default()
        .with_holidays(ContextHolidays::new(Arc::new(cal), Arc::default()))
        .approx_bound_interval_size(chrono::TimeDelta::days(1_100));
    oh.with_context(ctx)
}

/// Compares on `holidays`. Spans past midnight are compared without
/// holidays: a span running into a holiday is kept here (it belongs to the
/// day it starts) and cut at midnight by the reference, whose `PH off` then
/// governs the next day (the documented difference).
fn compare(sched: &str, holidays: &str, minutes: &[i64]) -> Result<(), TestCaseError> {
    let hours =
        Hours::parse(sched).map_err(|e| TestCaseError::fail(format!("{sched:?}: {}", e.describe(sched))))?;
    let holidays = if holidays.is_empty() {
        Holidays::default()
    } else {
        Holidays::parse(holidays).unwrap()
    };
    let ours = Calendar::new(&hours, &holidays, FixedOffset(0));
    let theirs = reference(sched, &holidays);
    let base = support::t("2026-01-01T00:00:00Z").0;
    for &m in minutes {
        let at = Instant(base + m * 60_000);
        let state = ours.state_at(at);
        prop_assert_eq!(
            state.open,
            theirs.is_open(naive(at.0)),
            "{:?} open at {}",
            sched,
            at
        );
        let next_ref = theirs.next_change(naive(at.0));
        // The reference looks to year 10000; ours gives up after the horizon.
        let horizon = naive(at.0 + 1_000 * 86_400_000);
        let next_ref = next_ref.filter(|n| *n < horizon);
        let next_ours = state.next_change.map(|c| naive(c.0)).filter(|n| *n < horizon);
        prop_assert_eq!(next_ours, next_ref, "{:?} next change after {}", sched, at);
    }
    Ok(())
}

/// Minutes from 2026-01-01: instants in 2024-2031 (Easter in March in 2024
/// and 2027, in April in the other years).
fn instants() -> impl Strategy<Value = Vec<i64>> {
    proptest::collection::vec(-2 * 365 * 1440i64..6 * 365 * 1440, 20)
}

/// Every 359 minutes through 2024-2031: every day, at times that move
/// through the day.
fn eight_years() -> Vec<i64> {
    (-2 * 365 * 1440i64..6 * 365 * 1440).step_by(359).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn same_state_and_next_change_as_the_reference(sched in support::schedules::schedule(), at in instants()) {
        compare(&sched, support::schedules::HOLIDAYS, &at)?;
    }

    #[test]
    fn same_with_spans_past_midnight(sched in support::schedules::overnight_schedule(), at in instants()) {
        compare(&sched, "", &at)?;
    }
}

#[test]
fn hand_picked_schedules_agree() {
    let every_hour: Vec<i64> = (0..400 * 24).map(|h| h * 60 + 7).collect();
    for sched in [
        "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off",
        "Mo-Su 09:00-17:00; Dec 24-Jan 2 off",
        "Fr-Mo 10:00-12:00",
        "Apr-Oct Mo-Fr 08:00-18:00; Nov-Mar Mo-Fr 09:00-16:00",
        "24/7; Su off",
        "Mo,We,Fr 08:00-09:00; 2026 Dec 31 off",
        "Mo-Fr 09:00-17:00; PH 10:00-12:00; Sa 10:00-11:00",
        "Mo,PH 10:00-12:00; Mo-Fr 09:00-17:00",
    ] {
        compare(sched, support::schedules::HOLIDAYS, &every_hour).unwrap();
    }
    compare("Mo-Fr 22:00-02:00", "", &every_hour).unwrap();
}

/// Each form added for issue 18, on its own and with the others, against the
/// reference over eight years.
#[test]
fn easter_nth_weekdays_additional_rules_off_times_and_hours_past_24_agree() {
    let years = eight_years();
    for sched in [
        // Easter with offsets and ranges (Good Friday to Easter Monday, Ash Wednesday).
        "Mo-Su 09:00-17:00; easter off",
        "Mo-Su 09:00-17:00; easter -2 days off",
        "Mo-Su 09:00-17:00; easter -2 days-easter +1 day off",
        "Mo-Fr 09:00-17:00; easter +1 day 10:00-12:00",
        "Mo-Sa 09:00-17:00; easter -46 days 12:00-14:00; easter +39 days,easter +50 days off",
        // The nth weekday of the month, with months.
        "Mo-Fr 09:00-17:00; Mo[1] off",
        "Fr[-1] 10:00-12:00; Th[4] 08:00-09:00",
        "Mo[1,3] 08:00-09:00; We[1-2] 10:00-11:00; Mo[-1] 12:00-13:00",
        "Sa[5] 10:00-12:00; Su[-2] 10:00-11:00; Tu[5],Tu[-5] 09:00-10:00",
        "Mo-Fr 09:00-17:00; Nov Th[4] off; Dec Fr[-1] 09:00-12:00; Feb Mo[-1] 13:00-14:00",
        // Additional rules.
        "Mo-Fr 08:00-12:00, We 14:00-18:00",
        "Mo-Fr 08:00-12:00, Sa 10:00-12:00, We 11:00-14:00",
        "Mo,We 09:00-12:00,13:00-17:00, Fr 10:00-11:00; Fr 12:00-13:00, PH 10:00-11:00",
        "Mo-Fr 09:00-17:00; Dec 24-26 off, Dec 24 10:00-12:00",
        // Off for time ranges.
        "Mo-Fr 09:00-18:00; 12:00-13:00 off",
        "Mo-Fr 09:00-12:00,13:00-17:00; 12:30-17:30 off",
        "Mo-Fr 09:00-17:00, We 12:00-13:00 off; Fr 10:00-11:00 off, Fr 15:00-16:00 off",
        "Mo-Su 08:00-20:00; Mo[1] 12:00-14:00 off; easter -2 days 10:00-16:00 off",
        "Mo-Fr 09:00-17:00; PH 10:00-14:00; PH 12:00-13:00 off",
    ] {
        compare(sched, support::schedules::HOLIDAYS, &years).unwrap();
    }
    // Hours past 24 (across month and year ends), compared without holidays
    // like spans past midnight.
    for sched in [
        "Fr 18:00-26:00",
        "Mo,We 20:00-27:30",
        "Sa 10:00-48:00",
        "Fr 18:00-26:00; Fr 23:00-01:30 off",
        "Fr[-1] 20:00-30:00",
    ] {
        compare(sched, "", &years).unwrap();
    }
}
