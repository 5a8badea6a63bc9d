use gloo_events::EventListener;
use yew::prelude::*;

/// Calls `callback` on `event` at the element `node` refers to, from the
/// render in which `deps` last changed until they change again or the
/// component goes; the listener is removed then (dropped with its effect).
///
/// Why not Yew's `onclick`: Yew delegates those to a listener on the app's
/// root that it never removes (`Closure::forget`), and that listener holds
/// the root element, so every element once removed would leave its root
/// behind. A listener on the control itself goes with the control.
#[hook]
pub fn use_event<D>(node: &NodeRef, event: &'static str, callback: Callback<()>, deps: D)
where
    D: PartialEq + 'static,
{
    let node = node.clone();
    use_effect_with(deps, move |_| {
        let listener = node
            .get()
            .map(|target| EventListener::new(&target, event, move |_| callback.emit(())));
        move || drop(listener)
    });
}
