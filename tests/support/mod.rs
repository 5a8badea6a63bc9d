//! Test support: an independent time-zone implementation (jiff with its
//! bundled tz database) behind the crate's `Zone` trait, and generators of
//! schedules in the supported `opening_hours` subset.
#![allow(dead_code)]

use service_promises::calendar::{Instant, Zone};
use service_promises::status::RecordDoc;
use service_promises::store::{self, Decoded, Json, StoreError};

#[cfg(not(target_arch = "wasm32"))]
pub mod schedules;

/// A zone from jiff's bundled tz database.
pub struct JiffZone(pub jiff::tz::TimeZone);

impl JiffZone {
    pub fn new(name: &str) -> JiffZone {
        JiffZone(jiff::tz::TimeZone::get(name).unwrap_or_else(|e| panic!("{name}: {e}")))
    }
}

impl Zone for JiffZone {
    fn offset_seconds(&self, at: Instant) -> i32 {
        let ts = jiff::Timestamp::from_millisecond(at.0).expect("in range");
        self.0.to_offset(ts).seconds()
    }
}

/// Zones with the situations the calendar must get right: DST in both
/// hemispheres, 30- and 45-minute offsets, none at all, negative offsets.
pub const ZONES: [&str; 12] = [
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Pacific/Auckland",
    "UTC",
];

pub fn t(s: &str) -> Instant {
    Instant::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// Good values for every attribute, to show that one bad value leaves the
/// rest working.
pub const GOOD: &[(&str, &str)] = &[
    ("timezone", "Europe/Berlin"),
    ("hours", "Mo-Fr 09:00-17:00; PH off"),
    ("holidays", "2026-12-25 Christmas Day"),
    ("reply-within", "email 4h"),
    ("return-window", "30d"),
    ("refund-within", "5d"),
    ("refund-method", "card"),
    ("return-fees", "free"),
    ("refund-policy-url", "/returns"),
    ("follow-up-after", "3d"),
    ("at-risk", "80%"),
    ("staffed", "yes"),
    ("record-url", "/record.json"),
    ("make-good", "sorry"),
    ("lang", "en"),
    ("now", "2026-03-27T16:30:00Z"),
    ("storage-key", "shop"),
    ("jsonld", "on"),
];

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape \\{other:?}"),
        }
    }
    out
}

/// The malformed-attribute corpus: (attribute, value, what the message says).
pub fn corpus() -> Vec<(String, String, String)> {
    include_str!("../corpus/bad-values.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.splitn(3, '\t');
            let (a, v, want) = (
                cols.next().unwrap(),
                cols.next().unwrap(),
                cols.next().unwrap_or(""),
            );
            (a.to_string(), unescape(v), want.to_string())
        })
        .collect()
}

/// A stored document read natively as the browser reads it, with serde_json
/// in place of `JSON.parse` and serde-wasm-bindgen.
pub struct NativeJson(pub serde_json::Value);

impl Json for NativeJson {
    fn read<T: serde::de::DeserializeOwned>(&self) -> Result<T, String> {
        T::deserialize(&self.0).map_err(|e| e.to_string())
    }
    fn version(&self) -> Option<u32> {
        serde::Deserialize::deserialize(self.0.get("version")?).ok()
    }
}

/// Reads stored text as the element does.
pub fn read_stored(text: &str) -> Result<Decoded, StoreError> {
    let value = serde_json::from_str(text).map_err(|e| StoreError::NotJson(e.to_string()))?;
    store::read(&NativeJson(value))
}

/// Reads a `record-url` document as the element does (before its check).
pub fn read_record(text: &str) -> Result<RecordDoc, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Runs the native command with `args`: its exit code, standard output and
/// standard error.
pub fn command(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_service-promises"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
