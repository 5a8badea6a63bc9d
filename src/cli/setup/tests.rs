use super::*;

fn attrs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn region_codes_through_the_rule_engine() {
    let s = Setup::new(&attrs(&[
        ("timezone", "Europe/Berlin"),
        ("holidays", "DE-BE, 2026-12-24 Christmas Eve"),
    ]));
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let d = crate::calendar::civil::days_from_civil;
    // Internationaler Frauentag: Berlin only.
    assert!(s.config.holidays.contains(d(2027, 3, 8)));
    assert!(s.config.holidays.contains(d(2026, 12, 24)));
    assert!(s.config.holidays.contains(d(2031, 10, 3)));
    assert!(!s.config.holidays.contains(d(2026, 12, 23)));
}

#[test]
fn unknown_codes_zone_and_attributes_are_reported_as_the_element_does() {
    let s = Setup::new(&attrs(&[
        ("timezone", "Europe/Berlni"),
        ("holidays", "DE-BX, XK, QQ"),
        ("Reply-Whithin", "email 4h"),
    ]));
    let got: Vec<_> = s
        .errors
        .iter()
        .map(|e| format!("{}: {}", e.attribute, e.message))
        .collect();
    assert_eq!(
        got,
        [
            "timezone: unknown time zone \"Europe/Berlni\"; expected an IANA name like Europe/Berlin",
            "reply-whithin: unknown attribute; did you mean reply-within?",
            "holidays: no public holidays known for \"DE-BX\" (the holidays of all of DE are counted); did you mean DE-BB or DE-BE or DE-BW or DE-BY?",
            "holidays: no public holidays known for \"XK\"; did you mean DK?",
            "holidays: no public holidays known for \"QQ\"; the README lists the regions",
        ]
    );
    assert!(s.zone.is_none());
    assert_eq!(
        s.record_errors(Format::Csv).len(),
        4,
        "{:?}",
        s.record_errors(Format::Csv)
    );
    assert!(s.record_errors(Format::Statuspage).is_empty());
}

#[test]
fn the_status_pages_attributes() {
    let s = Setup::new(&attrs(&[
        ("status-url", "https://status.example.com/api/v2/summary.json"),
        ("status-components", "m2zjc5hgkmx1, API"),
        ("update-within", "1h"),
    ]));
    assert!(s.errors.is_empty(), "not unknown attributes: {:?}", s.errors);
    assert_eq!(
        s.update_within,
        Duration::minutes(60, crate::calendar::Clock::Calendar)
    );
    let s = Setup::new(&attrs(&[
        ("update-within", "soon"),
        ("status-components", "API,"),
    ]));
    assert_eq!(s.update_within, incident::default_update_within());
    let got: Vec<_> = s.errors.iter().map(|e| e.attribute.as_str()).collect();
    assert_eq!(got, ["update-within", "status-components"]);
    assert_eq!(s.record_errors(Format::Statuspage).len(), 1);
    assert_eq!(Setup::new(&[]).update_within, incident::default_update_within());
}
