use super::*;
use crate::calendar::FixedOffset;
use crate::status::PromptKind;

fn config() -> Config {
    Config::from_attributes(|n| {
        match n {
            "hours" => Some("Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
            "reply-within" => Some("chat 5m; email 4h; phone 1d; sms 10h calendar"),
            "refund-within" => Some("5d"),
            "at-risk" => Some("75%"),
            _ => None,
        }
        .map(str::to_string)
    })
}

/// Berlin before DST (UTC+1), as in the contract's example.
const BERLIN_WINTER: FixedOffset = FixedOffset(3600);

fn t(s: &str) -> Instant {
    Instant::parse(s).unwrap()
}

fn req(id: &str, kind: Kind, channel: Option<&str>, at: &str) -> TrackRequest {
    TrackRequest {
        id: id.into(),
        kind,
        channel: channel.map(str::to_string),
        at: Some(t(at)),
    }
}

#[test]
fn contract_example_due() {
    let mut l = Ledger::default();
    let p = l
        .track(
            req("T-1042", Kind::Reply, Some("email"), "2026-03-27T16:30:00Z"),
            &config(),
            &BERLIN_WINTER,
            t("2026-03-27T16:30:00Z"),
        )
        .unwrap();
    assert_eq!(p.due, t("2026-03-28T13:00:00Z"));
    // 75% of four business hours: Saturday 10:00 + 3h.
    assert_eq!(p.at_risk_at, t("2026-03-28T12:00:00Z"));
    assert_eq!(p.channel.as_deref(), Some("email"));
}

#[test]
fn every_status_transition() {
    let mut l = Ledger::default();
    let cfg = config();
    let opened = "2026-03-23T08:00:00Z"; // Monday 09:00 Berlin (winter)
    l.track(
        req("A", Kind::Reply, Some("email"), opened),
        &cfg,
        &BERLIN_WINTER,
        t(opened),
    )
    .unwrap();
    let due = l.get("A").unwrap().due;
    assert_eq!(
        due,
        t("2026-03-23T13:00:00Z"),
        "09:00 + 3h30 before lunch + 30m after: 14:00 Berlin"
    );
    let at_risk = l.get("A").unwrap().at_risk_at;
    assert_eq!(
        at_risk,
        t("2026-03-23T11:00:00Z"),
        "3 business hours in: 12:00 Berlin"
    );
    let state = |l: &Ledger, at: &str| l.get("A").unwrap().state(t(at));
    assert_eq!(state(&l, "2026-03-23T10:59:59Z"), State::Pending);
    assert_eq!(state(&l, "2026-03-23T11:00:00Z"), State::AtRisk);
    assert_eq!(
        state(&l, "2026-03-23T13:00:00Z"),
        State::AtRisk,
        "due itself is not yet broken"
    );
    assert_eq!(state(&l, "2026-03-23T13:00:00.001Z"), State::Broken);
    // Events: each once.
    assert_eq!(l.transitions(t("2026-03-23T10:00:00Z")), vec![]);
    let ev = l.transitions(t("2026-03-23T11:30:00Z"));
    assert_eq!(
        ev.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["promise-at-risk"]
    );
    assert_eq!(l.transitions(t("2026-03-23T11:40:00Z")), vec![]);
    // Fulfilled on time: kept (and stays kept after the due).
    l.fulfil("A", t("2026-03-23T11:59:00Z")).unwrap();
    assert_eq!(state(&l, "2026-03-30T00:00:00Z"), State::Kept);
    let ev = l.transitions(t("2026-03-23T12:30:00Z"));
    assert_eq!(
        ev.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["promise-kept"]
    );
    assert_eq!(l.transitions(t("2026-03-24T12:30:00Z")), vec![]);
    assert_eq!(
        l.record(t("2026-03-24T00:00:00Z")),
        OwnRecord { kept: 1, total: 1 }
    );
}

#[test]
fn late_fulfilment_is_broken_and_counted() {
    let mut l = Ledger::default();
    let cfg = config();
    l.track(
        req("B", Kind::Reply, Some("chat"), "2026-03-23T08:00:00Z"),
        &cfg,
        &BERLIN_WINTER,
        t("2026-03-23T08:00:00Z"),
    )
    .unwrap();
    assert_eq!(l.get("B").unwrap().due, t("2026-03-23T08:05:00Z"));
    let ev = l.transitions(t("2026-03-23T08:10:00Z"));
    assert_eq!(
        ev.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["promise-broken"],
        "at-risk skipped when already broken"
    );
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-23T08:10:00Z"), cfg.follow_up_after, &BERLIN_WINTER)
            .unwrap()
            .kind,
        PromptKind::Broken,
        "the apology while the reply is late"
    );
    l.fulfil("B", t("2026-03-23T08:11:00Z")).unwrap();
    assert_eq!(
        l.get("B").unwrap().state(t("2026-03-23T09:00:00Z")),
        State::Broken
    );
    assert_eq!(
        l.transitions(t("2026-03-23T09:00:00Z")),
        vec![],
        "broken once, and never kept"
    );
    assert_eq!(
        l.record(t("2026-03-23T09:00:00Z")),
        OwnRecord { kept: 0, total: 1 }
    );
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-23T09:00:00Z"), cfg.follow_up_after, &BERLIN_WINTER),
        None,
        "the late reply came: the apology steps aside"
    );
    // ... and the follow-up is asked once it is resolved.
    l.resolve("B", t("2026-03-23T09:00:00Z")).unwrap();
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-26T09:00:00Z"), cfg.follow_up_after, &BERLIN_WINTER)
            .unwrap()
            .kind,
        PromptKind::FollowUp
    );
}

#[test]
fn refunds_count_business_days() {
    let mut l = Ledger::default();
    let cfg = config();
    l.track(
        req("R-77", Kind::Refund, None, "2026-03-23T10:00:00Z"),
        &cfg,
        &BERLIN_WINTER,
        t("2026-03-23T10:00:00Z"),
    )
    .unwrap();
    // Monday + 5 business days (Saturday counts): Saturday 28th, 14:00.
    assert_eq!(l.get("R-77").unwrap().due, t("2026-03-28T13:00:00Z"));
    assert_eq!(l.get("R-77").unwrap().channel, None);
}

#[test]
fn prompt_priority_and_follow_up() {
    let mut l = Ledger::default();
    let cfg = config();
    let zone = &BERLIN_WINTER;
    let now = t("2026-03-23T08:00:00Z");
    l.track(
        req("F", Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
        &cfg,
        zone,
        now,
    )
    .unwrap();
    l.fulfil("F", t("2026-03-23T09:00:00Z")).unwrap();
    l.resolve("F", t("2026-03-23T10:00:00Z")).unwrap();
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-26T09:59:00Z"), cfg.follow_up_after, zone),
        None,
        "3 days not yet passed"
    );
    let follow =
        crate::prompt::of_requests(&l, t("2026-03-26T10:00:00Z"), cfg.follow_up_after, zone).unwrap();
    assert_eq!(
        (follow.kind.as_str(), follow.id.as_deref()),
        ("follow-up", Some("F"))
    );
    // An at-risk promise outranks the follow-up; a broken one outranks both.
    l.track(
        req("G", Kind::Reply, Some("chat"), "2026-03-26T10:00:00Z"),
        &cfg,
        zone,
        now,
    )
    .unwrap();
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-26T10:04:00Z"), cfg.follow_up_after, zone)
            .unwrap()
            .kind,
        PromptKind::AtRisk
    );
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-26T10:06:00Z"), cfg.follow_up_after, zone)
            .unwrap()
            .kind,
        PromptKind::Broken
    );
    // Answered follow-ups are not asked again.
    l.forget("G").unwrap();
    l.answer_follow_up("F", true, &cfg, zone, t("2026-03-26T11:00:00Z"))
        .unwrap();
    assert_eq!(
        crate::prompt::of_requests(&l, t("2026-03-27T10:00:00Z"), cfg.follow_up_after, zone),
        None
    );
    assert_eq!(
        l.next_transition(t("2026-03-27T10:00:00Z"), cfg.follow_up_after, zone),
        None
    );
}

#[test]
fn not_solved_reopens_with_a_new_reply_promise() {
    let mut l = Ledger::default();
    let cfg = config();
    let zone = &BERLIN_WINTER;
    l.track(
        req("H", Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
        &cfg,
        zone,
        t("2026-03-23T08:00:00Z"),
    )
    .unwrap();
    l.fulfil("H", t("2026-03-23T09:00:00Z")).unwrap();
    l.resolve("H", t("2026-03-23T10:00:00Z")).unwrap();
    l.transitions(t("2026-03-23T10:00:00Z"));
    let reopened = t("2026-03-26T10:00:00Z");
    assert_eq!(l.record(reopened), OwnRecord { kept: 1, total: 1 });
    l.answer_follow_up("H", false, &cfg, zone, reopened).unwrap();
    assert_eq!(
        l.record(reopened),
        OwnRecord { kept: 1, total: 1 },
        "the kept window stays in the record; the new one is not decided yet"
    );
    let p = l.get("H").unwrap();
    assert_eq!(
        (p.opened_at, p.due, p.fulfilled_at, p.resolved_at),
        (reopened, t("2026-03-26T15:00:00Z"), None, None)
    );
    assert_eq!(p.state(reopened), State::Pending);
    // The new window gets its own events.
    assert_eq!(
        l.transitions(t("2026-03-26T15:01:00Z"))
            .iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>(),
        ["promise-broken"]
    );
    assert_eq!(
        l.record(t("2026-03-26T15:01:00Z")),
        OwnRecord { kept: 1, total: 2 }
    );
}

#[test]
fn no_after_a_broken_promise_keeps_it_in_the_record() {
    let mut l = Ledger::default();
    let cfg = config();
    let zone = &BERLIN_WINTER;
    let opened = t("2026-03-23T08:00:00Z");
    l.track(
        req("K", Kind::Reply, Some("chat"), "2026-03-23T08:00:00Z"),
        &cfg,
        zone,
        opened,
    )
    .unwrap();
    l.fulfil("K", t("2026-03-23T08:30:00Z")).unwrap(); // due 08:05: late
    l.resolve("K", t("2026-03-23T09:00:00Z")).unwrap();
    let asked = t("2026-03-26T09:00:00Z");
    assert_eq!(l.record(asked), OwnRecord { kept: 0, total: 1 });
    l.answer_follow_up("K", false, &cfg, zone, asked).unwrap();
    assert_eq!(
        l.record(asked),
        OwnRecord { kept: 0, total: 1 },
        "0 of 1 stays 0 of 1"
    );
    assert_eq!(
        l.get("K").unwrap().earlier,
        [Outcome {
            due: t("2026-03-23T08:05:00Z"),
            kept: false
        }]
    );
    // The history is stored and merged with the window it belongs to.
    let stored = crate::store::Stored::from_ledger(&l);
    let text = serde_json::to_string(&stored).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let crate::store::Decoded::Ok(back) = crate::store::read(&value).unwrap() else {
        panic!("{text}")
    };
    assert_eq!(back.record(asked), OwnRecord { kept: 0, total: 1 });
    let mut before = Ledger::default();
    before
        .track(
            req("K", Kind::Reply, Some("chat"), "2026-03-23T08:00:00Z"),
            &cfg,
            zone,
            opened,
        )
        .unwrap();
    before.merge(&l);
    assert_eq!(
        before.record(asked),
        OwnRecord { kept: 0, total: 1 },
        "the reopened window wins, history included"
    );
    // Answering "no" while the window is undecided adds nothing to the record.
    let mut m = Ledger::default();
    m.track(
        req("M", Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
        &cfg,
        zone,
        opened,
    )
    .unwrap();
    m.resolve("M", t("2026-03-23T08:30:00Z")).unwrap();
    m.answer_follow_up("M", false, &cfg, zone, t("2026-03-23T08:40:00Z"))
        .unwrap();
    assert_eq!(
        m.record(t("2026-03-23T08:40:00Z")),
        OwnRecord { kept: 0, total: 0 }
    );
}

#[test]
fn instants_in_order() {
    let mut l = Ledger::default();
    let cfg = config();
    let opened = t("2026-03-23T08:00:00Z");
    for id in ["A", "B"] {
        l.track(
            req(id, Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
            &cfg,
            &BERLIN_WINTER,
            opened,
        )
        .unwrap();
    }
    l.fulfil("A", t("2026-03-23T09:00:00Z")).unwrap();
    let e = l.resolve("A", t("2026-03-23T08:30:00Z")).unwrap_err();
    assert!(matches!(e, LedgerError::OutOfOrder { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("before it was fulfilled at 2026-03-23T09:00:00Z"),
        "{e}"
    );
    l.resolve("A", t("2026-03-23T09:00:00Z")).unwrap();
    l.resolve("B", t("2026-03-23T08:30:00Z")).unwrap();
    let e = l.fulfil("B", t("2026-03-23T08:31:00Z")).unwrap_err();
    assert!(
        matches!(e, LedgerError::OutOfOrder { .. }),
        "fulfilled after it was resolved: {e}"
    );
    l.fulfil("B", t("2026-03-23T08:29:00Z")).unwrap();
}

/// Two tabs fulfilling at once: whichever write a tab saw first, the
/// earlier instant is the answer, as the merge gives it.
#[test]
fn an_earlier_stamp_replaces_a_later_one_as_the_merge_would() {
    let opened = "2026-03-23T08:00:00Z"; // Monday 09:00 Berlin; due 14:00 Berlin (13:00Z)
    let (early, late) = (t("2026-03-23T10:00:00Z"), t("2026-03-23T14:00:00Z"));
    let mut l = tracked("A", opened);
    l.fulfil("A", late).unwrap();
    assert_eq!(l.get("A").unwrap().state(late), State::Broken);
    l.fulfil("A", early).unwrap();
    assert_eq!(l.get("A").unwrap().fulfilled_at, Some(early));
    assert_eq!(l.get("A").unwrap().state(late), State::Kept);
    let mut other_order = tracked("A", opened);
    other_order.fulfil("A", early).unwrap();
    for again in [early, late] {
        let e = other_order.fulfil("A", again).unwrap_err();
        assert!(matches!(e, LedgerError::AlreadyStamped { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            "\"A\" was already fulfilled at 2026-03-23T10:00:00Z; only an earlier instant replaces it"
        );
    }
    let mut merged = tracked("A", opened);
    merged.fulfil("A", late).unwrap();
    merged.merge(&other_order);
    for l in [&l, &other_order, &merged] {
        assert_eq!(l.get("A").unwrap().fulfilled_at, Some(early));
    }
    // The same for `resolve`, and never before the fulfilment.
    let mut l = tracked("B", opened);
    l.fulfil("B", early).unwrap();
    l.resolve("B", late).unwrap();
    l.resolve("B", t("2026-03-23T11:00:00Z")).unwrap();
    assert_eq!(l.get("B").unwrap().resolved_at, Some(t("2026-03-23T11:00:00Z")));
    let e = l.resolve("B", t("2026-03-23T09:00:00Z")).unwrap_err();
    assert!(matches!(e, LedgerError::OutOfOrder { .. }), "{e}");
    assert_eq!(l.get("B").unwrap().resolved_at, Some(t("2026-03-23T11:00:00Z")));
}

#[test]
fn bad_calls_are_refused_and_change_nothing() {
    let mut l = Ledger::default();
    let cfg = config();
    let zone = &BERLIN_WINTER;
    let now = t("2026-03-23T08:00:00Z");
    l.track(
        req("X", Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
        &cfg,
        zone,
        now,
    )
    .unwrap();
    let before = l.clone();
    let cases: Vec<(Result<(), LedgerError>, &str)> = vec![
        (
            l.track(
                req("X", Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
                &cfg,
                zone,
                now,
            )
            .map(|_| ()),
            "already tracked",
        ),
        (
            l.track(
                req("Y", Kind::Reply, Some("fax"), "2026-03-23T08:00:00Z"),
                &cfg,
                zone,
                now,
            )
            .map(|_| ()),
            "unknown channel \"fax\"; published: chat, email, phone, sms",
        ),
        (
            l.track(
                req("Y", Kind::Reply, None, "2026-03-23T08:00:00Z"),
                &cfg,
                zone,
                now,
            )
            .map(|_| ()),
            "channel is required",
        ),
        (
            l.track(
                req(" ", Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
                &cfg,
                zone,
                now,
            )
            .map(|_| ()),
            "non-empty",
        ),
        (l.fulfil("nope", now), "no tracked request with id \"nope\""),
        (l.fulfil("X", t("2026-03-23T07:00:00Z")), "before it was opened"),
        (l.resolve("nope", now), "no tracked request"),
        (l.forget("nope"), "no tracked request"),
    ];
    for (res, needle) in cases {
        let e = res.unwrap_err();
        assert!(e.to_string().contains(needle), "{e} !~ {needle}");
    }
    assert_eq!(l, before);
    let no_refund = Config::default();
    let e = l
        .track(
            req("Z", Kind::Refund, None, "2026-03-23T08:00:00Z"),
            &no_refund,
            zone,
            now,
        )
        .unwrap_err();
    assert!(e.to_string().contains("set refund-within"), "{e}");
}

#[test]
fn forget_keeps_the_index_consistent() {
    let mut l = Ledger::default();
    let cfg = config();
    let now = t("2026-03-23T08:00:00Z");
    for id in ["a", "b", "c", "d"] {
        l.track(
            req(id, Kind::Reply, Some("sms"), "2026-03-23T08:00:00Z"),
            &cfg,
            &BERLIN_WINTER,
            now,
        )
        .unwrap();
    }
    l.forget("b").unwrap();
    assert_eq!(l.get("c").unwrap().id, "c");
    assert_eq!(l.get("d").unwrap().id, "d");
    assert!(l.get("b").is_none());
    // `sms 10h calendar`: wall-clock time.
    assert_eq!(l.get("a").unwrap().due, t("2026-03-23T18:00:00Z"));
    assert_eq!(l.get("a").unwrap().at_risk_at, t("2026-03-23T15:30:00Z"));
    l.forget_all();
    assert!(l.promises().is_empty());
}

#[test]
fn an_unstaffed_open_stretch_is_one_broken_hours_promise() {
    let mut l = Ledger::default();
    let since = t("2026-03-23T08:00:00Z");
    let ev = l.note_unstaffed(since).unwrap();
    assert_eq!(
        (ev.name, ev.id.as_str(), ev.kind),
        (PromiseEventName::Broken, "hours", Kind::Hours)
    );
    assert_eq!(l.note_unstaffed(since), None, "counted once per open stretch");
    assert_eq!(l.record(since), OwnRecord { kept: 0, total: 1 });
    let mut other = Ledger::default();
    other.note_unstaffed(t("2026-03-24T08:00:00Z"));
    l.merge(&other);
    assert_eq!(l.record(since).total, 2);
    let cfg = Config::default();
    let e = l
        .track(
            req("H", Kind::Hours, None, "2026-03-23T08:00:00Z"),
            &cfg,
            &BERLIN_WINTER,
            since,
        )
        .unwrap_err();
    assert!(e.to_string().contains("not tracked by id"), "{e}");
}

#[test]
fn making_room_drops_only_the_oldest_finished_records() {
    let mut l = Ledger::default();
    let cfg = config();
    let zone = &BERLIN_WINTER;
    let now = t("2026-03-23T08:00:00Z");
    for (i, id) in ["old", "newer", "pending", "unasked"].iter().enumerate() {
        l.track(
            req(id, Kind::Reply, Some("sms"), "2026-03-23T08:00:00Z"),
            &cfg,
            zone,
            now,
        )
        .unwrap();
        if *id != "pending" {
            l.fulfil(id, t("2026-03-23T09:00:00Z")).unwrap();
            l.resolve(id, Instant(t("2026-03-23T10:00:00Z").0 + i as i64 * 60_000))
                .unwrap();
        }
        if *id == "old" || *id == "newer" {
            l.answer_follow_up(id, true, &cfg, zone, t("2026-03-26T10:00:00Z"))
                .unwrap();
        }
    }
    assert_eq!(l.drop_oldest_finished(1), 1);
    assert!(
        l.get("old").is_none(),
        "the oldest finished and followed-up record goes first"
    );
    assert_eq!(l.drop_oldest_finished(10), 1);
    assert!(l.get("newer").is_none());
    assert_eq!(
        l.drop_oldest_finished(10),
        0,
        "pending and not-yet-followed-up records are never dropped"
    );
    assert!(l.get("pending").is_some() && l.get("unasked").is_some());
}

#[test]
fn a_refund_not_solved_reopens_as_a_reply_on_the_first_channel() {
    let mut l = Ledger::default();
    let cfg = config();
    let zone = &BERLIN_WINTER;
    let now = t("2026-03-23T08:00:00Z");
    l.track(
        req("R", Kind::Refund, None, "2026-03-23T08:00:00Z"),
        &cfg,
        zone,
        now,
    )
    .unwrap();
    l.fulfil("R", t("2026-03-24T08:00:00Z")).unwrap();
    l.resolve("R", t("2026-03-24T09:00:00Z")).unwrap();
    l.answer_follow_up("R", false, &cfg, zone, t("2026-03-27T08:00:00Z"))
        .unwrap();
    let p = l.get("R").unwrap();
    assert_eq!((p.kind, p.channel.as_deref()), (Kind::Reply, Some("chat")));
    assert_eq!(p.due, t("2026-03-27T08:05:00Z"));
}

#[test]
fn a_promise_in_status_json() {
    let mut l = Ledger::default();
    let cfg = config();
    let opened = "2026-03-27T16:30:00.250Z";
    l.track(
        req("T-\"1\"", Kind::Reply, Some("email"), opened),
        &cfg,
        &BERLIN_WINTER,
        t(opened),
    )
    .unwrap();
    l.fulfil("T-\"1\"", t("2026-03-28T09:15:00Z")).unwrap();
    let p = &l.promises()[0];
    assert_eq!(
        serde_json::to_string(&p.to_status(t("2026-03-28T10:00:00Z"))).unwrap(),
        r#"{"id":"T-\"1\"","kind":"reply","channel":"email","openedAt":"2026-03-27T16:30:00.250Z","due":"2026-03-28T13:00:00Z","fulfilledAt":"2026-03-28T09:15:00Z","resolvedAt":null,"status":"kept"}"#
    );
}

/// A promise tracked at `opened` (ids and instants only; the window comes from `config()`).
fn tracked(id: &str, opened: &str) -> Ledger {
    let mut l = Ledger::default();
    l.track(
        req(id, Kind::Reply, Some("email"), opened),
        &config(),
        &BERLIN_WINTER,
        t(opened),
    )
    .unwrap();
    l
}

#[test]
fn merge_a_reopened_window_wins_over_its_stale_copy_either_way() {
    let stale = tracked("W", "2026-03-23T08:00:00Z");
    let mut reopened = stale.clone();
    reopened.fulfil("W", t("2026-03-23T09:00:00Z")).unwrap();
    reopened.resolve("W", t("2026-03-23T10:00:00Z")).unwrap();
    let later = t("2026-03-26T10:00:00Z");
    reopened
        .answer_follow_up("W", false, &config(), &BERLIN_WINTER, later)
        .unwrap();
    let mut a = stale.clone();
    a.merge(&reopened);
    assert_eq!(
        a.get("W").unwrap().opened_at,
        later,
        "the stale copy takes the reopened window"
    );
    let mut b = reopened.clone();
    b.merge(&stale);
    assert_eq!(
        b.get("W").unwrap().opened_at,
        later,
        "the reopened copy keeps its window"
    );
    assert_eq!(a.get("W"), b.get("W"));
}

#[test]
fn merge_keeps_a_follow_up_answered_in_either_copy() {
    let mut asked = tracked("F", "2026-03-23T08:00:00Z");
    asked.fulfil("F", t("2026-03-23T09:00:00Z")).unwrap();
    asked.resolve("F", t("2026-03-23T10:00:00Z")).unwrap();
    let not_yet = asked.clone();
    asked
        .answer_follow_up("F", true, &config(), &BERLIN_WINTER, t("2026-03-26T10:00:00Z"))
        .unwrap();
    let mut a = not_yet.clone();
    a.merge(&asked);
    let mut b = asked.clone();
    b.merge(&not_yet);
    assert!(
        a.get("F").unwrap().followed_up && b.get("F").unwrap().followed_up,
        "never asked twice"
    );
}

#[test]
fn merge_a_forget_at_the_same_revision_forgets() {
    let kept = tracked("G", "2026-03-23T08:00:00Z");
    let rev = kept.get("G").unwrap().rev;
    for (forgotten_at, stays) in [(rev, false), (rev - 1, true)] {
        let mut l = kept.clone();
        l.merge(&Ledger::from_parts(
            vec![],
            vec![("G".into(), forgotten_at)],
            forgotten_at,
        ));
        assert_eq!(
            l.get("G").is_some(),
            stays,
            "forgotten at {forgotten_at}, last changed at {rev}"
        );
    }
}

#[test]
fn forgotten_ids_are_trimmed_to_the_newest() {
    let mut l = Ledger::default();
    let ids: Vec<String> = (0..=MAX_FORGOTTEN).map(|i| format!("id-{i:04}")).collect();
    for id in &ids {
        l.track(
            req(id, Kind::Reply, Some("email"), "2026-03-23T08:00:00Z"),
            &config(),
            &BERLIN_WINTER,
            t("2026-03-23T08:00:00Z"),
        )
        .unwrap();
        l.forget(id).unwrap();
    }
    let kept: Vec<&str> = l.forgotten().map(|(id, _)| id).collect();
    assert_eq!(kept.len(), MAX_FORGOTTEN);
    assert!(!kept.contains(&ids[0].as_str()), "the oldest is dropped");
    assert!(kept.contains(&ids[1].as_str()) && kept.contains(&ids[MAX_FORGOTTEN].as_str()));
}

#[test]
fn from_parts_keeps_the_stored_clock() {
    let l = Ledger::from_parts(vec![], vec![], 42);
    assert_eq!(
        l.clock(),
        42,
        "revisions after a reload continue from the stored clock"
    );
}

#[test]
fn merge_two_windows_opened_at_once_agree_on_one() {
    // Two tabs tracked the same id at the same instant under different
    // promises (the page changed reply-within between them): one window
    // opened at once, with two dues. Every copy keeps the same one.
    let opened = "2026-03-23T08:00:00Z";
    let four_hours = tracked("S", opened);
    let one_day = {
        let cfg = Config::from_attributes(|n| match n {
            "hours" => Some("Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off".to_string()),
            "reply-within" => Some("email 1d".to_string()),
            _ => None,
        });
        let mut l = Ledger::default();
        l.track(
            req("S", Kind::Reply, Some("email"), opened),
            &cfg,
            &BERLIN_WINTER,
            t(opened),
        )
        .unwrap();
        l
    };
    assert_ne!(four_hours.get("S").unwrap().due, one_day.get("S").unwrap().due);
    let mut a = four_hours.clone();
    a.merge(&one_day);
    let mut b = one_day.clone();
    b.merge(&four_hours);
    assert_eq!(a.get("S"), b.get("S"), "both copies keep the same window");
    assert_eq!(
        a.get("S").unwrap().due,
        one_day.get("S").unwrap().due,
        "the later due"
    );
}
