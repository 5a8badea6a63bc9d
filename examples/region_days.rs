//! Writes the public holidays of every region code for the element to
//! fetch: `<dir>/XX/DECADE.json` (`DE/2020.json` for 2020-2029), computed
//! by the rule engine (`src/regions.rs`) from the rules
//! (`src/regions/XX.json`). `make build` runs it into `www/dist/regions/`.
//! (The dates, not the rules, are what the element fetches: evaluating the
//! rules in the wasm cost 13 KB gzip of the core bundle; the dates cost
//! nothing there but their reading in `element.js`.)
//!
//! A file: `{ "lang": "de", "subs": ["BB", "BE", ...], "names": [{ "de":
//! "Neujahr", "en": "New Year's Day", ... }, ...], "days": [["2026-01-01",
//! 0], ["2026-01-06", 3, "BW BY ST"], ...] }`: each day's date, its name
//! (an index into `names`: the region's own language, and the element's
//! languages where they differ), and the codes it holds for (the country's
//! own code for the country alone; none listed: the country and every
//! subdivision).

use std::collections::BTreeMap;

use serde_json::{json, Value};
use service_promises::calendar::civil::civil_from_days;
use service_promises::calendar::region_codes::COUNTRIES;
use service_promises::regions::{Region, YEARS};

/// The element's languages.
const LANGS: [&str; 8] = ["en", "de", "es", "fr", "it", "nl", "pl", "pt"];

fn main() {
    let out = std::env::args().nth(1).expect("usage: region_days <dir>");
    for country in COUNTRIES {
        let path = format!("{}/src/regions/{country}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let region: Region = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let subs: Vec<&str> = region.subs.keys().collect();
        let codes: Vec<Option<&str>> = std::iter::once(None)
            .chain(subs.iter().map(|s| Some(*s)))
            .collect();
        std::fs::create_dir_all(format!("{out}/{country}")).unwrap();
        for decade in YEARS.step_by(10) {
            let mut names: Vec<BTreeMap<&str, String>> = Vec::new();
            let mut days: BTreeMap<(i64, usize), Vec<&str>> = BTreeMap::new();
            for year in decade..decade + 10 {
                for &code in &codes {
                    let own = region.holidays(code, year, &region.lang).unwrap();
                    let langs: Vec<Vec<(i64, String)>> = LANGS
                        .iter()
                        .map(|l| region.holidays(code, year, l).unwrap())
                        .collect();
                    for (i, (day, name)) in own.iter().enumerate() {
                        assert!(
                            !name.chars().any(char::is_control),
                            "{country} {year}: a control character in {name:?}"
                        );
                        let mut n = BTreeMap::from([(region.lang.as_str(), name.clone())]);
                        for (l, list) in LANGS.iter().zip(&langs) {
                            assert_eq!(list[i].0, *day);
                            if list[i].1 != *name {
                                n.insert(l, list[i].1.clone());
                            }
                        }
                        let at = names.iter().position(|x| *x == n).unwrap_or_else(|| {
                            names.push(n);
                            names.len() - 1
                        });
                        days.entry((*day, at)).or_default().push(code.unwrap_or(country));
                    }
                }
            }
            let days: Vec<Value> = days
                .into_iter()
                .map(|((day, name), held)| {
                    let (y, m, d) = civil_from_days(day);
                    let date = format!("{y:04}-{m:02}-{d:02}");
                    if held.len() == codes.len() {
                        json!([date, name])
                    } else {
                        json!([date, name, held.join(" ")])
                    }
                })
                .collect();
            let file = json!({ "lang": region.lang, "subs": subs, "names": names, "days": days });
            std::fs::write(format!("{out}/{country}/{decade}.json"), file.to_string()).unwrap();
        }
    }
}
