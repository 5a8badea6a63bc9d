use yew::prelude::*;

use crate::view::RefundView;

#[derive(Properties, PartialEq)]
pub struct RefundSectionProps {
    pub refund: RefundView,
}

/// The published refund terms, shown as given.
#[component]
pub fn RefundSection(props: &RefundSectionProps) -> Html {
    let r = &props.refund;
    html! {
        <div class="refund" part="refund">
            <h2>{ "Returns and refunds" }</h2>
            <ul>
                if let Some(w) = &r.window { <li class="window">{ w }</li> }
                if let Some(w) = &r.refund_within { <li class="within">{ w }</li> }
                if let Some(m) = &r.method { <li class="method">{ "Refunded to: " }{ m }</li> }
                if let Some(f) = &r.fees { <li class="fees">{ "Return fees: " }{ f }</li> }
            </ul>
            if let Some(url) = &r.policy_url {
                <a class="policy" href={url.clone()}>{ "Full refund policy" }</a>
            }
        </div>
    }
}
