use crate::config::ConfigError;
use crate::dom::{el, El};
use crate::i18n::{t, Key, Lang};

/// Configuration errors, for the page author: which attribute, where, what
/// was expected. `None` when there are none.
pub fn errors(errors: &[ConfigError], lang: Lang) -> Option<El> {
    if errors.is_empty() {
        return None;
    }
    Some(
        el("div")
            .class_part("errors", "errors")
            .attr("role", "note")
            .child(el("p").class("errors-title").text(t(lang, Key::ConfigProblems)))
            .child(el("ul").each(errors, |e| {
                el("li")
                    .class("error")
                    .attr("data-attribute", e.attribute.clone())
                    .child(el("code").text(e.attribute.clone()))
                    .text(": ")
                    .text(e.message.clone())
            })),
    )
}
