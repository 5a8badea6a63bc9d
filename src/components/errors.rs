use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::config::ConfigError;

#[derive(Properties, PartialEq)]
pub struct ErrorsProps {
    pub errors: Vec<ConfigError>,
    pub lang: Lang,
}

/// Configuration errors, for the page author: which attribute, where, what
/// was expected.
#[component]
pub fn Errors(props: &ErrorsProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="errors" part="errors" role="note">
            <p class="errors-title">{ t(props.lang, Key::ConfigProblems) }</p>
            <ul>
                for e in props.errors.iter() {
                    <li class="error" data-attribute={e.attribute.clone()}>
                        <code>{ &e.attribute }</code>{ ": " }{ &e.message }
                    </li>
                }
            </ul>
        </div>
    }
}
