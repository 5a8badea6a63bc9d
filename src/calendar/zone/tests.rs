use super::*;

/// A toy zone: +1h, +2h from `spring` until `autumn`.
struct Toy {
    spring: i64,
    autumn: i64,
}

impl Zone for Toy {
    fn offset_seconds(&self, at: Instant) -> i32 {
        if at.0 >= self.spring && at.0 < self.autumn {
            7200
        } else {
            3600
        }
    }
}

const H: i64 = 3_600_000;

#[test]
fn local_round_trip_gap_and_fold() {
    // Transitions at 01:00Z on day 100 and on day 200.
    let z = Toy {
        spring: 100 * DAY_MS + H,
        autumn: 200 * DAY_MS + H,
    };
    // Ordinary time.
    let t = Instant(50 * DAY_MS + 5 * H);
    assert_eq!(z.instant_at_local(z.to_local(t)), t);
    // 02:30 local on day 100 does not exist (02:00 -> 03:00): maps to the jump.
    assert_eq!(
        z.instant_at_local(100 * DAY_MS + 2 * H + H / 2),
        Instant(100 * DAY_MS + H)
    );
    // 03:00 local is the jump itself.
    assert_eq!(
        z.instant_at_local(100 * DAY_MS + 3 * H),
        Instant(100 * DAY_MS + H)
    );
    // 02:30 local on day 200 happens twice (at 00:30Z and 01:30Z): the first.
    assert_eq!(
        z.instant_at_local(200 * DAY_MS + 2 * H + H / 2),
        Instant(200 * DAY_MS + H / 2)
    );
}
