use super::*;

fn p(s: &str) -> Result<Duration, ValueError> {
    Duration::parse(s, Clock::Business, true)
}

#[test]
fn accepted_forms() {
    assert_eq!(p("5m").unwrap(), Duration::minutes(5, Clock::Business));
    assert_eq!(p("4h").unwrap(), Duration::minutes(240, Clock::Business));
    assert_eq!(p("1h30m").unwrap(), Duration::minutes(90, Clock::Business));
    assert_eq!(p("2d").unwrap(), Duration::days(2, Clock::Business));
    assert_eq!(p(" 2d calendar ").unwrap(), Duration::days(2, Clock::Calendar));
    assert_eq!(
        p("1d12h calendar").unwrap(),
        Duration {
            days: 1,
            minutes: 720,
            clock: Clock::Calendar
        }
    );
    assert_eq!(p("90m").unwrap().to_string(), "1h30m");
}

#[test]
fn rejected_forms_say_where_and_why() {
    for (s, at, needle) in [
        ("", 0, "empty"),
        ("5", 0, "unit"),
        ("5 m", 0, "unit"),
        ("h", 0, "expected a duration"),
        ("0m", 0, "longer than zero"),
        ("30m1h", 3, "largest first"),
        ("2w", 1, "weeks"),
        ("400d", 0, "at most 366 days"),
        ("1d2h", 0, "cannot be combined"),
        ("4h soon", 3, "unexpected text"),
        ("9999999h", 0, "expected a duration"),
    ] {
        let e = p(s).unwrap_err();
        assert_eq!(e.at, at, "{s:?}: {e}");
        assert!(e.message.contains(needle), "{s:?}: {e}");
    }
    let e = Duration::parse("3d calendar", Clock::Calendar, false).unwrap_err();
    assert!(e.message.contains("always counted in calendar time"));
}
