//! The view's sections: each a plain function from its part of a
//! [`View`](crate::view::View) to a [`dom::El`](crate::dom::El), one per file.
//! [`app::render`] puts them together; the browser edge applies the result
//! (`web/render.rs`). Sections only render: what a click or a typed date
//! does is decided in `web/widget.rs`, from the `data-answer` and `data-id`
//! attributes they set.

pub mod app;
mod errors;
mod hours;
mod prompt;
mod refund;
mod replies;
mod requests;

pub use app::render;
pub use prompt::Answer;
pub use refund::DELIVERED;
