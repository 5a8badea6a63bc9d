use crate::dom::{el, El};
use crate::i18n::{t, tf, Key, Lang};
use crate::view::HoursView;

/// Open or closed now, the next change and the coming week.
pub fn hours(h: &HoursView, zone: &str, lang: Lang) -> El {
    let state = match (h.state.open, h.unstaffed) {
        (true, true) => "unstaffed",
        (true, false) => "open",
        (false, _) => "closed",
    };
    el("div")
        .class_part("hours", "hours")
        .child(el("h2").text(t(lang, Key::SupportHours)))
        .child(
            el("p")
                .class("state")
                .attr("data-state", state)
                .child(el("strong").class("headline").text(h.headline.clone()))
                .opt(h.next.as_ref().map(|_| " · "))
                .opt(
                    h.next
                        .as_ref()
                        .map(|next| el("span").class("next").text(next.clone())),
                )
                .child(el("span").class("zone").text(tf(lang, Key::ZoneTime, &[zone])))
                .opt(h.next_visitor.as_ref().map(|_| ", "))
                .opt(
                    h.next_visitor
                        .as_ref()
                        .map(|local| el("span").class("visitor-time").text(local.clone())),
                ),
        )
        .child(
            el("table")
                .class("week")
                .child(
                    el("caption")
                        .class("visually-hidden")
                        .text(t(lang, Key::WeekCaption)),
                )
                .child(el("tbody").each(&h.week, |d| {
                    let row = el("tr");
                    let row = if d.today {
                        row.attr("aria-current", "date")
                    } else {
                        row
                    };
                    row.child(el("th").attr("scope", "row").text(d.label.clone()))
                        .child(el("td").text(d.text.clone()))
                })),
        )
        .opt((!h.holidays.is_empty()).then(|| {
            el("p")
                .class("holidays")
                .text(tf(lang, Key::HolidaysLine, &[&h.holidays.join("; ")]))
        }))
}
