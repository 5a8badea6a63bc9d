//! Which prompt the widget speaks first, by the contract's priority: a
//! broken promise (the hours first), one at risk, a follow-up question, or
//! when the team is closed, when to expect a reply. Pure.

use crate::calendar::{Calendar, Instant, Zone};
use crate::config::Config;
use crate::ledger::Ledger;
use crate::status::{Prompt, PromptKind};

/// The prompt for this configuration, ledger and instant, if any.
pub fn choose(config: &Config, ledger: &Ledger, now: Instant, zone: &dyn Zone) -> Option<Prompt> {
    if unstaffed_since(config, now, zone).is_some() {
        return Some(Prompt {
            kind: PromptKind::Broken,
            id: Some("hours".into()),
        });
    }
    ledger.prompt(now, config.follow_up_after, zone).or_else(|| {
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
