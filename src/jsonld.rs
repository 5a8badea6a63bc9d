//! schema.org JSON-LD for what the element publishes, so search engines read
//! the same promises the customer sees: a `ContactPoint` with
//! `hoursAvailable` (and closed holidays as special opening hours) and a
//! `MerchantReturnPolicy`.

use serde::Serialize;

use crate::calendar::civil::{iso_date, weekday};
use crate::calendar::hours::Span;
use crate::calendar::{Calendar, Instant, Zone};
use crate::config::{Config, ReturnWindow};

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Document {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node>,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
#[serde(untagged)]
enum Node {
    Contact(ContactPoint),
    Returns(ReturnPolicy),
}

#[derive(Serialize, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct ContactPoint {
    #[serde(rename = "@type")]
    kind: &'static str,
    contact_type: &'static str,
    hours_available: Vec<HoursSpec>,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct HoursSpec {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    day_of_week: Vec<String>,
    opens: String,
    closes: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_through: Option<String>,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
struct ReturnPolicy {
    #[serde(rename = "@type")]
    kind: &'static str,
    return_policy_category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_return_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    return_fees: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_return_link: Option<String>,
}

/// "HH:MM"; the end of the day (24:00) is "23:59", as schema.org readers
/// expect (a day from "00:00" to "00:00" reads as closed).
fn hm(minutes: u16) -> String {
    if minutes >= 1440 {
        return "23:59".into();
    }
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Open minutes within one day, `[start, end)` from its midnight, merged and
/// in order: the day's own spans cut at midnight, and the part of the
/// previous day's spans that runs past it.
fn within_day(today: &[Span], yesterday: &[Span]) -> Vec<(u16, u16)> {
    let mut out: Vec<(u16, u16)> = yesterday
        .iter()
        .filter(|s| s.end > 1440)
        .map(|s| (0, s.end - 1440))
        .chain(today.iter().map(|s| (s.start, s.end.min(1440))))
        .filter(|(a, b)| a < b)
        .collect();
    out.sort_unstable();
    let mut merged: Vec<(u16, u16)> = Vec::with_capacity(out.len());
    for (a, b) in out {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// Consecutive days with the same open minutes: first day, last day, minutes.
type Run = (i64, i64, Vec<(u16, u16)>);

fn special(date: &str, through: &str, opens: String, closes: String) -> HoursSpec {
    HoursSpec {
        kind: "OpeningHoursSpecification",
        day_of_week: vec![],
        opens,
        closes,
        valid_from: Some(date.to_string()),
        valid_through: Some(through.to_string()),
    }
}

/// The document for `config` as of `now`, or `None` when there is nothing
/// to publish or `jsonld="off"`. The weekly hours come from the rules
/// without dates; the coming year's days that differ from them (dated
/// rules, holidays) are special opening hours for their dates; spans past
/// midnight are split at midnight; a closed day is "00:00" to "00:00" and
/// a whole day "00:00" to "23:59".
pub fn build(config: &Config, now: Instant, zone: &dyn Zone) -> Option<Document> {
    if !config.jsonld {
        return None;
    }
    let mut graph = Vec::new();
    if let Some(hours) = &config.hours {
        let weekly = |wd: u8| within_day(&hours.weekly_spans(wd), &hours.weekly_spans((wd + 6) % 7));
        let mut specs: Vec<HoursSpec> = Vec::new();
        for wd in 0..7u8 {
            let name = format!("https://schema.org/{}", DAYS[usize::from(wd)]);
            for (a, b) in weekly(wd) {
                let (opens, closes) = (hm(a), hm(b));
                match specs.iter_mut().find(|s| s.opens == opens && s.closes == closes) {
                    Some(s) => s.day_of_week.push(name.clone()),
                    None => specs.push(HoursSpec {
                        kind: "OpeningHoursSpecification",
                        day_of_week: vec![name.clone()],
                        opens,
                        closes,
                        valid_from: None,
                        valid_through: None,
                    }),
                }
            }
        }
        // The coming year's days that differ from the week: each run of
        // consecutive days with the same hours once, from its first date
        // through its last.
        let holidays = &config.holidays;
        let today = Calendar::new(hours, holidays, zone).local_day(now);
        let mut run: Option<Run> = None;
        let flush = |run: Option<Run>, specs: &mut Vec<HoursSpec>| {
            if let Some((from, to, open)) = run {
                let (from, to) = (iso_date(from), iso_date(to));
                if open.is_empty() {
                    specs.push(special(&from, &to, "00:00".into(), "00:00".into()));
                }
                for (a, b) in open {
                    specs.push(special(&from, &to, hm(a), hm(b)));
                }
            }
        };
        for day in today..today + 366 {
            let actual = within_day(&hours.spans_on(day, holidays), &hours.spans_on(day - 1, holidays));
            let differs = holidays.contains(day) || actual != weekly(weekday(day));
            run = match run.take() {
                Some((from, to, open)) if differs && to == day - 1 && open == actual => {
                    Some((from, day, open))
                }
                previous => {
                    flush(previous, &mut specs);
                    differs.then_some((day, day, actual))
                }
            };
        }
        flush(run, &mut specs);
        graph.push(Node::Contact(ContactPoint {
            kind: "ContactPoint",
            contact_type: "customer support",
            hours_available: specs,
        }));
    }
    if let Some(window) = config.return_window {
        let (category, days) = match window {
            ReturnWindow::NotAccepted => ("https://schema.org/MerchantReturnNotPermitted", None),
            ReturnWindow::Days(d) => ("https://schema.org/MerchantReturnFiniteReturnWindow", Some(d)),
        };
        let fees = config.return_fees.as_deref().and_then(|f| {
            matches!(
                f.to_ascii_lowercase().as_str(),
                "free" | "none" | "0" | "no fee" | "no fees"
            )
            .then_some("https://schema.org/FreeReturn")
        });
        graph.push(Node::Returns(ReturnPolicy {
            kind: "MerchantReturnPolicy",
            return_policy_category: category,
            merchant_return_days: days,
            return_fees: if days.is_some() { fees } else { None },
            merchant_return_link: config.refund_policy_url.clone(),
        }));
    }
    (!graph.is_empty()).then_some(Document {
        context: "https://schema.org",
        graph,
    })
}

#[cfg(test)]
mod tests;
