use yew::prelude::*;

use crate::i18n::Key;

/// The team's promise record from `record-url`.
pub fn team_record(props: &super::AppProps) -> Html {
    let Some(team) = &props.view.team else {
        return Html::default();
    };
    html! {
        <div class="team" part="team-record">
            <h2>{ props.view.texts.t(Key::OurRecord) }</h2>
            { match team {
                Ok(lines) => html! { <ul>for l in lines { <li>{ l }</li> }</ul> },
                Err(msg) => html! { <p class="unavailable">{ msg }</p> },
            } }
        </div>
    }
}
