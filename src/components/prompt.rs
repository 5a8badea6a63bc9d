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

/// What the widget says first. A polite live region that is always present,
/// so screen readers announce a new prompt without moving focus.
pub fn prompt(prompt: Option<&PromptView>, on_answer: &Callback<(String, Answer)>, lang: Lang) -> Html {
    let button = |id: &str, answer: Answer, label: &str, class: &'static str| {
        let cb = on_answer.clone();
        let id = id.to_string();
        html! {
            <button type="button" class={class} onclick={Callback::from(move |_| cb.emit((id.clone(), answer)))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="prompt-region" aria-live="polite" aria-atomic="true">
            if let Some(p) = prompt {
                <div class={classes!("prompt", p.kind.clone())} part="prompt" data-kind={p.kind.clone()}>
                    <p class="prompt-title"><strong>{ &p.title }</strong></p>
                    for l in p.lines.iter() {
                        <p>{ l }</p>
                    }
                    if let (true, Some(id)) = (p.ask, &p.id) {
                        <div class="actions">
                            { button(id, Answer::Solved, t(lang, Key::Yes), "yes") }
                            { button(id, Answer::NotSolved, t(lang, Key::No), "no") }
                            { button(id, Answer::Dismissed, t(lang, Key::NotNow), "later") }
                        </div>
                    }
                </div>
            }
        </div>
    }
}
