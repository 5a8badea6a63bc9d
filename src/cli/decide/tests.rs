use super::*;
use crate::calendar::{Clock, FixedOffset, Holidays, Hours};

fn t(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

#[test]
fn kept_broken_pending() {
    let hours = Hours::parse("Mo-Fr 09:00-17:00").unwrap();
    let none = Holidays::default();
    let cal = Calendar::new(&hours, &none, FixedOffset(0));
    let h4 = Duration::minutes(240, Clock::Business);
    let created = t("2026-03-27T15:00:00Z"); // Friday: 2h Friday, 2h Monday
    let due = t("2026-03-30T11:00:00Z");
    let now = t("2026-04-01T00:00:00Z");
    assert_eq!(
        decide(&cal, h4, created, Some(due), now),
        Ok(Outcome::Kept { due, at: due })
    );
    let late = t("2026-03-30T11:00:01Z");
    assert_eq!(
        decide(&cal, h4, created, Some(late), now),
        Ok(Outcome::Broken {
            due,
            reply: Some(late)
        })
    );
    assert_eq!(
        decide(&cal, h4, created, None, now),
        Ok(Outcome::Broken { due, reply: None })
    );
    // Not yet due, no reply: pending; a reply after now has not happened.
    let early = t("2026-03-30T10:00:00Z");
    assert_eq!(
        decide(&cal, h4, created, None, early),
        Ok(Outcome::Pending { due })
    );
    assert_eq!(
        decide(&cal, h4, created, Some(t("2026-03-30T10:30:00Z")), early),
        Ok(Outcome::Pending { due })
    );
}

#[test]
fn the_window_counts_what_was_decided_in_it() {
    let mut tally = Tally::default();
    let start = t("2026-03-01T00:00:00Z");
    let d = t("2026-03-10T00:00:00Z");
    tally.add(Kind::Reply, Some("email"), Outcome::Kept { due: d, at: d }, start);
    tally.add(
        Kind::Reply,
        Some("email"),
        Outcome::Broken { due: d, reply: None },
        start,
    );
    tally.add(
        Kind::Reply,
        Some("email"),
        Outcome::Kept {
            due: start,
            at: start,
        },
        start,
    );
    tally.add(Kind::Reply, Some("chat"), Outcome::Pending { due: d }, start);
    assert_eq!(tally.lines.len(), 2);
    assert_eq!(tally.lines[0].1, Count { kept: 1, total: 2 });
    assert_eq!(tally.lines[1].1, Count::default());
    assert_eq!((tally.pending, tally.before), (1, 1));
    // 2026-03-10 is a Tuesday: its week starts on Monday 03-09.
    let monday = crate::calendar::civil::days_from_civil(2026, 3, 9);
    assert_eq!(tally.weeks[&(0, monday)], Count { kept: 1, total: 2 });
}
