//! The element's words in English and German. A missing German text falls
//! back to English, never to a key. Dates, times and numbers come from a
//! [`Clockface`]: `Intl` for the element's language in the browser, a plain
//! English one in native tests.

use crate::calendar::civil::{civil_from_days, weekday, DAY_MS, MONTHS};

/// Languages with a complete set of texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    /// The language for a BCP 47 tag: German for `de` and `de-*`, else English.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("de") {
            Lang::De
        } else {
            Lang::En
        }
    }
}

/// Formats local (wall-clock) times and numbers for one language.
pub trait Clockface {
    /// "14:00" (or "2:00 PM") for local milliseconds since the epoch.
    fn time(&self, local_ms: i64) -> String;
    /// "Sat" for a local day number.
    fn weekday(&self, day: i64) -> String;
    /// "Sat 4 Apr" for a local day number.
    fn date(&self, day: i64) -> String;
    fn number(&self, n: u64) -> String;
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
}

/// Every text the element shows. Placeholders are `{}`, filled in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    WidgetLabel,
    NothingPublished,
    ConfigProblems,
    SupportHours,
    WeekCaption,
    OpenNow,
    ClosingSoon,
    ClosedNow,
    Unstaffed,
    Closes,
    Opens,
    ZoneTime,
    YourTime,
    YourRecord,
    CalcLabel,
    CalcLastDay,
    CalcRefund,
    CalcTooLate,
    Tomorrow,
    DayClosed,
    HolidayClosed,
    HolidaysLine,
    WhenWeReply,
    Within,
    WriteNow,
    ReplyBy,
    NeedsHours,
    ReturnsTitle,
    ReturnsNotAccepted,
    ReturnWithin,
    RefundWithin,
    RefundedTo,
    ReturnFees,
    PolicyLink,
    YourRequests,
    ChannelReply,
    Refund,
    Request,
    Due,
    WasDue,
    Done,
    MoreRequests,
    StatusPending,
    StatusAtRisk,
    StatusKept,
    StatusBroken,
    OurRecord,
    RecordLine,
    RecordTooFew,
    RecordReplies,
    RecordRefunds,
    RecordHours,
    RecordUnavailable,
    Apology,
    HoursBrokenTitle,
    HoursBroken1,
    HoursBroken2,
    LateTitle,
    LateMissed,
    OnIt,
    RiskTitle,
    RiskDue,
    RiskNothingToDo,
    FollowUpTitle,
    FollowUpAbout,
    ClosedTitle,
    NoOpening,
    WriteAnyway,
    Yes,
    No,
    NotNow,
    DueNow,
    InMinute,
    InMinutes,
    InHours,
    InHoursMinutes,
    InDays,
    InDaysHours,
    AllDay,
    InOpeningHours,
    ThanksSolved,
    ThanksReopened,
    AskAgain,
    AskNoMore,
}

/// The text for `key` in `lang` (English where German is missing).
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::De => de(key).unwrap_or_else(|| en(key)),
        Lang::En => en(key),
    }
}

/// `t` with its `{}` placeholders filled in order.
pub fn tf(lang: Lang, key: Key, args: &[&str]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut parts = t(lang, key).split("{}");
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        out.push_str(args.next().copied().unwrap_or(""));
        // An abbreviation ending a sentence ("Dez.", "déc.") takes no
        // second full stop.
        let part = match part.strip_prefix('.') {
            Some(rest) if out.ends_with('.') => rest,
            _ => part,
        };
        out.push_str(part);
    }
    out
}

fn en(key: Key) -> &'static str {
    use Key::*;
    match key {
        WidgetLabel => "Our service promises",
        NothingPublished => "No service promises are published here yet.",
        ConfigProblems => "Configuration problems",
        SupportHours => "Support hours",
        WeekCaption => "Hours for the coming week",
        OpenNow => "Open now",
        ClosingSoon => "Closing soon",
        ClosedNow => "Closed now",
        Unstaffed => "Open hours, but nobody is answering right now. We're sorry.",
        Closes => "closes {}",
        Opens => "opens {}",
        ZoneTime => " ({} time)",
        YourTime => "{} your time",
        YourRecord => "Our promises to you so far: {} of {} kept.",
        CalcLabel => "When was your order delivered?",
        CalcLastDay => "Last day to return: {}.",
        CalcRefund => "If your return arrives that day, your refund is due by {}.",
        CalcTooLate => "That return window has closed.",
        Tomorrow => "tomorrow {}",
        DayClosed => "closed",
        HolidayClosed => "{}: closed",
        HolidaysLine => "Closed: {}",
        WhenWeReply => "When we reply",
        Within => ": within {}",
        WriteNow => " — write now and expect a ",
        ReplyBy => "reply by {}",
        NeedsHours => "cannot be computed until the hours are fixed",
        ReturnsTitle => "Returns and refunds",
        ReturnsNotAccepted => "Returns are not accepted.",
        ReturnWithin => "Return within {} days of delivery.",
        RefundWithin => "Refund issued within {} of receiving your return.",
        RefundedTo => "Refunded to: {}",
        ReturnFees => "Return fees: {}",
        PolicyLink => "Full refund policy",
        YourRequests => "Your requests",
        ChannelReply => "{} reply",
        Refund => "refund",
        Request => "request",
        Due => "due {}",
        WasDue => "was due {}",
        Done => "done {} (due {})",
        MoreRequests => "and {} earlier requests",
        StatusPending => "pending",
        StatusAtRisk => "at-risk",
        StatusKept => "kept",
        StatusBroken => "broken",
        OurRecord => "Our record",
        RecordLine => "{}: {} of {} ({}%) in the last {} days",
        RecordTooFew => "{}: too few cases to say ({} in the last {} days)",
        RecordReplies => "Replies on time",
        RecordRefunds => "Refunds on time",
        RecordHours => "Hours kept",
        RecordUnavailable => "Our team record is unavailable right now.",
        Apology => "As an apology: {}.",
        HoursBrokenTitle => "We're sorry: nobody is answering right now",
        HoursBroken1 => {
            "Our published hours say we are open, and we are not keeping that promise at the moment."
        }
        HoursBroken2 => {
            "Your message still counts from when you send it; we reply as soon as someone is back."
        }
        LateTitle => "We're sorry: your {} is late",
        LateMissed => "We promised it by {}, and we missed that.",
        OnIt => "A person is on it now; you do not need to write again.",
        RiskTitle => "We're running late on your {}",
        RiskDue => "It is due by {} ({}).",
        RiskNothingToDo => {
            "You do not need to do anything: it keeps its place, and we will tell you here if we miss it."
        }
        FollowUpTitle => "Did this fully solve your problem?",
        FollowUpAbout => "About your {} ({}).",
        ClosedTitle => "We're closed right now",
        NoOpening => "We have no opening hours coming up.",
        WriteAnyway => "Write anyway: by {} we will {}.",
        Yes => "Yes, solved",
        No => "No, not yet",
        NotNow => "Not now",
        DueNow => "due now",
        InMinute => "in 1 minute",
        InMinutes => "in {} minutes",
        InHours => "in {} h",
        InHoursMinutes => "in {} h {} min",
        InDays => "in {} days",
        InDaysHours => "in {} days {} h",
        AllDay => "open 24 hours",
        InOpeningHours => "{} of opening hours",
        ThanksSolved => "Thank you for telling us. We're glad it is solved.",
        ThanksReopened => "Thank you for telling us. Your request is open again, and we are on it.",
        AskAgain => "All right: we will ask again tomorrow.",
        AskNoMore => "All right: we will not ask again.",
    }
}

fn de(key: Key) -> Option<&'static str> {
    use Key::*;
    Some(match key {
        WidgetLabel => "Unsere Serviceversprechen",
        NothingPublished => "Hier sind noch keine Serviceversprechen veröffentlicht.",
        ConfigProblems => "Probleme in der Konfiguration",
        SupportHours => "Erreichbarkeit",
        WeekCaption => "Zeiten der kommenden Woche",
        OpenNow => "Jetzt erreichbar",
        ClosingSoon => "Bald nicht mehr erreichbar",
        ClosedNow => "Jetzt nicht erreichbar",
        Unstaffed => "Eigentlich erreichbar, aber gerade antwortet niemand. Das tut uns leid.",
        Closes => "bis {}",
        Opens => "ab {}",
        ZoneTime => " (Zeitzone {})",
        YourTime => "{} bei Ihnen",
        YourRecord => "Unsere Versprechen an Sie bisher: {} von {} eingehalten.",
        CalcLabel => "Wann wurde Ihre Bestellung geliefert?",
        CalcLastDay => "Letzter Tag für die Rückgabe: {}.",
        CalcRefund => "Kommt Ihre Rücksendung an diesem Tag an, ist Ihre Erstattung fällig bis {}.",
        CalcTooLate => "Die Rückgabefrist ist abgelaufen.",
        Tomorrow => "morgen {}",
        DayClosed => "geschlossen",
        HolidayClosed => "{}: geschlossen",
        HolidaysLine => "Geschlossen: {}",
        WhenWeReply => "Wann wir antworten",
        Within => ": innerhalb von {}",
        WriteNow => " — schreiben Sie jetzt und erhalten Sie eine ",
        ReplyBy => "Antwort bis {}",
        NeedsHours => "kann erst berechnet werden, wenn die Zeiten korrigiert sind",
        ReturnsTitle => "Rückgabe und Erstattung",
        ReturnsNotAccepted => "Rückgaben sind nicht möglich.",
        ReturnWithin => "Rückgabe innerhalb von {} Tagen nach Lieferung.",
        RefundWithin => "Erstattung innerhalb von {} nach Eingang Ihrer Rücksendung.",
        RefundedTo => "Erstattet auf: {}",
        ReturnFees => "Rücksendekosten: {}",
        PolicyLink => "Vollständige Rückgaberichtlinie",
        YourRequests => "Ihre Anfragen",
        ChannelReply => "Antwort per {}",
        Refund => "Erstattung",
        Request => "Anfrage",
        Due => "fällig {}",
        WasDue => "war fällig {}",
        Done => "erledigt {} (fällig {})",
        MoreRequests => "und {} frühere Anfragen",
        StatusPending => "offen",
        StatusAtRisk => "knapp",
        StatusKept => "eingehalten",
        StatusBroken => "nicht eingehalten",
        OurRecord => "Unsere Bilanz",
        RecordLine => "{}: {} von {} ({} %) in den letzten {} Tagen",
        RecordTooFew => "{}: zu wenige Fälle für eine Aussage ({} in den letzten {} Tagen)",
        RecordReplies => "Pünktliche Antworten",
        RecordRefunds => "Pünktliche Erstattungen",
        RecordHours => "Eingehaltene Zeiten",
        RecordUnavailable => "Unsere Bilanz ist gerade nicht verfügbar.",
        Apology => "Zur Entschuldigung: {}.",
        HoursBrokenTitle => "Entschuldigung: Gerade antwortet niemand",
        HoursBroken1 => "Laut unseren Zeiten sind wir erreichbar, und dieses Versprechen halten wir gerade nicht ein.",
        HoursBroken2 => "Ihre Nachricht zählt ab dem Absenden; wir antworten, sobald jemand wieder da ist.",
        LateTitle => "Entschuldigung: Ihre {} ist verspätet",
        LateMissed => "Wir hatten sie bis {} versprochen und das nicht geschafft.",
        OnIt => "Jemand kümmert sich jetzt darum; Sie müssen nicht noch einmal schreiben.",
        RiskTitle => "Wir sind mit Ihrer {} spät dran",
        RiskDue => "Sie ist fällig bis {} ({}).",
        RiskNothingToDo => {
            "Sie müssen nichts tun: Ihre Anfrage behält ihren Platz, und wir sagen Ihnen hier Bescheid, falls wir es nicht schaffen."
        }
        FollowUpTitle => "Ist Ihr Problem damit ganz gelöst?",
        FollowUpAbout => "Zu Ihrer {} ({}).",
        ClosedTitle => "Wir sind gerade nicht erreichbar",
        NoOpening => "Derzeit sind keine Zeiten geplant.",
        WriteAnyway => "Schreiben Sie trotzdem: per {} erhalten Sie eine {}.",
        Yes => "Ja, gelöst",
        No => "Nein, noch nicht",
        NotNow => "Später",
        DueNow => "jetzt fällig",
        InMinute => "in 1 Minute",
        InMinutes => "in {} Minuten",
        InHours => "in {} Std.",
        InHoursMinutes => "in {} Std. {} Min.",
        InDays => "in {} Tagen",
        InDaysHours => "in {} Tagen {} Std.",
        AllDay => "durchgehend geöffnet",
        InOpeningHours => "{} innerhalb der Öffnungszeiten",
        ThanksSolved => "Danke für Ihre Rückmeldung. Schön, dass es gelöst ist.",
        ThanksReopened => "Danke für Ihre Rückmeldung. Ihre Anfrage ist wieder offen, und wir kümmern uns darum.",
        AskAgain => "In Ordnung: Wir fragen morgen noch einmal.",
        AskNoMore => "In Ordnung: Wir fragen nicht mehr nach.",
    })
}

/// Unit words for durations: (one, many) per unit, business or not.
/// Minutes have no business form ("business minutes" is not said): a
/// business duration of minutes alone is "5 minutes of opening hours".
pub fn unit(lang: Lang, business: bool, unit: char, n: u32) -> &'static str {
    let one = n == 1;
    match (lang, business, unit, one) {
        (Lang::De, true, 'd', true) => "Werktag",
        (Lang::De, true, 'd', false) => "Werktagen",
        (Lang::De, true, 'h', true) => "Geschäftsstunde",
        (Lang::De, true, 'h', false) => "Geschäftsstunden",

        (Lang::De, false, 'd', true) => "Tag",
        (Lang::De, false, 'd', false) => "Tagen",
        (Lang::De, false, 'h', true) => "Stunde",
        (Lang::De, false, 'h', false) => "Stunden",
        (Lang::De, _, _, true) => "Minute",
        (Lang::De, _, _, false) => "Minuten",
        (Lang::En, true, 'd', true) => "business day",
        (Lang::En, true, 'd', false) => "business days",
        (Lang::En, true, 'h', true) => "business hour",
        (Lang::En, true, 'h', false) => "business hours",

        (Lang::En, false, 'd', true) => "day",
        (Lang::En, false, 'd', false) => "days",
        (Lang::En, false, 'h', true) => "hour",
        (Lang::En, false, 'h', false) => "hours",
        (Lang::En, _, _, true) => "minute",
        (Lang::En, _, _, false) => "minutes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_german() {
        // If a key lacks German, `t` falls back to English; this test makes
        // that a deliberate choice rather than an accident.
        for key in [
            Key::WidgetLabel,
            Key::Yes,
            Key::RiskNothingToDo,
            Key::InHoursMinutes,
        ] {
            assert!(de(key).is_some());
            assert_ne!(t(Lang::De, key), t(Lang::En, key));
        }
        assert_eq!(
            tf(Lang::De, Key::Done, &["10:00", "12:00"]),
            "erledigt 10:00 (fällig 12:00)"
        );
        assert_eq!(
            tf(Lang::En, Key::Within, &["4 business hours"]),
            ": within 4 business hours"
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_with_one_full_stop() {
        assert_eq!(
            tf(Lang::De, Key::CalcLastDay, &["Do., 24. Dez."]),
            "Letzter Tag für die Rückgabe: Do., 24. Dez."
        );
        assert_eq!(
            tf(Lang::En, Key::CalcLastDay, &["Thu 24 Dec"]),
            "Last day to return: Thu 24 Dec."
        );
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("de"), Lang::De);
        assert_eq!(Lang::from_tag("de-AT"), Lang::De);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En, "no French yet: English");
    }
}
