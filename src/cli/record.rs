//! `record`: tickets in, the `record-url` document out (and, for `report`,
//! what the team needs to see behind it).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::decide::{decide, decide_due, Count, Outcome, Tally, Ticket};
use super::input::{self, BadRecord, Format, Item, ReadError};
use super::setup::Setup;
use super::zone::TzZone;
use crate::calendar::civil::DAY_MS;
use crate::calendar::{Calendar, Clock, Duration, Instant};
use crate::incident::{Incident, NextPost};
use crate::status::Kind;

/// `--channel-map web=email,voice=phone`: the help desk's channel names to
/// `reply-within`'s (any other name maps to itself). Case-insensitive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChannelMap(Vec<(String, String)>);

impl ChannelMap {
    pub fn parse(text: &str) -> Result<ChannelMap, String> {
        let mut out = Vec::new();
        for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((from, to)) = pair.split_once('=') else {
                return Err(format!(
                    "--channel-map: \"{pair}\": expected DESK=CHANNEL, like web=email"
                ));
            };
            let (from, to) = (from.trim(), to.trim());
            if from.is_empty() || to.is_empty() {
                return Err(format!(
                    "--channel-map: \"{pair}\": expected DESK=CHANNEL, like web=email"
                ));
            }
            out.push((from.to_ascii_lowercase(), to.to_string()));
        }
        Ok(ChannelMap(out))
    }

    pub fn map<'a>(&'a self, desk: &'a str) -> &'a str {
        self.0
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(desk))
            .map_or(desk, |(_, to)| to.as_str())
    }
}

/// What `record` is asked.
pub struct Options {
    pub window: Duration,
    pub now: Instant,
    pub channels: ChannelMap,
    /// Keep the breaches and comparisons (for `report` and `--compare`).
    pub keep_details: bool,
    /// The zone of exports with local times (`--desk-timezone`); default
    /// the team's.
    pub desk_zone: Option<super::zone::TzZone>,
}

/// One broken promise, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breach {
    pub id: String,
    pub channel: String,
    pub due: Instant,
    /// The late reply, if one came by now.
    pub reply: Option<Instant>,
}

/// A ticket where the help desk's own business minutes and ours disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub id: String,
    pub desk: i64,
    pub ours: i64,
    pub why: String,
}

/// Why a run cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunError {
    /// The configuration has no usable `timezone` (see
    /// [`Setup::record_errors`]).
    NoZone,
    Read(ReadError),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::NoZone => f.write_str("the team's zone is unknown: the element needs timezone"),
            RunError::Read(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RunError {}

/// Everything one run found.
#[derive(Debug, Default)]
pub struct Run {
    pub tally: Tally,
    pub read: u64,
    pub bad: Vec<BadRecord>,
    pub bad_count: u64,
    /// Not promises (outbound, spam, deleted): reason -> count.
    pub not_promises: BTreeMap<String, u64>,
    /// Channels without a promise: the help desk's name -> count.
    pub no_promise: BTreeMap<String, u64>,
    /// Tickets whose due cannot be computed.
    pub no_due: u64,
    pub breaches: Vec<Breach>,
    pub compared: u64,
    pub disagreements: Vec<Disagreement>,
    pub disagreement_count: u64,
}

/// The most bad records kept to show; the rest are counted.
pub const MAX_SHOWN: usize = 100;

/// The `record-url` document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    pub window_days: u32,
    pub generated_at: String,
    pub promises: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub kept: u64,
    pub total: u64,
}

/// Parses `--window` (`30d`: whole days).
pub fn parse_window(text: &str) -> Result<Duration, String> {
    let d = Duration::parse(text, Clock::Calendar, false)
        .map_err(|e| format!("--window: {}", e.describe(text)))?;
    if d.minutes != 0 || d.days == 0 {
        return Err(format!(
            "--window: \"{text}\": expected whole days from 1d to 366d, like 30d"
        ));
    }
    Ok(d)
}

impl Run {
    /// Reads `files` and decides every ticket. `Err`: a file could not be
    /// read at all. `tick` is called after each item (the progress bar).
    pub fn compute(
        setup: &Setup,
        format: Format,
        files: &[&Path],
        opts: &Options,
        tick: &mut dyn FnMut(u64),
    ) -> Result<Run, RunError> {
        Run::compute_with(setup, format, files, opts, tick, &mut |_| {})
    }

    /// [`Run::compute`], handing every bad record to `on_bad` as it is read
    /// (the command prints each; the run keeps the first [`MAX_SHOWN`]).
    pub fn compute_with(
        setup: &Setup,
        format: Format,
        files: &[&Path],
        opts: &Options,
        tick: &mut dyn FnMut(u64),
        on_bad: &mut dyn FnMut(&BadRecord),
    ) -> Result<Run, RunError> {
        let utc;
        let zone = match &setup.zone {
            Some(z) => z,
            // Update windows count elapsed time: no calendar is read.
            None if format == Format::Statuspage => {
                utc = TzZone::utc();
                &utc
            }
            None => return Err(RunError::NoZone),
        };
        let hours = setup.config.business_hours();
        let cal = Calendar::new(&hours, &setup.config.holidays, zone);
        let window_start = Instant(opts.now.0 - i64::from(opts.window.days) * DAY_MS);
        let mut run = Run::default();
        let desk_zone = opts.desk_zone.as_ref().or(setup.zone.as_ref());
        input::read_with(format, files, desk_zone, &mut |item| {
            run.read += 1;
            tick(run.read);
            match item {
                Item::Ticket(t) => run.decide_one(setup, &cal, &t, opts, window_start),
                Item::Incident {
                    incident,
                    file,
                    place,
                } => {
                    if run.decide_updates(setup, &incident, opts, window_start) {
                        run.bad(
                            BadRecord {
                                file,
                                place: format!(" {place}"),
                                id: Some(incident.id),
                                noun: input::Noun::Incident,
                                field: Some("resolved_at".into()),
                                message: "missing: the incident is over but the feed does not say when, so the window of its last update cannot be decided (its other windows are counted)".into(),
                            },
                            on_bad,
                        );
                    }
                }
                Item::LeftOut { reason, .. } => *run.not_promises.entry(reason).or_default() += 1,
                Item::Bad(b) => run.bad(b, on_bad),
            }
        })
        .map_err(RunError::Read)?;
        Ok(run)
    }

    fn bad(&mut self, b: BadRecord, on_bad: &mut dyn FnMut(&BadRecord)) {
        on_bad(&b);
        self.bad_count += 1;
        if self.bad.len() < MAX_SHOWN {
            self.bad.push(b);
        }
    }

    /// Decides every update window of `incident` (a promise of kind
    /// `update`, no channel) and counts it; `true` when one cannot be
    /// decided (the incident is over, but the feed does not say when).
    fn decide_updates(
        &mut self,
        setup: &Setup,
        incident: &Incident,
        opts: &Options,
        window_start: Instant,
    ) -> bool {
        let mut undecided = false;
        for w in incident.update_windows(setup.update_within) {
            let next = match w.next_post {
                NextPost::At(t) => Some(t),
                NextPost::NotYet => None,
                NextPost::Unknown => {
                    undecided = true;
                    continue;
                }
            };
            let outcome = decide_due(w.due, next, opts.now);
            self.tally.add(Kind::Update, None, outcome, window_start);
            if let (true, Outcome::Broken { due, reply }) = (opts.keep_details, outcome) {
                if due > window_start {
                    self.breaches.push(Breach {
                        id: incident.id.clone(),
                        channel: "outage updates".into(),
                        due,
                        reply,
                    });
                }
            }
        }
        undecided
    }

    fn decide_one<Z: crate::calendar::Zone>(
        &mut self,
        setup: &Setup,
        cal: &Calendar<'_, Z>,
        t: &Ticket,
        opts: &Options,
        window_start: Instant,
    ) {
        let (within, channel) = match t.kind {
            Kind::Reply => {
                let name = opts.channels.map(&t.channel);
                match setup.config.reply_promise(name) {
                    Some(p) => (p.within, Some(p.channel.as_str())),
                    None => {
                        *self.no_promise.entry(t.channel.clone()).or_default() += 1;
                        return;
                    }
                }
            }
            Kind::Refund => match setup.config.refund_within {
                Some(d) => (d, None),
                None => {
                    *self.no_promise.entry("refund".into()).or_default() += 1;
                    return;
                }
            },
            // Never in a ticket: not tracked by id (an update window comes
            // as an `Item::Incident`).
            Kind::Hours | Kind::Update => return,
        };
        let Ok(outcome) = decide(cal, within, t.created, t.first_reply, opts.now) else {
            self.no_due += 1;
            return;
        };
        self.tally.add(t.kind, channel, outcome, window_start);
        if !opts.keep_details {
            return;
        }
        if let Outcome::Broken { due, reply } = outcome {
            if due > window_start {
                self.breaches.push(Breach {
                    id: t.id.clone(),
                    channel: channel.unwrap_or("refund").to_string(),
                    due,
                    reply,
                });
            }
        }
        if let (Some(desk), Some(reply)) = (t.desk_business_minutes, t.first_reply) {
            self.compared += 1;
            let ours = cal.business_between(t.created, reply) / 60_000;
            // The help desks count whole minutes.
            if (desk - ours).abs() > 1 {
                self.disagreement_count += 1;
                if self.disagreements.len() < 10_000 {
                    let why = why_differ(setup, cal, t.created, reply, desk, ours);
                    self.disagreements.push(Disagreement {
                        id: t.id.clone(),
                        desk,
                        ours,
                        why,
                    });
                }
            }
        }
    }

    /// The document: one line per kind and channel seen, in the order of
    /// `reply-within`, then refunds, then outage updates.
    pub fn document(&self, setup: &Setup, opts: &Options) -> Document {
        let mut lines: Vec<Line> = Vec::new();
        let order = setup
            .config
            .reply_within
            .iter()
            .map(|r| (Kind::Reply, Some(r.channel.clone())))
            .chain([(Kind::Refund, None), (Kind::Update, None)]);
        for key in order {
            if let Some((_, c)) = self.tally.lines.iter().find(|(k, _)| *k == key) {
                lines.push(Line {
                    kind: key.0,
                    channel: key.1,
                    kept: c.kept,
                    total: c.total,
                });
            }
        }
        Document {
            window_days: opts.window.days,
            generated_at: opts.now.to_rfc3339(),
            promises: lines,
        }
    }

    /// The count of one line (for tests and the report).
    pub fn count(&self, kind: Kind, channel: Option<&str>) -> Option<Count> {
        self.tally
            .lines
            .iter()
            .find(|((k, c), _)| *k == kind && c.as_deref() == channel)
            .map(|(_, c)| *c)
    }
}

/// Why the help desk's business minutes may differ from ours: a holiday
/// of ours between the two (which its schedule may not know), else the
/// hours or the zone.
fn why_differ<Z: crate::calendar::Zone>(
    setup: &Setup,
    cal: &Calendar<'_, Z>,
    from: Instant,
    to: Instant,
    desk: i64,
    ours: i64,
) -> String {
    let (a, b) = (cal.local_day(from), cal.local_day(to));
    let days: Vec<String> = setup
        .config
        .holidays
        .between(a, b)
        .map(|(d, n)| if n.is_empty() { d } else { format!("{d} {n}") })
        .collect();
    if !days.is_empty() && desk > ours {
        format!("a holiday its schedule may not know: {}", days.join(", "))
    } else {
        "its schedule's hours or zone differ from the element's".to_string()
    }
}
