//! The `hours` attribute: a subset of OpenStreetMap's `opening_hours` syntax
//! (also schema.org's `openingHours` text), parsed by hand because the
//! `opening-hours` crate is far beyond the size budget (~770 KB of wasm).
//!
//! Supported: rules separated by `;` (a later rule replaces earlier ones on
//! the days it selects), additional rules after `, ` (they add to the days
//! they select), weekdays with ranges (also wrapping, `Fr-Mo`), lists and
//! the nth of the month (`Mo[1]`, `Fr[-1]`), `PH` (the `holidays`
//! attribute), dates (`Dec 24`, `Dec 24-26`, `Dec 24-Jan 2`, `2026 Dec 31`,
//! months `Apr-Oct`, `easter -2 days`), time lists, ends up to `48:00`,
//! spans past midnight (belonging to the day they start), `off` / `closed`
//! (with times: closes those times), `open`, and `24/7`. Everything else is
//! rejected by name.

use std::borrow::Cow;

use super::civil::easter;
use super::civil::{civil_from_days, days_from_civil, days_in_month, weekday, MONTHS, WEEKDAYS};
use super::holidays::Holidays;
use crate::parse::{split_with_offsets, Cursor, ValueError};

/// One open span of a day, in minutes from that day's midnight. `end` may
/// pass midnight (up to 48:00, the next day's end).
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
    /// Days from Easter Sunday, inclusive, every year.
    Easter { from: i64, to: i64 },
}

impl DateRange {
    fn contains(&self, day: i64, y: i32, md: (u8, u8)) -> bool {
        match *self {
            DateRange::Yearly { from, to } if from <= to => from <= md && md <= to,
            DateRange::Yearly { from, to } => md >= from || md <= to,
            DateRange::Fixed { from, to } => from <= day && day <= to,
            // Offsets are at most a year, so the Easter is within a year.
            DateRange::Easter { from, to } => {
                (y - 1..=y + 1).any(|y| (from..=to).contains(&(day - easter(y))))
            }
        }
    }
}

/// How a rule combines with the earlier rules on the days it selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    /// Replaces them (a rule after `;`, or any rule closed all day).
    Set,
    /// Adds its spans (a rule after `, `).
    Add,
    /// Closes its spans (times followed by `off`).
    Cut,
}

const EASTER: &str =
    "easter must start the dates, and a range end in easter (like easter -2 days-easter off)";
const NTH: &str = "expected [1] to [5] or [-1] to [-5] (like Mo[1] or Fr[-1])";

/// Every occurrence of a weekday in the month; see [`Rule::days`].
const EVERY: u16 = 0x3ff;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    /// Empty: every date.
    dates: Vec<DateRange>,
    /// For each weekday (Monday first) the occurrences in the month it
    /// selects (bits 0-4: the 1st to 5th, bits 5-9: the last to the 5th
    /// last; 0: none, [`EVERY`]), and whether `PH` was listed. `None`: no
    /// weekday selector, every weekday.
    days: Option<([u16; 7], bool)>,
    /// Open spans (closed ones for [`Op::Cut`]); empty means closed.
    spans: Vec<Span>,
    op: Op,
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
                op: Op::Set,
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
            let mut op = Op::Set;
            loop {
                rules.push(parse_rule(&mut c, op)?);
                if !c.eat(',') {
                    break;
                }
                c.skip_ws();
                op = Op::Add;
            }
        }
        Ok(Hours { rules })
    }

    /// The open spans of local day `day` (a day number), in start order.
    /// A holiday (a date in `holidays`) is closed unless a rule that lists
    /// `PH` selects it: then the rules that list `PH` give its hours.
    pub fn spans_on(&self, day: i64, holidays: &Holidays) -> Cow<'_, [Span]> {
        let (y, m, d) = civil_from_days(day);
        let wd = usize::from(weekday(day));
        let ph = holidays.contains(day);
        let nth = 1 << ((d - 1) / 7) | 1 << (5 + (days_in_month(y, m) - d) / 7);
        self.fold(&|r| {
            (r.dates.is_empty() || r.dates.iter().any(|dr| dr.contains(day, y, (m, d))))
                && match r.days {
                    None => !ph,
                    Some((_, true)) if ph => true,
                    Some((w, _)) => !ph && w[wd] & nth != 0,
                }
        })
    }

    /// The spans the rules without dates give weekday `wd` (0 = Monday) on
    /// a day that is not a holiday: the regular week (rules for the nth
    /// weekday of the month do not count).
    pub fn weekly_spans(&self, wd: u8) -> Cow<'_, [Span]> {
        self.fold(&|r| r.dates.is_empty() && r.days.is_none_or(|(w, _)| w[usize::from(wd)] == EVERY))
    }

    /// The spans of the last replacing rule that `selects`, with the later
    /// additional and closing rules that select applied in order (spans
    /// may overlap, as in `09:00-12:00,11:00-13:00`).
    fn fold(&self, selects: &dyn Fn(&Rule) -> bool) -> Cow<'_, [Span]> {
        let last = self.rules.iter().rposition(|r| r.op == Op::Set && selects(r));
        let mut out = Cow::Borrowed(last.map_or(&[][..], |i| &self.rules[i].spans[..]));
        for r in &self.rules[last.map_or(0, |i| i + 1)..] {
            if !selects(r) {
                continue;
            }
            let v = out.to_mut();
            for &c in &r.spans {
                if r.op == Op::Add {
                    v.push(c);
                    continue;
                }
                let mut kept = Vec::new();
                for &s in v.iter() {
                    if s.start < c.start {
                        kept.push(Span {
                            start: s.start,
                            end: s.end.min(c.start),
                        });
                    }
                    if c.end < s.end {
                        kept.push(Span {
                            start: s.start.max(c.end),
                            end: s.end,
                        });
                    }
                }
                *v = kept;
            }
            v.sort();
        }
        out
    }

    /// Whether any rule mentions `PH`.
    pub fn uses_holidays(&self) -> bool {
        self.rules.iter().any(|r| r.days.is_some_and(|(_, ph)| ph))
    }
}

/// Consumes a ',' that continues a list: one not followed by a space
/// (which starts an additional rule).
fn list_comma(c: &mut Cursor<'_>) -> bool {
    let r = c.rest().as_bytes();
    let list = r.first() == Some(&b',') && !r.get(1).is_some_and(u8::is_ascii_whitespace);
    if list {
        c.pos += 1;
    }
    list
}

/// One rule, up to the end or to a ',' that starts an additional rule.
fn parse_rule(c: &mut Cursor<'_>, op: Op) -> Result<Rule, ValueError> {
    c.skip_ws();
    let mut rule = Rule {
        dates: vec![],
        days: None,
        spans: vec![],
        op,
    };
    if c.rest().starts_with("24/7") {
        c.pos += 4;
        c.skip_ws();
        rule.spans.push(Span::ALL_DAY);
        return if c.at_end() || c.peek() == Some(',') {
            Ok(rule)
        } else {
            Err(unexpected(c))
        };
    }

    // Date selector: starts with a year or a month name.
    if starts_date(c) {
        loop {
            rule.dates.push(parse_date_range(c)?);
            if !list_comma(c) {
                break;
            }
            if !starts_date(c) {
                return Err(c.error("expected another date after ',' (like Dec 26)"));
            }
        }
        c.skip_ws();
    }

    // Weekday selector.
    if weekday_at(c).is_some() || word_is(c, "PH") {
        let mut days = [0u16; 7];
        let mut ph = false;
        loop {
            if word_is(c, "PH") {
                c.pos += 2;
                ph = true;
            } else if let Some(from) = weekday_at(c) {
                c.pos += 2;
                let (mut to, mut nth) = (from, EVERY);
                if c.eat('[') {
                    // The nth of the month: `Mo[1]`, `Mo[1,3]`, `Mo[1-2]`, `Fr[-1]`.
                    nth = 0;
                    loop {
                        let at = c.pos;
                        let last = c.eat('-');
                        let a = nth_number(c)?;
                        let b = if !last && c.eat('-') { nth_number(c)? } else { a };
                        if b < a {
                            return Err(ValueError::new(
                                at,
                                "reversed range: the end comes before the start",
                            ));
                        }
                        for n in a..=b {
                            nth |= 1 << (n - 1 + if last { 5 } else { 0 });
                        }
                        if !c.eat(',') {
                            break;
                        }
                    }
                    if !c.eat(']') {
                        return Err(c.error(NTH));
                    }
                } else if c.eat('-') {
                    let Some(end) = weekday_at(c) else {
                        return Err(c.error("expected a weekday after '-' (Mo Tu We Th Fr Sa Su)"));
                    };
                    c.pos += 2;
                    to = end;
                }
                let mut d = from;
                loop {
                    days[usize::from(d)] |= nth;
                    if d == to {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            } else {
                return Err(word_error(
                    c,
                    "expected a weekday (Mo Tu We Th Fr Sa Su) or PH after ','",
                ));
            }
            if !list_comma(c) {
                break;
            }
        }
        rule.days = Some((days, ph));
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
                if c.peek().is_some_and(|ch| ch.is_ascii_digit()) && !starts_date(c) {
                    continue;
                }
            }
            *c = save; // the end, or an additional rule after ','
            break;
        }
        c.skip_ws();
    }

    // State.
    let word = c.peek_word();
    let open = if word.eq_ignore_ascii_case("off") || word.eq_ignore_ascii_case("closed") {
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
    let comma = c.peek() == Some(',');
    if comma && selected && word.is_empty() && rule.spans.is_empty() {
        // `Mo, We 09:00-12:00` would open Monday around the clock.
        return Err(c.error(
            "', ' starts an additional rule, so this one would be open all day; write Mo,We (no space) or add times",
        ));
    }
    if !(c.at_end() || comma) || (!selected && word.is_empty()) {
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
        rule.op = if rule.spans.is_empty() { Op::Set } else { Op::Cut };
    }
    rule.spans.sort();
    Ok(rule)
}

/// `1`-`5` in `Mo[1]`.
fn nth_number(c: &mut Cursor<'_>) -> Result<u8, ValueError> {
    let at = c.pos;
    match c.number(1) {
        Some((n @ 1..=5, _)) => Ok(n as u8),
        _ => Err(ValueError::new(at, NTH)),
    }
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
        "easter" => EASTER.to_string(),
        "unknown" => "the 'unknown' state is not supported".to_string(),
        _ => {
            if let Some(wd) = full_weekday(&lower) {
                format!("write weekdays with two letters: {wd}")
            } else if c.rest().starts_with(['[', '+', '/']) {
                "unexpected character; offsets (+1 day), open ends (+), repeats (/) and Mo-Fr[n] are not supported".into()
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
    if month_at(c).is_some() || word_is(c, "easter") {
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
    if word_is(c, "easter") {
        // `easter`, `easter -2 days`, `easter -2 days-easter +1 day`.
        c.pos += 6;
        let from = easter_offset(c)?;
        let mut to = from;
        if c.eat('-') {
            if !word_is(c, "easter") {
                return Err(c.error(EASTER));
            }
            c.pos += 6;
            to = easter_offset(c)?;
        }
        if to < from {
            return Err(ValueError::new(
                start,
                "reversed range: the end comes before the start",
            ));
        }
        return Ok(DateRange::Easter { from, to });
    }
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

/// ` +1 day`, ` -2 days` (`day`/`days` may be left out) after `easter`; 0
/// when there is none.
fn easter_offset(c: &mut Cursor<'_>) -> Result<i64, ValueError> {
    let save = *c;
    c.skip_ws();
    let minus = c.peek() == Some('-');
    if (minus || c.peek() == Some('+')) && c.rest()[1..].starts_with(|ch: char| ch.is_ascii_digit()) {
        c.pos += 1;
        let at = c.pos;
        let n = match c.number(3) {
            Some((n @ 0..=366, _)) => i64::from(n),
            _ => return Err(ValueError::new(at, "an easter offset is at most 366 days")),
        };
        let save = *c;
        c.skip_ws();
        let w = c.peek_word();
        if w.eq_ignore_ascii_case("day") || w.eq_ignore_ascii_case("days") {
            c.pos += w.len();
        } else {
            *c = save;
        }
        return Ok(if minus { -n } else { n });
    }
    *c = save;
    Ok(0)
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
    let t = h * 60 + m;
    if !is_end && h >= 24 {
        return Err(ValueError::new(
            at,
            if h == 24 {
                "24:00 is only allowed as an end time"
            } else {
                "hours past 24 are only allowed in an end time (like 18:00-26:00)"
            },
        ));
    }
    if t > 2880 {
        return Err(ValueError::new(at, "an end time is at most 48:00"));
    }
    Ok(t as u16)
}

#[cfg(test)]
mod tests;
