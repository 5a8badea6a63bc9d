use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::ReplyLine;

#[derive(Properties, PartialEq)]
pub struct RepliesProps {
    pub replies: Vec<ReplyLine>,
    pub texts: Rc<Texts>,
}

/// The first-reply promise of each channel, as a concrete time.
#[component]
pub fn Replies(props: &RepliesProps) -> Html {
    let texts = &props.texts;
    html! {
        <div class="replies" part="replies">
            <h2>{ texts.t(Key::WhenWeReply) }</h2>
            <ul>
                for r in &props.replies {
                    <li data-channel={r.channel.clone()}>
                        <strong>{ &r.channel }</strong>
                        { texts.fill(Key::Within, &[&r.promise]) }
                        { match &r.due {
                            Ok(due) => html! {
                                <>{ texts.t(Key::WriteNow) }<span class="due">{ due }</span></>
                            },
                            Err(why) => html! { <span class="due-error">{ format!(" — {why}") }</span> },
                        } }
                    </li>
                }
            </ul>
        </div>
    }
}
