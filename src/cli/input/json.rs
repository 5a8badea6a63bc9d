//! What the JSON exports share: a page (a file) read whole (help desks
//! page their APIs at 100 to 1,000 records, so memory is one page's), its
//! records found under the key the API documents, and each record read on
//! its own so that a bad one is reported and the rest go on.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{BadRecord, ReadError};

/// The file's JSON.
pub fn load(path: &Path) -> Result<Value, ReadError> {
    let file = std::fs::File::open(path).map_err(|e| ReadError::io(path, e))?;
    serde_json::from_reader(std::io::BufReader::new(file)).map_err(|e| not_json(path, &e))
}

/// Why a file is not a JSON page, with the line where that shows (serde's
/// message without its position, which goes where every message has it).
#[cold]
fn not_json(path: &Path, e: &serde_json::Error) -> ReadError {
    use serde_json::error::Category;
    let line = Some(e.line() as u64);
    match e.classify() {
        Category::Io => ReadError::io(path, e),
        // A download that did not finish.
        Category::Eof => ReadError::not_the_export(
            path,
            line,
            format!(
                "the file ends in the middle of its JSON (at column {}): it was cut short; download it again",
                e.column()
            ),
        ),
        Category::Syntax | Category::Data => {
            let text = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            let message = text.strip_suffix(&position).unwrap_or(&text);
            ReadError::not_the_export(
                path,
                line,
                format!(
                    "not JSON as the export writes it: {message} at column {}",
                    e.column()
                ),
            )
        }
    }
}

/// The array at the first of `paths` (each a list of keys; empty: the
/// document itself) that holds one, and its place for messages.
pub fn records<'a>(doc: &'a Value, paths: &[&[&str]]) -> Option<(String, &'a [Value])> {
    paths.iter().find_map(|keys| {
        let v = keys.iter().try_fold(doc, |v, k| v.get(k))?;
        let list = v.as_array()?;
        Some((keys.join("."), list.as_slice()))
    })
}

/// The id of a raw record, for messages.
pub fn id_of(v: &Value) -> Option<String> {
    match v.get("id")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads record `i` of `place` as `T`.
pub fn read<T: DeserializeOwned>(file: &Path, place: &str, i: usize, v: &Value) -> Result<T, BadRecord> {
    T::deserialize(v).map_err(|e| {
        let message = e.to_string();
        let field = culprit::<T>(v, &message);
        bad(file, place, i, v, field.as_deref(), message)
    })
}

/// The member of `v` that serde's `message` is about: named in it when
/// missing, else the one whose removal changes the error (serde's error of
/// a value read from a `Value` has no path). Only on the error path.
fn culprit<T: DeserializeOwned>(v: &Value, message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("missing field `") {
        return rest.split('`').next().map(str::to_string);
    }
    let obj = v.as_object()?;
    obj.keys().find_map(|k| {
        let mut without = obj.clone();
        without.remove(k);
        match T::deserialize(&Value::Object(without)) {
            Ok(_) => Some(k.clone()),
            Err(e) if e.to_string() == format!("missing field `{k}`") => Some(k.clone()),
            Err(_) => None,
        }
    })
}

pub fn bad(file: &Path, place: &str, i: usize, v: &Value, field: Option<&str>, message: String) -> BadRecord {
    BadRecord {
        file: file.display().to_string(),
        place: if place.is_empty() {
            format!(" [{i}]")
        } else {
            format!(" {place}[{i}]")
        },
        id: id_of(v),
        noun: super::Noun::Ticket,
        field: field.map(str::to_string),
        message: message.into(),
    }
}

/// An RFC 3339 field, or a bad record naming it.
pub fn instant(
    file: &Path,
    place: &str,
    i: usize,
    v: &Value,
    field: &str,
    text: &str,
) -> Result<crate::calendar::Instant, BadRecord> {
    super::instant(field, text).map_err(|(f, m)| bad(file, place, i, v, Some(&f), m))
}
