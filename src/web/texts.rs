//! The element's words in the browser: language packs, fetched next to the
//! wasm (`lang/xx.json`) the first time an element speaks the language and
//! shared by every element of the page, and the page author's texts (a
//! child `<script type="application/json" data-texts>`, or the `texts`
//! property), read by serde-wasm-bindgen.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::config::ConfigError;
use crate::i18n::{TextMap, Texts};

/// A pack's texts, by key.
pub type Pack = Rc<TextMap>;

/// Where a language's pack is.
#[derive(Clone)]
pub enum Packed {
    /// On its way: the element waits (showing its fallback content).
    Loading,
    Ready(Pack),
    /// It could not be had: English words, and the reason.
    Failed(String),
}

type Waiters = Vec<Box<dyn FnOnce()>>;

thread_local! {
    /// The packs asked for on this page (at most one per language).
    static PACKS: RefCell<Vec<(&'static str, Packed, Waiters)>> = RefCell::default();
}

/// The entry for `lang` (made, as loading, when there is none) and whether
/// it was made.
fn entry<'a>(
    packs: &'a mut Vec<(&'static str, Packed, Waiters)>,
    lang: &'static str,
) -> (&'a mut (&'static str, Packed, Waiters), bool) {
    match packs.iter().position(|p| p.0 == lang) {
        Some(i) => (&mut packs[i], false),
        None => {
            packs.push((lang, Packed::Loading, vec![]));
            let last = packs.len() - 1;
            (&mut packs[last], true)
        }
    }
}

#[wasm_bindgen(module = "/src/web/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchText)]
    fn fetch_text(url: &str, max_bytes: u32, timeout_ms: u32, done: JsValue);
    #[wasm_bindgen(js_name = packUrl)]
    fn pack_url(lang: &str) -> String;
}

/// The pack for `lang`; when it is on its way, `settled` is called once
/// it has arrived or failed.
pub fn pack(lang: &'static str, settled: impl FnOnce() + 'static) -> Packed {
    let (state, start) = PACKS.with(|p| {
        let mut packs = p.borrow_mut();
        let ((_, state, waiters), start) = entry(&mut packs, lang);
        if let Packed::Loading = state {
            waiters.push(Box::new(settled));
        }
        (state.clone(), start)
    });
    if start {
        let done = Closure::once_into_js(move |text: Option<String>, reason: Option<String>| {
            let state = match text
                .ok_or_else(|| reason.unwrap_or_default())
                .and_then(|t| read(&t))
            {
                Ok(texts) => Packed::Ready(Rc::new(texts)),
                Err(why) => Packed::Failed(format!(
                    "the {lang} texts (lang/{lang}.json) could not be loaded ({why}); showing English"
                )),
            };
            let waiters = PACKS.with(|p| {
                let mut packs = p.borrow_mut();
                let ((_, st, waiters), _) = entry(&mut packs, lang);
                *st = state;
                std::mem::take(waiters)
            });
            for w in waiters {
                w();
            }
        });
        fetch_text(&pack_url(lang), 64 * 1024, 10_000, done);
    }
    state
}

/// A pack's body: a JSON object of texts.
fn read(text: &str) -> Result<TextMap, String> {
    let value = js_sys::JSON::parse(text).map_err(|_| "not JSON".to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// The author's texts for an element speaking `tag`: from the `texts`
/// property when it was set, else from a child `<script
/// type="application/json" data-texts>`. The object maps keys to texts, or
/// language tags to such objects (the element's full tag first, then its
/// language). Errors are the `texts` attribute's.
pub fn authors(host: &HtmlElement, property: Option<&JsValue>, tag: &str) -> Result<TextMap, String> {
    let value = match property {
        Some(v) => v.clone(),
        None => {
            let Some(script) = host.query_selector(":scope > script[data-texts]").ok().flatten() else {
                return Ok(TextMap::default());
            };
            let text = script.text_content().unwrap_or_default();
            js_sys::JSON::parse(&text).map_err(|e| {
                let why = e
                    .dyn_into::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_default();
                format!("the data-texts script is not JSON ({why})")
            })?
        }
    };
    if value.is_null() || value.is_undefined() {
        return Ok(TextMap::default());
    }
    let object: js_sys::Object = value
        .dyn_into()
        .map_err(|_| "expected an object of key to text".to_string())?;
    let values = js_sys::Object::values(&object);
    let by_language = values.length() > 0 && values.iter().all(|v| v.is_object());
    let chosen = if by_language {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        [tag, primary]
            .iter()
            .flat_map(|t| {
                js_sys::Object::keys(&object)
                    .iter()
                    .filter_map(|k| k.as_string())
                    .find(|k| k.eq_ignore_ascii_case(t))
            })
            .next()
            .map(|k| js_sys::Reflect::get(&object, &k.into()).unwrap_or(JsValue::UNDEFINED))
    } else {
        Some(object.into())
    };
    match chosen {
        None => Ok(TextMap::default()),
        Some(v) => serde_wasm_bindgen::from_value(v).map_err(|e| format!("expected texts as strings: {e}")),
    }
}

/// The element's words for `tag`, with the author's `author` texts over
/// them; `None` while the language's pack is on its way (`settled` is
/// called when it arrives). Problems are added to `errors`.
pub fn words(
    tag: &str,
    author: TextMap,
    errors: &mut Vec<ConfigError>,
    settled: impl FnOnce() + 'static,
) -> Option<Texts> {
    let empty = TextMap::default();
    let (lang, pack) = match crate::i18n::pack_for(tag) {
        None => ("en", None),
        Some(lang) => match pack(lang, settled) {
            Packed::Loading => return None,
            Packed::Ready(p) => (lang, Some(p)),
            Packed::Failed(why) => {
                errors.push(ConfigError::new("lang", why));
                ("en", None)
            }
        },
    };
    let (texts, refused) = Texts::new(lang, pack.as_deref().unwrap_or(&empty), author);
    errors.extend(
        refused
            .into_iter()
            .map(|e| ConfigError::new("texts", e.to_string())),
    );
    Some(texts)
}
