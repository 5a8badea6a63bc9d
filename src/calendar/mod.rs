//! The business calendar: published hours, holidays and a time zone, turned
//! into "open now", "next change" and business-time deadlines.
//!
//! Pure Rust: no browser imports. The zone comes in through [`Zone`], so the
//! same arithmetic runs on `Intl` offsets in the browser and on an
//! independent tz database in native tests.

pub mod civil;
pub mod duration;
pub mod holidays;
pub mod hours;
pub mod instant;
pub mod region_codes;
pub mod zone;

use std::collections::VecDeque;

use civil::DAY_MS;
pub use duration::{Clock, Duration};
pub use holidays::Holidays;
pub use hours::{Hours, Span};
pub use instant::Instant;
pub use zone::{FixedOffset, Zone};

/// How many days ahead the calendar looks for openings and business days
/// before it gives up (a little over three years: enough for the longest
/// duration, 366 business days, on a five-day week).
pub const HORIZON_DAYS: i64 = 1_100;

/// "Closing soon" starts this long before a close.
pub const CLOSING_SOON_MS: i64 = 30 * 60_000;

/// A half-open stretch of open time, `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub start: Instant,
    pub end: Instant,
}

/// Open or closed at one instant, and when that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HoursState {
    pub open: bool,
    /// The next opening or closing; `None` when nothing changes within the
    /// horizon (open around the clock, or never open again).
    pub next_change: Option<Instant>,
    pub closing_soon: bool,
}

/// One local day of the coming week, for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayHours {
    /// Local day number (days since 1970-01-01 in the team's zone).
    pub day: i64,
    pub intervals: Vec<Interval>,
    /// The holiday's name when the day is in `holidays` (may be empty).
    pub holiday: Option<String>,
}

/// Why a deadline cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineError {
    /// The hours have no (or too little) open time within the horizon.
    NoOpenTime,
}

impl std::fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the published hours have too little open time in the next {HORIZON_DAYS} days to reach this deadline"
        )
    }
}

impl std::error::Error for DeadlineError {}

/// Hours, holidays and a zone together.
pub struct Calendar<'a, Z: Zone> {
    pub hours: &'a Hours,
    pub holidays: &'a Holidays,
    pub zone: Z,
}

impl<'a, Z: Zone> Calendar<'a, Z> {
    pub fn new(hours: &'a Hours, holidays: &'a Holidays, zone: Z) -> Self {
        Calendar {
            hours,
            holidays,
            zone,
        }
    }

    /// The team's local day number at `t`.
    pub fn local_day(&self, t: Instant) -> i64 {
        self.zone.to_local(t).div_euclid(DAY_MS)
    }

    /// The open intervals that local day `day`'s spans give, as instants,
    /// in order; spans lost entirely in a daylight-saving gap are dropped.
    pub fn day_intervals(&self, day: i64) -> impl Iterator<Item = Interval> + '_ {
        let base = day * DAY_MS;
        let spans = self.hours.spans_on(day, self.holidays);
        (0..spans.len()).filter_map(move |i| {
            let s = spans[i];
            let start = self.zone.instant_at_local(base + i64::from(s.start) * 60_000);
            let end = self.zone.instant_at_local(base + i64::from(s.end) * 60_000);
            (start < end).then_some(Interval { start, end })
        })
    }

    /// Merged open intervals that end after `from`, in order, up to the
    /// horizon.
    pub fn open_from(&self, from: Instant) -> OpenIter<'_, 'a, Z> {
        let first = self.local_day(from) - 1;
        OpenIter {
            cal: self,
            from,
            next_day: first,
            last_day: first + HORIZON_DAYS,
            horizon_end: self.zone.instant_at_local((first + HORIZON_DAYS + 1) * DAY_MS),
            buf: VecDeque::new(),
            pending: None,
        }
    }

    /// Open or closed at `now`, the next change, and whether closing soon.
    pub fn state_at(&self, now: Instant) -> HoursState {
        let mut it = self.open_from(now);
        let first = it.next();
        let horizon = it.horizon_end;
        match first {
            None => HoursState {
                open: false,
                next_change: None,
                closing_soon: false,
            },
            Some(iv) if iv.start <= now => {
                let next_change = (iv.end < horizon).then_some(iv.end);
                HoursState {
                    open: true,
                    next_change,
                    closing_soon: next_change.is_some_and(|c| c.0 - now.0 <= CLOSING_SOON_MS),
                }
            }
            Some(iv) => HoursState {
                open: false,
                next_change: Some(iv.start),
                closing_soon: false,
            },
        }
    }

    pub fn is_open(&self, t: Instant) -> bool {
        self.open_from(t).next().is_some_and(|iv| iv.start <= t)
    }

    /// The instant `ms` milliseconds of open time after `start`. Counting
    /// starts at the next opening when `start` is outside the hours.
    pub fn add_business(&self, start: Instant, ms: i64) -> Result<Instant, DeadlineError> {
        let mut remaining = ms.max(0);
        for iv in self.open_from(start) {
            let from = iv.start.max(start);
            let avail = iv.end.0 - from.0;
            if remaining <= avail {
                return Ok(Instant(from.0 + remaining));
            }
            remaining -= avail;
        }
        Err(DeadlineError::NoOpenTime)
    }

    /// Open time between `a` and `b` in milliseconds (0 when `b <= a`).
    pub fn business_between(&self, a: Instant, b: Instant) -> i64 {
        if b <= a {
            return 0;
        }
        let mut total = 0;
        let mut it = self.open_from(a);
        // No span starting after `b`'s day can start before `b`.
        it.last_day = self.local_day(b);
        for iv in it {
            if iv.start >= b {
                break;
            }
            total += iv.end.min(b).0 - iv.start.max(a).0;
        }
        total
    }

    /// The close of the `n`th business day after the business day on which
    /// counting starts (the day of `start`, or of the next opening when
    /// `start` is outside the hours). A business day is a local day with
    /// open time; its close is the end of its last span.
    pub fn business_days_deadline(&self, start: Instant, n: u32) -> Result<Instant, DeadlineError> {
        let first = self.open_from(start).next().ok_or(DeadlineError::NoOpenTime)?;
        let effective = first.start.max(start);
        // The business day that owns the effective start: the earliest day
        // with a span containing it (a span past midnight belongs to the day
        // it starts).
        let today = self.local_day(effective);
        let day0 = (today - 1..=today)
            .find(|&d| {
                self.day_intervals(d)
                    .any(|iv| iv.start <= effective && effective < iv.end)
            })
            .unwrap_or(today);
        let mut counted = 0;
        // A day's span past midnight can end after the next day's close;
        // the deadline never moves back for that.
        let mut latest = self
            .day_intervals(day0)
            .map(|iv| iv.end)
            .fold(effective, Instant::max);
        for day in day0 + 1..=day0 + HORIZON_DAYS {
            if let Some(close) = self.day_intervals(day).map(|iv| iv.end).max() {
                counted += 1;
                latest = latest.max(close);
                if counted >= n {
                    return Ok(latest);
                }
            }
        }
        Err(DeadlineError::NoOpenTime)
    }

    /// Wall-clock arithmetic in the team's zone: days move the local date
    /// (keeping the local time), hours and minutes are elapsed time.
    pub fn add_calendar(&self, start: Instant, d: Duration) -> Instant {
        let moved = if d.days > 0 {
            self.zone
                .instant_at_local(self.zone.to_local(start) + i64::from(d.days) * DAY_MS)
        } else {
            start
        };
        Instant(moved.0 + d.minutes_ms())
    }

    /// The deadline `d` after `start`, counted as `d.clock` says.
    pub fn deadline(&self, start: Instant, d: Duration) -> Result<Instant, DeadlineError> {
        match d.clock {
            Clock::Calendar => Ok(self.add_calendar(start, d)),
            Clock::Business if d.days > 0 => self.business_days_deadline(start, d.days),
            Clock::Business => self.add_business(start, d.minutes_ms()),
        }
    }

    /// The seven local days starting with the one containing `now`, each
    /// with the open time inside it: a span past midnight shows in the row
    /// of the day it runs into too, so a day's row agrees with "open now".
    pub fn week(&self, now: Instant) -> Vec<DayHours> {
        let today = self.local_day(now);
        (today..today + 7)
            .map(|day| {
                let start = self.zone.instant_at_local(day * DAY_MS);
                let end = self.zone.instant_at_local((day + 1) * DAY_MS);
                let intervals = self
                    .open_from(start)
                    .take_while(|iv| iv.start < end)
                    .map(|iv| Interval {
                        start: iv.start.max(start),
                        end: iv.end.min(end),
                    })
                    .collect();
                DayHours {
                    day,
                    intervals,
                    holiday: self.holidays.name(day).map(str::to_string),
                }
            })
            .collect()
    }
}

/// Iterator over merged open intervals; see [`Calendar::open_from`].
pub struct OpenIter<'c, 'a, Z: Zone> {
    cal: &'c Calendar<'a, Z>,
    from: Instant,
    next_day: i64,
    last_day: i64,
    /// Intervals reaching this instant may continue past the horizon.
    horizon_end: Instant,
    buf: VecDeque<Interval>,
    pending: Option<Interval>,
}

impl<Z: Zone> Iterator for OpenIter<'_, '_, Z> {
    type Item = Interval;

    fn next(&mut self) -> Option<Interval> {
        loop {
            while self.buf.is_empty() {
                if self.next_day > self.last_day {
                    return self.pending.take();
                }
                self.buf.extend(self.cal.day_intervals(self.next_day));
                self.next_day += 1;
            }
            let iv = self.buf.pop_front().expect("buffer filled above");
            if iv.end <= self.from {
                continue;
            }
            match &mut self.pending {
                None => self.pending = Some(iv),
                Some(p) if iv.start <= p.end => p.end = p.end.max(iv.end),
                Some(p) => {
                    let done = *p;
                    *p = iv;
                    return Some(done);
                }
            }
        }
    }
}
