//! The team's promise record from `record-url`: checked, then described
//! honestly (too few cases are said as such, never as 100%).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::calendar::civil::DAY_MS;
use crate::calendar::{Instant, Zone};
use crate::i18n::Key;
use crate::status::{Kind, Rfc3339};
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
    /// When the record was made (RFC 3339), where the document says.
    #[serde(default)]
    pub generated_at: Option<String>,
    pub promises: Vec<RecordLine>,
}

/// One line of the record: a kind of promise, for one channel where it
/// names one (else every channel of its kind).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordLine {
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub kept: u32,
    pub total: u32,
}

/// A checked team record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamRecord {
    pub window_days: u32,
    pub generated_at: Option<Rfc3339>,
    pub promises: Vec<RecordLine>,
}

/// The longest channel name read from a record.
pub const MAX_CHANNEL_CHARS: usize = 40;

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
    /// `generated_at` is not an RFC 3339 instant.
    GeneratedAt(String),
    /// A channel name that is empty, too long or holds control characters.
    Channel(usize),
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
            RecordError::GeneratedAt(text) => write!(
                f,
                "wrong format: generated_at must be an RFC 3339 instant like 2026-12-04T00:00:00Z, not \"{text}\""
            ),
            RecordError::Channel(line) => write!(
                f,
                "wrong format: promises[{line}]: channel must be a name of 1 to {MAX_CHANNEL_CHARS} characters"
            ),
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
            if let Some(c) = &l.channel {
                let n = c.trim().chars().count();
                if n == 0 || n > MAX_CHANNEL_CHARS || c.contains(char::is_control) {
                    return Err(RecordError::Channel(line));
                }
            }
        }
        let generated_at = match self.generated_at {
            None => None,
            Some(text) => Some(Rfc3339(
                Instant::parse(&text).map_err(|_| RecordError::GeneratedAt(text.clone()))?,
            )),
        };
        Ok(TeamRecord {
            window_days: self.window_days,
            generated_at,
            promises: self.promises,
        })
    }
}

impl TeamRecord {
    /// One sentence per line of the record, e.g. "Replies by email on time:
    /// 412 of 425 (96%) in the last 30 days", or "Refunds on time: too few
    /// cases to say (3 in the last 30 days)".
    pub fn lines(&self, w: &Words<'_>) -> Vec<String> {
        let n = |v: u64| w.num(v);
        let days = u64::from(self.window_days);
        self.promises
            .iter()
            .map(|l| {
                let what = match (l.kind, &l.channel) {
                    (Kind::Reply, Some(channel)) => w.tf(Key::RecordChannelReplies, &[channel.trim()]),
                    (Kind::Reply, None) => w.t(Key::RecordReplies).to_string(),
                    (Kind::Refund, _) => w.t(Key::RecordRefunds).to_string(),
                    (Kind::Hours, _) => w.t(Key::RecordHours).to_string(),
                    (Kind::Update, _) => w.t(Key::RecordUpdates).to_string(),
                };
                if l.total < MIN_CASES {
                    w.tn(
                        Key::RecordTooFew,
                        days,
                        &[&what, &n(u64::from(l.total)), &n(days)],
                    )
                } else {
                    // Rounded down, so 99.6% never shows as 100%.
                    let pct = u64::from(l.kept) * 100 / u64::from(l.total);
                    let (kept, total) = (n(u64::from(l.kept)), n(u64::from(l.total)));
                    w.tn(Key::RecordLine, days, &[&what, &kept, &total, &n(pct), &n(days)])
                }
            })
            .collect()
    }

    /// When the record was made, in the team's calendar ("Updated Fri 4
    /// Dec."), and said plainly when that is longer ago than the window it
    /// covers; `None` where the document does not say.
    /// A record dated more than a day after the element's clock (a fixed
    /// `now`, or a visitor's clock far behind) is not dated: that date
    /// would contradict the clock the rest of the element reads.
    pub fn updated(&self, now: Instant, zone: &dyn Zone, w: &Words<'_>) -> Option<String> {
        let at = self.generated_at?.0;
        if at.0 > now.0 + DAY_MS {
            return None;
        }
        let date = w.clock.date(zone.to_local(at).div_euclid(DAY_MS));
        let days = u64::from(self.window_days);
        Some(if now.0 - at.0 > i64::from(self.window_days) * DAY_MS {
            w.tn(Key::RecordStale, days, &[&date, &w.num(days)])
        } else {
            w.tf(Key::RecordUpdated, &[&date])
        })
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
    fn outage_updates_have_a_line_of_their_own() {
        let r = parse(r#"{"window_days":30,"promises":[{"kind":"update","kept":45,"total":48}]}"#).unwrap();
        assert_eq!(
            r.lines(&Words::plain()),
            ["Outage updates on time: 45 of 48 (93%) in the last 30 days"]
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
    fn a_line_per_channel_and_when_it_was_made() {
        use crate::calendar::FixedOffset;
        let r = parse(
            r#"{ "window_days": 30, "generated_at": "2026-12-04T00:00:00Z",
                 "promises": [ { "kind": "reply", "channel": "email", "kept": 412, "total": 425 },
                               { "kind": "reply", "channel": "chat", "kept": 3, "total": 3 },
                               { "kind": "refund", "kept": 98, "total": 100 } ] }"#,
        )
        .unwrap();
        let w = Words::plain();
        assert_eq!(
            r.lines(&w),
            [
                "Replies by email on time: 412 of 425 (96%) in the last 30 days",
                "Replies by chat on time: too few cases to say (3 in the last 30 days)",
                "Refunds on time: 98 of 100 (98%) in the last 30 days"
            ]
        );
        let made = Instant::parse("2026-12-04T00:00:00Z").unwrap();
        let berlin = FixedOffset(3600);
        assert_eq!(
            r.updated(made, &berlin, &w).as_deref(),
            Some("Updated Fri 4 Dec.")
        );
        let within = Instant(made.0 + 30 * DAY_MS);
        assert_eq!(
            r.updated(within, &berlin, &w).as_deref(),
            Some("Updated Fri 4 Dec."),
            "30 days on: not yet older"
        );
        let later = Instant(within.0 + 1);
        assert_eq!(
            r.updated(later, &berlin, &w).as_deref(),
            Some("Last updated Fri 4 Dec, more than 30 days ago: this record may be out of date.")
        );
        // In the team's calendar: 23:30 in New York on the 3rd.
        assert_eq!(
            r.updated(made, &FixedOffset(-5 * 3600), &w).as_deref(),
            Some("Updated Thu 3 Dec.")
        );
        let before = Instant(made.0 - 2 * DAY_MS);
        assert_eq!(
            r.updated(before, &berlin, &w),
            None,
            "made after the clock: no date that contradicts it"
        );
        let skew = Instant(made.0 - 3_600_000);
        assert_eq!(
            r.updated(skew, &berlin, &w).as_deref(),
            Some("Updated Fri 4 Dec."),
            "an hour's skew"
        );
        let plain = parse(r#"{"window_days":1,"promises":[]}"#).unwrap();
        assert_eq!(plain.updated(made, &berlin, &w), None, "not said: nothing shown");
        let old =
            parse(r#"{"window_days":1,"generated_at":"2026-12-01T00:00:00+01:00","promises":[]}"#).unwrap();
        assert_eq!(
            old.updated(made, &berlin, &w).as_deref(),
            Some("Last updated Tue 1 Dec, more than a day ago: this record may be out of date.")
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
                "unknown variant `<b>x</b>`, expected one of `reply`, `refund`, `hours`, `update`",
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
            (
                r#"{"window_days":30,"generated_at":"yesterday","promises":[]}"#,
                "generated_at must be an RFC 3339 instant",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","channel":" ","kept":1,"total":4}]}"#,
                "promises[0]: channel must be a name of 1 to 40 characters",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","channel":7,"kept":1,"total":4}]}"#,
                "invalid type: integer `7`, expected a string",
            ),
            (r#"[]"#, "wrong format"),
            (r#"{"window_days":30,"#, "not JSON"),
        ] {
            let e = parse(json).unwrap_err();
            assert!(e.contains(needle), "{json}: {e}");
        }
    }
}
