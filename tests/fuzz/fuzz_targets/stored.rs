//! Stored ledgers and `record-url` documents as JSON text: decoded or
//! refused, never a panic; what decodes stays usable.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../../support/mod.rs"]
#[allow(dead_code)]
mod support;
use service_promises::calendar::{FixedOffset, Instant};
use service_promises::config::Config;
use service_promises::ledger::{Kind, TrackRequest};
use service_promises::store::{self, Decoded};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = support::read_record(text) {
        let _ = doc.check();
    }
    let mut ledger = match support::read_stored(text) {
        Ok(Decoded::Ok(l) | Decoded::Partly { ledger: l, .. }) => l,
        Ok(Decoded::Newer(_)) | Err(_) => return,
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
