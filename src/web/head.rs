//! The element's schema.org block in the document head, as a handle: it is
//! removed from the head when the handle is dropped (with the element's
//! mounted state, or when `jsonld="off"`).

use web_sys::Element;

use super::events::to_js;
use crate::jsonld::Document;

/// One `<script type="application/ld+json">` in the document head.
#[must_use]
pub struct JsonLdScript {
    script: Element,
}

impl JsonLdScript {
    /// Adds the block for element number `owner` to the head of `host`'s
    /// document.
    pub fn new(host: &Element, owner: u64) -> Option<JsonLdScript> {
        let document = host.owner_document()?;
        let (head, script) = (document.head()?, document.create_element("script").ok()?);
        let _ = script.set_attribute("type", "application/ld+json");
        let _ = script.set_attribute("data-service-promises", &owner.to_string());
        head.append_child(&script).ok()?;
        Some(JsonLdScript { script })
    }

    /// Writes `doc` as the block's text (text content only: never parsed as
    /// HTML), when it changed.
    pub fn set(&self, doc: &Document) {
        let text = js_sys::JSON::stringify(&to_js(doc))
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        if self.script.text_content().as_deref() != Some(text.as_str()) {
            self.script.set_text_content(Some(&text));
        }
    }
}

impl Drop for JsonLdScript {
    fn drop(&mut self) {
        self.script.remove();
    }
}
