//! Help Scout: pages of conversations with their threads (Mailbox API 2.0,
//! `GET /v2/conversations?embed=threads`: `_embedded.conversations`, each
//! with `_embedded.threads`). The channel is the conversation's `type`
//! (`email`, `chat`, `phone`); the first reply is the earliest thread of
//! type `reply` created by a user (`createdBy.type: user`): not the
//! customer's own threads, notes, line items, or anything written by
//! another kind of author (`system_user`, an AI, as the v3 threads
//! endpoint names it; v2 reports it as `user`, so there it counts).
//! Conversations started by the team (`source.via: user`), spam (`status:
//! spam`) and deleted ones (`state: deleted`) are not promises; drafts
//! neither.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{json, BadRecord, Item, ReadError};
use crate::cli::decide::Ticket;
use crate::status::Kind;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Conversation {
    id: u64,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    state: Option<String>,
    created_at: String,
    #[serde(default)]
    closed_at: Option<String>,
    #[serde(default)]
    source: Option<Source>,
    #[serde(default, rename = "_embedded")]
    embedded: Option<Embedded>,
}

#[derive(Deserialize)]
struct Source {
    #[serde(default)]
    via: Option<String>,
}

#[derive(Deserialize)]
struct Embedded {
    #[serde(default)]
    threads: Vec<Thread>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Thread {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    created_by: Option<Person>,
    created_at: String,
}

#[derive(Deserialize)]
struct Person {
    #[serde(rename = "type")]
    kind: String,
}

pub fn read(path: &Path, each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    let doc = json::load(path)?;
    let Some((place, list)) = json::records(&doc, &[&["_embedded", "conversations"], &[]]) else {
        return Err(ReadError::not_the_export(
            path,
            None,
            "expected a page of conversations (_embedded.conversations, from GET /v2/conversations?embed=threads)",
        ));
    };
    for (i, v) in list.iter().enumerate() {
        each(conversation(path, &place, i, v).unwrap_or_else(Item::Bad));
    }
    Ok(())
}

fn conversation(file: &Path, place: &str, i: usize, v: &Value) -> Result<Item, BadRecord> {
    let c: Conversation = json::read(file, place, i, v)?;
    let id = c.id.to_string();
    let reason = match (c.status.as_deref(), c.state.as_deref()) {
        (_, Some("deleted")) => Some("deleted"),
        (_, Some("draft")) => Some("draft"),
        (Some("spam"), _) => Some("spam"),
        _ if c.source.as_ref().and_then(|s| s.via.as_deref()) == Some("user") => Some("outbound"),
        _ => None,
    };
    if let Some(reason) = reason {
        return Ok(Item::LeftOut {
            id,
            reason: reason.into(),
        });
    }
    let Some(embedded) = c.embedded else {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("_embedded.threads"),
            "missing: export with embed=threads".into(),
        ));
    };
    let created = json::instant(file, place, i, v, "createdAt", &c.created_at)?;
    let mut first_reply = None;
    for (k, th) in embedded.threads.iter().enumerate() {
        let by_user = th.created_by.as_ref().is_some_and(|p| p.kind == "user");
        if th.kind != "reply" || !by_user {
            continue;
        }
        let field = format!("_embedded.threads[{k}].createdAt");
        let at = json::instant(file, place, i, v, &field, &th.created_at)?;
        first_reply = Some(first_reply.map_or(at, |f: crate::calendar::Instant| f.min(at)));
    }
    let resolved = match c.closed_at.as_deref() {
        Some(s) if !s.is_empty() => Some(json::instant(file, place, i, v, "closedAt", s)?),
        _ => None,
    };
    Ok(Item::Ticket(Ticket {
        id,
        channel: c.kind,
        kind: Kind::Reply,
        created,
        first_reply,
        resolved,
        desk_business_minutes: None,
    }))
}
