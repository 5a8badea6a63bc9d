//! The element's words. English is built in; every other language with a
//! complete set of texts is a pack (`src/i18n/xx.json`, shipped as
//! `lang/xx.json` next to the wasm and fetched only when an element speaks
//! it). A page author's texts (`<script type="application/json"
//! data-texts>` or the `texts` property) replace any of them.
//!
//! The packs are fetched, and the author's texts read, checked and laid
//! over the pack and English, in `element.js`: the element receives one
//! complete set (a [`TextMap`]) for its language. (That JavaScript is a
//! fifth of the wasm the same work took, which the size ceiling has no room
//! for.) [`check`] is its rule, kept here to check the packs natively.
//!
//! Texts have named placeholders (`{time}`); the arguments are given in the
//! order the English text names them. A counted text (one with `{n}`) may
//! have plural forms under `key.one`, `key.few`, ... chosen by
//! `Intl.PluralRules`; the key itself is the general ("other") form.
//! Dates, times, numbers, plural categories and lists come from a
//! [`Clockface`]: `Intl` for the element's language in the browser, a plain
//! English one in native tests.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::calendar::civil::{civil_from_days, weekday, DAY_MS, MONTHS};

/// The languages with a pack, besides English (`lang/xx.json`; `element.js`
/// fetches them, by the data of `web::shared`).
pub const PACKS: [&str; 20] = [
    "ar", "cs", "da", "de", "es", "fi", "fr", "he", "it", "ja", "ko", "nb", "nl", "pl", "pt", "ru", "sv",
    "tr", "zh-Hans", "zh-Hant",
];

/// The packs whose words run right to left.
pub const RIGHT_TO_LEFT: [&str; 2] = ["ar", "he"];

/// How a BCP 47 tag chooses its pack: by its language (`fr` for `fr-CA`),
/// except for the tags here (lower case, whole subtags), of which the
/// longest that begins the tag wins: Chinese by script, else by region
/// (Traditional for Taiwan, Hong Kong and Macau); `no` is Norwegian Bokmål,
/// and `iw` (Hebrew's former code) Hebrew.
/// A tag with no pack reads in English, words and formats alike.
pub const PACK_TAGS: &[(&str, &str)] = &[
    ("zh", "zh-Hans"),
    ("zh-hans", "zh-Hans"),
    ("zh-hant", "zh-Hant"),
    ("zh-tw", "zh-Hant"),
    ("zh-hk", "zh-Hant"),
    ("zh-mo", "zh-Hant"),
    ("no", "nb"),
    ("iw", "he"),
];

/// Formats local (wall-clock) times and numbers for one language.
pub trait Clockface {
    /// "14:00" (or "2:00 PM") for local milliseconds since the epoch.
    fn time(&self, local_ms: i64) -> String;
    /// "Sat" for a local day number.
    fn weekday(&self, day: i64) -> String;
    /// "Sat 4 Apr" for a local day number.
    fn date(&self, day: i64) -> String;
    fn number(&self, n: u64) -> String;
    /// The plural category of `n`: "one", "few", "other", ...
    fn plural(&self, n: u64) -> &'static str;
    /// A list of units: "1 hour 30 minutes".
    fn units(&self, items: Vec<String>) -> String;
}

/// English, 24-hour, no `Intl`: for native tests and as a fallback.
pub struct PlainClock;

impl Clockface for PlainClock {
    fn time(&self, local_ms: i64) -> String {
        let m = local_ms.rem_euclid(DAY_MS) / 60_000;
        format!("{:02}:{:02}", m / 60, m % 60)
    }
    fn weekday(&self, day: i64) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][usize::from(weekday(day))].to_string()
    }
    fn date(&self, day: i64) -> String {
        let (_, m, d) = civil_from_days(day);
        format!("{} {} {}", self.weekday(day), d, MONTHS[usize::from(m) - 1])
    }
    fn number(&self, n: u64) -> String {
        n.to_string()
    }
    fn plural(&self, n: u64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }
    fn units(&self, items: Vec<String>) -> String {
        items.join(" ")
    }
}

macro_rules! texts {
    ($($key:ident $name:literal $en:literal)*) => {
        /// Every text the element shows.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key,)* }
        /// Every key's public name and English text, in [`Key`] order.
        pub const EN: &[(&str, &str)] = &[$(($name, $en),)*];
    };
}

texts! {
    WidgetLabel "widgetLabel" "Our service promises"
    NothingPublished "nothingPublished" "No service promises are published here yet."
    ConfigProblems "configProblems" "Configuration problems"
    SupportHours "supportHours" "Support hours"
    WeekCaption "weekCaption" "Hours for the coming week"
    OpenNow "openNow" "Open now"
    ClosingSoon "closingSoon" "Closing soon"
    ClosedNow "closedNow" "Closed now"
    Unstaffed "unstaffed" "Open hours, but nobody is answering right now. We're sorry."
    Closes "closes" "closes {time}"
    Opens "opens" "opens {time}"
    ZoneTime "zoneTime" " ({zone})"
    YourTime "yourTime" "{time} your time"
    YourRecord "yourRecord" "Our promises to you so far: {kept} of {total} kept."
    CalcLabel "calcLabel" "When was your order delivered?"
    CalcLastDay "calcLastDay" "Last day to return: {date}."
    CalcRefund "calcRefund" "If your return arrives that day, your refund is due by {time}."
    CalcTooLate "calcTooLate" "That return window has closed."
    CalcFuture "calcFuture" "That date is still to come: enter the day your order was delivered."
    Tomorrow "tomorrow" "tomorrow {time}"
    DayClosed "dayClosed" "closed"
    HolidayClosed "holidayClosed" "{date}: closed"
    HolidaysLine "holidaysLine" "Closed: {dates}"
    WhenWeReply "whenWeReply" "When we reply"
    Within "within" ": within {duration}"
    WriteNow "writeNow" " — write now and expect a "
    ReplyBy "replyBy" "reply by {time}"
    NeedsHours "needsHours" "cannot be computed until the hours are fixed"
    NoDeadline "noDeadline" "cannot be computed: the published hours have too little open time"
    ReturnsTitle "returnsTitle" "Returns and refunds"
    ReturnsNotAccepted "returnsNotAccepted" "Returns are not accepted."
    ReturnWithin "returnWithin" "Return within {n} days of delivery."
    RefundWithin "refundWithin" "Refund issued within {duration} of receiving your return."
    RefundedTo "refundedTo" "Refunded to: {method}"
    ReturnFees "returnFees" "Return fees: {fees}"
    PolicyLink "policyLink" "Full refund policy"
    YourRequests "yourRequests" "Your requests"
    Colon "colon" ": "
    Comma "comma" ", "
    ChannelReply "channelReply" "{channel} reply"
    Refund "refund" "refund"
    Request "request" "request"
    Due "due" "due {time}"
    WasDue "wasDue" "was due {time}"
    Done "done" "done {time} (due {due})"
    MoreRequests "moreRequests" "and {n} earlier requests"
    StatusPending "statusPending" "pending"
    StatusAtRisk "statusAtRisk" "at-risk"
    StatusKept "statusKept" "kept"
    StatusBroken "statusBroken" "broken"
    OurRecord "ourRecord" "Our record"
    RecordLine "recordLine" "{what}: {kept} of {total} ({percent}%) in the last {n} days"
    RecordTooFew "recordTooFew" "{what}: too few cases to say ({total} in the last {n} days)"
    RecordReplies "recordReplies" "Replies on time"
    RecordChannelReplies "recordChannelReplies" "Replies by {channel} on time"
    RecordUpdated "recordUpdated" "Updated {date}."
    RecordStale "recordStale" "Last updated {date}, more than {n} days ago: this record may be out of date."
    RecordRefunds "recordRefunds" "Refunds on time"
    RecordHours "recordHours" "Hours kept"
    RecordUpdates "recordUpdates" "Outage updates on time"
    RecordUnavailable "recordUnavailable" "Our team record is unavailable right now."
    Loading "loading" "Loading…"
    Apology "apology" "As an apology: {makeGood}."
    HoursBrokenTitle "hoursBrokenTitle" "We're sorry: nobody is answering right now"
    HoursBroken1 "hoursBroken1" "Our published hours say we are open, and we are not keeping that promise at the moment."
    HoursBroken2 "hoursBroken2" "Your message still counts from when you send it; we reply as soon as someone is back."
    LateTitle "lateTitle" "We're sorry: your {what} is late"
    LateMissed "lateMissed" "We promised it by {time}, and we missed that."
    OnIt "onIt" "A person is on it now; you do not need to write again."
    OnItAtOpening "onItAtOpening" "A person will be on it when we open, {time}; you do not need to write again."
    OnItLater "onItLater" "A person will be on it as soon as we are back; you do not need to write again."
    RiskTitle "riskTitle" "We're running late on your {what}"
    RiskDue "riskDue" "It is due by {time} ({remaining})."
    RiskNothingToDo "riskNothingToDo" "You do not need to do anything: it keeps its place, and we will tell you here if we miss it."
    FollowUpTitle "followUpTitle" "Did this fully solve your problem?"
    FollowUpAbout "followUpAbout" "About your {what} ({id})."
    ClosedTitle "closedTitle" "We're closed right now"
    NoOpening "noOpening" "We have no opening hours coming up."
    WriteAnyway "writeAnyway" "Write anyway: by {channel} we will {reply}."
    Yes "yes" "Yes, solved"
    No "no" "No, not yet"
    NotNow "notNow" "Not now"
    DueNow "dueNow" "due now"
    InMinutes "inMinutes" "in {n} minutes"
    InHours "inHours" "in {h} h"
    InHoursMinutes "inHoursMinutes" "in {h} h {m} min"
    InDays "inDays" "in {n} days"
    InDaysHours "inDaysHours" "in {n} days {h} h"
    AllDay "allDay" "open 24 hours"
    InOpeningHours "inOpeningHours" "{duration} of opening hours"
    BusinessDays "businessDays" "{n} business days"
    BusinessHours "businessHours" "{n} business hours"
    Days "days" "{n} days"
    Hours "hours" "{n} hours"
    Minutes "minutes" "{n} minutes"
    ThanksSolved "thanksSolved" "Thank you for telling us. We're glad it is solved."
    ThanksReopened "thanksReopened" "Thank you for telling us. Your request is open again, and we are on it."
    Reopened "reopened" "Thank you for telling us. Your request is open again."
    AskAgain "askAgain" "All right: we will ask again tomorrow."
    AskNoMore "askNoMore" "All right: we will not ask again."
    StorageBlocked "storageBlocked" "This browser does not let us store anything, so your requests are remembered only until you leave this page."
    StorageFull "storageFull" "The browser's storage is full, so new changes to your requests are remembered only until you leave this page."
    StorageNewer "storageNewer" "Your saved requests were written by a newer version of this page; they are left as they are, and changes made here are remembered only until you leave this page."
    StorageUnreadable "storageUnreadable" "Your saved requests could not be read; they are left as they are, and changes made here are remembered only until you leave this page."
    StorageKeptAside "storageKeptAside" "Some saved requests could not be read; they were kept aside under the name {backup}."
}

/// English plural forms (the keys give the general form).
const EN_FORMS: &[(&str, &str)] = &[
    ("returnWithin.one", "Return within {n} day of delivery."),
    ("moreRequests.one", "and {n} earlier request"),
    (
        "recordLine.one",
        "{what}: {kept} of {total} ({percent}%) in the last day",
    ),
    (
        "recordStale.one",
        "Last updated {date}, more than a day ago: this record may be out of date.",
    ),
    (
        "recordTooFew.one",
        "{what}: too few cases to say ({total} in the last day)",
    ),
    ("inMinutes.one", "in {n} minute"),
    ("inDays.one", "in {n} day"),
    ("inDaysHours.one", "in {n} day {h} h"),
    ("businessDays.one", "{n} business day"),
    ("businessHours.one", "{n} business hour"),
    ("days.one", "{n} day"),
    ("hours.one", "{n} hour"),
    ("minutes.one", "{n} minute"),
];

/// The plural categories of `Intl.PluralRules` (the key without one is the
/// general form, used where a form is not given).
pub const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The English text of the key named `name`.
fn english(name: &str) -> Option<&'static str> {
    EN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The placeholders of `text`, in order: `time` for "closes {time}".
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
}

/// Why an author's (or a pack's) text was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// No such key; with the key it was likely meant to be.
    UnknownKey(String, Option<&'static str>),
    /// The text lacks a placeholder its key needs.
    Missing(String, &'static str),
    /// The text names a placeholder its key does not have.
    Unknown(String, String),
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::UnknownKey(k, Some(near)) => {
                write!(f, "unknown key \"{k}\" (did you mean \"{near}\"?)")
            }
            TextError::UnknownKey(k, None) => write!(f, "unknown key \"{k}\"; the README lists the keys"),
            TextError::Missing(k, p) => write!(f, "the text for \"{k}\" lacks the placeholder {{{p}}}"),
            TextError::Unknown(k, p) => write!(f, "the text for \"{k}\" has an unknown placeholder {{{p}}}"),
        }
    }
}

impl std::error::Error for TextError {}

/// Checks one text, a page author's or a pack's: its key exists (or is a
/// plural form `key.few` of a counted key), it has every placeholder of its
/// key (a plural form may leave out `{n}`) and no other. An unknown key
/// names the key it likely meant (within three edits, as an unknown
/// attribute does). `element.js` asks this of each of the author's texts.
pub fn check(name: &str, text: &str) -> Result<(), TextError> {
    let (base, form) = match name.split_once('.') {
        Some((b, f)) => (b, Some(f)),
        None => (name, None),
    };
    let Some(en) = english(base).filter(|en| form.is_none_or(|f| FORMS.contains(&f) && en.contains("{n}")))
    else {
        let near = crate::parse::closest(base, EN.iter().map(|(n, _)| *n))
            .first()
            .copied();
        return Err(TextError::UnknownKey(name.to_string(), near));
    };
    if let Some(p) =
        placeholders(en).find(|p| !text.contains(&format!("{{{p}}}")) && (form.is_none() || *p != "n"))
    {
        return Err(TextError::Missing(name.to_string(), p));
    }
    if let Some(p) = placeholders(text).find(|p| !en.contains(&format!("{{{p}}}"))) {
        return Err(TextError::Unknown(name.to_string(), p.to_string()));
    }
    Ok(())
}

/// Texts by key (and plural form), in the order given: a JSON object read
/// by serde. (A list, not a map: a few dozen entries, looked up a few dozen
/// times a render, and a `BTreeMap` of strings cost 9 KB of wasm.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextMap(pub Vec<(String, String)>);

impl TextMap {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in the order given.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

impl<'de> Deserialize<'de> for TextMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = TextMap;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of key to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TextMap, A::Error> {
                let mut out = vec![];
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(TextMap(out))
            }
        }
        d.deserialize_map(Texts)
    }
}

/// Keys with their texts, written as a JSON object.
pub struct TextList<'a>(pub &'a [(&'a str, &'a str)]);

impl Serialize for TextList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

/// The words of one element: a pack's and the author's texts over English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts {
    /// The language of the words: a pack's (`fr`), or `en`.
    pub lang: String,
    /// Texts by key (and plural form) that replace the English ones.
    map: TextMap,
}

impl Texts {
    /// English.
    pub fn english() -> Texts {
        Texts {
            lang: "en".into(),
            map: TextMap(Vec::new()),
        }
    }

    /// The words `element.js` laid together for language `lang` (`fr`, or
    /// `en` for English words).
    pub fn from_map(lang: String, map: TextMap) -> Texts {
        Texts { lang, map }
    }

    /// The direction the words run: `rtl` for a right-to-left pack's
    /// (Arabic, Hebrew), else `ltr`; the widget takes it, so English words
    /// on an Arabic page read left to right, and Arabic ones on an English
    /// page right to left.
    pub fn dir(&self) -> &'static str {
        if RIGHT_TO_LEFT.contains(&self.lang.as_str()) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The text for `key`.
    pub fn t(&self, key: Key) -> &str {
        let (name, en) = EN[key as usize];
        self.map.get(name).unwrap_or(en)
    }

    /// The text for `key` in the plural form `form` ("one", "few", ...).
    fn form(&self, key: Key, form: &str) -> &str {
        let (name, en) = EN[key as usize];
        let named = format!("{name}.{form}");
        if let Some(t) = self.map.get(&named) {
            return t;
        }
        if let Some(t) = self.map.get(name) {
            // This language's own general form: not an English plural.
            return t;
        }
        EN_FORMS.iter().find(|(k, _)| *k == named).map_or(en, |(_, t)| *t)
    }

    /// The text for `key` with its placeholders filled: `args` in the order
    /// the English text names them.
    pub fn fill(&self, key: Key, args: &[&str]) -> String {
        fill(EN[key as usize].1, self.t(key), args)
    }

    /// A text of one placeholder as the text before it and the text after
    /// it, for a view that puts markup in its place (each holiday of
    /// "Closed: {dates}" an element of its own).
    pub fn around(&self, key: Key) -> (&str, &str) {
        let text = self.t(key);
        text.split_once('{')
            .and_then(|(before, rest)| rest.split_once('}').map(|(_, after)| (before, after)))
            .unwrap_or((text, ""))
    }

    /// [`Texts::fill`] for a counted text, in the plural form of `n`'s
    /// category `form`.
    pub fn count(&self, key: Key, form: &str, args: &[&str]) -> String {
        fill(EN[key as usize].1, self.form(key, form), args)
    }
}

/// Every key, then every English plural form, with its English text:
/// what `element.js` lays the packs and the author's texts over.
pub fn english_lists() -> [TextList<'static>; 2] {
    [TextList(EN), TextList(EN_FORMS)]
}

/// `text` with its `{name}` placeholders replaced by `args`, which are in
/// the order `en` names them.
fn fill(en: &str, text: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut parts = text.split('{');
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        let Some((name, rest)) = part.split_once('}') else {
            out.push('{');
            out.push_str(part);
            continue;
        };
        let i = en
            .split('{')
            .skip(1)
            .position(|p| p.split_once('}').is_some_and(|(n, _)| n == name));
        out.push_str(i.and_then(|i| args.get(i)).copied().unwrap_or(""));
        // An abbreviation ending a sentence ("Dez.", "déc.") takes no
        // second full stop.
        let rest = match rest.strip_prefix('.') {
            Some(r) if out.ends_with('.') => r,
            _ => rest,
        };
        out.push_str(rest);
    }
    out
}

#[cfg(test)]
mod tests;
