//! Public holidays by region: a small rule engine over per-country data,
//! run at build time (`examples/region_days.rs`, for the element) and by
//! the native command; the element's code never runs it.
//!
//! A region code is an ISO 3166-1 country (`FR`) or an ISO 3166-2
//! subdivision (`DE-BY`). Each country's rules are data, one JSON file per
//! country (`src/regions/XX.json`, fetched only when its code is used),
//! deserialized into a [`Region`]; this module only evaluates them. Pure
//! Rust, no IO: the caller hands over the parsed file.
//!
//! The file:
//!
//! ```json
//! {"code": "DE", "lang": "de",
//!  "subs": {"BY": "Bayern", "SN": "Sachsen"},
//!  "days": [
//!   {"n": {"de": "Neujahr", "en": "New Year's Day"}, "m": 1, "d": 1},
//!   {"n": {"de": "Karfreitag", "en": "Good Friday"}, "e": -2},
//!   {"n": {"de": "Heilige Drei Könige"}, "m": 1, "d": 6, "in": "BY"},
//!   {"n": {"de": "Buß- und Bettag"}, "m": 11, "d": 22, "w": 2, "k": -1, "in": "SN"}
//!  ]}
//! ```
//!
//! A rule's date is one of:
//! - `m`, `d`: a fixed date;
//! - `e`: days after Western Easter Sunday (negative: before);
//! - `m`, `w` (0 = Monday), `k`: the `k`th weekday `w` on or after `m`/`d`
//!   (`d` defaults to the 1st), or with `k` negative on or before it (`d`
//!   defaults to the month's last day): `k: -1` is the last, `k: 2` the
//!   second;
//! - `x`: a computed date: `"ve"` / `"ae"` the vernal / autumnal equinox
//!   (Japan's formula, valid 1980-2099);
//! - `on`: a list of `[year, month, day]` (a lunisolar date known only as a
//!   table; a year may have two); no day in other years, and the dates are
//!   taken as they are (no `mv`, `ex`, `if`).
//!
//! then moved by `o` days, and then by `mv[w]` days when it falls on
//! weekday `w` (`mv` lists seven numbers, Monday first: the holiday itself
//! moves, as the Dutch King's Day on a Sunday moves to the Saturday before);
//! `ex: [e, n]` moves it `n` days when it falls on Easter + `e` (Glarus'
//! Näfelser Fahrt is a week later when on Maundy Thursday); `if` lists the
//! weekdays it holds on (none listed: all), as Neuchâtel's 26 December only
//! on a Monday.
//!
//! `from` / `to` bound the years it applies (both included), `every`
//! repeats it every so many years counted from `from`, `skip` lists years it
//! does not apply, `y` the only years it applies, and `when` (a list of
//! `[month, day, weekday]`) limits it to the years when one of those dates
//! falls on that weekday (Madrid's St Joseph's Day when 1 January or 15
//! August is a Sunday). `in` (space separated subdivision codes, or the
//! country's own code for the country alone) limits it to those; `not`
//! leaves them out. A country alone has the rules without `in` and those
//! with its code in `in`.
//!
//! `add` gives a substitute day as seven numbers like `mv` (the days to add
//! when the holiday falls on Monday .. Sunday, before `mv` moved it; 0:
//! none): the holiday itself stays and the substitute is an extra day.
//! `obs` names the usual ones, and two that avoid other holidays:
//! - `"us"`: Saturday -> the Friday before, Sunday -> the Monday after;
//! - `"uk"`: Saturday or Sunday -> the next weekday that is not already a
//!   holiday or another's substitute (Christmas and Boxing Day on a weekend
//!   give Monday and Tuesday);
//! - `"mon"`: Sunday -> the Monday after (even when that is a holiday too;
//!   a Saturday holiday is not moved);
//! - `"sun"`: Sunday -> the next day that is not a holiday (Japan's
//!   substitute holiday; a Saturday holiday is not moved).
//!
//! A region-wide `bridge` name makes a weekday between two holidays a
//! holiday (Japan's citizens' holiday).

use serde::Deserialize;

pub use crate::calendar::civil::easter;
use crate::calendar::civil::{civil_from_days, days_from_civil, days_in_month, weekday};
use crate::i18n::TextMap;
use crate::parse::closest;

/// The years the rules are written and checked for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// One country's holiday rules, with its subdivisions'.
#[derive(Clone, Debug, Deserialize)]
pub struct Region {
    /// The ISO 3166-1 code.
    pub code: String,
    /// The language of the names with no better match (a BCP 47 tag).
    pub lang: String,
    /// Subdivision codes (the part after `XX-`) and their names.
    #[serde(default)]
    pub subs: TextMap,
    pub days: Vec<Rule>,
    /// Names of Japan-style bridge days (see the module docs).
    #[serde(default)]
    pub bridge: Option<TextMap>,
}

/// One holiday rule; see the module docs for the fields.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub n: TextMap,
    #[serde(default)]
    pub m: u8,
    #[serde(default)]
    pub d: u8,
    pub e: Option<i16>,
    pub w: Option<u8>,
    #[serde(default)]
    pub k: i8,
    #[serde(default)]
    pub o: i16,
    pub x: Option<String>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub every: Option<u8>,
    #[serde(default)]
    pub skip: Vec<i32>,
    #[serde(default)]
    pub y: Vec<i32>,
    #[serde(default)]
    pub when: Vec<(u8, u8, u8)>,
    #[serde(default, rename = "in")]
    pub only: String,
    #[serde(default)]
    pub not: String,
    pub obs: Option<String>,
    pub mv: Option<[i8; 7]>,
    pub add: Option<[i8; 7]>,
    pub ex: Option<[i16; 2]>,
    #[serde(default, rename = "if")]
    pub wds: Vec<u8>,
    #[serde(default)]
    pub on: Vec<(i32, u8, u8)>,
}

/// Why a region's holidays cannot be listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionError {
    /// No such subdivision; the closest known codes (see [`closest`]).
    UnknownSubdivision(Vec<String>),
    /// Outside [`YEARS`].
    Year,
    /// A rule the engine does not understand (the data is broken).
    BadRule,
}

/// The day of Japan's vernal (`autumn` false) or autumnal equinox, the
/// usual approximation for 1980-2099.
pub fn equinox(year: i32, autumn: bool) -> i64 {
    let (base, month) = if autumn { (23.2488, 9) } else { (20.8431, 3) };
    let y = f64::from(year - 1980);
    let day = (base + 0.242194 * y) as i32 - (year - 1980) / 4;
    days_from_civil(year, month, day as u8)
}

impl Rule {
    fn applies(&self, year: i32, code: &str) -> bool {
        let listed = |list: &str| list.split(' ').any(|c| c == code);
        let from = self.from.unwrap_or(i32::MIN);
        (if self.only.is_empty() {
            !listed(&self.not)
        } else {
            listed(&self.only)
        }) && from <= year
            && year <= self.to.unwrap_or(i32::MAX)
            && !self.skip.contains(&year)
            && (self.y.is_empty() || self.y.contains(&year))
            && (self.when.is_empty()
                || self
                    .when
                    .iter()
                    .any(|&(m, d, w)| weekday(days_from_civil(year, m, d)) == w))
            && self
                .every
                .is_none_or(|n| (year - from).rem_euclid(i32::from(n)) == 0)
    }

    /// The rule's day in `year`, if it has one then, and the day before
    /// `mv` moved it.
    fn day(&self, year: i32) -> Result<Option<(i64, i64)>, RegionError> {
        let base = match (self.e, self.x.as_deref(), self.w) {
            (Some(e), ..) => easter(year) + i64::from(e),
            (_, Some(x), _) => equinox(year, x == "ae"),
            (_, _, w) if (1..=12).contains(&self.m) => {
                let last = days_in_month(year, self.m);
                let k = i64::from(if w.is_some() && self.k == 0 { 1 } else { self.k });
                let d = match self.d {
                    0 if k < 0 => last,
                    0 => 1,
                    d if d <= last => d,
                    _ => return Err(RegionError::BadRule),
                };
                let at = days_from_civil(year, self.m, d);
                match w {
                    None => at,
                    Some(w) => {
                        let diff = i64::from(w) - i64::from(weekday(at));
                        if k > 0 {
                            at + diff.rem_euclid(7) + 7 * (k - 1)
                        } else {
                            at - (-diff).rem_euclid(7) + 7 * (k + 1)
                        }
                    }
                }
            }
            _ => return Err(RegionError::BadRule),
        };
        let unmoved = base + i64::from(self.o);
        let mut day = unmoved
            + self
                .mv
                .map_or(0, |mv| i64::from(mv[usize::from(weekday(unmoved))]));
        if let Some([e, by]) = self.ex {
            if day == easter(year) + i64::from(e) {
                day += i64::from(by);
            }
        }
        Ok((self.wds.is_empty() || self.wds.contains(&weekday(day))).then_some((day, unmoved)))
    }
}

/// The name for `lang` (a BCP 47 tag): its exact match, else its primary
/// language, else the region's language, else any.
fn pick<'a>(names: &'a TextMap, lang: &str, own: &str) -> &'a str {
    let primary = lang.split('-').next().unwrap_or(lang);
    [lang, primary, own]
        .iter()
        .find_map(|l| names.get(l))
        .or_else(|| names.0.first().map(|(_, v)| v.as_str()))
        .unwrap_or("")
}

impl Region {
    /// The region codes this file gives: the country, then its
    /// subdivisions.
    pub fn codes(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(self.code.clone()).chain(self.subs.keys().map(|s| format!("{}-{s}", self.code)))
    }

    /// The public holidays of the country (`sub` `None`) or of one of its
    /// subdivisions (`Some("BY")`) in `year`: day numbers in order, each
    /// once, with names in `lang` where known (two holidays on one day are
    /// joined with "; "). Weekend substitutes are included.
    pub fn holidays(
        &self,
        sub: Option<&str>,
        year: i32,
        lang: &str,
    ) -> Result<Vec<(i64, String)>, RegionError> {
        if let Some(s) = sub.filter(|s| !self.subs.contains_key(s)) {
            return Err(RegionError::UnknownSubdivision(
                closest(s, self.subs.keys())
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
            ));
        }
        if !YEARS.contains(&year) {
            return Err(RegionError::Year);
        }
        // The years around too: a substitute can cross New Year.
        let code = sub.unwrap_or(&self.code);
        let mut all: Vec<(i64, i64, &Rule)> = Vec::new();
        for y in year - 1..=year + 1 {
            for r in self.days.iter().filter(|r| r.applies(y, code)) {
                if r.on.is_empty() {
                    if let Some((d, unmoved)) = r.day(y)? {
                        all.push((d, unmoved, r));
                    }
                }
                for &(_, m, d) in r.on.iter().filter(|d| d.0 == y) {
                    let d = days_from_civil(y, m, d);
                    all.push((d, d, r));
                }
            }
        }
        all.sort_by_key(|h| h.0);
        let mut days: Vec<(i64, &TextMap)> = all.iter().map(|h| (h.0, &h.2.n)).collect();
        if let Some(names) = &self.bridge {
            let at = |d: i64| all.iter().any(|h| h.0 == d);
            let bridges = all
                .iter()
                .map(|h| h.0 + 1)
                .filter(|&d| at(d + 1) && !at(d) && weekday(d) != 6);
            days.extend(bridges.map(|d| (d, names)).collect::<Vec<_>>());
        }
        for &(day, unmoved, r) in &all {
            let free = |d: &i64| !days.iter().any(|h| h.0 == *d);
            let add = match r.obs.as_deref() {
                Some("us") => Some([0, 0, 0, 0, 0, -1, 1]),
                Some("mon") => Some([0, 0, 0, 0, 0, 0, 1]),
                _ => r.add,
            };
            let moved = match (r.obs.as_deref(), weekday(day)) {
                (Some("uk"), 5 | 6) => (day + 1..).find(|d| weekday(*d) < 5 && free(d)),
                (Some("sun"), 6) => (day + 1..).find(free),
                (None | Some("us" | "mon" | "uk" | "sun"), _) => add
                    .map(|a| i64::from(a[usize::from(weekday(unmoved))]))
                    .filter(|&a| a != 0)
                    .map(|a| unmoved + a),
                _ => return Err(RegionError::BadRule),
            };
            if let Some(d) = moved {
                days.push((d, &r.n));
            }
        }
        days.retain(|h| civil_from_days(h.0).0 == year);
        days.sort_by_key(|h| h.0);
        let mut out: Vec<(i64, String)> = Vec::new();
        for (day, names) in days {
            let name = pick(names, lang, &self.lang);
            match out.last_mut() {
                Some(last) if last.0 == day => {
                    if !last.1.split("; ").any(|n| n == name) {
                        last.1.push_str("; ");
                        last.1.push_str(name);
                    }
                }
                _ => out.push((day, name.to_string())),
            }
        }
        Ok(out)
    }
}
