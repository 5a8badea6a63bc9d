//! Benchmark (not part of `make test`): the business calendar against the
//! `opening-hours` crate on the same schedules, natively, release build.
//!   cargo bench --bench calendar
//! Plain timing with `std::time::Instant` over many repetitions (criterion
//! would add a large dependency tree for three numbers).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Instant as Clock;

    use chrono::DateTime;
    use opening_hours::OpeningHours;
    use service_promises::calendar::{
        Calendar, Clock as Counting, Duration, FixedOffset, Holidays, Hours, Instant,
    };

    const SCHEDULES: [&str; 5] = [
        "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00",
        "Mo-Su 09:00-17:00; Dec 24-Jan 2 off",
        "Fr-Mo 10:00-12:00",
        "Apr-Oct Mo-Fr 08:00-18:00; Nov-Mar Mo-Fr 09:00-16:00",
        "Mo-Fr 22:00-02:00",
    ];

    fn per_call(label: &str, n: usize, f: impl FnMut(usize)) -> f64 {
        let mut f = f;
        for i in 0..n / 10 {
            f(i); // warm up
        }
        let t = Clock::now();
        for i in 0..n {
            f(i);
        }
        let ns = t.elapsed().as_nanos() as f64 / n as f64;
        println!("{label:<58} {ns:>10.0} ns/call");
        ns
    }

    pub fn main() {
        let holidays = Holidays::default();
        let base = 1_774_000_000_000i64; // 2026-03-20
        let instants: Vec<i64> = (0..1_000).map(|i| base + i * 7_919_000).collect(); // spread over ~3 months
        println!("{} schedules x {} instants", SCHEDULES.len(), instants.len());
        let mut ratios = Vec::new();
        for sched in SCHEDULES {
            println!("\n{sched}");
            let ours = Hours::parse(sched).unwrap();
            let cal = Calendar::new(&ours, &holidays, FixedOffset(0));
            let theirs: OpeningHours = sched.parse().unwrap();
            let naive = |ms: i64| DateTime::from_timestamp_millis(ms).unwrap().naive_utc();
            let a = per_call("  this crate: open now + next change", 20_000, |i| {
                black_box(cal.state_at(Instant(instants[i % instants.len()])));
            });
            let b = per_call("  opening-hours: is_open + next_change", 20_000, |i| {
                let t = naive(instants[i % instants.len()]);
                black_box((theirs.is_open(t), theirs.next_change(t)));
            });
            ratios.push(b / a);
            println!("  ratio: {:.1}x", b / a);
            per_call("  this crate: deadline, 4 business hours", 20_000, |i| {
                black_box(cal.deadline(
                    Instant(instants[i % instants.len()]),
                    Duration::minutes(240, Counting::Business),
                ))
                .ok();
            });
            per_call("  this crate: deadline, 5 business days", 20_000, |i| {
                black_box(cal.deadline(
                    Instant(instants[i % instants.len()]),
                    Duration::days(5, Counting::Business),
                ))
                .ok();
            });
        }
        ratios.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "\nstate + next change, opening-hours / this crate: {:.1}x to {:.1}x",
            ratios[0],
            ratios[ratios.len() - 1]
        );
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
