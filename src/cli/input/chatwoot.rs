//! (to come)
use std::path::Path;

use super::Item;

pub fn read(path: &Path, _each: &mut dyn FnMut(Item)) -> Result<(), String> {
    Err(format!("{}: this format is not read yet", path.display()))
}
