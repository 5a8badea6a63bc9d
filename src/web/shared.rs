//! What `element.js` and the loader know that Rust decides: the language
//! packs and which tags choose them, the plural forms, the countries with
//! holiday rules, how many years of holidays an element takes, and the
//! limits of every fetch. One source: the element receives it from the wasm
//! when it is defined (`define`), and the loader, which runs before the wasm
//! is there, imports the same data as JSON that the build writes from this
//! (`examples/shared.rs` -> `shared.json`).

use serde::Serialize;

use crate::calendar::region_codes::COUNTRIES;
use crate::i18n::{FORMS, PACKS, PACK_TAGS};
use crate::record::MAX_BYTES;

/// How long any file the element fetches may take before it is abandoned
/// (a language pack, a region's holidays, `record-url`).
pub const FETCH_TIMEOUT_MS: u32 = 8_000;

/// The years of holidays an element takes from its region files, around the
/// year of its clock: from last year to three years ahead (a deadline looks
/// at most 1,100 days ahead; a calendar year of days around it).
pub const HOLIDAY_YEARS: (i32, i32) = (-1, 3);

/// The data, as `element.js` reads it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Shared {
    /// The languages with a pack besides English (`lang/xx.json`).
    pub packs: &'static [&'static str],
    /// Tags (lower case, whole subtags) whose pack is not the one named by
    /// their language: the longest that begins a tag chooses its pack.
    pub pack_tags: &'static [(&'static str, &'static str)],
    /// The plural categories a text's forms may be given for.
    pub forms: &'static [&'static str],
    /// The countries with holiday rules (`regions/XX/DECADE.json`).
    pub countries: &'static [&'static str],
    /// The years taken around the clock's: (from, to) relative.
    pub holiday_years: (i32, i32),
    pub fetch_timeout_ms: u32,
    /// The largest `record-url` body read.
    pub record_max_bytes: usize,
}

/// The one value of [`Shared`].
pub const SHARED: Shared = Shared {
    packs: &PACKS,
    pack_tags: PACK_TAGS,
    forms: &FORMS,
    countries: &COUNTRIES,
    holiday_years: HOLIDAY_YEARS,
    fetch_timeout_ms: FETCH_TIMEOUT_MS,
    record_max_bytes: MAX_BYTES,
};
