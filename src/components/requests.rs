use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::RequestLine;

#[derive(Properties, PartialEq)]
pub struct RequestsProps {
    pub requests: Vec<RequestLine>,
    /// "and 3 earlier requests", when more are tracked than listed.
    pub more: Option<String>,
    /// This visitor's record, once there is one.
    pub record: Option<String>,
    pub texts: Rc<Texts>,
}

/// This visitor's tracked requests, each with its status in words (never by
/// colour alone) and its due time.
#[component]
pub fn Requests(props: &RequestsProps) -> Html {
    let texts = &props.texts;
    html! {
        <div class="requests" part="requests">
            <h2>{ texts.t(Key::YourRequests) }</h2>
            <ul>
                for r in &props.requests {
                    <li class="request" data-status={r.status.as_str()} data-id={r.id.clone()}>
                        <strong>{ &r.id }</strong>{ " · " }{ &r.what }{ ": " }
                        <span class="status">{ &r.status_text }</span>{ " — " }{ &r.detail }
                    </li>
                }
            </ul>
            if let Some(record) = &props.record {
                <p class="own-record">{ record }</p>
            }
            if let Some(more) = &props.more {
                <p class="more">{ more }</p>
            }
        </div>
    }
}
