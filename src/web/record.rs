//! Fetching `record-url`: bounded in time and size, one try per URL (no
//! retry loop), every failure reported as "unavailable" with its reason.

use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use crate::record::{RecordDoc, TeamRecord, MAX_BYTES};

/// How long a request may take before it is abandoned.
pub const TIMEOUT_MS: u32 = 8_000;

/// Fetches and checks the team record at `url`.
pub async fn fetch(url: &str) -> Result<TeamRecord, String> {
    let window = web_sys::window().ok_or("no window")?;
    let controller = AbortController::new().map_err(|_| "cannot abort requests here")?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let abort = controller.clone();
    let _deadline = Timeout::new(TIMEOUT_MS, move || abort.abort());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| describe(&e, "could not be fetched"))?;
    let response: Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    if let Ok(Some(len)) = response.headers().get("content-length") {
        if len.parse::<usize>().is_ok_and(|n| n > MAX_BYTES) {
            return Err(format!("larger than {} KB", MAX_BYTES / 1024));
        }
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body")?)
        .await
        .map_err(|e| describe(&e, "the body could not be read"))?
        .as_string()
        .unwrap_or_default();
    if text.len() > MAX_BYTES {
        return Err(format!("larger than {} KB", MAX_BYTES / 1024));
    }
    let value = crate::json::read::parse(&text).map_err(|_| "not JSON".to_string())?;
    let doc = RecordDoc::read(&value).map_err(|e| format!("wrong format: {e}"))?;
    doc.check().map_err(|e| format!("wrong format: {e}"))
}

fn describe(e: &JsValue, fallback: &str) -> String {
    match e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())) {
        Some(name) if name == "AbortError" => format!("no answer within {} seconds", TIMEOUT_MS / 1000),
        _ => format!("{fallback} (network error or refused by CORS)"),
    }
}
