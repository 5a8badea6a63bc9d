//! What the element shows and what `status()` returns, computed from the
//! configuration, the clock and the team's zone. Pure: no browser imports.

use crate::calendar::civil::DAY_MS;
use crate::calendar::{Calendar, Clock, DayHours, Duration, HoursState, Instant, Zone};
use crate::config::{Config, ConfigError, ReturnWindow};
use std::rc::Rc;

use crate::i18n::{Key, Texts};
use crate::ledger::{Ledger, Promise};
use crate::prompt;
use crate::state::Confirmation;
use crate::state::{ElementState, Fetch};
use crate::status::{
    HoursStatus, LanguageStatus, Prompt, PromptKind, Rfc3339, State, Status, StorageStatus, TeamRecord,
};
use crate::store::StorageNotice;
pub use crate::words::storage_notice;
use crate::words::Words;

/// Everything the view's sections (`components/`) render.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub now: Instant,
    /// The element's words.
    pub texts: Rc<Texts>,
    /// The team's zone as people say it ("Central European Time"), else
    /// as named (or the visitor's, when none was given).
    pub zone_name: String,
    pub hours: Option<HoursView>,
    pub replies: Vec<ReplyLine>,
    pub refund: Option<RefundView>,
    pub follow_up_after: Duration,
    pub requests: Vec<RequestLine>,
    /// What the widget says first, if anything.
    pub prompt: Option<PromptView>,
    /// The confirmation of an answer to the follow-up question, its
    /// sentences (set by the element).
    pub confirmation: Option<Vec<String>>,
    /// "and 3 earlier requests": those not listed (beyond
    /// [`MAX_SHOWN_REQUESTS`]).
    pub more_requests: Option<String>,
    /// "Kept so far: 3 of 4", once any of this visitor's promises is decided.
    pub own_record: Option<String>,
    /// Whether (and why not) this visitor's requests are remembered.
    pub storage_notice: Option<String>,
    /// The team's record from `record-url`.
    pub team: Option<TeamView>,
    pub errors: Vec<ConfigError>,
    /// Whether the errors show in the element: with `debug`, or on the
    /// author's own machine (set by the element). Otherwise customers see
    /// the sections without them, and the fallback content where the hours
    /// are unusable.
    pub show_errors: bool,
    /// `hours` was given but cannot be read: no hours section.
    pub hours_unusable: bool,
}

/// The team's record from `record-url`, as the element shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamView {
    /// On its way: the lines it is expected to have, to hold their place
    /// (drawn as blanks, read as loading; never shown as text).
    Loading(TeamLines),
    /// Its sentences.
    Loaded(TeamLines),
    /// Why not, in the customer's words.
    Unavailable(String),
}

/// The record's sentences, and when it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamLines {
    pub lines: Vec<String>,
    /// "Updated Fri 4 Dec.", or that it is older than its window.
    pub updated: Option<String>,
}

/// The team record's part of the view: its lines once fetched, else
/// placeholders of the lines expected (as `service-promises record` writes
/// it: a line per reply channel and one for refunds, with figures of the
/// usual width, and when it was made), so that the box keeps its size when
/// the record comes.
fn team_view(
    team: &Fetch<TeamRecord>,
    config: &Config,
    now: Instant,
    zone: &dyn Zone,
    w: &Words<'_>,
) -> TeamView {
    use crate::status::{Kind, RecordLine};
    let lines = |r: &TeamRecord| TeamLines {
        lines: w.record_lines(r),
        updated: w.record_updated(r, now, zone),
    };
    match team {
        Fetch::Loading => {
            let line = |kind, channel: Option<&str>| RecordLine {
                kind,
                channel: channel.map(str::to_string),
                // The shape of most months' figures: three digits of
                // three, and a percentage of two.
                kept: 888,
                total: 999,
            };
            let replies = config
                .reply_within
                .iter()
                .map(|r| line(Kind::Reply, Some(&r.channel)));
            let refunds = config.refund_within.map(|_| line(Kind::Refund, None));
            let expected = TeamRecord {
                // The record command's default window.
                window_days: 30,
                generated_at: Some(Rfc3339(now)),
                promises: replies.chain(refunds).collect(),
            };
            TeamView::Loading(lines(&expected))
        }
        Fetch::Loaded(r) => TeamView::Loaded(lines(r)),
        Fetch::Unavailable(_) => TeamView::Unavailable(w.t(Key::RecordUnavailable).to_string()),
    }
}

/// One tracked request, for "Your requests".
#[derive(Clone, Debug, PartialEq)]
pub struct RequestLine {
    pub id: String,
    /// "email reply", "refund".
    pub what: String,
    /// The contract's status (its word is also the CSS hook).
    pub status: State,
    /// The status in the element's language.
    pub status_text: String,
    /// "due tomorrow 14:00", "kept", ...
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HoursView {
    pub state: HoursState,
    /// Open hours, but the host says nobody is answering.
    pub unstaffed: bool,
    /// "Open now", "Closed", "Closing soon".
    pub headline: String,
    /// "closes 17:00", "opens Sat 10:00".
    pub next: Option<String>,
    /// The same in the visitor's zone, where it differs: "Sat 09:00 your time".
    pub next_visitor: Option<String>,
    pub week: Vec<DayLine>,
    pub holidays: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DayLine {
    pub label: String,
    /// The day's open times ("09:00–12:30", "13:30–17:00"), or one word
    /// for the whole day ("closed", "open 24 hours").
    pub ranges: Vec<String>,
    /// The holiday's name, where the day is one and has a name.
    pub holiday: Option<String>,
    pub today: bool,
}

impl DayLine {
    /// The day as one line: "09:00–12:30, 13:30–17:00", "closed (Christmas
    /// Day)".
    pub fn text(&self) -> String {
        let ranges = self.ranges.join(", ");
        match &self.holiday {
            Some(name) => format!("{ranges} ({name})"),
            None => ranges,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReplyLine {
    pub channel: String,
    /// "4 business hours", "5 minutes".
    pub promise: String,
    /// "reply by Sat 14:00" if a request were sent now.
    pub due: Result<String, String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RefundView {
    pub window: Option<String>,
    pub refund_within: Option<String>,
    pub method: Option<String>,
    pub fees: Option<String>,
    pub policy_url: Option<String>,
    /// Whether to offer the personal calculator (a return window in days).
    pub calculator: bool,
    /// The calculator's answer for the delivery date entered.
    pub estimate: Vec<String>,
}

/// Everything the view and `status()` are made of: the element's state, and
/// what only the browser knows (the clock, the team's zone, the words of
/// the element's language, whether storage works, whose page it is). The
/// browser edge gathers it; [`build`] and [`status`] are pure functions of
/// it, and nothing edits what they return.
pub struct Input<'a> {
    pub state: &'a ElementState,
    pub now: Instant,
    /// The team's zone (the visitor's where none is given or known), and its
    /// name as the author wrote it.
    pub zone: &'a dyn Zone,
    pub zone_name: &'a str,
    /// The zone as people say it in the element's language ("Eastern
    /// Time"), where `Intl` has a name for it: what customers read (the
    /// name as written stays in `status()` and the author's messages).
    pub zone_label: Option<&'a str>,
    /// The element's words; `None` while its language's are on their way
    /// (no view then; `status()` says the storage notice in English).
    pub words: Option<&'a Words<'a>>,
    pub storage: Storage<'a>,
    /// A page of the author's own (`localhost`, `127.0.0.1`, a file): the
    /// configuration errors show in the element there.
    pub local_page: bool,
    /// The element's language tag (`fr-CA`).
    pub tag: &'a str,
}

/// Whether this visitor's requests are remembered across visits, and if
/// not, why.
#[derive(Clone, Copy, Debug, Default)]
pub struct Storage<'a> {
    pub remembered: bool,
    pub notice: Option<&'a StorageNotice>,
}

impl<'a> Input<'a> {
    /// The input of `state` at `now` in `zone` (named `zone_name`) with
    /// `words`: storage working, not the author's page, an English tag.
    pub fn new(
        state: &'a ElementState,
        now: Instant,
        zone: &'a dyn Zone,
        zone_name: &'a str,
        words: &'a Words<'a>,
    ) -> Input<'a> {
        Input {
            state,
            now,
            zone,
            zone_name,
            zone_label: None,
            words: Some(words),
            storage: Storage {
                remembered: true,
                notice: None,
            },
            local_page: false,
            tag: "en",
        }
    }
}

/// What the element shows, or `None` before its words have come.
pub fn build(input: &Input<'_>) -> Option<View> {
    let w = input.words?;
    let (state, now, zone) = (input.state, input.now, input.zone);
    let config = &*state.config;
    let mut v = sections(
        config,
        &state.ledger,
        now,
        zone,
        input.zone_label.unwrap_or(input.zone_name),
        w,
    );
    if let (Some(r), Some(day)) = (v.refund.as_mut(), state.delivered) {
        r.estimate = refund_estimate(config, day, now, zone, w);
    }
    v.storage_notice = input.storage.notice.map(|n| storage_notice(&w.texts, n));
    v.show_errors |= input.local_page;
    v.confirmation = state
        .confirmed
        .as_ref()
        .map(|c| confirmation(c.what, config, now, zone, w));
    v.team = state
        .team
        .as_ref()
        .map(|(_, t)| team_view(t, config, now, zone, w));
    Some(v)
}

/// The view's sections of `config` and `ledger` at `now`.
fn sections(
    config: &Config,
    ledger: &Ledger,
    now: Instant,
    zone: &dyn Zone,
    zone_name: &str,
    w: &Words<'_>,
) -> View {
    let hours_for_math = config.business_hours();
    let cal = Calendar::new(&hours_for_math, &config.holidays, zone);
    let hours = config
        .hours
        .as_ref()
        .map(|_| hours_view(&cal, now, config.staffed, w));
    let hours_ok = !config.has_error("hours") && !config.has_error("holidays");
    let replies: Vec<ReplyLine> = config
        .reply_within
        .iter()
        .map(|r| ReplyLine {
            channel: r.channel.clone(),
            promise: w.duration(r.within),
            due: if hours_ok || r.within.clock == Clock::Calendar {
                cal.deadline(now, r.within)
                    .map(|t| w.tf(Key::ReplyBy, &[&w.for_customer(zone, now, t)]))
                    .map_err(|_| w.t(Key::NoDeadline).to_string())
            } else {
                Err(w.t(Key::NeedsHours).to_string())
            },
        })
        .collect();
    let prompt = prompt::choose(config, ledger, now, zone)
        .map(|p| prompt_view(p, config, ledger, now, zone, &replies, w));
    let refund = if config.return_window.is_some()
        || config.refund_within.is_some()
        || config.refund_method.is_some()
        || config.return_fees.is_some()
        || config.refund_policy_url.is_some()
    {
        Some(RefundView {
            window: config.return_window.map(|rw| match rw {
                ReturnWindow::NotAccepted => w.t(Key::ReturnsNotAccepted).to_string(),
                ReturnWindow::Days(d) => w.tn(Key::ReturnWithin, d.into(), &[&w.num(d.into())]),
            }),
            refund_within: config
                .refund_within
                .map(|d| w.tf(Key::RefundWithin, &[&w.duration(d)])),
            method: config.refund_method.clone(),
            fees: config.return_fees.clone(),
            policy_url: config.refund_policy_url.clone(),
            calculator: matches!(config.return_window, Some(ReturnWindow::Days(_))),
            estimate: Vec::new(),
        })
    } else {
        None
    };
    View {
        now,
        texts: w.texts.clone(),
        zone_name: zone_name.to_string(),
        hours,
        replies,
        refund,
        follow_up_after: config.follow_up_after,
        requests: shown_requests(ledger, now)
            .into_iter()
            .map(|p| {
                let state = p.state(now);
                let due = w.for_customer(zone, now, p.due);
                RequestLine {
                    id: p.id.clone(),
                    what: w.what(Some(p)),
                    status: state,
                    status_text: w.status_text(state),
                    detail: match (state, p.fulfilled_at) {
                        (_, Some(f)) => w.tf(Key::Done, &[&w.for_customer(zone, now, f), &due]),
                        (State::Broken, None) => w.tf(Key::WasDue, &[&due]),
                        // Pending or at risk: a countdown, renewed every minute.
                        _ => format!("{} ({})", w.tf(Key::Due, &[&due]), w.remaining(p.due.0 - now.0)),
                    },
                }
            })
            .collect(),
        more_requests: match ledger.promises().len().saturating_sub(MAX_SHOWN_REQUESTS) as u64 {
            0 => None,
            more => Some(w.tn(Key::MoreRequests, more, &[&w.num(more)])),
        },
        own_record: {
            let r = ledger.record(now);
            (r.total > 0).then(|| w.tf(Key::YourRecord, &[&w.num(r.kept.into()), &w.num(r.total.into())]))
        },
        prompt,
        confirmation: None,
        storage_notice: None,
        team: None,
        errors: config.errors.clone(),
        show_errors: config.debug,
        hours_unusable: config.hours.is_none() && config.has_error("hours"),
    }
}

/// The refund calculator: for a delivery on local day `delivered`, the last
/// day to return and, for a return arriving that day, when the refund is due.
pub fn refund_estimate(
    config: &Config,
    delivered: i64,
    now: Instant,
    zone: &dyn Zone,
    w: &Words<'_>,
) -> Vec<String> {
    let Some(ReturnWindow::Days(days)) = config.return_window else {
        return Vec::new();
    };
    let today = zone.to_local(now).div_euclid(DAY_MS);
    // A delivery that has not happened yet has no window to count from.
    if delivered > today {
        return vec![w.t(Key::CalcFuture).to_string()];
    }
    let last = delivered + i64::from(days);
    let mut lines = vec![w.tf(Key::CalcLastDay, &[&w.clock.date(last)])];
    if last < today {
        lines.push(w.t(Key::CalcTooLate).to_string());
    } else if let Some(within) = config.refund_within {
        let hours = config.business_hours();
        let arrival = zone.instant_at_local(last * DAY_MS);
        if let Ok(due) = Calendar::new(&hours, &config.holidays, zone).deadline(arrival, within) {
            // In the visitor's time where it differs, as every deadline.
            let (z, theirs) = w.customer_zone(zone, due);
            let day = z.to_local(due).div_euclid(DAY_MS);
            let when = w.labelled(theirs, format!("{} {}", w.clock.date(day), w.time(z, due)));
            lines.push(w.tf(Key::CalcRefund, &[&when]));
        }
    }
    lines
}

/// What the element says after an answer to the follow-up question, as
/// true at `now`: a reopened request is being seen to only while the team
/// is open and staffed; otherwise it says when someone will be.
fn confirmation(
    c: Confirmation,
    config: &Config,
    now: Instant,
    zone: &dyn Zone,
    w: &Words<'_>,
) -> Vec<String> {
    let key = match c {
        Confirmation::Solved => Key::ThanksSolved,
        Confirmation::Reopened => match on_it(config, now, zone, w) {
            None => Key::ThanksReopened,
            Some(when) => return vec![w.t(Key::Reopened).to_string(), when],
        },
        Confirmation::AskAgain => Key::AskAgain,
        Confirmation::NoMore => Key::AskNoMore,
    };
    vec![w.t(key).to_string()]
}

/// When a person will be on a request, where that is not now: at the next
/// opening (in the customer's time) while the team is closed; "as soon as
/// we are back" while it is open but unstaffed, or has no opening ahead.
/// `None` while the team is open and staffed: someone is on it now.
fn on_it(config: &Config, now: Instant, zone: &dyn Zone, w: &Words<'_>) -> Option<String> {
    let hours = config.business_hours();
    let state = Calendar::new(&hours, &config.holidays, zone).state_at(now);
    match (state.open, config.staffed, state.next_change) {
        (true, true, _) => None,
        (false, _, Some(opens)) => Some(w.tf(Key::OnItAtOpening, &[&w.for_customer(zone, now, opens)])),
        _ => Some(w.t(Key::OnItLater).to_string()),
    }
}

/// What the prompt says, for the element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromptView {
    pub kind: PromptKind,
    pub id: Option<String>,
    pub title: String,
    pub lines: Vec<String>,
    /// Ask "did this solve it?" with Yes / No / Not now.
    pub ask: bool,
}

fn prompt_view(
    p: Prompt,
    config: &Config,
    ledger: &Ledger,
    now: Instant,
    zone: &dyn Zone,
    replies: &[ReplyLine],
    w: &Words<'_>,
) -> PromptView {
    let promise = p.id.as_deref().and_then(|id| ledger.get(id));
    let what = w.what(promise);
    let make_good = config.make_good.as_ref().map(|m| w.tf(Key::Apology, &[m]));
    let (title, mut lines, ask) = match (p.kind, promise) {
        (PromptKind::Broken, None) => (
            w.t(Key::HoursBrokenTitle).to_string(),
            vec![
                w.t(Key::HoursBroken1).to_string(),
                w.t(Key::HoursBroken2).to_string(),
            ],
            false,
        ),
        (PromptKind::Broken, Some(pr)) => (
            w.tf(Key::LateTitle, &[&what]),
            vec![
                w.tf(Key::LateMissed, &[&w.for_customer(zone, now, pr.due)]),
                on_it(config, now, zone, w).unwrap_or_else(|| w.t(Key::OnIt).to_string()),
            ],
            false,
        ),
        (PromptKind::AtRisk, Some(pr)) => (
            w.tf(Key::RiskTitle, &[&what]),
            vec![
                w.tf(
                    Key::RiskDue,
                    &[&w.for_customer(zone, now, pr.due), &w.remaining(pr.due.0 - now.0)],
                ),
                w.t(Key::RiskNothingToDo).to_string(),
            ],
            false,
        ),
        (PromptKind::FollowUp, Some(_)) => (
            w.t(Key::FollowUpTitle).to_string(),
            vec![w.tf(Key::FollowUpAbout, &[&what, p.id.as_deref().unwrap_or_default()])],
            true,
        ),
        _ => {
            let hours = config.business_hours();
            let next = Calendar::new(&hours, &config.holidays, zone)
                .state_at(now)
                .next_change;
            // When the team opens again is the hours section's line, just
            // below (in the visitor's time too): not said twice.
            let mut lines = vec![];
            if next.is_none() {
                lines.push(w.t(Key::NoOpening).to_string());
            }
            if let Some(r) = replies.first() {
                if let Ok(due) = &r.due {
                    lines.push(w.tf(Key::WriteAnyway, &[&r.channel, due]));
                }
            }
            (w.t(Key::ClosedTitle).to_string(), lines, false)
        }
    };
    if p.kind == PromptKind::Broken {
        lines.extend(make_good);
    }
    PromptView {
        kind: p.kind,
        id: p.id,
        title,
        lines,
        ask,
    }
}

/// The holidays listed under the hours: those from today through the next
/// eight weeks (the week table marks those of its seven days too).
pub const HOLIDAYS_AHEAD_DAYS: i64 = 56;

/// The most requests listed in the element; `status()` has them all.
pub const MAX_SHOWN_REQUESTS: usize = 20;

/// The requests worth listing: open ones first (soonest due first), then
/// the most recently opened.
fn shown_requests(ledger: &Ledger, now: Instant) -> Vec<&Promise> {
    let mut all: Vec<&Promise> = ledger.promises().iter().collect();
    let open = |p: &Promise| p.resolved_at.is_none() && p.state(now) != State::Kept;
    all.sort_by(|a, b| {
        open(b).cmp(&open(a)).then_with(|| {
            if open(a) {
                a.due.cmp(&b.due)
            } else {
                b.opened_at.cmp(&a.opened_at)
            }
        })
    });
    all.truncate(MAX_SHOWN_REQUESTS);
    all
}

fn hours_view<Z: Zone>(cal: &Calendar<'_, Z>, now: Instant, staffed: bool, w: &Words<'_>) -> HoursView {
    let state = cal.state_at(now);
    let headline = w
        .t(match (state.open, state.closing_soon, staffed) {
            (true, _, false) => Key::Unstaffed,
            (true, true, true) => Key::ClosingSoon,
            (true, false, true) => Key::OpenNow,
            (false, _, _) => Key::ClosedNow,
        })
        .to_string();
    let next = state.next_change.map(|t| {
        let key = if state.open { Key::Closes } else { Key::Opens };
        w.tf(key, &[&w.when(&cal.zone, now, t)])
    });
    // "Mon 08:00 your time", where the visitor's clock differs.
    let next_visitor = state.next_change.and_then(|t| match w.visitor {
        Some(v) if v.offset_seconds(t) != cal.zone.offset_seconds(t) => {
            Some(w.tf(Key::YourTime, &[&w.when(v, now, t)]))
        }
        _ => None,
    });
    let today = cal.local_day(now);
    let week = cal
        .week(now)
        .into_iter()
        .map(|d| day_line(&cal.zone, d, today, w))
        .collect();
    let holidays = cal
        .holidays
        .from_day(today)
        .take_while(|(day, _)| *day < today + HOLIDAYS_AHEAD_DAYS)
        .map(|(day, name)| {
            let label = w.clock.date(day);
            if name.is_empty() {
                w.tf(Key::HolidayClosed, &[&label])
            } else {
                format!("{label}{}{name}", w.t(Key::Colon))
            }
        })
        .collect();
    HoursView {
        state,
        unstaffed: state.open && !staffed,
        headline,
        next,
        next_visitor,
        week,
        holidays,
    }
}

fn day_line<Z: Zone>(zone: &Z, d: DayHours, today: i64, w: &Words<'_>) -> DayLine {
    let mut ranges: Vec<String> = d
        .intervals
        .iter()
        .map(|iv| format!("{}–{}", w.time(zone, iv.start), w.end_time(zone, iv.end)))
        .collect();
    if ranges.is_empty() {
        ranges.push(w.t(Key::DayClosed).into());
    }
    // One interval from midnight to midnight: the whole day.
    if let [iv] = d.intervals[..] {
        let midnight = |t: Instant| zone.to_local(t).rem_euclid(DAY_MS) == 0;
        // (A day of daylight saving has 23 or 25 hours.)
        if midnight(iv.start) && midnight(iv.end) && iv.end.0 - iv.start.0 >= DAY_MS - 3_600_000 {
            ranges = vec![w.t(Key::AllDay).into()];
        }
    }
    DayLine {
        label: w.clock.date(d.day),
        ranges,
        holiday: d.holiday.filter(|n| !n.is_empty()).map(|n| n.to_string()),
        today: d.day == today,
    }
}

/// The contract's `status()`.
pub fn status<'a>(input: &Input<'a>) -> Status<'a> {
    let (state, now, zone) = (input.state, input.now, input.zone);
    let config: &'a Config = &input.state.config;
    let ledger: &'a Ledger = &input.state.ledger;
    let hours = config.hours.as_ref().map(|h| {
        let cal = Calendar::new(h, &config.holidays, zone);
        let s = cal.state_at(now);
        HoursStatus {
            open: s.open,
            closing_soon: s.closing_soon,
            next_change: s.next_change.map(Rfc3339),
            timezone: input.zone_name.to_string(),
            staffed: config.staffed,
        }
    });
    let english;
    let texts = match input.words {
        Some(w) => &*w.texts,
        None => {
            english = Texts::english();
            &english
        }
    };
    Status {
        now: Rfc3339(now),
        hours,
        promises: ledger.promises().iter().map(|p| p.to_status(now)).collect(),
        record: ledger.record(now),
        prompt: prompt::choose(config, ledger, now, zone),
        errors: config.errors.clone(),
        storage: StorageStatus {
            remembered: input.storage.remembered,
            notice: input.storage.notice.map(|n| storage_notice(texts, n)),
            problem: input.storage.notice.and_then(|n| n.problem()),
        },
        team_record: state.team_status(),
        language: Some(LanguageStatus {
            tag: input.tag.to_string(),
            texts: input.words.map(|w| w.texts.lang.clone()),
        }),
        holidays: {
            let today = zone.to_local(now).div_euclid(DAY_MS);
            config
                .holidays
                .between(today, today + 365)
                .map(|(date, name)| crate::status::HolidayStatus { date, name })
                .collect()
        },
    }
}

#[cfg(test)]
mod tests;
