//! `hours` text: parse, then evaluate and compute deadlines on what parsed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use service_promises::calendar::{Calendar, Clock, Duration, FixedOffset, Holidays, Hours, Instant};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(hours) = Hours::parse(text) else { return };
    let holidays = Holidays::parse("2026-12-25 Christmas, 2027-01-01").unwrap();
    let cal = Calendar::new(&hours, &holidays, FixedOffset(3600));
    let now = Instant(1_774_000_000_000 + i64::from(data.len() as u32) * 3_600_000);
    let _ = cal.state_at(now);
    let _ = cal.week(now);
    if let Ok(due) = cal.deadline(now, Duration::minutes(270, Clock::Business)) {
        assert_eq!(cal.business_between(now, due), 270 * 60_000);
    }
    let _ = cal.deadline(now, Duration::days(5, Clock::Business));
});
