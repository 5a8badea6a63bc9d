//! The element's JavaScript interface: the methods `element.js` forwards
//! to, and the checks of their arguments (each read by serde-wasm-bindgen;
//! a bad one throws an `Error` that says what is wrong and changes nothing).

use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::element::Element;
use super::events::to_js;
use crate::calendar::Instant;
use crate::ledger::{Kind, TrackRequest};
use crate::state::Action;

/// The Rust half of one element (see `element.js`). It holds no reference
/// to its element: each call passes it.
#[wasm_bindgen]
pub struct Widget {
    element: Rc<Element>,
}

/// `track()`'s argument.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackInput {
    id: String,
    #[serde(default)]
    kind: Option<Kind>,
    #[serde(default)]
    channel: Option<String>,
    /// RFC 3339; absent: now.
    #[serde(default)]
    at: Option<String>,
}

#[wasm_bindgen]
impl Widget {
    pub(crate) fn new() -> Widget {
        Widget {
            element: Element::new(),
        }
    }

    /// The element's language tag, its words in its pack's language
    /// `lang`, as `element.js` laid them together, and the problems it found
    /// in them.
    #[wasm_bindgen(js_name = setTexts)]
    pub fn set_texts(&self, tag: String, lang: String, texts: JsValue, problems: String) {
        self.element.set_texts(tag, lang, texts, &problems);
    }

    /// Why the page author's text `text` for the key `key` is not taken
    /// (`i18n::check`: an unknown key, with the likely one; a placeholder
    /// missing or unknown; not a string), or `undefined`.
    #[wasm_bindgen(js_name = textProblem)]
    pub fn text_problem(&self, key: &str, text: JsValue) -> Option<String> {
        match text.as_string() {
            Some(text) => crate::i18n::check(key, &text).err().map(|e| e.to_string()),
            None => Some(format!("the text for \"{key}\" is not a string")),
        }
    }

    /// The entries of a `holidays` value that are region codes there are
    /// rules for (`["US-NY", "DE"]`, upper case; an unknown subdivision
    /// stands for its country): those whose days `element.js` gives.
    #[wasm_bindgen(js_name = regionCodes)]
    pub fn region_codes(&self, holidays: &str) -> JsValue {
        to_js(&crate::calendar::region_codes::counted(holidays))
    }

    /// The public holidays of the element's region codes, in the
    /// `holidays` syntax, for the years around now (`element.js` computes
    /// them from the region files); read at the next configuration.
    #[wasm_bindgen(js_name = setRegionDays)]
    pub fn set_region_days(&self, days: String) {
        self.element.set_region_days(days);
    }

    /// `connectedCallback`.
    pub fn connect(&self, host: HtmlElement) {
        // Debug builds only: lets a test provoke the panic path.
        #[cfg(debug_assertions)]
        if host.has_attribute("data-test-panic") {
            panic!("panic provoked by a test");
        }
        self.element.connect(&host);
    }

    /// `disconnectedCallback`: releases the view, timer, listeners and the
    /// element itself.
    pub fn disconnect(&self) {
        self.element.disconnect();
    }

    /// `attributeChangedCallback`.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, host: HtmlElement) {
        self.element.attribute_changed(&host);
    }

    /// The contract's `status()` snapshot.
    pub fn status(&self, host: HtmlElement) -> JsValue {
        self.element.status(&host)
    }

    /// Tracks a request: `{ id, kind: 'reply' | 'refund', channel, at }`.
    /// Returns `{ id, due }`.
    pub fn track(&self, host: HtmlElement, request: JsValue) -> Result<JsValue, JsValue> {
        let input: TrackInput = known_fields(&request, TrackInput::FIELDS)
            .and_then(|()| serde_wasm_bindgen::from_value(request))
            .map_err(|e| {
                error(&format!(
                    "track() expects {{ id, kind, channel, at }} with string values: {e}"
                ))
            })?;
        let at = parse_at("track", input.at.as_deref())?;
        let req = TrackRequest {
            id: input.id,
            kind: input.kind.unwrap_or(Kind::Reply),
            channel: input.channel,
            at,
        };
        let tracked = self
            .element
            .run(&host, Action::Track(req))
            .map_err(|e| error(&format!("track(): {e}")))?;
        Ok(to_js(&tracked))
    }

    /// The reply was sent or the refund issued (`at` defaults to now).
    pub fn fulfil(&self, host: HtmlElement, id: JsValue, at: JsValue) -> Result<(), JsValue> {
        let (id, at) = (id_arg("fulfil", id)?, at_arg("fulfil", at)?);
        self.call(&host, "fulfil", Action::Fulfil { id, at })
    }

    /// The request is solved (`at` defaults to now): starts the follow-up clock.
    pub fn resolve(&self, host: HtmlElement, id: JsValue, at: JsValue) -> Result<(), JsValue> {
        let (id, at) = (id_arg("resolve", id)?, at_arg("resolve", at)?);
        self.call(&host, "resolve", Action::Resolve { id, at })
    }

    /// Forgets one request.
    pub fn forget(&self, host: HtmlElement, id: JsValue) -> Result<(), JsValue> {
        let id = id_arg("forget", id)?;
        self.call(&host, "forget", Action::Forget(id))
    }

    /// Forgets every request.
    #[wasm_bindgen(js_name = forgetAll)]
    pub fn forget_all(&self, host: HtmlElement) -> Result<(), JsValue> {
        self.call(&host, "forgetAll", Action::ForgetAll)
    }
}

impl TrackInput {
    const FIELDS: &'static [&'static str] = &["id", "kind", "channel", "at"];
}

/// serde-wasm-bindgen reads a struct by its declared fields only, so
/// `deny_unknown_fields` never sees an extra member of a JS object: the
/// object's own keys are checked here, with serde's error for the first
/// unknown one.
fn known_fields(value: &JsValue, fields: &'static [&'static str]) -> Result<(), serde_wasm_bindgen::Error> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Ok(()); // serde says what is wrong with it
    }
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    match keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !fields.contains(&k.as_str()))
    {
        Some(key) => Err(serde::de::Error::unknown_field(&key, fields)),
        None => Ok(()),
    }
}

impl Widget {
    fn call(&self, host: &HtmlElement, method: &str, action: Action) -> Result<(), JsValue> {
        self.element
            .run(host, action)
            .map(|_| ())
            .map_err(|e| error(&format!("{method}(): {e}")))
    }
}

fn error(msg: &str) -> JsValue {
    js_sys::Error::new(&format!("service-promises: {msg}")).into()
}

fn id_arg(method: &str, id: JsValue) -> Result<String, JsValue> {
    serde_wasm_bindgen::from_value(id).map_err(|_| error(&format!("{method}(): id must be a string")))
}

/// An optional `at` argument: an RFC 3339 string, or `undefined`/`null` for now.
fn at_arg(method: &str, at: JsValue) -> Result<Option<Instant>, JsValue> {
    let at: Option<String> = serde_wasm_bindgen::from_value(at).map_err(|_| {
        error(&format!(
            "{method}(): at must be an RFC 3339 string like 2026-03-27T16:30:00Z"
        ))
    })?;
    parse_at(method, at.as_deref())
}

fn parse_at(method: &str, at: Option<&str>) -> Result<Option<Instant>, JsValue> {
    at.map(|s| Instant::parse(s).map_err(|e| error(&format!("{method}(): at: {e}"))))
        .transpose()
}
