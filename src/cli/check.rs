//! `check`: every `<service-promises>` of the pages, checked as the element
//! checks its attributes (the element's own messages), as
//! `file:line: attribute: message`.

use std::path::PathBuf;

use super::page;
use super::setup::Setup;
use super::{COULD_NOT_RUN, DONE, PROBLEMS};

/// The problems of one page's elements, as lines.
pub fn page_problems(name: &str, html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for el in page::elements(html) {
        let attrs: Vec<(String, String)> = el
            .attrs
            .iter()
            .map(|a| (a.name.clone(), a.value.clone()))
            .collect();
        let setup = Setup::new(&attrs);
        for e in &setup.errors {
            out.push(format!(
                "{name}:{}: {}: {}",
                el.line_of(&e.attribute),
                e.attribute,
                e.message
            ));
        }
    }
    out
}

pub fn run(pages: &[PathBuf]) -> u8 {
    let mut code = DONE;
    for path in pages {
        let html = match std::fs::read_to_string(path) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                code = COULD_NOT_RUN;
                continue;
            }
        };
        let problems = page_problems(&path.display().to_string(), &html);
        if !problems.is_empty() {
            code = code.max(PROBLEMS);
            if let Err(e) = super::write_stdout(&(problems.join("\n") + "\n")) {
                eprintln!("service-promises: {e}");
                return COULD_NOT_RUN;
            }
        }
    }
    code
}
