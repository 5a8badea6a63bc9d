//! What the element remembers, as stored in `localStorage`: a versioned,
//! plain-JSON form of the ledger, and its checked reading from JSON text.
//! Pure: the browser edge does the storage calls.

use serde::Serialize;

use crate::calendar::instant::{MAX_MS, MIN_MS};
use crate::calendar::Instant;
use crate::json::read::{int, parse, required, Fields, Value};
use crate::ledger::{Announced, Kind, Ledger, Promise, MAX_ID_CHARS};

/// The format this code writes. Older formats are migrated on reading;
/// newer ones are left untouched.
pub const VERSION: u32 = 1;

/// The storage key for a `storage-key` namespace.
pub fn key(namespace: &str) -> String {
    format!("service-promises:{namespace}")
}

/// The key unreadable data is moved to, with the time it was moved.
pub fn backup_key(namespace: &str, at: Instant) -> String {
    format!("service-promises:{namespace}:unreadable:{at}")
}

/// The stored document. Only ids and instants: nothing personal.
/// Everything but `version` may be missing (or null) when read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stored {
    pub version: u32,
    pub clock: u64,
    pub promises: Vec<StoredPromise>,
    /// Forgotten ids and the revision they were forgotten at.
    pub forgotten: Vec<(String, u64)>,
    /// Starts of open stretches during which nobody was answering.
    pub hours_breaks: Vec<i64>,
}

/// The parts of a stored document read before its records: records are
/// read one by one, so one bad record does not make the rest unreadable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub version: u32,
    pub clock: u64,
    pub forgotten: Vec<(String, u64)>,
    pub hours_breaks: Vec<i64>,
}

/// One promise; instants in milliseconds since the epoch. `channel`,
/// `fulfilledAt`, `resolvedAt`, `followedUp`, `sent` and `rev` may be
/// missing (or null) when read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredPromise {
    pub id: String,
    pub kind: String,
    pub channel: Option<String>,
    pub opened_at: i64,
    pub due: i64,
    pub at_risk_at: i64,
    pub fulfilled_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub followed_up: bool,
    /// Events sent: `k` kept, `r` at risk, `b` broken.
    pub sent: String,
    pub rev: u64,
}

const REV_MAX: i64 = i64::MAX;

impl Header {
    fn read(doc: Fields<'_>, version: u32) -> Result<Header, String> {
        let forgotten = doc
            .list("forgotten")?
            .unwrap_or_default()
            .iter()
            .map(|pair| match pair {
                Value::Array(p) if p.len() == 2 => match &p[0] {
                    Value::Str(id) => Ok((id.clone(), int(&p[1], 0, REV_MAX)? as u64)),
                    other => Err(format!("a forgotten id must be a string, not {}", other.kind())),
                },
                _ => Err("`forgotten` must list [id, revision] pairs".to_string()),
            })
            .collect::<Result<_, String>>()?;
        let hours_breaks = doc
            .list("hoursBreaks")?
            .unwrap_or_default()
            .iter()
            .map(|v| int(v, i64::MIN, i64::MAX).map_err(|e| format!("`hoursBreaks` {e}")))
            .collect::<Result<_, String>>()?;
        Ok(Header {
            version,
            clock: doc.int("clock", 0, REV_MAX)?.unwrap_or(0) as u64,
            forgotten,
            hours_breaks,
        })
    }
}

impl StoredPromise {
    /// Reads one record; the message names the member that is wrong.
    pub fn read(v: &Value) -> Result<StoredPromise, String> {
        let f = Fields::of(v)?;
        let ms = |name: &str| f.int(name, i64::MIN, i64::MAX);
        Ok(StoredPromise {
            id: required(f.str("id")?, "id")?.to_string(),
            kind: required(f.str("kind")?, "kind")?.to_string(),
            channel: f.str("channel")?.map(str::to_string),
            opened_at: required(ms("openedAt")?, "openedAt")?,
            due: required(ms("due")?, "due")?,
            at_risk_at: required(ms("atRiskAt")?, "atRiskAt")?,
            fulfilled_at: ms("fulfilledAt")?,
            resolved_at: ms("resolvedAt")?,
            followed_up: f.bool("followedUp")?.unwrap_or(false),
            sent: f.str("sent")?.unwrap_or("").to_string(),
            rev: f.int("rev", 0, REV_MAX)?.unwrap_or(0) as u64,
        })
    }
}

/// Reads stored text: the version, then the header, then each record on
/// its own, so one bad record does not make the others unreadable. A newer
/// format may look like anything past its version, and is not read further.
pub fn read(text: &str) -> Result<Decoded, String> {
    let value = parse(text)?;
    let not_ours = |e: String| format!("not a saved ledger: {e}");
    let doc = Fields::of(&value).map_err(not_ours)?;
    let version = required(
        doc.int("version", 0, i64::from(u32::MAX)).map_err(not_ours)?,
        "version",
    )
    .map_err(not_ours)? as u32;
    if version > VERSION {
        return Ok(Decoded::Newer(version));
    }
    // Version 1 is the first format: there is nothing older to migrate yet.
    // A future format bump adds its migration here.
    let header = Header::read(doc, version).map_err(not_ours)?;
    let records = match doc.list("promises") {
        Ok(items) => items
            .unwrap_or_default()
            .iter()
            .map(StoredPromise::read)
            .collect(),
        Err(_) => return Err("its records are not a list".into()),
    };
    Ok(decode(header, records))
}

/// How reading the stored document went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Read whole.
    Ok(Ledger),
    /// Read, but some records were unreadable and left out: the original
    /// text must be kept aside before anything is written.
    Partly { ledger: Ledger, problems: Vec<String> },
    /// Written by a newer version of the element: leave it as it is.
    Newer(u32),
}

impl Stored {
    pub fn from_ledger(ledger: &Ledger) -> Stored {
        let mut forgotten: Vec<(String, u64)> = ledger.forgotten().map(|(k, v)| (k.to_string(), v)).collect();
        crate::sort::sort_by(&mut forgotten, |a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        Stored {
            version: VERSION,
            clock: ledger.clock(),
            promises: ledger
                .promises()
                .iter()
                .map(|p| StoredPromise {
                    id: p.id.clone(),
                    kind: p.kind.as_str().to_string(),
                    channel: p.channel.clone(),
                    opened_at: p.opened_at.0,
                    due: p.due.0,
                    at_risk_at: p.at_risk_at.0,
                    fulfilled_at: p.fulfilled_at.map(|i| i.0),
                    resolved_at: p.resolved_at.map(|i| i.0),
                    followed_up: p.followed_up,
                    sent: [
                        (p.announced.kept, 'k'),
                        (p.announced.at_risk, 'r'),
                        (p.announced.broken, 'b'),
                    ]
                    .iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, c)| *c)
                    .collect(),
                    rev: p.rev,
                })
                .collect(),
            forgotten,
            hours_breaks: ledger.hours_breaks().map(|i| i.0).collect(),
        }
    }
}

/// Checks a stored document of this version (see [`read`], which tells newer
/// ones apart), read as a header and its records (each already decoded from
/// JSON, or the reason it could not be); unreadable records are left out
/// and named.
pub fn decode(header: Header, records: Vec<Result<StoredPromise, String>>) -> Decoded {
    let mut problems = Vec::new();
    let mut promises = Vec::new();
    for (i, sp) in records.into_iter().enumerate() {
        match sp.and_then(decode_promise) {
            Ok(p) => promises.push(p),
            Err(e) => problems.push(format!("record {}: {e}", i + 1)),
        }
    }
    let mut ledger = Ledger::from_parts(promises, header.forgotten, header.clock);
    let breaks: Vec<Instant> = header
        .hours_breaks
        .iter()
        .filter_map(|&ms| instant(ms, "hoursBreaks").ok())
        .collect();
    if breaks.len() != header.hours_breaks.len() {
        problems.push("hoursBreaks: an instant is out of range".into());
    }
    ledger.set_hours_breaks(breaks);
    if problems.is_empty() {
        Decoded::Ok(ledger)
    } else {
        Decoded::Partly { ledger, problems }
    }
}

fn instant(ms: i64, what: &str) -> Result<Instant, String> {
    if (MIN_MS..=MAX_MS).contains(&ms) {
        Ok(Instant(ms))
    } else {
        Err(format!("{what} is out of range"))
    }
}

fn decode_promise(sp: StoredPromise) -> Result<Promise, String> {
    if sp.id.trim().is_empty() || sp.id.chars().count() > MAX_ID_CHARS || sp.id.chars().any(char::is_control)
    {
        return Err("invalid id".into());
    }
    let kind = match sp.kind.as_str() {
        "reply" => Kind::Reply,
        "refund" => Kind::Refund,
        other => return Err(format!("unknown kind \"{other}\"")),
    };
    let opened_at = instant(sp.opened_at, "openedAt")?;
    let due = instant(sp.due, "due")?;
    let at_risk_at = instant(sp.at_risk_at, "atRiskAt")?;
    if due < opened_at || at_risk_at < opened_at || at_risk_at > due {
        return Err("instants out of order".into());
    }
    let fulfilled_at = sp.fulfilled_at.map(|v| instant(v, "fulfilledAt")).transpose()?;
    let resolved_at = sp.resolved_at.map(|v| instant(v, "resolvedAt")).transpose()?;
    if let Some(c) = &sp.channel {
        if c.is_empty() || c.chars().count() > 32 || c.chars().any(char::is_control) {
            return Err("invalid channel".into());
        }
    }
    Ok(Promise {
        id: sp.id,
        kind,
        channel: sp.channel,
        opened_at,
        due,
        at_risk_at,
        fulfilled_at,
        resolved_at,
        followed_up: sp.followed_up,
        announced: Announced {
            kept: sp.sent.contains('k'),
            at_risk: sp.sent.contains('r'),
            broken: sp.sent.contains('b'),
        },
        rev: sp.rev,
    })
}

#[cfg(test)]
mod tests;
