//! Zammad: tickets from the API with `expand=true`
//! (`GET /api/v1/tickets?expand=true`: an array). The first reply is
//! `first_response_at` (`null` until then); the channel is the type of the
//! article that opened the ticket, `create_article_type` (`email`, `phone`,
//! `web`, `chat`, `sms`, ...). Tickets an agent opened
//! (`create_article_sender: Agent`: outbound calls and emails) and merged
//! or removed ones are not promises.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{json, BadRecord, Item, ReadError};
use crate::cli::decide::Ticket;
use crate::status::Kind;

#[derive(Deserialize)]
struct ZTicket {
    id: u64,
    created_at: String,
    first_response_at: Option<String>,
    #[serde(default)]
    close_at: Option<String>,
    #[serde(default)]
    create_article_type: Option<String>,
    #[serde(default)]
    create_article_sender: Option<String>,
    #[serde(default)]
    state: Option<String>,
}

pub fn read(path: &Path, each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    let doc = json::load(path)?;
    let Some((place, list)) = json::records(&doc, &[&[], &["tickets"]]) else {
        return Err(ReadError::not_the_export(
            path,
            None,
            "expected a list of tickets (GET /api/v1/tickets?expand=true)",
        ));
    };
    for (i, v) in list.iter().enumerate() {
        each(ticket(path, &place, i, v).unwrap_or_else(Item::Bad));
    }
    Ok(())
}

fn ticket(file: &Path, place: &str, i: usize, v: &Value) -> Result<Item, BadRecord> {
    let t: ZTicket = json::read(file, place, i, v)?;
    let id = t.id.to_string();
    let reason = match (t.state.as_deref(), t.create_article_sender.as_deref()) {
        (Some("merged"), _) => Some("merged"),
        (Some("removed"), _) => Some("deleted"),
        (_, Some("Agent")) => Some("outbound"),
        _ => None,
    };
    if let Some(reason) = reason {
        return Ok(Item::LeftOut {
            id,
            reason: reason.into(),
        });
    }
    let Some(channel) = t.create_article_type else {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("create_article_type"),
            "missing: export with expand=true (the ids alone do not name the channel)".into(),
        ));
    };
    let created = json::instant(file, place, i, v, "created_at", &t.created_at)?;
    let first_reply = match t.first_response_at.as_deref() {
        None | Some("") => None,
        Some(s) => Some(json::instant(file, place, i, v, "first_response_at", s)?),
    };
    let resolved = match t.close_at.as_deref() {
        Some(s) if !s.is_empty() => Some(json::instant(file, place, i, v, "close_at", s)?),
        _ => None,
    };
    Ok(Item::Ticket(Ticket {
        id,
        channel,
        kind: Kind::Reply,
        created,
        first_reply,
        resolved,
        desk_business_minutes: None,
    }))
}
