use yew::prelude::*;

/// What the visitor should know about remembering their requests.
pub fn notice(props: &super::AppProps) -> Html {
    let Some(notice) = &props.view.storage_notice else {
        return Html::default();
    };
    html! { <p class="notice" part="notice" role="status">{ notice }</p> }
}
