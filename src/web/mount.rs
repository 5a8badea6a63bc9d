//! What a connected element holds: its Yew app in the shadow root, the
//! minute timer, the window listeners and the JSON-LD head block. All of it
//! is released when [`Mounted`] is dropped (on disconnect).

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use super::head::JsonLdScript;
use crate::components::{App, AppProps};
use crate::config::Config;
use crate::state::Answer;

const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

thread_local! {
    /// One constructable stylesheet shared by every element: allowed under a
    /// strict Content-Security-Policy, unlike inline styles.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new().ok().filter(|s| s.replace_sync(STYLE).is_ok());
}

/// Parses the shared stylesheet now, if not yet (`warm`: ahead of the
/// first element's first render).
pub fn prepare_sheet() {
    SHEET.with(|_| ());
}

/// A connected element's resources.
pub struct Mounted {
    /// The element itself, held only while it is connected: a removed
    /// element is not kept alive by its Rust half.
    pub host: HtmlElement,
    /// `None` only while being dropped.
    app: Option<AppHandle<App>>,
    /// The root the app renders into, in the shadow root.
    container: Element,
    /// The view's callbacks, made once so that the app's props compare equal
    /// when only the view changed.
    pub on_answer: Callback<(String, Answer)>,
    pub on_delivered: Callback<String>,
    /// Re-renders when the minute turns or a promise changes status.
    pub timer: Option<Timeout>,
    /// `storage` (other tabs) and the in-page change event, on the window.
    _listeners: [EventListener; 2],
    /// This element's schema.org block in the document head.
    pub jsonld: Option<JsonLdScript>,
    /// The configuration and the day the block was (or is about to be)
    /// made for: it is made again only when either changes.
    pub jsonld_of: Option<(Rc<Config>, i64)>,
    /// The block, about to be made in a task of its own.
    pub jsonld_step: Option<Timeout>,
}

impl Mounted {
    /// Renders `props` into a new container in `host`'s shadow root (made
    /// open, once).
    pub fn new(
        host: HtmlElement,
        props: AppProps,
        listeners: [EventListener; 2],
    ) -> Result<Mounted, JsValue> {
        let root: ShadowRoot = match host.shadow_root() {
            Some(r) => r,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        SHEET.with(|s| {
            if let Some(sheet) = s {
                root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
            }
        });
        let document = host
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let container = document.create_element("div")?;
        container.set_class_name("root");
        root.append_child(&container)?;
        let (on_answer, on_delivered) = (props.on_answer.clone(), props.on_delivered.clone());
        let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
        Ok(Mounted {
            host,
            app: Some(app),
            container,
            on_answer,
            on_delivered,
            timer: None,
            _listeners: listeners,
            jsonld: None,
            jsonld_of: None,
            jsonld_step: None,
        })
    }

    /// Renders the app with new props (Yew diffs them into the DOM).
    pub fn update(&mut self, props: AppProps) {
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.container.remove();
    }
}
