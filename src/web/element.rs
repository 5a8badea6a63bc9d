//! One element's Rust side: applies [`Action`]s to its [`ElementState`]
//! and performs the [`Effects`]: storage, the `record-url` fetch,
//! rendering, events. The host element is passed in by each call from
//! JavaScript and held only while connected (in [`Mounted`]), so a removed
//! element is not kept alive by its Rust half.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::Callback;

use super::events::{send, to_js};
use super::head::JsonLdScript;
use super::intl::{self, IntlClock, IntlZone};
use super::mount::Mounted;
use super::storage::{self, Store};
use crate::calendar::civil::DAY_MS;
use crate::calendar::holidays::parse_iso_date;
use crate::calendar::region_codes;
use crate::calendar::{Instant, Zone};
use crate::components::AppProps;
use crate::config::{Config, ConfigError};
use crate::i18n::Texts;
use crate::ledger::LedgerError;
use crate::state::{Action, Effects, ElementState, Env};
use crate::status::Tracked;
use crate::view::{self, View};
use crate::words::Words;

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// The Rust half of one element.
pub struct Element {
    /// Tells this element's own storage writes from other elements'.
    id: u64,
    data: RefCell<ElementData>,
}

#[derive(Default)]
struct ElementData {
    state: ElementState,
    /// The team's zone (the named one, else the visitor's).
    zone: Option<Rc<IntlZone>>,
    /// Formats for the element's language, kept while it is unchanged.
    clock: Option<Rc<IntlClock>>,
    /// The first frame, about to be drawn (see [`Element::connect`]);
    /// dropped on disconnect.
    first_frame: Option<FirstFrame>,
    store: Option<Store>,
    mounted: Option<Mounted>,
    /// The element's words; `None` while its language's pack is on its way.
    texts: Option<Rc<Texts>>,
    /// Its language tag, as `element.js` reads it.
    tag: Option<String>,
    /// The language its dates, times and numbers are in: its tag's, or
    /// English where its words are (`element.js` says).
    formats: Option<String>,
    /// The team's zone as people say it in that language, from `Intl`
    /// (`element.js`).
    zone_label: Option<String>,
    /// The problems `element.js` found in the author's texts and in
    /// fetching the language's pack and the region files: `texts`, `lang`
    /// and `holidays` errors.
    texts_errors: Vec<ConfigError>,
    /// The public holidays of the region codes in `holidays`, in its
    /// syntax, from `element.js`.
    region_days: String,
}

/// When a connected element draws its first frame: at the browser's next
/// frame, in the step where it runs animation callbacks, before it
/// lays out and paints (so no frame is painted between the element's
/// definition and its frame, and the page never shows it collapsed);
/// in a hidden tab, which draws no frames, in the next task.
enum FirstFrame {
    // (Held only to be cancelled when dropped.)
    Frame(#[allow(dead_code)] AnimationFrame),
    Task(#[allow(dead_code)] Timeout),
}

impl Element {
    pub fn new() -> Rc<Element> {
        Rc::new(Element {
            id: NEXT_ID.with(|n| n.replace(n.get() + 1)),
            data: RefCell::default(),
        })
    }

    /// Connected: reads the attributes and dispatches what they call for
    /// in this task; draws the first frame (the view and the Yew app) as
    /// the browser is about to paint ([`FirstFrame`]), and the JSON-LD
    /// block in a task after it. Each of the three is short: a page counts
    /// a task over 50 ms (on a phone's CPU: about 12 ms on a laptop's) as
    /// blocking it, and the three together were one task of 45-75 ms.
    pub fn connect(self: &Rc<Self>, host: &HtmlElement) {
        let fx = self.configure(host);
        let mut sh = self.data.borrow_mut();
        if sh.mounted.is_none() && sh.first_frame.is_none() {
            let (weak, host) = (Rc::downgrade(self), host.clone());
            let draw = move || {
                if let Some(inner) = weak.upgrade() {
                    inner.draw_first_frame(&host);
                }
            };
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            sh.first_frame = Some(if hidden {
                FirstFrame::Task(Timeout::new(0, draw))
            } else {
                FirstFrame::Frame(request_animation_frame(move |_| draw()))
            });
        }
        drop(sh);
        self.perform(host, fx);
    }

    /// The first frame of a connected element (see [`Element::connect`]).
    fn draw_first_frame(self: &Rc<Self>, host: &HtmlElement) {
        self.data.borrow_mut().first_frame = None;
        let Ok(mounted) = self.mount(host) else {
            return;
        };
        self.data.borrow_mut().mounted = Some(mounted);
        // For benchmarks: when this element was first mounted.
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("service-promises:first-render");
        }
        self.after_render();
    }

    /// Disconnected: drops the view, timer, listeners and head block (and
    /// with them the host), and the `Intl` objects, made again when needed.
    /// The ledger stays: a moved element keeps what it tracked.
    pub fn disconnect(self: &Rc<Self>) {
        let released = {
            let mut sh = self.data.borrow_mut();
            sh.zone = None;
            sh.clock = None;
            sh.first_frame = None;
            let env = Env {
                now: now(&sh.state.config),
                zone: &crate::calendar::FixedOffset(0),
                live: false,
            };
            let _ = sh.state.apply(Action::Disconnected, &env);
            sh.mounted.take()
        };
        // Dropped with no borrow held: destroying the app may call back.
        drop(released);
    }

    /// An attribute changed while connected.
    pub fn attribute_changed(self: &Rc<Self>, host: &HtmlElement) {
        let fx = self.configure(host);
        self.perform(host, fx);
    }

    /// Applies `action` (reading the attributes first, the first time) and
    /// performs its effects. On error the state is unchanged.
    pub fn run(self: &Rc<Self>, host: &HtmlElement, action: Action) -> Result<Option<Tracked>, LedgerError> {
        let mut fx = if self.data.borrow().zone.is_none() {
            self.configure(host)
        } else {
            Effects::default()
        };
        let out = self.apply(action, true).map(|mine| {
            let tracked = mine.tracked.clone();
            merge(&mut fx, mine);
            tracked
        });
        // A refused call changed nothing: nothing to render, unless reading
        // the attributes first had effects of its own.
        if out.is_ok() || fx != Effects::default() {
            self.perform(host, fx);
        }
        out
    }

    /// `status()`, as a plain object.
    pub fn status(self: &Rc<Self>, host: &HtmlElement) -> JsValue {
        let connected = {
            let sh = self.data.borrow();
            sh.mounted.is_some() || sh.first_frame.is_some()
        };
        if !connected {
            // Not connected: read the attributes as they are now.
            let fx = self.configure(host);
            self.perform(host, fx);
        }
        let mut sh = self.data.borrow_mut();
        Element::with_input(&mut sh, |input| to_js(&view::status(input))).unwrap_or(JsValue::NULL)
    }

    /// Applies `action` to the state at the current clock and zone.
    fn apply(&self, action: Action, live: bool) -> Result<Effects, LedgerError> {
        let mut sh = self.data.borrow_mut();
        let zone = sh.zone.clone().unwrap_or_else(intl::visitor);
        let state = &mut sh.state;
        let env = Env {
            now: now(&state.config),
            zone: zone.as_ref(),
            live,
        };
        state.apply(action, &env)
    }

    /// A callback of the connected element (a click, the timer, storage, a
    /// fetch): runs `action` for its host; when disconnected meanwhile, only
    /// records it (nobody is there to tell).
    fn from_callback(self: &Rc<Self>, action: Action) {
        let host = self.data.borrow().mounted.as_ref().map(|m| m.host.clone());
        match host {
            Some(host) => {
                let _ = self.run(&host, action);
            }
            None => {
                let _ = self.apply(action, false);
            }
        }
    }

    /// Reads the attributes and the zone into the state, and opens the
    /// storage namespace they name (merging what was tracked before it was
    /// known; a changed `storage-key` switches to that namespace's ledger).
    fn configure(self: &Rc<Self>, host: &HtmlElement) -> Effects {
        let (config, zone) = self.read_config(host);
        let namespace = config.storage_key.clone();
        let now = now(&config);
        let mut sh = self.data.borrow_mut();
        sh.zone = Some(zone.clone());
        let env = Env {
            now,
            zone: zone.as_ref(),
            live: true,
        };
        let mut fx = sh
            .state
            .apply(Action::Configure(Box::new(config)), &env)
            .unwrap_or_default();
        let switch = sh.store.as_ref().map(|s| s.namespace != namespace);
        if switch != Some(false) {
            let (store, stored) = Store::open(&namespace, now);
            sh.store = Some(store);
            let opened = Action::Opened {
                stored,
                first: switch.is_none(),
            };
            merge(&mut fx, sh.state.apply(opened, &env).unwrap_or_default());
        }
        fx
    }

    /// The attributes as they are now, and the team's zone: the named one,
    /// else the visitor's (an unknown name is an error on `timezone`). The
    /// last zone is reused while its name is unchanged.
    fn read_config(self: &Rc<Self>, host: &HtmlElement) -> (Config, Rc<IntlZone>) {
        let mut cfg = Config::from_attributes(|name| host.get_attribute(name));
        // The public holidays of the region codes in `holidays`, as
        // element.js computed them from the region files.
        cfg.holidays.add_days(&self.data.borrow().region_days);
        if let Some(h) = host.get_attribute("holidays") {
            let unknown = region_codes::unknown_regions(&h);
            cfg.errors
                .extend(unknown.into_iter().map(|m| ConfigError::new("holidays", m)));
        }
        cfg.errors.extend(self.data.borrow().texts_errors.iter().cloned());
        let names: Vec<String> = host
            .get_attribute_names()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        cfg.errors
            .extend(Config::unknown_attributes(names.iter().map(String::as_str)));
        let zone = match &cfg.timezone {
            Some(name) => match intl::zone(name) {
                Ok(z) => z,
                Err(msg) => {
                    cfg.errors.insert(
                        0,
                        ConfigError::new("timezone", format!("{msg}; using the visitor's zone")),
                    );
                    cfg.timezone = None;
                    intl::visitor()
                }
            },
            None => intl::visitor(),
        };
        (cfg, zone)
    }

    /// The public holidays of the element's region codes, in the
    /// `holidays` syntax (`2026-12-25 Weihnachten, ...`), as `element.js`
    /// computed them from the region files for the years around now.
    pub fn set_region_days(&self, days: String) {
        self.data.borrow_mut().region_days = days;
    }

    /// The element's language tag `tag` as `element.js` reads it (the one
    /// rule: its own `lang`, the closest ancestor's, the browser's), the
    /// language of its dates and numbers (`formats`), its zone's name as
    /// people say it there (`zone_label`), its words, laid together by
    /// `element.js` in the language `lang` of its pack (`en` where none),
    /// and the problems found (for `texts`, and for
    /// `lang` when its pack could not be had), a line each. Taken at the
    /// next configuration (`element.js` connects or reconfigures the
    /// element after this).
    pub fn set_texts(
        &self,
        tag: String,
        lang: String,
        formats: String,
        zone_label: Option<String>,
        texts: JsValue,
        problems: &str,
    ) {
        // The same words as the last element's (element.js gives elements
        // with no texts of their author's one object per language): the
        // same table, read once.
        thread_local!(static LAST: RefCell<Option<(JsValue, Rc<Texts>)>> = const { RefCell::new(None) });
        let shared = LAST.with_borrow(|l| {
            l.as_ref()
                .filter(|(words, t)| *words == texts && t.lang == lang)
                .map(|(_, t)| t.clone())
        });
        let map = match shared {
            Some(t) => Ok(t),
            None => serde_wasm_bindgen::from_value(texts.clone()).map(|map| {
                let t = Rc::new(Texts::from_map(lang, map));
                LAST.set(Some((texts, t.clone())));
                t
            }),
        };
        let mut sh = self.data.borrow_mut();
        sh.tag = Some(tag);
        sh.formats = Some(formats);
        sh.zone_label = zone_label;
        // One problem a line: "attribute<TAB>message".
        sh.texts_errors = problems
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(attribute, message)| ConfigError::new(attribute, message))
            .collect();
        match map {
            Ok(t) => sh.texts = Some(t),
            Err(e) => sh.texts_errors.push(ConfigError::new("texts", e.to_string())),
        }
    }

    /// Performs `fx`: save (and tell the page's other elements), fetch,
    /// render, then the events, with no state borrowed (listeners may call
    /// back into the element).
    fn perform(self: &Rc<Self>, host: &HtmlElement, fx: Effects) {
        if fx.save {
            let saved = {
                let mut sh = self.data.borrow_mut();
                let ElementData { store, state, .. } = &mut *sh;
                let now = now(&state.config);
                store.as_mut().is_some_and(|s| s.save(&mut state.ledger, now))
            };
            if saved {
                let namespace = self.data.borrow().state.config.storage_key.clone();
                storage::announce(&namespace, self.id);
            }
        }
        if let Some(url) = fx.fetch {
            let weak = Rc::downgrade(self);
            super::record::fetch(&url.clone(), move |result| {
                if let Some(inner) = weak.upgrade() {
                    inner.from_callback(Action::TeamRecord { url, result });
                }
            });
        }
        self.render();
        for e in &fx.events {
            send(host, e);
        }
    }

    /// The view for the state as it is now.
    fn view(sh: &mut ElementData) -> Option<View> {
        Element::with_input(sh, view::build).flatten()
    }

    /// Gathers what the view and `status()` are made of ([`view::Input`]):
    /// the state, the clock, the team's zone, the words of the element's
    /// language (its `Intl` formats made or taken from the page's), the
    /// storage, whose page it is; and gives it to `f`. `None` before the
    /// attributes were read.
    fn with_input<R>(sh: &mut ElementData, f: impl FnOnce(&view::Input<'_>) -> R) -> Option<R> {
        let ElementData {
            state,
            zone,
            clock,
            store,
            texts,
            tag,
            formats,
            zone_label,
            ..
        } = sh;
        let zone = zone.as_ref()?;
        let now = now(&state.config);
        // (Before element.js said, as the attribute says.)
        let tag = tag
            .clone()
            .or_else(|| state.config.lang.clone())
            .unwrap_or_else(|| "en".into());
        // Dates, times and numbers in the words' language (`element.js`
        // says which: a language with no pack reads in English throughout).
        let formats = formats.as_deref().unwrap_or(&tag);
        if clock.as_ref().is_none_or(|c| c.locale != formats) {
            *clock = intl::clock(formats);
        }
        let visitor = intl::visitor();
        // (None before element.js gave them, and in a browser whose `Intl`
        // formats neither the element's language nor English: the view is
        // then the fallback content.)
        let words = match (texts.clone(), clock.as_deref()) {
            (Some(texts), Some(clock)) => Some(Words {
                texts,
                clock,
                visitor: Some(visitor.as_ref()),
            }),
            _ => None,
        };
        // The zone as the author wrote it (the browser would say
        // Europe/Kiev for Europe/Kyiv), else the visitor's.
        let zone_name = state.config.timezone.as_deref().unwrap_or(zone.name());
        let input = view::Input {
            state,
            now,
            zone: zone.as_ref(),
            zone_name,
            zone_label: zone_label.as_deref(),
            words: words.as_ref(),
            storage: view::Storage {
                remembered: store.as_ref().is_some_and(Store::remembers),
                notice: store.as_ref().and_then(|s| s.notice.as_ref()),
            },
            local_page: local_page(),
            tag: &tag,
        };
        Some(f(&input))
    }

    /// Renders the connected element: new props for the app, the minute
    /// timer re-armed, the head block kept current.
    fn render(self: &Rc<Self>) {
        let mut sh = self.data.borrow_mut();
        if sh.mounted.is_none() {
            return;
        }
        let Some(view) = Element::view(&mut sh) else {
            return;
        };
        let Some(m) = sh.mounted.as_mut() else {
            return;
        };
        m.update(AppProps {
            view: Rc::new(view),
            on_answer: m.on_answer.clone(),
            on_delivered: m.on_delivered.clone(),
        });
        drop(sh);
        self.after_render();
    }

    /// After a render: the minute timer re-armed, and the JSON-LD block
    /// made again in a task of its own where what it says may have changed
    /// (the attributes, or the day: it looks a year ahead from today).
    fn after_render(self: &Rc<Self>) {
        let mut sh = self.data.borrow_mut();
        let ElementData {
            state, zone, mounted, ..
        } = &mut *sh;
        let (Some(m), Some(zone)) = (mounted.as_mut(), zone.as_ref()) else {
            return;
        };
        let cfg = &state.config;
        let now = now(cfg);
        let next = state
            .ledger
            .next_transition(now, cfg.follow_up_after, zone.as_ref());
        m.timer = cfg.now.is_none().then(|| {
            let weak = Rc::downgrade(self);
            // At the turn of the minute, or sooner when a promise changes
            // status (not polling every second).
            let to_minute = 60_000 - now.0.rem_euclid(60_000) + 50;
            let wait = next.map_or(to_minute, |t| (t.0 - now.0).clamp(1, to_minute));
            Timeout::new(wait as u32, move || {
                if let Some(inner) = weak.upgrade() {
                    inner.from_callback(Action::Tick);
                }
            })
        });
        let today = zone.to_local(now).div_euclid(DAY_MS);
        let made = m.jsonld_of.as_ref();
        if made.is_none_or(|(c, day)| !Rc::ptr_eq(c, cfg) || *day != today) {
            m.jsonld_of = Some((cfg.clone(), today));
            let weak = Rc::downgrade(self);
            m.jsonld_step = Some(Timeout::new(0, move || {
                if let Some(inner) = weak.upgrade() {
                    inner.write_jsonld();
                }
            }));
        }
    }

    /// The element's JSON-LD block in the document head, for what it
    /// publishes now (none with `jsonld="off"`).
    fn write_jsonld(&self) {
        let mut sh = self.data.borrow_mut();
        let ElementData {
            state, zone, mounted, ..
        } = &mut *sh;
        let (Some(m), Some(zone)) = (mounted.as_mut(), zone.as_ref()) else {
            return;
        };
        m.jsonld_step = None;
        match crate::jsonld::build(&state.config, now(&state.config), zone.as_ref()) {
            None => m.jsonld = None,
            Some(doc) => {
                if m.jsonld.is_none() {
                    m.jsonld = JsonLdScript::new(&m.host, self.id);
                }
                if let Some(script) = &m.jsonld {
                    script.set(&doc);
                }
            }
        }
    }

    /// Mounts the view in `host`'s shadow root, with the callbacks and
    /// listeners that turn clicks, dates and storage changes into actions.
    fn mount(self: &Rc<Self>, host: &HtmlElement) -> Result<Mounted, JsValue> {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        let weak = Rc::downgrade(self);
        let on_answer = Callback::from(move |(id, answer)| {
            if let Some(inner) = weak.upgrade() {
                inner.from_callback(Action::Answer { id, answer });
            }
        });
        let weak = Rc::downgrade(self);
        let on_delivered = Callback::from(move |date: String| {
            if let Some(inner) = weak.upgrade() {
                inner.from_callback(Action::Delivered(parse_iso_date(&date).ok()));
            }
        });
        let listen = |name: &'static str| {
            let weak = Rc::downgrade(self);
            // In the capture phase; the window's events are dispatched at
            // the window itself, where both phases run.
            EventListener::new_with_options(
                &window,
                name,
                EventListenerOptions::run_in_capture_phase(),
                move |e| {
                    if let Some(inner) = weak.upgrade() {
                        inner.on_storage_change(e);
                    }
                },
            )
        };
        let listeners = [listen("storage"), listen(storage::CHANGED_EVENT)];
        let view = Element::view(&mut self.data.borrow_mut()).ok_or_else(|| JsValue::from_str("no zone"))?;
        let props = AppProps {
            view: Rc::new(view),
            on_answer,
            on_delivered,
        };
        Mounted::new(host.clone(), props, listeners)
    }

    /// Another tab or element changed what is stored: merge it.
    fn on_storage_change(self: &Rc<Self>, event: &web_sys::Event) {
        let stored = {
            let mut sh = self.data.borrow_mut();
            let ElementData { state, store, .. } = &mut *sh;
            if !storage::is_change_of(event, &state.config.storage_key, self.id) {
                return;
            }
            store.as_mut().and_then(|s| s.changed(now(&state.config)))
        };
        if let Some(stored) = stored {
            self.from_callback(Action::Stored(stored));
        }
    }
}

/// Adds `more` to `fx`.
fn merge(fx: &mut Effects, more: Effects) {
    fx.save |= more.save;
    fx.fetch = more.fetch.or(fx.fetch.take());
    fx.events.extend(more.events);
    fx.tracked = more.tracked.or(fx.tracked.take());
}

fn now(config: &Config) -> Instant {
    config
        .now
        .unwrap_or_else(|| Instant::from_ms(js_sys::Date::now() as i64))
}

/// Whether the page is the author's own (`localhost`, `127.0.0.1`, `[::1]`
/// or a file): there the element shows its configuration errors. Asked once
/// per page (its host cannot change without loading another page), not at
/// every render.
fn local_page() -> bool {
    thread_local! {
        static LOCAL: bool = web_sys::window().is_some_and(|w| {
            let l = w.location();
            matches!(l.hostname().as_deref(), Ok("localhost" | "127.0.0.1" | "[::1]"))
                || l.protocol().as_deref() == Ok("file:")
        });
    }
    LOCAL.with(|l| *l)
}

/// Makes the `Intl` zone and formats an element of language `tag` will
/// need, before its first render (shared by every element of that zone and
/// language; see `intl::clock`).
pub fn warm(host: &HtmlElement, tag: &str) {
    if let Some(name) = host.get_attribute("timezone") {
        let _ = intl::zone(name.trim());
    }
    intl::visitor();
    intl::clock(tag);
    super::mount::prepare_sheet();
}
