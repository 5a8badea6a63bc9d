//! schema.org JSON-LD for what the element publishes, so search engines read
//! the same promises the customer sees: a `ContactPoint` with
//! `hoursAvailable` (and closed holidays as special opening hours) and a
//! `MerchantReturnPolicy`.

use serde::Serialize;

use crate::calendar::civil::{civil_from_days, weekday};
use crate::calendar::{Calendar, Holidays, Instant, Zone};
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

fn hm(minutes: u16) -> String {
    let m = minutes % 1440;
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// The document for `config` as of `now`, or `None` when there is nothing
/// to publish or `jsonld="off"`.
pub fn build(config: &Config, now: Instant, zone: &dyn Zone) -> Option<Document> {
    if !config.jsonld {
        return None;
    }
    let mut graph = Vec::new();
    if let Some(hours) = &config.hours {
        // The regular week: the coming seven days without holidays, each
        // distinct set of spans once with its weekdays.
        let none = Holidays::default();
        let today = Calendar::new(hours, &none, zone).local_day(now);
        let mut specs: Vec<HoursSpec> = Vec::new();
        for day in today..today + 7 {
            let name = format!("https://schema.org/{}", DAYS[usize::from(weekday(day))]);
            for span in hours.spans_on(day, &none) {
                let (opens, closes) = (hm(span.start), hm(span.end));
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
        // Holidays in the coming year: closed all day, unless the hours
        // open them (PH rules).
        for (day, _) in config
            .holidays
            .from_day(today)
            .take_while(|(d, _)| *d < today + 366)
        {
            let (y, m, d) = civil_from_days(day);
            let date = format!("{y:04}-{m:02}-{d:02}");
            let spans = hours.spans_on(day, &config.holidays);
            let special: Vec<(String, String)> = if spans.is_empty() {
                vec![("00:00".into(), "00:00".into())]
            } else {
                spans.iter().map(|s| (hm(s.start), hm(s.end))).collect()
            };
            for (opens, closes) in special {
                specs.push(HoursSpec {
                    kind: "OpeningHoursSpecification",
                    day_of_week: vec![],
                    opens,
                    closes,
                    valid_from: Some(date.clone()),
                    valid_through: Some(date.clone()),
                });
            }
        }
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
mod tests {
    use super::*;
    use crate::calendar::FixedOffset;

    #[test]
    fn contact_point_and_return_policy() {
        let cfg = Config::from_attributes(|n| {
            match n {
                "hours" => Some("Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
                "holidays" => Some("2026-12-24 Christmas Eve, 2026-12-25 Christmas Day"),
                "return-window" => Some("30d"),
                "return-fees" => Some("free"),
                "refund-policy-url" => Some("/returns"),
                _ => None,
            }
            .map(str::to_string)
        });
        let now = Instant::parse("2026-12-21T12:00:00Z").unwrap();
        let doc = build(&cfg, now, &FixedOffset(3600)).unwrap();
        let json = serde_json::to_string(&doc).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let contact = &v["@graph"][0];
        assert_eq!(contact["@type"], "ContactPoint");
        let hours = contact["hoursAvailable"].as_array().unwrap();
        assert_eq!(hours[0]["opens"], "09:00");
        assert_eq!(hours[0]["closes"], "12:30");
        assert_eq!(hours[0]["dayOfWeek"].as_array().unwrap().len(), 5);
        assert_eq!(hours[2]["dayOfWeek"][0], "https://schema.org/Saturday");
        assert_eq!(hours[3]["validFrom"], "2026-12-24");
        assert_eq!(hours[3]["opens"], "00:00");
        assert_eq!(hours[3]["closes"], "00:00");
        let returns = &v["@graph"][1];
        assert_eq!(returns["@type"], "MerchantReturnPolicy");
        assert_eq!(returns["merchantReturnDays"], 30);
        assert_eq!(returns["returnFees"], "https://schema.org/FreeReturn");
        assert_eq!(returns["merchantReturnLink"], "/returns");
    }

    #[test]
    fn nothing_when_off_or_nothing_published() {
        let off = Config::from_attributes(|n| match n {
            "hours" => Some("24/7".to_string()),
            "jsonld" => Some("off".to_string()),
            _ => None,
        });
        assert_eq!(build(&off, Instant(0), &FixedOffset(0)), None);
        assert_eq!(build(&Config::default(), Instant(0), &FixedOffset(0)), None);
        let none = Config::from_attributes(|n| (n == "return-window").then(|| "none".to_string()));
        let json = serde_json::to_string(&build(&none, Instant(0), &FixedOffset(0)).unwrap()).unwrap();
        assert!(
            json.contains("MerchantReturnNotPermitted") && !json.contains("merchantReturnDays"),
            "{json}"
        );
    }
}
