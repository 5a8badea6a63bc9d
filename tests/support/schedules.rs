//! Random schedules in the supported `opening_hours` subset, as text both
//! this crate and the `opening-hours` crate accept.

use proptest::prelude::*;

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const DATES: [&str; 15] = [
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
    "easter",
    "easter -2 days",
    "easter +1 day",
    "easter -2 days-easter +1 day",
    "Nov",
];

/// The nth weekday of the month, alone and in lists.
const NTH: [&str; 9] = [
    "Mo[1]",
    "Fr[-1]",
    "Th[4]",
    "Mo[1,3]",
    "We[1-2]",
    "Sa[5]",
    "Su[-2]",
    "Mo[1],Fr",
    "Tu[-1],PH",
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
        proptest::sample::select(NTH.to_vec()).prop_map(str::to_string),
    ]
}

fn hm(quarter: u16) -> String {
    format!("{:02}:{:02}", quarter / 4, quarter % 4 * 15)
}

/// 1 to 3 disjoint spans in quarter hours; with `overnight` the last may
/// run past midnight, its end written either way (`02:00` or `26:00`).
fn times(overnight: bool) -> impl Strategy<Value = String> {
    (
        proptest::collection::btree_set(1u16..96, 2..=6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(move |(set, wrap, past_24)| {
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
                let end = b[0] - 1 + if past_24 { 96 } else { 0 };
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
        // Open times, off, or times that are off.
        prop_oneof![
            4 => times(overnight),
            1 => Just("off".to_string()),
            1 => times(false).prop_map(|t| t + " off"),
        ],
    )
        .prop_map(|(dates, days, times)| {
            let mut parts = vec![];
            // No dates with the nth weekday: where the two meet only years
            // apart, the reference's next change misses the meeting (from
            // 2028-03-05 it finds none for `Nov Sa[5] 00:15-00:30`, open on
            // 2030-11-30). The differential test's hand-picked schedules
            // cover months with nth weekdays that meet every year.
            let nth = days.as_ref().is_some_and(|d| d.contains('['));
            if let Some(d) = dates.filter(|_| !nth) {
                parts.push(d.to_string());
            }
            if let Some(d) = days {
                parts.push(d);
            }
            parts.push(times);
            parts.join(" ")
        })
}

/// A schedule of 1 to 4 rules, each after `;` or (an additional rule) `, `.
pub fn schedule() -> impl Strategy<Value = String> {
    proptest::collection::vec((rule(false), any::<bool>()), 1..=4).prop_map(|rules| {
        let mut out = String::new();
        for (i, (rule, additional)) in rules.into_iter().enumerate() {
            // After ", " a rule that starts with times would continue the
            // time list: only a rule with dates or weekdays can follow.
            if i > 0 {
                let starts_with_times =
                    rule.starts_with(|c: char| c.is_ascii_digit()) && !rule.starts_with("2026 ");
                out += if additional && !starts_with_times {
                    ", "
                } else {
                    "; "
                };
            }
            out += &rule;
        }
        out
    })
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
