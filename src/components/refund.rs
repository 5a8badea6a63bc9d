use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::RefundView;

/// The published refund terms, shown as given, and the date calculator
/// (`on_delivery` gets the delivery date entered: `YYYY-MM-DD`, or empty).
pub fn refund(r: &RefundView, lang: Lang, on_delivery: &Callback<String>) -> Html {
    html! {
        <div class="refund" part="refund">
            <h2>{ t(lang, Key::ReturnsTitle) }</h2>
            <ul>
                if let Some(w) = &r.window { <li class="window">{ w }</li> }
                if let Some(w) = &r.refund_within { <li class="within">{ w }</li> }
                if let Some(m) = &r.method { <li class="method">{ crate::i18n::tf(lang, Key::RefundedTo, &[m]) }</li> }
                if let Some(f) = &r.fees { <li class="fees">{ crate::i18n::tf(lang, Key::ReturnFees, &[f]) }</li> }
            </ul>
            if r.calculator {
                <div class="calculator">
                    <label for="delivered">{ t(lang, Key::CalcLabel) }</label>
                    { " " }
                    <input id="delivered" type="date" part="input" onchange={
                        let cb = on_delivery.clone();
                        Callback::from(move |e: Event| {
                            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                                cb.emit(input.value());
                            }
                        })
                    } />
                    <div class="estimate" aria-live="polite">
                        for l in r.estimate.iter() { <p>{ l }</p> }
                    </div>
                </div>
            }
            if let Some(url) = &r.policy_url {
                <a class="policy" href={url.clone()}>{ t(lang, Key::PolicyLink) }</a>
            }
        </div>
    }
}
