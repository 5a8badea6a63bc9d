//! Random schedules in the supported `opening_hours` subset, as text both
//! this crate and the `opening-hours` crate accept.

use proptest::prelude::*;

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const DATES: [&str; 10] = [
    "Dec 24",
    "Dec 24-26",
    "Dec 24-Jan 2",
    "Apr-Oct",
    "Jan",
    "2026 Dec 31",
    "Mar 29",
    "Oct 25",
    "Feb 27-Mar 3",
    "Nov-Feb",
];

fn weekdays() -> impl Strategy<Value = String> {
    prop_oneof![
        (0..7usize, 0..7usize).prop_map(|(a, b)| format!("{}-{}", DAYS[a], DAYS[b])),
        proptest::sample::subsequence((0..7usize).collect::<Vec<_>>(), 1..=3).prop_map(|ds| ds
            .iter()
            .map(|&d| DAYS[d])
            .collect::<Vec<_>>()
            .join(",")),
        (0..7usize).prop_map(|d| format!("{},PH", DAYS[d])),
        Just("PH".to_string()),
    ]
}

fn hm(quarter: u16) -> String {
    format!("{:02}:{:02}", quarter / 4, quarter % 4 * 15)
}

/// 1 to 3 disjoint spans in quarter hours; with `overnight` the last may
/// run past midnight.
fn times(overnight: bool) -> impl Strategy<Value = String> {
    (proptest::collection::btree_set(1u16..96, 2..=6), any::<bool>()).prop_map(move |(set, wrap)| {
        let mut b: Vec<u16> = set.into_iter().collect();
        if b.len() % 2 == 1 {
            b.pop();
        }
        let mut spans: Vec<String> = b
            .chunks(2)
            .map(|p| format!("{}-{}", hm(p[0]), hm(p[1])))
            .collect();
        if overnight && wrap {
            // Replace the last span by one from its start to before the first start.
            let last_start = b[b.len() - 2];
            let end = b[0] - 1;
            spans.pop();
            spans.push(format!("{}-{}", hm(last_start), hm(end)));
        }
        spans.join(",")
    })
}

fn rule(overnight: bool) -> impl Strategy<Value = String> {
    (
        proptest::option::weighted(0.25, proptest::sample::select(DATES.to_vec())),
        proptest::option::weighted(0.8, weekdays()),
        prop_oneof![4 => times(overnight).prop_map(Some), 1 => Just(None)],
    )
        .prop_map(|(dates, days, times)| {
            let mut parts = vec![];
            if let Some(d) = dates {
                parts.push(d.to_string());
            }
            if let Some(d) = days {
                parts.push(d);
            }
            parts.push(times.unwrap_or_else(|| "off".into()));
            parts.join(" ")
        })
}

/// A schedule of 1 to 4 rules.
pub fn schedule() -> impl Strategy<Value = String> {
    proptest::collection::vec(rule(false), 1..=4).prop_map(|rules| rules.join("; "))
}

/// A schedule of one rule whose last span may run past midnight.
///
/// One rule only: where another rule governs the day a span runs into, this
/// crate keeps the span (the contract: a span belongs to the day it starts)
/// while the `opening-hours` crate cuts it at midnight.
pub fn overnight_schedule() -> impl Strategy<Value = String> {
    rule(true)
}

/// Schedules of either kind, for properties that hold for both.
pub fn any_schedule() -> impl Strategy<Value = String> {
    prop_oneof![
        schedule(),
        (schedule(), rule(true)).prop_map(|(a, b)| format!("{a}; {b}"))
    ]
}

/// Holidays used with generated schedules.
pub const HOLIDAYS: &str =
    "2026-01-01 New Year, 2026-04-03 Good Friday, 2026-05-01, 2026-12-25, 2026-12-26, 2027-01-01";
