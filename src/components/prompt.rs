use crate::dom::{el, El};
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

impl Answer {
    /// The value of a button's `data-answer`.
    pub fn name(self) -> &'static str {
        match self {
            Answer::Solved => "solved",
            Answer::NotSolved => "not-solved",
            Answer::Dismissed => "later",
        }
    }

    /// The answer a button's `data-answer` names.
    pub fn from_name(name: &str) -> Option<Answer> {
        [Answer::Solved, Answer::NotSolved, Answer::Dismissed]
            .into_iter()
            .find(|a| a.name() == name)
    }
}

/// What the widget says first. A polite live region that is always present,
/// so screen readers announce a new prompt without moving focus. The
/// buttons carry their answer and the request's id; the element's click
/// handler reads them.
pub fn prompt(prompt: Option<&PromptView>, lang: Lang) -> El {
    el("div")
        .class("prompt-region")
        .attr("aria-live", "polite")
        .attr("aria-atomic", "true")
        .opt(prompt.map(|p| {
            let button = |class: &'static str, answer: Answer, label: Key, id: &str| {
                el("button")
                    .attr("type", "button")
                    .class(class)
                    .attr("data-answer", answer.name())
                    .attr("data-id", id.to_string())
                    .text(t(lang, label))
            };
            el("div")
                .class_part("prompt", "prompt")
                .attr("data-kind", p.kind.clone())
                .child(
                    el("p")
                        .class("prompt-title")
                        .child(el("strong").text(p.title.clone())),
                )
                .each(&p.lines, |l| el("p").text(l.clone()))
                .opt(p.id.as_deref().filter(|_| p.ask).map(|id| {
                    el("div")
                        .class("actions")
                        .child(button("yes", Answer::Solved, Key::Yes, id))
                        .child(button("no", Answer::NotSolved, Key::No, id))
                        .child(button("later", Answer::Dismissed, Key::NotNow, id))
                }))
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_through_their_names() {
        for a in [Answer::Solved, Answer::NotSolved, Answer::Dismissed] {
            assert_eq!(Answer::from_name(a.name()), Some(a));
        }
        assert_eq!(Answer::from_name("yes"), None);
    }
}
