//! One element's state and every change to it. Each change (a JavaScript
//! call, a click, a storage event, the clock) is an [`Action`] applied by
//! [`ElementState::apply`], a pure function that returns the [`Effects`] for
//! the browser edge to perform: save, events to dispatch, a record to fetch.
//! No `web_sys` here: every path is tested natively.

use std::rc::Rc;

use crate::calendar::Calendar;
use crate::calendar::{Instant, Zone};
use crate::config::{Config, ConfigError};
use crate::ledger::{Ledger, LedgerError, TrackRequest};
use crate::prompt::{self, unstaffed_since};
use crate::status::TeamRecord;
use crate::status::{
    FetchState, FollowUpAnswer, HoursChange, PromiseEvent, Prompt, Rfc3339, TeamRecordStatus, Tracked,
};

/// The customer's answer to the follow-up question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Solved,
    NotSolved,
    /// "Not now": asked again a day later (at most twice), and no answer
    /// recorded.
    NotNow,
}

/// What the element confirms after the customer answered the follow-up
/// question (announced, and focused so that the keyboard stays there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmation {
    Solved,
    Reopened,
    /// "Not now": asked again tomorrow.
    AskAgain,
    /// The last "Not now": not asked again.
    NoMore,
}

/// A confirmation, and the prompt it was given beside: it lasts until the
/// prompt changes (the question asked again, or the next change), then goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirmed {
    pub what: Confirmation,
    pub beside: Option<Prompt>,
}

/// A document fetched for the element (the team record of `record-url`):
/// on its way, come, or unavailable and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetch<T> {
    Loading,
    Loaded(T),
    Unavailable(String),
}

/// Every change to an element's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The attributes were read (on connect, on a change, before a call).
    Configure(Box<Config>),
    /// The storage namespace was opened: its ledger replaces the one in
    /// memory, or (the first time) takes in what was tracked before.
    Opened {
        stored: Ledger,
        first: bool,
    },
    /// Another tab or element wrote the namespace: merge what it holds (all
    /// of it: what was stored, not only what changed).
    Stored(Ledger),
    Track(TrackRequest),
    Fulfil {
        id: String,
        at: Option<Instant>,
    },
    Resolve {
        id: String,
        at: Option<Instant>,
    },
    Forget(String),
    ForgetAll,
    /// The customer answered the follow-up question about `id`.
    Answer {
        id: String,
        answer: Answer,
    },
    /// The refund calculator's delivery day (local day number), if valid.
    Delivered(Option<i64>),
    /// The team record fetched from `url`, or why it is unavailable.
    TeamRecord {
        url: String,
        result: Result<TeamRecord, String>,
    },
    /// The clock moved on (the minute timer, or a promise's next transition).
    Tick,
    /// The element left the document: its errors will be reported afresh
    /// when it comes back.
    Disconnected,
}

/// An event to dispatch on the element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Promise(PromiseEvent),
    FollowUpAnswer(FollowUpAnswer),
    ConfigError(ConfigError),
    HoursChange(HoursChange),
}

/// What the browser edge does after an action, in this order: save (then
/// tell the page's other elements), fetch, render, dispatch the events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    /// Write the ledger to storage.
    pub save: bool,
    /// Fetch the team record from this URL.
    pub fetch: Option<String>,
    pub events: Vec<Event>,
    /// `track()`'s answer.
    pub tracked: Option<Tracked>,
}

/// The clock and the team's zone an action is applied at.
pub struct Env<'a> {
    pub now: Instant,
    pub zone: &'a dyn Zone,
    /// Whether events can be delivered: when not (a disconnected element
    /// with no caller to tell), promises are not moved on by the clock, so
    /// no event is marked sent without being sent.
    pub live: bool,
}

/// One element's state.
#[derive(Clone, Debug, Default)]
pub struct ElementState {
    /// Shared, not cloned, by the view and the calls.
    pub config: Rc<Config>,
    /// Tracked requests (the edge loads and saves them).
    pub ledger: Ledger,
    /// The refund calculator's delivery day.
    pub delivered: Option<i64>,
    /// The team record and the URL it is for: fetched once per URL, never
    /// retried in a loop.
    pub team: Option<(String, Fetch<TeamRecord>)>,
    /// Errors already announced through `config-error`.
    reported: Vec<ConfigError>,
    /// Open and closing soon, as last announced through `hours-change`.
    hours_told: Option<(bool, bool)>,
    /// The confirmation of the last answer to the follow-up question, while
    /// connected, until what the widget says first changes.
    pub confirmed: Option<Confirmed>,
}

impl ElementState {
    /// The state of an element with `config` and `ledger` (what a view of
    /// them is made from).
    pub fn with(config: Config, ledger: Ledger) -> ElementState {
        ElementState {
            config: Rc::new(config),
            ledger,
            ..ElementState::default()
        }
    }

    /// Applies `action` at `env`. On error nothing changed.
    pub fn apply(&mut self, action: Action, env: &Env<'_>) -> Result<Effects, LedgerError> {
        let mut fx = Effects::default();
        let mut answered = None;
        let now = env.now;
        match action {
            Action::Configure(config) => {
                fx.events.extend(
                    config
                        .errors
                        .iter()
                        .filter(|e| !self.reported.contains(e))
                        .cloned()
                        .map(Event::ConfigError),
                );
                self.reported = config.errors.clone();
                fx.fetch = match (&config.record_url, &self.team) {
                    (Some(url), Some((fetched, _))) if url == fetched => None,
                    (Some(url), _) => {
                        self.team = Some((url.clone(), Fetch::Loading));
                        Some(url.clone())
                    }
                    (None, _) => {
                        self.team = None;
                        None
                    }
                };
                self.config = Rc::new(*config);
            }
            Action::Opened { mut stored, first } => {
                if first {
                    stored.merge(&self.ledger);
                }
                self.ledger = stored;
            }
            Action::Stored(stored) => {
                self.ledger.merge(&stored);
                // What is stored lacks something this copy has (a write in
                // another tab raced one here): write the merge back, so
                // storage and every tab converge on it.
                fx.save = !self.ledger.same_content(&stored);
            }
            Action::Track(mut req) => {
                // What has not happened cannot be tracked, as it cannot be
                // fulfilled.
                req.at = Some(not_after(&req.id, "opened", req.at, now)?);
                let p = self.ledger.track(req, &self.config, env.zone, now)?;
                fx.tracked = Some(Tracked {
                    id: p.id.clone(),
                    due: Rfc3339(p.due),
                });
                fx.save = true;
            }
            Action::Fulfil { id, at } => {
                let at = not_after(&id, "fulfilled", at, now)?;
                self.ledger.fulfil(&id, at)?;
                fx.save = true;
            }
            Action::Resolve { id, at } => {
                let at = not_after(&id, "resolved", at, now)?;
                self.ledger.resolve(&id, at)?;
                fx.save = true;
            }
            Action::Forget(id) => {
                self.ledger.forget(&id)?;
                fx.save = true;
            }
            Action::ForgetAll => {
                self.ledger.forget_all();
                fx.save = true;
            }
            Action::Answer { id, answer } => {
                let what = if answer == Answer::NotNow {
                    self.ledger.not_now(&id, now)?;
                    if self.ledger.get(&id).is_some_and(|p| p.followed_up) {
                        Confirmation::NoMore
                    } else {
                        Confirmation::AskAgain
                    }
                } else {
                    let solved = answer == Answer::Solved;
                    self.ledger
                        .answer_follow_up(&id, solved, &self.config, env.zone, now)?;
                    answered = Some(FollowUpAnswer { id, solved });
                    if solved {
                        Confirmation::Solved
                    } else {
                        Confirmation::Reopened
                    }
                };
                let beside = prompt::choose(&self.config, &self.ledger, now, env.zone);
                self.confirmed = Some(Confirmed { what, beside });
                fx.save = true;
            }
            Action::Delivered(day) => self.delivered = day,
            Action::TeamRecord { url, result } => match &mut self.team {
                Some((current, team)) if *current == url => {
                    *team = match result {
                        Ok(r) => Fetch::Loaded(r),
                        Err(why) => Fetch::Unavailable(why),
                    }
                }
                _ => {} // the URL changed meanwhile
            },
            Action::Tick => {}
            Action::Disconnected => {
                self.reported.clear();
                self.hours_told = None;
                self.confirmed = None;
            }
        }
        if !env.live {
            return Ok(fx);
        }
        // Whatever the action, the clock may have moved a promise on.
        let mut found = self.ledger.transitions(now);
        if let Some(since) = unstaffed_since(&self.config, now, env.zone) {
            found.extend(self.ledger.note_unstaffed(since));
        }
        fx.save |= !found.is_empty();
        fx.events.extend(found.into_iter().map(Event::Promise));
        fx.events.extend(answered.map(Event::FollowUpAnswer));
        fx.events.extend(self.hours_change(env).map(Event::HoursChange));
        if let Some(c) = &self.confirmed {
            if c.beside != prompt::choose(&self.config, &self.ledger, now, env.zone) {
                self.confirmed = None;
            }
        }
        Ok(fx)
    }

    /// `hours-change` when the team opened, closed or is about to close
    /// since it was last told (and once when there are hours to tell of).
    fn hours_change(&mut self, env: &Env<'_>) -> Option<HoursChange> {
        let Some(hours) = &self.config.hours else {
            self.hours_told = None;
            return None;
        };
        let state = Calendar::new(hours, &self.config.holidays, env.zone).state_at(env.now);
        let now = (state.open, state.closing_soon);
        (self.hours_told.replace(now) != Some(now)).then(|| HoursChange {
            open: state.open,
            closing_soon: state.closing_soon,
            next_change: state.next_change.map(Rfc3339),
        })
    }

    /// `status().teamRecord`.
    pub fn team_status(&self) -> Option<TeamRecordStatus> {
        self.team.as_ref().map(|(url, t)| TeamRecordStatus {
            state: match t {
                Fetch::Loading => FetchState::Loading,
                Fetch::Loaded(_) => FetchState::Loaded,
                Fetch::Unavailable(_) => FetchState::Unavailable,
            },
            url: url.clone(),
            record: match t {
                Fetch::Loaded(r) => Some(r.clone()),
                _ => None,
            },
            reason: match t {
                Fetch::Unavailable(why) => Some(why.clone()),
                _ => None,
            },
        })
    }
}

/// The instant a request was opened, fulfilled or resolved (`what`): `at`,
/// which may not be after `now` (what has not happened cannot be
/// recorded), or `now`.
fn not_after(
    id: &str,
    what: &'static str,
    at: Option<Instant>,
    now: Instant,
) -> Result<Instant, LedgerError> {
    match at {
        Some(at) if at > now => Err(LedgerError::InTheFuture {
            id: id.to_string(),
            what,
            at,
            now,
        }),
        at => Ok(at.unwrap_or(now)),
    }
}

#[cfg(test)]
mod tests;
