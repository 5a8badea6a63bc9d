//! Durations as page authors write them: `5m`, `4h`, `1h30m`, `2d`, each
//! optionally followed by `calendar`.

use std::fmt;

use crate::parse::{Cursor, ValueError};

/// The longest duration accepted anywhere: one year. Longer promises are
/// almost certainly typos, and the bound keeps the arithmetic cheap.
pub const MAX_DAYS: u32 = 366;

/// How a duration is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Clock {
    /// Only time inside the published hours counts; `Nd` is the close of the
    /// Nth business day.
    Business,
    /// Wall-clock time: `Nd` is the same local time N days later, hours and
    /// minutes are elapsed time.
    Calendar,
}

/// A parsed duration: whole days, or hours and minutes (in calendar mode
/// both may be combined).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    pub days: u32,
    pub minutes: u32,
    pub clock: Clock,
}

impl Duration {
    pub const fn minutes(minutes: u32, clock: Clock) -> Self {
        Duration {
            days: 0,
            minutes,
            clock,
        }
    }

    pub const fn days(days: u32, clock: Clock) -> Self {
        Duration {
            days,
            minutes: 0,
            clock,
        }
    }

    /// Parses `1h30m`-style text at the cursor (no `calendar` suffix).
    /// `default_clock` is how the attribute counts unless told otherwise;
    /// `allow_suffix` permits the word `calendar` after it.
    pub fn parse_at(
        c: &mut Cursor<'_>,
        default_clock: Clock,
        allow_suffix: bool,
    ) -> Result<Duration, ValueError> {
        let start = c.pos;
        let mut days = 0u64;
        let mut minutes = 0u64;
        let mut last_unit = 0; // d=1, h=2, m=3: units must come in this order, once each
        loop {
            let at = c.pos;
            let Some((n, _)) = c.number(6) else {
                if last_unit == 0 {
                    return Err(c.error("expected a duration like 5m, 4h, 1h30m or 2d"));
                }
                break;
            };
            let unit = match c.peek() {
                Some('d') => 1,
                Some('h') => 2,
                Some('m') => 3,
                Some('w') => return Err(c.error("weeks are not a unit here; write days, like 14d")),
                Some('s') => return Err(c.error("seconds are not a unit here; use m, h or d")),
                _ => {
                    return Err(ValueError::new(
                        at,
                        "expected a unit right after the number: m (minutes), h (hours) or d (days)",
                    ))
                }
            };
            if unit <= last_unit {
                return Err(ValueError::new(
                    at,
                    "units go largest first, each once, like 1d2h30m",
                ));
            }
            c.pos += 1;
            last_unit = unit;
            match unit {
                1 => days = u64::from(n),
                2 => minutes += u64::from(n) * 60,
                _ => minutes += u64::from(n),
            }
            if !c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
                break;
            }
        }
        if days * 1440 + minutes > u64::from(MAX_DAYS) * 1440 {
            return Err(ValueError::new(
                start,
                format!("too long: at most {MAX_DAYS} days"),
            ));
        }
        if days == 0 && minutes == 0 {
            return Err(ValueError::new(start, "must be longer than zero"));
        }
        let mut clock = default_clock;
        let mut probe = *c;
        probe.skip_ws();
        let word = probe.peek_word();
        if word.eq_ignore_ascii_case("calendar") || word.eq_ignore_ascii_case("business") {
            if !allow_suffix {
                return Err(probe.error("this attribute is always counted in calendar time; remove the word"));
            }
            clock = if word.eq_ignore_ascii_case("calendar") {
                Clock::Calendar
            } else {
                Clock::Business
            };
            probe.pos += word.len();
            *c = probe;
        }
        if clock == Clock::Business && days > 0 && minutes > 0 {
            return Err(ValueError::new(
                start,
                "business days cannot be combined with hours or minutes; write 2d, or 16h, or add 'calendar'",
            ));
        }
        Ok(Duration {
            days: days as u32,
            minutes: minutes as u32,
            clock,
        })
    }

    /// Parses a whole attribute value holding one duration.
    pub fn parse(text: &str, default_clock: Clock, allow_suffix: bool) -> Result<Duration, ValueError> {
        let mut c = Cursor::new(text);
        c.skip_ws();
        if c.at_end() {
            return Err(c.error("empty; expected a duration like 5m, 4h, 1h30m or 2d"));
        }
        let d = Duration::parse_at(&mut c, default_clock, allow_suffix)?;
        c.skip_ws();
        if !c.at_end() {
            return Err(c.error("unexpected text after the duration"));
        }
        Ok(d)
    }

    /// Milliseconds of the hours-and-minutes part.
    pub fn minutes_ms(&self) -> i64 {
        i64::from(self.minutes) * 60_000
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.days > 0 {
            write!(f, "{}d", self.days)?;
        }
        if self.minutes >= 60 {
            write!(f, "{}h", self.minutes / 60)?;
        }
        if !self.minutes.is_multiple_of(60) {
            write!(f, "{}m", self.minutes % 60)?;
        }
        if self.clock == Clock::Calendar {
            f.write_str(" calendar")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
