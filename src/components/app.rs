use std::rc::Rc;

use yew::prelude::*;

use super::{
    errors, hours, notice, prompt_region, refund, replies, requests, team_record, use_prompt, use_refund,
};
use crate::i18n::Key;
use crate::state::Answer;
use crate::view::View;

/// The props of the app and of every section: the view (each section
/// renders its part of it) and the callbacks. (One props type for all: each
/// one costs wasm of its own.)
#[derive(Properties, Clone)]
pub struct AppProps {
    pub view: Rc<View>,
    /// The follow-up answer: (request id, answer).
    pub on_answer: Callback<(String, Answer)>,
    /// The refund calculator's delivery date, as typed (`YYYY-MM-DD`).
    pub on_delivered: Callback<String>,
}

/// Props are equal when they are the same view: every change builds a new
/// one, and comparing two whole views costs more than rendering them.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
            && self.on_answer == other.on_answer
            && self.on_delivered == other.on_delivered
    }
}

/// The whole widget: its sections in a fixed order.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (prompt, input) = (use_prompt(props), use_refund(props));
    let v = &props.view;
    let texts = &v.texts;
    // Unusable hours, on a customer's screen: the page's own fallback text
    // in their place.
    let fallback = v.hours_unusable && !v.show_errors;
    let nothing =
        v.hours.is_none() && !fallback && v.replies.is_empty() && v.refund.is_none() && v.requests.is_empty();
    html! {
        <section class="widget" part="widget" aria-label={texts.t(Key::WidgetLabel).to_string()}
                 lang={texts.lang.clone()} dir={texts.dir()}>
            if v.show_errors && !v.errors.is_empty() {
                { errors(props) }
            }
            { prompt_region(props, &prompt) }
            if v.storage_notice.is_some() {
                { notice(props) }
            }
            if v.hours.is_some() {
                { hours(props) }
            } else if fallback {
                <div class="fallback" dir="auto"><slot /></div>
            }
            if !v.requests.is_empty() {
                { requests(props) }
            }
            if v.team.is_some() {
                { team_record(props) }
            }
            if !v.replies.is_empty() {
                { replies(props) }
            }
            if v.refund.is_some() {
                { refund(props, &input) }
            }
            if nothing {
                <p class="empty">{ texts.t(Key::NothingPublished) }</p>
            }
        </section>
    }
}
