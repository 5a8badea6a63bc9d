//! Region codes in `holidays`: which there are rules for (`src/regions/`,
//! read by `build.rs`), which entries are meant as one (`FR`, `de-by`, or a
//! name or alias such as `USA`), and, for the author, what an unknown one
//! likely meant. The rules themselves are evaluated at build time and by
//! the command (`crate::regions`); the element receives each region's days.

// `COUNTRIES` (every country with a rules file, `src/regions/XX.json`)
// and `CODES` (each of them and its subdivisions: `DE`, `DE-BB`, ...),
// read from the rules files by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/region_codes.rs"));

/// Every region code there are rules for: each country, then its
/// subdivisions (`DE`, `DE-BB`, ...).
pub fn codes() -> impl Iterator<Item = &'static str> + Clone {
    CODES.split(' ')
}

/// Whether there are rules for `code` (upper case).
pub fn is_known(code: &str) -> bool {
    codes().any(|c| c == code)
}

/// Splits `DE-BY` into `("DE", Some("BY"))` and `FR` into `("FR", None)`,
/// upper-cased; `None` when it is not shaped like a region code.
pub fn split_code(code: &str) -> Option<(String, Option<String>)> {
    let code = code.trim().to_ascii_uppercase();
    is_code(&code).then(|| match code.split_once('-') {
        Some((c, s)) => (c.to_string(), Some(s.to_string())),
        None => (code.clone(), None),
    })
}

/// Whether `code` is shaped like a region code, in any case: two letters,
/// then optionally `-` and letters or digits (`FR`, `de-by`; also a
/// subdivision that does not exist, such as `US-NYC` or `GB-ENGLAND`, so
/// that it is told as such, and its country's holidays still count).
pub fn is_code(code: &str) -> bool {
    let (country, sub) = (code.get(..2).unwrap_or(""), code.get(2..).unwrap_or(""));
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_alphabetic())
        && (sub.is_empty()
            || sub.strip_prefix('-').is_some_and(|s| {
                (1..=MAX_SUB).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
            }))
}

/// The longest subdivision part read as one (ISO 3166-2's are one to
/// three characters; longer ones are names, told as unknown).
const MAX_SUB: usize = 20;

/// Other names people write for a region with rules, upper case: each
/// country's English name, and common aliases (among them the alpha-3 codes
/// that are not one edit from their country's code, which the edit
/// distance finds: `DEU` -> `DE`).
const ALIASES: &[(&str, &str)] = &[
    ("AUSTRIA", "AT"),
    ("AUSTRALIA", "AU"),
    ("BELGIUM", "BE"),
    ("BRAZIL", "BR"),
    ("CANADA", "CA"),
    ("SWITZERLAND", "CH"),
    ("CZECHIA", "CZ"),
    ("CZECH REPUBLIC", "CZ"),
    ("GERMANY", "DE"),
    ("DENMARK", "DK"),
    ("SPAIN", "ES"),
    ("FINLAND", "FI"),
    ("FRANCE", "FR"),
    ("GBR", "GB"),
    ("UK", "GB"),
    ("UNITED KINGDOM", "GB"),
    ("GREAT BRITAIN", "GB"),
    ("ENGLAND", "GB-ENG"),
    ("SCOTLAND", "GB-SCT"),
    ("WALES", "GB-WLS"),
    ("NORTHERN IRELAND", "GB-NIR"),
    ("IRL", "IE"),
    ("IRELAND", "IE"),
    ("ITALY", "IT"),
    ("JAPAN", "JP"),
    ("MEXICO", "MX"),
    ("NETHERLANDS", "NL"),
    ("NORWAY", "NO"),
    ("NEW ZEALAND", "NZ"),
    ("POLAND", "PL"),
    ("PORTUGAL", "PT"),
    ("SWEDEN", "SE"),
    ("USA", "US"),
    ("UNITED STATES", "US"),
    ("SOUTH AFRICA", "ZA"),
];

/// The code a name or alias stands for, in any case: `uk`, `USA`,
/// `United States`, `England`.
fn named(name: &str) -> Option<&'static str> {
    let name = name.trim();
    ALIASES
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(name))
        .map(|(_, code)| *code)
}

/// The code an entry meant as a region stands for, where it is a name or
/// alias (`UK`, `Germany`) or has one for its country or its subdivision
/// (`USA-NY`, `GB-England`).
fn alias(text: &str) -> Option<String> {
    if let Some(code) = named(text) {
        return Some(code.to_string());
    }
    let (country, sub) = text.trim().split_once('-')?;
    let aliased = named(country).filter(|c| c.len() == 2);
    let country = aliased.map_or_else(|| country.to_ascii_uppercase(), str::to_string);
    match named(sub) {
        // `GB-England`, `UK-Scotland`: a subdivision's name, in its country.
        Some(code) => code.starts_with(&format!("{country}-")).then(|| code.to_string()),
        // `USA-NY`: a country's alias, with a subdivision's code.
        None => {
            let code = format!("{country}-{}", sub.to_ascii_uppercase());
            (aliased.is_some() && is_code(&code)).then_some(code)
        }
    }
}

/// The entries of a `holidays` value whose holidays count: region codes of
/// a country with rules (upper case, each once, in order). A subdivision
/// the rules do not have stands for its country's nationwide holidays
/// (and is told by [`unknown_regions`]); names and aliases (`USA`) count
/// nothing until written as codes.
pub fn counted(holidays: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in holidays.split(',').map(str::trim).filter(|i| is_code(i)) {
        let code = item.to_ascii_uppercase();
        if COUNTRIES.contains(&&code[..2]) && !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// Whether a `holidays` entry is meant as a region: shaped like a code, a
/// name or alias of one (`USA`, `Germany`), or three letters (an alpha-3
/// code: `DEU`), rather than a date.
pub fn is_region(item: &str) -> bool {
    is_code(item)
        || alias(item).is_some()
        || (item.len() == 3 && item.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// The regions of a `holidays` value there are no rules for, for the
/// author, each with the likely codes: a country with no rules file (by
/// alias, then by edit distance: `UK` -> `GB`, `USA` -> `US`, `DX` ->
/// `DE`, `DK` or `MX`), and a subdivision its country's rules do not have
/// (by alias, then the codes within an edit, those it starts with first:
/// `GB-ENGLAND` -> `GB-ENG`, `US-NYC` -> `US-NY`), whose country's
/// nationwide holidays still count.
pub fn unknown_regions(holidays: &str) -> Vec<String> {
    let mut out = Vec::new();
    for item in holidays.split(',').map(str::trim).filter(|i| is_region(i)) {
        let code = item.to_ascii_uppercase();
        let country = code.get(..2).unwrap_or("");
        let aliased = alias(item).filter(|a| *a != code);
        let message = if is_code(item) && COUNTRIES.contains(&country) {
            if is_known(&code) {
                continue;
            }
            let near: Vec<String> = match aliased.filter(|a| is_known(a)) {
                Some(a) => vec![a],
                None => {
                    let sub = &code[3..];
                    let subs = codes().filter_map(|k| k.strip_prefix(country)?.strip_prefix('-'));
                    let mut near = crate::parse::closest(sub, subs);
                    // `US-NYC`: the code it starts with, of those as close.
                    if near.iter().any(|k| sub.starts_with(k)) {
                        near.retain(|k| sub.starts_with(k));
                    }
                    near.iter().map(|k| format!("{country}-{k}")).collect()
                }
            };
            unknown(
                &code,
                &near,
                &format!(" (the holidays of all of {country} are counted)"),
            )
        } else {
            let near = match aliased {
                Some(a) => vec![a],
                None => crate::parse::closest(
                    &code[..code.find('-').unwrap_or(code.len())],
                    COUNTRIES.iter().copied(),
                )
                .iter()
                .map(|c| format!("{c}{}", code.find('-').map_or("", |i| &code[i..])))
                .collect(),
            };
            unknown(&code, &near, "")
        };
        if !out.contains(&message) {
            out.push(message);
        }
    }
    out
}

/// The message for an unknown region `code`, `counted` saying which
/// holidays count meanwhile (if any).
fn unknown(code: &str, near: &[String], counted: &str) -> String {
    match near {
        [] => format!("no public holidays known for \"{code}\"{counted}; the README lists the regions"),
        _ => format!(
            "no public holidays known for \"{code}\"{counted}; did you mean {}?",
            near.join(" or ")
        ),
    }
}
