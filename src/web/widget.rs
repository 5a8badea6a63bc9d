//! One `<service-promises>` element's Rust side: reads attributes, mounts
//! the Yew app in the shadow root, owns its timer, answers the JS methods.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::events::{dispatch, to_js};
use super::intl::IntlZone;
use crate::calendar::Instant;
use crate::components::{App, AppProps};
use crate::config::{Config, ConfigError};
use crate::view;

const STYLE: &str = include_str!("../components/style.css");

thread_local! {
    /// One constructable stylesheet shared by every element: allowed under a
    /// strict Content-Security-Policy, unlike inline styles.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new().ok().filter(|s| s.replace_sync(STYLE).is_ok());
}

/// The Rust half of one element (see `element.js`).
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<Inner>,
}

struct Inner {
    host: HtmlElement,
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    config: Config,
    zone: Option<Rc<IntlZone>>,
    mounted: Option<Mounted>,
    /// Errors already announced through `config-error`.
    reported: Vec<ConfigError>,
}

struct Mounted {
    app: AppHandle<App>,
    container: Element,
    /// Re-renders when the minute turns (texts like "reply by 14:05"
    /// depend on it); dropped, and so cleared, on disconnect.
    timer: Option<Timeout>,
}

#[wasm_bindgen]
impl Widget {
    pub(crate) fn new(host: HtmlElement) -> Widget {
        Widget { inner: Rc::new(Inner { host, state: RefCell::new(State::default()) }) }
    }

    /// Called from `connectedCallback`.
    pub fn connect(&self) -> Result<(), JsValue> {
        Inner::refresh(&self.inner);
        Ok(())
    }

    /// Called from `disconnectedCallback`: destroys the app and drops the
    /// timer, releasing every closure the element holds.
    pub fn disconnect(&self) {
        let mounted = self.inner.state.borrow_mut().mounted.take();
        if let Some(m) = mounted {
            drop(m.timer);
            m.app.destroy();
            m.container.remove();
        }
        self.inner.state.borrow_mut().reported.clear();
    }

    /// Called from `attributeChangedCallback`.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, _name: &str) {
        Inner::refresh(&self.inner);
    }

    /// The contract's `status()` snapshot.
    pub fn status(&self) -> JsValue {
        if self.inner.state.borrow().mounted.is_none() {
            // Not connected: read the attributes as they are now.
            let (config, zone) = self.inner.resolve();
            let mut st = self.inner.state.borrow_mut();
            st.config = config;
            st.zone = Some(zone);
        }
        let st = self.inner.state.borrow();
        let zone = st.zone.clone().unwrap_or_else(|| Rc::new(IntlZone::visitor()));
        to_js(&view::status(&st.config, self.inner.now(&st.config), zone.as_ref(), zone.name()))
    }

    pub fn track(&self, _request: JsValue) -> Result<JsValue, JsValue> {
        Err(not_yet("track"))
    }

    pub fn fulfil(&self, _id: JsValue, _at: JsValue) -> Result<(), JsValue> {
        Err(not_yet("fulfil"))
    }

    pub fn resolve(&self, _id: JsValue, _at: JsValue) -> Result<(), JsValue> {
        Err(not_yet("resolve"))
    }

    pub fn forget(&self, _id: JsValue) -> Result<(), JsValue> {
        Err(not_yet("forget"))
    }

    #[wasm_bindgen(js_name = forgetAll)]
    pub fn forget_all(&self) -> Result<(), JsValue> {
        Err(not_yet("forgetAll"))
    }
}

fn not_yet(method: &str) -> JsValue {
    js_sys::Error::new(&format!(
        "service-promises: {method}() is not available in this version; promise tracking is not built yet"
    ))
    .into()
}

impl Inner {
    fn read_config(&self) -> Config {
        let host = &self.host;
        let mut cfg = Config::from_attributes(|name| host.get_attribute(name));
        let names: Vec<String> = host.get_attribute_names().iter().filter_map(|v| v.as_string()).collect();
        cfg.errors.extend(Config::unknown_attributes(names.iter().map(String::as_str)));
        cfg
    }

    /// The attributes as they are now, and the team's zone: the named one,
    /// else the visitor's (an unknown name is an error on `timezone`). The
    /// last zone is reused while its name is unchanged.
    fn resolve(&self) -> (Config, Rc<IntlZone>) {
        let mut cfg = self.read_config();
        let zone = match &cfg.timezone {
            Some(name) => {
                let cached = self.state.borrow().zone.clone().filter(|z| z.name() == name);
                match cached.map(Ok).unwrap_or_else(|| IntlZone::new(name).map(Rc::new)) {
                    Ok(z) => z,
                    Err(msg) => {
                        cfg.errors.insert(0, ConfigError::new("timezone", format!("{msg}; using the visitor's zone")));
                        cfg.timezone = None;
                        Rc::new(IntlZone::visitor())
                    }
                }
            }
            None => Rc::new(IntlZone::visitor()),
        };
        (cfg, zone)
    }

    fn now(&self, config: &Config) -> Instant {
        config.now.unwrap_or_else(|| Instant::from_ms(js_sys::Date::now() as i64))
    }

    /// Re-reads the attributes, re-renders, announces new errors and
    /// re-arms the minute timer.
    fn refresh(this: &Rc<Inner>) {
        let (cfg, zone) = this.resolve();
        let now = this.now(&cfg);
        let view = Rc::new(view::build(&cfg, now, zone.as_ref(), zone.name()));
        let fresh: Vec<ConfigError>;
        {
            let mut st = this.state.borrow_mut();
            fresh = cfg.errors.iter().filter(|e| !st.reported.contains(e)).cloned().collect();
            st.reported = cfg.errors.clone();
            let real_clock = cfg.now.is_none();
            st.config = cfg;
            st.zone = Some(zone);
            let props = AppProps { view };
            match &mut st.mounted {
                Some(m) => m.app.update(props),
                None => match this.mount(props) {
                    Ok(m) => st.mounted = Some(m),
                    Err(_) => return,
                },
            }
            let timer = real_clock.then(|| {
                let weak: Weak<Inner> = Rc::downgrade(this);
                let wait = 60_000 - (js_sys::Date::now() as i64).rem_euclid(60_000) + 50;
                Timeout::new(wait as u32, move || {
                    if let Some(inner) = weak.upgrade() {
                        Inner::refresh(&inner);
                    }
                })
            });
            if let Some(m) = &mut st.mounted {
                m.timer = timer;
            }
        }
        for e in &fresh {
            dispatch(&this.host, "config-error", e);
        }
    }

    fn mount(&self, props: AppProps) -> Result<Mounted, JsValue> {
        let root: ShadowRoot = match self.host.shadow_root() {
            Some(r) => r,
            None => self.host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        SHEET.with(|s| {
            if let Some(sheet) = s {
                root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
            }
        });
        let document = self.host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
        let container = document.create_element("div")?;
        container.set_class_name("root");
        root.append_child(&container)?;
        let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
        Ok(Mounted { app, container, timer: None })
    }
}
