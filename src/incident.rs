//! The team's outages from its status page: an Atlassian Statuspage v2 feed
//! (`/api/v2/summary.json`, `/api/v2/incidents/unresolved.json`,
//! `/api/v2/incidents.json`; incident.io and Rootly serve the same shape)
//! read and checked, what of it the help page shows at an instant, with the
//! next update it promises (`update-within` after the latest one), and the
//! update windows the command counts into the record (kind `update`).
//!
//! Pure: no browser imports, no `serde_json` (the element parses the feed
//! with the browser's `JSON.parse` and reads it through
//! serde-wasm-bindgen; the command through `serde_json`).
//!
//! # Design
//!
//! - **One derived type for every object of the feed.** A page, a
//!   component, an incident, a maintenance and an update are all read into
//!   [`Node`], every member optional; [`Feed`] is the only other derived
//!   type. Each derived `Deserialize` costs 1-1.5 KB of wasm, and serde's
//!   own errors would not say where anyway (they carry no path): which
//!   members each object needs is checked by [`Feed::check`], which names
//!   the place (`incidents[2].incident_updates[0].created_at`) of a missing
//!   or wrong one.
//! - **Strings read leniently, then checked.** Every member the format gives
//!   as a string is read as [`Text`], which keeps what was there instead
//!   (a number, a list...), so a wrong type is reported with its place too.
//!   Whole numbers are read as their digits: some status pages number
//!   their ids.
//! - **Unknown words.** An unknown `status` is an error: whether an outage
//!   is open or over cannot be guessed. An unknown or missing `impact` is
//!   read as `none`, Statuspage's own word for "no stated impact": the
//!   status decides whether an incident is shown, the impact only ranks it,
//!   and an outage must not disappear from the help page because its status
//!   page has a word of its own for how bad it is. (`maintenance`, which
//!   Statuspage gives scheduled maintenance, is a word of the format.)
//! - **Which is a maintenance.** Everything in `scheduled_maintenances[]`,
//!   and whatever has a maintenance status (`scheduled`, `in_progress`,
//!   `verifying`, `completed`) wherever it is listed.
//! - **Times.** `update-within` is counted in elapsed time, a day as 24
//!   hours (see [`next_update_due`]): the element and the command then agree
//!   without the team's zone, and a status page's clock is UTC. The next
//!   update is counted from when the latest one was posted (`created_at`),
//!   never from `display_at`, which the team can back-date.
//! - **Nothing is invented.** A field the feed does not give stays `None`;
//!   a resolved incident without `resolved_at` is not shown (for how long
//!   would it be?), and its last update window cannot be decided.

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::calendar::civil::DAY_MS;
use crate::calendar::instant::InstantError;
use crate::calendar::{Clock, Duration, Instant};
use crate::parse::{split_with_offsets, ValueError};
use crate::status::Rfc3339;

#[cfg(test)]
mod tests;

/// The element's attributes of this feature (the configuration reads them;
/// the command's setup knows them by this list).
pub const ATTRIBUTES: [&str; 3] = ["status-url", "status-components", "update-within"];

/// `update-within` when the page does not say: the next update is promised
/// within 30 minutes of the latest.
pub const DEFAULT_UPDATE_WITHIN_MINUTES: u32 = 30;

/// A resolved incident stays on the help page this long after its
/// `resolved_at` (inclusive), so a customer who saw the outage sees it end.
pub const RESOLVED_SHOWN_MS: i64 = 3_600_000;

/// Scheduled maintenance is shown from this long before it starts.
pub const SCHEDULED_AHEAD_MS: i64 = DAY_MS;

/// An incident created less than this before its first update was created
/// with it: Statuspage writes both in one request, milliseconds apart, and
/// a window between the two would be a promise nobody could see (and a
/// kept one in the record, for nothing). Created earlier than that, its
/// creation is a post of its own and opens a window.
pub const SAME_POST_MS: i64 = 1_000;

/// `update-within` when the page does not say.
pub const fn default_update_within() -> Duration {
    Duration::minutes(DEFAULT_UPDATE_WITHIN_MINUTES, Clock::Calendar)
}

/// Reads `update-within`: a duration like `30m` or `1h`, always calendar
/// time (the word `calendar` is refused as redundant, as for
/// `follow-up-after`). The error says where and what was expected.
pub fn parse_update_within(value: &str) -> Result<Duration, String> {
    Duration::parse(value, Clock::Calendar, false).map_err(|e| e.describe(value))
}

/// Reads `status-components`: component ids or names separated by commas,
/// each trimmed (matched later by id or by name, ignoring ASCII case).
/// An empty value or an empty entry (`API,,Web`, a trailing comma) is an
/// error saying where.
pub fn parse_components(value: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for (start, part) in split_with_offsets(value, ',') {
        let trimmed = part.trim();
        if trimmed.is_empty() {
            let e = if value.trim().is_empty() {
                ValueError::new(
                    0,
                    "empty; expected component ids or names separated by commas, like m2zjc5hgkmx1, API",
                )
            } else {
                ValueError::new(
                    start,
                    "an empty entry; expected a component id or name between the commas",
                )
            };
            return Err(e.describe(value));
        }
        out.push(trimmed.to_string());
    }
    Ok(out)
}

/// When the next update is due after a post at `posted`: `within` later in
/// elapsed time (a day is 24 hours).
pub fn next_update_due(posted: Instant, within: Duration) -> Instant {
    Instant::from_ms(posted.0 + i64::from(within.days) * DAY_MS + within.minutes_ms())
}

// ---------------------------------------------------------------------------
// The feed as read.

/// A Statuspage v2 feed as read (`summary.json`, `incidents.json`,
/// `incidents/unresolved.json`, `scheduled-maintenances.json`): unknown
/// members ignored, each list optional (but not both).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Feed {
    pub page: Option<Node>,
    pub incidents: Option<Vec<Node>>,
    pub scheduled_maintenances: Option<Vec<Node>>,
}

/// One object of the feed (a page, a component, an incident or maintenance,
/// an update; see the module's design notes), every member optional and
/// checked where it is used.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Node {
    pub id: Option<Text>,
    pub name: Option<Text>,
    pub url: Option<Text>,
    pub status: Option<Text>,
    pub impact: Option<Text>,
    pub shortlink: Option<Text>,
    pub body: Option<Text>,
    pub started_at: Option<Text>,
    pub created_at: Option<Text>,
    pub updated_at: Option<Text>,
    pub resolved_at: Option<Text>,
    pub scheduled_for: Option<Text>,
    pub scheduled_until: Option<Text>,
    pub components: Option<Vec<Node>>,
    pub incident_updates: Option<Vec<Node>>,
}

/// A member the format gives as a string: its text (a whole number reads
/// as its digits), or the JSON type found instead, for the error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Str(String),
    Wrong(&'static str),
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E>(self, v: &str) -> Result<Text, E> {
        Ok(Text::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Text, E> {
        Ok(Text::Str(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Text, E> {
        Ok(Text::Str(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Text, E> {
        Ok(Text::Str(v.to_string()))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Text, E> {
        Ok(Text::Wrong("a number"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Text, E> {
        Ok(Text::Wrong("true or false"))
    }
    fn visit_unit<E>(self) -> Result<Text, E> {
        Ok(Text::Wrong("null"))
    }
    // A list or an object is read to its end (a streaming reader needs
    // that) and reported by its type.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Text::Wrong("a list"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Text::Wrong("an object"))
    }
}

// ---------------------------------------------------------------------------
// Errors.

/// Why a feed (or one of its items) cannot be read, for the page author:
/// which item, which field, what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedError {
    /// Neither `incidents` nor `scheduled_maintenances`.
    NotAFeed,
    /// Not of the feed's shape where serde reads it (a list that is not a
    /// list, an item that is not an object): serde's message.
    Shape(String),
    /// A member the format requires is missing, null or empty.
    Missing { place: String, field: &'static str },
    /// A member that should be a string is something else.
    WrongType {
        place: String,
        field: &'static str,
        found: &'static str,
    },
    /// An instant that is not RFC 3339.
    NotAnInstant {
        place: String,
        field: &'static str,
        text: String,
        error: InstantError,
    },
    /// A `status` word the format does not have (or, in
    /// `scheduled_maintenances`, not a maintenance's).
    Status {
        place: String,
        word: String,
        maintenance: bool,
    },
}

impl FeedError {
    /// The item (`incidents[2].incident_updates[0]`), where there is one.
    pub fn place(&self) -> Option<&str> {
        match self {
            FeedError::NotAFeed | FeedError::Shape(_) => None,
            FeedError::Missing { place, .. }
            | FeedError::WrongType { place, .. }
            | FeedError::NotAnInstant { place, .. }
            | FeedError::Status { place, .. } => Some(place),
        }
    }

    /// The member (`created_at`), where there is one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            FeedError::NotAFeed | FeedError::Shape(_) => None,
            FeedError::Missing { field, .. }
            | FeedError::WrongType { field, .. }
            | FeedError::NotAnInstant { field, .. } => Some(field),
            FeedError::Status { .. } => Some("status"),
        }
    }

    /// What is wrong, without the place and the field.
    #[cold]
    #[inline(never)]
    pub fn problem(&self) -> String {
        match self {
            FeedError::NotAFeed => {
                "not a Statuspage v2 feed: it has neither incidents nor scheduled_maintenances (expected a feed like https://status.example.com/api/v2/summary.json)".into()
            }
            FeedError::Shape(m) => format!(
                "not a Statuspage v2 feed: {m} (expected a feed like https://status.example.com/api/v2/summary.json)"
            ),
            FeedError::Missing { .. } => "missing; the format gives it to every such item".into(),
            FeedError::WrongType { found, .. } => format!("expected a string, not {found}"),
            FeedError::NotAnInstant { text, error, .. } => format!(
                "not an RFC 3339 instant: \"{text}\": at character {} expected {} (like 2026-05-12T22:17:14.848-04:00)",
                error.at + 1,
                error.expected
            ),
            FeedError::Status { word, maintenance, .. } => format!(
                "unknown status \"{word}\"; expected {}",
                if *maintenance {
                    MAINTENANCE_STATUSES
                } else {
                    INCIDENT_STATUSES
                }
            ),
        }
    }
}

const INCIDENT_STATUSES: &str = "investigating, identified, monitoring, resolved or postmortem (or a maintenance's scheduled, in_progress, verifying or completed)";
const MAINTENANCE_STATUSES: &str = "a maintenance's scheduled, in_progress, verifying or completed";

impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(place), Some(field)) = (self.place(), self.field()) {
            write!(f, "{place}.{field}: ")?;
        }
        f.write_str(&self.problem())
    }
}

impl std::error::Error for FeedError {}

// ---------------------------------------------------------------------------
// The feed, checked.

/// Where an incident or maintenance stands (the feed's `status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Investigating,
    Identified,
    Monitoring,
    Resolved,
    Postmortem,
    Scheduled,
    InProgress,
    Verifying,
    Completed,
}

const STATUS_WORDS: [(Status, &str); 9] = [
    (Status::Investigating, "investigating"),
    (Status::Identified, "identified"),
    (Status::Monitoring, "monitoring"),
    (Status::Resolved, "resolved"),
    (Status::Postmortem, "postmortem"),
    (Status::Scheduled, "scheduled"),
    (Status::InProgress, "in_progress"),
    (Status::Verifying, "verifying"),
    (Status::Completed, "completed"),
];

impl Status {
    /// The feed's word (ASCII case ignored), or `None`.
    pub fn parse(word: &str) -> Option<Status> {
        STATUS_WORDS
            .iter()
            .find(|(_, w)| w.eq_ignore_ascii_case(word))
            .map(|(s, _)| *s)
    }

    /// The feed's word, also what `status().incidents` says.
    pub fn as_str(self) -> &'static str {
        STATUS_WORDS[self as usize].1
    }

    /// A maintenance's status.
    pub fn is_maintenance(self) -> bool {
        matches!(
            self,
            Status::Scheduled | Status::InProgress | Status::Verifying | Status::Completed
        )
    }

    /// Under way: while so, the next update is promised.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Investigating
                | Status::Identified
                | Status::Monitoring
                | Status::InProgress
                | Status::Verifying
        )
    }

    /// Over: resolved, post-mortem published, maintenance completed.
    pub fn is_over(self) -> bool {
        matches!(self, Status::Resolved | Status::Postmortem | Status::Completed)
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How bad an incident is (the feed's `impact`), least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// `none`, and what the feed does not state (missing, null, or a word
    /// the format does not have; see the module's design notes).
    None,
    /// `maintenance`: Statuspage's impact of scheduled maintenance.
    Maintenance,
    Minor,
    Major,
    Critical,
}

impl Impact {
    /// The feed's word; `none` for a word the format does not have.
    pub fn parse(word: &str) -> Impact {
        [
            (Impact::Maintenance, "maintenance"),
            (Impact::Minor, "minor"),
            (Impact::Major, "major"),
            (Impact::Critical, "critical"),
        ]
        .into_iter()
        .find(|(_, w)| w.eq_ignore_ascii_case(word.trim()))
        .map_or(Impact::None, |(i, _)| i)
    }

    /// The feed's word, also what `status().incidents` says.
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::None => "none",
            Impact::Maintenance => "maintenance",
            Impact::Minor => "minor",
            Impact::Major => "major",
            Impact::Critical => "critical",
        }
    }
}

impl Serialize for Impact {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A component an incident affects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Component {
    pub id: String,
    pub name: String,
}

/// One posted update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Update {
    pub id: Option<String>,
    /// Where the incident stood once it was posted.
    pub status: Status,
    pub body: Option<String>,
    /// When it was posted (`display_at`, which can be back-dated, is not
    /// read).
    pub created_at: Instant,
}

/// One incident or maintenance, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incident {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub impact: Impact,
    pub maintenance: bool,
    pub shortlink: Option<String>,
    pub created_at: Instant,
    pub started_at: Option<Instant>,
    pub updated_at: Option<Instant>,
    pub resolved_at: Option<Instant>,
    pub scheduled_for: Option<Instant>,
    pub scheduled_until: Option<Instant>,
    pub components: Vec<Component>,
    /// Newest first by `created_at`, whatever the feed's order (posts at
    /// the same instant keep the feed's order).
    pub updates: Vec<Update>,
}

/// A checked feed: every incident and maintenance, and the status page's
/// address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Incidents {
    /// The page's `url`, the link of an incident without a `shortlink`.
    pub page_url: Option<String>,
    pub items: Vec<Incident>,
}

impl Feed {
    /// Checks the feed: every incident and maintenance (the first error,
    /// with its place), instants read, words turned into enums, updates
    /// sorted newest first.
    pub fn check(self) -> Result<Incidents, FeedError> {
        if self.incidents.is_none() && self.scheduled_maintenances.is_none() {
            return Err(FeedError::NotAFeed);
        }
        let page_url = match self.page {
            Some(p) => text(p.url, "page", "url")?,
            None => None,
        };
        let mut items = Vec::new();
        for (list, maintenance, nodes) in [
            ("incidents", false, self.incidents),
            ("scheduled_maintenances", true, self.scheduled_maintenances),
        ] {
            for (i, node) in nodes.into_iter().flatten().enumerate() {
                items.push(node.into_incident(&format!("{list}[{i}]"), maintenance)?);
            }
        }
        Ok(Incidents { page_url, items })
    }
}

impl Node {
    /// Checks this node as the incident (or, `maintenance`, the scheduled
    /// maintenance) at `place` (`incidents[2]`, for messages).
    pub fn into_incident(self, place: &str, maintenance: bool) -> Result<Incident, FeedError> {
        let id = required(self.id, place, "id")?;
        let name = required(self.name, place, "name")?;
        let word = required(self.status, place, "status")?;
        let status = match Status::parse(&word) {
            Some(s) if !maintenance || s.is_maintenance() => s,
            _ => {
                return Err(FeedError::Status {
                    place: place.to_string(),
                    word,
                    maintenance,
                })
            }
        };
        let impact = text(self.impact, place, "impact")?.map_or(Impact::None, |w| Impact::parse(&w));
        let created_at = required_instant(self.created_at, place, "created_at")?;
        let mut components = Vec::new();
        for (i, c) in self.components.into_iter().flatten().enumerate() {
            let at = format!("{place}.components[{i}]");
            components.push(Component {
                id: required(c.id, &at, "id")?,
                name: required(c.name, &at, "name")?,
            });
        }
        let mut updates = Vec::new();
        for (i, u) in self.incident_updates.into_iter().flatten().enumerate() {
            let at = format!("{place}.incident_updates[{i}]");
            let word = required(u.status, &at, "status")?;
            let Some(status) = Status::parse(&word) else {
                return Err(FeedError::Status {
                    place: at,
                    word,
                    maintenance: false,
                });
            };
            updates.push(Update {
                id: text(u.id, &at, "id")?,
                status,
                body: text(u.body, &at, "body")?,
                created_at: required_instant(u.created_at, &at, "created_at")?,
            });
        }
        // Stable: posts at one instant keep the feed's (newest first) order.
        updates.sort_by_key(|u| std::cmp::Reverse(u.created_at));
        Ok(Incident {
            id,
            name,
            status,
            impact,
            maintenance: maintenance || status.is_maintenance(),
            shortlink: text(self.shortlink, place, "shortlink")?,
            created_at,
            started_at: instant(self.started_at, place, "started_at")?,
            updated_at: instant(self.updated_at, place, "updated_at")?,
            resolved_at: instant(self.resolved_at, place, "resolved_at")?,
            scheduled_for: instant(self.scheduled_for, place, "scheduled_for")?,
            scheduled_until: instant(self.scheduled_until, place, "scheduled_until")?,
            components,
            updates,
        })
    }
}

/// A string member; an empty one is as good as none.
fn text(v: Option<Text>, place: &str, field: &'static str) -> Result<Option<String>, FeedError> {
    match v {
        None => Ok(None),
        Some(Text::Str(s)) if s.trim().is_empty() => Ok(None),
        Some(Text::Str(s)) => Ok(Some(s)),
        Some(Text::Wrong(found)) => Err(FeedError::WrongType {
            place: place.to_string(),
            field,
            found,
        }),
    }
}

fn required(v: Option<Text>, place: &str, field: &'static str) -> Result<String, FeedError> {
    text(v, place, field)?.ok_or_else(|| FeedError::Missing {
        place: place.to_string(),
        field,
    })
}

fn instant(v: Option<Text>, place: &str, field: &'static str) -> Result<Option<Instant>, FeedError> {
    let Some(s) = text(v, place, field)? else {
        return Ok(None);
    };
    match Instant::parse(s.trim()) {
        Ok(t) => Ok(Some(t)),
        Err(error) => Err(FeedError::NotAnInstant {
            place: place.to_string(),
            field,
            text: s,
            error,
        }),
    }
}

fn required_instant(v: Option<Text>, place: &str, field: &'static str) -> Result<Instant, FeedError> {
    instant(v, place, field)?.ok_or_else(|| FeedError::Missing {
        place: place.to_string(),
        field,
    })
}

// ---------------------------------------------------------------------------
// What the help page shows.

/// One incident or maintenance as the help page shows it at an instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub impact: Impact,
    /// Where it stands.
    pub status: Status,
    pub maintenance: bool,
    /// The incident's `started_at`, else its `created_at`; a maintenance's
    /// `scheduled_for` (else the same).
    pub started_at: Instant,
    /// When the latest update was posted; with none, the incident's
    /// `updated_at`, else its `created_at`.
    pub updated_at: Instant,
    /// The latest update's text and status, where there is one.
    pub body: Option<&'a str>,
    pub update_status: Option<Status>,
    /// The next update is promised by then (`updated_at` + `update-within`):
    /// while an incident is open, or a maintenance in progress or verifying.
    pub next_update_by: Option<Instant>,
    /// Past `next_update_by` with no newer update (exactly at it is not late).
    pub late: bool,
    /// The incident's `shortlink`, else the status page's `url`.
    pub url: Option<&'a str>,
    /// Until when a maintenance is scheduled.
    pub scheduled_until: Option<Instant>,
    pub resolved_at: Option<Instant>,
}

/// The order groups of what is shown, first first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Open,
    InProgress,
    Resolved,
    Scheduled,
}

impl Incident {
    /// Whether it affects one of `filter`'s components (by id or by name,
    /// ASCII case ignored). An incident that names no component affects
    /// none of them: under a filter it is not shown.
    pub fn concerns(&self, filter: &[String]) -> bool {
        self.components.iter().any(|c| {
            filter
                .iter()
                .any(|f| c.id.eq_ignore_ascii_case(f) || c.name.eq_ignore_ascii_case(f))
        })
    }

    /// When the latest post was made: the newest update's `created_at`, or
    /// with none the incident's `updated_at`, else its `created_at`.
    pub fn last_post(&self) -> Instant {
        match self.updates.first() {
            Some(u) => u.created_at,
            None => self.updated_at.unwrap_or(self.created_at),
        }
    }

    /// Its group at `now`, or `None` when it is not shown.
    fn group_at(&self, now: Instant) -> Option<Group> {
        match self.status {
            Status::Investigating | Status::Identified | Status::Monitoring => Some(Group::Open),
            Status::InProgress | Status::Verifying => Some(Group::InProgress),
            // Without `resolved_at`, for how long is unknown: not shown.
            Status::Resolved | Status::Postmortem => self
                .resolved_at
                .filter(|r| now.0 <= r.0 + RESOLVED_SHOWN_MS)
                .map(|_| Group::Resolved),
            Status::Scheduled => {
                let starts = self.scheduled_for?;
                let within_a_day = starts.0 <= now.0 + SCHEDULED_AHEAD_MS;
                let not_over = self.scheduled_until.is_none_or(|until| now <= until);
                (within_a_day && not_over).then_some(Group::Scheduled)
            }
            Status::Completed => None,
        }
    }

    fn shown_start(&self) -> Instant {
        let given = if self.maintenance {
            self.scheduled_for.or(self.started_at)
        } else {
            self.started_at
        };
        given.unwrap_or(self.created_at)
    }
}

impl Incidents {
    /// What the help page shows at `now`, first first: open incidents (the
    /// worst impact first, then the newest started), maintenance in
    /// progress, incidents resolved within the hour (the latest resolved
    /// first), then maintenance starting within 24 hours (the soonest
    /// first). With a non-empty `components` filter (from
    /// [`parse_components`]), only what affects one of them; an item that
    /// names no component is hidden by a filter.
    pub fn shown(&self, now: Instant, update_within: Duration, components: &[String]) -> Vec<Shown<'_>> {
        let mut out: Vec<(Group, Shown<'_>)> = self
            .items
            .iter()
            .filter(|inc| components.is_empty() || inc.concerns(components))
            .filter_map(|inc| {
                let group = inc.group_at(now)?;
                let latest = inc.updates.first();
                let updated_at = inc.last_post();
                let next_update_by = matches!(group, Group::Open | Group::InProgress)
                    .then(|| next_update_due(updated_at, update_within));
                Some((
                    group,
                    Shown {
                        id: &inc.id,
                        name: &inc.name,
                        impact: inc.impact,
                        status: inc.status,
                        maintenance: inc.maintenance,
                        started_at: inc.shown_start(),
                        updated_at,
                        body: latest.and_then(|u| u.body.as_deref()),
                        update_status: latest.map(|u| u.status),
                        next_update_by,
                        late: next_update_by.is_some_and(|by| now > by),
                        url: inc.shortlink.as_deref().or(self.page_url.as_deref()),
                        scheduled_until: inc.scheduled_until,
                        resolved_at: inc.resolved_at,
                    },
                ))
            })
            .collect();
        out.sort_by(|(ga, a), (gb, b)| {
            ga.cmp(gb).then_with(|| match ga {
                Group::Open => b.impact.cmp(&a.impact).then(b.started_at.cmp(&a.started_at)),
                Group::InProgress => b.started_at.cmp(&a.started_at),
                Group::Resolved => b.resolved_at.cmp(&a.resolved_at),
                Group::Scheduled => a.started_at.cmp(&b.started_at),
            })
        });
        out.into_iter().map(|(_, s)| s).collect()
    }
}

/// One of `status().incidents` (the contract's names; instants in UTC,
/// words as the feed writes them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IncidentStatus<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub impact: Impact,
    pub status: Status,
    pub started_at: Rfc3339,
    pub updated_at: Rfc3339,
    pub next_update_by: Option<Rfc3339>,
    pub late: bool,
    pub url: Option<&'a str>,
    pub maintenance: bool,
}

impl<'a> From<&Shown<'a>> for IncidentStatus<'a> {
    fn from(s: &Shown<'a>) -> IncidentStatus<'a> {
        IncidentStatus {
            id: s.id,
            name: s.name,
            impact: s.impact,
            status: s.status,
            started_at: Rfc3339(s.started_at),
            updated_at: Rfc3339(s.updated_at),
            next_update_by: s.next_update_by.map(Rfc3339),
            late: s.late,
            url: s.url,
            maintenance: s.maintenance,
        }
    }
}

// ---------------------------------------------------------------------------
// The update windows of the record.

/// What closed an update window: the next post (an update, or the
/// resolution).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextPost {
    /// Posted then (an update's `created_at`, or `resolved_at`).
    At(Instant),
    /// Nothing yet: the incident is still open.
    NotYet,
    /// The incident is over, but the feed does not say when (no
    /// `resolved_at`, no later update): the window cannot be decided.
    Unknown,
}

/// One promise of an update: from a post while the incident was open, the
/// next post is due within `update-within`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UpdateWindow {
    /// When the post that opened it was made.
    pub opened_at: Instant,
    /// The next post is promised by then.
    pub due: Instant,
    pub next_post: NextPost,
}

impl Incident {
    /// The update windows of this incident: every update posted while it
    /// was open (an update whose status is investigating, identified,
    /// monitoring, or a maintenance's in_progress or verifying) opens one,
    /// and so does an incident's creation when it came at least
    /// [`SAME_POST_MS`] before its first update (a maintenance is created
    /// scheduled, promising nothing). The window is closed by the next post:
    /// the next update, or the resolution (`resolved_at`), whichever came
    /// first. Oldest first. Updates posted at the same instant are one post,
    /// standing as the one the feed lists first.
    ///
    /// Whether each was kept is the record's rule (`cli::decide`): kept
    /// when the next post came by the due time, decided then; broken at the
    /// due time otherwise; pending while neither has happened.
    pub fn update_windows(&self, update_within: Duration) -> Vec<UpdateWindow> {
        // Posts, oldest first: (when, whether the incident was open after it).
        let mut posts: Vec<(Instant, bool)> = Vec::with_capacity(self.updates.len() + 1);
        let first_update = self.updates.last().map(|u| u.created_at);
        let created_apart = first_update.is_none_or(|f| f.0 - self.created_at.0 >= SAME_POST_MS);
        if !self.maintenance && created_apart {
            posts.push((self.created_at, true));
        }
        posts.extend(
            self.updates
                .iter()
                .rev()
                .map(|u| (u.created_at, u.status.is_open())),
        );
        let mut out = Vec::new();
        for (k, &(at, open)) in posts.iter().enumerate() {
            let next_update = posts.get(k + 1).map(|p| p.0);
            if !open || next_update == Some(at) {
                // Closed, or superseded by a post at the same instant.
                continue;
            }
            let resolution = self.resolved_at.filter(|r| *r > at);
            let next_post = match (next_update, resolution) {
                (Some(u), Some(r)) => NextPost::At(u.min(r)),
                (Some(t), None) | (None, Some(t)) => NextPost::At(t),
                (None, None) if self.status.is_over() => NextPost::Unknown,
                (None, None) => NextPost::NotYet,
            };
            out.push(UpdateWindow {
                opened_at: at,
                due: next_update_due(at, update_within),
                next_post,
            });
        }
        out
    }
}
