use super::*;

#[test]
fn parses_and_formats() {
    let t = Instant::parse("2026-03-27T16:30:00Z").unwrap();
    assert_eq!(t.to_string(), "2026-03-27T16:30:00Z");
    assert_eq!(
        Instant::parse("2026-03-27T17:30:00+01:00").unwrap(),
        t,
        "offsets are applied"
    );
    assert_eq!(
        Instant::parse("2026-03-27t11:00:00.5-05:30").unwrap().to_string(),
        "2026-03-27T16:30:00.500Z"
    );
    assert_eq!(Instant(0).to_string(), "1970-01-01T00:00:00Z");
    assert_eq!(Instant(-1).to_string(), "1969-12-31T23:59:59.999Z");
}

#[test]
fn rejects_with_position() {
    for (text, at) in [
        ("", 0),
        ("2026-3-27T16:30:00Z", 6),
        ("2026-02-30T16:30:00Z", 8),
        ("2026-03-27", 10),
        ("2026-03-27T24:00:00Z", 11),
        ("2026-03-27T16:30Z", 16),
        ("2026-03-27T16:30:00", 19),
        ("2026-03-27T16:30:00Zx", 20),
        ("2026-03-27T16:30:00.Z", 20),
    ] {
        let e = Instant::parse(text).unwrap_err();
        assert_eq!(e.at, at, "{text}: {e}");
    }
}
