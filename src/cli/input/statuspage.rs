//! A status page's incidents, for the promise of kind `update`: Atlassian
//! Statuspage's public v2 feed (incident.io and Rootly serve the same
//! shape). `GET /api/v2/incidents.json` gives the latest 50 incidents, each
//! with every update; `summary.json`, `incidents/unresolved.json` and
//! `scheduled-maintenances.json` are read too. Each item is checked by the
//! element's own reader ([`crate::incident`]), so the page and the record
//! read a feed alike.
//!
//! As `incidents.json` lists only the latest 50, a month's record is made
//! from copies saved over the month: an incident (or maintenance) in several
//! files is counted once, as its latest copy has it (the one updated last,
//! then the one with the latest post); the others are left out as older
//! copies. So the incidents are held until every file is read (a few
//! hundred at most).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::{json, BadRecord, Item, Noun, ReadError};
use crate::incident::{Incident, Node};

/// The lists of a feed, and whether they hold maintenance.
const LISTS: [(&str, bool); 2] = [("incidents", false), ("scheduled_maintenances", true)];

/// One incident as read, and where.
struct Read {
    incident: Incident,
    file: String,
    place: String,
}

pub fn read(files: &[&Path], each: &mut dyn FnMut(Item)) -> Result<(), ReadError> {
    let mut kept: Vec<Read> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for path in files {
        let doc = json::load(path)?;
        let lists =
            LISTS.map(|(key, maintenance)| (key, maintenance, doc.get(key).and_then(Value::as_array)));
        if lists.iter().all(|(_, _, list)| list.is_none()) {
            return Err(ReadError::not_the_export(
                path,
                None,
                "expected a Statuspage v2 feed: an object with a list of incidents (GET /api/v2/incidents.json) or scheduled_maintenances",
            ));
        }
        for (key, maintenance, list) in lists {
            for (i, v) in list.into_iter().flatten().enumerate() {
                let incident = match incident(path, key, i, v, maintenance) {
                    Ok(inc) => inc,
                    Err(bad) => {
                        each(Item::Bad(bad));
                        continue;
                    }
                };
                let read = Read {
                    incident,
                    file: path.display().to_string(),
                    place: format!("{key}[{i}]"),
                };
                match by_id.get(&read.incident.id) {
                    None => {
                        by_id.insert(read.incident.id.clone(), kept.len());
                        kept.push(read);
                    }
                    Some(&k) => {
                        let older = if newer(&read.incident, &kept[k].incident) {
                            std::mem::replace(&mut kept[k], read)
                        } else {
                            read
                        };
                        each(Item::LeftOut {
                            id: older.incident.id,
                            reason: "an older copy of an incident given again".into(),
                        });
                    }
                }
            }
        }
    }
    for r in kept {
        each(Item::Incident {
            incident: Box::new(r.incident),
            file: r.file,
            place: r.place,
        });
    }
    Ok(())
}

/// Whether copy `a` of an incident is later than copy `b` (a tie keeps
/// the one read first).
fn newer(a: &Incident, b: &Incident) -> bool {
    (a.updated_at, a.last_post()) > (b.updated_at, b.last_post())
}

/// Item `i` of list `key`, checked as the element checks it.
fn incident(file: &Path, key: &str, i: usize, v: &Value, maintenance: bool) -> Result<Incident, BadRecord> {
    let place = format!("{key}[{i}]");
    let node: Node = json::read(file, key, i, v).map_err(|b| BadRecord {
        noun: Noun::Incident,
        ..b
    })?;
    node.into_incident(&place, maintenance).map_err(|e| BadRecord {
        file: file.display().to_string(),
        place: format!(" {}", e.place().unwrap_or(&place)),
        id: json::id_of(v),
        noun: Noun::Incident,
        field: e.field().map(str::to_string),
        message: e.problem().into(),
    })
}
