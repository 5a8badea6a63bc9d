use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::PromptView;

/// The customer's answer to the follow-up question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Solved,
    NotSolved,
    /// "Not now": not asked again, and no answer recorded.
    Dismissed,
}

#[derive(Properties, PartialEq)]
pub struct PromptBoxProps {
    pub prompt: Option<PromptView>,
    pub on_answer: Callback<(String, Answer)>,
    pub lang: Lang,
}

/// What the widget says first. A polite live region that is always present,
/// so screen readers announce a new prompt without moving focus.
#[component]
pub fn PromptBox(props: &PromptBoxProps) -> Html {
    let button = |id: &str, answer: Answer, label: &str, class: &'static str| {
        let cb = props.on_answer.clone();
        let id = id.to_string();
        html! {
            <button type="button" class={class} onclick={Callback::from(move |_| cb.emit((id.clone(), answer)))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="prompt-region" aria-live="polite" aria-atomic="true">
            if let Some(p) = &props.prompt {
                <div class={classes!("prompt", p.kind.clone())} part="prompt" data-kind={p.kind.clone()}>
                    <p class="prompt-title"><strong>{ &p.title }</strong></p>
                    for l in p.lines.iter() {
                        <p>{ l }</p>
                    }
                    if let (true, Some(id)) = (p.ask, &p.id) {
                        <div class="actions">
                            { button(id, Answer::Solved, t(props.lang, Key::Yes), "yes") }
                            { button(id, Answer::NotSolved, t(props.lang, Key::No), "no") }
                            { button(id, Answer::Dismissed, t(props.lang, Key::NotNow), "later") }
                        </div>
                    }
                </div>
            }
        </div>
    }
}
