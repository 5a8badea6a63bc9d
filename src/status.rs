//! The contract's types: what `status()` returns and what the element's
//! events carry. Plain data, serialized by serde (through
//! serde-wasm-bindgen in the browser); the ledger and the view fill them in.

use serde::{Deserialize, Serialize};

use crate::calendar::Instant;
use crate::config::ConfigError;

/// What a promise is about. Parsed in one place: serde's derive, for
/// `track()`'s argument, stored records and `record-url` lines alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A first reply on a channel, from `reply-within`.
    Reply,
    /// A refund after a return is received, from `refund-within`.
    Refund,
    /// The published hours themselves: broken while the host says nobody
    /// is answering during them (`staffed="no"`). Never tracked by id.
    Hours,
    /// The next update on an open outage, within `update-within` of the
    /// latest (the status page's incidents, `crate::incident`). Counted by
    /// the command into the record; never tracked by id.
    Update,
}

/// The contract's promise statuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Pending,
    AtRisk,
    Kept,
    Broken,
}

impl State {
    /// The contract's word, also the CSS hook `data-status`.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::AtRisk => "at-risk",
            State::Kept => "kept",
            State::Broken => "broken",
        }
    }
}

/// The prompt kinds, highest priority first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PromptKind {
    Broken,
    AtRisk,
    FollowUp,
    Closed,
}

impl PromptKind {
    /// The contract's word, also the CSS hook `data-kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            PromptKind::Broken => "broken",
            PromptKind::AtRisk => "at-risk",
            PromptKind::FollowUp => "follow-up",
            PromptKind::Closed => "closed",
        }
    }
}

/// `status().prompt`: what the widget says first, and about which request
/// (`"hours"` for the hours promise, none for `closed`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Prompt {
    pub kind: PromptKind,
    pub id: Option<String>,
}

/// The contract's `status()` object.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status<'a> {
    pub now: Rfc3339,
    pub hours: Option<HoursStatus>,
    pub promises: Vec<PromiseStatus<'a>>,
    pub record: OwnRecord,
    pub prompt: Option<Prompt>,
    pub errors: Vec<ConfigError>,
    /// Whether tracked requests are remembered across visits, and if not why.
    pub storage: StorageStatus,
    /// The team's record from `record-url`.
    pub team_record: Option<TeamRecordStatus>,
    /// The element's language and the language of its words.
    pub language: Option<LanguageStatus>,
    /// The holidays from today (the team's) through 365 days ahead, listed
    /// and from region codes together.
    pub holidays: Vec<HolidayStatus<'a>>,
}

/// One of `status().holidays`: an ISO date and its name (empty when none
/// was given).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HolidayStatus<'a> {
    pub date: String,
    pub name: &'a str,
}

/// `status().language`: the element's language tag (`fr-CA`) and the
/// language its words are in: its pack's (`fr`), `en` where there is none
/// (its dates and numbers still follow the tag), or `null` while the pack
/// is on its way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LanguageStatus {
    pub tag: String,
    pub texts: Option<String>,
}

/// How fetching `record-url` went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FetchState {
    Loading,
    Loaded,
    Unavailable,
}

/// `status().teamRecord`: the URL, how fetching it went, and the record
/// (when loaded) or the reason it is unavailable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamRecordStatus {
    pub state: FetchState,
    pub url: String,
    pub record: Option<TeamRecord>,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StorageStatus {
    pub remembered: bool,
    /// What the element tells the visitor, in its language.
    pub notice: Option<String>,
    /// The technical detail behind the notice, for the page author.
    pub problem: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoursStatus {
    pub open: bool,
    pub closing_soon: bool,
    pub next_change: Option<Rfc3339>,
    pub timezone: String,
    /// False while the host says nobody is answering (`staffed="no"`).
    pub staffed: bool,
}

/// One promise in `status()`, borrowed from the ledger (no copies of 10,000
/// ids are made first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PromiseStatus<'a> {
    pub id: &'a str,
    pub kind: Kind,
    pub channel: Option<&'a str>,
    pub opened_at: Rfc3339,
    pub due: Rfc3339,
    pub fulfilled_at: Option<Rfc3339>,
    pub resolved_at: Option<Rfc3339>,
    pub status: State,
}

/// An instant that serializes as its RFC 3339 text (formatted on the stack).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rfc3339(pub Instant);

impl Serialize for Rfc3339 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.rfc3339().as_str())
    }
}

/// This visitor's record: promises decided, and kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OwnRecord {
    pub kept: u32,
    pub total: u32,
}

/// `promise-kept`, `promise-at-risk` or `promise-broken`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromiseEventName {
    Kept,
    AtRisk,
    Broken,
}

impl PromiseEventName {
    pub fn as_str(self) -> &'static str {
        match self {
            PromiseEventName::Kept => "promise-kept",
            PromiseEventName::AtRisk => "promise-at-risk",
            PromiseEventName::Broken => "promise-broken",
        }
    }
}

/// A promise event: its name, and its detail `{ id, kind, due }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PromiseEvent {
    #[serde(skip)]
    pub name: PromiseEventName,
    pub id: String,
    pub kind: Kind,
    pub due: Rfc3339,
}

/// The detail of `follow-up-answer`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FollowUpAnswer {
    pub id: String,
    pub solved: bool,
}

/// What `track()` returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tracked {
    pub id: String,
    pub due: Rfc3339,
}

/// The detail of `hours-change`: the team opened, closed, or is about to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoursChange {
    pub open: bool,
    pub closing_soon: bool,
    pub next_change: Option<Rfc3339>,
}

/// The `record-url` document, as published (read by serde: a wrong type or
/// a missing member is named in serde's message).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct RecordDoc {
    pub window_days: u32,
    /// When the record was made (RFC 3339), where the document says.
    #[serde(default)]
    pub generated_at: Option<String>,
    pub promises: Vec<RecordLine>,
}

/// One line of the record: a kind of promise, for one channel where it
/// names one (else every channel of its kind).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordLine {
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub kept: u32,
    pub total: u32,
}

/// A checked team record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamRecord {
    pub window_days: u32,
    pub generated_at: Option<Rfc3339>,
    pub promises: Vec<RecordLine>,
}
