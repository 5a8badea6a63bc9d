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
    let answer = |id: &str, answer: Answer| {
        let cb = on_answer.clone();
        let id = id.to_string();
        Callback::from(move |_: MouseEvent| cb.emit((id.clone(), answer)))
    };
    html! {
        <div class="prompt-region" aria-live="polite" aria-atomic="true">
            if let Some(p) = prompt {
                <div class="prompt" part="prompt" data-kind={p.kind.clone()}>
                    <p class="prompt-title"><strong>{ &p.title }</strong></p>
                    for l in p.lines.iter() {
                        <p>{ l }</p>
                    }
                    if let (true, Some(id)) = (p.ask, &p.id) {
                        <div class="actions">
                            <button type="button" class="yes" onclick={answer(id, Answer::Solved)}>{ t(lang, Key::Yes) }</button>
                            <button type="button" class="no" onclick={answer(id, Answer::NotSolved)}>{ t(lang, Key::No) }</button>
                            <button type="button" class="later" onclick={answer(id, Answer::Dismissed)}>{ t(lang, Key::NotNow) }</button>
                        </div>
                    }
                </div>
            }
        </div>
    }
}
