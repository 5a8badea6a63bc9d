use crate::dom::{el, El};
use crate::i18n::{t, tf, Key, Lang};
use crate::view::ReplyLine;

/// The first-reply promise of each channel, as a concrete time.
pub fn replies(replies: &[ReplyLine], lang: Lang) -> El {
    el("div")
        .class_part("replies", "replies")
        .child(el("h2").text(t(lang, Key::WhenWeReply)))
        .child(el("ul").each(replies, |r| {
            let li = el("li")
                .attr("data-channel", r.channel.clone())
                .child(el("strong").text(r.channel.clone()))
                .text(tf(lang, Key::Within, &[&r.promise]));
            match &r.due {
                Ok(due) => li
                    .text(t(lang, Key::WriteNow))
                    .child(el("span").class("due").text(due.clone())),
                Err(why) => li.child(el("span").class("due-error").text(format!(" — {why}"))),
            }
        }))
}
