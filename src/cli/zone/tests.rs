use super::*;

#[test]
fn the_table_gives_jiffs_offsets() {
    for name in [
        "Europe/Berlin",
        "America/Sao_Paulo",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "UTC",
    ] {
        let z = TzZone::new(name).unwrap();
        // Every 7 hours and a bit from 1890 to 2210.
        let mut ms = -2_524_521_600_000_i64;
        while ms < 7_573_478_400_000 {
            let ts = jiff::Timestamp::from_millisecond(ms).unwrap();
            assert_eq!(
                z.offset_seconds(Instant(ms)),
                z.tz.to_offset(ts).seconds(),
                "{name} {ms}"
            );
            ms += 25_200_000 + 7_919;
        }
    }
}
