use super::*;

#[test]
fn round_trips_over_many_centuries() {
    for d in -800_000..800_000 {
        let (y, m, dd) = civil_from_days(d);
        assert!((1..=12).contains(&m));
        assert!(dd >= 1 && dd <= days_in_month(y, m));
        assert_eq!(days_from_civil(y, m, dd), d);
    }
}

#[test]
fn known_dates() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(civil_from_days(20_539), (2026, 3, 27));
    assert_eq!(weekday(days_from_civil(2026, 3, 27)), 4); // a Friday
    assert_eq!(weekday(days_from_civil(2026, 11, 22)), 6); // a Sunday
    assert!(is_leap(2000) && is_leap(2028) && !is_leap(1900) && !is_leap(2026));
}
