//! The team's promise record from `record-url`: the document checked (its
//! types are the contract's, in [`crate::status`]; the sentences it reads
//! as, too few cases said as such, are [`crate::words`]').

use std::fmt;

use crate::calendar::Instant;
use crate::status::{RecordDoc, Rfc3339, TeamRecord};

/// Fewer decided promises than this are "too few to say".
pub const MIN_CASES: u32 = 20;
/// The largest body read from `record-url`.
pub const MAX_BYTES: usize = 64 * 1024;

/// The longest channel name read from a record.
pub const MAX_CHANNEL_CHARS: usize = 40;

/// Why a `record-url` document is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordDocError {
    /// Not JSON text.
    NotJson,
    /// Not of the document's shape (serde's message names the member).
    Shape(String),
    WindowDays(u32),
    TooManyLines,
    KeptOverTotal {
        line: usize,
        kept: u32,
        total: u32,
    },
    /// `generated_at` is not an RFC 3339 instant.
    GeneratedAt(String),
    /// A channel name that is empty, too long or holds control characters.
    Channel(usize),
}

impl fmt::Display for RecordDocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordDocError::NotJson => f.write_str("not JSON"),
            RecordDocError::Shape(e) => write!(f, "wrong format: {e}"),
            RecordDocError::WindowDays(d) => write!(f, "wrong format: window_days must be 1 to 3650, not {d}"),
            RecordDocError::TooManyLines => f.write_str("wrong format: more than 10 lines in promises"),
            RecordDocError::KeptOverTotal { line, kept, total } => {
                write!(
                    f,
                    "wrong format: promises[{line}]: kept ({kept}) is more than total ({total})"
                )
            }
            RecordDocError::GeneratedAt(text) => write!(
                f,
                "wrong format: generated_at must be an RFC 3339 instant like 2026-12-04T00:00:00Z, not \"{text}\""
            ),
            RecordDocError::Channel(line) => write!(
                f,
                "wrong format: promises[{line}]: channel must be a name of 1 to {MAX_CHANNEL_CHARS} characters"
            ),
        }
    }
}

impl RecordDoc {
    /// Checks the numbers.
    pub fn check(self) -> Result<TeamRecord, RecordDocError> {
        if !(1..=3_650).contains(&self.window_days) {
            return Err(RecordDocError::WindowDays(self.window_days));
        }
        if self.promises.len() > 10 {
            return Err(RecordDocError::TooManyLines);
        }
        for (line, l) in self.promises.iter().enumerate() {
            if l.kept > l.total {
                let (kept, total) = (l.kept, l.total);
                return Err(RecordDocError::KeptOverTotal { line, kept, total });
            }
            if let Some(c) = &l.channel {
                let n = c.trim().chars().count();
                if n == 0 || n > MAX_CHANNEL_CHARS || c.contains(char::is_control) {
                    return Err(RecordDocError::Channel(line));
                }
            }
        }
        let generated_at = match self.generated_at {
            None => None,
            Some(text) => Some(Rfc3339(
                Instant::parse(&text).map_err(|_| RecordDocError::GeneratedAt(text.clone()))?,
            )),
        };
        Ok(TeamRecord {
            window_days: self.window_days,
            generated_at,
            promises: self.promises,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests;
