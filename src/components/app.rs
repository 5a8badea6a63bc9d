use std::rc::Rc;

use yew::prelude::*;

use super::errors::Errors;
use super::hours::HoursSection;
use super::prompt::{Answer, PromptBox};
use super::refund::RefundSection;
use super::replies::RepliesSection;
use super::requests::RequestsSection;
use crate::i18n::{t, Key};
use crate::view::View;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: Rc<View>,
    /// The follow-up answer: (request id, answer).
    pub on_answer: Callback<(String, Answer)>,
    /// The refund calculator's delivery date.
    pub on_delivery: Callback<String>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let v = &props.view;
    let lang = v.lang;
    html! {
        <section class="widget" part="widget" aria-label={t(lang, Key::WidgetLabel)} lang={if lang == crate::i18n::Lang::De { "de" } else { "en" }}>
            <Errors errors={v.errors.clone()} {lang} />
            <PromptBox prompt={v.prompt.clone()} on_answer={props.on_answer.clone()} {lang} />
            if let Some(notice) = &v.storage_notice {
                <p class="notice" part="notice" role="status">{ notice }</p>
            }
            if let Some(h) = &v.hours {
                <HoursSection hours={h.clone()} zone={v.zone_name.clone()} {lang} />
            }
            if !v.requests.is_empty() {
                <RequestsSection requests={v.requests.clone()} more={v.more_requests} record={v.own_record.clone()} {lang} />
            }
            if let Some(team) = &v.team {
                <div class="team" part="team-record">
                    <h2>{ t(lang, Key::OurRecord) }</h2>
                    { match team {
                        Ok(lines) => html! { <ul> for l in lines.iter() { <li>{ l }</li> } </ul> },
                        Err(msg) => html! { <p class="unavailable">{ msg }</p> },
                    } }
                </div>
            }
            if !v.replies.is_empty() {
                <RepliesSection replies={v.replies.clone()} {lang} />
            }
            if let Some(r) = &v.refund {
                <RefundSection refund={r.clone()} {lang} on_delivery={props.on_delivery.clone()} />
            }
            if v.hours.is_none() && v.replies.is_empty() && v.refund.is_none() && v.requests.is_empty() {
                <p class="empty">{ t(lang, Key::NothingPublished) }</p>
            }
        </section>
    }
}
