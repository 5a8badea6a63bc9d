use yew::prelude::*;

use crate::i18n::Key;

/// The first-reply promise of each channel, as a concrete time.
pub fn replies(props: &super::AppProps) -> Html {
    let v = &props.view;
    let texts = &v.texts;
    html! {
        <div class="replies" part="replies">
            <h2>{ texts.t(Key::WhenWeReply) }</h2>
            <ul>
                for r in &v.replies {
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
