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
        ("Mo-Fr 09:00-48:30", 12, "at most 48:00"),
        (
            "Mo-Fr 25:00-26:00",
            6,
            "hours past 24 are only allowed in an end time",
        ),
        ("Mo-Fr 09:60-17:00", 9, "minutes must be 00-59"),
        ("Mo-Fr 9-17", 7, "expected ':'"),
        ("Mo-Fr 09:00-09:00", 6, "same"),
        ("Mo-Fr 24:00-09:00", 6, "only allowed as an end"),
        ("Mo-Fr 09:00-17:00 Sa 10:00-14:00", 18, "';' before the next rule"),
        ("Mo, We 09:00-12:00", 2, "', ' starts an additional rule"),
        ("Sa, Su off", 2, "would be open all day"),
        ("Mo-Fr 09:00-17:00, ", 19, "expected weekdays"),
        ("Mo-Fr 09:00-17:00, Sa 10:00", 27, "expected '-' and an end time"),
        ("Monday 09:00-17:00", 0, "two letters: Mo"),
        ("Mo-Fr sunrise-sunset", 6, "sunrise"),
        ("week 01-10 Mo 09:00-17:00", 0, "week numbers"),
        ("Mo-Fr 09:00-17:00 || \"by appointment\"", 18, "fallback"),
        ("Mo-Fr 09:00-17:00 \"call us\"", 18, "comments"),
        ("SH off", 0, "school holidays"),
        ("Mo[6] 09:00-12:00", 3, "expected [1] to [5] or [-1] to [-5]"),
        ("Mo[0] off", 3, "expected [1] to [5]"),
        ("Mo[-6] off", 4, "expected [1] to [5]"),
        ("Mo[1 off", 4, "like Mo[1] or Fr[-1]"),
        ("Mo[3-1] off", 3, "reversed"),
        ("Mo-Fr[1] off", 5, "Mo-Fr[n] are not supported"),
        ("Sa[-1] +1 day off", 7, "offsets (+1 day)"),
        ("Dec 25 +1 day off", 7, "offsets (+1 day)"),
        ("easter -400 days off", 8, "at most 366 days"),
        ("easter +1-Dec 24 off", 10, "easter must start the dates"),
        ("easter +1-easter -1 off", 0, "reversed"),
        ("Mo easter off", 3, "easter must start the dates"),
        ("Dec 24-easter off", 7, "easter must start the dates"),
        ("Mo-Fr 17:00+", 11, "open-ended"),
        ("Mo-Fr 10:00-16:00/01:30", 17, "repeating"),
        ("Feb 30 off", 0, "Feb has 29 days"),
        ("2026 Feb 29 off", 0, "Feb has 28 days in 2026"),
        ("Dec 26-24 off", 0, "reversed"),
        ("2026 Dec 24-2025 Jan 2 off", 0, "reversed"),
        ("Dec 24-2027 Jan 2 off", 7, "must start with one"),
        ("2026 Mo-Fr 09:00-17:00", 5, "expected a month after the year"),
        ("Dec 32 off", 4, "day must be 1-31"),
        ("Dec 24,Mo off", 7, "another date"),
        ("Dec 24, Mo off", 6, "', ' starts an additional rule"),
        ("Mo-Fr 09:00-17:00\u{7}", 17, "control"),
    ] {
        let (got_at, msg) = err(h);
        if !msg.contains(needle) || got_at != at {
            bad.push(format!("{h:?}: got {got_at} {msg:?}, want {at} {needle:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn easter_with_offsets_and_ranges() {
    let weekdays = |h: &str, y: i32, m: u8, from: u8, to: u8| -> Vec<bool> {
        (from..=to).map(|d| !spans(h, "", y, m, d).is_empty()).collect()
    };
    // Easter Sunday: 2026-04-05, 2024-03-31, 2027-03-28, 2038-04-25 (the latest possible).
    let h = "Mo-Su 09:00-17:00; easter off";
    assert!(spans(h, "", 2026, 4, 5).is_empty());
    assert!(spans(h, "", 2024, 3, 31).is_empty(), "Easter in March");
    assert!(spans(h, "", 2038, 4, 25).is_empty());
    assert_eq!(spans(h, "", 2025, 4, 5), NINE_FIVE, "another year's Easter date");
    // Good Friday, with and without the word "days".
    for h in [
        "Mo-Su 09:00-17:00; easter -2 days off",
        "Mo-Su 09:00-17:00; easter -2 off",
    ] {
        assert_eq!(weekdays(h, 2026, 4, 2, 4), [true, false, true], "{h}");
        assert_eq!(weekdays(h, 2024, 3, 28, 30), [true, false, true], "{h} in March");
        assert_eq!(weekdays(h, 2027, 3, 25, 27), [true, false, true], "{h} in 2027");
    }
    // Easter Monday.
    let mon = "Mo-Su 09:00-17:00; easter +1 day 10:00-12:00";
    assert_eq!(spans(mon, "", 2026, 4, 6), [(600, 720)]);
    assert_eq!(spans(mon, "", 2024, 4, 1), [(600, 720)]);
    assert_eq!(spans(mon, "", 2026, 4, 7), NINE_FIVE);
    assert!(spans("Mo-Su 09:00-17:00; easter +1 off", "", 2027, 3, 29).is_empty());
    // Good Friday to Easter Monday.
    let r = "Mo-Su 09:00-17:00; easter -2 days-easter +1 day off";
    assert_eq!(
        weekdays(r, 2026, 4, 2, 7),
        [true, false, false, false, false, true]
    );
    assert_eq!(weekdays(r, 2024, 3, 28, 31), [true, false, false, false]);
    assert_eq!(
        weekdays(r, 2024, 4, 1, 2),
        [false, true],
        "a range across March and April"
    );
    assert_eq!(
        weekdays("Mo-Su 09:00-17:00; easter-easter +1 off", 2026, 4, 4, 7),
        [true, false, false, true]
    );
    // An offset reaching into the previous year: 100 days before Easter 2026 is 2025-12-26.
    let far = "Mo-Su 09:00-17:00; easter -100 days off";
    assert_eq!(weekdays(far, 2025, 12, 25, 27), [true, false, true]);
    // Easter with weekdays, and with dates in one rule.
    assert!(spans("Mo-Fr 09:00-17:00; easter -2 days Fr off", "", 2026, 4, 3).is_empty());
    assert!(spans("Mo-Su 09:00-17:00; Dec 25,easter off", "", 2026, 4, 5).is_empty());
    assert!(spans("Mo-Su 09:00-17:00; Dec 25,easter off", "", 2026, 12, 25).is_empty());
}

#[test]
fn nth_weekday_of_the_month() {
    let opens = |h: &str, y: i32, m: u8, days: &[u8]| -> Vec<u8> {
        days.iter()
            .copied()
            .filter(|&d| !spans(h, "", y, m, d).is_empty())
            .collect()
    };
    // March 2026 has five Mondays (2, 9, 16, 23, 30); February 2026 four (2, 9, 16, 23).
    let mar = [2, 9, 16, 23, 30];
    let feb = [2, 9, 16, 23];
    assert_eq!(opens("Mo[1] 10:00-12:00", 2026, 3, &mar), [2]);
    assert_eq!(opens("Mo[-1] 10:00-12:00", 2026, 3, &mar), [30]);
    assert_eq!(
        opens("Mo[-1] 10:00-12:00", 2026, 2, &feb),
        [23],
        "the 4th is the last"
    );
    assert_eq!(opens("Mo[5] 10:00-12:00", 2026, 3, &mar), [30]);
    assert_eq!(
        opens("Mo[5] 10:00-12:00", 2026, 2, &feb),
        [0u8; 0],
        "no 5th Monday"
    );
    assert_eq!(opens("Mo[4] 10:00-12:00", 2026, 2, &feb), [23]);
    assert_eq!(opens("Mo[-2] 10:00-12:00", 2026, 3, &mar), [23]);
    assert_eq!(opens("Mo[1,3] 10:00-12:00", 2026, 3, &mar), [2, 16]);
    assert_eq!(opens("Mo[1-2] 10:00-12:00", 2026, 3, &mar), [2, 9]);
    assert_eq!(opens("Mo[1,-1] 10:00-12:00", 2026, 3, &mar), [2, 30]);
    // Only the named weekday: the first Tuesday of March 2026 is the 3rd.
    assert_eq!(opens("Mo[1] 10:00-12:00", 2026, 3, &[1, 3, 7]), [0u8; 0]);
    // Mixed with plain weekdays and replacing the regular week.
    let h = "Mo-Fr 09:00-17:00; Mo[1] off";
    assert!(spans(h, "", 2026, 3, 2).is_empty());
    assert_eq!(spans(h, "", 2026, 3, 9), NINE_FIVE);
    assert_eq!(spans("Mo[1],Fr 10:00-12:00", "", 2026, 3, 27), [(600, 720)]);
    // With a month: Thanksgiving (2026-11-26, 2027-11-25), the last Friday of December (2026-12-25).
    let t = "Mo-Fr 09:00-17:00; Nov Th[4] off";
    assert!(spans(t, "", 2026, 11, 26).is_empty());
    assert!(spans(t, "", 2027, 11, 25).is_empty());
    assert_eq!(spans(t, "", 2026, 11, 19), NINE_FIVE);
    assert_eq!(
        spans(t, "", 2026, 10, 22),
        NINE_FIVE,
        "the 4th Thursday of another month"
    );
    let d = "Mo-Fr 09:00-17:00; Dec Fr[-1] 10:00-12:00";
    assert_eq!(spans(d, "", 2026, 12, 25), [(600, 720)]);
    assert_eq!(spans(d, "", 2026, 12, 18), NINE_FIVE);
    assert_eq!(spans(d, "", 2027, 12, 31), [(600, 720)]);
    // The regular week (for schema.org) leaves nth rules out.
    let hh = Hours::parse(h).unwrap();
    assert_eq!(
        &*hh.weekly_spans(0),
        [Span {
            start: 540,
            end: 1020
        }]
    );
}

#[test]
fn additional_rules_add_to_the_days_they_select() {
    let h = "Mo-Fr 08:00-12:00, We 14:00-18:00";
    assert_eq!(spans(h, "", 2026, 3, 25), [(480, 720), (840, 1080)]);
    assert_eq!(spans(h, "", 2026, 3, 23), [(480, 720)]);
    // On a day no earlier rule opens.
    assert_eq!(
        spans("Mo-Fr 08:00-12:00, Sa 10:00-12:00", "", 2026, 3, 28),
        [(600, 720)]
    );
    // Overlapping spans are kept as given (as in 08:00-12:00,11:00-14:00); the calendar merges them.
    let o = "Mo-Fr 08:00-12:00, We 11:00-14:00";
    assert_eq!(spans(o, "", 2026, 3, 25), [(480, 720), (660, 840)]);
    let (hours, none) = (Hours::parse(o).unwrap(), Holidays::default());
    let cal = crate::calendar::Calendar::new(&hours, &none, crate::calendar::FixedOffset(0));
    let at = crate::calendar::Instant(day(2026, 3, 25) * 86_400_000 + 510 * 60_000);
    let next = crate::calendar::Instant(day(2026, 3, 25) * 86_400_000 + 840 * 60_000);
    assert_eq!(cal.state_at(at).next_change, Some(next));
    // Commas inside a rule still list weekdays and times.
    let lists = "Mo,We 09:00-12:00,13:00-17:00, Fr 10:00-11:00";
    assert_eq!(spans(lists, "", 2026, 3, 25), [(540, 720), (780, 1020)]);
    assert_eq!(spans(lists, "", 2026, 3, 27), [(600, 660)]);
    assert_eq!(
        spans("Mo 09:00-12:00, 13:00-14:00", "", 2026, 3, 23),
        [(540, 720), (780, 840)]
    );
    // A year after ', ' starts an additional rule, not another time.
    let y = "Mo-Su 09:00-12:00, 2026 Dec 31 13:00-14:00";
    assert_eq!(spans(y, "", 2026, 12, 31), [(540, 720), (780, 840)]);
    assert_eq!(spans(y, "", 2027, 12, 31), [(540, 720)]);
    // A later ';' rule replaces, an additional one after it adds again.
    let r = "Mo-Fr 08:00-12:00, We 14:00-18:00; We 10:00-11:00, We 15:00-16:00";
    assert_eq!(spans(r, "", 2026, 3, 25), [(600, 660), (900, 960)]);
    // Additional rules with dates, open all day, and off.
    assert_eq!(
        spans("Mo-Fr 09:00-17:00, Dec 24 open", "", 2026, 12, 24),
        [(0, 1440), (540, 1020)]
    );
    assert!(spans("Mo-Fr 09:00-17:00, We off", "", 2026, 3, 25).is_empty());
    assert_eq!(
        spans("Mo-Fr 09:00-17:00, We off, We 10:00-11:00", "", 2026, 3, 25),
        [(600, 660)]
    );
    // Holidays: only rules that list PH count.
    let p = "Mo-Fr 09:00-17:00, PH 10:00-12:00, PH 14:00-15:00";
    assert_eq!(spans(p, "2026-03-25", 2026, 3, 25), [(600, 720), (840, 900)]);
    let hh = Hours::parse(h).unwrap();
    assert_eq!(
        &*hh.weekly_spans(2),
        [
            Span { start: 480, end: 720 },
            Span {
                start: 840,
                end: 1080
            }
        ]
    );
}

#[test]
fn off_with_times_closes_those_times() {
    let h = "Mo-Fr 09:00-18:00; 12:00-13:00 off";
    assert_eq!(
        spans(h, "", 2026, 3, 23),
        [(540, 720), (780, 1080)],
        "splits an interval"
    );
    assert!(
        spans(h, "", 2026, 3, 28).is_empty(),
        "nothing to close on Saturday"
    );
    // Covering whole intervals, the start, the end, or nothing.
    let w = "Mo-Fr 09:00-12:00,13:00-17:00; 12:30-17:30 off";
    assert_eq!(spans(w, "", 2026, 3, 23), [(540, 720)]);
    assert_eq!(
        spans("Mo 09:00-17:00; 08:00-10:00 off", "", 2026, 3, 23),
        [(600, 1020)]
    );
    assert_eq!(
        spans("Mo 09:00-17:00; 16:00-18:00 off", "", 2026, 3, 23),
        [(540, 960)]
    );
    assert_eq!(
        spans("Mo 09:00-17:00; 18:00-19:00 off", "", 2026, 3, 23),
        NINE_FIVE
    );
    assert!(spans("Mo 09:00-17:00; 00:00-24:00 off", "", 2026, 3, 23).is_empty());
    // With weekdays, after ',' and 'closed'.
    let we = "Mo-Fr 09:00-17:00, We 12:00-13:00 closed";
    assert_eq!(spans(we, "", 2026, 3, 25), [(540, 720), (780, 1020)]);
    assert_eq!(spans(we, "", 2026, 3, 26), NINE_FIVE);
    // A later rule opens again; the part of a span past midnight can be closed.
    assert_eq!(
        spans("Mo 09:00-17:00; 12:00-13:00 off; Mo 10:00-11:00", "", 2026, 3, 23),
        [(600, 660)]
    );
    assert_eq!(
        spans("Fr 18:00-26:00; Fr 23:00-01:30 off", "", 2026, 3, 27),
        [(1080, 1380), (1530, 1560)]
    );
    // A rule for Saturday leaves Friday's span past midnight alone.
    assert_eq!(
        spans("Fr 18:00-26:00; Sa 00:30-01:00 off", "", 2026, 3, 27),
        [(1080, 1560)]
    );
    // A rule without PH does not touch a holiday's hours.
    let p = "Mo-Fr 09:00-18:00; PH 10:00-14:00; 12:00-13:00 off";
    assert_eq!(spans(p, "2026-03-23", 2026, 3, 23), [(600, 840)]);
    assert_eq!(spans(p, "2026-03-23", 2026, 3, 24), [(540, 720), (780, 1080)]);
    assert_eq!(
        spans("PH 10:00-14:00, PH 12:00-13:00 off", "2026-03-23", 2026, 3, 23),
        [(600, 720), (780, 840)]
    );
    assert_eq!(spans("Mo-Fr 09:00-17:00 off", "", 2026, 3, 23), [(0u16, 0u16); 0]);
}

#[test]
fn hours_past_24_belong_to_the_day_they_start() {
    assert_eq!(spans("Fr 18:00-26:00", "", 2026, 3, 27), [(1080, 1560)]);
    assert!(spans("Fr 18:00-26:00", "", 2026, 3, 28).is_empty());
    assert_eq!(spans("Fr 18:00-48:00", "", 2026, 3, 27), [(1080, 2880)]);
    assert_eq!(spans("Mo 10:00-24:30", "", 2026, 3, 23), [(600, 1470)]);
    assert_eq!(spans("Mo 10:00-34:00", "", 2026, 3, 23), [(600, 2040)]);
    // Across a month end: Friday 2026-07-31 18:00 to Saturday 2026-08-01 02:00.
    use crate::calendar::{Calendar, FixedOffset, Instant};
    let hours = Hours::parse("Fr 18:00-26:00").unwrap();
    let holidays = Holidays::default();
    let cal = Calendar::new(&hours, &holidays, FixedOffset(0));
    let at = |m: u8, d: u8, h: i64| Instant(day(2026, m, d) * 86_400_000 + h * 3_600_000);
    let s = cal.state_at(at(8, 1, 1));
    assert!(s.open);
    assert_eq!(s.next_change, Some(at(8, 1, 2)));
    assert!(!cal.is_open(at(8, 1, 2)));
    assert_eq!(cal.state_at(at(7, 31, 12)).next_change, Some(at(7, 31, 18)));
    assert_eq!(cal.business_between(at(7, 31, 0), at(8, 2, 0)), 8 * 3_600_000);
    // Up to 48:00: open all of Saturday too.
    let two = Hours::parse("Fr 18:00-48:00").unwrap();
    let cal = Calendar::new(&two, &holidays, FixedOffset(0));
    assert_eq!(cal.state_at(at(8, 1, 12)).next_change, Some(at(8, 2, 0)));
}
