//! The Yew view: one component, [`App`], renders a [`View`](crate::view::View)
//! and nothing else; each section is a plain function returning `Html` (one
//! per file). Sections are not components of their own: each component type
//! costs about 2 KB of wasm in Yew's lifecycle code, and a section re-renders
//! in microseconds.

mod app;
mod errors;
mod hours;
mod prompt;
mod refund;
mod replies;
mod requests;

pub use app::{App, AppProps};
pub use prompt::Answer;
