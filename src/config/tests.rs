use super::*;

#[test]
fn contract_example_parses_cleanly() {
    let c = Config::from_pairs(&[
        ("timezone", "Europe/Berlin"),
        ("hours", "Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-14:00; PH off"),
        (
            "holidays",
            "2026-12-24 Christmas Eve, 2026-12-25 Christmas Day, 2027-01-01 New Year's Day",
        ),
        ("reply-within", "chat 5m; email 4h; phone 1d"),
        ("return-window", "30d"),
        ("refund-within", "5d"),
        ("refund-method", "original payment method"),
        ("return-fees", "free"),
        ("refund-policy-url", "/returns"),
        ("follow-up-after", "3d"),
    ]);
    assert_eq!(c.errors, vec![]);
    assert_eq!(c.reply_within.len(), 3);
    assert_eq!(
        c.reply_promise("EMAIL").unwrap().within,
        Duration::minutes(240, Clock::Business)
    );
    assert_eq!(c.return_window, Some(ReturnWindow::Days(30)));
    assert_eq!(c.refund_within, Some(Duration::days(5, Clock::Business)));
    assert_eq!(c.follow_up_after, Duration::days(3, Clock::Calendar));
    assert_eq!(c.holidays.len(), 3);
}

#[test]
fn no_attributes_is_fine() {
    let c = Config::default();
    assert!(c.errors.is_empty());
    assert_eq!(c.at_risk, 80);
    assert!(c.staffed && c.jsonld);
    assert_eq!(c.storage_key, "default");
}

#[test]
fn each_bad_value_names_its_attribute_and_the_rest_applies() {
    let c = Config::from_pairs(&[
        ("timezone", "Europe/Ber lin"),
        ("hours", "Mo-Fr 09:00-17:00"),
        ("reply-within", "email 4x"),
        ("at-risk", "120%"),
        ("now", "yesterday"),
        ("refund-policy-url", "javascript:alert(1)"),
        ("return-window", "none"),
    ]);
    let got: Vec<_> = c
        .errors
        .iter()
        .map(|e| (e.attribute.as_str(), e.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("timezone", "at character 11 (\" lin\"): an IANA time zone has only letters, digits, '/', '_', '-' and '+' (like America/New_York)"),
            ("reply-within", "at character 7 (\"4x\"): expected a unit right after the number: m (minutes), h (hours) or d (days)"),
            ("refund-policy-url", "at character 1 (\"javascript:alert\"): only http:, https: or relative URLs are allowed, not javascript:"),
            ("at-risk", "at character 1 (\"120%\"): must be between 1% and 99%"),
            ("now", "at character 1 (\"yesterday\"): expected a four-digit year in an RFC 3339 instant like 2026-03-27T16:30:00Z; using the real clock"),
        ]
    );
    assert!(c.hours.is_some());
    assert_eq!(c.return_window, Some(ReturnWindow::NotAccepted));
    assert!(c.now.is_none() && c.timezone.is_none());
}

#[test]
fn reply_within_forms() {
    let c = Config::from_pairs(&[("reply-within", "chat 5m; email 4h calendar; phone 1d;")]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.reply_promise("email").unwrap().within.clock, Clock::Calendar);
    for (v, needle) in [
        ("email", "expected a duration after 'email'"),
        ("4h", "expected a channel name"),
        ("email 4h; email 1d", "listed twice"),
        ("email 4h chat 5m", "expected ';'"),
        ("e<mail 4h", "only letters"),
        ("email 4h;; chat 5m", "empty entry"),
    ] {
        let c = Config::from_pairs(&[("reply-within", v)]);
        assert_eq!(c.errors.len(), 1, "{v}");
        assert!(
            c.errors[0].message.contains(needle),
            "{v}: {}",
            c.errors[0].message
        );
    }
}

#[test]
fn theme_and_debug() {
    let cfg = Config::from_attributes(|n| match n {
        "theme" => Some("drak".into()),
        "debug" => Some(String::new()),
        _ => None,
    });
    assert!(cfg.debug);
    assert_eq!(cfg.errors.len(), 1);
    assert_eq!(cfg.errors[0].attribute, "theme");
    assert!(
        cfg.errors[0].message.contains("expected light, dark or auto"),
        "{}",
        cfg.errors[0].message
    );
    for theme in ["light", "dark", "auto"] {
        let cfg = Config::from_attributes(|n| (n == "theme").then(|| theme.into()));
        assert!(cfg.errors.is_empty() && !cfg.debug, "{theme}");
    }
    assert!(Config::unknown_attributes(["theme", "debug"]).is_empty());
}

#[test]
fn unknown_attributes_get_a_suggestion() {
    let errs = Config::unknown_attributes(["hours", "reply-whithin", "class", "data-x", "zzzzzzzzzz"]);
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].message, "unknown attribute; did you mean reply-within?");
    assert_eq!(errs[1].message, "unknown attribute");
}
