//! `localStorage` for the ledger: load, merge-and-save, and the fallbacks
//! when storage is blocked, full, unreadable or written by a newer version.
//! Nothing is ever silently dropped or overwritten.

use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;
use web_sys::Storage;

use super::events::to_js;
use crate::calendar::Instant;
use crate::ledger::Ledger;
use crate::store::{self, Decoded, Json, StorageNotice, StoreError, Stored};

/// A stored document as the browser's `JSON.parse` gives it, read by
/// serde-wasm-bindgen.
struct Parsed(JsValue);

impl Json for Parsed {
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_wasm_bindgen::from_value(self.0.clone()).map_err(|e| e.to_string())
    }
    fn version(&self) -> Option<u32> {
        let version = js_sys::Reflect::get(&self.0, &JsValue::from_str("version")).ok()?;
        serde_wasm_bindgen::from_value(version).ok()
    }
}

/// Reads stored text.
fn read(text: &str) -> Result<Decoded, StoreError> {
    let value = js_sys::JSON::parse(text)
        .map_err(|e| StoreError::NotJson(js_sys::Error::from(e).message().as_string().unwrap_or_default()))?;
    store::read(&Parsed(value))
}

/// The in-page event that tells the other elements on the same page that
/// the stored ledger changed (`storage` events only reach other tabs).
pub const CHANGED_EVENT: &str = "service-promises-stored";

/// Where one element's ledger lives.
pub struct Store {
    pub namespace: String,
    /// `None`: working from memory only.
    storage: Option<Storage>,
    /// What the visitor should know about remembering, if anything.
    pub notice: Option<StorageNotice>,
    /// The stored text last read whole or written here: while storage still
    /// holds exactly this, everything in it is in the ledger already, and
    /// reading it again (tens of milliseconds at 10,000 requests) is skipped.
    seen: Option<String>,
}

impl Store {
    /// Opens the namespace and loads what it holds.
    pub fn open(namespace: &str, now: Instant) -> (Store, Ledger) {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let mut store = Store {
            namespace: namespace.to_string(),
            storage,
            notice: None,
            seen: None,
        };
        if store.storage.is_none() {
            store.notice = Some(StorageNotice::Blocked);
            return (store, Ledger::default());
        }
        let ledger = store.load(now).unwrap_or_default();
        (store, ledger)
    }

    /// Whether changes are written to storage.
    pub fn remembers(&self) -> bool {
        self.storage.is_some()
    }

    fn stop(&mut self, notice: StorageNotice) {
        self.storage = None;
        self.notice = Some(notice);
    }

    /// Reads the stored ledger (an empty one when storage holds what this
    /// element last read or wrote: nothing new to merge). Unreadable data is
    /// kept aside before anything else is written; where that is impossible,
    /// or the data is of a newer format, this element stops writing and says so.
    pub fn load(&mut self, now: Instant) -> Option<Ledger> {
        self.read(now, false)
    }

    /// What another tab or element wrote, when storage holds something else
    /// than what this element last read or wrote; else `None`.
    pub fn changed(&mut self, now: Instant) -> Option<Ledger> {
        self.read(now, true)
    }

    fn read(&mut self, now: Instant, only_changed: bool) -> Option<Ledger> {
        let storage = self.storage.clone()?;
        let key = store::key(&self.namespace);
        let text = match storage.get_item(&key) {
            Ok(Some(t)) => t,
            Ok(None) => return Some(Ledger::default()),
            Err(_) => {
                self.stop(StorageNotice::Blocked);
                return None;
            }
        };
        if self.seen.as_deref() == Some(text.as_str()) {
            return (!only_changed).then(Ledger::default);
        }
        match read(&text) {
            Ok(Decoded::Ok(l)) => {
                self.seen = Some(text);
                Some(l)
            }
            Ok(Decoded::Newer(v)) => {
                self.stop(StorageNotice::Newer(v));
                None
            }
            Ok(Decoded::Partly { ledger, problems }) => {
                self.set_aside(&storage, &text, ledger, &problems.join("; "), now)
            }
            Err(why) => self.set_aside(&storage, &text, Ledger::default(), &why.to_string(), now),
        }
    }

    fn set_aside(
        &mut self,
        storage: &Storage,
        text: &str,
        readable: Ledger,
        why: &str,
        now: Instant,
    ) -> Option<Ledger> {
        let backup = store::backup_key(&self.namespace, now);
        if storage.set_item(&backup, text).is_err() {
            self.stop(StorageNotice::Unreadable(why.into()));
            return None;
        }
        let readable_text = encode(&readable);
        if storage
            .set_item(&store::key(&self.namespace), &readable_text)
            .is_ok()
        {
            self.seen = Some(readable_text);
        }
        self.notice = Some(StorageNotice::KeptAside {
            why: why.into(),
            backup,
        });
        Some(readable)
    }

    /// Merges what is stored into `ledger` (another tab or element may have
    /// written), then writes the result. When storage is full, drops the
    /// oldest finished-and-followed-up records, never a pending one; if that
    /// is not enough, stops writing (the stored state stays as it was).
    /// Returns whether it wrote; then call [`announce`] once no widget state
    /// is borrowed.
    pub fn save(&mut self, ledger: &mut Ledger, now: Instant) -> bool {
        let Some(storage) = self.storage.clone() else {
            return false;
        };
        match self.load(now) {
            Some(stored) => ledger.merge(&stored),
            None => return false,
        }
        let key = store::key(&self.namespace);
        loop {
            let text = encode(ledger);
            if storage.set_item(&key, &text).is_ok() {
                self.seen = Some(text);
                break;
            }
            if ledger.drop_oldest_finished(16) == 0 {
                self.stop(StorageNotice::Full);
                return false;
            }
        }
        true
    }
}

/// Tells the other elements on this page that `namespace` was written by
/// the element numbered `source`. (A `u64`, though numbers are small: the
/// pair is then read by the reader of the stored forgotten ids' pairs.)
pub fn announce(namespace: &str, source: u64) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&to_js(&(namespace, source)));
    if let (Some(w), Ok(e)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(CHANGED_EVENT, &init),
    ) {
        let _ = w.dispatch_event(&e);
    }
}

/// Whether a window event means that `namespace` changed in storage because
/// of someone other than element `me`.
pub fn is_change_of(event: &web_sys::Event, namespace: &str, me: u64) -> bool {
    use wasm_bindgen::JsCast;
    if let Some(e) = event.dyn_ref::<web_sys::StorageEvent>() {
        // `key` is null when another tab cleared all of storage.
        return e.key().is_none_or(|k| k == store::key(namespace));
    }
    if let Some(e) = event.dyn_ref::<web_sys::CustomEvent>() {
        // The detail is [namespace, source] (see `announce`).
        return serde_wasm_bindgen::from_value::<(String, u64)>(e.detail())
            .is_ok_and(|(ns, source)| ns == namespace && source != me);
    }
    false
}

/// The stored text of `ledger`: serde-wasm-bindgen, then the browser's
/// `JSON.stringify`.
fn encode(ledger: &Ledger) -> String {
    js_sys::JSON::stringify(&to_js(&Stored::from_ledger(ledger)))
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default()
}
