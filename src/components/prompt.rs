use yew::prelude::*;

use crate::hooks::use_event;
use crate::i18n::Key;
use crate::state::Answer;

/// The prompt's controls, held by the app (its hooks; the region itself is
/// a function, not a component type of its own, which would cost wasm).
pub struct PromptRefs {
    /// Yes, No and Not now.
    buttons: [NodeRef; 3],
    /// The live region, which takes the focus after an answer.
    region: NodeRef,
    /// The request the buttons answer for, while the question is asked.
    asked: Option<String>,
}

/// The follow-up buttons' listeners, from the render that shows them until
/// the question changes.
#[hook]
pub fn use_prompt(props: &super::AppProps) -> PromptRefs {
    let v = &props.view;
    let asked = v.prompt.as_ref().filter(|p| p.ask).and_then(|p| p.id.clone());
    let buttons = [use_node_ref(), use_node_ref(), use_node_ref()];
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
    use_event(&buttons[0], "click", answered(Answer::Solved), asked.clone());
    use_event(&buttons[1], "click", answered(Answer::NotSolved), asked.clone());
    use_event(&buttons[2], "click", answered(Answer::NotNow), asked.clone());
    PromptRefs {
        buttons,
        region,
        asked,
    }
}

/// What the widget says first. A polite live region that is always present,
/// so screen readers announce a new prompt without moving focus.
pub fn prompt_region(props: &super::AppProps, r: &PromptRefs) -> Html {
    let v = &props.view;
    let texts = &v.texts;
    let (refs, asked) = (&r.buttons, &r.asked);
    let button = |class: &'static str, node: &NodeRef, label: Key| {
        html! { <button type="button" {class} ref={node.clone()}>{ texts.t(label) }</button> }
    };
    html! {
        <div class="prompt-region" aria-live="polite" aria-atomic="true" tabindex="-1" ref={r.region.clone()}>
            if let Some(c) = &v.confirmation {
                <div class="confirmation">
                    for l in c {
                        <p>{ l }</p>
                    }
                </div>
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
                            { button("not-now", &refs[2], Key::NotNow) }
                        </div>
                    }
                </div>
            }
        </div>
    }
}
