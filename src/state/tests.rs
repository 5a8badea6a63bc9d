use super::*;
use crate::calendar::FixedOffset;
use crate::ledger::Kind;
use crate::status::{Kind as StatusKind, PromiseEventName};

const ZONE: FixedOffset = FixedOffset(3600);

fn at(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

fn env(now: &str) -> Env<'static> {
    Env {
        now: at(now),
        zone: &ZONE,
        live: true,
    }
}

fn configure(c: Config) -> Action {
    Action::Configure(Box::new(c))
}

const CONTRACT: &[(&str, &str)] = &[
    ("timezone", "UTC"),
    ("hours", "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
    ("reply-within", "chat 5m; email 4h; phone 1d"),
];

fn track(id: &str) -> Action {
    Action::Track(TrackRequest {
        id: id.into(),
        kind: Kind::Reply,
        channel: Some("email".into()),
        at: None,
    })
}

/// The events of `fx` but `hours-change` (see its own test).
fn names(fx: &Effects) -> Vec<String> {
    fx.events
        .iter()
        .filter_map(|e| match e {
            Event::Promise(p) => Some(format!("{}:{}", p.name.as_str(), p.id)),
            Event::FollowUpAnswer(a) => Some(format!("follow-up-answer:{}:{}", a.id, a.solved)),
            Event::ConfigError(c) => Some(format!("config-error:{}", c.attribute)),
            Event::HoursChange(_) => None,
        })
        .collect()
}

fn hours_changes(fx: &Effects) -> Vec<(bool, bool, Option<String>)> {
    fx.events
        .iter()
        .filter_map(|e| match e {
            Event::HoursChange(h) => Some((h.open, h.closing_soon, h.next_change.map(|t| t.0.to_rfc3339()))),
            _ => None,
        })
        .collect()
}

#[test]
fn configuration_errors_are_reported_once_and_again_after_a_reconnect() {
    let mut st = ElementState::default();
    let now = "2026-03-27T16:30:00Z";
    let bad = Config::from_pairs(&[("hours", "Mo-Fr 9-17"), ("at-risk", "200%")]);
    let fx = st.apply(configure(bad.clone()), &env(now)).unwrap();
    assert_eq!(names(&fx), ["config-error:hours", "config-error:at-risk"]);
    let fx = st.apply(configure(bad.clone()), &env(now)).unwrap();
    assert_eq!(names(&fx), Vec::<String>::new(), "not repeated");
    st.apply(Action::Disconnected, &env(now)).unwrap();
    let fx = st.apply(configure(bad), &env(now)).unwrap();
    assert_eq!(names(&fx).len(), 2, "reported again after a reconnect");
}

#[test]
fn the_team_record_is_fetched_once_per_url_and_a_stale_answer_is_ignored() {
    let mut st = ElementState::default();
    let now = "2026-03-27T16:30:00Z";
    let a = Config::from_pairs(&[("record-url", "/a.json")]);
    let fx = st.apply(configure(a.clone()), &env(now)).unwrap();
    assert_eq!(fx.fetch.as_deref(), Some("/a.json"));
    assert_eq!(st.apply(configure(a), &env(now)).unwrap().fetch, None);
    let b = Config::from_pairs(&[("record-url", "/b.json")]);
    assert_eq!(
        st.apply(configure(b), &env(now)).unwrap().fetch.as_deref(),
        Some("/b.json")
    );
    let late = Action::TeamRecord {
        url: "/a.json".into(),
        result: Err("HTTP 500".into()),
    };
    st.apply(late, &env(now)).unwrap();
    assert_eq!(st.team, Some(("/b.json".into(), Fetch::Loading)));
    let answer = Action::TeamRecord {
        url: "/b.json".into(),
        result: Err("HTTP 404".into()),
    };
    st.apply(answer, &env(now)).unwrap();
    let status = st.team_status().unwrap();
    assert_eq!(status.state, FetchState::Unavailable);
    assert_eq!(status.reason.as_deref(), Some("HTTP 404"));
    st.apply(configure(Config::default()), &env(now)).unwrap();
    assert_eq!(st.team, None);
}

#[test]
fn a_call_saves_and_answers_and_a_refused_one_changes_nothing() {
    let mut st = ElementState::default();
    let now = "2026-03-27T16:30:00Z";
    st.apply(configure(Config::from_pairs(CONTRACT)), &env(now))
        .unwrap();
    let fx = st.apply(track("T-1042"), &env(now)).unwrap();
    assert!(fx.save);
    let tracked = fx.tracked.unwrap();
    assert_eq!(
        (tracked.id.as_str(), tracked.due.0),
        ("T-1042", at("2026-03-28T13:00:00Z"))
    );
    let before = st.ledger.clone();
    assert_eq!(
        st.apply(track("T-1042"), &env(now)),
        Err(LedgerError::AlreadyTracked("T-1042".into()))
    );
    let fulfil_unknown = Action::Fulfil {
        id: "nope".into(),
        at: None,
    };
    assert!(st.apply(fulfil_unknown, &env(now)).is_err());
    assert_eq!(st.ledger, before, "unchanged");
    let fulfil = Action::Fulfil {
        id: "T-1042".into(),
        at: None,
    };
    let fx = st.apply(fulfil, &env(now)).unwrap();
    assert!(fx.save);
    assert_eq!(names(&fx), ["promise-kept:T-1042"]);
}

#[test]
fn the_clock_sends_each_promise_event_once() {
    let mut st = ElementState::default();
    st.apply(
        configure(Config::from_pairs(CONTRACT)),
        &env("2026-03-27T16:30:00Z"),
    )
    .unwrap();
    st.apply(track("T-1"), &env("2026-03-27T16:30:00Z")).unwrap();
    // 80% of four business hours from Saturday 10:00 is 13:12 Berlin.
    let fx = st.apply(Action::Tick, &env("2026-03-28T12:12:00Z")).unwrap();
    assert_eq!(names(&fx), ["promise-at-risk:T-1"]);
    assert!(fx.save, "a sent event is remembered");
    let fx = st.apply(Action::Tick, &env("2026-03-28T12:30:00Z")).unwrap();
    assert!(names(&fx).is_empty());
    let fx = st.apply(Action::Tick, &env("2026-03-28T13:00:01Z")).unwrap();
    assert_eq!(names(&fx), ["promise-broken:T-1"]);
    match &fx.events[0] {
        Event::Promise(p) => assert_eq!((p.name, p.kind), (PromiseEventName::Broken, StatusKind::Reply)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn with_nobody_to_tell_the_clock_does_not_move_promises_on() {
    let mut st = ElementState::default();
    st.apply(
        configure(Config::from_pairs(CONTRACT)),
        &env("2026-03-27T16:30:00Z"),
    )
    .unwrap();
    st.apply(track("T-1"), &env("2026-03-27T16:30:00Z")).unwrap();
    let quiet = Env {
        live: false,
        ..env("2026-03-30T12:00:00Z")
    };
    let fx = st.apply(Action::Disconnected, &quiet).unwrap();
    assert!(fx.events.is_empty() && !fx.save);
    // Sent later, when someone is there.
    let fx = st.apply(Action::Tick, &env("2026-03-30T12:00:00Z")).unwrap();
    assert_eq!(names(&fx), ["promise-broken:T-1"]);
}

#[test]
fn answers_to_the_follow_up() {
    let mut st = ElementState::default();
    let t0 = "2026-03-23T08:00:00Z";
    st.apply(configure(Config::from_pairs(CONTRACT)), &env(t0))
        .unwrap();
    for id in ["A", "B", "C"] {
        st.apply(track(id), &env(t0)).unwrap();
        st.apply(
            Action::Fulfil {
                id: id.into(),
                at: None,
            },
            &env(t0),
        )
        .unwrap();
        st.apply(
            Action::Resolve {
                id: id.into(),
                at: None,
            },
            &env(t0),
        )
        .unwrap();
    }
    let later = "2026-03-26T08:00:00Z";
    let answer = |id: &str, answer| Action::Answer {
        id: id.into(),
        answer,
    };
    let fx = st.apply(answer("A", Answer::NotSolved), &env(later)).unwrap();
    assert_eq!(names(&fx), ["follow-up-answer:A:false"]);
    assert!(fx.save);
    let a = st.ledger.get("A").unwrap();
    assert_eq!(
        (a.opened_at, a.fulfilled_at),
        (at(later), None),
        "reopened from now"
    );
    assert_eq!(
        st.confirmed.as_ref().map(|c| c.what),
        Some(Confirmation::Reopened)
    );
    let fx = st.apply(answer("B", Answer::Solved), &env(later)).unwrap();
    assert_eq!(names(&fx), ["follow-up-answer:B:true"]);
    assert_eq!(st.confirmed.as_ref().map(|c| c.what), Some(Confirmation::Solved));
    let fx = st.apply(answer("C", Answer::NotNow), &env(later)).unwrap();
    assert!(names(&fx).is_empty(), "'not now' records no answer");
    assert!(fx.save, "but is remembered");
    assert!(!st.ledger.get("C").unwrap().followed_up, "and asks again later");
    assert_eq!(
        st.confirmed.as_ref().map(|c| c.what),
        Some(Confirmation::AskAgain)
    );
}

#[test]
fn not_now_wakes_the_element_a_day_later_and_merges() {
    let mut st = ElementState::default();
    let t0 = "2026-03-23T08:00:00Z";
    st.apply(configure(Config::from_pairs(CONTRACT)), &env(t0))
        .unwrap();
    st.apply(track("C"), &env(t0)).unwrap();
    let resolve = Action::Resolve {
        id: "C".into(),
        at: None,
    };
    st.apply(resolve, &env(t0)).unwrap();
    let later = "2026-03-26T08:00:00Z";
    let other = st.ledger.clone();
    let not_now = || Action::Answer {
        id: "C".into(),
        answer: Answer::NotNow,
    };
    let asked = |st: &ElementState, t: &str| {
        crate::prompt::of_requests(&st.ledger, at(t), st.config.follow_up_after, &FixedOffset(0))
            .and_then(|p| p.id)
    };
    assert_eq!(asked(&st, later).as_deref(), Some("C"));
    st.apply(not_now(), &env(later)).unwrap();
    let zone = FixedOffset(0);
    let next = st
        .ledger
        .next_transition(at(later), st.config.follow_up_after, &zone);
    assert!(next.is_some_and(|t| t <= at("2026-03-27T08:00:00Z")), "{next:?}");
    // Another tab's copy without the answer takes it in a merge, and this
    // one keeps it.
    let mut theirs = other.clone();
    theirs.merge(&st.ledger);
    assert_eq!(theirs.get("C").unwrap().not_now, [at(later)]);
    let mut ours = st.ledger.clone();
    ours.merge(&other);
    assert_eq!(ours.get("C").unwrap().not_now, [at(later)]);
    // "Not now" means later: a day later, twice at most.
    assert_eq!(asked(&st, "2026-03-27T07:59:00Z"), None, "not within the day");
    // The confirmation stays while nothing else is said, and goes when the
    // question is asked again.
    assert_eq!(
        st.confirmed.as_ref().map(|c| c.what),
        Some(Confirmation::AskAgain)
    );
    st.apply(Action::Tick, &env("2026-03-26T15:59:00Z")).unwrap();
    assert_eq!(
        st.confirmed.as_ref().map(|c| c.what),
        Some(Confirmation::AskAgain)
    );
    st.apply(Action::Tick, &env("2026-03-26T16:00:00Z")).unwrap();
    assert_eq!(st.confirmed, None, "the team closing is the next change");
    assert_eq!(
        asked(&st, "2026-03-27T08:00:00Z").as_deref(),
        Some("C"),
        "a day later"
    );
    st.apply(not_now(), &env("2026-03-27T09:00:00Z")).unwrap();
    assert_eq!(asked(&st, "2026-03-28T08:59:00Z"), None);
    assert_eq!(
        asked(&st, "2026-03-28T09:00:00Z").as_deref(),
        Some("C"),
        "asked a second time again"
    );
    assert!(!st.ledger.get("C").unwrap().followed_up);
    st.apply(not_now(), &env("2026-03-30T12:00:00Z")).unwrap();
    assert!(
        st.ledger.get("C").unwrap().followed_up,
        "the third 'not now' ends the asking"
    );
    assert_eq!(st.confirmed.as_ref().map(|c| c.what), Some(Confirmation::NoMore));
    assert_eq!(asked(&st, "2026-04-30T12:00:00Z"), None, "never asked again");
}

#[test]
fn storage_opened_and_changed() {
    let now = "2026-03-27T16:30:00Z";
    let cfg = Config::from_pairs(CONTRACT);
    let mut other = ElementState::default();
    other.apply(configure(cfg.clone()), &env(now)).unwrap();
    other.apply(track("FROM-STORAGE"), &env(now)).unwrap();
    // Tracked before the namespace was known: kept when it is first opened.
    let mut st = ElementState::default();
    st.apply(configure(cfg), &env(now)).unwrap();
    st.apply(track("IN-MEMORY"), &env(now)).unwrap();
    let opened = Action::Opened {
        stored: other.ledger.clone(),
        first: true,
    };
    st.apply(opened, &env(now)).unwrap();
    assert!(st.ledger.get("IN-MEMORY").is_some() && st.ledger.get("FROM-STORAGE").is_some());
    // Switching namespaces: that namespace's ledger alone.
    let switched = Action::Opened {
        stored: Ledger::default(),
        first: false,
    };
    st.apply(switched, &env(now)).unwrap();
    assert!(st.ledger.promises().is_empty());
    // Another tab wrote: merged in.
    st.apply(Action::Stored(other.ledger.clone()), &env(now)).unwrap();
    assert!(st.ledger.get("FROM-STORAGE").is_some());
    st.apply(Action::Delivered(Some(20_000)), &env(now)).unwrap();
    assert_eq!(st.delivered, Some(20_000));
}

#[test]
fn nobody_answering_is_one_broken_hours_promise_per_stretch() {
    let mut st = ElementState::default();
    let mut attrs = CONTRACT.to_vec();
    attrs.push(("staffed", "no"));
    let fx = st
        .apply(
            configure(Config::from_pairs(&attrs)),
            &env("2026-03-27T10:00:00Z"),
        )
        .unwrap();
    assert_eq!(names(&fx), ["promise-broken:hours"]);
    assert!(fx.save);
    let fx = st.apply(Action::Tick, &env("2026-03-27T10:30:00Z")).unwrap();
    assert!(names(&fx).is_empty(), "once per open stretch");
    let fx = st.apply(Action::Tick, &env("2026-03-27T13:00:00Z")).unwrap();
    assert_eq!(
        names(&fx),
        ["promise-broken:hours"],
        "the afternoon is a new stretch"
    );
}

#[test]
fn nothing_is_fulfilled_or_resolved_in_the_future() {
    let mut st = ElementState::default();
    let now = "2026-03-27T16:30:00Z";
    st.apply(configure(Config::from_pairs(CONTRACT)), &env(now))
        .unwrap();
    st.apply(track("T-1"), &env(now)).unwrap();
    let before = st.ledger.clone();
    for action in [
        Action::Fulfil {
            id: "T-1".into(),
            at: Some(at("2026-03-27T16:31:00Z")),
        },
        Action::Resolve {
            id: "T-1".into(),
            at: Some(at("2026-03-28T00:00:00Z")),
        },
    ] {
        let e = st.apply(action, &env(now)).unwrap_err();
        assert!(matches!(e, LedgerError::InTheFuture { .. }), "{e}");
        assert!(e.to_string().contains("after now (2026-03-27T16:30:00Z)"), "{e}");
    }
    assert_eq!(st.ledger, before, "unchanged");
    let fulfil_now = Action::Fulfil {
        id: "T-1".into(),
        at: Some(at(now)),
    };
    st.apply(fulfil_now, &env(now)).unwrap();
}

#[test]
fn a_racing_write_is_merged_and_written_back_until_both_agree() {
    let t0 = "2026-03-27T16:30:00Z";
    let mut a = ElementState::default();
    a.apply(configure(Config::from_pairs(CONTRACT)), &env(t0))
        .unwrap();
    a.apply(track("T-1"), &env(t0)).unwrap();
    let mut b = a.clone();
    // Both tabs fulfil at once, each before seeing the other's write.
    let fulfil = |at: &str| Action::Fulfil {
        id: "T-1".into(),
        at: Some(Instant::parse(at).unwrap()),
    };
    a.apply(fulfil("2026-03-27T16:30:00Z"), &env("2026-03-27T17:00:00Z"))
        .unwrap();
    b.apply(fulfil("2026-03-27T16:40:00Z"), &env("2026-03-27T17:00:00Z"))
        .unwrap();
    // Storage kept b's write (the later instant); a hears of it.
    let fx = a.apply(Action::Stored(b.ledger.clone()), &env(t0)).unwrap();
    assert!(fx.save, "a writes its earlier fulfilment back");
    // b hears of a's write: it takes the earliest and has nothing to add.
    let fx = b.apply(Action::Stored(a.ledger.clone()), &env(t0)).unwrap();
    assert!(!fx.save, "nothing to write back: converged");
    let earliest = Some(Instant::parse("2026-03-27T16:30:00Z").unwrap());
    assert_eq!(a.ledger.get("T-1").unwrap().fulfilled_at, earliest);
    assert_eq!(b.ledger.get("T-1").unwrap().fulfilled_at, earliest);
    assert!(a.ledger.same_content(&b.ledger));
}

#[test]
fn hours_change_when_the_team_opens_closes_or_is_about_to() {
    let mut st = ElementState::default();
    let cfg = Config::from_pairs(&[("hours", "Mo-Fr 09:00-17:00")]);
    let utc = |now: &str| Env {
        now: at(now),
        zone: &crate::calendar::FixedOffset(0),
        live: true,
    };
    // Once when first told: open, closing at 17:00.
    let fx = st
        .apply(configure(cfg.clone()), &utc("2026-03-27T16:20:00Z"))
        .unwrap();
    assert_eq!(
        hours_changes(&fx),
        [(true, false, Some("2026-03-27T17:00:00Z".into()))]
    );
    let fx = st.apply(Action::Tick, &utc("2026-03-27T16:25:00Z")).unwrap();
    assert_eq!(hours_changes(&fx), [], "nothing changed");
    let fx = st.apply(Action::Tick, &utc("2026-03-27T16:30:00Z")).unwrap();
    assert_eq!(
        hours_changes(&fx),
        [(true, true, Some("2026-03-27T17:00:00Z".into()))]
    );
    let fx = st
        .apply(configure(cfg.clone()), &utc("2026-03-27T16:45:00Z"))
        .unwrap();
    assert_eq!(
        hours_changes(&fx),
        [],
        "an unrelated attribute change tells nothing"
    );
    let fx = st.apply(Action::Tick, &utc("2026-03-27T17:00:00Z")).unwrap();
    assert_eq!(
        hours_changes(&fx),
        [(false, false, Some("2026-03-30T09:00:00Z".into()))]
    );
    // Told again after a reconnect (the edge applies the disconnect with
    // nobody to tell); nothing without hours.
    let quiet = Env {
        live: false,
        ..utc("2026-03-27T17:01:00Z")
    };
    st.apply(Action::Disconnected, &quiet).unwrap();
    let fx = st.apply(configure(cfg), &utc("2026-03-27T17:01:00Z")).unwrap();
    assert_eq!(hours_changes(&fx).len(), 1);
    let fx = st
        .apply(configure(Config::default()), &utc("2026-03-27T17:02:00Z"))
        .unwrap();
    assert_eq!(hours_changes(&fx), []);
}

#[test]
fn the_confirmation_goes_when_the_question_is_asked_again() {
    // No hours: nothing but the question itself changes what is said first.
    let mut st = ElementState::default();
    let t0 = "2026-03-23T08:00:00Z";
    st.apply(
        configure(Config::from_pairs(&[("reply-within", "email 4h")])),
        &env(t0),
    )
    .unwrap();
    st.apply(track("C"), &env(t0)).unwrap();
    st.apply(
        Action::Resolve {
            id: "C".into(),
            at: None,
        },
        &env(t0),
    )
    .unwrap();
    let answer = Action::Answer {
        id: "C".into(),
        answer: Answer::NotNow,
    };
    st.apply(answer, &env("2026-03-26T08:00:00Z")).unwrap();
    assert_eq!(
        st.confirmed.as_ref().map(|c| c.what),
        Some(Confirmation::AskAgain)
    );
    st.apply(Action::Tick, &env("2026-03-27T07:59:00Z")).unwrap();
    assert_eq!(
        st.confirmed.as_ref().map(|c| c.what),
        Some(Confirmation::AskAgain),
        "while nothing else is said"
    );
    st.apply(Action::Tick, &env("2026-03-27T08:00:00Z")).unwrap();
    assert_eq!(st.confirmed, None, "not above the same question asked again");
}

#[test]
fn a_request_opened_after_now_is_refused_as_a_fulfilment_after_now_is() {
    let mut st = ElementState::default();
    st.apply(
        configure(Config::from_pairs(CONTRACT)),
        &env("2026-03-27T10:00:00Z"),
    )
    .unwrap();
    let later = Action::Track(TrackRequest {
        id: "T-F".into(),
        kind: Kind::Reply,
        channel: Some("email".into()),
        at: Some(at("2026-03-27T10:00:01Z")),
    });
    let e = st.apply(later, &env("2026-03-27T10:00:00Z")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "\"T-F\" cannot be opened at 2026-03-27T10:00:01Z, after now (2026-03-27T10:00:00Z); leave `at` out for now"
    );
    assert!(st.ledger.get("T-F").is_none(), "nothing changed");
    // At now exactly: taken.
    let now = Action::Track(TrackRequest {
        id: "T-F".into(),
        kind: Kind::Reply,
        channel: Some("email".into()),
        at: Some(at("2026-03-27T10:00:00Z")),
    });
    st.apply(now, &env("2026-03-27T10:00:00Z")).unwrap();
}
