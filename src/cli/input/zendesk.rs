//! Zendesk: pages of the incremental ticket export
//! (`GET /api/v2/incremental/tickets/cursor.json?include=metric_sets`:
//! `tickets`, with the sideloaded `metric_sets` beside them), or ticket
//! pages plus a Ticket Metrics list (`GET /api/v2/ticket_metrics`:
//! `ticket_metrics`) in any of the files, joined by `ticket_id`.
//!
//! The channel is `via.channel` (`email`, `web`, `chat`, `voice`, `api`,
//! ...); the first reply is `created_at` plus
//! `reply_time_in_minutes.calendar` (whole minutes, as Zendesk counts them;
//! `null` until the first reply); `reply_time_in_minutes.business` is kept
//! for `--compare`. Deleted tickets (`status: deleted`, which is where spam
//! goes) and outbound calls (`via.source.rel: outbound`) are not promises.
//!
//! A ticket may be in several pages: Zendesk's workflow is one export, then
//! a poll now and then for what changed since, so a ticket changed after a
//! poll is in the next one too (and time-based pages may repeat items). It
//! counts once, as its latest copy (`updated_at`, then the later file and
//! place) has it, with that page's metrics; so the ids are held, a few
//! bytes per ticket, for the whole run.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{json, Item, ReadError};
use crate::calendar::Instant;
use crate::cli::decide::Ticket;
use crate::status::Kind;

#[derive(Deserialize)]
struct ZTicket {
    id: u64,
    created_at: String,
    #[serde(default)]
    status: Option<String>,
    via: Via,
}

#[derive(Deserialize)]
struct Via {
    channel: Value,
    #[serde(default)]
    source: Option<Source>,
}

#[derive(Deserialize, Default)]
struct Source {
    #[serde(default)]
    rel: Option<String>,
}

#[derive(Deserialize)]
struct Metrics {
    ticket_id: u64,
    #[serde(default)]
    reply_time_in_minutes: Option<Minutes>,
}

#[derive(Deserialize, Clone, Copy, Default)]
struct Minutes {
    calendar: Option<i64>,
    business: Option<i64>,
}

/// Where the copy of a ticket that counts is: its `updated_at` (earliest
/// when it has none), the file's index and the ticket's index in the page.
type Copy = (i64, usize, usize);

pub fn read(files: &[&Path], each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    // The Ticket Metrics lists first: a ticket needs its metrics to be
    // decided, and they may come in a file of their own. And where each
    // ticket's latest copy is.
    let mut joined: HashMap<u64, Minutes> = HashMap::new();
    let mut latest: HashMap<u64, Copy> = HashMap::new();
    let mut pages = Vec::new();
    for (f, &file) in files.iter().enumerate() {
        let doc = json::load(file)?;
        if let Some((place, list)) = json::records(&doc, &[&["ticket_metrics"]]) {
            metrics_into(file, &place, list, &mut joined, each);
        }
        if let Some(tickets) = doc.get("tickets") {
            for (i, v) in tickets.as_array().into_iter().flatten().enumerate() {
                let Some(id) = v.get("id").and_then(Value::as_u64) else {
                    continue;
                };
                let updated = v
                    .get("updated_at")
                    .and_then(Value::as_str)
                    .and_then(|t| Instant::parse(t).ok())
                    .map_or(i64::MIN, |t| t.0);
                let copy = (updated, f, i);
                let at = latest.entry(id).or_insert(copy);
                *at = copy.max(*at);
            }
            pages.push((f, file));
        } else if doc.get("ticket_metrics").is_none() {
            return Err(ReadError::not_the_export(
                file,
                None,
                "neither tickets (an incremental export page) nor ticket_metrics (a Ticket Metrics list)",
            ));
        }
    }
    for (f, file) in pages {
        let doc = json::load(file)?;
        // The page's own metric sets, then the lists'.
        let mut metrics = HashMap::new();
        if let Some((place, list)) = json::records(&doc, &[&["metric_sets"]]) {
            metrics_into(file, &place, list, &mut metrics, each);
        }
        let Some((place, list)) = json::records(&doc, &[&["tickets"]]) else {
            return Err(ReadError::not_the_export(file, None, "tickets is not a list"));
        };
        for (i, v) in list.iter().enumerate() {
            if let Some(id) = v.get("id").and_then(Value::as_u64) {
                if latest.get(&id).is_some_and(|&(_, lf, li)| (lf, li) != (f, i)) {
                    each(Item::LeftOut {
                        id: id.to_string(),
                        reason: "an older copy of a ticket given again".into(),
                    });
                    continue;
                }
            }
            each(ticket(file, &place, i, v, &metrics, &joined).unwrap_or_else(Item::Bad));
        }
    }
    Ok(())
}

fn metrics_into(
    file: &Path,
    place: &str,
    list: &[Value],
    into: &mut HashMap<u64, Minutes>,
    each: &mut dyn FnMut(Item),
) {
    for (i, v) in list.iter().enumerate() {
        match json::read::<Metrics>(file, place, i, v) {
            Ok(m) => {
                into.insert(m.ticket_id, m.reply_time_in_minutes.unwrap_or_default());
            }
            Err(b) => each(Item::Bad(b)),
        }
    }
}

fn ticket(
    file: &Path,
    place: &str,
    i: usize,
    v: &Value,
    metrics: &HashMap<u64, Minutes>,
    joined: &HashMap<u64, Minutes>,
) -> Result<Item, super::BadRecord> {
    let t: ZTicket = json::read(file, place, i, v)?;
    let id = t.id.to_string();
    if t.status.as_deref() == Some("deleted") {
        return Ok(Item::LeftOut {
            id,
            reason: "deleted or spam".into(),
        });
    }
    if t.via.source.unwrap_or_default().rel.as_deref() == Some("outbound") {
        return Ok(Item::LeftOut {
            id,
            reason: "outbound".into(),
        });
    }
    let channel = match &t.via.channel {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => {
            return Err(json::bad(
                file,
                place,
                i,
                v,
                Some("via.channel"),
                "expected the channel's name".into(),
            ));
        }
    };
    let created = json::instant(file, place, i, v, "created_at", &t.created_at)?;
    let Some(m) = metrics.get(&t.id).or_else(|| joined.get(&t.id)) else {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("metric_set"),
            "no metrics for this ticket: export with include=metric_sets, or add the Ticket Metrics list"
                .into(),
        ));
    };
    let first_reply = match m.calendar {
        Some(min) if min < 0 => {
            return Err(json::bad(
                file,
                place,
                i,
                v,
                Some("reply_time_in_minutes.calendar"),
                format!("{min}: negative"),
            ))
        }
        Some(min) => Some(Instant(created.0 + min * 60_000)),
        None => None,
    };
    Ok(Item::Ticket(Ticket {
        id,
        channel,
        kind: Kind::Reply,
        created,
        first_reply,
        resolved: None,
        desk_business_minutes: m.business.filter(|_| first_reply.is_some()),
    }))
}
