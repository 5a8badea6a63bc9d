use yew::prelude::*;

use crate::view::ReplyLine;

#[derive(Properties, PartialEq)]
pub struct RepliesSectionProps {
    pub replies: Vec<ReplyLine>,
}

/// The first-reply promise of each channel, as a concrete time.
#[component]
pub fn RepliesSection(props: &RepliesSectionProps) -> Html {
    html! {
        <div class="replies" part="replies">
            <h2>{ "When we reply" }</h2>
            <ul>
                for r in props.replies.iter() {
                    <li data-channel={r.channel.clone()}>
                        <strong>{ &r.channel }</strong>{ ": within " }{ &r.promise }
                        { match &r.due {
                            Ok(due) => html! { <>{ " — write now and expect a " }<span class="due">{ due }</span></> },
                            Err(why) => html! { <span class="due-error">{ format!(" — {why}") }</span> },
                        } }
                    </li>
                }
            </ul>
        </div>
    }
}
