use super::{errors, hours, prompt, refund, replies, requests};
use crate::dom::{el, El};
use crate::i18n::{t, Key, Lang};
use crate::view::View;

/// The whole widget.
pub fn render(v: &View) -> El {
    let lang = v.lang;
    el("section")
        .class_part("widget", "widget")
        .attr("aria-label", t(lang, Key::WidgetLabel))
        .attr("lang", if lang == Lang::De { "de" } else { "en" })
        .opt(errors::errors(&v.errors, lang))
        .child(prompt::prompt(v.prompt.as_ref(), lang))
        .opt(v.storage_notice.as_ref().map(|n| {
            el("p")
                .class_part("notice", "notice")
                .attr("role", "status")
                .text(n.clone())
        }))
        .opt(v.hours.as_ref().map(|h| hours::hours(h, &v.zone_name, lang)))
        .opt(
            (!v.requests.is_empty())
                .then(|| requests::requests(&v.requests, v.more_requests, v.own_record.as_ref(), lang)),
        )
        .opt(v.team.as_ref().map(|team| {
            el("div")
                .class_part("team", "team-record")
                .child(el("h2").text(t(lang, Key::OurRecord)))
                .child(match team {
                    Ok(lines) => el("ul").each(lines, |l| el("li").text(l.clone())),
                    Err(msg) => el("p").class("unavailable").text(msg.clone()),
                })
        }))
        .opt((!v.replies.is_empty()).then(|| replies::replies(&v.replies, lang)))
        .opt(v.refund.as_ref().map(|r| refund::refund(r, lang)))
        .opt(
            (v.hours.is_none() && v.replies.is_empty() && v.refund.is_none() && v.requests.is_empty())
                .then(|| el("p").class("empty").text(t(lang, Key::NothingPublished))),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{FixedOffset, Instant};
    use crate::components::Answer;
    use crate::config::Config;
    use crate::dom::{Node, NOTHING};
    use crate::ledger::Ledger;
    use crate::view::{build, PromptView, Words};

    fn view(attrs: &[(&str, &str)]) -> View {
        let cfg =
            Config::from_attributes(|n| attrs.iter().find(|(k, _)| *k == n).map(|(_, v)| v.to_string()));
        let now = Instant::parse("2026-03-27T16:30:00Z").unwrap();
        build(
            &cfg,
            &Ledger::default(),
            now,
            &FixedOffset(3600),
            "Europe/Berlin",
            &Words::PLAIN,
        )
    }

    fn index_of(tree: &El, class: &str) -> Option<usize> {
        tree.children
            .iter()
            .position(|c| matches!(c, Node::El(e) if e.get("class") == Some(class)))
    }

    #[test]
    fn sections_keep_their_places_when_others_come_and_go() {
        let mut v = view(&[
            ("hours", "Mo-Fr 09:00-17:00"),
            ("reply-within", "email 4h"),
            ("return-window", "30d"),
        ]);
        let quiet = render(&v);
        v.storage_notice = Some("Remembered only until you leave this page.".into());
        let noticed = render(&v);
        assert_eq!(quiet.children.len(), noticed.children.len());
        for class in ["hours", "replies", "refund", "prompt-region"] {
            assert!(index_of(&quiet, class).is_some(), "{class}");
            assert_eq!(index_of(&quiet, class), index_of(&noticed, class), "{class}");
        }
        let notice = index_of(&noticed, "notice").unwrap();
        assert_eq!(quiet.children[notice], NOTHING);
    }

    #[test]
    fn follow_up_buttons_name_their_answer_and_request() {
        let mut v = view(&[]);
        v.prompt = Some(PromptView {
            kind: "follow-up".into(),
            id: Some("T-1".into()),
            title: "Is it solved?".into(),
            lines: vec!["We resolved T-1.".into()],
            ask: true,
        });
        let tree = Node::El(render(&v));
        let buttons: Vec<_> = tree
            .elements()
            .into_iter()
            .filter(|e| e.tag == "button")
            .collect();
        let named: Vec<_> = buttons
            .iter()
            .map(|b| {
                (
                    b.get("class").unwrap(),
                    b.get("data-answer").unwrap(),
                    b.get("data-id").unwrap(),
                )
            })
            .collect();
        assert_eq!(
            named,
            [
                ("yes", "solved", "T-1"),
                ("no", "not-solved", "T-1"),
                ("later", "later", "T-1")
            ]
        );
        for b in &buttons {
            assert_eq!(b.get("type"), Some("button"));
            assert!(Answer::from_name(b.get("data-answer").unwrap()).is_some());
        }
        assert!(tree.find_class("prompt").unwrap().get("part") == Some("prompt"));
        // Without the question, no buttons.
        v.prompt.as_mut().unwrap().ask = false;
        let tree = Node::El(render(&v));
        assert!(!tree.elements().iter().any(|e| e.tag == "button"));
    }

    #[test]
    fn a_bad_value_is_listed_and_the_rest_renders() {
        let v = view(&[
            ("hours", "Mo-Fr 9-17"),
            ("reply-within", "email 4h calendar"),
            ("refund-within", "5d"),
        ]);
        let tree = Node::El(render(&v));
        let error = tree.find_class("error").expect("the error is listed");
        assert_eq!(error.get("data-attribute"), Some("hours"));
        assert!(tree.find_class("hours").is_none());
        let replies = tree.find_class("replies").expect("replies still render");
        assert!(Node::El(replies.clone()).text_content().contains("email"));
        assert!(tree.find_class("refund").is_some());
        assert!(tree.find_class("empty").is_none());
    }

    #[test]
    fn nothing_published_says_so_in_the_element_language() {
        let tree = Node::El(render(&view(&[])));
        assert!(tree.find_class("empty").is_some());
        let widget = match &tree {
            Node::El(e) => e,
            _ => unreachable!(),
        };
        assert_eq!(widget.get("lang"), Some("en"));
        assert_eq!(widget.get("aria-label"), Some(t(Lang::En, Key::WidgetLabel)));
    }
}
