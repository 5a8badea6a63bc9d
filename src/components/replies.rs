use yew::prelude::*;

use crate::i18n::{t, tf, Key};

/// The whole view (see [`super::AppProps`]): one props type for every
/// section, each reading its part.
pub type RepliesProps = super::AppProps;

/// The first-reply promise of each channel, as a concrete time.
#[component]
pub fn Replies(props: &RepliesProps) -> Html {
    let v = &props.view;
    let lang = v.lang;
    html! {
        <div class="replies" part="replies">
            <h2>{ t(lang, Key::WhenWeReply) }</h2>
            <ul>
                for r in &v.replies {
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
