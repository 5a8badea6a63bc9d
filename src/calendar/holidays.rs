//! The `holidays` attribute: `2026-12-24 Christmas Eve, 2026-12-25 Christmas Day`,
//! and region codes (`DE-BE`), whose public holidays `element.js` computes
//! from the region files and hands over ([`Holidays::add_days`]).

use super::civil::{days_from_civil, days_in_month, iso_date};
use crate::parse::{split_with_offsets, ValueError};

/// The most holidays one element takes (about ten years of them).
pub const MAX_HOLIDAYS: usize = 500;
/// The longest holiday name kept.
pub const MAX_NAME_CHARS: usize = 80;

/// Dates the team is closed, by day number, with their optional names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Holidays {
    /// Sorted by day, each day once. (A sorted list rather than a `BTreeMap`:
    /// smaller in wasm, and a few hundred entries at most.)
    days: Vec<(i64, String)>,
}

impl Holidays {
    pub fn parse(text: &str) -> Result<Holidays, ValueError> {
        let mut days: Vec<(i64, String)> = Vec::new();
        if text.trim().is_empty() {
            return Err(ValueError::new(
                0,
                "empty; expected dates like 2026-12-25 Christmas Day, comma separated",
            ));
        }
        for (at, item) in split_with_offsets(text, ',') {
            let lead = item.len() - item.trim_start().len();
            let item = item.trim();
            let at = at + lead;
            if item.is_empty() {
                return Err(ValueError::new(
                    at,
                    "empty entry; expected a date like 2026-12-25",
                ));
            }
            // A region (`FR`, `DE-BY`, or a name like `USA`): element.js
            // fetches its days (see `add_days`); unknown ones are errors of
            // their own (`regions::unknown_countries`), and the rest counts.
            if super::region_codes::is_region(item) {
                continue;
            }
            let (date, name) = item.split_at(item.find(char::is_whitespace).unwrap_or(item.len()));
            let day = parse_iso_date(date).map_err(|(off, msg)| ValueError::new(at + off, msg))?;
            let name = name.trim();
            if let Some(i) = name.find(char::is_control) {
                return Err(ValueError::new(
                    at + date.len() + 1 + i,
                    "control characters are not allowed in a name",
                ));
            }
            if name.chars().count() > MAX_NAME_CHARS {
                return Err(ValueError::new(
                    at + date.len() + 1,
                    format!("name longer than {MAX_NAME_CHARS} characters"),
                ));
            }
            match days.binary_search_by_key(&day, |d| d.0) {
                Ok(_) => return Err(ValueError::new(at, "this date is listed twice")),
                Err(i) => days.insert(i, (day, name.to_string())),
            }
            if days.len() > MAX_HOLIDAYS {
                return Err(ValueError::new(at, format!("more than {MAX_HOLIDAYS} dates")));
            }
        }
        Ok(Holidays { days })
    }

    /// Adds the region codes' public holidays: `text` holds one a line,
    /// `YYYY-MM-DD<TAB>name` (names may hold commas). Dates already listed
    /// keep their names; lines that are not such are left out.
    pub fn add_days(&mut self, text: &str) {
        for (date, name) in text.lines().filter_map(|l| l.split_once('\t')) {
            if let Ok(day) = parse_iso_date(date) {
                if let Err(i) = self.find(day) {
                    self.days.insert(i, (day, name.to_string()));
                }
            }
        }
    }

    /// The holidays from `from` through `to` (day numbers, inclusive), as
    /// `status()` gives them: ISO dates and names.
    pub fn between(&self, from: i64, to: i64) -> impl Iterator<Item = (String, &str)> {
        self.from_day(from)
            .take_while(move |(d, _)| *d <= to)
            .map(|(d, n)| (iso_date(d), n))
    }

    pub fn contains(&self, day: i64) -> bool {
        self.find(day).is_ok()
    }

    /// The holiday's name, empty when none was given.
    pub fn name(&self, day: i64) -> Option<&str> {
        self.find(day).ok().map(|i| self.days[i].1.as_str())
    }

    /// Holidays on or after `day`, in order.
    pub fn from_day(&self, day: i64) -> impl Iterator<Item = (i64, &str)> {
        let start = self.find(day).unwrap_or_else(|i| i);
        self.days[start..].iter().map(|(d, n)| (*d, n.as_str()))
    }

    fn find(&self, day: i64) -> Result<usize, usize> {
        self.days.binary_search_by_key(&day, |d| d.0)
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    pub fn len(&self) -> usize {
        self.days.len()
    }
}

/// Parses `YYYY-MM-DD` into a day number; on error, the byte offset within
/// the text and what was expected.
pub fn parse_iso_date(text: &str) -> Result<i64, (usize, &'static str)> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| crate::parse::digits(b, from, len).ok();
    let expected = "expected a date like 2026-12-25 (YYYY-MM-DD)";
    let year = num(0, 4).ok_or((0, expected))? as i32;
    if b.get(4) != Some(&b'-') {
        return Err((4, expected));
    }
    let month = num(5, 2).ok_or((5, expected))? as u8;
    if !(1..=12).contains(&month) {
        return Err((5, "month must be 01-12"));
    }
    if b.get(7) != Some(&b'-') {
        return Err((7, expected));
    }
    let day = num(8, 2).ok_or((8, expected))? as u8;
    if b.len() != 10 {
        return Err((10.min(b.len()), expected));
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err((8, "that day does not exist in that month"));
    }
    if year < 1900 {
        return Err((0, "year must be 1900 or later"));
    }
    Ok(days_from_civil(year, month, day))
}

#[cfg(test)]
mod tests;
