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

/// The `hoursAvailable` of `hours` as (days, opens, closes, from, through).
fn specs(hours: &str, now: &str) -> Vec<(Vec<String>, String, String, String, String)> {
    let cfg = Config::from_attributes(|n| (n == "hours").then(|| hours.to_string()));
    let doc = build(&cfg, Instant::parse(now).unwrap(), &FixedOffset(3600)).unwrap();
    let v: serde_json::Value = serde_json::to_value(&doc).unwrap();
    let s = |x: &serde_json::Value| x.as_str().unwrap_or("").to_string();
    v["@graph"][0]["hoursAvailable"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let days = h["dayOfWeek"]
                .as_array()
                .map(|d| {
                    d.iter()
                        .map(|x| s(x).replace("https://schema.org/", ""))
                        .collect()
                })
                .unwrap_or_default();
            (
                days,
                s(&h["opens"]),
                s(&h["closes"]),
                s(&h["validFrom"]),
                s(&h["validThrough"]),
            )
        })
        .collect()
}

#[test]
fn weekly_hours_from_the_rules_and_dated_rules_as_special_days() {
    let got = specs(
        "Mo-Fr 09:00-12:00,14:00-18:00; Dec 24 09:00-12:00; Dec 25 off",
        "2026-12-22T12:00:00Z",
    );
    let weekdays: Vec<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        .map(String::from)
        .to_vec();
    let none = String::new();
    assert_eq!(
        got[0],
        (
            weekdays.clone(),
            "09:00".into(),
            "12:00".into(),
            none.clone(),
            none.clone()
        )
    );
    assert_eq!(
        got[1],
        (
            weekdays,
            "14:00".into(),
            "18:00".into(),
            none.clone(),
            none.clone()
        )
    );
    assert_eq!(
        got[2],
        (
            vec![],
            "09:00".into(),
            "12:00".into(),
            "2026-12-24".into(),
            "2026-12-24".into()
        )
    );
    assert_eq!(
        got[3],
        (
            vec![],
            "00:00".into(),
            "00:00".into(),
            "2026-12-25".into(),
            "2026-12-25".into()
        )
    );
    // Next year's Dec 24 and 25 are beyond the coming 366 days; nothing else differs.
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn all_day_and_spans_past_midnight() {
    let all = specs("24/7", "2026-12-22T12:00:00Z");
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].0.len(), all[0].1.as_str(), all[0].2.as_str()),
        (7, "00:00", "23:59")
    );
    let night = specs("Fr 22:00-02:00", "2026-12-22T12:00:00Z");
    assert_eq!(
        night
            .iter()
            .map(|s| (s.0.join(","), s.1.as_str(), s.2.as_str()))
            .collect::<Vec<_>>(),
        [
            ("Friday".to_string(), "22:00", "23:59"),
            ("Saturday".to_string(), "00:00", "02:00")
        ]
    );
}
