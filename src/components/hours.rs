use yew::prelude::*;

use crate::i18n::Key;

/// Open or closed now, the next change and the coming week.
pub fn hours(props: &super::AppProps) -> Html {
    let v = &props.view;
    let (Some(h), texts) = (&v.hours, &v.texts) else {
        return Html::default();
    };
    let (before, after) = texts.around(Key::HolidaysLine);
    let state = match (h.state.open, h.unstaffed) {
        (true, true) => "unstaffed",
        (true, false) => "open",
        (false, _) => "closed",
    };
    html! {
        <div class="hours" part="hours">
            <h2>{ texts.t(Key::SupportHours) }</h2>
            <p class="state" data-state={state}>
                <strong class="headline">{ &h.headline }</strong>
                if let Some(next) = &h.next {
                    { " · " }<span class="next">{ next }</span>
                }
                <span class="zone">{ texts.fill(Key::ZoneTime, &[&v.zone_name]) }</span>
                if let Some(local) = &h.next_visitor {
                    { texts.t(Key::Comma) }<span class="visitor-time">{ local }</span>
                }
            </p>
            <table class="week">
                <caption class="visually-hidden">{ texts.t(Key::WeekCaption) }</caption>
                <tbody>
                    for d in &h.week {
                        <tr aria-current={d.today.then_some("date")}>
                            <th scope="row">{ &d.label }</th>
                            // Each time range whole on a narrow screen: the
                            // lines break between ranges only.
                            <td>
                                for (i, range) in d.ranges.iter().enumerate() {
                                    if i > 0 { { texts.t(Key::Comma) } }
                                    <span class="range">{ range }</span>
                                }
                                if let Some(name) = &d.holiday {
                                    { format!(" ({name})") }
                                }
                            </td>
                        </tr>
                    }
                </tbody>
            </table>
            // A list, a holiday a line: readable, and each line a text
            // block of its own (the page's largest paint is not a long
            // paragraph of holidays that waits for the wasm).
            if !h.holidays.is_empty() {
                <div class="holidays">
                    { before }
                    <ul>
                        for day in &h.holidays {
                            <li>{ day }</li>
                        }
                    </ul>
                    { after }
                </div>
            }
        </div>
    }
}
