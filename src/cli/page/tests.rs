use super::*;

#[test]
fn attributes_in_any_case_entities_and_lines() {
    let html = "<!doctype html>\n<P>Hi</P>\n<Service-Promises\n  TimeZone=\"Europe/Berlin\"\n  hours='Mo-Fr 09:00-17:00' holidays=\"2026-12-24 Christmas&nbsp;Eve, 2026-12-25 Tom &amp; Jerry&#39;s\">\n</service-promises>";
    let els = elements(html);
    assert_eq!(els.len(), 1);
    let e = &els[0];
    assert_eq!(e.line, 3);
    assert_eq!(e.get("timezone"), Some("Europe/Berlin"));
    assert_eq!(e.line_of("timezone"), 4);
    assert_eq!(e.line_of("hours"), 5);
    assert_eq!(
        e.get("holidays"),
        Some("2026-12-24 Christmas\u{a0}Eve, 2026-12-25 Tom & Jerry's")
    );
}

#[test]
fn scripts_comments_and_several_elements() {
    let html = r#"<html><head><script>
  const s = '<service-promises hours="x">';
</script><!-- <service-promises hours="y"> --></head>
<body><service-promises id="a" hours="Mo 09:00-10:00"></service-promises><service-promises id=b reply-within="email 4h"></service-promises>
<textarea><service-promises hours="z"></textarea>
<service-promises id="c"
   hours="Tu 09:00-10:00"></service-promises>"#;
    let els = elements(html);
    let ids: Vec<_> = els.iter().map(|e| e.get("id").unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(els[0].line, 4);
    assert_eq!(els[1].line, 4);
    assert_eq!(els[1].get("reply-within"), Some("email 4h"));
    assert_eq!(els[2].line, 6);
    assert_eq!(els[2].line_of("hours"), 7);
    assert_eq!(els[2].label(), "#c (line 6)");
}
