//! Test support: an independent time-zone implementation (jiff with its
//! bundled tz database) behind the crate's `Zone` trait, and generators of
//! schedules in the supported `opening_hours` subset.
#![allow(dead_code)]

use service_promises::calendar::{Instant, Zone};

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
