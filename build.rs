//! What the crate takes from its own files at build time:
//! - the element's stylesheet, minified for the wasm (comments and spacing
//!   out): `src/components/style.css` -> `$OUT_DIR/style.css`.
//!   (Hand-written: four rules of whitespace do not need a CSS crate.)
//! - the region codes there are rules for, from the rules files
//!   (`src/regions/XX.json`: its `code`, and the keys of its `subs`) ->
//!   `$OUT_DIR/region_codes.rs`, `COUNTRIES` and `CODES`: one source for
//!   the codes the element knows and the files the build evaluates.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    println!("cargo:rerun-if-changed=src/components/style.css");
    let css = std::fs::read_to_string("src/components/style.css").expect("src/components/style.css");
    std::fs::write(Path::new(&out).join("style.css"), minify(&css)).expect("OUT_DIR/style.css");
    println!("cargo:rerun-if-changed=src/regions");
    std::fs::write(Path::new(&out).join("region_codes.rs"), region_codes()).expect("OUT_DIR/region_codes.rs");
}

/// `COUNTRIES` and `CODES` as Rust source, in the order of the codes.
fn region_codes() -> String {
    let mut files: Vec<_> = std::fs::read_dir("src/regions")
        .expect("src/regions")
        .map(|e| e.expect("src/regions entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut countries, mut codes) = (Vec::new(), Vec::new());
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a rules file");
        let rules: serde_json::Value = serde_json::from_str(&text).expect("a rules file is JSON");
        let country = rules["code"]
            .as_str()
            .expect("a rules file has its code")
            .to_string();
        assert_eq!(
            path.file_stem().and_then(|s| s.to_str()),
            Some(country.as_str()),
            "{path:?}"
        );
        codes.push(country.clone());
        if let Some(subs) = rules["subs"].as_object() {
            let mut subs: Vec<_> = subs.keys().map(|s| format!("{country}-{s}")).collect();
            subs.sort();
            codes.extend(subs);
        }
        countries.push(country);
    }
    let list = |items: &[String]| {
        items
            .iter()
            .map(|c| format!("{c:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // `CODES` is one text, a code a word: as an array of `&str` (a pointer
    // and a length each) it cost the wasm 0.6 KB gzip more.
    format!(
        "/// Every country with a rules file (`src/regions/XX.json`), in order.\n\
         pub const COUNTRIES: [&str; {}] = [{}];\n\
         /// Every region code there are rules for, space separated: each\n\
         /// country, then its subdivisions (`DE DE-BB ...`). See [`codes`].\n\
         const CODES: &str = {:?};\n",
        countries.len(),
        list(&countries),
        codes.join(" ")
    )
}

/// `css` without comments, runs of whitespace made one space, and no space
/// after `{ } ; , :` or before `{ } ; ,` (a space before `:` stays: in a
/// selector it is a descendant combinator).
fn minify(css: &str) -> String {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        let end = rest[start..].find("*/").map_or(rest.len(), |e| start + e + 2);
        rest = &rest[end..];
    }
    text.push_str(rest);
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(spaced.len());
    let mut chars = spaced.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' '
            && (out.ends_with(['{', '}', ';', ',', ':'])
                || matches!(chars.peek(), Some('{' | '}' | ';' | ',')))
        {
            continue;
        }
        out.push(c);
    }
    out
}
