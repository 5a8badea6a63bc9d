use super::*;

fn day(y: i32, m: u8, d: u8) -> i64 {
    days_from_civil(y, m, d)
}

fn spans(h: &str, hol: &str, y: i32, m: u8, d: u8) -> Vec<(u16, u16)> {
    let hours = Hours::parse(h).unwrap_or_else(|e| panic!("{h:?}: {}", e.describe(h)));
    let holidays = if hol.is_empty() {
        Holidays::default()
    } else {
        Holidays::parse(hol).unwrap()
    };
    hours
        .spans_on(day(y, m, d), &holidays)
        .iter()
        .map(|s| (s.start, s.end))
        .collect()
}

const NINE_FIVE: &[(u16, u16)] = &[(540, 1020)];

#[test]
fn weekday_ranges_lists_and_wrapping() {
    // 2026-03-23 is a Monday.
    let h = "Mo-Fr 09:00-17:00";
    for d in 23..=27 {
        assert_eq!(spans(h, "", 2026, 3, d), NINE_FIVE, "Mar {d}");
    }
    assert!(spans(h, "", 2026, 3, 28).is_empty());
    assert!(spans(h, "", 2026, 3, 29).is_empty());
    let wrap = "Fr-Mo 10:00-12:00";
    let open: Vec<bool> = (23..=29)
        .map(|d| !spans(wrap, "", 2026, 3, d).is_empty())
        .collect();
    assert_eq!(open, [true, false, false, false, true, true, true]);
    let list = "Mo,We,Fr 08:00-09:00";
    let open: Vec<bool> = (23..=29)
        .map(|d| !spans(list, "", 2026, 3, d).is_empty())
        .collect();
    assert_eq!(open, [true, false, true, false, true, false, false]);
    let mixed = "mo-tu,TH,sa-su 08:00-09:00";
    let open: Vec<bool> = (23..=29)
        .map(|d| !spans(mixed, "", 2026, 3, d).is_empty())
        .collect();
    assert_eq!(open, [true, true, false, true, false, true, true]);
}

#[test]
fn several_intervals_and_24_00_and_midnight() {
    assert_eq!(
        spans("Mo-Fr 09:00-12:30,13:30-17:00", "", 2026, 3, 23),
        [(540, 750), (810, 1020)]
    );
    assert_eq!(
        spans("Mo-Su 13:30-17:00, 09:00-12:30", "", 2026, 3, 29),
        [(540, 750), (810, 1020)]
    );
    assert_eq!(spans("Mo-Su 18:00-24:00", "", 2026, 3, 29), [(1080, 1440)]);
    assert_eq!(spans("Fr 22:00-02:00", "", 2026, 3, 27), [(1320, 1560)]);
    assert_eq!(
        spans("Fr 9:00-17:00", "", 2026, 3, 27),
        NINE_FIVE,
        "one-digit hours are accepted"
    );
    assert_eq!(spans("Mo-Fr: 09:00-17:00", "", 2026, 3, 27), NINE_FIVE);
}

#[test]
fn later_rules_replace_earlier_ones() {
    let h = "Mo-Fr 09:00-17:00; We 10:00-12:00; Fr off";
    assert_eq!(spans(h, "", 2026, 3, 23), NINE_FIVE);
    assert_eq!(spans(h, "", 2026, 3, 25), [(600, 720)]);
    assert!(spans(h, "", 2026, 3, 27).is_empty());
    // A rule that only gives times applies to every day.
    assert_eq!(
        spans("Mo-Fr 09:00-17:00; 10:00-11:00", "", 2026, 3, 28),
        [(600, 660)]
    );
    assert!(spans("Mo-Fr 09:00-17:00; closed", "", 2026, 3, 23).is_empty());
    // Weekdays alone: open all day.
    assert_eq!(spans("Sa", "", 2026, 3, 28), [(0, 1440)]);
    assert_eq!(spans("24/7; Su off", "", 2026, 3, 28), [(0, 1440)]);
    assert!(spans("24/7; Su off", "", 2026, 3, 29).is_empty());
    assert_eq!(spans("Mo-Fr 09:00-17:00 open;", "", 2026, 3, 23), NINE_FIVE);
}

#[test]
fn public_holidays() {
    let hol = "2026-12-24 Christmas Eve, 2026-12-25 Christmas Day";
    let h = "Mo-Fr 09:00-17:00; PH off";
    assert_eq!(spans(h, hol, 2026, 12, 23), NINE_FIVE);
    assert!(spans(h, hol, 2026, 12, 24).is_empty());
    assert!(spans(h, hol, 2026, 12, 25).is_empty());
    // PH opens a holiday that would otherwise be closed, and combines with weekdays.
    let h2 = "Mo-Fr 09:00-17:00; Sa,PH 10:00-12:00";
    assert_eq!(spans(h2, "2026-12-27", 2026, 12, 27), [(600, 720)]); // a Sunday holiday
    assert!(spans(h2, "", 2026, 12, 27).is_empty());
    // Without holidays PH selects nothing.
    assert_eq!(spans(h, "", 2026, 12, 24), NINE_FIVE);
    assert!(Hours::parse(h).unwrap().uses_holidays());
    assert!(!Hours::parse("Mo 10:00-11:00").unwrap().uses_holidays());
}

#[test]
fn dates_and_date_ranges() {
    let h = "Mo-Su 09:00-17:00; Dec 24 10:00-14:00; Dec 25-26 off; Dec 31-Jan 1 off";
    assert_eq!(spans(h, "", 2026, 12, 24), [(600, 840)]);
    assert_eq!(spans(h, "", 2027, 12, 24), [(600, 840)], "every year");
    assert!(spans(h, "", 2026, 12, 25).is_empty());
    assert!(spans(h, "", 2026, 12, 26).is_empty());
    assert_eq!(spans(h, "", 2026, 12, 27), NINE_FIVE);
    assert!(spans(h, "", 2026, 12, 31).is_empty());
    assert!(spans(h, "", 2027, 1, 1).is_empty(), "range across the new year");
    assert_eq!(spans(h, "", 2027, 1, 2), NINE_FIVE);
    let wide = "Mo-Su 09:00-17:00; Dec 24-Jan 2 off";
    assert!(spans(wide, "", 2026, 12, 28).is_empty());
    assert!(spans(wide, "", 2027, 1, 2).is_empty());
    assert_eq!(spans(wide, "", 2027, 1, 3), NINE_FIVE);
    assert_eq!(spans(wide, "", 2026, 12, 23), NINE_FIVE);
    // With a year: that year only.
    let y = "Mo-Su 09:00-17:00; 2026 Dec 31 off";
    assert!(spans(y, "", 2026, 12, 31).is_empty());
    assert_eq!(spans(y, "", 2027, 12, 31), NINE_FIVE);
    let yr = "Mo-Su 09:00-17:00; 2026 Dec 30-Jan 2 off";
    assert!(spans(yr, "", 2027, 1, 2).is_empty());
    assert_eq!(spans(yr, "", 2028, 1, 2), NINE_FIVE);
    let yy = "Mo-Su 09:00-17:00; 2026 Dec 30-2027 Jan 2 off";
    assert!(spans(yy, "", 2027, 1, 1).is_empty());
    // Months, and dates combined with weekdays.
    let m = "Apr-Oct Mo-Fr 08:00-18:00; Nov-Mar Mo-Fr 09:00-16:00";
    assert_eq!(spans(m, "", 2026, 4, 1), [(480, 1080)]);
    assert_eq!(spans(m, "", 2026, 11, 2), [(540, 960)]);
    assert_eq!(spans(m, "", 2027, 1, 4), [(540, 960)]);
    assert!(spans(m, "", 2027, 1, 2).is_empty(), "a Saturday");
    assert_eq!(spans("Dec 10:00-14:00", "", 2026, 12, 5), [(600, 840)]);
    assert_eq!(spans("Feb 29 10:00-14:00", "", 2028, 2, 29), [(600, 840)]);
    assert_eq!(spans("Dec 24,Dec 31 10:00-14:00", "", 2026, 12, 31), [(600, 840)]);
}

fn err(h: &str) -> (usize, String) {
    let e = Hours::parse(h).expect_err(h);
    (e.at, e.message)
}

#[test]
fn errors_name_the_place_and_what_was_expected() {
    let mut bad = vec![];
    for (h, at, needle) in [
        ("", 0, "empty"),
        ("Mo-Fr 09:00-17:00;; Sa 10:00-14:00", 18, "empty rule"),
        ("Mx-Fr 09:00-17:00", 0, "expected weekdays (Mo Tu"),
        ("Mo-Fx 09:00-17:00", 3, "expected a weekday after '-'"),
        ("Mo-Fr 09:00", 11, "expected '-' and an end time"),
        ("Mo-Fr 09:00-25:00", 12, "hours past 24"),
        ("Mo-Fr 09:60-17:00", 9, "minutes must be 00-59"),
        ("Mo-Fr 9-17", 7, "expected ':'"),
        ("Mo-Fr 09:00-09:00", 6, "same"),
        ("Mo-Fr 24:00-09:00", 6, "only allowed as an end"),
        ("Mo-Fr 09:00-17:00 Sa 10:00-14:00", 18, "';' before the next rule"),
        ("Mo-Fr 09:00-17:00, Sa 10:00-14:00", 19, "separate rules with ';'"),
        ("Mo-Fr 09:00-17:00 off", 18, "'off' after times"),
        ("Monday 09:00-17:00", 0, "two letters: Mo"),
        ("Mo-Fr sunrise-sunset", 6, "sunrise"),
        ("week 01-10 Mo 09:00-17:00", 0, "week numbers"),
        ("Mo-Fr 09:00-17:00 || \"by appointment\"", 18, "fallback"),
        ("Mo-Fr 09:00-17:00 \"call us\"", 18, "comments"),
        ("SH off", 0, "school holidays"),
        ("Mo[1] 09:00-12:00", 2, "nth weekday"),
        ("Mo-Fr 17:00+", 11, "open-ended"),
        ("Mo-Fr 10:00-16:00/01:30", 17, "repeating"),
        ("Feb 30 off", 0, "Feb has 29 days"),
        ("2026 Feb 29 off", 0, "Feb has 28 days in 2026"),
        ("Dec 26-24 off", 0, "reversed"),
        ("2026 Dec 24-2025 Jan 2 off", 0, "reversed"),
        ("Dec 24-2027 Jan 2 off", 7, "must start with one"),
        ("2026 Mo-Fr 09:00-17:00", 5, "expected a month after the year"),
        ("Dec 32 off", 4, "day must be 1-31"),
        ("Dec 24, Mo off", 8, "another date"),
        ("Mo-Fr 09:00-17:00\u{7}", 17, "control"),
    ] {
        let (got_at, msg) = err(h);
        if !msg.contains(needle) || got_at != at {
            bad.push(format!("{h:?}: got {got_at} {msg:?}, want {at} {needle:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
