//! Stored ledgers and `record-url` documents as JSON text: decoded or
//! refused, never a panic; what decodes stays usable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use service_promises::calendar::{FixedOffset, Instant};
use service_promises::config::Config;
use service_promises::ledger::{Kind, TrackRequest};
use service_promises::record::RecordDoc;
use service_promises::store::{self, Decoded, Header, StoredPromise};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = serde_json::from_str::<RecordDoc>(text) {
        let _ = doc.check();
    }
    let Ok(header) = serde_json::from_str::<Header>(text) else { return };
    let records: Vec<Result<StoredPromise, String>> = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("promises").and_then(|p| p.as_array()).cloned())
        .unwrap_or_default()
        .into_iter()
        .map(|r| serde_json::from_value(r).map_err(|e| e.to_string()))
        .collect();
    let mut ledger = match store::decode(header, records) {
        Decoded::Ok(l) | Decoded::Partly { ledger: l, .. } => l,
        Decoded::Newer(_) => return,
    };
    let cfg = Config::from_attributes(|n| (n == "reply-within").then(|| "email 4h".to_string()));
    let now = Instant(1_774_000_000_000);
    let req = TrackRequest { id: "fuzz".into(), kind: Kind::Reply, channel: None, at: None };
    let _ = ledger.track(req, &cfg, &FixedOffset(0), now);
    let _ = ledger.transitions(now);
    let copy = ledger.clone();
    ledger.merge(&copy);
    let _ = store::Stored::from_ledger(&ledger);
});
