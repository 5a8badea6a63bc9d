use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_event;
use crate::i18n::Key;

/// The id of the refund calculator's date input (its label points at it).
pub const DELIVERED: &str = "delivered";

/// The date input's listener (the app's hook: the section itself is a
/// function, not a component type of its own, which would cost wasm).
#[hook]
pub fn use_refund(props: &super::AppProps) -> NodeRef {
    let input = use_node_ref();
    let changed = {
        let (on_delivered, input) = (props.on_delivered.clone(), input.clone());
        Callback::from(move |()| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                on_delivered.emit(i.value());
            }
        })
    };
    let calculator = props.view.refund.as_ref().is_some_and(|r| r.calculator);
    use_event(&input, "change", changed, calculator);
    input
}

/// The published refund terms, shown as given, and the date calculator.
/// The date input is uncontrolled: a re-render never touches what was typed.
pub fn refund(props: &super::AppProps, input: &NodeRef) -> Html {
    let (refund, texts) = (&props.view.refund, &props.view.texts);
    let Some(r) = refund else {
        return Html::default();
    };
    html! {
        <div class="refund" part="refund">
            <h2>{ texts.t(Key::ReturnsTitle) }</h2>
            <ul>
                if let Some(w) = &r.window { <li class="window">{ w }</li> }
                if let Some(w) = &r.refund_within { <li class="within">{ w }</li> }
                if let Some(m) = &r.method { <li class="method">{ texts.fill(Key::RefundedTo, &[m]) }</li> }
                if let Some(f) = &r.fees { <li class="fees">{ texts.fill(Key::ReturnFees, &[f]) }</li> }
            </ul>
            if r.calculator {
                <div class="calculator">
                    <label for={DELIVERED}>{ texts.t(Key::CalcLabel) }</label>{ " " }
                    <input id={DELIVERED} type="date" part="input" ref={input.clone()} />
                    <div class="estimate" aria-live="polite">
                        for l in &r.estimate {
                            <p>{ l }</p>
                        }
                    </div>
                </div>
            }
            if let Some(url) = &r.policy_url {
                <a class="policy" href={url.clone()}>{ texts.t(Key::PolicyLink) }</a>
            }
        </div>
    }
}
