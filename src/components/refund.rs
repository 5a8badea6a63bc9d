use crate::dom::{el, El};
use crate::i18n::{t, tf, Key, Lang};
use crate::view::RefundView;

/// The id of the refund calculator's date input: the element's change
/// handler reads the delivery date from it.
pub const DELIVERED: &str = "delivered";

/// The published refund terms, shown as given, and the date calculator.
pub fn refund(r: &RefundView, lang: Lang) -> El {
    let item = |class: &'static str, text: Option<String>| text.map(|t| el("li").class(class).text(t));
    el("div")
        .class_part("refund", "refund")
        .child(el("h2").text(t(lang, Key::ReturnsTitle)))
        .child(
            el("ul")
                .opt(item("window", r.window.clone()))
                .opt(item("within", r.refund_within.clone()))
                .opt(item(
                    "method",
                    r.method.as_ref().map(|m| tf(lang, Key::RefundedTo, &[m])),
                ))
                .opt(item(
                    "fees",
                    r.fees.as_ref().map(|f| tf(lang, Key::ReturnFees, &[f])),
                )),
        )
        .opt(r.calculator.then(|| {
            el("div")
                .class("calculator")
                .child(el("label").attr("for", DELIVERED).text(t(lang, Key::CalcLabel)))
                .text(" ")
                .child(
                    el("input")
                        .attr("id", DELIVERED)
                        .attr("type", "date")
                        .attr("part", "input"),
                )
                .child(
                    el("div")
                        .class("estimate")
                        .attr("aria-live", "polite")
                        .each(&r.estimate, |l| el("p").text(l.clone())),
                )
        }))
        .opt(r.policy_url.as_ref().map(|url| {
            el("a")
                .class("policy")
                .attr("href", url.clone())
                .text(t(lang, Key::PolicyLink))
        }))
}
