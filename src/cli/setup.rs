//! The element's configuration natively: its attributes read by
//! [`Config::from_attributes`] (so every message is the element's own), the
//! team's zone from jiff's tz database, and the public holidays of the
//! region codes in `holidays` from the rule engine directly.

use crate::calendar::region_codes as regions;
use crate::calendar::Duration;
use crate::config::{Config, ConfigError};
use crate::incident;
use crate::regions::{Region, YEARS};

use super::input::Format;
use super::zone::TzZone;

/// A configuration ready for the calendar, with every problem found.
pub struct Setup {
    pub config: Config,
    /// `None` when `timezone` is missing or unknown (then in `errors`).
    pub zone: Option<TzZone>,
    /// `update-within`: the next update on an open incident is promised
    /// within this of the latest (30 minutes unless the page says).
    pub update_within: Duration,
    /// The element's errors, then the command's own (an unknown zone, an
    /// unknown region code), as `(attribute, message)`.
    pub errors: Vec<ConfigError>,
}

/// The attributes the record is computed from: an error in one of them
/// stops `record` (an error elsewhere is only reported).
pub const RECORD_ATTRIBUTES: [&str; 5] = ["timezone", "hours", "holidays", "reply-within", "refund-within"];

/// The attributes a record of a status page's update windows is computed
/// from (`--from statuspage`): no calendar, so neither hours nor a zone.
pub const UPDATE_RECORD_ATTRIBUTES: [&str; 1] = ["update-within"];

impl Setup {
    /// Reads `attrs` (names in any case; the first of a name wins, as in
    /// HTML) as the element does.
    pub fn new(attrs: &[(String, String)]) -> Setup {
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        let mut config = Config::from_pairs(attrs);
        let mut errors = std::mem::take(&mut config.errors);
        // (Names as the DOM gives them: lower-cased.) The status page's
        // attributes are read here, not (yet) by `Config`.
        let names: Vec<String> = attrs.iter().map(|(n, _)| n.to_ascii_lowercase()).collect();
        errors.extend(Config::unknown_attributes(
            names
                .iter()
                .map(String::as_str)
                .filter(|n| !incident::ATTRIBUTES.contains(n)),
        ));
        let update_within = match get("update-within") {
            None => incident::default_update_within(),
            Some(v) => incident::parse_update_within(&v).unwrap_or_else(|m| {
                errors.push(ConfigError::new("update-within", m));
                incident::default_update_within()
            }),
        };
        if let Some(Err(m)) = get("status-components").map(|v| incident::parse_components(&v)) {
            errors.push(ConfigError::new("status-components", m));
        }
        let zone = match config.timezone.as_deref() {
            Some(name) => match TzZone::new(name) {
                Ok(z) => Some(z),
                Err(msg) => {
                    errors.insert(0, ConfigError::new("timezone", msg));
                    None
                }
            },
            None => None,
        };
        if let Some(text) = get("holidays") {
            // As the element: the regions' days count beside the dates,
            // whatever else in the attribute is wrong.
            let lang = config.lang.clone().unwrap_or_else(|| "en".into());
            let (days, problems) = region_days(&text, &lang);
            config.holidays.add_days(&days);
            errors.extend(problems.into_iter().map(|m| ConfigError::new("holidays", m)));
        }
        config.errors = errors.clone();
        Setup {
            config,
            zone,
            update_within,
            errors,
        }
    }

    /// The errors in the attributes the record of `format` needs, and for
    /// tickets a missing zone or promise.
    pub fn record_errors(&self, format: Format) -> Vec<ConfigError> {
        if format == Format::Statuspage {
            // `update-within` has a default: there is always a promise.
            return self
                .errors
                .iter()
                .filter(|e| UPDATE_RECORD_ATTRIBUTES.contains(&e.attribute.as_str()))
                .cloned()
                .collect();
        }
        let mut out: Vec<ConfigError> = self
            .errors
            .iter()
            .filter(|e| RECORD_ATTRIBUTES.contains(&e.attribute.as_str()))
            .cloned()
            .collect();
        if self.config.timezone.is_none() {
            out.push(ConfigError::new(
                "timezone",
                "missing; the record is computed in the team's zone: add timezone=\"Europe/Berlin\" (or the team's IANA zone) to the element, or --attr timezone=...",
            ));
        }
        if self.config.reply_within.is_empty() && self.config.refund_within.is_none() && out.is_empty() {
            out.push(ConfigError::new(
                "reply-within",
                "missing; no promise to keep a record of: add reply-within=\"email 4h\" (or refund-within)",
            ));
        }
        out
    }
}

/// The rules file of `country`, built into the command.
pub fn region_file(country: &str) -> Option<&'static str> {
    macro_rules! files {
        ($($c:literal)*) => {
            match country {
                $($c => Some(include_str!(concat!("../regions/", $c, ".json"))),)*
                _ => None,
            }
        };
    }
    files!("AT" "AU" "BE" "BR" "CA" "CH" "CZ" "DE" "DK" "ES" "FI" "FR" "GB" "IE" "IT" "JP" "MX" "NL" "NO" "NZ" "PL" "PT" "SE" "US" "ZA")
}

/// The public holidays of the region codes in a `holidays` value, every
/// year the rules are written for, a line each as
/// [`crate::calendar::Holidays::add_days`] reads them; and the problems, in
/// the element's words (`element.js`).
pub fn region_days(holidays: &str, lang: &str) -> (String, Vec<String>) {
    let mut lines = String::new();
    let mut problems = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    // Told as the element tells them (an unknown subdivision counts its
    // country's nationwide holidays).
    problems.extend(regions::unknown_regions(holidays));
    for item in holidays.split(',') {
        let Some((country, sub)) = regions::split_code(item) else {
            continue;
        };
        let Some(text) = region_file(&country) else {
            continue;
        };
        let code = item.trim().to_ascii_uppercase();
        if seen.contains(&code) {
            continue;
        }
        seen.push(code.clone());
        let region: Region = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("the rules of {country} cannot be read ({e})"));
                continue;
            }
        };
        // An unknown subdivision (told above): the country's nationwide
        // holidays count.
        let sub = sub.filter(|_| regions::is_known(&code));
        let primary = lang.split('-').next().unwrap_or("en").to_ascii_lowercase();
        for year in YEARS {
            match region.holidays(sub.as_deref(), year, &primary) {
                Ok(days) => {
                    for (day, name) in days {
                        lines.push_str(&crate::calendar::civil::iso_date(day));
                        lines.push('\t');
                        lines.push_str(&name);
                        lines.push('\n');
                    }
                }
                Err(_) => {
                    problems.push(format!("the rules of {code} cannot be evaluated for {year}"));
                    break;
                }
            }
        }
    }
    (lines, problems)
}

#[cfg(test)]
mod tests;
