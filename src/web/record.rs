//! Fetching `record-url`: bounded in time and size, one try per URL (no
//! retry loop), every failure reported as "unavailable" with its reason.
//! The request itself is made by `fetchText` in `element.js`; the body is
//! parsed by the browser's `JSON.parse` and read by serde-wasm-bindgen.

use wasm_bindgen::prelude::*;

use crate::record::{RecordDocError, MAX_BYTES};
use crate::status::{RecordDoc, TeamRecord};

#[wasm_bindgen(module = "/src/web/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchText)]
    fn fetch_text(url: &str, max_bytes: u32, timeout_ms: u32, done: JsValue);
}

/// Fetches and checks the team record at `url`, then calls `done` once with
/// the record or the reason it is unavailable.
pub fn fetch(url: &str, done: impl FnOnce(Result<TeamRecord, String>) + 'static) {
    let callback = Closure::once_into_js(move |text: Option<String>, reason: Option<String>| {
        done(match text {
            Some(text) => check(&text),
            None => Err(reason.unwrap_or_else(|| "could not be fetched".into())),
        })
    });
    fetch_text(url, MAX_BYTES as u32, super::shared::FETCH_TIMEOUT_MS, callback);
}

/// What a fetched body must be: at most [`MAX_BYTES`], JSON, and a team
/// record.
fn check(text: &str) -> Result<TeamRecord, String> {
    if text.len() > MAX_BYTES {
        return Err(format!("larger than {} KB", MAX_BYTES / 1024));
    }
    let value = js_sys::JSON::parse(text).map_err(|_| RecordDocError::NotJson.to_string())?;
    let doc: RecordDoc = serde_wasm_bindgen::from_value(value)
        .map_err(|e| RecordDocError::Shape(e.to_string()).to_string())?;
    doc.check().map_err(|e| e.to_string())
}
