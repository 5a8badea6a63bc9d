//! Instants (milliseconds since the Unix epoch, UTC) and RFC 3339 text.

use std::fmt;

use super::civil::{civil_from_days, days_from_civil, days_in_month, DAY_MS};

/// A point in time: milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(pub i64);

/// Earliest and latest instants we accept: years 0001 through 9999, the
/// range RFC 3339 can write.
pub const MIN_MS: i64 = -62_135_596_800_000;
pub const MAX_MS: i64 = 253_402_300_799_999;

/// Why a text is not an RFC 3339 instant: where (character index) and what
/// was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstantError {
    pub at: usize,
    pub expected: &'static str,
}

impl fmt::Display for InstantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not an RFC 3339 instant: at character {} expected {} (like 2026-03-27T16:30:00Z)",
            self.at + 1,
            self.expected
        )
    }
}

impl std::error::Error for InstantError {}

impl Instant {
    pub fn from_ms(ms: i64) -> Self {
        Instant(ms.clamp(MIN_MS, MAX_MS))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`. A lowercase `t`/`z`
    /// or a space between date and time are accepted, as RFC 3339 allows.
    pub fn parse(text: &str) -> Result<Instant, InstantError> {
        let b = text.as_bytes();
        let mut p = Scan { b, i: 0 };
        let year = p.digits(4, "a four-digit year")? as i32;
        p.byte(b'-', "'-' after the year")?;
        let month = p.digits(2, "a two-digit month")? as u8;
        if !(1..=12).contains(&month) {
            return Err(InstantError {
                at: 5,
                expected: "a month 01-12",
            });
        }
        p.byte(b'-', "'-' after the month")?;
        let day = p.digits(2, "a two-digit day")? as u8;
        if day == 0 || day > days_in_month(year, month) {
            return Err(InstantError {
                at: 8,
                expected: "a day that exists in that month",
            });
        }
        match b.get(p.i) {
            Some(b'T' | b't' | b' ') => p.i += 1,
            _ => {
                return Err(InstantError {
                    at: p.i,
                    expected: "'T' between date and time",
                })
            }
        }
        let hour = p.digits(2, "a two-digit hour")?;
        if hour > 23 {
            return Err(InstantError {
                at: p.i - 2,
                expected: "an hour 00-23",
            });
        }
        p.byte(b':', "':' after the hour")?;
        let minute = p.digits(2, "two-digit minutes")?;
        if minute > 59 {
            return Err(InstantError {
                at: p.i - 2,
                expected: "minutes 00-59",
            });
        }
        p.byte(b':', "':' and seconds after the minutes")?;
        let second = p.digits(2, "two-digit seconds")?;
        if second > 59 {
            return Err(InstantError {
                at: p.i - 2,
                expected: "seconds 00-59",
            });
        }
        let mut millis = 0i64;
        if b.get(p.i) == Some(&b'.') {
            p.i += 1;
            let start = p.i;
            let mut scale = 100;
            while let Some(c) = b.get(p.i).filter(|c| c.is_ascii_digit()) {
                millis += i64::from(c - b'0') * scale;
                scale /= 10;
                p.i += 1;
            }
            if p.i == start {
                return Err(InstantError {
                    at: p.i,
                    expected: "digits after '.'",
                });
            }
        }
        let offset_min: i64 = match b.get(p.i) {
            Some(b'Z' | b'z') => {
                p.i += 1;
                0
            }
            Some(&sign @ (b'+' | b'-')) => {
                p.i += 1;
                let h = p.digits(2, "a two-digit offset hour")?;
                p.byte(b':', "':' in the offset")?;
                let m = p.digits(2, "two-digit offset minutes")?;
                if h > 23 || m > 59 {
                    return Err(InstantError {
                        at: p.i - 5,
                        expected: "an offset up to 23:59",
                    });
                }
                let v = (h * 60 + m) as i64;
                if sign == b'-' {
                    -v
                } else {
                    v
                }
            }
            _ => {
                return Err(InstantError {
                    at: p.i,
                    expected: "'Z' or an offset like +01:00",
                })
            }
        };
        if p.i != b.len() {
            return Err(InstantError {
                at: p.i,
                expected: "the end of the value",
            });
        }
        let days = days_from_civil(year, month, day);
        let ms = days * DAY_MS
            + (i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second)) * 1000
            + millis
            - offset_min * 60_000;
        if !(MIN_MS..=MAX_MS).contains(&ms) {
            return Err(InstantError {
                at: 0,
                expected: "an instant in the years 0001-9999",
            });
        }
        Ok(Instant(ms))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` only when there are milliseconds.
    pub fn to_rfc3339(self) -> String {
        self.rfc3339().0
    }

    /// The same, written digit by digit, as `status()` formats tens of
    /// thousands of instants and the generic formatting machinery is slow
    /// in wasm. (Into a `String` of ASCII characters: a byte buffer would
    /// need UTF-8 validation, more wasm than the allocation costs time.)
    pub fn rfc3339(self) -> Rfc3339Text {
        let ms = self.0.clamp(MIN_MS, MAX_MS);
        let days = ms.div_euclid(DAY_MS);
        let in_day = ms.rem_euclid(DAY_MS);
        let (y, m, d) = civil_from_days(days);
        let secs = in_day / 1000;
        let mut text = String::with_capacity(24);
        let mut put = |before: Option<char>, width: u32, v: i64| {
            if let Some(c) = before {
                text.push(c);
            }
            for i in (0..width).rev() {
                text.push(char::from(b'0' + (v / 10_i64.pow(i) % 10) as u8));
            }
        };
        put(None, 4, i64::from(y));
        put(Some('-'), 2, i64::from(m));
        put(Some('-'), 2, i64::from(d));
        put(Some('T'), 2, secs / 3600);
        put(Some(':'), 2, secs / 60 % 60);
        put(Some(':'), 2, secs % 60);
        if in_day % 1000 != 0 {
            put(Some('.'), 3, in_day % 1000);
        }
        text.push('Z');
        Rfc3339Text(text)
    }
}

/// An instant's RFC 3339 text (see [`Instant::rfc3339`]).
pub struct Rfc3339Text(String);

impl Rfc3339Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.rfc3339().as_str())
    }
}

/// Reads an instant's text byte by byte.
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn digits(&mut self, n: usize, expected: &'static str) -> Result<u32, InstantError> {
        let v = crate::parse::digits(self.b, self.i, n).map_err(|at| InstantError { at, expected })?;
        self.i += n;
        Ok(v)
    }

    fn byte(&mut self, want: u8, expected: &'static str) -> Result<(), InstantError> {
        if self.b.get(self.i) == Some(&want) {
            self.i += 1;
            Ok(())
        } else {
            Err(InstantError { at: self.i, expected })
        }
    }
}

#[cfg(test)]
mod tests;
