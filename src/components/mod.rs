//! Yew components: they render a [`View`](crate::view::View) and nothing
//! else. One section per file.

mod app;
mod errors;
mod hours;
mod prompt;
mod refund;
mod replies;
mod requests;

pub use app::{App, AppProps};
pub use prompt::Answer;
