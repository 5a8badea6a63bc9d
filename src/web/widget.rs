//! One `<service-promises>` element's Rust side: reads attributes, renders
//! the view into the shadow root, owns its timer and listeners, answers the
//! JS methods.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{
    CssStyleSheet, Document, Element, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit,
    ShadowRootMode,
};

use super::events::{dispatch, to_js};
use super::intl::{IntlClock, IntlZone};
use super::render::patch_children;
use super::storage::{self, Store};
use crate::calendar::Instant;
use crate::components::Answer;
use crate::config::{Config, ConfigError};
use crate::dom::Node;
use crate::i18n::Lang;
use crate::ledger::{Event, Kind, Ledger, LedgerError, TrackRequest};
use crate::record::TeamRecord;
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
    /// Tells this element's own storage writes from other elements'.
    id: u32,
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// Shared, not cloned, by the render and the follow-up answer.
    config: Rc<Config>,
    /// Tracked requests, loaded from and saved to `store`.
    ledger: Ledger,
    store: Option<Store>,
    zone: Option<Rc<IntlZone>>,
    mounted: Option<Mounted>,
    /// Errors already announced through `config-error`.
    reported: Vec<ConfigError>,
    /// Formats for the element's language, kept while the language is unchanged.
    clock: Option<Rc<IntlClock>>,
    /// The visitor's own zone.
    visitor: Option<Rc<IntlZone>>,
    /// The refund calculator's delivery day (local day number).
    delivered: Option<i64>,
    /// The team record for the `record-url` it was fetched from: fetched
    /// once per URL, never retried in a loop.
    team: Option<(String, Team)>,
}

enum Team {
    Loading,
    Loaded(TeamRecord),
    Unavailable(String),
}

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

struct Mounted {
    document: Document,
    /// The root of the rendered view, in the shadow root.
    container: Element,
    /// What `container` holds now, to patch the next render against.
    rendered: Vec<Node>,
    /// Re-renders when the minute turns (texts like "reply by 14:05"
    /// depend on it); dropped, and so cleared, on disconnect.
    timer: Option<Timeout>,
    /// On the window, `storage` (other tabs) and the in-page change event;
    /// on the view, clicks on the follow-up buttons and the calculator's
    /// date, handled once for the whole view (by the `data-answer` and `id`
    /// attributes the sections set). Removed when dropped.
    _listeners: [EventListener; 4],
    /// This element's schema.org block in the document head.
    jsonld: Option<Element>,
}

#[wasm_bindgen]
impl Widget {
    pub(crate) fn new(host: HtmlElement) -> Widget {
        Widget {
            inner: Rc::new(Inner {
                host,
                id: NEXT_ID.with(|n| n.replace(n.get() + 1)),
                state: RefCell::new(State::default()),
            }),
        }
    }

    /// Called from `connectedCallback`.
    pub fn connect(&self) -> Result<(), JsValue> {
        // Debug builds only: lets a test provoke the panic path.
        #[cfg(debug_assertions)]
        if self.inner.host.has_attribute("data-test-panic") {
            panic!("panic provoked by a test");
        }
        Inner::refresh(&self.inner);
        Ok(())
    }

    /// Called from `disconnectedCallback`: removes the view and drops the
    /// timer and listeners, releasing every closure the element holds.
    pub fn disconnect(&self) {
        let mounted = self.inner.state.borrow_mut().mounted.take();
        if let Some(m) = mounted {
            if let Some(script) = &m.jsonld {
                script.remove();
            }
            drop(m.timer);
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
            self.inner.prepare();
        }
        let zone = self.inner.state.borrow().zone.clone();
        let zone = zone.unwrap_or_else(|| self.inner.visitor());
        let st = self.inner.state.borrow();
        let now = self.inner.now(&st.config);
        let mut status = view::status(&st.config, &st.ledger, now, zone.as_ref(), zone.name());
        if let Some(store) = &st.store {
            status.storage = view::StorageStatus {
                remembered: store.remembers(),
                notice: store.notice.clone(),
            };
        }
        status.team_record = st.team.as_ref().map(|(url, t)| view::TeamStatus {
            state: match t {
                Team::Loading => "loading",
                Team::Loaded(_) => "loaded",
                Team::Unavailable(_) => "unavailable",
            },
            url: url.clone(),
            record: match t {
                Team::Loaded(r) => Some(r.clone()),
                _ => None,
            },
            reason: match t {
                Team::Unavailable(why) => Some(why.clone()),
                _ => None,
            },
        });
        to_js(&status)
    }

    /// Tracks a request: `{ id, kind: 'reply' | 'refund', channel, at }`.
    /// Returns `{ id, due }`; throws an `Error` saying what is wrong.
    pub fn track(&self, request: JsValue) -> Result<JsValue, JsValue> {
        let input = TrackInput::read(&request).map_err(|e| {
            error(&format!(
                "track() expects {{ id, kind, channel, at }} with string values: {e}"
            ))
        })?;
        let kind = match input.kind.as_deref() {
            None | Some("reply") => Kind::Reply,
            Some("refund") => Kind::Refund,
            Some(other) => {
                return Err(error(&format!(
                    "track(): kind must be 'reply' or 'refund', not '{other}'"
                )))
            }
        };
        let at = parse_at("track", input.at.as_deref())?;
        let out = self.inner.mutate(|st, zone, now| {
            let req = TrackRequest {
                id: input.id.clone(),
                kind,
                channel: input.channel.clone(),
                at,
            };
            let p = st.ledger.track(req, &st.config, zone, now)?;
            Ok(TrackOutput {
                id: p.id.clone(),
                due: p.due.to_rfc3339(),
            })
        });
        out.map(|o| to_js(&o))
            .map_err(|e| error(&format!("track(): {e}")))
    }

    /// The reply was sent or the refund issued (`at` defaults to now).
    pub fn fulfil(&self, id: JsValue, at: JsValue) -> Result<(), JsValue> {
        self.stamp("fulfil", id, at, Ledger::fulfil)
    }

    /// The request is solved (`at` defaults to now): starts the follow-up clock.
    pub fn resolve(&self, id: JsValue, at: JsValue) -> Result<(), JsValue> {
        self.stamp("resolve", id, at, Ledger::resolve)
    }

    pub fn forget(&self, id: JsValue) -> Result<(), JsValue> {
        let id = id_arg("forget", &id)?;
        self.inner
            .mutate(|st, _, _| st.ledger.forget(&id))
            .map_err(|e| error(&format!("forget(): {e}")))
    }

    #[wasm_bindgen(js_name = forgetAll)]
    pub fn forget_all(&self) -> Result<(), JsValue> {
        self.inner
            .mutate(|st, _, _| {
                st.ledger.forget_all();
                Ok(())
            })
            .map_err(|e: LedgerError| error(&e.0))
    }
}

impl Widget {
    fn stamp(
        &self,
        method: &str,
        id: JsValue,
        at: JsValue,
        f: fn(&mut Ledger, &str, Instant) -> Result<(), LedgerError>,
    ) -> Result<(), JsValue> {
        let id = id_arg(method, &id)?;
        if !(at.is_undefined() || at.is_null() || at.is_string()) {
            return Err(error(&format!(
                "{method}(): at must be an RFC 3339 string like 2026-03-27T16:30:00Z"
            )));
        }
        let at = parse_at(method, at.as_string().as_deref())?;
        self.inner
            .mutate(|st, _, now| f(&mut st.ledger, &id, at.unwrap_or(now)))
            .map_err(|e| error(&format!("{method}(): {e}")))
    }
}

struct TrackInput {
    id: String,
    kind: Option<String>,
    channel: Option<String>,
    at: Option<String>,
}

impl TrackInput {
    const FIELDS: [&'static str; 4] = ["id", "kind", "channel", "at"];

    /// Reads the argument of `track()`: an object with string members
    /// (`undefined` or `null` for the optional ones) and no others.
    fn read(v: &JsValue) -> Result<TrackInput, String> {
        if !v.is_object() || js_sys::Array::is_array(v) {
            return Err(format!("got {}", v.js_typeof().as_string().unwrap_or_default()));
        }
        for name in js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>())
            .iter()
            .filter_map(|k| k.as_string())
        {
            if !Self::FIELDS.contains(&name.as_str()) {
                return Err(format!("unknown field `{name}`"));
            }
        }
        let get = |name: &str| -> Result<Option<String>, String> {
            let m = js_sys::Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            if m.is_undefined() || m.is_null() {
                return Ok(None);
            }
            m.as_string()
                .map(Some)
                .ok_or_else(|| format!("`{name}` must be a string"))
        };
        Ok(TrackInput {
            id: get("id")?.ok_or("missing `id`")?,
            kind: get("kind")?,
            channel: get("channel")?,
            at: get("at")?,
        })
    }
}

#[derive(serde::Serialize)]
struct TrackOutput {
    id: String,
    due: String,
}

fn error(msg: &str) -> JsValue {
    js_sys::Error::new(&format!("service-promises: {msg}")).into()
}

fn id_arg(method: &str, id: &JsValue) -> Result<String, JsValue> {
    id.as_string()
        .ok_or_else(|| error(&format!("{method}(): id must be a string")))
}

fn parse_at(method: &str, at: Option<&str>) -> Result<Option<Instant>, JsValue> {
    at.map(|s| Instant::parse(s).map_err(|e| error(&format!("{method}(): at: {e}"))))
        .transpose()
}

impl Inner {
    fn read_config(&self) -> Config {
        let host = &self.host;
        let mut cfg = Config::from_attributes(|name| host.get_attribute(name));
        let names: Vec<String> = host
            .get_attribute_names()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        cfg.errors
            .extend(Config::unknown_attributes(names.iter().map(String::as_str)));
        cfg
    }

    /// The attributes as they are now, and the team's zone: the named one,
    /// else the visitor's (an unknown name is an error on `timezone`). The
    /// last zone is reused while its name is unchanged.
    fn resolve(&self) -> (Config, Rc<IntlZone>) {
        let mut cfg = self.read_config();
        let zone = match &cfg.timezone {
            Some(name) => {
                let cached = self.state.borrow().zone.clone().filter(|z| z.is(name));
                match cached.map(Ok).unwrap_or_else(|| IntlZone::new(name).map(Rc::new)) {
                    Ok(z) => z,
                    Err(msg) => {
                        cfg.errors.insert(
                            0,
                            ConfigError::new("timezone", format!("{msg}; using the visitor's zone")),
                        );
                        cfg.timezone = None;
                        self.visitor()
                    }
                }
            }
            None => self.visitor(),
        };
        (cfg, zone)
    }

    /// The visitor's own zone, made once per element (its `Intl` formatter
    /// and offset cache are worth keeping across renders).
    fn visitor(&self) -> Rc<IntlZone> {
        self.state
            .borrow_mut()
            .visitor
            .get_or_insert_with(|| Rc::new(IntlZone::visitor()))
            .clone()
    }

    /// Runs a ledger change; on success re-renders and sends the events it
    /// caused. On error nothing changed.
    fn mutate<T>(
        self: &Rc<Self>,
        f: impl FnOnce(&mut State, &dyn crate::calendar::Zone, Instant) -> Result<T, LedgerError>,
    ) -> Result<T, LedgerError> {
        if self.state.borrow().zone.is_none() {
            self.prepare();
        }
        let (out, saved) = {
            let mut st = self.state.borrow_mut();
            let zone = st.zone.clone().expect("prepared above");
            let now = self.now(&st.config);
            let out = f(&mut st, zone.as_ref(), now)?;
            (out, self.save(&mut st, now))
        };
        self.announce(saved);
        if self.state.borrow().mounted.is_some() {
            Inner::refresh(self);
        } else {
            let (events, saved) = {
                let mut st = self.state.borrow_mut();
                let now = self.now(&st.config);
                let events = st.ledger.transitions(now);
                let saved = !events.is_empty() && self.save(&mut st, now);
                (events, saved)
            };
            self.announce(saved);
            self.send(&events);
        }
        Ok(out)
    }

    /// Reads the attributes and zone into the state, and opens the storage
    /// namespace they name (merging what was tracked before it was known;
    /// a changed `storage-key` switches to that namespace's ledger).
    fn prepare(&self) {
        let (config, zone) = self.resolve();
        let now = self.now(&config);
        let mut st = self.state.borrow_mut();
        let namespace = config.storage_key.clone();
        st.config = Rc::new(config);
        st.zone = Some(zone);
        let switch = st.store.as_ref().map(|s| s.namespace != namespace);
        if switch != Some(false) {
            let (store, mut loaded) = Store::open(&namespace, now);
            if switch.is_none() {
                loaded.merge(&st.ledger);
            }
            st.ledger = loaded;
            st.store = Some(store);
        }
    }

    /// Writes the ledger (merged with what is stored); true if it wrote.
    fn save(&self, st: &mut State, now: Instant) -> bool {
        let State { store, ledger, .. } = st;
        store.as_mut().is_some_and(|s| s.save(ledger, now))
    }

    /// After a write, with no state borrowed: tells the page's other elements.
    fn announce(&self, saved: bool) {
        if saved {
            let namespace = self.state.borrow().config.storage_key.clone();
            storage::announce(&namespace, self.id);
        }
    }

    /// Another tab or element changed what is stored: merge it and re-render.
    fn on_storage_change(this: &Rc<Inner>, event: &web_sys::Event) {
        {
            let mut st = this.state.borrow_mut();
            let now = this.now(&st.config);
            let namespace = st.config.storage_key.clone();
            if !storage::is_change_of(event, &namespace, this.id) {
                return;
            }
            let stored = st.store.as_mut().and_then(|s| s.load(now));
            if let Some(stored) = stored {
                st.ledger.merge(&stored);
            }
        }
        Inner::refresh(this);
    }

    /// A click in the view: a follow-up button answers.
    fn on_click(this: &Rc<Inner>, event: &web_sys::Event) {
        let Some(Ok(Some(button))) = target(event).map(|t| t.closest("button[data-answer]")) else {
            return;
        };
        let answer = button
            .get_attribute("data-answer")
            .and_then(|a| Answer::from_name(&a));
        if let (Some(answer), Some(id)) = (answer, button.get_attribute("data-id")) {
            Inner::answer(this, id, answer);
        }
    }

    /// A change in the view: the refund calculator's delivery date.
    fn on_change(this: &Rc<Inner>, event: &web_sys::Event) {
        let input = target(event).and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|i| i.id() == crate::components::DELIVERED) {
            let day = crate::calendar::holidays::parse_iso_date(&input.value()).ok();
            this.state.borrow_mut().delivered = day;
            Inner::refresh(this);
        }
    }

    /// The customer answered the follow-up question (or put it off): record
    /// it, reopen when not solved, and tell the page.
    fn answer(this: &Rc<Inner>, id: String, answer: Answer) {
        let solved = answer != Answer::NotSolved;
        let done = this.mutate(|st, zone, now| {
            let config = st.config.clone();
            st.ledger.answer_follow_up(&id, solved, &config, zone, now)
        });
        if done.is_ok() && answer != Answer::Dismissed {
            #[derive(serde::Serialize)]
            struct FollowUpAnswer<'a> {
                id: &'a str,
                solved: bool,
            }
            dispatch(
                &this.host,
                "follow-up-answer",
                &FollowUpAnswer { id: &id, solved },
            );
        }
    }

    /// Keeps this element's JSON-LD block in the document head current
    /// (text content only: never parsed as HTML).
    fn publish_jsonld(&self, m: &mut Mounted, text: Option<String>) {
        match (text, &m.jsonld) {
            (None, Some(script)) => {
                script.remove();
                m.jsonld = None;
            }
            (Some(text), Some(script)) => {
                if script.text_content().as_deref() != Some(text.as_str()) {
                    script.set_text_content(Some(&text));
                }
            }
            (Some(text), None) => {
                let Some(document) = self.host.owner_document() else {
                    return;
                };
                let (Some(head), Ok(script)) = (document.head(), document.create_element("script")) else {
                    return;
                };
                let _ = script.set_attribute("type", "application/ld+json");
                let _ = script.set_attribute("data-service-promises", &self.id.to_string());
                script.set_text_content(Some(&text));
                if head.append_child(&script).is_ok() {
                    m.jsonld = Some(script);
                }
            }
            (None, None) => {}
        }
    }

    /// The element's language: its `lang` attribute, else the closest
    /// ancestor's, else the browser's.
    fn locale(&self, config: &Config) -> String {
        if let Some(lang) = &config.lang {
            return lang.clone();
        }
        let inherited = self
            .host
            .parent_element()
            .and_then(|p| p.closest("[lang]").ok().flatten())
            .and_then(|e| e.get_attribute("lang"))
            .filter(|l| !l.trim().is_empty());
        inherited
            .or_else(|| web_sys::window().and_then(|w| w.navigator().language()))
            .unwrap_or_else(|| "en".to_string())
    }

    /// Fetches the team record in the background, then re-renders.
    fn fetch_team(this: &Rc<Inner>, url: String) {
        let weak = Rc::downgrade(this);
        let fetched = url.clone();
        super::record::fetch(&fetched, move |result| {
            let Some(inner) = weak.upgrade() else { return };
            {
                let mut st = inner.state.borrow_mut();
                match &mut st.team {
                    Some((current, t)) if *current == url => {
                        *t = match result {
                            Ok(r) => Team::Loaded(r),
                            Err(why) => Team::Unavailable(why),
                        }
                    }
                    _ => return, // the URL changed meanwhile
                }
                if st.mounted.is_none() {
                    return;
                }
            }
            Inner::refresh(&inner);
        });
    }

    fn send(&self, events: &[Event]) {
        for e in events {
            dispatch(&self.host, e.name, e);
        }
    }

    fn now(&self, config: &Config) -> Instant {
        config
            .now
            .unwrap_or_else(|| Instant::from_ms(js_sys::Date::now() as i64))
    }

    /// Re-reads the attributes, re-renders, announces new errors and
    /// re-arms the minute timer.
    fn refresh(this: &Rc<Inner>) {
        this.prepare();
        let visitor = this.visitor();
        let fresh: Vec<ConfigError>;
        let events: Vec<Event>;
        let saved;
        {
            let mut st = this.state.borrow_mut();
            let cfg = st.config.clone();
            let zone = st.zone.clone().expect("prepared above");
            let now = this.now(&cfg);
            let mut found = st.ledger.transitions(now);
            if let Some(since) = view::unstaffed_since(&cfg, now, zone.as_ref()) {
                found.extend(st.ledger.note_unstaffed(since));
            }
            events = found;
            saved = !events.is_empty() && this.save(&mut st, now);
            let fetch_team = match (&cfg.record_url, &st.team) {
                (Some(url), Some((fetched, _))) if url == fetched => None,
                (Some(url), _) => {
                    st.team = Some((url.clone(), Team::Loading));
                    Some(url.clone())
                }
                (None, _) => {
                    st.team = None;
                    None
                }
            };
            if let Some(url) = fetch_team {
                Inner::fetch_team(this, url);
            }
            let locale = this.locale(&cfg);
            if st.clock.as_ref().is_none_or(|c| c.locale != locale) {
                st.clock = IntlClock::new(&locale)
                    .or_else(|| IntlClock::new("en"))
                    .map(Rc::new);
            }
            let clock = st.clock.clone();
            let words = match &clock {
                Some(c) => view::Words {
                    lang: Lang::from_tag(&c.locale),
                    clock: c.as_ref(),
                    visitor: Some(visitor.as_ref()),
                },
                None => view::Words::PLAIN,
            };
            let mut view = view::build(&cfg, &st.ledger, now, zone.as_ref(), zone.name(), &words);
            if let (Some(r), Some(day)) = (view.refund.as_mut(), st.delivered) {
                r.estimate = view::refund_estimate(&cfg, day, now, zone.as_ref(), &words);
            }
            view.storage_notice = st.store.as_ref().and_then(|s| s.notice.clone());
            view.team = st.team.as_ref().and_then(|(_, t)| match t {
                Team::Loading => None,
                Team::Loaded(r) => Some(Ok(r.lines(words.lang, words.clock))),
                Team::Unavailable(_) => Some(Err(words.t(crate::i18n::Key::RecordUnavailable).to_string())),
            });
            let tree = vec![Node::El(crate::components::render(&view))];
            fresh = cfg
                .errors
                .iter()
                .filter(|e| !st.reported.contains(e))
                .cloned()
                .collect();
            st.reported = cfg.errors.clone();
            let real_clock = cfg.now.is_none();
            let cfg_follow_up = cfg.follow_up_after;
            let first = st.mounted.is_none();
            if first {
                match Inner::mount(this) {
                    Ok(m) => st.mounted = Some(m),
                    Err(_) => return,
                }
            }
            let m = st.mounted.as_mut().expect("mounted above");
            // Should a DOM call fail (none is expected), the view is emptied
            // and the next render builds it afresh.
            if patch_children(&m.document, &m.container, &m.rendered, &tree).is_ok() {
                m.rendered = tree;
            } else {
                m.container.set_text_content(None);
                m.rendered.clear();
            }
            if first {
                // For benchmarks: when this element first rendered.
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark("service-promises:first-render");
                }
            }
            let next_transition =
                st.ledger
                    .next_transition(now, cfg_follow_up, st.zone.as_deref().expect("set above"));
            let timer = real_clock.then(|| {
                let weak: Weak<Inner> = Rc::downgrade(this);
                // At the turn of the minute, or sooner when a promise changes
                // status (not polling every second).
                let to_minute = 60_000 - now.0.rem_euclid(60_000) + 50;
                let wait = next_transition.map_or(to_minute, |t| (t.0 - now.0).clamp(1, to_minute));
                Timeout::new(wait as u32, move || {
                    if let Some(inner) = weak.upgrade() {
                        Inner::refresh(&inner);
                    }
                })
            });
            let jsonld =
                crate::jsonld::build(&cfg, now, zone.as_ref()).and_then(|d| crate::json::to_string(&d).ok());
            if let Some(m) = &mut st.mounted {
                m.timer = timer;
                this.publish_jsonld(m, jsonld);
            }
        }
        this.announce(saved);
        for e in &fresh {
            dispatch(&this.host, "config-error", e);
        }
        this.send(&events);
    }

    fn mount(this: &Rc<Inner>) -> Result<Mounted, JsValue> {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        let listen =
            |target: &web_sys::EventTarget, name: &'static str, handle: fn(&Rc<Inner>, &web_sys::Event)| {
                let weak = Rc::downgrade(this);
                // In the capture phase: a `change` dispatched by a script may
                // not bubble, and it still counts. (The window's events are
                // dispatched at the window itself, where both phases run.)
                EventListener::new_with_options(
                    target,
                    name,
                    EventListenerOptions::run_in_capture_phase(),
                    move |e| {
                        if let Some(inner) = weak.upgrade() {
                            handle(&inner, e);
                        }
                    },
                )
            };
        let this: &Inner = this;
        let root: ShadowRoot = match this.host.shadow_root() {
            Some(r) => r,
            None => this
                .host
                .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        SHEET.with(|s| {
            if let Some(sheet) = s {
                root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
            }
        });
        let document = this
            .host
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let container = document.create_element("div")?;
        container.set_class_name("root");
        root.append_child(&container)?;
        let listeners = [
            listen(&window, "storage", Inner::on_storage_change),
            listen(&window, storage::CHANGED_EVENT, Inner::on_storage_change),
            listen(&container, "click", Inner::on_click),
            listen(&container, "change", Inner::on_change),
        ];
        Ok(Mounted {
            document,
            container,
            rendered: Vec::new(),
            timer: None,
            _listeners: listeners,
            jsonld: None,
        })
    }
}

/// The element an event was dispatched at.
fn target(event: &web_sys::Event) -> Option<Element> {
    event.target().and_then(|t| t.dyn_into::<Element>().ok())
}
