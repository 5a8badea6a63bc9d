//! Chatwoot: conversation lists (`GET /api/v1/accounts/:id/conversations`:
//! `data.payload`; a bare `payload` or an array are read too). `created_at`
//! and `first_reply_created_at` are epoch seconds, and a
//! `first_reply_created_at` of 0 (or null) means no reply yet; the
//! conversation as webhooks send it (`first_reply_created_at` as an RFC
//! 3339 string, the channel at the top level) is read too. The channel is
//! the inbox's, `meta.channel` (`Channel::WebWidget`), named in snake case
//! without its prefix for the channel map: `web_widget`, `email`, `api`,
//! `whatsapp`, `twilio_sms`, ...

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{json, BadRecord, Item, ReadError};
use crate::calendar::Instant;
use crate::cli::decide::Ticket;
use crate::status::Kind;

#[derive(Deserialize)]
struct Conversation {
    id: u64,
    created_at: When,
    #[serde(default)]
    first_reply_created_at: Option<When>,
    #[serde(default)]
    meta: Option<Meta>,
    #[serde(default)]
    channel: Option<String>,
}

/// Epoch seconds (the API) or RFC 3339 text (webhooks).
#[derive(Deserialize)]
#[serde(untagged)]
enum When {
    Seconds(i64),
    Text(String),
}

#[derive(Deserialize)]
struct Meta {
    #[serde(default)]
    channel: Option<String>,
}

/// `Channel::WebWidget` -> `web_widget`.
pub fn channel_name(raw: &str) -> String {
    let name = raw.strip_prefix("Channel::").unwrap_or(raw);
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

pub fn read(path: &Path, each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    let doc = json::load(path)?;
    let Some((place, list)) = json::records(&doc, &[&["data", "payload"], &["payload"], &[]]) else {
        return Err(ReadError::not_the_export(
            path,
            None,
            "expected a conversation list (data.payload, from GET /api/v1/accounts/:id/conversations)",
        ));
    };
    for (i, v) in list.iter().enumerate() {
        each(conversation(path, &place, i, v).unwrap_or_else(Item::Bad));
    }
    Ok(())
}

fn conversation(file: &Path, place: &str, i: usize, v: &Value) -> Result<Item, BadRecord> {
    let c: Conversation = json::read(file, place, i, v)?;
    let Some(raw) = c.meta.and_then(|m| m.channel).or(c.channel) else {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("meta.channel"),
            "missing".into(),
        ));
    };
    let when = |field: &str, w: &When| -> Result<Option<Instant>, BadRecord> {
        match w {
            When::Seconds(0) => Ok(None),
            When::Seconds(s) if *s < 0 => Err(json::bad(
                file,
                place,
                i,
                v,
                Some(field),
                format!("{s}: expected epoch seconds"),
            )),
            When::Seconds(s) => Ok(Some(Instant(s * 1000))),
            When::Text(t) => json::instant(file, place, i, v, field, t).map(Some),
        }
    };
    let Some(created) = when("created_at", &c.created_at)? else {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("created_at"),
            "0: expected epoch seconds".into(),
        ));
    };
    let first_reply = match &c.first_reply_created_at {
        Some(w) => when("first_reply_created_at", w)?,
        None => None,
    };
    if first_reply.is_some_and(|r| r < created) {
        return Err(json::bad(
            file,
            place,
            i,
            v,
            Some("first_reply_created_at"),
            "before created_at".into(),
        ));
    }
    Ok(Item::Ticket(Ticket {
        id: c.id.to_string(),
        channel: channel_name(&raw),
        kind: Kind::Reply,
        created,
        first_reply,
        resolved: None,
        desk_business_minutes: None,
    }))
}
