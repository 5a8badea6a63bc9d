use std::rc::Rc;

use yew::prelude::*;

use super::prompt::Answer;
use super::{errors, hours, prompt, refund, replies, requests};
use crate::i18n::{t, Key};
use crate::view::View;

#[derive(Properties)]
pub struct AppProps {
    pub view: Rc<View>,
    /// The follow-up answer: (request id, answer).
    pub on_answer: Callback<(String, Answer)>,
    /// The refund calculator's delivery date.
    pub on_delivery: Callback<String>,
}

/// Props are equal when they are the same view: every refresh builds a new
/// one, and comparing two views field by field costs more (in time and in
/// wasm) than rendering again.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
            && self.on_answer == other.on_answer
            && self.on_delivery == other.on_delivery
    }
}

/// The whole widget. A struct component rather than a `#[component]`
/// function: it uses no hooks, and Yew's hook machinery costs wasm.
pub struct App;

impl Component for App {
    type Message = ();
    type Properties = AppProps;

    fn create(_: &Context<Self>) -> Self {
        App
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        view(ctx.props())
    }
}

fn view(props: &AppProps) -> Html {
    let v = &props.view;
    let lang = v.lang;
    html! {
        <section class="widget" part="widget" aria-label={t(lang, Key::WidgetLabel)} lang={if lang == crate::i18n::Lang::De { "de" } else { "en" }}>
            { errors::errors(&v.errors, lang) }
            { prompt::prompt(v.prompt.as_ref(), &props.on_answer, lang) }
            if let Some(notice) = &v.storage_notice {
                <p class="notice" part="notice" role="status">{ notice }</p>
            }
            if let Some(h) = &v.hours {
                { hours::hours(h, &v.zone_name, lang) }
            }
            if !v.requests.is_empty() {
                { requests::requests(&v.requests, v.more_requests, v.own_record.as_ref(), lang) }
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
                { replies::replies(&v.replies, lang) }
            }
            if let Some(r) = &v.refund {
                { refund::refund(r, lang, &props.on_delivery) }
            }
            if v.hours.is_none() && v.replies.is_empty() && v.refund.is_none() && v.requests.is_empty() {
                <p class="empty">{ t(lang, Key::NothingPublished) }</p>
            }
        </section>
    }
}
