//! The sentences the element's data reads as, in the element's language:
//! times and durations as people say them, requests, the team record's
//! lines, the storage notice. Built on the texts and formats of
//! [`crate::i18n`]; the view puts them together.

use std::rc::Rc;

use crate::calendar::civil::DAY_MS;
use crate::calendar::{Clock, Duration, Instant, Zone};
use crate::i18n::{self, Clockface, Key, Texts};
use crate::ledger::Promise;
use crate::record::MIN_CASES;
use crate::status::{Kind, State, TeamRecord};
use crate::store::StorageNotice;

#[cfg(test)]
mod tests;

/// The language and the formats of the element's words.
pub struct Words<'a> {
    pub texts: Rc<Texts>,
    pub clock: &'a dyn Clockface,
    /// The visitor's own zone, to give times in it too where it differs
    /// from the team's.
    pub visitor: Option<&'a dyn Zone>,
}

impl<'a> Words<'a> {
    /// English with plain 24-hour times (native tests, and the fallback).
    pub fn plain() -> Words<'static> {
        Words {
            texts: Rc::new(Texts::english()),
            clock: &i18n::PlainClock,
            visitor: None,
        }
    }

    pub fn t(&self, key: Key) -> &str {
        self.texts.t(key)
    }

    pub fn tf(&self, key: Key, args: &[&str]) -> String {
        self.texts.fill(key, args)
    }

    /// A counted text: `n` chooses the plural form; `args` in the English
    /// order, `n`'s formatted value among them.
    pub fn tn(&self, key: Key, n: u64, args: &[&str]) -> String {
        // English words take English plurals, whatever the tag formats
        // numbers for (`ja` has one form, "1 days"; `ru` says "one" of 21).
        let form = if self.texts.lang == "en" {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        } else {
            self.clock.plural(n)
        };
        self.texts.count(key, form, args)
    }

    /// `n`, formatted.
    pub fn num(&self, n: u64) -> String {
        self.clock.number(n)
    }

    /// The local time of `t` in `zone`.
    pub fn time(&self, zone: &dyn Zone, t: Instant) -> String {
        self.clock.time(zone.to_local(t))
    }

    /// Like [`Words::time`], but a close at local midnight reads "24:00".
    pub fn end_time(&self, zone: &dyn Zone, t: Instant) -> String {
        if zone.to_local(t).rem_euclid(DAY_MS) == 0 {
            "24:00".into()
        } else {
            self.time(zone, t)
        }
    }

    /// "14:00" today, "tomorrow 09:00", "Sat 10:00" within a week, else
    /// "Sat 4 Apr 10:00".
    pub fn when(&self, zone: &dyn Zone, now: Instant, t: Instant) -> String {
        let today = zone.to_local(now).div_euclid(DAY_MS);
        let day = zone.to_local(t).div_euclid(DAY_MS);
        let hm = self.time(zone, t);
        match day - today {
            0 => hm,
            1 => self.tf(Key::Tomorrow, &[&hm]),
            2..=6 => format!("{} {hm}", self.clock.weekday(day)),
            _ => format!("{} {hm}", self.clock.date(day)),
        }
    }

    /// A time the customer waits for or acts by (a reply, a due time, an
    /// opening in a prompt): in the visitor's own zone, labelled "your time"
    /// where that differs from the team's zone; else as [`Words::when`] in
    /// the team's zone. The week of hours stays in the team's time.
    pub fn for_customer(&self, team: &dyn Zone, now: Instant, t: Instant) -> String {
        let (zone, theirs) = self.customer_zone(team, t);
        self.labelled(theirs, self.when(zone, now, t))
    }

    /// The zone a customer's time `t` is given in: the visitor's where its
    /// offset differs from the team's (then `true`: labelled), else the team's.
    pub fn customer_zone<'z>(&self, team: &'z dyn Zone, t: Instant) -> (&'z dyn Zone, bool)
    where
        'a: 'z,
    {
        match self.visitor {
            Some(v) if v.offset_seconds(t) != team.offset_seconds(t) => (v, true),
            _ => (team, false),
        }
    }

    /// `text`, with "your time" when it is in the visitor's zone.
    pub fn labelled(&self, theirs: bool, text: String) -> String {
        if theirs {
            self.tf(Key::YourTime, &[&text])
        } else {
            text
        }
    }

    /// "4 business hours", "1 business day", "5 minutes".
    pub fn duration(&self, d: Duration) -> String {
        let business = d.clock == Clock::Business;
        let mut parts = vec![];
        let (days, hours) = if business {
            (Key::BusinessDays, Key::BusinessHours)
        } else {
            (Key::Days, Key::Hours)
        };
        // Minutes have no business form ("business minutes" is not said).
        for (n, key) in [
            (d.days, days),
            (d.minutes / 60, hours),
            (d.minutes % 60, Key::Minutes),
        ] {
            if n > 0 {
                let n = u64::from(n);
                parts.push(self.tn(key, n, &[&self.num(n)]));
            }
        }
        let said = self.clock.units(parts);
        if business && d.days == 0 && d.minutes < 60 {
            self.tf(Key::InOpeningHours, &[&said])
        } else {
            said
        }
    }

    /// "in 25 minutes", "in 1 h 10 min", "due now".
    pub fn remaining(&self, ms: i64) -> String {
        let minutes = (ms + 59_999) / 60_000;
        let n = |v: i64| self.num(v as u64);
        let days = minutes / 1_440;
        match minutes {
            i64::MIN..=0 => self.t(Key::DueNow).to_string(),
            1..=59 => self.tn(Key::InMinutes, minutes as u64, &[&n(minutes)]),
            // Past two days, days and hours (the minutes no longer matter).
            2_880.. if minutes / 60 % 24 == 0 => self.tn(Key::InDays, days as u64, &[&n(days)]),
            2_880.. => self.tn(Key::InDaysHours, days as u64, &[&n(days), &n(minutes / 60 % 24)]),
            _ if minutes % 60 == 0 => self.tf(Key::InHours, &[&n(minutes / 60)]),
            _ => self.tf(Key::InHoursMinutes, &[&n(minutes / 60), &n(minutes % 60)]),
        }
    }

    /// "email reply", "refund", "request".
    pub fn what(&self, p: Option<&Promise>) -> String {
        match p {
            None => self.t(Key::Request).to_string(),
            Some(p) => match (&p.channel, p.kind) {
                (Some(c), _) => self.tf(Key::ChannelReply, &[c]),
                (None, crate::ledger::Kind::Refund) => self.t(Key::Refund).to_string(),
                (None, _) => self.t(Key::Request).to_string(),
            },
        }
    }

    pub fn status_text(&self, state: State) -> String {
        self.t(match state {
            State::Pending => Key::StatusPending,
            State::AtRisk => Key::StatusAtRisk,
            State::Kept => Key::StatusKept,
            State::Broken => Key::StatusBroken,
        })
        .to_string()
    }

    /// One sentence per line of the record, e.g. "Replies by email on time:
    /// 412 of 425 (96%) in the last 30 days", or "Refunds on time: too few
    /// cases to say (3 in the last 30 days)".
    pub fn record_lines(&self, record: &TeamRecord) -> Vec<String> {
        let w = self;
        let n = |v: u64| w.num(v);
        let days = u64::from(record.window_days);
        record
            .promises
            .iter()
            .map(|l| {
                let what = match (l.kind, &l.channel) {
                    (Kind::Reply, Some(channel)) => w.tf(Key::RecordChannelReplies, &[channel.trim()]),
                    (Kind::Reply, None) => w.t(Key::RecordReplies).to_string(),
                    (Kind::Refund, _) => w.t(Key::RecordRefunds).to_string(),
                    (Kind::Hours, _) => w.t(Key::RecordHours).to_string(),
                    (Kind::Update, _) => w.t(Key::RecordUpdates).to_string(),
                };
                if l.total < MIN_CASES {
                    w.tn(
                        Key::RecordTooFew,
                        days,
                        &[&what, &n(u64::from(l.total)), &n(days)],
                    )
                } else {
                    // Rounded down, so 99.6% never shows as 100%.
                    let pct = u64::from(l.kept) * 100 / u64::from(l.total);
                    let (kept, total) = (n(u64::from(l.kept)), n(u64::from(l.total)));
                    w.tn(Key::RecordLine, days, &[&what, &kept, &total, &n(pct), &n(days)])
                }
            })
            .collect()
    }

    /// When the record was made, in the team's calendar ("Updated Fri 4
    /// Dec."), and said plainly when that is longer ago than the window it
    /// covers; `None` where the document does not say.
    /// A record dated more than a day after the element's clock (a fixed
    /// `now`, or a visitor's clock far behind) is not dated: that date
    /// would contradict the clock the rest of the element reads.
    pub fn record_updated(&self, record: &TeamRecord, now: Instant, zone: &dyn Zone) -> Option<String> {
        let w = self;
        let at = record.generated_at?.0;
        if at.0 > now.0 + DAY_MS {
            return None;
        }
        let date = w.clock.date(zone.to_local(at).div_euclid(DAY_MS));
        let days = u64::from(record.window_days);
        Some(if now.0 - at.0 > i64::from(record.window_days) * DAY_MS {
            w.tn(Key::RecordStale, days, &[&date, &w.num(days)])
        } else {
            w.tf(Key::RecordUpdated, &[&date])
        })
    }
}

/// What the visitor should know about remembering their requests, in
/// `texts`' language.
pub fn storage_notice(texts: &Texts, n: &StorageNotice) -> String {
    match n {
        StorageNotice::Blocked => texts.t(Key::StorageBlocked).into(),
        StorageNotice::Full => texts.t(Key::StorageFull).into(),
        StorageNotice::Newer(_) => texts.t(Key::StorageNewer).into(),
        StorageNotice::Unreadable(_) => texts.t(Key::StorageUnreadable).into(),
        StorageNotice::KeptAside { backup, .. } => texts.fill(Key::StorageKeptAside, &[backup]),
    }
}
