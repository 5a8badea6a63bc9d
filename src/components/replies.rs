use yew::prelude::*;

use crate::i18n::{t, tf, Key, Lang};
use crate::view::ReplyLine;

#[derive(Properties, PartialEq)]
pub struct RepliesProps {
    pub replies: Vec<ReplyLine>,
    pub lang: Lang,
}

/// The first-reply promise of each channel, as a concrete time.
#[component]
pub fn Replies(props: &RepliesProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="replies" part="replies">
            <h2>{ t(lang, Key::WhenWeReply) }</h2>
            <ul>
                for r in &props.replies {
                    <li data-channel={r.channel.clone()}>
                        <strong>{ &r.channel }</strong>
                        { tf(lang, Key::Within, &[&r.promise]) }
                        { match &r.due {
                            Ok(due) => html! {
                                <>{ t(lang, Key::WriteNow) }<span class="due">{ due }</span></>
                            },
                            Err(why) => html! { <span class="due-error">{ format!(" — {why}") }</span> },
                        } }
                    </li>
                }
            </ul>
        </div>
    }
}
