//! The promise ledger: each tracked request's deadline, status and place in
//! the record. Pure: instants come in, events come out.

use std::collections::HashMap;
use std::fmt;

use crate::calendar::{Calendar, Clock, DeadlineError, Duration, Hours, Instant, Zone};
use crate::config::Config;
pub use crate::status::{Kind, State};
use crate::status::{OwnRecord, PromiseEvent, PromiseEventName, PromiseStatus, Rfc3339};

/// One tracked request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Promise {
    pub id: String,
    pub kind: Kind,
    pub channel: Option<String>,
    pub opened_at: Instant,
    pub due: Instant,
    /// From here on an unfulfilled promise is at risk: the `at-risk` share of
    /// the window, counted in the same (business or calendar) time as the due.
    pub at_risk_at: Instant,
    pub fulfilled_at: Option<Instant>,
    pub resolved_at: Option<Instant>,
    /// Whether the follow-up question was asked and answered.
    pub followed_up: bool,
    /// When the customer answered the follow-up question "Not now": it is
    /// asked again a day after each, at most [`MAX_NOT_NOW`] times in all.
    pub not_now: Vec<Instant>,
    /// Events already sent for this promise's current window.
    pub announced: Announced,
    /// Logical time of the last change (a Lamport clock shared by every copy
    /// of the ledger, in other tabs too): decides merges and deletions.
    pub rev: u64,
    /// The decided windows of this request before it was reopened (the
    /// customer said it was not solved): they stay in the record as they were.
    pub earlier: Vec<Outcome>,
}

/// A window of a request that was reopened, as it was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub due: Instant,
    pub kept: bool,
}

/// Which of `promise-kept`, `promise-at-risk`, `promise-broken` were sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Announced {
    pub kept: bool,
    pub at_risk: bool,
    pub broken: bool,
}

impl Promise {
    /// A new window: opened at `opened_at`, due and at risk at the given
    /// instants, nothing done yet.
    fn open(
        id: String,
        kind: Kind,
        channel: Option<String>,
        opened_at: Instant,
        (due, at_risk_at): (Instant, Instant),
        rev: u64,
    ) -> Promise {
        Promise {
            id,
            kind,
            channel,
            opened_at,
            due,
            at_risk_at,
            fulfilled_at: None,
            resolved_at: None,
            followed_up: false,
            not_now: Vec::new(),
            announced: Announced::default(),
            rev,
            earlier: Vec::new(),
        }
    }

    pub fn state(&self, now: Instant) -> State {
        match self.fulfilled_at {
            Some(f) if f <= self.due => State::Kept,
            Some(_) => State::Broken,
            None if now > self.due => State::Broken,
            None if now >= self.at_risk_at => State::AtRisk,
            None => State::Pending,
        }
    }

    pub fn to_status(&self, now: Instant) -> PromiseStatus<'_> {
        PromiseStatus {
            id: &self.id,
            kind: self.kind,
            channel: self.channel.as_deref(),
            opened_at: Rfc3339(self.opened_at),
            due: Rfc3339(self.due),
            fulfilled_at: self.fulfilled_at.map(Rfc3339),
            resolved_at: self.resolved_at.map(Rfc3339),
            status: self.state(now),
        }
    }
}

/// A request to track, as `track()` receives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackRequest {
    pub id: String,
    pub kind: Kind,
    pub channel: Option<String>,
    pub at: Option<Instant>,
}

/// Which instant of a promise a call sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stamp {
    Fulfilled,
    Resolved,
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stamp::Fulfilled => "fulfilled",
            Stamp::Resolved => "resolved",
        })
    }
}

/// What is wrong with an id (of `track()`, or of a stored record).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdError {
    Empty,
    TooLong,
    ControlCharacter,
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Empty => f.write_str("id must be a non-empty string"),
            IdError::TooLong => write!(f, "id longer than {MAX_ID_CHARS} characters"),
            IdError::ControlCharacter => f.write_str("id must not contain control characters"),
        }
    }
}

/// Why a ledger call was refused; the ledger is unchanged. The `Display`
/// says what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LedgerError {
    BadId(IdError),
    UnknownId(String),
    AlreadyTracked(String),
    AlreadyStamped {
        id: String,
        what: Stamp,
        at: Instant,
    },
    BeforeOpened {
        id: String,
        what: Stamp,
        at: Instant,
        opened: Instant,
    },
    /// An instant after the element's clock: what has not happened cannot
    /// be recorded (`what`: opened, fulfilled, resolved).
    InTheFuture {
        id: String,
        what: &'static str,
        at: Instant,
        now: Instant,
    },
    /// Resolved before it was fulfilled (or fulfilled after it was resolved).
    OutOfOrder {
        id: String,
        fulfilled: Instant,
        resolved: Instant,
    },
    /// `kind: "hours"`: the hours promise is kept by the `staffed` attribute.
    HoursNotTracked,
    /// `kind: "update"`: outage updates come from the status page.
    UpdateNotTracked,
    NoRefundPromise,
    RefundWithinHasError,
    NoReplyPromise,
    ReplyWithinHasError,
    UnknownChannel {
        channel: String,
        published: String,
    },
    ChannelRequired {
        published: String,
    },
    /// Business-time deadlines need usable `hours` and `holidays`.
    HoursHaveError,
    Deadline(DeadlineError),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LedgerError::*;
        match self {
            BadId(e) => e.fmt(f),
            UnknownId(id) => write!(f, "no tracked request with id \"{id}\"; track() it first"),
            AlreadyTracked(id) => write!(f, "\"{id}\" is already tracked; use a new id, or forget() it first"),
            AlreadyStamped { id, what, at } => {
                write!(f, "\"{id}\" was already {what} at {at}; only an earlier instant replaces it")
            }
            BeforeOpened { id, what, at, opened } => {
                write!(f, "\"{id}\" cannot be {what} at {at}, before it was opened at {opened}")
            }
            InTheFuture { id, what, at, now } => write!(
                f,
                "\"{id}\" cannot be {what} at {at}, after now ({now}); leave `at` out for now"
            ),
            OutOfOrder { id, fulfilled, resolved } => write!(
                f,
                "\"{id}\" would be resolved at {resolved}, before it was fulfilled at {fulfilled}"
            ),
            HoursNotTracked => f.write_str("the hours promise is not tracked by id; set staffed=\"no\" instead"),
            UpdateNotTracked => {
                f.write_str("outage updates are not tracked by id; they come from the status page (status-url)")
            }
            NoRefundPromise => f.write_str("no refund promise is published: set refund-within (like 5d)"),
            RefundWithinHasError => f.write_str("refund-within has an error; fix it to track refunds"),
            NoReplyPromise => f.write_str("no reply promise is published: set reply-within (like email 4h)"),
            ReplyWithinHasError => f.write_str("reply-within has an error; fix it to track replies"),
            UnknownChannel { channel, published } => {
                write!(f, "unknown channel \"{channel}\"; published: {published}")
            }
            ChannelRequired { published } => write!(f, "channel is required: one of {published}"),
            HoursHaveError => f.write_str(
                "the hours (or holidays) attribute has an error, so business-time deadlines cannot be computed",
            ),
            Deadline(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LedgerError {}

/// The longest id accepted.
pub const MAX_ID_CHARS: usize = 128;

/// All tracked promises, in the order they were tracked, and the ids that
/// were forgotten (so another tab's copy does not bring them back).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ledger {
    promises: Vec<Promise>,
    /// Positions in `promises` by id. (`u64`, not `usize`: the same map
    /// type as `forgotten`, so its code is in the bundle once. A `HashMap`,
    /// whose code Yew already brings, where a `BTreeMap` of strings cost
    /// 12 KB of wasm; nothing here needs the keys in order, and the stored
    /// list of forgotten ids is sorted when written.)
    index: HashMap<String, u64>,
    /// Forgotten ids and the revision at which they were forgotten.
    forgotten: HashMap<String, u64>,
    /// The highest revision seen.
    clock: u64,
    /// Open stretches (by their start) during which nobody was answering:
    /// each a broken hours promise.
    /// Sorted, without duplicates.
    hours_breaks: Vec<Instant>,
}

/// The most forgotten ids remembered; older ones are dropped first.
pub const MAX_FORGOTTEN: usize = 1_000;

impl Ledger {
    pub fn promises(&self) -> &[Promise] {
        &self.promises
    }

    pub fn get(&self, id: &str) -> Option<&Promise> {
        self.index.get(id).map(|&i| &self.promises[i as usize])
    }

    /// The promise `id`, to change (callers move its revision on).
    fn get_mut(&mut self, id: &str) -> Result<&mut Promise, LedgerError> {
        match self.index.get(id) {
            Some(&i) => Ok(&mut self.promises[i as usize]),
            None => Err(LedgerError::UnknownId(id.to_string())),
        }
    }

    fn tick(&mut self) -> u64 {
        self.clock = self.clock.saturating_add(1);
        self.clock
    }

    /// The highest revision seen.
    pub fn clock(&self) -> u64 {
        self.clock
    }

    /// Forgotten ids with their revisions.
    pub fn forgotten(&self) -> impl Iterator<Item = (&str, u64)> {
        self.forgotten.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// Rebuilds a ledger from stored parts (see `store`). An id stored twice
    /// (only in damaged data) keeps its last record; a forgotten id stored
    /// twice, its latest revision.
    pub fn from_parts(promises: Vec<Promise>, forgotten: Vec<(String, u64)>, clock: u64) -> Ledger {
        let mut l = Ledger {
            promises,
            clock,
            ..Ledger::default()
        };
        for (id, rev) in forgotten {
            let r = l.forgotten.entry(id).or_insert(rev);
            *r = (*r).max(rev);
        }
        l.reindex();
        if l.index.len() != l.promises.len() {
            let mut keep = vec![false; l.promises.len()];
            for &i in l.index.values() {
                keep[i as usize] = true;
            }
            l.keep_positions(&keep);
        }
        l.clock = l
            .promises
            .iter()
            .map(|p| p.rev)
            .chain(l.forgotten.values().copied())
            .fold(l.clock, u64::max);
        l
    }

    /// Merges another copy of the ledger (another tab's, or what is stored)
    /// into this one, losing nothing: records merge by id; within the same
    /// window, fulfilment and resolution keep their earliest instants and
    /// sent events stay sent; a reopened window replaces the older one; a
    /// forgotten id stays forgotten unless tracked again after that.
    pub fn merge(&mut self, other: &Ledger) {
        self.clock = self.clock.max(other.clock);
        for &b in &other.hours_breaks {
            self.note_break(b);
        }
        for (id, &rev) in &other.forgotten {
            self.forget_at(id, rev);
        }
        let mut added = Vec::new();
        for theirs in &other.promises {
            match self.index.get(&theirs.id) {
                // (ids within `other` are distinct: indexed once, below)
                None => added.push(theirs.clone()),
                Some(&i) => {
                    let ours = &mut self.promises[i as usize];
                    let (key, their_key) = (
                        (ours.opened_at, ours.rev, ours.due),
                        (theirs.opened_at, theirs.rev, theirs.due),
                    );
                    if theirs.opened_at != ours.opened_at || theirs.due != ours.due {
                        // Different windows: the later one (a reopening) wins,
                        // then the later change, then the later due: every
                        // copy picks the same one.
                        if their_key.cmp(&key) == std::cmp::Ordering::Greater {
                            *ours = theirs.clone();
                        }
                        continue;
                    }
                    ours.fulfilled_at = earliest(ours.fulfilled_at, theirs.fulfilled_at);
                    ours.resolved_at = earliest(ours.resolved_at, theirs.resolved_at);
                    ours.followed_up |= theirs.followed_up;
                    if theirs.not_now.len() > ours.not_now.len() {
                        ours.not_now = theirs.not_now.clone();
                    }
                    ours.announced.kept |= theirs.announced.kept;
                    ours.announced.at_risk |= theirs.announced.at_risk;
                    ours.announced.broken |= theirs.announced.broken;
                    ours.rev = ours.rev.max(theirs.rev);
                }
            }
        }
        if !added.is_empty() {
            self.promises.extend(added);
            self.reindex();
        }
        self.apply_forgotten();
    }

    /// Notes `id` as forgotten at revision `rev` (the later of two wins).
    fn forget_at(&mut self, id: &str, rev: u64) {
        match self.forgotten.get_mut(id) {
            Some(r) => *r = (*r).max(rev),
            None => {
                self.forgotten.insert(id.to_string(), rev);
            }
        }
    }

    /// Whether `other` holds the same records, forgotten ids and hours
    /// breaks, in any order: nothing a write of one would add to the other.
    pub fn same_content(&self, other: &Ledger) -> bool {
        self.promises.len() == other.promises.len()
            && self.forgotten == other.forgotten
            && self.hours_breaks == other.hours_breaks
            && self.promises.iter().all(|p| other.get(&p.id) == Some(p))
    }

    /// Drops promises forgotten at or after their last change.
    fn apply_forgotten(&mut self) {
        let before = self.promises.len();
        let forgotten = &self.forgotten;
        self.promises
            .retain(|p| forgotten.get(&p.id).is_none_or(|&r| r < p.rev));
        if self.promises.len() != before {
            self.reindex();
        }
        if self.forgotten.len() > MAX_FORGOTTEN {
            let mut revs: Vec<u64> = self.forgotten.values().copied().collect();
            revs.sort_unstable();
            let cut = revs[revs.len() - MAX_FORGOTTEN];
            self.forgotten.retain(|_, r| *r >= cut);
        }
    }

    /// Keeps the promises whose position is marked in `keep`, in order.
    fn keep_positions(&mut self, keep: &[bool]) {
        let mut at = 0;
        self.promises.retain(|_| {
            at += 1;
            keep[at - 1]
        });
        self.reindex();
    }

    fn reindex(&mut self) {
        // A repeated id (only in damaged data) keeps its last position.
        self.index.clear();
        for (i, p) in self.promises.iter().enumerate() {
            self.index.insert(p.id.clone(), i as u64);
        }
    }

    /// Drops the oldest finished records (fulfilled, resolved and followed
    /// up) to make room, at most `n`; never a pending one. Returns how many
    /// were dropped.
    pub fn drop_oldest_finished(&mut self, n: usize) -> usize {
        let mut finished: Vec<(Instant, usize)> = self
            .promises
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match (p.fulfilled_at, p.resolved_at, p.followed_up) {
                (Some(_), Some(resolved), true) => Some((resolved, i)),
                _ => None,
            })
            .collect();
        finished.sort_unstable();
        let mut keep = vec![true; self.promises.len()];
        for &(_, i) in finished.iter().take(n) {
            keep[i] = false;
        }
        self.keep_positions(&keep);
        finished.len().min(n)
    }

    /// Tracks a request: computes its deadline from the configuration.
    pub fn track(
        &mut self,
        req: TrackRequest,
        config: &Config,
        zone: &dyn Zone,
        now: Instant,
    ) -> Result<&Promise, LedgerError> {
        check_id(&req.id).map_err(LedgerError::BadId)?;
        if self.index.contains_key(&req.id) {
            return Err(LedgerError::AlreadyTracked(req.id));
        }
        let at = req.at.unwrap_or(now);
        let (within, channel) = window_for(config, req.kind, req.channel.as_deref())?;
        let (due, at_risk_at) = deadline(config, zone, at, within)?;
        let rev = self.tick();
        self.index.insert(req.id.clone(), self.promises.len() as u64);
        self.promises.push(Promise::open(
            req.id,
            req.kind,
            channel,
            at,
            (due, at_risk_at),
            rev,
        ));
        Ok(self.promises.last().expect("just pushed"))
    }

    /// Records that the reply was sent or the refund issued.
    pub fn fulfil(&mut self, id: &str, at: Instant) -> Result<(), LedgerError> {
        self.stamp(id, at, Stamp::Fulfilled, |p| &mut p.fulfilled_at)
    }

    /// Records that the request is solved: starts the follow-up clock.
    pub fn resolve(&mut self, id: &str, at: Instant) -> Result<(), LedgerError> {
        self.stamp(id, at, Stamp::Resolved, |p| &mut p.resolved_at)
    }

    /// Sets one instant of a promise, not before it was opened. A second
    /// instant is taken only when it is earlier, as [`Ledger::merge`] takes
    /// the earlier of two tabs' instants: the outcome of two tabs stamping
    /// at once is then the same whichever write each tab saw first.
    fn stamp(
        &mut self,
        id: &str,
        at: Instant,
        what: Stamp,
        slot: impl FnOnce(&mut Promise) -> &mut Option<Instant>,
    ) -> Result<(), LedgerError> {
        let rev = self.clock.saturating_add(1);
        let p = self.get_mut(id)?;
        let (opened, fulfilled, resolved) = (p.opened_at, p.fulfilled_at, p.resolved_at);
        let slot = slot(&mut *p);
        if let Some(t) = (*slot).filter(|&t| t <= at) {
            let id = id.to_string();
            return Err(LedgerError::AlreadyStamped { id, what, at: t });
        }
        if at < opened {
            let id = id.to_string();
            return Err(LedgerError::BeforeOpened { id, what, at, opened });
        }
        let (fulfilled, resolved) = match what {
            Stamp::Fulfilled => (Some(at), resolved),
            Stamp::Resolved => (fulfilled, Some(at)),
        };
        if let (Some(fulfilled), Some(resolved)) = (fulfilled, resolved) {
            if resolved < fulfilled {
                let id = id.to_string();
                return Err(LedgerError::OutOfOrder {
                    id,
                    fulfilled,
                    resolved,
                });
            }
        }
        *slot = Some(at);
        p.rev = rev;
        self.clock = rev;
        Ok(())
    }

    /// "Not now" to "did this solve your problem?": asked again a day later,
    /// until the [`MAX_NOT_NOW`]th "Not now", which ends the asking.
    pub fn not_now(&mut self, id: &str, now: Instant) -> Result<(), LedgerError> {
        let rev = self.clock.saturating_add(1);
        let p = self.get_mut(id)?;
        p.not_now.push(now);
        p.followed_up |= p.not_now.len() >= MAX_NOT_NOW;
        p.rev = rev;
        self.clock = rev;
        Ok(())
    }

    /// The customer's answer to "did this solve your problem?". `solved:
    /// false` reopens the request with a new reply promise from `now`.
    pub fn answer_follow_up(
        &mut self,
        id: &str,
        solved: bool,
        config: &Config,
        zone: &dyn Zone,
        now: Instant,
    ) -> Result<(), LedgerError> {
        let (kind, channel) = {
            let p = self.get_mut(id)?;
            (p.kind, p.channel.clone())
        };
        let rev = self.clock.saturating_add(1);
        if solved {
            let p = self.get_mut(id)?;
            p.followed_up = true;
            p.rev = rev;
            self.clock = rev;
            return Ok(());
        }
        // A refund that did not solve it reopens as a reply on the first channel.
        let channel = if kind == Kind::Reply {
            channel
        } else {
            config.reply_within.first().map(|r| r.channel.clone())
        };
        let (within, channel) = window_for(config, Kind::Reply, channel.as_deref())?;
        let (due, at_risk_at) = deadline(config, zone, now, within)?;
        let p = self.get_mut(id)?;
        let mut earlier = std::mem::take(&mut p.earlier);
        match p.state(now) {
            State::Kept => earlier.push(Outcome {
                due: p.due,
                kept: true,
            }),
            State::Broken => earlier.push(Outcome {
                due: p.due,
                kept: false,
            }),
            // Not decided yet: it never counted, and does not now.
            State::Pending | State::AtRisk => {}
        }
        *p = Promise::open(p.id.clone(), Kind::Reply, channel, now, (due, at_risk_at), rev);
        p.earlier = earlier;
        self.clock = rev;
        Ok(())
    }

    /// Forgets one request.
    pub fn forget(&mut self, id: &str) -> Result<(), LedgerError> {
        if !self.index.contains_key(id) {
            return Err(LedgerError::UnknownId(id.to_string()));
        }
        let rev = self.tick();
        self.forget_at(id, rev);
        self.apply_forgotten();
        Ok(())
    }

    /// Notes that nobody is answering during the open stretch that started
    /// at `open_since`: a broken hours promise, counted once per stretch.
    /// Returns its `promise-broken` event the first time.
    pub fn note_unstaffed(&mut self, open_since: Instant) -> Option<PromiseEvent> {
        self.note_break(open_since).then(|| PromiseEvent {
            name: PromiseEventName::Broken,
            id: "hours".into(),
            kind: Kind::Hours,
            due: Rfc3339(open_since),
        })
    }

    /// Notes a broken open stretch; false if it was noted already.
    fn note_break(&mut self, start: Instant) -> bool {
        match self.hours_breaks.binary_search(&start) {
            Ok(_) => false,
            Err(at) => {
                self.hours_breaks.insert(at, start);
                true
            }
        }
    }

    /// Starts of the open stretches during which nobody was answering.
    pub fn hours_breaks(&self) -> impl Iterator<Item = Instant> + '_ {
        self.hours_breaks.iter().copied()
    }

    /// Restores noted hours breaks (see `store`).
    pub fn set_hours_breaks(&mut self, breaks: impl IntoIterator<Item = Instant>) {
        self.hours_breaks.clear();
        for b in breaks {
            self.note_break(b);
        }
    }

    /// Forgets every request.
    pub fn forget_all(&mut self) {
        self.hours_breaks.clear();
        let rev = self.tick();
        for p in &self.promises {
            self.forgotten.insert(p.id.clone(), rev);
        }
        self.apply_forgotten();
    }

    /// The events due at `now` that were not sent yet; marks them sent.
    pub fn transitions(&mut self, now: Instant) -> Vec<PromiseEvent> {
        let mut out = Vec::new();
        let next_rev = self.clock.saturating_add(1);
        for p in &mut self.promises {
            let state = p.state(now);
            let name = match state {
                State::AtRisk if !p.announced.at_risk => {
                    p.announced.at_risk = true;
                    PromiseEventName::AtRisk
                }
                State::Kept if !p.announced.kept => {
                    p.announced.kept = true;
                    PromiseEventName::Kept
                }
                State::Broken if !p.announced.broken => {
                    p.announced.broken = true;
                    PromiseEventName::Broken
                }
                _ => continue,
            };
            p.rev = next_rev;
            out.push(PromiseEvent {
                name,
                id: p.id.clone(),
                kind: p.kind,
                due: Rfc3339(p.due),
            });
        }
        if !out.is_empty() {
            self.clock = next_rev;
        }
        out
    }

    /// The next instant after `now` at which some promise changes status
    /// or a follow-up becomes due.
    pub fn next_transition(
        &self,
        now: Instant,
        follow_up_after: Duration,
        zone: &dyn Zone,
    ) -> Option<Instant> {
        let mut next: Option<Instant> = None;
        let mut consider = |t: Instant| {
            if t > now {
                next = Some(next.map_or(t, |n| n.min(t)));
            }
        };
        for p in &self.promises {
            if p.fulfilled_at.is_none() {
                consider(p.at_risk_at);
                consider(Instant(p.due.0 + 1));
            }
            if let (Some(r), false) = (p.resolved_at, p.followed_up) {
                consider(p.ask_at(r, follow_up_after, zone));
            }
        }
        next
    }

    /// This customer's record: promises decided (kept or broken) and kept.
    pub fn record(&self, now: Instant) -> OwnRecord {
        let mut r = OwnRecord {
            kept: 0,
            total: self.hours_breaks.len() as u32,
        };
        for p in &self.promises {
            for o in &p.earlier {
                r.total += 1;
                r.kept += u32::from(o.kept);
            }
            match p.state(now) {
                State::Kept => {
                    r.kept += 1;
                    r.total += 1;
                }
                State::Broken => r.total += 1,
                _ => {}
            }
        }
        r
    }
}

fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

/// How many "Not now" answers end the follow-up question (it is asked again
/// twice at most).
pub const MAX_NOT_NOW: usize = 3;

/// How long after a "Not now" the follow-up question is asked again.
pub const ASK_AGAIN_MS: i64 = 24 * 3_600_000;

impl Promise {
    /// When to ask whether the request resolved at `resolved` is solved:
    /// `after` it, and a day after the last "Not now".
    pub fn ask_at(&self, resolved: Instant, after: Duration, zone: &dyn Zone) -> Instant {
        let first = follow_up_at(resolved, after, zone);
        self.not_now
            .last()
            .map_or(first, |t| first.max(Instant(t.0 + ASK_AGAIN_MS)))
    }
}

fn follow_up_at(resolved: Instant, after: Duration, zone: &dyn Zone) -> Instant {
    let hours = Hours::always();
    let holidays = crate::calendar::Holidays::default();
    Calendar::new(&hours, &holidays, zone).add_calendar(resolved, after)
}

/// The one check of an id, for `track()` and for stored records.
pub fn check_id(id: &str) -> Result<(), IdError> {
    if id.trim().is_empty() {
        return Err(IdError::Empty);
    }
    if id.chars().count() > MAX_ID_CHARS {
        return Err(IdError::TooLong);
    }
    if id.chars().any(char::is_control) {
        return Err(IdError::ControlCharacter);
    }
    Ok(())
}

/// The promised window for a kind (and channel), from the configuration.
fn window_for(
    config: &Config,
    kind: Kind,
    channel: Option<&str>,
) -> Result<(Duration, Option<String>), LedgerError> {
    match kind {
        Kind::Hours => Err(LedgerError::HoursNotTracked),
        Kind::Update => Err(LedgerError::UpdateNotTracked),
        Kind::Refund => match config.refund_within {
            Some(d) => Ok((d, None)),
            None if config.has_error("refund-within") => Err(LedgerError::RefundWithinHasError),
            None => Err(LedgerError::NoRefundPromise),
        },
        Kind::Reply => {
            let names = || {
                config
                    .reply_within
                    .iter()
                    // (Strings: the one `join` the bundle has.)
                    .map(|r| r.channel.clone())
                    .collect::<Vec<String>>()
                    .join(", ")
            };
            if config.reply_within.is_empty() {
                return Err(if config.has_error("reply-within") {
                    LedgerError::ReplyWithinHasError
                } else {
                    LedgerError::NoReplyPromise
                });
            }
            let promise = match channel {
                Some(c) => config
                    .reply_promise(c)
                    .ok_or_else(|| LedgerError::UnknownChannel {
                        channel: c.to_string(),
                        published: names(),
                    })?,
                None if config.reply_within.len() == 1 => &config.reply_within[0],
                None => return Err(LedgerError::ChannelRequired { published: names() }),
            };
            Ok((promise.within, Some(promise.channel.clone())))
        }
    }
}

/// The due instant and the at-risk instant of a window starting at `at`.
fn deadline(
    config: &Config,
    zone: &dyn Zone,
    at: Instant,
    within: Duration,
) -> Result<(Instant, Instant), LedgerError> {
    if within.clock == Clock::Business && (config.has_error("hours") || config.has_error("holidays")) {
        return Err(LedgerError::HoursHaveError);
    }
    let hours = config.business_hours();
    let cal = Calendar::new(&hours, &config.holidays, zone);
    let due = cal.deadline(at, within).map_err(LedgerError::Deadline)?;
    let share = i64::from(config.at_risk);
    let at_risk_at = match within.clock {
        Clock::Calendar => Instant(at.0 + (due.0 - at.0) * share / 100),
        Clock::Business => {
            let window = cal.business_between(at, due);
            cal.add_business(at, window * share / 100).unwrap_or(due)
        }
    };
    Ok((due, at_risk_at))
}

#[cfg(test)]
mod tests;
