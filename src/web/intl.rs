//! Time zones from the browser's `Intl.DateTimeFormat`, so the shipped
//! bundle carries no tz database.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::calendar::civil::{days_from_civil, DAY_MS};
use crate::calendar::{Instant, Zone};

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`, declared here with `catch` on the constructor:
    /// js-sys declares it without, and an unknown `timeZone` throws.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Dtf;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = DateTimeFormat)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<Dtf, JsValue>;

    #[wasm_bindgen(method, js_class = DateTimeFormat)]
    fn format(this: &Dtf, date: f64) -> String;

    #[wasm_bindgen(method, js_name = resolvedOptions, js_class = DateTimeFormat)]
    fn resolved_options(this: &Dtf) -> ResolvedOptions;

    type ResolvedOptions;
    #[wasm_bindgen(method, getter, js_name = timeZone)]
    fn time_zone(this: &ResolvedOptions) -> Option<String>;
}

// The zones and the formats of the page's elements, made once per name or
// language and shared: making them is the costliest step of an element's
// first render (about 10 ms for a language's six `Intl` objects), and
// `warm` does it before the element is defined, in a task of its own.
// They are few (one per zone and language in use) and live as long as the
// page.
thread_local! {
    static ZONES: RefCell<Vec<Rc<IntlZone>>> = const { RefCell::new(Vec::new()) };
    static VISITOR: Rc<IntlZone> = Rc::new(IntlZone::visitor());
    static CLOCKS: RefCell<Vec<Rc<IntlClock>>> = const { RefCell::new(Vec::new()) };
}

/// The zone named `name` (shared), or a message saying it is unknown to
/// this browser.
pub fn zone(name: &str) -> Result<Rc<IntlZone>, String> {
    if let Some(z) = ZONES.with_borrow(|zs| zs.iter().find(|z| z.is(name)).cloned()) {
        return Ok(z);
    }
    let z = Rc::new(IntlZone::new(name)?);
    ZONES.with_borrow_mut(|zs| zs.push(z.clone()));
    Ok(z)
}

/// The visitor's own zone (shared).
pub fn visitor() -> Rc<IntlZone> {
    VISITOR.with(Rc::clone)
}

/// The formats for `locale` (shared), else English's where `Intl` refuses
/// the tag; `None` where it formats neither.
pub fn clock(locale: &str) -> Option<Rc<IntlClock>> {
    if let Some(c) = CLOCKS.with_borrow(|cs| cs.iter().find(|c| c.locale == locale).cloned()) {
        return Some(c);
    }
    // Kept under the tag asked for, also where English stands in.
    let english = || {
        IntlClock::new("en").map(|c| IntlClock {
            locale: locale.to_string(),
            ..c
        })
    };
    let c = Rc::new(IntlClock::new(locale).or_else(english)?);
    CLOCKS.with_borrow_mut(|cs| cs.push(c.clone()));
    Some(c)
}

/// A zone whose offsets come from `Intl`.
pub struct IntlZone {
    fmt: Dtf,
    /// The canonical name (`Asia/Kolkata` for `Asia/Calcutta`).
    name: String,
    /// The name as asked for.
    requested: String,
    /// Offsets by minute: transitions fall on whole minutes in every zone
    /// since 1900, and renders ask for the same instants again and again.
    /// Direct-mapped (slot: the minute modulo its length), so it is small
    /// in code; a collision only costs one more `Intl` call. It starts
    /// small and doubles (up to `MAX_SLOTS`) after misses for a quarter of
    /// its slots, so that collisions stay rare.
    cache: RefCell<OffsetCache>,
}

const MIN_SLOTS: usize = 256;
const MAX_SLOTS: usize = 65_536;

/// Offsets by minute (see `IntlZone::cache`).
struct OffsetCache {
    slots: Vec<(i64, i32)>,
    misses: usize,
}

impl OffsetCache {
    fn new() -> OffsetCache {
        OffsetCache {
            slots: vec![(i64::MIN, 0); MIN_SLOTS],
            misses: 0,
        }
    }

    fn slot(&self, minute: i64) -> usize {
        minute.rem_euclid(self.slots.len() as i64) as usize
    }

    fn get(&self, minute: i64) -> Option<i32> {
        let (k, o) = self.slots[self.slot(minute)];
        (k == minute).then_some(o)
    }

    fn put(&mut self, minute: i64, offset: i32) {
        self.misses += 1;
        if self.misses > self.slots.len() / 4 && self.slots.len() < MAX_SLOTS {
            let doubled = vec![(i64::MIN, 0); self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, doubled);
            for (k, o) in old.into_iter().filter(|e| e.0 != i64::MIN) {
                let s = self.slot(k);
                self.slots[s] = (k, o);
            }
            self.misses = 0;
        }
        let s = self.slot(minute);
        self.slots[s] = (minute, offset);
    }
}

impl IntlZone {
    /// The zone `name`, or a message saying it is unknown to this browser.
    pub fn new(name: &str) -> Result<IntlZone, String> {
        let opts = js_sys::Object::new();
        let set = |k: &str, v: &str| {
            let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
        };
        set("timeZone", name);
        set("hourCycle", "h23");
        set("year", "numeric");
        set("month", "2-digit");
        set("day", "2-digit");
        set("hour", "2-digit");
        set("minute", "2-digit");
        set("second", "2-digit");
        let fmt = Dtf::new(&JsValue::from_str("en-US"), &opts)
            .map_err(|_| format!("unknown time zone \"{name}\"; expected an IANA name like Europe/Berlin"))?;
        let canonical = fmt
            .resolved_options()
            .time_zone()
            .unwrap_or_else(|| name.to_string());
        Ok(IntlZone {
            fmt,
            name: canonical,
            requested: name.to_string(),
            cache: RefCell::new(OffsetCache::new()),
        })
    }

    /// The visitor's own zone.
    pub fn visitor() -> IntlZone {
        let name = Dtf::new(&JsValue::UNDEFINED, &JsValue::UNDEFINED)
            .ok()
            .and_then(|f| f.resolved_options().time_zone())
            .unwrap_or_else(|| "UTC".to_string());
        IntlZone::new(&name)
            .or_else(|_| IntlZone::new("UTC"))
            .expect("every browser knows UTC")
    }

    /// Whether this is the zone named `name` (as asked for, or canonical).
    pub fn is(&self, name: &str) -> bool {
        self.requested == name || self.name == name
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    fn compute(&self, at: Instant) -> i32 {
        let secs = at.0.div_euclid(1000);
        // "MM/DD/YYYY, HH:MM:SS"
        let text = self.fmt.format((secs * 1000) as f64);
        let mut nums = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<i64>().unwrap_or(0));
        let mut next = || nums.next().unwrap_or(0);
        let (mo, d, y, h, mi, s) = (next(), next(), next(), next(), next(), next());
        let local = days_from_civil(y as i32, mo as u8, d as u8) * DAY_MS / 1000 + h * 3600 + mi * 60 + s;
        (local - secs) as i32
    }
}

impl Zone for IntlZone {
    fn offset_seconds(&self, at: Instant) -> i32 {
        let minute = at.0.div_euclid(60_000);
        if let Some(o) = self.cache.borrow().get(minute) {
            return o;
        }
        let o = self.compute(at);
        self.cache.borrow_mut().put(minute, o);
        o
    }
}

#[wasm_bindgen]
extern "C" {
    /// `Intl.NumberFormat`, with `catch` on the constructor (an invalid
    /// locale throws).
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type Nf;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = NumberFormat)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<Nf, JsValue>;

    #[wasm_bindgen(method, js_class = NumberFormat)]
    fn format(this: &Nf, n: f64) -> String;

    /// `Intl.PluralRules`.
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type Pr;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = PluralRules)]
    fn new(locales: &JsValue) -> Result<Pr, JsValue>;

    #[wasm_bindgen(method, js_class = PluralRules)]
    fn select(this: &Pr, n: f64) -> String;

    /// `Intl.ListFormat`.
    #[wasm_bindgen(js_namespace = Intl, js_name = ListFormat)]
    type Lf;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = ListFormat)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<Lf, JsValue>;

    #[wasm_bindgen(method, js_class = ListFormat)]
    fn format(this: &Lf, items: Vec<String>) -> String;
}

/// Dates, times and numbers formatted by `Intl` for one locale. Local times
/// are formatted as UTC instants: the zone arithmetic is already done.
pub struct IntlClock {
    pub locale: String,
    time: Dtf,
    weekday: Dtf,
    date: Dtf,
    number: Nf,
    plural: Pr,
    /// Units: "1 hour 30 minutes".
    units: Lf,
}

impl IntlClock {
    /// Formats for `locale`, or for English where `Intl` refuses the tag.
    pub fn new(locale: &str) -> Option<IntlClock> {
        let opts = |pairs: &[(&str, &str)]| {
            let o = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&o, &"timeZone".into(), &"UTC".into());
            for (k, v) in pairs {
                let _ = js_sys::Reflect::set(&o, &(*k).into(), &(*v).into());
            }
            JsValue::from(o)
        };
        let tag = JsValue::from_str(locale);
        Some(IntlClock {
            locale: locale.to_string(),
            time: {
                // "9:00 AM" where the clock has 12 hours; "09:00" where it
                // has 24 (a 1 p.m. that formats with "13" tells which).
                let numeric = Dtf::new(&tag, &opts(&[("hour", "numeric"), ("minute", "2-digit")])).ok()?;
                if numeric.format(13.0 * 3_600_000.0).contains("13") {
                    Dtf::new(&tag, &opts(&[("hour", "2-digit"), ("minute", "2-digit")])).ok()?
                } else {
                    numeric
                }
            },
            weekday: Dtf::new(&tag, &opts(&[("weekday", "short")])).ok()?,
            date: Dtf::new(
                &tag,
                &opts(&[("weekday", "short"), ("day", "numeric"), ("month", "short")]),
            )
            .ok()?,
            number: Nf::new(&tag, &JsValue::UNDEFINED).ok()?,
            plural: Pr::new(&tag).ok()?,
            units: Lf::new(&tag, &opts(&[("type", "unit"), ("style", "narrow")])).ok()?,
        })
    }
}

impl crate::i18n::Clockface for IntlClock {
    fn time(&self, local_ms: i64) -> String {
        self.time.format(local_ms as f64)
    }
    fn weekday(&self, day: i64) -> String {
        self.weekday.format((day * DAY_MS + DAY_MS / 2) as f64)
    }
    fn date(&self, day: i64) -> String {
        self.date.format((day * DAY_MS + DAY_MS / 2) as f64)
    }
    fn number(&self, n: u64) -> String {
        self.number.format(n as f64)
    }
    fn plural(&self, n: u64) -> &'static str {
        match self.plural.select(n as f64).as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }
    fn units(&self, items: Vec<String>) -> String {
        self.units.format(items)
    }
}
