//! What the element remembers, as stored in `localStorage`: a versioned,
//! plain-JSON form of the ledger, and its checked reading from JSON text.
//! Pure: the browser edge does the storage calls.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::calendar::instant::{MAX_MS, MIN_MS};
use crate::calendar::Instant;
use crate::ledger::{check_id, Announced, IdError, Kind, Ledger, Outcome, Promise};

/// The format this code writes. Older formats are migrated on reading;
/// newer ones are left untouched.
///
/// Version 2 (2026-12) names what each member holds; version 1 had the
/// same data under shorter names (`clock`, `rev`, `hoursBreaks`, `notNow`,
/// `keptBefore`, `brokenBefore`) and the events sent as letters (`sent:
/// "krb"`). Version 1 is read by the same types, through those names as
/// aliases and its letters as a member read but not written, and is
/// written back as version 2 at the next change.
pub const VERSION: u32 = 2;

/// What the visitor should know about remembering their requests (the
/// view words it in their language; [`StorageNotice::problem`] is the
/// technical detail, for the page author in `status()`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// The browser lets nothing be stored.
    Blocked,
    /// Storage is full: changes are no longer written.
    Full,
    /// Written by a newer version (its format): left as it is.
    Newer(u32),
    /// Unreadable, and could not be kept aside (why): left as it is.
    Unreadable(String),
    /// Partly or wholly unreadable (why): kept aside under a key.
    KeptAside { why: String, backup: String },
}

impl StorageNotice {
    /// Why, in the author's terms, where there is more to say.
    pub fn problem(&self) -> Option<String> {
        match self {
            StorageNotice::Newer(v) => Some(format!(
                "stored in format {v}, newer than this version's {VERSION}"
            )),
            StorageNotice::Unreadable(why) | StorageNotice::KeptAside { why, .. } => Some(why.clone()),
            _ => None,
        }
    }
}

/// The storage key for a `storage-key` namespace.
pub fn key(namespace: &str) -> String {
    format!("service-promises:{namespace}")
}

/// The key unreadable data is moved to, with the time it was moved.
pub fn backup_key(namespace: &str, at: Instant) -> String {
    format!("service-promises:{namespace}:unreadable:{at}")
}

/// The stored document as written. Only ids and instants: nothing personal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stored {
    pub version: u32,
    /// The ledger's revision: every change counts one (merges keep the
    /// latest change of each record).
    pub revision: u64,
    pub promises: Vec<StoredPromise>,
    /// Forgotten ids, each with the revision it was forgotten at.
    pub forgotten: Vec<(String, u64)>,
    /// When each stretch of published hours with nobody answering
    /// (`staffed="no"`) began: each is a broken hours promise, counted once.
    pub unstaffed_since: Vec<i64>,
}

/// The parts of a stored document besides its records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub version: u32,
    pub revision: u64,
    pub forgotten: Vec<(String, u64)>,
    pub unstaffed_since: Vec<i64>,
}

/// A stored document of this version or an older one as read (version 1's
/// names are aliases): everything but `version` may be missing, and each
/// record is read on its own, so one bad record does not make the rest
/// unreadable.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Doc {
    version: u32,
    #[serde(default, alias = "clock")]
    revision: u64,
    #[serde(default)]
    forgotten: Vec<(String, u64)>,
    #[serde(default, alias = "hoursBreaks")]
    unstaffed_since: Vec<i64>,
    #[serde(default)]
    promises: Vec<Lenient<StoredPromise>>,
}

/// One promise; instants in milliseconds since the epoch. All but `id`,
/// `kind`, `openedAt`, `due` and `atRiskAt` may be missing when read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredPromise {
    pub id: String,
    pub kind: Kind,
    #[serde(default)]
    pub channel: Option<String>,
    pub opened_at: i64,
    pub due: i64,
    pub at_risk_at: i64,
    #[serde(default)]
    pub fulfilled_at: Option<i64>,
    #[serde(default)]
    pub resolved_at: Option<i64>,
    #[serde(default)]
    pub followed_up: bool,
    /// Whether `promise-kept`, `promise-at-risk` and `promise-broken` were
    /// dispatched for it already (never twice).
    #[serde(default, skip_serializing_if = "is_false")]
    pub kept_sent: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub at_risk_sent: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub broken_sent: bool,
    /// Version 1's form of the three: a letter each (`"krb"`), read and
    /// never written.
    #[serde(default, skip_serializing)]
    pub sent: String,
    /// The ledger's revision at its latest change.
    #[serde(default, alias = "rev")]
    pub revision: u64,
    /// The due instants of the windows before the request was reopened
    /// that were kept, and those that were broken.
    #[serde(default, alias = "keptBefore", skip_serializing_if = "Vec::is_empty")]
    pub earlier_kept: Vec<i64>,
    #[serde(default, alias = "brokenBefore", skip_serializing_if = "Vec::is_empty")]
    pub earlier_broken: Vec<i64>,
    /// When the customer answered the follow-up question "Not now".
    #[serde(default, alias = "notNow", skip_serializing_if = "Vec::is_empty")]
    pub not_now_at: Vec<i64>,
}

fn is_false(b: &bool) -> bool {
    !b
}

/// A parsed JSON document that typed data is read from by serde: a
/// `JsValue` through serde-wasm-bindgen in the browser (after the browser's
/// `JSON.parse`), a `serde_json::Value` in native tests.
pub trait Json {
    /// Reads the whole document as `T`; the message says what is wrong.
    fn read<T: DeserializeOwned>(&self) -> Result<T, String>;
    /// Its member `version`, where it is a whole number.
    fn version(&self) -> Option<u32>;
}

/// One record read on its own: a record that cannot be read is kept as the
/// reason, and the records after it are still read. (Both readers, of a
/// `JsValue` and of a `serde_json::Value`, give each list item a
/// deserializer of its own, so an error inside one leaves the list intact.)
struct Lenient<T>(Result<T, String>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Lenient(T::deserialize(d).map_err(|e| e.to_string())))
    }
}

/// Why stored data could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Not JSON text.
    NotJson(String),
    /// JSON, but not a saved ledger (no version, a member of the wrong
    /// shape: serde's message names it).
    NotALedger(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotJson(e) => write!(f, "not JSON: {e}"),
            StoreError::NotALedger(e) => write!(f, "not a saved ledger: {e}"),
        }
    }
}

/// What is wrong with one stored record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredRecordError {
    /// Not of the record's shape (serde's message names the member).
    Shape(String),
    Id(IdError),
    /// `hours` is not tracked by id, so never stored as a record.
    HoursKind,
    /// Nor is `update`.
    UpdateKind,
    OutOfRange(&'static str),
    OutOfOrder,
    Channel,
}

impl fmt::Display for StoredRecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredRecordError::Shape(e) => f.write_str(e),
            StoredRecordError::Id(e) => write!(f, "invalid id: {e}"),
            StoredRecordError::HoursKind => f.write_str("the hours promise is not a tracked record"),
            StoredRecordError::UpdateKind => f.write_str("an outage update is not a tracked record"),
            StoredRecordError::OutOfRange(what) => write!(f, "{what} is out of range"),
            StoredRecordError::OutOfOrder => f.write_str("instants out of order"),
            StoredRecordError::Channel => f.write_str("invalid channel"),
        }
    }
}

/// Reads a stored document: the version, then the header, then each
/// record on its own, so one bad record does not make the others
/// unreadable. A newer format may look like anything past its version, and
/// is not read further.
pub fn read<J: Json>(doc: &J) -> Result<Decoded, StoreError> {
    // The version first, since a newer format may look like anything past
    // it.
    let version = doc
        .version()
        .ok_or_else(|| StoreError::NotALedger("missing field `version`".into()))?;
    if version > VERSION {
        return Ok(Decoded::Newer(version));
    }
    // Versions 1 and 2 hold the same data: version 1 is read through the
    // aliases of `Doc` and `StoredPromise` (see [`VERSION`]). A future
    // format bump adds its migration here.
    let doc = doc.read::<Doc>().map_err(StoreError::NotALedger)?;
    let records = doc
        .promises
        .into_iter()
        .map(|r| r.0.map_err(StoredRecordError::Shape))
        .collect();
    let header = Header {
        version: doc.version,
        revision: doc.revision,
        forgotten: doc.forgotten,
        unstaffed_since: doc.unstaffed_since,
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
        forgotten.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        Stored {
            version: VERSION,
            revision: ledger.clock(),
            promises: ledger
                .promises()
                .iter()
                .map(|p| StoredPromise {
                    id: p.id.clone(),
                    kind: p.kind,
                    channel: p.channel.clone(),
                    opened_at: p.opened_at.0,
                    due: p.due.0,
                    at_risk_at: p.at_risk_at.0,
                    fulfilled_at: p.fulfilled_at.map(|i| i.0),
                    resolved_at: p.resolved_at.map(|i| i.0),
                    followed_up: p.followed_up,
                    kept_sent: p.announced.kept,
                    at_risk_sent: p.announced.at_risk,
                    broken_sent: p.announced.broken,
                    sent: String::new(),
                    revision: p.rev,
                    earlier_kept: p.earlier.iter().filter(|o| o.kept).map(|o| o.due.0).collect(),
                    earlier_broken: p.earlier.iter().filter(|o| !o.kept).map(|o| o.due.0).collect(),
                    not_now_at: p.not_now.iter().map(|i| i.0).collect(),
                })
                .collect(),
            forgotten,
            unstaffed_since: ledger.hours_breaks().map(|i| i.0).collect(),
        }
    }
}

/// Checks a stored document of this version (see [`read`], which tells newer
/// ones apart), read as a header and its records (each already decoded from
/// JSON, or the reason it could not be); unreadable records are left out
/// and named.
pub fn decode(header: Header, records: Vec<Result<StoredPromise, StoredRecordError>>) -> Decoded {
    let mut problems = Vec::new();
    let mut promises = Vec::new();
    for (i, sp) in records.into_iter().enumerate() {
        match sp.and_then(decode_promise) {
            Ok(p) => promises.push(p),
            Err(e) => problems.push(format!("record {}: {e}", i + 1)),
        }
    }
    let mut ledger = Ledger::from_parts(promises, header.forgotten, header.revision);
    let breaks: Vec<Instant> = header
        .unstaffed_since
        .iter()
        .filter_map(|&ms| instant(ms, "unstaffedSince").ok())
        .collect();
    if breaks.len() != header.unstaffed_since.len() {
        problems.push("unstaffedSince: an instant is out of range".into());
    }
    ledger.set_hours_breaks(breaks);
    if problems.is_empty() {
        Decoded::Ok(ledger)
    } else {
        Decoded::Partly { ledger, problems }
    }
}

fn instant(ms: i64, what: &'static str) -> Result<Instant, StoredRecordError> {
    if (MIN_MS..=MAX_MS).contains(&ms) {
        Ok(Instant(ms))
    } else {
        Err(StoredRecordError::OutOfRange(what))
    }
}

fn decode_promise(sp: StoredPromise) -> Result<Promise, StoredRecordError> {
    check_id(&sp.id).map_err(StoredRecordError::Id)?;
    match sp.kind {
        Kind::Hours => return Err(StoredRecordError::HoursKind),
        Kind::Update => return Err(StoredRecordError::UpdateKind),
        Kind::Reply | Kind::Refund => {}
    }
    let opened_at = instant(sp.opened_at, "openedAt")?;
    let due = instant(sp.due, "due")?;
    let at_risk_at = instant(sp.at_risk_at, "atRiskAt")?;
    if due < opened_at || at_risk_at < opened_at || at_risk_at > due {
        return Err(StoredRecordError::OutOfOrder);
    }
    let fulfilled_at = sp.fulfilled_at.map(|v| instant(v, "fulfilledAt")).transpose()?;
    let resolved_at = sp.resolved_at.map(|v| instant(v, "resolvedAt")).transpose()?;
    if let Some(c) = &sp.channel {
        if c.is_empty() || c.chars().count() > 32 || c.chars().any(char::is_control) {
            return Err(StoredRecordError::Channel);
        }
    }
    let kept = sp.earlier_kept.iter().map(|&due| (due, true));
    let broken = sp.earlier_broken.iter().map(|&due| (due, false));
    let earlier = kept
        .chain(broken)
        .map(|(due, kept)| {
            Ok(Outcome {
                due: instant(due, "earlier windows")?,
                kept,
            })
        })
        .collect::<Result<_, StoredRecordError>>()?;
    Ok(Promise {
        earlier,
        id: sp.id,
        kind: sp.kind,
        channel: sp.channel,
        opened_at,
        due,
        at_risk_at,
        fulfilled_at,
        resolved_at,
        followed_up: sp.followed_up,
        not_now: sp
            .not_now_at
            .into_iter()
            .map(|t| instant(t, "notNowAt"))
            .collect::<Result<_, StoredRecordError>>()?,
        announced: Announced {
            kept: sp.kept_sent || sp.sent.contains('k'),
            at_risk: sp.at_risk_sent || sp.sent.contains('r'),
            broken: sp.broken_sent || sp.sent.contains('b'),
        },
        rev: sp.revision,
    })
}

/// Native reading of stored JSON text, with serde_json (tests only: the
/// shipped wasm reads through the browser's `JSON.parse`).
#[cfg(test)]
impl Json for serde_json::Value {
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        T::deserialize(self).map_err(|e| e.to_string())
    }
    fn version(&self) -> Option<u32> {
        u32::deserialize(self.get("version")?).ok()
    }
}

#[cfg(test)]
mod tests;
