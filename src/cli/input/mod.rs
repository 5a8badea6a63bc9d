//! Ticket exports, each read as its help desk documents it, into
//! [`Ticket`]s, streaming: a reader hands each item to a callback as it
//! reads it, and keeps nothing. (A status page's incidents are the
//! exception: held until every file is read, to count each once.)

use std::fmt;
use std::path::Path;

use super::decide::Ticket;
use crate::incident::Incident;

pub mod chatwoot;
pub mod csv;
pub mod freshdesk;
pub mod helpscout;
mod json;
pub mod statuspage;
pub mod zammad;
pub mod zendesk;

/// One thing read from an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Ticket(Ticket),
    /// A status page's incident or maintenance. Its promises are its
    /// update windows, as the page's `update-within` draws them
    /// ([`Incident::update_windows`]): facts here, promises in the run, as
    /// for a ticket. Not a [`Ticket`] per window: a window's due is elapsed
    /// time from a post, not the calendar's deadline from a creation, and
    /// the windows need the whole incident (the next post, the resolution).
    Incident {
        incident: Box<Incident>,
        /// Where it was read, for a window that cannot be decided.
        file: String,
        /// `incidents[3]`.
        place: String,
    },
    /// Not a promise (outbound, spam, deleted): the id and why.
    LeftOut {
        id: String,
        reason: String,
    },
    Bad(BadRecord),
}

/// A record that could not be read: counted and reported, never dropped
/// silently, never stopping the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRecord {
    pub file: String,
    /// `12` (a line) or `tickets[3]` (a JSON record).
    pub place: String,
    pub id: Option<String>,
    /// What the id names.
    pub noun: Noun,
    pub field: Option<String>,
    /// (Boxed: a bad record is every reader's error, and the noun would
    /// otherwise make it too large to return by value.)
    pub message: Box<str>,
}

impl fmt::Display for BadRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:", self.file, self.place)?;
        if let Some(id) = &self.id {
            let noun = match self.noun {
                Noun::Ticket => "ticket",
                Noun::Incident => "incident",
            };
            write!(f, " {noun} {id}:")?;
        }
        if let Some(field) = &self.field {
            write!(f, " {field}:")?;
        }
        write!(f, " {}", self.message)
    }
}

/// What the id of a bad record names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Ticket,
    /// A status page's incident (or maintenance).
    Incident,
}

/// Why an export cannot be read at all: the command cannot run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file cannot be opened or read.
    Io { file: String, message: String },
    /// The file is not the export `--from` names: what was expected, and
    /// the line where that shows, where there is one.
    NotTheExport {
        file: String,
        line: Option<u64>,
        expected: String,
    },
    /// Local times without an offset, and no zone to read them in.
    NoZone { file: String },
}

impl ReadError {
    pub fn io(file: &Path, e: impl fmt::Display) -> ReadError {
        ReadError::Io {
            file: file.display().to_string(),
            message: e.to_string(),
        }
    }

    pub fn not_the_export(file: &Path, line: Option<u64>, expected: impl Into<String>) -> ReadError {
        ReadError::NotTheExport {
            file: file.display().to_string(),
            line,
            expected: expected.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io { file, message } => write!(f, "{file}: {message}"),
            ReadError::NotTheExport {
                file,
                line: Some(line),
                expected,
            } => write!(f, "{file}:{line}: {expected}"),
            ReadError::NotTheExport { file, expected, .. } => write!(f, "{file}: {expected}"),
            ReadError::NoZone { file } => write!(
                f,
                "{file}: the export's times are local times without an offset: give --desk-timezone (or the page's timezone)"
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// The formats of `--from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The normal form: id,channel,created_at,first_reply_at[,kind,resolved_at].
    Csv,
    /// Zendesk: incremental ticket export pages (with include=metric_sets), or
    /// ticket pages plus a Ticket Metrics list.
    Zendesk,
    /// Freshdesk: API ticket lists with include=stats, or the CSV ticket export.
    Freshdesk,
    /// Help Scout: conversations with embed=threads.
    Helpscout,
    /// Chatwoot: conversation lists.
    Chatwoot,
    /// Zammad: tickets with expand=true.
    Zammad,
    /// Statuspage (and incident.io, Rootly): incidents with their updates
    /// (GET /api/v2/incidents.json), for update-within.
    Statuspage,
}

/// Reads `files` as `format`, calling `each` for every item. An `Err` is a
/// file that cannot be read at all (could not run).
pub fn read(format: Format, files: &[&Path], each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    read_with(format, files, None, each)
}

/// [`read`], with the zone of exports that write local times without an
/// offset (Freshdesk's CSV export): the help desk account's zone.
pub fn read_with(
    format: Format,
    files: &[&Path],
    desk_zone: Option<&super::zone::TzZone>,
    each: &mut dyn FnMut(Item),
) -> Result<(), ReadError> {
    match format {
        Format::Csv => files.iter().try_for_each(|f| csv::read(f, each)),
        Format::Zendesk => zendesk::read(files, each),
        Format::Freshdesk => files.iter().try_for_each(|f| freshdesk::read(f, desk_zone, each)),
        Format::Helpscout => files.iter().try_for_each(|f| helpscout::read(f, each)),
        Format::Chatwoot => files.iter().try_for_each(|f| chatwoot::read(f, each)),
        Format::Zammad => files.iter().try_for_each(|f| zammad::read(f, each)),
        Format::Statuspage => statuspage::read(files, each),
    }
}

/// Parses an RFC 3339 instant with an offset for field `field`.
pub fn instant(field: &str, text: &str) -> Result<crate::calendar::Instant, (String, String)> {
    crate::calendar::Instant::parse(text.trim()).map_err(|e| {
        (
            field.to_string(),
            format!(
                "\"{text}\": expected {} at character {} of an RFC 3339 instant with an offset, like 2026-03-27T16:30:00+01:00",
                e.expected,
                e.at + 1
            ),
        )
    })
}
