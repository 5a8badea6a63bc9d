use yew::prelude::*;

use crate::hooks::use_event;
use crate::i18n::Key;
use crate::state::Answer;

/// The whole view (see [`super::AppProps`]): one props type for every
/// section, each reading its part.
pub type PromptProps = super::AppProps;

/// What the widget says first. A polite live region that is always present,
/// so screen readers announce a new prompt without moving focus.
#[component]
pub fn PromptRegion(props: &PromptProps) -> Html {
    let v = &props.view;
    let texts = &v.texts;
    // The request the buttons answer for, while the question is asked.
    let asked = v.prompt.as_ref().filter(|p| p.ask).and_then(|p| p.id.clone());
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    // An answer removes the buttons: the keyboard's focus moves to the live
    // region (which then holds the confirmation it announces) instead of
    // falling to the page.
    let region = use_node_ref();
    let answered = |answer: Answer| {
        let (on_answer, id, region) = (props.on_answer.clone(), asked.clone(), region.clone());
        Callback::from(move |()| {
            if let Some(el) = region.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            if let Some(id) = &id {
                on_answer.emit((id.clone(), answer));
            }
        })
    };
    use_event(&refs[0], "click", answered(Answer::Solved), asked.clone());
    use_event(&refs[1], "click", answered(Answer::NotSolved), asked.clone());
    use_event(&refs[2], "click", answered(Answer::Dismissed), asked.clone());
    let button = |class: &'static str, node: &NodeRef, label: Key| {
        html! { <button type="button" {class} ref={node.clone()}>{ texts.t(label) }</button> }
    };
    html! {
        <div class="prompt-region" aria-live="polite" aria-atomic="true" tabindex="-1" ref={region}>
            if let Some(c) = &v.confirmation {
                <p class="confirmation">{ c }</p>
            }
            if let Some(p) = &v.prompt {
                <div class="prompt" part="prompt" data-kind={p.kind.as_str()}>
                    <p class="prompt-title"><strong>{ &p.title }</strong></p>
                    for l in &p.lines {
                        <p>{ l }</p>
                    }
                    if asked.is_some() {
                        <div class="actions">
                            { button("yes", &refs[0], Key::Yes) }
                            { button("no", &refs[1], Key::No) }
                            { button("later", &refs[2], Key::NotNow) }
                        </div>
                    }
                </div>
            }
        </div>
    }
}
