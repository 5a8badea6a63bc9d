//! The team's promise record from `record-url`: checked, then described
//! honestly (too few cases are said as such, never as 100%).

use serde::Serialize;

use crate::i18n::{t, tf, Clockface, Key, Lang};
use crate::json::read::{parse, required, Fields, Value};

/// Fewer decided promises than this are "too few to say".
pub const MIN_CASES: u32 = 20;
/// The largest body read from `record-url`.
pub const MAX_BYTES: usize = 64 * 1024;

/// The `record-url` document, as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordDoc {
    pub window_days: u32,
    pub promises: Vec<RecordLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordLine {
    pub kind: String,
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

impl RecordDoc {
    /// Reads the document's JSON text; the message says what is wrong.
    pub fn parse(text: &str) -> Result<RecordDoc, String> {
        RecordDoc::read(&parse(text)?)
    }

    /// Reads the document from its JSON value; the message says what is wrong.
    pub fn read(value: &Value) -> Result<RecordDoc, String> {
        let doc = Fields::of(value)?;
        let count = |f: Fields<'_>, name: &str| -> Result<u32, String> {
            Ok(required(f.int(name, 0, i64::from(u32::MAX))?, name)? as u32)
        };
        let promises = required(doc.list("promises")?, "promises")?
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let read = || -> Result<RecordLine, String> {
                    let line = Fields::of(v)?;
                    Ok(RecordLine {
                        kind: required(line.str("kind")?, "kind")?.to_string(),
                        kept: count(line, "kept")?,
                        total: count(line, "total")?,
                    })
                };
                read().map_err(|e| format!("promises[{i}]: {e}"))
            })
            .collect::<Result<_, String>>()?;
        Ok(RecordDoc {
            window_days: count(doc, "window_days")?,
            promises,
        })
    }

    /// Checks the numbers; the message says what is wrong.
    pub fn check(self) -> Result<TeamRecord, String> {
        if !(1..=3_650).contains(&self.window_days) {
            return Err(format!("window_days must be 1 to 3650, not {}", self.window_days));
        }
        if self.promises.len() > 10 {
            return Err("more than 10 lines in promises".into());
        }
        for (i, l) in self.promises.iter().enumerate() {
            if !matches!(l.kind.as_str(), "reply" | "refund" | "hours") {
                return Err(format!("promises[{i}].kind must be reply, refund or hours"));
            }
            if l.kept > l.total {
                return Err(format!(
                    "promises[{i}]: kept ({}) is more than total ({})",
                    l.kept, l.total
                ));
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
    pub fn lines(&self, lang: Lang, clock: &dyn Clockface) -> Vec<String> {
        let n = |v: u64| clock.number(v);
        self.promises
            .iter()
            .map(|l| {
                let what = t(
                    lang,
                    match l.kind.as_str() {
                        "reply" => Key::RecordReplies,
                        "refund" => Key::RecordRefunds,
                        _ => Key::RecordHours,
                    },
                );
                let days = n(u64::from(self.window_days));
                if l.total < MIN_CASES {
                    tf(lang, Key::RecordTooFew, &[what, &n(u64::from(l.total)), &days])
                } else {
                    // Rounded down, so 99.6% never shows as 100%.
                    let pct = u64::from(l.kept) * 100 / u64::from(l.total);
                    let (kept, total) = (n(u64::from(l.kept)), n(u64::from(l.total)));
                    tf(lang, Key::RecordLine, &[what, &kept, &total, &n(pct), &days])
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<TeamRecord, String> {
        RecordDoc::parse(json)?.check()
    }

    #[test]
    fn contract_example() {
        let r = parse(
            r#"{ "window_days": 30, "promises": [ { "kind": "reply", "kept": 412, "total": 425 },
                                                 { "kind": "refund", "kept": 98, "total": 100 } ] }"#,
        )
        .unwrap();
        assert_eq!(
            r.lines(Lang::En, &crate::i18n::PlainClock),
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
            r.lines(Lang::En, &crate::i18n::PlainClock),
            ["Replies on time: too few cases to say (3 in the last 7 days)"]
        );
        let r = parse(r#"{"window_days":7,"promises":[{"kind":"reply","kept":999,"total":1000}]}"#).unwrap();
        assert_eq!(
            r.lines(Lang::En, &crate::i18n::PlainClock),
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
                "kind must be",
            ),
            (
                r#"{"window_days":"30","promises":[]}"#,
                "`window_days` must be a whole number, not a string",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","kept":-1,"total":4}]}"#,
                "promises[0]: `kept` must be from 0 to 4294967295, not -1",
            ),
            (
                r#"{"window_days":30,"promises":[{"kind":"reply","kept":1}]}"#,
                "promises[0]: missing `total`",
            ),
            (r#"{"window_days":30}"#, "missing `promises`"),
            (r#"[]"#, "expected an object, not a list"),
            (r#"{"window_days":30,"#, "not JSON"),
        ] {
            let e = parse(json).unwrap_err();
            assert!(e.contains(needle), "{json}: {e}");
        }
    }
}
