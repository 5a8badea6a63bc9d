use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::HoursView;

/// Open or closed now, the next change and the coming week.
pub fn hours(h: &HoursView, zone: &str, lang: Lang) -> Html {
    // Dynamic values go in data attributes, not classes: a class that is
    // not a literal builds Yew's `Classes` set (an IndexSet, 4 KB of wasm).
    let state = match (h.state.open, h.unstaffed) {
        (true, true) => "unstaffed",
        (true, false) => "open",
        (false, _) => "closed",
    };
    html! {
        <div class="hours" part="hours">
            <h2>{ t(lang, Key::SupportHours) }</h2>
            <p class="state" data-state={state}>
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
                        <tr aria-current={d.today.then_some("date")}>
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
