//! The view: Yew components, one per section and file, each rendering its
//! part of the pure [`View`](crate::view::View). They only render and call
//! their `on*` callbacks; what an answer or a date does is an
//! [`Action`](crate::state::Action) the element applies.

mod app;
mod errors;
mod hours;
mod notice;
mod prompt;
mod refund;
mod replies;
mod requests;
mod team_record;

pub use app::{App, AppProps};
pub use errors::{Errors, ErrorsProps};
pub use hours::{HoursProps, HoursSection};
pub use notice::{Notice, NoticeProps};
pub use prompt::{PromptProps, PromptRegion};
pub use refund::{Refund, RefundProps};
pub use replies::{Replies, RepliesProps};
pub use requests::{Requests, RequestsProps};
pub use team_record::{TeamRecordProps, TeamRecordSection};
