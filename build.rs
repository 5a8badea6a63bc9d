//! The element's stylesheet, minified for the wasm (comments and spacing
//! out): `src/components/style.css` -> `$OUT_DIR/style.css`. (Hand-written:
//! four rules of whitespace do not need a CSS crate in the build.)

fn main() {
    println!("cargo:rerun-if-changed=src/components/style.css");
    let css = std::fs::read_to_string("src/components/style.css").expect("src/components/style.css");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("style.css");
    std::fs::write(out, minify(&css)).expect("OUT_DIR/style.css");
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
