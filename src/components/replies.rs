use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::ReplyLine;

#[derive(Properties, PartialEq)]
pub struct RepliesSectionProps {
    pub replies: Vec<ReplyLine>,
    pub lang: Lang,
}

/// The first-reply promise of each channel, as a concrete time.
#[component]
pub fn RepliesSection(props: &RepliesSectionProps) -> Html {
    html! {
        <div class="replies" part="replies">
            <h2>{ t(props.lang, Key::WhenWeReply) }</h2>
            <ul>
                for r in props.replies.iter() {
                    <li data-channel={r.channel.clone()}>
                        <strong>{ &r.channel }</strong>{ crate::i18n::tf(props.lang, Key::Within, &[&r.promise]) }
                        { match &r.due {
                            Ok(due) => html! { <>{ t(props.lang, Key::WriteNow) }<span class="due">{ due }</span></> },
                            Err(why) => html! { <span class="due-error">{ format!(" — {why}") }</span> },
                        } }
                    </li>
                }
            </ul>
        </div>
    }
}
