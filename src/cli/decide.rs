//! The decision rule, and the record it adds up to.
//!
//! Each ticket is a promise of its channel's `reply-within` (or, for a
//! `refund`, of `refund-within`), due as the element computes it from the
//! ticket's creation ([`Calendar::deadline`] on the element's own
//! configuration). It is decided at its first reply if that came by the
//! due time (kept: a reply exactly at the due time is on time), or at the
//! due time if no reply had come by then (broken: a later reply does not
//! make it kept). What has not happened by `now` has not happened: a
//! promise neither replied to nor due by `now` is pending. The record
//! counts the promises decided in the window `(now - window, now]`;
//! pending ones are not counted.
//!
//! A status page's update window (`crate::incident`) is a promise of kind
//! `update` under the same rule: due `update-within` after the post that
//! opened it, fulfilled by the next post ([`decide_due`]).

use std::collections::BTreeMap;

use crate::calendar::{Calendar, DeadlineError, Duration, Instant, Zone};
use crate::status::Kind;

/// One ticket, in the normal form every input is read into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub id: String,
    /// The help desk's channel name, before `--channel-map`.
    pub channel: String,
    pub kind: Kind,
    pub created: Instant,
    /// The first reply (for a refund: when it was issued).
    pub first_reply: Option<Instant>,
    pub resolved: Option<Instant>,
    /// The help desk's own business minutes to the first reply, where its
    /// export has them (`--compare`).
    pub desk_business_minutes: Option<i64>,
}

/// How one promise stands at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Kept {
        due: Instant,
        at: Instant,
    },
    /// Decided at `due`; `reply` is the late reply, if one came by `now`.
    Broken {
        due: Instant,
        reply: Option<Instant>,
    },
    Pending {
        due: Instant,
    },
}

impl Outcome {
    /// When it was decided (`None` while pending).
    pub fn decided_at(self) -> Option<Instant> {
        match self {
            Outcome::Kept { at, .. } => Some(at),
            Outcome::Broken { due, .. } => Some(due),
            Outcome::Pending { .. } => None,
        }
    }

    pub fn due(self) -> Instant {
        match self {
            Outcome::Kept { due, .. } | Outcome::Broken { due, .. } | Outcome::Pending { due } => due,
        }
    }
}

/// The rule, for a ticket created at `created` with a first reply at
/// `reply`, promised `within`, as of `now`.
pub fn decide<Z: Zone>(
    cal: &Calendar<'_, Z>,
    within: Duration,
    created: Instant,
    reply: Option<Instant>,
    now: Instant,
) -> Result<Outcome, DeadlineError> {
    Ok(decide_due(cal.deadline(created, within)?, reply, now))
}

/// The rule, for a promise due at `due` and fulfilled at `reply` (a
/// ticket's first reply, a status page's next post after an update), as
/// of `now`.
pub fn decide_due(due: Instant, reply: Option<Instant>, now: Instant) -> Outcome {
    let reply = reply.filter(|r| *r <= now);
    match reply {
        Some(at) if at <= due => Outcome::Kept { due, at },
        _ if due <= now => Outcome::Broken { due, reply },
        _ => Outcome::Pending { due },
    }
}

/// Kept and total of one line of the record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub kept: u64,
    pub total: u64,
}

/// The counts of the window, by kind and channel (the channel as
/// `reply-within` names it; none for refunds), in the order lines are
/// first seen; memory grows with the lines, not with the tickets.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub lines: Vec<((Kind, Option<String>), Count)>,
    pub pending: u64,
    /// Decided before the window.
    pub before: u64,
    /// Kept share by line and week (`(kind, channel)` index, Monday's day
    /// number in UTC) for the report.
    pub weeks: BTreeMap<(usize, i64), Count>,
}

impl Tally {
    fn line(&mut self, kind: Kind, channel: Option<&str>) -> usize {
        match self
            .lines
            .iter()
            .position(|((k, c), _)| *k == kind && c.as_deref() == channel)
        {
            Some(i) => i,
            None => {
                self.lines
                    .push(((kind, channel.map(str::to_string)), Count::default()));
                self.lines.len() - 1
            }
        }
    }

    /// Counts one outcome (a line is made for every kind and channel seen,
    /// even with nothing decided in the window).
    pub fn add(&mut self, kind: Kind, channel: Option<&str>, outcome: Outcome, window_start: Instant) {
        let i = self.line(kind, channel);
        let Some(at) = outcome.decided_at() else {
            self.pending += 1;
            return;
        };
        if at <= window_start {
            self.before += 1;
            return;
        }
        let kept = u64::from(matches!(outcome, Outcome::Kept { .. }));
        let c = &mut self.lines[i].1;
        c.total += 1;
        c.kept += kept;
        let day = at.0.div_euclid(crate::calendar::civil::DAY_MS);
        // 1970-01-01 was a Thursday: Monday is day - (day + 3) mod 7.
        let monday = day - (day + 3).rem_euclid(7);
        let w = self.weeks.entry((i, monday)).or_default();
        w.total += 1;
        w.kept += kept;
    }
}

#[cfg(test)]
mod tests;
