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
                TeamView::Loading(t) => html! {
                    <>
                        <ul aria-busy="true">
                            for l in &t.lines {
                                <li class="pending">
                                    <span class="visually-hidden">{ texts.t(Key::Loading) }</span>
                                    <span class="placeholder" aria-hidden="true">{ l }</span>
                                </li>
                            }
                        </ul>
                        if let Some(u) = &t.updated {
                            <p class="updated" aria-hidden="true"><span class="placeholder">{ u }</span></p>
                        }
                    </>
                },
                TeamView::Loaded(t) => html! {
                    <>
                        <ul>for l in &t.lines { <li>{ l }</li> }</ul>
                        if let Some(u) = &t.updated {
                            <p class="updated">{ u }</p>
                        }
                    </>
                },
                TeamView::Unavailable(msg) => html! { <p class="unavailable">{ msg }</p> },
            } }
        </div>
    }
}
