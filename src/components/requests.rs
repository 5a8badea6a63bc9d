use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::RequestLine;

/// This visitor's tracked requests, each with its status in words (never by
/// colour alone) and its due time; `more`: how many more are tracked than
/// listed; `record`: this visitor's record, once there is one.
pub fn requests(requests: &[RequestLine], more: usize, record: Option<&String>, lang: Lang) -> Html {
    html! {
        <div class="requests" part="requests">
            <h2>{ t(lang, Key::YourRequests) }</h2>
            <ul>
                for r in requests.iter() {
                    <li class="request" data-status={r.status} data-id={r.id.clone()}>
                        <strong>{ &r.id }</strong>{ " · " }{ &r.what }{ ": " }
                        <span class="status">{ r.status_text }</span>{ " — " }{ &r.detail }
                    </li>
                }
            </ul>
            if let Some(r) = record {
                <p class="own-record">{ r }</p>
            }
            if more > 0 {
                <p class="more">{ crate::i18n::tf(lang, Key::MoreRequests, &[&more.to_string()]) }</p>
            }
        </div>
    }
}
