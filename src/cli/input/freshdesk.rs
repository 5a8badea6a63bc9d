//! Freshdesk: ticket lists from the API with `include=stats`
//! (`GET /api/v2/tickets?include=stats`: an array of tickets; one ticket,
//! `GET /api/v2/tickets/:id?include=stats`, is read too). The first reply
//! is `stats.first_responded_at` (`null` until then); the channel is
//! `source`, named as the API documents its numbers: 1 `email`, 2
//! `portal`, 3 `phone`, 7 `chat`, 9 `feedback_widget`, 10
//! `outbound_email` (others `source_N`). Outbound email (started by the
//! team), spam (`spam: true`) and deleted tickets (`deleted: true`) are not
//! promises.
//!
//! The CSV ticket export (Tickets, Export, CSV) is read too, by its
//! columns `Ticket ID`, `Source` (named: `Email`, `Portal`, `Phone`, `Chat`,
//! `Feedback Widget`, `Outbound Email`, read as the API's names),
//! `Created time` and `Initial response time` (empty: none yet), and
//! `Resolved time` where present. Its times are the account's local times
//! without an offset (`2026-12-01 10:00:00`): they are read in
//! `--desk-timezone` (IANA or Rails names), by default the team's zone.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{json, BadRecord, Item, ReadError};
use crate::calendar::{Instant, Zone};
use crate::cli::decide::Ticket;
use crate::cli::zone::TzZone;
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

pub fn read(path: &Path, zone: Option<&TzZone>, each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        let zone = zone.ok_or_else(|| ReadError::NoZone {
            file: path.display().to_string(),
        })?;
        return read_csv(path, zone, each);
    }
    let doc = json::load(path)?;
    let one;
    let (place, list) = match json::records(&doc, &[&[], &["tickets"]]) {
        Some(found) => found,
        None if doc.get("id").is_some() => {
            one = [doc.clone()];
            (String::new(), &one[..])
        }
        None => {
            return Err(ReadError::not_the_export(
                path,
                None,
                "expected a list of tickets (GET /api/v2/tickets?include=stats)",
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

/// The CSV export's columns that are read.
const COLUMNS: [&str; 4] = ["Ticket ID", "Source", "Created time", "Initial response time"];

fn read_csv(path: &Path, zone: &TzZone, each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| ReadError::io(path, e))?;
    let mut rdr = ::csv::Reader::from_reader(file);
    let headers = rdr
        .headers()
        .map_err(|e| super::csv::header_error(path, &e))?
        .clone();
    let col = |c: &str| headers.iter().position(|h| h.trim() == c);
    let Some(cols) = COLUMNS.iter().map(|c| col(c)).collect::<Option<Vec<usize>>>() else {
        let missing: Vec<&str> = COLUMNS.iter().filter(|c| col(c).is_none()).copied().collect();
        return Err(ReadError::not_the_export(
            path,
            Some(1),
            format!("not Freshdesk's ticket export: no {} column", missing.join(", ")),
        ));
    };
    let resolved_col = col("Resolved time");
    super::csv::each_record(path, &mut rdr, each, |record, line, each| {
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        let id = get(cols[0]).to_string();
        let bad = |field: &str, message: String| {
            Item::Bad(BadRecord {
                file: name.clone(),
                place: line.to_string(),
                id: Some(id.clone()).filter(|i| !i.is_empty()),
                noun: super::Noun::Ticket,
                field: Some(field.to_string()),
                message: message.into(),
            })
        };
        let source = get(cols[1]).to_ascii_lowercase().replace(' ', "_");
        if source == "outbound_email" {
            each(Item::LeftOut {
                id,
                reason: "outbound".into(),
            });
            return;
        }
        let local = |field: &str, text: &str| -> Result<Option<Instant>, Item> {
            if text.is_empty() {
                return Ok(None);
            }
            local_time(text)
                .map(|ms| Some(zone.instant_at_local(ms)))
                .ok_or_else(|| {
                    bad(
                        field,
                        format!("\"{text}\": expected the export's local time, like 2026-12-01 10:00:00"),
                    )
                })
        };
        let item = (|| {
            if id.is_empty() {
                return Err(bad("Ticket ID", "empty".into()));
            }
            let created =
                local("Created time", get(cols[2]))?.ok_or_else(|| bad("Created time", "empty".into()))?;
            let first_reply = local("Initial response time", get(cols[3]))?;
            let resolved = match resolved_col {
                Some(c) => local("Resolved time", get(c))?,
                None => None,
            };
            Ok(Item::Ticket(Ticket {
                id: id.clone(),
                channel: source.clone(),
                kind: Kind::Reply,
                created,
                first_reply,
                resolved,
                desk_business_minutes: None,
            }))
        })();
        each(item.unwrap_or_else(|e| e));
    })
}

/// `2026-12-01 10:00:00` (or `10:00`) as local milliseconds.
fn local_time(text: &str) -> Option<i64> {
    let text = text.trim();
    let full = match text.len() {
        16 => format!("{text}:00Z"),
        19 => format!("{text}Z"),
        _ => return None,
    };
    Instant::parse(&full).ok().map(|i| i.0)
}
