use super::*;

#[test]
fn describe_counts_characters_not_bytes() {
    let e = ValueError::new("Mo–Fr".find('F').unwrap(), "expected a time");
    assert_eq!(e.describe("Mo–Fr"), "at character 4 (\"Fr\"): expected a time");
    assert_eq!(
        ValueError::new(3, "expected more").describe("abc"),
        "at the end: expected more"
    );
}
