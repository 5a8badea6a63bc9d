use yew::prelude::*;

use crate::i18n::Key;

/// The whole view (see [`super::AppProps`]): one props type for every
/// section, each reading its part.
pub type ErrorsProps = super::AppProps;

/// Configuration errors, for the page author: which attribute, where, what
/// was expected.
#[component]
pub fn Errors(props: &ErrorsProps) -> Html {
    let v = &props.view;
    html! {
        <div class="errors" part="errors" role="note">
            <p class="errors-title">{ v.texts.t(Key::ConfigProblems) }</p>
            <ul>
                for e in &v.errors {
                    <li class="error" data-attribute={e.attribute.clone()}>
                        <code>{ &e.attribute }</code>{ ": " }{ &e.message }
                    </li>
                }
            </ul>
        </div>
    }
}
