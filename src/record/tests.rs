use serde::Deserialize;

use super::*;

/// A record document as the browser edge reads it (serde_json for the
/// browser's `JSON.parse` and serde-wasm-bindgen), checked. (The words'
/// tests read their documents by it too.)
pub(crate) fn parse(json: &str) -> Result<TeamRecord, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|_| RecordDocError::NotJson.to_string())?;
    let doc = RecordDoc::deserialize(value).map_err(|e| RecordDocError::Shape(e.to_string()).to_string())?;
    doc.check().map_err(|e| e.to_string())
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
