//! The element's JavaScript interface: the methods `element.js` forwards
//! to, and the checks of their arguments (each read by serde-wasm-bindgen;
//! a bad one throws an `Error` that says what is wrong and changes nothing).

use std::rc::Rc;

use serde::de::DeserializeOwned;
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

#[wasm_bindgen]
impl Widget {
    pub(crate) fn new() -> Widget {
        Widget {
            element: Element::new(),
        }
    }

    /// The element's language tag, its pack's language `lang`, the
    /// language of its dates (`formats`) and its zone's name there, its
    /// words as `element.js` laid them together, and the problems it found
    /// in them.
    #[wasm_bindgen(js_name = setTexts)]
    pub fn set_texts(
        &self,
        tag: String,
        lang: String,
        formats: String,
        zone_label: Option<String>,
        texts: JsValue,
        problems: String,
    ) {
        self.element
            .set_texts(tag, lang, formats, zone_label, texts, &problems);
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
        let [id, kind, channel, at] =
            request_members(&request).map_err(|e| error(&format!("track(): {e}")))?;
        // Each member read by serde once its type is known to fit (serde's
        // own messages would name Rust types): the `{ id, kind, channel,
        // at }` of `track()`.
        let kind: Option<Kind> = member(kind)?;
        let at: Option<String> = member(at)?;
        let req = TrackRequest {
            id: member(id)?,
            kind: kind.unwrap_or(Kind::Reply),
            channel: member(channel)?,
            at: parse_at("track", at.as_deref())?,
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

/// `track()`'s argument checked in the contract's words: an object of `id`,
/// `kind`, `channel` and `at`, each a string (`kind` one of the contract's
/// words), `id` not optional; no other member. Its members, in that order.
fn request_members(value: &JsValue) -> Result<[JsValue; 4], String> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(format!(
            "expects an object {{ id, kind, channel, at }}; got {}",
            describe(value)
        ));
    }
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    if let Some(key) = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !TRACK_FIELDS.contains(&k.as_str()))
    {
        return Err(format!("takes id, kind, channel and at; not \"{key}\""));
    }
    let members = TRACK_FIELDS
        .map(|f| js_sys::Reflect::get(value, &JsValue::from_str(f)).unwrap_or(JsValue::UNDEFINED));
    for (field, v) in TRACK_FIELDS.iter().zip(&members) {
        let optional = *field != "id" && v.is_undefined();
        let fits = match v.as_string() {
            Some(kind) if *field == "kind" => ["reply", "refund", "hours", "update"].contains(&kind.as_str()),
            Some(_) => true,
            None => optional,
        };
        if !fits {
            let must = match *field {
                "kind" => "kind must be \"reply\" or \"refund\"",
                "at" => "at must be an RFC 3339 string like 2026-03-27T16:30:00Z",
                "id" => "id must be a string",
                _ => "channel must be a string",
            };
            return Err(format!("{must}; got {}", describe(v)));
        }
    }
    Ok(members)
}

const TRACK_FIELDS: [&str; 4] = ["id", "kind", "channel", "at"];

/// A member of `track()`'s argument, read by serde once it is known to fit.
fn member<T: DeserializeOwned>(v: JsValue) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(v).map_err(|e| error(&format!("track(): {e}")))
}

/// A JavaScript value as a message names it: "the number 12345", "the text
/// \"x\"", "true", "null", "nothing", "a list", "an object".
fn describe(v: &JsValue) -> String {
    if let Some(n) = v.as_f64() {
        format!("the number {n}")
    } else if let Some(t) = v.as_string() {
        format!("the text \"{t}\"")
    } else if let Some(b) = v.as_bool() {
        b.to_string()
    } else if v.is_null() {
        "null".into()
    } else if v.is_undefined() {
        "nothing".into()
    } else if js_sys::Array::is_array(v) {
        "a list".into()
    } else {
        "an object".into()
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
    match id.as_string() {
        Some(_) => serde_wasm_bindgen::from_value(id).map_err(|e| error(&format!("{method}(): {e}"))),
        None => Err(error(&format!(
            "{method}(): id must be a string; got {}",
            describe(&id)
        ))),
    }
}

/// An optional `at` argument: an RFC 3339 string, or `undefined`/`null` for now.
fn at_arg(method: &str, at: JsValue) -> Result<Option<Instant>, JsValue> {
    if !(at.is_undefined() || at.is_null() || at.as_string().is_some()) {
        return Err(error(&format!(
            "{method}(): at must be an RFC 3339 string like 2026-03-27T16:30:00Z; got {}",
            describe(&at)
        )));
    }
    let at: Option<String> =
        serde_wasm_bindgen::from_value(at).map_err(|e| error(&format!("{method}(): {e}")))?;
    parse_at(method, at.as_deref())
}

fn parse_at(method: &str, at: Option<&str>) -> Result<Option<Instant>, JsValue> {
    at.map(|s| Instant::parse(s).map_err(|e| error(&format!("{method}(): at: {e}"))))
        .transpose()
}
