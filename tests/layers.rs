//! Every dependency inside the crate points one way: down the layers below.
//! Walks the `crate::` paths of every module's code (its `use` lines and
//! paths written in place; comments and test modules aside) and fails on an
//! import from a higher layer, and on a cycle between modules.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The crate's top-level modules, bottom to top. A module may use its own
/// layer's modules (without a cycle) and those of layers below it.
const LAYERS: &[&[&str]] = &[
    // Digits, words and errors of attribute values.
    &["parse"],
    // Dates, instants, zones, durations, hours, holidays, region codes.
    &["calendar"],
    // The attributes as a typed configuration.
    &["config"],
    // The contract's types: status(), events, the record document, kinds.
    &["status"],
    // Promises and their stored form; the team record; the status page's
    // incidents; the schema.org block.
    &["ledger", "store", "record", "incident", "jsonld"],
    // The texts and their formats; the sentences the data reads as.
    &["i18n"],
    &["words"],
    // Which prompt speaks first; the element's state and its actions.
    &["prompt"],
    &["state"],
    // What the element shows and what status() returns.
    &["view"],
    // Yew.
    &["hooks"],
    &["components"],
    // The browser edge, the native command, and the holiday rule engine
    // (run at build time and by the command).
    &["web", "cli", "regions"],
];

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("src/{module}: not in LAYERS (tests/layers.rs); give it a layer"))
}

/// The top-level module a file of `src/` belongs to (`calendar` for
/// `src/calendar/hours.rs`), or `None` for the crate root and binaries.
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    match first {
        "lib.rs" | "bin" => None,
        f => Some(f.trim_end_matches(".rs").to_string()),
    }
}

/// The `crate::x` modules named in `code`, outside comments and test modules.
fn uses(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut in_tests, mut cfg_test) = (false, false);
    for line in code.lines() {
        let t = line.trim_start();
        // An inline test module (`#[cfg(test)]` then `mod tests {`), to the
        // end of the file by convention; `#[cfg(test)] mod tests;` declares
        // a file of its own, skipped by name.
        if cfg_test && t.starts_with("mod ") && t.trim_end().ends_with('{') {
            in_tests = true;
        }
        cfg_test = t.starts_with("#[cfg(test)]");
        if in_tests || cfg_test || t.starts_with("//") {
            continue;
        }
        let code = t.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
        // `use crate::{a, b::{c, d}}`: the first name of each item.
        if let Some(list) = code
            .strip_prefix("use crate::{")
            .or_else(|| code.strip_prefix("pub use crate::{"))
        {
            out.extend(list_heads(list));
        }
    }
    out
}

/// The first name of each item of a `use` list (`{calendar::Instant,
/// status}` -> `calendar`, `status`).
fn list_heads(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut head, mut reading) = (0, String::new(), true);
    for c in list.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.extend((!head.is_empty()).then(|| std::mem::take(&mut head)));
                reading = true;
            }
            c if depth == 0 && reading && (c.is_ascii_alphanumeric() || c == '_') => head.push(c),
            c if depth == 0 && !c.is_whitespace() => reading = false,
            _ => {}
        }
    }
    out.extend((!head.is_empty()).then_some(head));
    out
}

/// Every Rust file of `src/` but the unit tests' (`tests.rs`), by its path
/// under `src/`.
fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push(path.strip_prefix(&root).unwrap().to_path_buf());
            }
        }
    }
    out
}

/// Every edge `module -> module` of `src/`, with a file that makes it.
fn edges() -> BTreeMap<(String, String), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    for rel in sources() {
        let Some(from) = module_of(&rel) else { continue };
        for to in uses(&std::fs::read_to_string(root.join(&rel)).unwrap()) {
            if to != from && to != "self" && to != "super" {
                out.entry((from.clone(), to))
                    .or_insert_with(|| rel.display().to_string());
            }
        }
    }
    out
}

#[test]
fn no_module_uses_one_above_it() {
    let upward: Vec<String> = edges()
        .into_iter()
        .filter(|((from, to), _)| layer_of(to) > layer_of(from))
        .map(|((from, to), file)| format!("{from} uses {to}, a layer above it (src/{file})"))
        .collect();
    assert!(upward.is_empty(), "{}", upward.join("\n"));
}

#[test]
fn no_cycle_between_modules() {
    let edges = edges();
    let mut graph: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        graph.entry(from).or_default().push(to);
    }
    // Depth-first: a module met again while on the path closes a cycle.
    fn visit<'a>(
        m: &'a str,
        graph: &BTreeMap<&'a str, Vec<&'a str>>,
        path: &mut Vec<&'a str>,
        done: &mut Vec<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m);
            return Some(cycle);
        }
        if done.contains(&m) {
            return None;
        }
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.push(m);
        None
    }
    let mut done = Vec::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("a cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_walk_sees_an_upward_import() {
    // The parser of this test on a line of each kind it must see.
    assert_eq!(uses("use crate::view::View;"), ["view"]);
    assert_eq!(
        uses("use crate::{calendar::{Instant, Zone}, status};"),
        ["calendar", "status"]
    );
    assert_eq!(
        uses("    let w = crate::words::Words::plain(); // crate::view"),
        ["words"]
    );
    assert!(uses("// crate::view\n#[cfg(test)]\nmod tests {\n use crate::web;\n}").is_empty());
    assert_eq!(uses("#[cfg(test)]\nmod tests;\nuse crate::web::Widget;"), ["web"]);
    assert!(layer_of("view") > layer_of("ledger"));
}

#[test]
fn the_readme_layout_names_every_module() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let layout = readme
        .split_once("\n## Layout\n")
        .expect("README: ## Layout")
        .1
        .split("\n## ")
        .next()
        .unwrap();
    let mut missing = Vec::new();
    for path in sources() {
        let rel = path.to_string_lossy().to_string();
        // Named by its path (`src/config.rs`), or within its folder's
        // line by its file name (`mod.rs`, `hours.rs` under `src/calendar/`)
        // or as a module (`input/` of the command).
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let folder = rel.rsplit_once('/').map(|(d, _)| format!("src/{d}/"));
        let named = layout.contains(&format!("`src/{rel}`"))
            || folder.as_ref().is_some_and(|f| {
                let line = layout
                    .split("\n- ")
                    .find(|l| l.contains(&format!("`{f}`")) || l.contains(f.as_str()));
                line.is_some_and(|l| {
                    l.contains(&format!("`{file}`"))
                        || l.contains(&format!("`{}`", file.trim_end_matches(".rs")))
                })
            })
            || rel.starts_with("cli/input/") && layout.contains("`input/`");
        if !named {
            missing.push(format!("src/{rel}"));
        }
    }
    missing.sort();
    assert!(missing.is_empty(), "README's Layout does not name: {missing:?}");
}
