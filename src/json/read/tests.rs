use proptest::prelude::*;

use super::*;

/// Our tree for what `serde_json` read, to compare the two.
fn from_serde(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => n.as_i64().map_or(Value::Number, Value::Int),
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(a) => Value::Array(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(m) => {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect())
        }
    }
}

fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| n.into()),
        any::<u64>().prop_map(|n| n.into()),
        (-1e6f64..1e6).prop_map(|f| serde_json::json!(f)),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-z\u{e9}\"\\\\]{0,6}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Whatever `serde_json` writes (compact or pretty), we read the same.
    #[test]
    fn reads_what_serde_json_writes(v in json(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.unwrap();
        prop_assert_eq!(parse(&text), Ok(from_serde(&v)));
    }

    /// On any text, both accept or both refuse (and we never panic).
    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}:,\"\\\\a-f0-9.eE+\\- ntrul\u{e9}\u{1F600}\n]{0,40}") {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        // Lone surrogates: JSON.parse takes them, and so do we (as U+FFFD).
        prop_assume!(!theirs.as_ref().is_err_and(|e| e.to_string().contains("surrogate")));
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?} vs {:?}", text, ours, theirs);
        if let (Ok(a), Ok(b)) = (ours, theirs) {
            prop_assert_eq!(a, from_serde(&b));
        }
    }
}

#[test]
fn escapes_and_surrogates() {
    assert_eq!(
        parse(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800x""#),
        Ok(Value::Str(
            "a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1F600}\u{FFFD}x".into()
        ))
    );
}

#[test]
fn numbers_are_whole_or_refused_later() {
    assert_eq!(parse("-9223372036854775808"), Ok(Value::Int(i64::MIN)));
    assert_eq!(parse("9223372036854775807"), Ok(Value::Int(i64::MAX)));
    assert_eq!(parse("9223372036854775808"), Ok(Value::Number));
    assert_eq!(parse("1.5"), Ok(Value::Number));
    assert_eq!(parse("1e3"), Ok(Value::Number));
    assert_eq!(parse("-0"), Ok(Value::Int(0)));
    for bad in ["01", "-", "1.", ".5", "1e", "+1", "0x10"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn errors_say_what_and_where() {
    assert_eq!(parse("{\"a\" 1}"), Err("not JSON: expected ':' at byte 5".into()));
    assert_eq!(parse("[1,]"), Err("not JSON: expected a value at byte 3".into()));
    assert_eq!(
        parse("[1] x"),
        Err("not JSON: expected the end of the text at byte 4".into())
    );
    assert_eq!(parse(""), Err("not JSON: expected a value at byte 0".into()));
    assert_eq!(
        parse("\"a\nb\""),
        Err("not JSON: expected no control characters in a string at byte 2".into())
    );
    let deep = "[".repeat(MAX_DEPTH + 1);
    assert!(parse(&deep).unwrap_err().contains("nested deeper than 64"));
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
}

#[test]
fn fields_are_checked_by_type() {
    let v = parse(r#"{"s":"x","n":5,"b":true,"l":[1],"z":null,"s":"last","big":-3}"#).unwrap();
    let f = Fields::of(&v).unwrap();
    assert_eq!(f.str("s"), Ok(Some("last")));
    assert_eq!(f.str("z"), Ok(None));
    assert_eq!(f.str("missing"), Ok(None));
    assert_eq!(f.str("n"), Err("`n` must be a string, not a number".into()));
    assert_eq!(f.int("n", 0, 10), Ok(Some(5)));
    assert_eq!(
        f.int("big", 0, 10),
        Err("`big` must be from 0 to 10, not -3".into())
    );
    assert_eq!(
        f.int("s", 0, 10),
        Err("`s` must be a whole number, not a string".into())
    );
    assert_eq!(f.bool("b"), Ok(Some(true)));
    assert_eq!(f.list("l").map(|l| l.map(<[Value]>::len)), Ok(Some(1)));
    assert!(Fields::of(&Value::Array(vec![])).is_err());
    assert_eq!(
        required(f.str("missing").unwrap(), "missing"),
        Err("missing `missing`".into())
    );
}
