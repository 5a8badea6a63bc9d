//! The malformed-attribute corpus (`tests/corpus/bad-values.tsv`): every
//! value yields exactly one error, on its attribute, saying where in the
//! value the problem is and what was expected, while every other attribute
//! still applies.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use service_promises::config::{Config, ReturnWindow};
use support::{corpus, GOOD};

#[test]
fn every_bad_value_gets_one_specific_error_and_the_rest_applies() {
    let corpus = corpus();
    assert!(corpus.len() >= 200, "the corpus has {} values", corpus.len());
    let attributes: std::collections::BTreeSet<&str> = corpus.iter().map(|(a, _, _)| a.as_str()).collect();
    assert_eq!(attributes.len(), GOOD.len(), "every attribute has bad values");
    let mut bad = Vec::new();
    for (attr, value, want) in &corpus {
        let cfg = Config::from_attributes(|n| {
            if n == attr {
                Some(value.clone())
            } else {
                GOOD.iter().find(|(k, _)| *k == n).map(|(_, v)| v.to_string())
            }
        });
        let errors: Vec<_> = cfg
            .errors
            .iter()
            .map(|e| (e.attribute.as_str(), e.message.as_str()))
            .collect();
        let ok = errors.len() == 1
            && errors[0].0 == attr
            && (errors[0].1.starts_with("at character ") || errors[0].1.starts_with("at the end"))
            && !want.is_empty()
            && errors[0].1.contains(want.as_str());
        if !ok {
            bad.push(format!("{attr}\t{value:?}\t{errors:?}"));
        }
        // The rest still applies.
        if attr != "return-window" && cfg.return_window != Some(ReturnWindow::Days(30)) {
            bad.push(format!("{attr}={value:?} broke return-window"));
        }
        if attr != "hours" && attr != "holidays" && cfg.hours.is_none() {
            bad.push(format!("{attr}={value:?} broke hours"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {}:\n{}",
        bad.len(),
        corpus.len(),
        bad.join("\n")
    );
}
