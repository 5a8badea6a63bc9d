use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::state::Answer;
use crate::view::PromptView;

#[derive(Properties, PartialEq)]
pub struct PromptProps {
    pub prompt: Option<PromptView>,
    pub lang: Lang,
    /// The follow-up answer: (request id, answer).
    pub on_answer: Callback<(String, Answer)>,
}

/// What the widget says first. A polite live region that is always present,
/// so screen readers announce a new prompt without moving focus.
#[component]
pub fn PromptRegion(props: &PromptProps) -> Html {
    let lang = props.lang;
    let button = |class: &'static str, id: &str, answer: Answer, label: Key| {
        let (on_answer, id) = (props.on_answer.clone(), id.to_string());
        let onclick = Callback::from(move |_: MouseEvent| on_answer.emit((id.clone(), answer)));
        html! { <button type="button" {class} {onclick}>{ t(lang, label) }</button> }
    };
    html! {
        <div class="prompt-region" aria-live="polite" aria-atomic="true">
            if let Some(p) = &props.prompt {
                <div class="prompt" part="prompt" data-kind={p.kind.as_str()}>
                    <p class="prompt-title"><strong>{ &p.title }</strong></p>
                    for l in &p.lines {
                        <p>{ l }</p>
                    }
                    if let (true, Some(id)) = (p.ask, &p.id) {
                        <div class="actions">
                            { button("yes", id, Answer::Solved, Key::Yes) }
                            { button("no", id, Answer::NotSolved, Key::No) }
                            { button("later", id, Answer::Dismissed, Key::NotNow) }
                        </div>
                    }
                </div>
            }
        </div>
    }
}
