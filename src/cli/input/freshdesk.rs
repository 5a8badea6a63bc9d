//! Freshdesk: ticket lists from the API with `include=stats`
//! (`GET /api/v2/tickets?include=stats`: an array of tickets; one ticket,
//! `GET /api/v2/tickets/:id?include=stats`, is read too). The first reply
//! is `stats.first_responded_at` (`null` until then); the channel is
//! `source`, named as the API documents its numbers: 1 `email`, 2
//! `portal`, 3 `phone`, 7 `chat`, 9 `feedback_widget`, 10
//! `outbound_email` (others `source_N`). Outbound email (started by the
//! team), spam (`spam: true`) and deleted tickets (`deleted: true`) are not
//! promises.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{json, BadRecord, Item};
use crate::cli::decide::Ticket;
use crate::status::Kind;

#[derive(Deserialize)]
struct FTicket {
    id: u64,
    created_at: String,
    source: u32,
    #[serde(default)]
    spam: Option<bool>,
    #[serde(default)]
    deleted: Option<bool>,
    stats: Option<Stats>,
}

#[derive(Deserialize)]
struct Stats {
    first_responded_at: Option<String>,
    #[serde(default)]
    resolved_at: Option<String>,
}

/// The channel name of a `source` number, as the API documents them.
pub fn source_name(n: u32) -> String {
    match n {
        1 => "email".into(),
        2 => "portal".into(),
        3 => "phone".into(),
        7 => "chat".into(),
        9 => "feedback_widget".into(),
        10 => "outbound_email".into(),
        n => format!("source_{n}"),
    }
}

pub fn read(path: &Path, each: &mut dyn FnMut(Item)) -> Result<(), String> {
    let doc = json::load(path)?;
    let one;
    let (place, list) = match json::records(&doc, &[&[], &["tickets"]]) {
        Some(found) => found,
        None if doc.get("id").is_some() => {
            one = [doc.clone()];
            (String::new(), &one[..])
        }
        None => {
            return Err(format!(
                "{}: expected a list of tickets (GET /api/v2/tickets?include=stats)",
                path.display()
            ))
        }
    };
    for (i, v) in list.iter().enumerate() {
        each(ticket(path, &place, i, v).unwrap_or_else(Item::Bad));
    }
    Ok(())
}

fn ticket(file: &Path, place: &str, i: usize, v: &Value) -> Result<Item, BadRecord> {
    let t: FTicket = json::read(file, place, i, v)?;
    let id = t.id.to_string();
    let left_out = |reason: &str| {
        Ok(Item::LeftOut {
            id: id.clone(),
            reason: reason.into(),
        })
    };
    if t.deleted == Some(true) {
        return left_out("deleted");
    }
    if t.spam == Some(true) {
        return left_out("spam");
    }
    if t.source == 10 {
        return left_out("outbound");
    }
    let Some(stats) = t.stats else {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("stats"),
            "missing: export with include=stats".into(),
        ));
    };
    let created = json::instant(file, place, i, v, "created_at", &t.created_at)?;
    let first_reply = match stats.first_responded_at.as_deref() {
        None | Some("") => None,
        Some(s) => Some(json::instant(file, place, i, v, "stats.first_responded_at", s)?),
    };
    let resolved = match stats.resolved_at.as_deref() {
        None | Some("") => None,
        Some(s) => Some(json::instant(file, place, i, v, "stats.resolved_at", s)?),
    };
    Ok(Item::Ticket(Ticket {
        id,
        channel: source_name(t.source),
        kind: Kind::Reply,
        created,
        first_reply,
        resolved,
        desk_business_minutes: None,
    }))
}
