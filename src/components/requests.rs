use crate::dom::{el, El};
use crate::i18n::{t, tf, Key, Lang};
use crate::view::RequestLine;

/// This visitor's tracked requests, each with its status in words (never by
/// colour alone) and its due time; `more`: how many more are tracked than
/// listed; `record`: this visitor's record, once there is one.
pub fn requests(requests: &[RequestLine], more: usize, record: Option<&String>, lang: Lang) -> El {
    el("div")
        .class_part("requests", "requests")
        .child(el("h2").text(t(lang, Key::YourRequests)))
        .child(el("ul").each(requests, |r| {
            el("li")
                .class("request")
                .attr("data-status", r.status)
                .attr("data-id", r.id.clone())
                .child(el("strong").text(r.id.clone()))
                .text(" · ")
                .text(r.what.clone())
                .text(": ")
                .child(el("span").class("status").text(r.status_text))
                .text(" — ")
                .text(r.detail.clone())
        }))
        .opt(record.map(|r| el("p").class("own-record").text(r.clone())))
        .opt((more > 0).then(|| {
            el("p")
                .class("more")
                .text(tf(lang, Key::MoreRequests, &[&more.to_string()]))
        }))
}
