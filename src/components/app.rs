use std::rc::Rc;

use yew::prelude::*;

use super::{Errors, HoursSection, Notice, PromptRegion, Refund, Replies, Requests, TeamRecordSection};
use crate::i18n::Key;
use crate::state::Answer;
use crate::view::View;

#[derive(Properties)]
pub struct AppProps {
    pub view: Rc<View>,
    /// The follow-up answer: (request id, answer).
    pub on_answer: Callback<(String, Answer)>,
    /// The refund calculator's delivery date, as typed (`YYYY-MM-DD`).
    pub on_delivered: Callback<String>,
}

/// Props are equal when they are the same view: every change builds a new
/// one, and comparing two whole views costs more than rendering the
/// sections, which compare their own parts.
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
    let v = &props.view;
    let texts = &v.texts;
    // Unusable hours, on a customer's screen: the page's own fallback text
    // in their place.
    let fallback = v.hours.is_none() && !v.show_errors && v.errors.iter().any(|e| e.attribute == "hours");
    let nothing =
        v.hours.is_none() && !fallback && v.replies.is_empty() && v.refund.is_none() && v.requests.is_empty();
    html! {
        <section class="widget" part="widget" aria-label={texts.t(Key::WidgetLabel).to_string()}
                 lang={texts.lang.clone()}>
            if v.show_errors && !v.errors.is_empty() {
                <Errors errors={v.errors.clone()} texts={texts.clone()} />
            }
            <PromptRegion prompt={v.prompt.clone()} confirmation={v.confirmation.clone()} texts={texts.clone()}
                          on_answer={props.on_answer.clone()} />
            if let Some(notice) = &v.storage_notice {
                <Notice notice={notice.clone()} />
            }
            if let Some(h) = &v.hours {
                <HoursSection hours={h.clone()} zone={v.zone_name.clone()} texts={texts.clone()} />
            } else if fallback {
                <div class="fallback"><slot /></div>
            }
            if !v.requests.is_empty() {
                <Requests requests={v.requests.clone()} more={v.more_requests.clone()}
                          record={v.own_record.clone()} texts={texts.clone()} />
            }
            if let Some(team) = &v.team {
                <TeamRecordSection team={team.clone()} texts={texts.clone()} />
            }
            if !v.replies.is_empty() {
                <Replies replies={v.replies.clone()} texts={texts.clone()} />
            }
            if let Some(r) = &v.refund {
                <Refund refund={r.clone()} texts={texts.clone()} on_delivered={props.on_delivered.clone()} />
            }
            if nothing {
                <p class="empty">{ texts.t(Key::NothingPublished) }</p>
            }
        </section>
    }
}
