//! The element's attributes, parsed into a typed configuration. Every bad
//! value becomes a [`ConfigError`] naming the attribute, where in the value
//! the problem is, and what was expected; the other attributes still apply.

use serde::Serialize;

use crate::calendar::{Clock, Duration, Holidays, Hours, Instant};
use crate::parse::{split_with_offsets, Cursor, ValueError};

/// Every attribute of the contract, in the order the README lists them.
pub const ATTRIBUTES: [&str; 20] = [
    "timezone",
    "hours",
    "holidays",
    "reply-within",
    "return-window",
    "refund-within",
    "refund-method",
    "return-fees",
    "refund-policy-url",
    "follow-up-after",
    "at-risk",
    "staffed",
    "record-url",
    "make-good",
    "lang",
    "now",
    "storage-key",
    "jsonld",
    "theme",
    "debug",
];

/// Standard HTML attributes an author may put on any element; never
/// reported as unknown.
const GLOBAL_ATTRIBUTES: [&str; 27] = [
    "id",
    "class",
    "style",
    "slot",
    "part",
    "title",
    "hidden",
    "dir",
    "tabindex",
    "translate",
    "inert",
    "is",
    "accesskey",
    "autofocus",
    "contenteditable",
    "draggable",
    "enterkeyhint",
    "inputmode",
    "nonce",
    "popover",
    "spellcheck",
    "role",
    "itemprop",
    "itemscope",
    "itemtype",
    "itemid",
    "itemref",
];

/// Longest free text (refund method, fees, make-good offer) shown as given.
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest attribute value read at all.
pub const MAX_VALUE_CHARS: usize = 4_000;

/// One problem with one attribute, as shown in the element, in `status()`
/// and in the `config-error` event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConfigError {
    pub attribute: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(attribute: &str, message: impl Into<String>) -> Self {
        ConfigError {
            attribute: attribute.to_string(),
            message: message.into(),
        }
    }

    fn at(attribute: &str, value: &str, e: &ValueError) -> Self {
        ConfigError::new(attribute, e.describe(value))
    }
}

/// A first-reply promise for one channel (`email 4h`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyPromise {
    pub channel: String,
    pub within: Duration,
}

/// `return-window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnWindow {
    /// `none`: returns are not accepted.
    NotAccepted,
    Days(u32),
}

/// The parsed attributes. `None` means not given (or given with an error,
/// which is then in `errors`).
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// IANA zone name; checked against the browser's `Intl` by the web edge.
    pub timezone: Option<String>,
    pub hours: Option<Hours>,
    pub holidays: Holidays,
    pub reply_within: Vec<ReplyPromise>,
    pub return_window: Option<ReturnWindow>,
    pub refund_within: Option<Duration>,
    pub refund_method: Option<String>,
    pub return_fees: Option<String>,
    pub refund_policy_url: Option<String>,
    pub follow_up_after: Duration,
    /// Percent of a promise's window after which it is at risk.
    pub at_risk: u8,
    pub staffed: bool,
    pub record_url: Option<String>,
    pub make_good: Option<String>,
    pub lang: Option<String>,
    pub now: Option<Instant>,
    pub storage_key: String,
    pub jsonld: bool,
    /// Show configuration errors in the element (not only on a local page).
    pub debug: bool,
    pub errors: Vec<ConfigError>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            timezone: None,
            hours: None,
            holidays: Holidays::default(),
            reply_within: Vec::new(),
            return_window: None,
            refund_within: None,
            refund_method: None,
            return_fees: None,
            refund_policy_url: None,
            follow_up_after: Duration::days(3, Clock::Calendar),
            at_risk: 80,
            staffed: true,
            record_url: None,
            make_good: None,
            lang: None,
            now: None,
            storage_key: "default".to_string(),
            jsonld: true,
            debug: false,
            errors: Vec::new(),
        }
    }
}

impl Config {
    /// The hours to count business time on: the published ones, or around
    /// the clock when none are published.
    pub fn business_hours(&self) -> std::borrow::Cow<'_, Hours> {
        match &self.hours {
            Some(h) => std::borrow::Cow::Borrowed(h),
            None => std::borrow::Cow::Owned(Hours::always()),
        }
    }

    /// Reads attributes given as name-value pairs (names in any case; of a
    /// name given twice the first counts, as in HTML): the native command's
    /// page and `--attr`s, and every test's configuration.
    pub fn from_pairs<N: AsRef<str>, V: AsRef<str>>(pairs: &[(N, V)]) -> Config {
        Config::from_attributes(|name| {
            pairs
                .iter()
                .find(|(n, _)| n.as_ref().eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_ref().to_string())
        })
    }

    /// Reads every attribute through `get` (the element's `getAttribute`).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Config {
        let mut cfg = Config::default();
        for name in ATTRIBUTES {
            let Some(value) = get(name) else { continue };
            if value.chars().count() > MAX_VALUE_CHARS {
                cfg.errors.push(ConfigError::new(
                    name,
                    format!("value longer than {MAX_VALUE_CHARS} characters; ignored"),
                ));
                continue;
            }
            if let Err(e) = cfg.apply(name, &value) {
                cfg.errors.push(ConfigError::at(name, &value, &e));
            }
        }
        // The team's hours without the team's zone are read in each
        // visitor's own: right for visitors in the team's zone only. A
        // warning (the element still renders), so the author decides.
        if cfg.hours.is_some() && get("timezone").is_none() {
            cfg.errors.push(ConfigError::new(
                "timezone",
                "not given, so the hours are read in each visitor's own time zone; give the team's, \
                 like timezone=\"Europe/Berlin\"",
            ));
        }
        cfg
    }

    fn apply(&mut self, name: &str, v: &str) -> Result<(), ValueError> {
        match name {
            "timezone" => self.timezone = Some(parse_zone_name(v)?),
            "hours" => self.hours = Some(Hours::parse(v)?),
            "holidays" => self.holidays = Holidays::parse(v)?,
            "reply-within" => self.reply_within = parse_reply_within(v)?,
            "return-window" => {
                self.return_window = Some(if v.trim().eq_ignore_ascii_case("none") {
                    ReturnWindow::NotAccepted
                } else {
                    let d = Duration::parse(v, Clock::Calendar, false)?;
                    if d.minutes != 0 {
                        return Err(ValueError::new(
                            0,
                            "a return window is whole days, like 30d, or none",
                        ));
                    }
                    ReturnWindow::Days(d.days)
                })
            }
            "refund-within" => self.refund_within = Some(Duration::parse(v, Clock::Business, true)?),
            "refund-method" => self.refund_method = Some(parse_text(v)?),
            "return-fees" => self.return_fees = Some(parse_text(v)?),
            "make-good" => self.make_good = Some(parse_text(v)?),
            "refund-policy-url" => self.refund_policy_url = Some(parse_url(v)?),
            "record-url" => self.record_url = Some(parse_url(v)?),
            "follow-up-after" => self.follow_up_after = Duration::parse(v, Clock::Calendar, false)?,
            "at-risk" => self.at_risk = parse_percent(v)?,
            "staffed" => {
                self.staffed = match v.trim().to_ascii_lowercase().as_str() {
                    "yes" | "true" | "" => true,
                    "no" | "false" => false,
                    _ => return Err(ValueError::new(0, "expected yes or no")),
                }
            }
            "lang" => self.lang = Some(parse_lang(v)?),
            "now" => {
                self.now = Some(Instant::parse(v.trim()).map_err(|e| {
                    ValueError::new(
                        e.at + (v.len() - v.trim_start().len()),
                        format!(
                        "expected {} in an RFC 3339 instant like 2026-03-27T16:30:00Z; using the real clock",
                        e.expected
                    ),
                    )
                })?)
            }
            "storage-key" => self.storage_key = parse_storage_key(v)?,
            "jsonld" => {
                self.jsonld = match v.trim().to_ascii_lowercase().as_str() {
                    "off" | "false" | "no" => false,
                    "on" | "true" | "yes" | "" => true,
                    _ => return Err(ValueError::new(0, "expected off (or on)")),
                }
            }
            // The stylesheet reads it (`:host([theme=dark])`).
            "theme" if !matches!(v, "light" | "dark" | "auto") => {
                return Err(ValueError::new(0, "expected light, dark or auto"));
            }
            "debug" => self.debug = true,
            _ => {}
        }
        Ok(())
    }

    /// Errors for attributes that are not part of the contract (likely
    /// typos), given every attribute name on the element.
    pub fn unknown_attributes<'n>(names: impl IntoIterator<Item = &'n str>) -> Vec<ConfigError> {
        names
            .into_iter()
            .filter(|n| {
                let n = n.to_ascii_lowercase();
                !ATTRIBUTES.contains(&n.as_str())
                    && !GLOBAL_ATTRIBUTES.contains(&n.as_str())
                    && !n.starts_with("data-")
                    && !n.starts_with("aria-")
                    && !n.starts_with("on")
            })
            .map(|n| {
                let hint = crate::parse::closest(n, ATTRIBUTES.iter().copied())
                    .first()
                    .map_or(String::new(), |a| format!("; did you mean {a}?"));
                ConfigError::new(n, format!("unknown attribute{hint}"))
            })
            .collect()
    }

    /// The reply promise for `channel`, if published.
    pub fn reply_promise(&self, channel: &str) -> Option<&ReplyPromise> {
        self.reply_within
            .iter()
            .find(|r| r.channel.eq_ignore_ascii_case(channel))
    }

    /// Whether a given attribute has an error.
    pub fn has_error(&self, attribute: &str) -> bool {
        self.errors.iter().any(|e| e.attribute == attribute)
    }
}

fn parse_zone_name(v: &str) -> Result<String, ValueError> {
    let t = v.trim();
    if t.is_empty() {
        return Err(ValueError::new(
            0,
            "empty; expected an IANA time zone like Europe/Berlin",
        ));
    }
    if let Some((i, _)) = t
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+')))
    {
        return Err(ValueError::new(
            i + (v.len() - v.trim_start().len()),
            "an IANA time zone has only letters, digits, '/', '_', '-' and '+' (like America/New_York)",
        ));
    }
    if t.len() > 64 {
        return Err(ValueError::new(0, "too long for a time zone name"));
    }
    Ok(t.to_string())
}

fn parse_reply_within(v: &str) -> Result<Vec<ReplyPromise>, ValueError> {
    if v.trim().is_empty() {
        return Err(ValueError::new(
            0,
            "empty; expected channels with durations like email 4h; chat 5m",
        ));
    }
    let mut out: Vec<ReplyPromise> = Vec::new();
    let pieces: Vec<_> = split_with_offsets(v, ';').collect();
    let last = pieces.len() - 1;
    for (k, (at, piece)) in pieces.into_iter().enumerate() {
        let mut c = Cursor {
            text: &v[..at + piece.len()],
            pos: at,
        };
        c.skip_ws();
        if c.at_end() {
            if k == last && k > 0 {
                break;
            }
            return Err(c.error("empty entry; expected a channel and a duration like email 4h"));
        }
        let name_at = c.pos;
        let name_len = c.rest().find(char::is_whitespace).unwrap_or(c.rest().len());
        let channel = &c.rest()[..name_len];
        if channel.starts_with(|ch: char| ch.is_ascii_digit()) {
            return Err(c.error("expected a channel name before the duration, like email 4h"));
        }
        if let Some((i, _)) = channel
            .char_indices()
            .find(|(_, ch)| !(ch.is_alphanumeric() || matches!(ch, '-' | '_' | '.')))
        {
            return Err(ValueError::new(
                name_at + i,
                "a channel name has only letters, digits, '-', '_' and '.'",
            ));
        }
        if channel.chars().count() > 32 {
            return Err(ValueError::new(name_at, "channel name longer than 32 characters"));
        }
        c.pos += name_len;
        c.skip_ws();
        if c.at_end() {
            return Err(c.error(format!("expected a duration after '{channel}', like 4h")));
        }
        let within = Duration::parse_at(&mut c, Clock::Business, true)?;
        c.skip_ws();
        if !c.at_end() {
            return Err(c.error("unexpected text; expected ';' before the next channel"));
        }
        if out.iter().any(|r| r.channel.eq_ignore_ascii_case(channel)) {
            return Err(ValueError::new(
                name_at,
                format!("channel '{channel}' is listed twice"),
            ));
        }
        out.push(ReplyPromise {
            channel: channel.to_string(),
            within,
        });
    }
    Ok(out)
}

fn parse_text(v: &str) -> Result<String, ValueError> {
    let t = v.trim();
    if t.is_empty() {
        return Err(ValueError::new(
            0,
            "empty; remove the attribute or give the text to show",
        ));
    }
    if let Some(i) = v.find(char::is_control) {
        return Err(ValueError::new(i, "control characters are not allowed"));
    }
    if t.chars().count() > MAX_TEXT_CHARS {
        return Err(ValueError::new(
            0,
            format!("longer than {MAX_TEXT_CHARS} characters"),
        ));
    }
    Ok(t.to_string())
}

/// A relative URL, or an absolute `http:`/`https:` one.
fn parse_url(v: &str) -> Result<String, ValueError> {
    let t = v.trim();
    let lead = v.len() - v.trim_start().len();
    if t.is_empty() {
        return Err(ValueError::new(0, "empty; expected a URL like /returns"));
    }
    if let Some((i, _)) = t
        .char_indices()
        .find(|(_, c)| c.is_control() || c.is_whitespace())
    {
        return Err(ValueError::new(
            lead + i,
            "spaces and control characters are not allowed in a URL",
        ));
    }
    if let Some(colon) = t.find(':') {
        let scheme = &t[..colon];
        let is_scheme = !scheme.is_empty()
            && !scheme.contains(['/', '?', '#'])
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if is_scheme && !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
            return Err(ValueError::new(
                lead,
                format!("only http:, https: or relative URLs are allowed, not {scheme}:"),
            ));
        }
    }
    if t.chars().count() > 2_000 {
        return Err(ValueError::new(lead, "URL longer than 2000 characters"));
    }
    Ok(t.to_string())
}

fn parse_percent(v: &str) -> Result<u8, ValueError> {
    let t = v.trim();
    let lead = v.len() - v.trim_start().len();
    let Some(num) = t.strip_suffix('%') else {
        return Err(ValueError::new(lead + t.len(), "expected a percentage like 80%"));
    };
    let num = num.trim();
    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueError::new(
            lead,
            "expected a whole number of percent like 80%",
        ));
    }
    match crate::parse::digits(num.as_bytes(), 0, num.len().min(3)) {
        Ok(n @ 1..=99) if num.len() <= 2 => Ok(n as u8),
        _ => Err(ValueError::new(lead, "must be between 1% and 99%")),
    }
}

fn parse_lang(v: &str) -> Result<String, ValueError> {
    let t = v.trim();
    let mut parts = t.split('-');
    let primary = parts.next().unwrap_or("");
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(ValueError::new(0, "expected a language tag like en, de or en-GB"));
    }
    let mut at = primary.len() + 1;
    for p in parts {
        if p.is_empty() || p.len() > 8 || !p.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ValueError::new(
                at,
                "expected a language tag like en, de or en-GB",
            ));
        }
        at += p.len() + 1;
    }
    Ok(t.to_string())
}

fn parse_storage_key(v: &str) -> Result<String, ValueError> {
    let t = v.trim();
    if t.is_empty() || t.len() > 64 {
        return Err(ValueError::new(
            0,
            "expected 1 to 64 letters, digits, '.', '_' or '-'",
        ));
    }
    if let Some((i, _)) = t
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(ValueError::new(
            i,
            "only letters, digits, '.', '_' and '-' are allowed",
        ));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests;
