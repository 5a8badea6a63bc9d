use yew::prelude::*;

use crate::i18n::Key;
use crate::view::TeamView;

/// The team's promise record from `record-url`. While it is on its way, the
/// lines it is expected to have hold their place as blanks (a screen reader
/// reads "Loading"), so nothing moves when it comes.
pub fn team_record(props: &super::AppProps) -> Html {
    let Some(team) = &props.view.team else {
        return Html::default();
    };
    let texts = &props.view.texts;
    html! {
        <div class="team" part="team-record">
            <h2>{ texts.t(Key::OurRecord) }</h2>
            { match team {
                TeamView::Loading(lines) => html! {
                    <ul aria-busy="true">
                        for l in lines {
                            <li class="pending">
                                <span class="visually-hidden">{ texts.t(Key::Loading) }</span>
                                <span class="placeholder" aria-hidden="true">{ l }</span>
                            </li>
                        }
                    </ul>
                },
                TeamView::Lines(lines) => html! { <ul>for l in lines { <li>{ l }</li> }</ul> },
                TeamView::Unavailable(msg) => html! { <p class="unavailable">{ msg }</p> },
            } }
        </div>
    }
}
