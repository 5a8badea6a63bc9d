use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: String,
}

/// What the visitor should know about remembering their requests.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! { <p class="notice" part="notice" role="status">{ &props.notice }</p> }
}
