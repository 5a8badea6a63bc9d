//! The view's hooks, one per file.

mod use_event;

pub use use_event::use_event;
