use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::RequestLine;

#[derive(Properties, PartialEq)]
pub struct RequestsSectionProps {
    pub requests: Vec<RequestLine>,
    /// How many more are tracked than listed.
    pub more: usize,
    /// This visitor's record, once there is one.
    pub record: Option<String>,
    pub lang: Lang,
}

/// This visitor's tracked requests, each with its status in words (never by
/// colour alone) and its due time.
#[component]
pub fn RequestsSection(props: &RequestsSectionProps) -> Html {
    html! {
        <div class="requests" part="requests">
            <h2>{ t(props.lang, Key::YourRequests) }</h2>
            <ul>
                for r in props.requests.iter() {
                    <li class={classes!("request", r.status)} data-id={r.id.clone()}>
                        <strong>{ &r.id }</strong>{ " · " }{ &r.what }{ ": " }
                        <span class="status">{ r.status_text }</span>{ " — " }{ &r.detail }
                    </li>
                }
            </ul>
            if let Some(r) = &props.record {
                <p class="own-record">{ r }</p>
            }
            if props.more > 0 {
                <p class="more">{ crate::i18n::tf(props.lang, Key::MoreRequests, &[&props.more.to_string()]) }</p>
            }
        </div>
    }
}
