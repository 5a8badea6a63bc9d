//! Any attribute with any value: a configuration with errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use service_promises::config::{Config, ATTRIBUTES};

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(value) = std::str::from_utf8(rest) else { return };
    let name = ATTRIBUTES[usize::from(which) % ATTRIBUTES.len()];
    let cfg = Config::from_attributes(|n| (n == name).then(|| value.to_string()));
    for e in &cfg.errors {
        assert!(e.message.starts_with("at "), "{}", e.message);
    }
});
