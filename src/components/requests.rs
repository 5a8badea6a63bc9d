use yew::prelude::*;

use crate::i18n::Key;

/// This visitor's tracked requests, each with its status in words (never by
/// colour alone) and its due time.
pub fn requests(props: &super::AppProps) -> Html {
    let v = &props.view;
    let texts = &v.texts;
    html! {
        <div class="requests" part="requests">
            <h2>{ texts.t(Key::YourRequests) }</h2>
            <ul>
                for r in &v.requests {
                    <li class="request" data-status={r.status.as_str()} data-id={r.id.clone()}>
                        <strong>{ &r.id }</strong>{ " · " }{ &r.what }{ texts.t(Key::Colon) }
                        <span class="status">{ &r.status_text }</span>{ " — " }{ &r.detail }
                    </li>
                }
            </ul>
            if let Some(record) = &v.own_record {
                <p class="own-record">{ record }</p>
            }
            if let Some(more) = &v.more_requests {
                <p class="more">{ more }</p>
            }
        </div>
    }
}
