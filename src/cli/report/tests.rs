use super::*;

#[test]
fn spans_and_escapes() {
    assert_eq!(span(59_999), "0 min");
    assert_eq!(span(65 * 60_000), "1 h 05 min");
    assert_eq!(span((2 * 1440 + 3 * 60 + 7) * 60_000), "2 d 3 h 07 min");
    assert_eq!(
        escape("<a href='x'>&\"</a>"),
        "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
    );
}
