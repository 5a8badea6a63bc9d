//! Time zones: one small trait so the business arithmetic is the same code in
//! the browser (offsets from `Intl.DateTimeFormat`) and in native tests
//! (an independent tz database implementation).

use super::civil::DAY_MS;
use super::instant::Instant;

/// A time zone, known only through its UTC offset at each instant.
///
/// Local ("wall clock") times are written as milliseconds since 1970-01-01
/// 00:00 local, so day arithmetic on them is plain integer arithmetic.
pub trait Zone {
    /// Offset from UTC in seconds (east positive) in effect at `at`.
    fn offset_seconds(&self, at: Instant) -> i32;

    /// Wall-clock milliseconds of `at` in this zone.
    fn to_local(&self, at: Instant) -> i64 {
        at.0 + i64::from(self.offset_seconds(at)) * 1000
    }

    /// The earliest instant whose wall-clock time is `local` or later.
    ///
    /// - A time that occurs once maps to that instant.
    /// - A time repeated when clocks go back maps to its first occurrence.
    /// - A time skipped when clocks go forward maps to the transition
    ///   itself: the moment the clock jumps past it.
    ///
    /// Assumes at most one transition within a day either side, which holds
    /// for every zone in the tz database since 1900.
    fn instant_at_local(&self, local: i64) -> Instant {
        let before = self.offset_seconds(Instant(local - DAY_MS));
        let after = self.offset_seconds(Instant(local + DAY_MS));
        let try_offset = |off: i32| {
            let t = Instant(local - i64::from(off) * 1000);
            (self.offset_seconds(t) == off).then_some(t)
        };
        match (try_offset(before), try_offset(after)) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => {
                // In a gap: the transition lies between local-after and
                // local-before (in UTC); find the first instant with the new
                // offset by bisection.
                let (mut lo, mut hi) = (local - i64::from(after) * 1000, local - i64::from(before) * 1000);
                if lo > hi {
                    std::mem::swap(&mut lo, &mut hi);
                }
                if self.offset_seconds(Instant(lo)) == after {
                    return Instant(lo);
                }
                // Invariant: offset(lo) != after, offset(hi) == after.
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if self.offset_seconds(Instant(mid)) == after {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                Instant(hi)
            }
        }
    }
}

/// A zone with one fixed offset (UTC, or tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedOffset(pub i32);

impl Zone for FixedOffset {
    fn offset_seconds(&self, _at: Instant) -> i32 {
        self.0
    }
}

impl<Z: Zone + ?Sized> Zone for &Z {
    fn offset_seconds(&self, at: Instant) -> i32 {
        (**self).offset_seconds(at)
    }
}

#[cfg(test)]
mod tests;
