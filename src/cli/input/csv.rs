//! The normal form: a CSV file with a header naming at least
//! `id,channel,created_at,first_reply_at` (in any order; optional `kind`,
//! `resolved_at`; other columns are ignored), RFC 3339 instants with an
//! offset, an empty `first_reply_at` for no reply yet, `kind` `reply`
//! (the default) or `refund` (then `first_reply_at` is when the refund was
//! issued). Streamed with `csv::Reader::deserialize`, one record at a time.

use std::path::Path;

use serde::Deserialize;

use super::{instant, BadRecord, Item, ReadError};
use crate::cli::decide::Ticket;
use crate::status::Kind;

/// The columns that must be in the header.
pub const REQUIRED: [&str; 4] = ["id", "channel", "created_at", "first_reply_at"];

#[derive(Deserialize)]
struct Row<'a> {
    id: &'a str,
    channel: &'a str,
    created_at: &'a str,
    first_reply_at: &'a str,
    #[serde(default)]
    kind: Option<&'a str>,
    #[serde(default)]
    resolved_at: Option<&'a str>,
}

pub fn read(path: &Path, each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    let file = std::fs::File::open(path).map_err(|e| ReadError::io(path, e))?;
    read_from(path, file, each)
}

/// Reads the normal form from `input`, named `path` in messages.
pub fn read_from(
    path: &Path,
    input: impl std::io::Read,
    each: &mut dyn FnMut(Item),
) -> Result<(), ReadError> {
    let name = &path.display().to_string();
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(false)
        .buffer_capacity(1 << 16)
        .from_reader(input);
    let headers = rdr.headers().map_err(|e| header_error(path, &e))?.clone();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|c| !headers.iter().any(|h| h.trim() == **c))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(ReadError::not_the_export(
            path,
            Some(1),
            format!(
                "the header has no {} column{}; expected id,channel,created_at,first_reply_at (and optionally kind,resolved_at)",
                missing.join(", "),
                if missing.len() > 1 { "s" } else { "" }
            ),
        ));
    }
    let headers = ::csv::StringRecord::from(headers.iter().map(str::trim).collect::<Vec<_>>());
    each_record(path, &mut rdr, each, |record, line, each| {
        let row: Row = match record.deserialize(Some(&headers)) {
            Ok(r) => r,
            Err(e) => {
                let field = match e.kind() {
                    ::csv::ErrorKind::Deserialize { err, .. } => err
                        .field()
                        .and_then(|i| headers.get(i as usize))
                        .map(str::to_string),
                    _ => None,
                };
                each(Item::Bad(bad(name, line, None, field, e.to_string())));
                return;
            }
        };
        each(match ticket(&row) {
            Ok(t) => Item::Ticket(t),
            Err((field, message)) => Item::Bad(bad(name, line, Some(row.id), Some(field), message)),
        });
    })
}

/// Why a CSV file's header cannot be read: the file cannot be read at all
/// (a directory, a disk error), or its first line is not a header.
pub(super) fn header_error(path: &Path, e: &::csv::Error) -> ReadError {
    match e.kind() {
        ::csv::ErrorKind::Io(io) => ReadError::io(path, io),
        _ => ReadError::not_the_export(path, Some(1), e.to_string()),
    }
}

/// Reads `rdr`'s records one at a time and calls `on` with each and the
/// line it starts on. A record the reader cannot read is a bad record of
/// `path`'s; an I/O error ends the file with an error (the reader would
/// give it again at every later read). Both CSV inputs read through it.
pub(super) fn each_record<R: std::io::Read>(
    path: &Path,
    rdr: &mut ::csv::Reader<R>,
    each: &mut dyn FnMut(Item),
    mut on: impl FnMut(&::csv::StringRecord, u64, &mut dyn FnMut(Item)),
) -> Result<(), ReadError> {
    let name = path.display().to_string();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = rdr.position().line();
        match rdr.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                each(Item::Bad(bad(&name, line, None, None, e.to_string())));
                if matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
                    return Err(ReadError::io(path, format!("line {line}: {e}")));
                }
                continue;
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        on(&record, line, each);
    }
}

fn bad(name: &str, line: u64, id: Option<&str>, field: Option<String>, message: String) -> BadRecord {
    BadRecord {
        file: name.to_string(),
        place: line.to_string(),
        id: id.filter(|s| !s.is_empty()).map(str::to_string),
        noun: super::Noun::Ticket,
        field,
        message: message.into(),
    }
}

fn ticket(row: &Row) -> Result<Ticket, (String, String)> {
    if row.id.trim().is_empty() {
        return Err(("id".into(), "empty; every ticket needs its id".into()));
    }
    let kind = match row.kind.map(str::trim).unwrap_or("") {
        "" | "reply" => Kind::Reply,
        "refund" => Kind::Refund,
        other => {
            return Err((
                "kind".into(),
                format!("\"{other}\": expected reply or refund (or empty for reply)"),
            ))
        }
    };
    if kind == Kind::Reply && row.channel.trim().is_empty() {
        return Err((
            "channel".into(),
            "empty; a reply promise needs its channel".into(),
        ));
    }
    let created = instant("created_at", row.created_at)?;
    let first_reply = match row.first_reply_at.trim() {
        "" => None,
        t => Some(instant("first_reply_at", t)?),
    };
    if first_reply.is_some_and(|r| r < created) {
        return Err(("first_reply_at".into(), "before created_at".into()));
    }
    let resolved = match row.resolved_at.map(str::trim).unwrap_or("") {
        "" => None,
        t => Some(instant("resolved_at", t)?),
    };
    Ok(Ticket {
        id: row.id.trim().to_string(),
        channel: row.channel.trim().to_string(),
        kind,
        created,
        first_reply,
        resolved,
        desk_business_minutes: None,
    })
}
