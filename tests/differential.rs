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
/// rule listing `PH` selects it, and then the last such rule decides; in
/// `opening_hours` the last rule selecting the day decides, whatever it
/// names. So: the rules as written, then `PH off`, then each rule that lists
/// `PH` again with `PH` as its only weekday selector.
fn reference_schedule(sched: &str) -> String {
    let mut out = vec![sched.to_string(), "PH off".to_string()];
    for rule in sched.split("; ") {
        let words: Vec<&str> = rule.split(' ').collect();
        if words.iter().any(|w| w.split(',').any(|d| d == "PH")) {
            let again: Vec<&str> = words
                .iter()
                .map(|w| if w.split(',').any(|d| d == "PH") { "PH" } else { w })
                .collect();
            out.push(again.join(" "));
        }
    }
    out.join("; ")
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

fn instants() -> impl Strategy<Value = Vec<i64>> {
    proptest::collection::vec(0i64..2 * 365 * 1440, 20)
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
