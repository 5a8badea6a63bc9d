use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::HoursView;

/// Open or closed now, the next change and the coming week.
pub fn hours(h: &HoursView, zone: &str, lang: Lang) -> Html {
    let state_class = match (h.state.open, h.unstaffed) {
        (true, true) => "state unstaffed",
        (true, false) => "state open",
        (false, _) => "state closed",
    };
    html! {
        <div class="hours" part="hours">
            <h2>{ t(lang, Key::SupportHours) }</h2>
            <p class={state_class}>
                <strong class="headline">{ &h.headline }</strong>
                if let Some(next) = &h.next {
                    { " · " }<span class="next">{ next }</span>
                }
                <span class="zone">{ crate::i18n::tf(lang, Key::ZoneTime, &[zone]) }</span>
                if let Some(local) = &h.next_visitor {
                    { ", " }<span class="visitor-time">{ local }</span>
                }
            </p>
            <table class="week">
                <caption class="visually-hidden">{ t(lang, Key::WeekCaption) }</caption>
                <tbody>
                    for d in h.week.iter() {
                        <tr class={if d.today { "today" } else { "" }}>
                            <th scope="row">{ &d.label }</th>
                            <td>{ &d.text }</td>
                        </tr>
                    }
                </tbody>
            </table>
            if !h.holidays.is_empty() {
                <p class="holidays">{ crate::i18n::tf(lang, Key::HolidaysLine, &[&h.holidays.join("; ")]) }</p>
            }
        </div>
    }
}
