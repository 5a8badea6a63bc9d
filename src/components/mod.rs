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
use errors::errors;
use hours::hours;
use notice::notice;
use prompt::{prompt_region, use_prompt};
use refund::{refund, use_refund};
use replies::replies;
use requests::requests;
use team_record::team_record;
