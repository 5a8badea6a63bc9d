use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Key, Texts};

#[derive(Properties, PartialEq)]
pub struct TeamRecordProps {
    /// The record in sentences, or why it is unavailable.
    pub team: Result<Vec<String>, String>,
    pub texts: Rc<Texts>,
}

/// The team's promise record from `record-url`.
#[component]
pub fn TeamRecordSection(props: &TeamRecordProps) -> Html {
    html! {
        <div class="team" part="team-record">
            <h2>{ props.texts.t(Key::OurRecord) }</h2>
            { match &props.team {
                Ok(lines) => html! { <ul>for l in lines { <li>{ l }</li> }</ul> },
                Err(msg) => html! { <p class="unavailable">{ msg }</p> },
            } }
        </div>
    }
}
