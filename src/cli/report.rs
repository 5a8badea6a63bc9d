//! `report`: to come.
use super::record::{Document, Options, Run};
use super::setup::Setup;

pub fn html(_setup: &Setup, _opts: &Options, _run: &Run, _doc: &Document) -> String {
    String::new()
}
