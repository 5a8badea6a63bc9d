//! Two tabs writing at once lose nothing: property tests of merging ledger
//! copies (the browser edge merges what is stored with what is in memory
//! before every write, and on every `storage` event).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use service_promises::calendar::{FixedOffset, Instant};
use service_promises::config::Config;
use service_promises::ledger::{Kind, Ledger, TrackRequest};
use service_promises::store::Stored;

#[derive(Clone, Debug)]
enum Op {
    Track(u8),
    Fulfil(u8, i64),
    Resolve(u8, i64),
    Forget(u8),
    Tick(i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u8..6).prop_map(Op::Track),
        2 => (0u8..6, 0i64..600).prop_map(|(i, m)| Op::Fulfil(i, m)),
        1 => (0u8..6, 0i64..600).prop_map(|(i, m)| Op::Resolve(i, m)),
        1 => (0u8..6).prop_map(Op::Forget),
        1 => (0i64..900).prop_map(Op::Tick),
    ]
}

const T0: i64 = 1_774_252_800_000; // 2026-03-23T08:00:00Z

fn apply(l: &mut Ledger, ops: &[Op]) {
    let cfg = Config::from_attributes(|n| (n == "reply-within").then(|| "email 4h".to_string()));
    for op in ops {
        // Errors (unknown id, already fulfilled...) leave the ledger as it was.
        let _ = match *op {
            Op::Track(i) => l
                .track(
                    TrackRequest {
                        id: format!("T-{i}"),
                        kind: Kind::Reply,
                        channel: None,
                        at: None,
                    },
                    &cfg,
                    &FixedOffset(0),
                    Instant(T0),
                )
                .map(|_| ()),
            Op::Fulfil(i, m) => l.fulfil(&format!("T-{i}"), Instant(T0 + m * 60_000)),
            Op::Resolve(i, m) => l.resolve(&format!("T-{i}"), Instant(T0 + m * 60_000)),
            Op::Forget(i) => l.forget(&format!("T-{i}")),
            Op::Tick(m) => {
                l.transitions(Instant(T0 + m * 60_000));
                Ok(())
            }
        };
    }
}

/// The stored form with records in id order: equal when the ledgers hold
/// the same records, whatever order they were merged in.
fn canonical(l: &Ledger) -> Stored {
    let mut s = Stored::from_ledger(l);
    s.promises.sort_by(|a, b| a.id.cmp(&b.id));
    s
}

fn merged(a: &Ledger, b: &Ledger) -> Ledger {
    let mut m = a.clone();
    m.merge(b);
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_order_free_and_loses_nothing(
        base in proptest::collection::vec(op(), 0..8),
        left in proptest::collection::vec(op(), 0..8),
        right in proptest::collection::vec(op(), 0..8),
    ) {
        let mut a = Ledger::default();
        apply(&mut a, &base);
        let mut b = a.clone();
        apply(&mut a, &left);
        apply(&mut b, &right);

        let ab = merged(&a, &b);
        let ba = merged(&b, &a);
        prop_assert_eq!(canonical(&ab), canonical(&ba), "commutative");
        prop_assert_eq!(canonical(&merged(&ab, &a)), canonical(&ab), "idempotent");
        prop_assert_eq!(canonical(&merged(&ab, &b)), canonical(&ab), "idempotent");

        // Nothing is lost: every record either side holds is in the merge,
        // unless that id was forgotten on one side after its last change.
        for p in ab.promises() {
            prop_assert!(a.get(&p.id).is_some() || b.get(&p.id).is_some(), "{} appeared from nowhere", p.id);
        }
        for p in a.promises().iter().chain(b.promises()) {
            let gone = a.forgotten().chain(b.forgotten()).any(|(id, rev)| id == p.id && rev >= p.rev);
            let kept = ab.get(&p.id);
            prop_assert!(gone || kept.is_some(), "{} lost", p.id);
            if let Some(k) = kept {
                // Facts recorded on either side survive in the same window.
                if k.opened_at == p.opened_at && k.due == p.due {
                    prop_assert!(k.fulfilled_at.is_some() || p.fulfilled_at.is_none());
                    prop_assert!(k.resolved_at.is_some() || p.resolved_at.is_none());
                    prop_assert!(k.announced.kept || !p.announced.kept);
                    prop_assert!(k.announced.broken || !p.announced.broken);
                    prop_assert!(k.announced.at_risk || !p.announced.at_risk);
                }
            }
        }
    }
}

proptest! {
    /// A tab that has seen the other tab's stamp before making its own ends
    /// where the merge of two unseen stamps ends: on the earlier instant.
    #[test]
    fn stamping_after_seeing_the_other_tab_ends_as_the_merge(x in 0i64..600, y in 0i64..600, resolve: bool) {
        let mut base = Ledger::default();
        apply(&mut base, &[Op::Track(1)]);
        let stamp = |m| if resolve { Op::Resolve(1, m) } else { Op::Fulfil(1, m) };
        let (mut a, mut b) = (base.clone(), base.clone());
        apply(&mut a, &[stamp(x)]);
        apply(&mut b, &[stamp(y)]);
        let unseen = merged(&a, &b);
        // The second tab holds the first one's stamp when it makes its own.
        let mut seen = a.clone();
        apply(&mut seen, &[stamp(y)]);
        let earlier = Some(Instant(T0 + x.min(y) * 60_000));
        for l in [&seen, &unseen] {
            let p = l.get("T-1").unwrap();
            prop_assert_eq!(if resolve { p.resolved_at } else { p.fulfilled_at }, earlier);
        }
    }
}

#[test]
fn concurrent_tabs_keep_both_sets() {
    let mut a = Ledger::default();
    let mut b = Ledger::default();
    apply(&mut a, &[Op::Track(1), Op::Track(2)]);
    apply(&mut b, &[Op::Track(3), Op::Track(4)]);
    let m = merged(&a, &b);
    let mut ids: Vec<&str> = m.promises().iter().map(|p| p.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["T-1", "T-2", "T-3", "T-4"]);
}

#[test]
fn forgetting_propagates_and_tracking_again_wins() {
    let mut a = Ledger::default();
    apply(&mut a, &[Op::Track(1)]);
    let mut b = a.clone();
    apply(&mut a, &[Op::Forget(1)]);
    let m = merged(&b, &a);
    assert!(
        m.get("T-1").is_none(),
        "forgotten in one tab is forgotten everywhere"
    );
    apply(&mut b, &[Op::Forget(1), Op::Track(1)]);
    b.merge(&a);
    assert!(b.get("T-1").is_some(), "tracked again after forgetting");
}
