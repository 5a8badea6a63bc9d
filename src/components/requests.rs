use yew::prelude::*;

use crate::i18n::{t, tf, Key, Lang};
use crate::view::RequestLine;

#[derive(Properties, PartialEq)]
pub struct RequestsProps {
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
pub fn Requests(props: &RequestsProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="requests" part="requests">
            <h2>{ t(lang, Key::YourRequests) }</h2>
            <ul>
                for r in &props.requests {
                    <li class="request" data-status={r.status.as_str()} data-id={r.id.clone()}>
                        <strong>{ &r.id }</strong>{ " · " }{ &r.what }{ ": " }
                        <span class="status">{ r.status_text }</span>{ " — " }{ &r.detail }
                    </li>
                }
            </ul>
            if let Some(record) = &props.record {
                <p class="own-record">{ record }</p>
            }
            if props.more > 0 {
                <p class="more">{ tf(lang, Key::MoreRequests, &[&props.more.to_string()]) }</p>
            }
        </div>
    }
}
