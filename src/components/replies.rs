use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

use crate::view::ReplyLine;

/// The first-reply promise of each channel, as a concrete time.
pub fn replies(replies: &[ReplyLine], lang: Lang) -> Html {
    html! {
        <div class="replies" part="replies">
            <h2>{ t(lang, Key::WhenWeReply) }</h2>
            <ul>
                for r in replies.iter() {
                    <li data-channel={r.channel.clone()}>
                        <strong>{ &r.channel }</strong>{ crate::i18n::tf(lang, Key::Within, &[&r.promise]) }
                        { match &r.due {
                            Ok(due) => html! { <>{ t(lang, Key::WriteNow) }<span class="due">{ due }</span></> },
                            Err(why) => html! { <span class="due-error">{ format!(" — {why}") }</span> },
                        } }
                    </li>
                }
            </ul>
        </div>
    }
}
