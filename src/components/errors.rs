use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::config::ConfigError;

/// Configuration errors, for the page author: which attribute, where, what
/// was expected.
pub fn errors(errors: &[ConfigError], lang: Lang) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="errors" part="errors" role="note">
            <p class="errors-title">{ t(lang, Key::ConfigProblems) }</p>
            <ul>
                for e in errors.iter() {
                    <li class="error" data-attribute={e.attribute.clone()}>
                        <code>{ &e.attribute }</code>{ ": " }{ &e.message }
                    </li>
                }
            </ul>
        </div>
    }
}
