use yew::prelude::*;

/// The whole view (see [`super::AppProps`]): one props type for every
/// section, each reading its part.
pub type NoticeProps = super::AppProps;

/// What the visitor should know about remembering their requests.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let Some(notice) = &props.view.storage_notice else {
        return Html::default();
    };
    html! { <p class="notice" part="notice" role="status">{ notice }</p> }
}
