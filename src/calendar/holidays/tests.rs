use super::*;

#[test]
fn parses_names_and_dates() {
    let h = Holidays::parse("2026-12-24 Christmas Eve, 2026-12-25 Christmas Day,2027-01-01").unwrap();
    assert_eq!(h.len(), 3);
    let eve = days_from_civil(2026, 12, 24);
    assert_eq!(h.name(eve), Some("Christmas Eve"));
    assert_eq!(h.name(days_from_civil(2027, 1, 1)), Some(""));
    assert!(!h.contains(eve - 1));
    let next: Vec<_> = h.from_day(eve + 1).map(|(_, n)| n).collect();
    assert_eq!(next, ["Christmas Day", ""]);
}

#[test]
fn errors_point_at_the_entry() {
    for (s, at, needle) in [
        ("", 0, "empty"),
        ("2026-12-24 Eve,, 2026-12-25", 15, "empty entry"),
        ("2026-12-24 Eve, 2026-13-01 X", 21, "month must be"),
        ("2026-02-29", 8, "does not exist"),
        ("24.12.2026", 0, "YYYY-MM-DD"),
        ("2026-12-24, 2026-12-24", 12, "listed twice"),
        ("2026-12-24X", 10, "YYYY-MM-DD"),
    ] {
        let e = Holidays::parse(s).unwrap_err();
        assert_eq!(e.at, at, "{s:?}: {e}");
        assert!(e.message.contains(needle), "{s:?}: {e}");
    }
}

#[test]
fn region_codes_mix_with_dates() {
    let h = Holidays::parse("de-be, 2026-12-24 Heiligabend, FR, DE-BE, us-ca, XX").unwrap();
    assert_eq!(h.len(), 1);
    // Not codes: dates that are not, and what only looks like one.
    for bad in ["aé", "DE-", "DE-ABCDEFGHIJKLMNOPQRSTU", "D1", "é-BY", "Christmas"] {
        assert!(Holidays::parse(bad).is_err(), "{bad}");
    }
    // Regions, known or not (the configuration tells the unknown):
    // an unknown subdivision, an alias.
    for region in ["DE-ABCD", "DEU", "United Kingdom", "GB-England"] {
        assert!(Holidays::parse(region).unwrap().is_empty(), "{region}");
    }
}

#[test]
fn region_days_are_added_and_listed_dates_keep_their_names() {
    let mut h = Holidays::parse("DE-BY, 2026-12-25 Weihnachten bei uns").unwrap();
    h.add_days("2026-01-06\tHeilige Drei Könige\n2026-12-25\tWeihnachten\nnot a line\n2026-06-10\tDia de Portugal, de Camões");
    assert_eq!(h.name(days_from_civil(2026, 1, 6)), Some("Heilige Drei Könige"));
    assert_eq!(h.name(days_from_civil(2026, 12, 25)), Some("Weihnachten bei uns"));
    assert_eq!(
        h.name(days_from_civil(2026, 6, 10)),
        Some("Dia de Portugal, de Camões")
    );
    assert_eq!(h.len(), 3);
    let listed: Vec<_> = h
        .between(days_from_civil(2026, 1, 1), days_from_civil(2026, 12, 25))
        .collect();
    assert_eq!(
        listed,
        [
            ("2026-01-06".to_string(), "Heilige Drei Könige"),
            ("2026-06-10".into(), "Dia de Portugal, de Camões"),
            ("2026-12-25".into(), "Weihnachten bei uns")
        ]
    );
}
