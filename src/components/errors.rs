use std::rc::Rc;

use yew::prelude::*;

use crate::config::ConfigError;
use crate::i18n::{Key, Texts};

#[derive(Properties, PartialEq)]
pub struct ErrorsProps {
    pub errors: Vec<ConfigError>,
    pub texts: Rc<Texts>,
}

/// Configuration errors, for the page author: which attribute, where, what
/// was expected.
#[component]
pub fn Errors(props: &ErrorsProps) -> Html {
    html! {
        <div class="errors" part="errors" role="note">
            <p class="errors-title">{ props.texts.t(Key::ConfigProblems) }</p>
            <ul>
                for e in &props.errors {
                    <li class="error" data-attribute={e.attribute.clone()}>
                        <code>{ &e.attribute }</code>{ ": " }{ &e.message }
                    </li>
                }
            </ul>
        </div>
    }
}
