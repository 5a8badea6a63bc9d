use yew::prelude::*;

use crate::i18n::Key;

/// Configuration errors, for the page author: which attribute, where, what
/// was expected.
pub fn errors(props: &super::AppProps) -> Html {
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
