//! The `hours` attribute: a subset of OpenStreetMap's `opening_hours` syntax
//! (also schema.org's `openingHours` text), parsed by hand because the
//! `opening-hours` crate is far beyond the size budget (~770 KB of wasm).
//!
//! Supported: rules separated by `;` (a later rule replaces earlier ones on
//! the days it selects), weekdays with ranges (also wrapping, `Fr-Mo`) and
//! lists, `PH` (the `holidays` attribute), dates (`Dec 24`, `Dec 24-26`,
//! `Dec 24-Jan 2`, `2026 Dec 31`, months `Apr-Oct`), time lists, `24:00` as
//! an end, spans past midnight (belonging to the day they start), `off` /
//! `closed`, `open`, and `24/7`. Everything else is rejected by name.

use super::civil::{civil_from_days, days_from_civil, days_in_month, weekday, MONTHS, WEEKDAYS};
use super::holidays::Holidays;
use crate::parse::{split_with_offsets, Cursor, ValueError};

/// One open span of a day, in minutes from that day's midnight. `end` may
/// pass midnight (up to 24 hours after `start`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: u16,
    pub end: u16,
}

impl Span {
    pub const ALL_DAY: Span = Span { start: 0, end: 1440 };
}

/// Which dates a rule applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum DateRange {
    /// Every year, from (month, day) to (month, day), inclusive; wraps
    /// across the new year when `to < from`.
    Yearly { from: (u8, u8), to: (u8, u8) },
    /// A fixed range of day numbers, inclusive.
    Fixed { from: i64, to: i64 },
}

impl DateRange {
    fn contains(&self, day: i64, md: (u8, u8)) -> bool {
        match *self {
            DateRange::Yearly { from, to } if from <= to => from <= md && md <= to,
            DateRange::Yearly { from, to } => md >= from || md <= to,
            DateRange::Fixed { from, to } => from <= day && day <= to,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    /// Empty: every date.
    dates: Vec<DateRange>,
    /// Weekday bit mask (bit 0 = Monday) and whether `PH` was listed. `None`:
    /// no weekday selector, every weekday.
    days: Option<(u8, bool)>,
    /// Open spans; empty means closed.
    spans: Vec<Span>,
}

/// A parsed `hours` value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hours {
    rules: Vec<Rule>,
}

impl Hours {
    /// Open around the clock, every day.
    pub fn always() -> Hours {
        Hours {
            rules: vec![Rule {
                dates: vec![],
                days: None,
                spans: vec![Span::ALL_DAY],
            }],
        }
    }

    pub fn parse(text: &str) -> Result<Hours, ValueError> {
        if text.trim().is_empty() {
            return Err(ValueError::new(
                0,
                "empty; expected opening hours like Mo-Fr 09:00-17:00",
            ));
        }
        if let Some(i) = text.find(char::is_control) {
            return Err(ValueError::new(i, "control characters are not allowed"));
        }
        if let Some(i) = text.find("||") {
            return Err(ValueError::new(
                i,
                "fallback rules (||) are not supported; use ';' between rules",
            ));
        }
        if let Some(i) = text.find('"') {
            return Err(ValueError::new(i, "comments in quotes are not supported"));
        }
        let mut rules = Vec::new();
        let pieces: Vec<_> = split_with_offsets(text, ';').collect();
        let last = pieces.len() - 1;
        for (k, (at, piece)) in pieces.into_iter().enumerate() {
            if piece.trim().is_empty() {
                if k == last && k > 0 {
                    break; // a trailing ';' is harmless
                }
                return Err(ValueError::new(at, "empty rule between ';'"));
            }
            let mut c = Cursor {
                text: &text[..at + piece.len()],
                pos: at,
            };
            rules.push(parse_rule(&mut c)?);
        }
        Ok(Hours { rules })
    }

    /// The open spans of local day `day` (a day number), in start order.
    /// A holiday (a date in `holidays`) is closed unless a rule that lists
    /// `PH` selects it: then the last such rule gives its hours.
    pub fn spans_on(&self, day: i64, holidays: &Holidays) -> &[Span] {
        let (_, m, d) = civil_from_days(day);
        let wd = weekday(day);
        let ph = holidays.contains(day);
        self.rules
            .iter()
            .rev()
            .find(|r| {
                let dated = r.dates.is_empty() || r.dates.iter().any(|dr| dr.contains(day, (m, d)));
                let selected = match r.days {
                    None => !ph,
                    Some((_, true)) if ph => true,
                    Some((mask, _)) => !ph && mask & (1 << wd) != 0,
                };
                dated && selected
            })
            .map_or(&[], |r| r.spans.as_slice())
    }

    /// The spans the rules without dates give weekday `wd` (0 = Monday) on
    /// a day that is not a holiday: the regular week.
    pub fn weekly_spans(&self, wd: u8) -> &[Span] {
        self.rules
            .iter()
            .rev()
            .find(|r| r.dates.is_empty() && r.days.is_none_or(|(mask, _)| mask & (1 << wd) != 0))
            .map_or(&[], |r| r.spans.as_slice())
    }

    /// Whether any rule mentions `PH`.
    pub fn uses_holidays(&self) -> bool {
        self.rules.iter().any(|r| r.days.is_some_and(|(_, ph)| ph))
    }
}

fn parse_rule(c: &mut Cursor<'_>) -> Result<Rule, ValueError> {
    c.skip_ws();
    if c.rest().starts_with("24/7") {
        c.pos += 4;
        c.skip_ws();
        return if c.at_end() {
            Ok(Rule {
                dates: vec![],
                days: None,
                spans: vec![Span::ALL_DAY],
            })
        } else {
            Err(unexpected(c))
        };
    }
    let mut rule = Rule {
        dates: vec![],
        days: None,
        spans: vec![],
    };

    // Date selector: starts with a year or a month name.
    if starts_date(c) {
        loop {
            rule.dates.push(parse_date_range(c)?);
            let save = *c;
            c.skip_ws();
            if c.eat(',') {
                c.skip_ws();
                if starts_date(c) {
                    continue;
                }
                return Err(c.error("expected another date after ',' (like Dec 26)"));
            }
            *c = save;
            break;
        }
        c.skip_ws();
    }

    // Weekday selector.
    if weekday_at(c).is_some() || word_is(c, "PH") {
        let mut mask = 0u8;
        let mut ph = false;
        loop {
            if word_is(c, "PH") {
                c.pos += 2;
                ph = true;
            } else if let Some(from) = weekday_at(c) {
                c.pos += 2;
                if c.peek() == Some('[') {
                    return Err(c.error("nth weekday of the month (like Mo[1]) is not supported"));
                }
                if c.eat('-') {
                    let Some(to) = weekday_at(c) else {
                        return Err(c.error("expected a weekday after '-' (Mo Tu We Th Fr Sa Su)"));
                    };
                    c.pos += 2;
                    let mut d = from;
                    loop {
                        mask |= 1 << d;
                        if d == to {
                            break;
                        }
                        d = (d + 1) % 7;
                    }
                } else {
                    mask |= 1 << from;
                }
            } else {
                return Err(word_error(
                    c,
                    "expected a weekday (Mo Tu We Th Fr Sa Su) or PH after ','",
                ));
            }
            if !c.eat(',') {
                break;
            }
            c.skip_ws();
        }
        rule.days = Some((mask, ph));
        c.skip_ws();
        if c.peek() == Some(':') {
            c.pos += 1; // "Mo-Fr: 09:00-17:00" is common and harmless
            c.skip_ws();
        }
    }

    // Times.
    if c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
        loop {
            rule.spans.push(parse_span(c)?);
            let save = *c;
            c.skip_ws();
            if c.eat(',') {
                c.skip_ws();
                if c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
                    continue;
                }
                return Err(c.error("additional rules after ',' are not supported; separate rules with ';'"));
            }
            *c = save;
            break;
        }
        c.skip_ws();
    }

    // State.
    let word = c.peek_word();
    let open = if word.eq_ignore_ascii_case("off") || word.eq_ignore_ascii_case("closed") {
        if !rule.spans.is_empty() {
            return Err(c.error(
                "'off' after times is not supported; list only the open times (like We 08:00-12:00,14:00-18:00)",
            ));
        }
        c.pos += word.len();
        false
    } else {
        if word.eq_ignore_ascii_case("open") {
            c.pos += word.len();
        }
        true
    };
    c.skip_ws();
    let selected = !rule.dates.is_empty() || rule.days.is_some() || !rule.spans.is_empty();
    if !c.at_end() || (!selected && word.is_empty()) {
        if !selected && !word.eq_ignore_ascii_case("open") {
            return Err(word_error(
                c,
                "expected weekdays (Mo Tu We Th Fr Sa Su), PH, a date (like Dec 24), times (like 09:00-17:00), off or 24/7",
            ));
        }
        return Err(unexpected(c));
    }
    if open && rule.spans.is_empty() {
        rule.spans.push(Span::ALL_DAY);
    }
    if !open {
        rule.spans.clear();
    }
    rule.spans.sort();
    Ok(rule)
}

/// An error for whatever stands at the cursor, naming unsupported features.
fn unexpected(c: &Cursor<'_>) -> ValueError {
    let rest = c.rest();
    if rest.starts_with(|ch: char| ch.is_ascii_digit()) {
        return c.error("expected weekdays or dates before times, and times like 09:00-17:00");
    }
    word_error(
        c,
        "unexpected text; expected times like 09:00-17:00, off, or ';' before the next rule",
    )
}

fn word_error(c: &Cursor<'_>, fallback: &str) -> ValueError {
    let word = c.peek_word();
    let lower = word.to_ascii_lowercase();
    let msg = match lower.as_str() {
        "sunrise" | "sunset" | "dawn" | "dusk" => "sunrise and sunset times are not supported".to_string(),
        "week" => "week numbers are not supported".to_string(),
        "sh" => "school holidays (SH) are not supported; list the dates in 'holidays' and use PH".to_string(),
        "easter" => "easter dates are not supported; list the dates in 'holidays' and use PH".to_string(),
        "unknown" => "the 'unknown' state is not supported".to_string(),
        _ => {
            if let Some(wd) = full_weekday(&lower) {
                format!("write weekdays with two letters: {wd}")
            } else if c.rest().starts_with(['[', '+', '/']) {
                "unexpected character; nth weekdays, open ends (+) and repeats (/) are not supported".into()
            } else {
                fallback.to_string()
            }
        }
    };
    c.error(msg)
}

fn full_weekday(lower: &str) -> Option<&'static str> {
    const FULL: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if lower.len() < 3 {
        return None;
    }
    FULL.iter()
        .position(|f| f.starts_with(lower))
        .map(|i| WEEKDAYS[i])
}

/// The weekday (0 = Monday) whose two-letter name stands at the cursor as a
/// whole word.
fn weekday_at(c: &Cursor<'_>) -> Option<u8> {
    let w = c.peek_word();
    if w.len() != 2 {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .map(|i| i as u8)
}

fn word_is(c: &Cursor<'_>, word: &str) -> bool {
    c.peek_word().eq_ignore_ascii_case(word)
}

fn month_at(c: &Cursor<'_>) -> Option<u8> {
    let w = c.peek_word();
    if w.len() != 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w))
        .map(|i| i as u8 + 1)
}

fn starts_date(c: &Cursor<'_>) -> bool {
    if month_at(c).is_some() {
        return true;
    }
    // A four-digit year followed by a space.
    let b = c.rest().as_bytes();
    b.len() > 4 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b' '
}

/// Year, month and day of a date as written; each may be absent.
type DateParts = (Option<i32>, Option<u8>, Option<u8>);

/// `[YYYY ]Mon[ DD]`, returns (year, month, day or None).
fn parse_date(c: &mut Cursor<'_>, need_month: bool) -> Result<DateParts, ValueError> {
    let mut year = None;
    let b = c.rest().as_bytes();
    if b.len() > 4 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b' ' {
        let (y, _) = c.number(4).expect("four digits");
        if !(1900..=9999).contains(&y) {
            return Err(c.error("year must be 1900 or later"));
        }
        year = Some(y as i32);
        c.skip_ws();
        if month_at(c).is_none() {
            return Err(word_error(
                c,
                "expected a month after the year (like 2026 Dec 31); year ranges are not supported",
            ));
        }
    }
    let month = month_at(c);
    match month {
        Some(_) => c.pos += 3,
        None if need_month => return Err(word_error(c, "expected a month (Jan Feb Mar ... Dec)")),
        None => {}
    }
    let save = *c;
    c.skip_ws();
    let day_at = c.pos;
    if let Some((d, _)) = c.number(2) {
        if c.peek() == Some(':') {
            *c = save; // an hour, as in "Dec 10:00-14:00": no day given
            return Ok((year, month, None));
        }
        if d == 0 || d > 31 {
            return Err(ValueError::new(day_at, "day must be 1-31"));
        }
        return Ok((year, month, Some(d as u8)));
    }
    *c = save;
    Ok((year, month, None))
}

fn parse_date_range(c: &mut Cursor<'_>) -> Result<DateRange, ValueError> {
    let start = c.pos;
    let (year, month, day) = parse_date(c, true)?;
    let month = month.expect("need_month");
    check_day(start, year, month, day)?;
    let (mut to_year, mut to_month, mut to_day) = (None, month, if day.is_some() { day } else { None });
    if c.eat('-') {
        let at = c.pos;
        let (y2, m2, d2) = if c.peek().is_some_and(|ch| ch.is_ascii_digit()) && !starts_date(c) {
            // "Dec 24-26": a day in the same month.
            let Some((d, _)) = c.number(2) else {
                return Err(c.error("expected a day after '-'"));
            };
            (None, None, Some(d as u8))
        } else {
            parse_date(c, true)?
        };
        if y2.is_some() && year.is_none() {
            return Err(ValueError::new(
                at,
                "a range that ends in a year must start with one (2026 Dec 24-2027 Jan 2)",
            ));
        }
        to_year = y2;
        to_month = m2.unwrap_or(month);
        to_day = d2;
        if day.is_none() && m2.is_none() {
            return Err(ValueError::new(
                at,
                "a range of days needs a starting day (like Dec 24-26)",
            ));
        }
        if d2.is_some_and(|d| d == 0 || d > 31) {
            return Err(ValueError::new(at, "day must be 1-31"));
        }
        check_day(at, to_year.or(year), to_month, to_day)?;
    }
    let from = (month, day.unwrap_or(1));
    let to = (
        to_month,
        to_day.unwrap_or_else(|| days_in_month(to_year.or(year).unwrap_or(2000), to_month)),
    );
    match year {
        None => {
            if to_month == month && to < from {
                return Err(ValueError::new(
                    start,
                    "reversed range: the end comes before the start",
                ));
            }
            Ok(DateRange::Yearly { from, to })
        }
        Some(y) => {
            let from_day = days_from_civil(y, from.0, from.1);
            let to_y = to_year.unwrap_or(if to < from { y + 1 } else { y });
            let to = (to.0, to.1.min(days_in_month(to_y, to.0)));
            let to_day = days_from_civil(to_y, to.0, to.1);
            if to_day < from_day {
                return Err(ValueError::new(
                    start,
                    "reversed range: the end comes before the start",
                ));
            }
            Ok(DateRange::Fixed {
                from: from_day,
                to: to_day,
            })
        }
    }
}

fn check_day(at: usize, year: Option<i32>, month: u8, day: Option<u8>) -> Result<(), ValueError> {
    if let Some(d) = day {
        // Without a year, Feb 29 is allowed (it matches in leap years).
        let max = days_in_month(year.unwrap_or(2000), month);
        if d > max {
            return Err(ValueError::new(
                at,
                format!(
                    "{} has {} days{}",
                    MONTHS[usize::from(month) - 1],
                    max,
                    year.map_or(String::new(), |y| format!(" in {y}"))
                ),
            ));
        }
    }
    Ok(())
}

/// `HH:MM-HH:MM`.
fn parse_span(c: &mut Cursor<'_>) -> Result<Span, ValueError> {
    let start_at = c.pos;
    let start = parse_time(c, false)?;
    if !c.eat('-') {
        if c.peek() == Some('+') {
            return Err(c.error("open-ended times (+) are not supported; give an end time"));
        }
        return Err(c.error("expected '-' and an end time (like 09:00-17:00)"));
    }
    let end = parse_time(c, true)?;
    if matches!(c.peek(), Some('/')) {
        return Err(c.error("repeating times (/) are not supported"));
    }
    if matches!(c.peek(), Some('+')) {
        return Err(c.error("open-ended times (+) are not supported"));
    }
    if start == end {
        return Err(ValueError::new(
            start_at,
            "start and end are the same; for all day write 00:00-24:00",
        ));
    }
    let end = if end < start { end + 1440 } else { end };
    Ok(Span { start, end })
}

fn parse_time(c: &mut Cursor<'_>, is_end: bool) -> Result<u16, ValueError> {
    let at = c.pos;
    let word = c.peek_word();
    if !word.is_empty() {
        return Err(word_error(c, "expected a time like 09:00"));
    }
    let Some((h, _)) = c.number(2) else {
        return Err(c.error("expected a time like 09:00"));
    };
    if !c.eat(':') {
        return Err(c.error("expected ':' and minutes (like 09:00)"));
    }
    let Some((m, n)) = c.number(2) else {
        return Err(c.error("expected two-digit minutes (like 09:30)"));
    };
    if n != 2 {
        return Err(ValueError::new(
            c.pos - n,
            "expected two-digit minutes (like 09:05)",
        ));
    }
    if m > 59 {
        return Err(ValueError::new(c.pos - 2, "minutes must be 00-59"));
    }
    if h > 24 {
        return Err(ValueError::new(
            at,
            "hours past 24 are not supported; a span like 22:00-02:00 continues past midnight",
        ));
    }
    if h == 24 && (m != 0 || !is_end) {
        return Err(ValueError::new(at, "24:00 is only allowed as an end time"));
    }
    Ok((h * 60 + m) as u16)
}

#[cfg(test)]
mod tests;
