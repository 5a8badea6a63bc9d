//! Which prompt the widget speaks first, by the contract's priority: a
//! broken promise (the hours first), one at risk, a follow-up question, or
//! when the team is closed, when to expect a reply. Pure.

use crate::calendar::{Calendar, Duration, Instant, Zone};
use crate::config::Config;
use crate::ledger::{Ledger, Promise};
use crate::status::{Prompt, PromptKind, State};

/// The prompt for this configuration, ledger and instant, if any.
pub fn choose(config: &Config, ledger: &Ledger, now: Instant, zone: &dyn Zone) -> Option<Prompt> {
    if unstaffed_since(config, now, zone).is_some() {
        return Some(Prompt {
            kind: PromptKind::Broken,
            id: Some("hours".into()),
        });
    }
    of_requests(ledger, now, config.follow_up_after, zone).or_else(|| {
        let hours = config.hours.as_ref()?;
        let open = Calendar::new(hours, &config.holidays, zone).is_open(now);
        (!open).then_some(Prompt {
            kind: PromptKind::Closed,
            id: None,
        })
    })
}

/// While the host says nobody is answering (`staffed="no"`) during open
/// hours: the start of the open stretch being broken.
pub fn unstaffed_since(config: &Config, now: Instant, zone: &dyn Zone) -> Option<Instant> {
    if config.staffed {
        return None;
    }
    let hours = config.hours.as_ref()?;
    let cal = Calendar::new(hours, &config.holidays, zone);
    cal.open_from(now)
        .next()
        .filter(|iv| iv.start <= now)
        .map(|iv| iv.start)
}

/// The prompt of the tracked requests, by the contract's priority: a broken
/// promise (the one due first), one at risk, then the follow-up question
/// due first.
pub fn of_requests(
    ledger: &Ledger,
    now: Instant,
    follow_up_after: Duration,
    zone: &dyn Zone,
) -> Option<Prompt> {
    let pick = |want: State| {
        ledger
            .promises()
            .iter()
            // A late reply that came ends the apology: only promises
            // still unfulfilled prompt (an at-risk one is unfulfilled).
            .filter(|p| p.resolved_at.is_none() && p.fulfilled_at.is_none() && p.state(now) == want)
            .min_by_key(|p| p.due)
    };
    let prompt = |kind: PromptKind, p: &Promise| Prompt {
        kind,
        id: Some(p.id.clone()),
    };
    if let Some(p) = pick(State::Broken) {
        return Some(prompt(PromptKind::Broken, p));
    }
    if let Some(p) = pick(State::AtRisk) {
        return Some(prompt(PromptKind::AtRisk, p));
    }
    ledger
        .promises()
        .iter()
        .filter(|p| !p.followed_up)
        .filter_map(|p| p.resolved_at.map(|r| (p.ask_at(r, follow_up_after, zone), p)))
        .filter(|(t, _)| *t <= now)
        .min_by_key(|(t, _)| *t)
        .map(|(_, p)| prompt(PromptKind::FollowUp, p))
}
