//! The team's promise record from `record-url`: checked, then described
//! honestly (too few cases are said as such, never as 100%).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::status::Kind;
use crate::view::Words;

/// Fewer decided promises than this are "too few to say".
pub const MIN_CASES: u32 = 20;
/// The largest body read from `record-url`.
pub const MAX_BYTES: usize = 64 * 1024;

/// The `record-url` document, as published (read by serde: a wrong type or
/// a missing member is named in serde's message).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct RecordDoc {
    pub window_days: u32,
    pub promises: Vec<RecordLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordLine {
    pub kind: Kind,
    pub kept: u32,
    pub total: u32,
}

/// A checked team record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamRecord {
    pub window_days: u32,
    pub promises: Vec<RecordLine>,
}

/// Why a `record-url` document is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
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
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::NotJson => f.write_str("not JSON"),
            RecordError::Shape(e) => write!(f, "wrong format: {e}"),
            RecordError::WindowDays(d) => write!(f, "wrong format: window_days must be 1 to 3650, not {d}"),
            RecordError::TooManyLines => f.write_str("wrong format: more than 10 lines in promises"),
            RecordError::KeptOverTotal { line, kept, total } => {
                write!(
                    f,
                    "wrong format: promises[{line}]: kept ({kept}) is more than total ({total})"
                )
            }
        }
    }
}

impl RecordDoc {
    /// Checks the numbers.
    pub fn check(self) -> Result<TeamRecord, RecordError> {
        if !(1..=3_650).contains(&self.window_days) {
            return Err(RecordError::WindowDays(self.window_days));
        }
        if self.promises.len() > 10 {
            return Err(RecordError::TooManyLines);
        }
        for (line, l) in self.promises.iter().enumerate() {
            if l.kept > l.total {
                let (kept, total) = (l.kept, l.total);
                return Err(RecordError::KeptOverTotal { line, kept, total });
            }
        }
        Ok(TeamRecord {
            window_days: self.window_days,
            promises: self.promises,
        })
    }
}

impl TeamRecord {
    /// One sentence per kind, e.g. "Replies on time: 412 of 425 (96%) in the
    /// last 30 days", or "Refunds on time: too few cases to say (3 in the
    /// last 30 days)".
    pub fn lines(&self, w: &Words<'_>) -> Vec<String> {
        let n = |v: u64| w.num(v);
        let days = u64::from(self.window_days);
        self.promises
            .iter()
            .map(|l| {
                let what = w.t(match l.kind {
                    Kind::Reply => Key::RecordReplies,
                    Kind::Refund => Key::RecordRefunds,
                    Kind::Hours => Key::RecordHours,
                });
                if l.total < MIN_CASES {
                    w.tn(Key::RecordTooFew, days, &[what, &n(u64::from(l.total)), &n(days)])
                } else {
                    // Rounded down, so 99.6% never shows as 100%.
                    let pct = u64::from(l.kept) * 100 / u64::from(l.total);
                    let (kept, total) = (n(u64::from(l.kept)), n(u64::from(l.total)));
                    w.tn(Key::RecordLine, days, &[what, &kept, &total, &n(pct), &n(days)])
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As the browser edge reads it, with serde_json for the browser's
    /// `JSON.parse` and serde-wasm-bindgen.
    fn parse(json: &str) -> Result<TeamRecord, String> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|_| RecordError::NotJson.to_string())?;
        let doc = RecordDoc::deserialize(value).map_err(|e| RecordError::Shape(e.to_string()).to_string())?;
        doc.check().map_err(|e| e.to_string())
    }

    #[test]
    fn contract_example() {
        let r = parse(
            r#"{ "window_days": 30, "promises": [ { "kind": "reply", "kept": 412, "total": 425 },
                                                 { "kind": "refund", "kept": 98, "total": 100 } ] }"#,
        )
        .unwrap();
        assert_eq!(
            r.lines(&Words::plain()),
            [
                "Replies on time: 412 of 425 (96%) in the last 30 days",
                "Refunds on time: 98 of 100 (98%) in the last 30 days"
            ]
        );
    }

    #[test]
    fn too_few_cases_are_said_as_such() {
        let r = parse(r#"{"window_days":7,"promises":[{"kind":"reply","kept":3,"total":3}]}"#).unwrap();
        assert_eq!(
            r.lines(&Words::plain()),
            ["Replies on time: too few cases to say (3 in the last 7 days)"]
        );
        let r = parse(r#"{"window_days":7,"promises":[{"kind":"reply","kept":999,"total":1000}]}"#).unwrap();
        assert_eq!(
            r.lines(&Words::plain()),
            ["Replies on time: 999 of 1000 (99%) in the last 7 days"]
        );
    }

    #[test]
    fn wrong_documents_are_refused_with_a_reason() {
        for (json, needle) in [
            (r#"{"window_days":0,"promises":[]}"#, "window_days must be"),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","kept":5,"total":4}]}"#,
                "more than total",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"<b>x</b>","kept":1,"total":4}]}"#,
                "unknown variant `<b>x</b>`, expected one of `reply`, `refund`, `hours`",
            ),
            (
                r#"{"window_days":"30","promises":[]}"#,
                "invalid type: string \"30\", expected u32",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","kept":-1,"total":4}]}"#,
                "invalid value: integer `-1`, expected u32",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","kept":1}]}"#,
                "missing field `total`",
            ),
            (r#"{"window_days":30}"#, "missing field `promises`"),
            (r#"[]"#, "wrong format"),
            (r#"{"window_days":30,"#, "not JSON"),
        ] {
            let e = parse(json).unwrap_err();
            assert!(e.contains(needle), "{json}: {e}");
        }
    }
}
