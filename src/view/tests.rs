use super::*;

/// The view of `config` and `ledger`, as [`build`] makes it from an
/// element's state.
fn view_of(
    config: &Config,
    ledger: &Ledger,
    now: Instant,
    zone: &dyn Zone,
    zone_name: &str,
    w: &Words<'_>,
) -> View {
    let state = ElementState::with(config.clone(), ledger.clone());
    build(&Input::new(&state, now, zone, zone_name, w)).expect("words given")
}

#[test]
fn holidays_listed_are_those_of_the_next_eight_weeks() {
    let cfg = Config::from_attributes(|n| match n {
        "timezone" => Some("UTC".into()),
        "hours" => Some("Mo-Fr 09:00-17:00".into()),
        "holidays" => Some(
            "2026-11-30 Past, 2026-12-02 Today, 2026-12-24 Christmas Eve, 2026-12-25, \
             2026-12-26 Boxing Day, 2026-12-31 New Year's Eve, 2027-01-26 Last, 2027-01-27 Too late"
                .into(),
        ),
        _ => None,
    });
    assert!(cfg.errors.is_empty(), "{:?}", cfg.errors);
    // Wednesday 2 December 2026, 10:00 UTC: the window ends before 27 January.
    let now = Instant::parse("2026-12-02T10:00:00Z").unwrap();
    let v = view_of(
        &cfg,
        &Ledger::default(),
        now,
        &FixedOffset(0),
        "UTC",
        &Words::plain(),
    );
    let h = v.hours.unwrap();
    assert_eq!(
        h.holidays,
        [
            "Wed 2 Dec: Today",
            "Thu 24 Dec: Christmas Eve",
            "Fri 25 Dec: closed",
            "Sat 26 Dec: Boxing Day",
            "Thu 31 Dec: New Year's Eve",
            "Tue 26 Jan: Last",
        ]
    );
    // Today's holiday is in the week table too.
    assert_eq!(h.week[0].text(), "closed (Today)");
}

#[test]
fn unusable_hours_are_told_apart_from_none() {
    let now = Instant::parse("2026-12-02T10:00:00Z").unwrap();
    let view = |attrs: &[(&str, &str)]| {
        view_of(
            &Config::from_pairs(attrs),
            &Ledger::default(),
            now,
            &FixedOffset(0),
            "UTC",
            &Words::plain(),
        )
    };
    assert!(view(&[("hours", "Mo-Fr 09:00-1700")]).hours_unusable);
    assert!(
        !view(&[("reply-within", "email 4h")]).hours_unusable,
        "no hours given"
    );
    assert!(!view(&[("hours", "Mo-Fr 09:00-17:00")]).hours_unusable);
    let cfg = Config::from_attributes(|_| None);
    assert_eq!(
        confirmation(
            Confirmation::AskAgain,
            &cfg,
            Instant(0),
            &FixedOffset(0),
            &Words::plain()
        ),
        ["All right: we will ask again tomorrow."]
    );
}
use crate::calendar::{FixedOffset, Hours};
use crate::prompt::unstaffed_since;

#[test]
fn contract_example_view_and_status() {
    let cfg = Config::from_attributes(|n| {
        match n {
            "hours" => Some("Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
            "reply-within" => Some("chat 5m; email 4h; phone 1d"),
            "return-window" => Some("30d"),
            _ => None,
        }
        .map(str::to_string)
    });
    // Berlin in March before DST: UTC+1. Friday 2026-03-27 17:30 local.
    let zone = FixedOffset(3600);
    let now = Instant::parse("2026-03-27T16:30:00Z").unwrap();
    let v = view_of(
        &cfg,
        &Ledger::default(),
        now,
        &zone,
        "Europe/Berlin",
        &Words::plain(),
    );
    let h = v.hours.as_ref().unwrap();
    assert_eq!(h.headline, "Closed now");
    assert_eq!(h.next.as_deref(), Some("opens tomorrow 10:00"));
    assert_eq!(h.week[0].label, "Fri 27 Mar");
    assert_eq!(h.week[0].text(), "09:00–12:30, 13:30–17:00");
    assert_eq!(h.week[2].text(), "closed");
    assert_eq!(v.replies[1].due, Ok("reply by tomorrow 14:00".to_string()));
    assert_eq!(v.replies[1].promise, "4 business hours");
    assert_eq!(v.replies[2].due, Ok("reply by Mon 17:00".to_string()));
    let empty = Ledger::default();
    let st = ElementState::with(cfg.clone(), empty.clone());
    let w = Words::plain();
    let s = status(&Input::new(&st, now, &zone, "Europe/Berlin", &w));
    assert_eq!(
        s.hours,
        Some(HoursStatus {
            open: false,
            closing_soon: false,
            next_change: Some(Rfc3339(Instant::parse("2026-03-28T09:00:00Z").unwrap())),
            timezone: "Europe/Berlin".into(),
            staffed: true
        })
    );
    assert_eq!(
        s.prompt,
        Some(Prompt {
            kind: PromptKind::Closed,
            id: None
        })
    );
}

#[test]
fn the_refund_calculator() {
    let cfg = Config::from_attributes(|n| {
        match n {
            "hours" => Some("Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00"),
            "return-window" => Some("30d"),
            "refund-within" => Some("5d"),
            _ => None,
        }
        .map(str::to_string)
    });
    let zone = FixedOffset(7200);
    let now = Instant::parse("2026-03-20T10:00:00Z").unwrap();
    let delivered = crate::calendar::holidays::parse_iso_date("2026-03-02").unwrap();
    assert_eq!(
        refund_estimate(&cfg, delivered, now, &zone, &Words::plain()),
        [
            "Last day to return: Wed 1 Apr.",
            "If your return arrives that day, your refund is due by Tue 7 Apr 17:00."
        ]
    );
    let long_ago = crate::calendar::holidays::parse_iso_date("2026-01-02").unwrap();
    assert_eq!(
        refund_estimate(&cfg, long_ago, now, &zone, &Words::plain()),
        ["Last day to return: Sun 1 Feb.", "That return window has closed."]
    );
    // Delivered today counts; a day still to come has no window yet (the
    // team's day: 20 March, 12:00 in a zone two hours ahead).
    let today = crate::calendar::holidays::parse_iso_date("2026-03-20").unwrap();
    assert_eq!(
        refund_estimate(&cfg, today, now, &zone, &Words::plain())[0],
        "Last day to return: Sun 19 Apr."
    );
    let tomorrow = crate::calendar::holidays::parse_iso_date("2026-03-21").unwrap();
    assert_eq!(
        refund_estimate(&cfg, tomorrow, now, &zone, &Words::plain()),
        ["That date is still to come: enter the day your order was delivered."]
    );
}

#[test]
fn times_in_the_visitors_zone_too_when_it_differs() {
    let cfg = Config::from_attributes(|n| (n == "hours").then(|| "Mo-Fr 09:00-17:00".to_string()));
    let (team, visitor) = (FixedOffset(3600), FixedOffset(0));
    let w = Words {
        visitor: Some(&visitor),
        ..Words::plain()
    };
    let now = Instant::parse("2026-03-27T16:30:00Z").unwrap(); // Friday 17:30 for the team
    let v = view_of(&cfg, &Ledger::default(), now, &team, "Europe/Berlin", &w);
    let h = v.hours.unwrap();
    assert_eq!(h.next.as_deref(), Some("opens Mon 09:00"));
    assert_eq!(h.next_visitor.as_deref(), Some("Mon 08:00 your time"));
    let same = Words {
        visitor: Some(&team),
        ..Words::plain()
    };
    let v = view_of(&cfg, &Ledger::default(), now, &team, "Europe/Berlin", &same);
    assert_eq!(v.hours.unwrap().next_visitor, None);
}

#[test]
fn nobody_answering_during_hours_is_said_and_is_a_broken_promise() {
    let cfg = Config::from_attributes(|n| {
        match n {
            "hours" => Some("Mo-Fr 09:00-17:00"),
            "staffed" => Some("no"),
            _ => None,
        }
        .map(str::to_string)
    });
    let zone = FixedOffset(0);
    let open = Instant::parse("2026-03-27T10:00:00Z").unwrap();
    let v = view_of(&cfg, &Ledger::default(), open, &zone, "UTC", &Words::plain());
    let h = v.hours.unwrap();
    assert!(h.unstaffed);
    assert_eq!(
        h.headline,
        "Open hours, but nobody is answering right now. We're sorry."
    );
    let empty = Ledger::default();
    let st = ElementState::with(cfg.clone(), empty.clone());
    let w = Words::plain();
    let s = status(&Input::new(&st, open, &zone, "UTC", &w));
    assert_eq!(
        s.prompt,
        Some(Prompt {
            kind: PromptKind::Broken,
            id: Some("hours".into())
        })
    );
    assert!(!s.hours.unwrap().staffed);
    assert_eq!(
        unstaffed_since(&cfg, open, &zone),
        Instant::parse("2026-03-27T09:00:00Z").ok()
    );
    // Outside the hours nobody is expected: nothing is broken.
    let closed = Instant::parse("2026-03-27T18:00:00Z").unwrap();
    assert_eq!(unstaffed_since(&cfg, closed, &zone), None);
    let st = ElementState::with(cfg.clone(), Ledger::default());
    let w = Words::plain();
    assert_eq!(
        status(&Input::new(&st, closed, &zone, "UTC", &w))
            .prompt
            .unwrap()
            .kind,
        PromptKind::Closed
    );
    assert!(
        !view_of(&cfg, &Ledger::default(), closed, &zone, "UTC", &Words::plain())
            .hours
            .unwrap()
            .unstaffed
    );
}

#[test]
fn a_holiday_closes_the_team_and_deadlines_skip_it() {
    let cfg = Config::from_pairs(&[
        ("hours", "Mo-Fr 09:00-17:00"),
        ("holidays", "2026-11-26 Thanksgiving"),
        ("reply-within", "email 4h"),
    ]);
    let new_york = FixedOffset(-5 * 3600);
    let now = Instant::parse("2026-11-26T15:00:00Z").unwrap(); // Thursday 10:00
    let v = view_of(
        &cfg,
        &Ledger::default(),
        now,
        &new_york,
        "America/New_York",
        &Words::plain(),
    );
    let h = v.hours.unwrap();
    assert_eq!(h.headline, "Closed now");
    assert_eq!(h.next.as_deref(), Some("opens tomorrow 09:00"));
    assert_eq!(h.week[0].text(), "closed (Thanksgiving)");
    assert_eq!(v.replies[0].due, Ok("reply by tomorrow 13:00".to_string()));
    let empty = Ledger::default();
    let st = ElementState::with(cfg.clone(), empty.clone());
    let w = Words::plain();
    let s = status(&Input::new(&st, now, &new_york, "America/New_York", &w));
    assert!(!s.hours.unwrap().open);
    assert_eq!(s.prompt.unwrap().kind, PromptKind::Closed);
    // A PH rule gives the holiday hours.
    let ph = Config {
        hours: Hours::parse("Mo-Fr 09:00-17:00; PH 10:00-12:00").ok(),
        ..cfg.clone()
    };
    let v = view_of(
        &ph,
        &Ledger::default(),
        now,
        &new_york,
        "America/New_York",
        &Words::plain(),
    );
    assert_eq!(v.hours.unwrap().headline, "Open now");
}

#[test]
fn a_days_row_shows_the_span_that_runs_into_it() {
    let cfg = Config::from_pairs(&[("hours", "Mo-Fr 22:00-06:00")]);
    let chicago = FixedOffset(-6 * 3600);
    let now = Instant::parse("2026-12-05T10:00:00Z").unwrap(); // Saturday 04:00
    let v = view_of(
        &cfg,
        &Ledger::default(),
        now,
        &chicago,
        "America/Chicago",
        &Words::plain(),
    );
    let h = v.hours.unwrap();
    assert_eq!(
        (h.headline.as_str(), h.next.as_deref()),
        ("Open now", Some("closes 06:00"))
    );
    let rows: Vec<(String, String)> = h.week.iter().map(|d| (d.label.clone(), d.text())).collect();
    let rows: Vec<(&str, &str)> = rows.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    assert_eq!(
        rows[..4],
        [
            ("Sat 5 Dec", "00:00–06:00"),
            ("Sun 6 Dec", "closed"),
            ("Mon 7 Dec", "22:00–24:00"),
            ("Tue 8 Dec", "00:00–06:00, 22:00–24:00"),
        ]
    );
    assert!(h.week[0].today);
}

#[test]
fn deadlines_in_the_visitors_time_labelled_and_the_week_in_the_teams() {
    let cfg = Config::from_pairs(&[
        ("hours", "Mo-Fr 09:00-17:00"),
        ("reply-within", "email 4h"),
        ("return-window", "30d"),
        ("refund-within", "5d"),
    ]);
    let (team, los_angeles) = (FixedOffset(3600), FixedOffset(-8 * 3600));
    let w = Words {
        visitor: Some(&los_angeles),
        ..Words::plain()
    };
    // Friday 17:30 in Berlin, 08:30 in Los Angeles.
    let now = Instant::parse("2026-03-27T16:30:00Z").unwrap();
    let mut ledger = Ledger::default();
    let req = crate::ledger::TrackRequest {
        id: "T-1".into(),
        kind: crate::ledger::Kind::Reply,
        channel: None,
        at: None,
    };
    ledger.track(req, &cfg, &team, now).unwrap();
    let v = view_of(&cfg, &ledger, now, &team, "Europe/Berlin", &w);
    // Due Monday 13:00 Berlin: 04:00 in Los Angeles.
    assert_eq!(v.replies[0].due, Ok("reply by Mon 04:00 your time".to_string()));
    assert_eq!(v.requests[0].detail, "due Mon 04:00 your time (in 2 days 19 h)");
    let p = v.prompt.unwrap();
    assert_eq!(
        p.lines,
        ["Write anyway: by email we will reply by Mon 04:00 your time."]
    );
    // The week stays in the team's time; the opening is said once, in
    // both.
    let h = v.hours.unwrap();
    assert_eq!(h.week[0].text(), "09:00–17:00");
    assert_eq!(h.next.as_deref(), Some("opens Mon 09:00"));
    assert_eq!(h.next_visitor.as_deref(), Some("Mon 00:00 your time"));
    let delivered = crate::calendar::holidays::parse_iso_date("2026-03-20").unwrap();
    let lines = refund_estimate(&cfg, delivered, now, &team, &w);
    assert_eq!(
        lines[1],
        "If your return arrives that day, your refund is due by Mon 27 Apr 08:00 your time."
    );
    // A visitor in the team's zone reads no label.
    let same = Words {
        visitor: Some(&team),
        ..Words::plain()
    };
    let v = view_of(&cfg, &ledger, now, &team, "Europe/Berlin", &same);
    assert_eq!(v.replies[0].due, Ok("reply by Mon 13:00".to_string()));
}

#[test]
fn times_and_durations_as_people_say_them() {
    let cfg = Config::from_pairs(&[
        ("hours", "24/7; Sa 10:00-14:00"),
        (
            "reply-within",
            "chat 5m; email 4h; post 1h30m; phone 1d; sms 10m calendar",
        ),
    ]);
    let now = Instant::parse("2026-03-27T16:30:00Z").unwrap(); // Friday
    let v = view_of(
        &cfg,
        &Ledger::default(),
        now,
        &FixedOffset(0),
        "UTC",
        &Words::plain(),
    );
    let promises: Vec<&str> = v.replies.iter().map(|r| r.promise.as_str()).collect();
    assert_eq!(
        promises,
        [
            "5 minutes of opening hours",
            "4 business hours",
            "1 business hour 30 minutes",
            "1 business day",
            "10 minutes"
        ]
    );
    let week = v.hours.unwrap().week;
    assert_eq!(week[0].text(), "open 24 hours");
    assert_eq!(week[1].text(), "10:00–14:00");
    let w = Words::plain();
    let (h, m) = (3_600_000, 60_000);
    assert_eq!(w.remaining(47 * h + 59 * m), "in 47 h 59 min");
    assert_eq!(w.remaining(48 * h), "in 2 days");
    assert_eq!(w.remaining(167 * h + 30 * m), "in 6 days 23 h");
}
