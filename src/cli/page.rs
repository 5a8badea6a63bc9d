//! The `<service-promises>` elements of a help page, read with html5ever's
//! tokenizer (the WHATWG tokenizer: attribute names in any case come out
//! lower-cased, character references are decoded, the first of two
//! attributes of one name wins, and the contents of `<script>`, `<style>`,
//! `<textarea>` and the like are not read as markup), with the line of each
//! element and attribute for messages.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// The element's tag name.
pub const TAG: &str = "service-promises";

/// One `<service-promises>` element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// The 1-based line of its start tag's `<`.
    pub line: u64,
    /// Its attributes in source order, names lower-cased, values decoded.
    pub attrs: Vec<Attr>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    pub name: String,
    pub value: String,
    /// The 1-based line where the attribute's name is.
    pub line: u64,
}

impl Element {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.as_str())
    }

    /// The line of attribute `name`, else the element's.
    pub fn line_of(&self, name: &str) -> u64 {
        self.attrs
            .iter()
            .find(|a| a.name == name)
            .map_or(self.line, |a| a.line)
    }

    /// `#id` (or `line N` without an id), for messages.
    pub fn label(&self) -> String {
        match self.get("id") {
            Some(id) => format!("#{id} (line {})", self.line),
            None => format!("line {}", self.line),
        }
    }
}

/// A start tag found: the line where it ends, and its attributes.
type Found = (u64, Vec<(String, String)>);

struct Sink {
    found: RefCell<Vec<Found>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != StartTag {
            return TokenSinkResult::Continue;
        }
        match &*tag.name {
            TAG => {
                let attrs = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                self.found.borrow_mut().push((line, attrs));
                TokenSinkResult::Continue
            }
            // As a browser's tree builder switches the tokenizer (with
            // scripting on, so `<noscript>` is raw text too).
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Every `<service-promises>` element of `html`, in document order.
pub fn elements(html: &str) -> Vec<Element> {
    let sink = Sink {
        found: RefCell::new(Vec::new()),
    };
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tok.feed(&input);
    tok.end();
    let found = tok.sink.found.take();

    // The tokenizer gives the line where a start tag ends; the lines of the
    // tag's `<` and of each attribute's name are found in the source, from
    // the end of that line back to the previous element's tag.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(html.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_at = |off: usize| starts.partition_point(|&s| s <= off) as u64;
    let lower = html.to_ascii_lowercase();
    let mut floor = 0;
    found
        .into_iter()
        .map(|(end_line, attrs)| {
            let end = starts.get(end_line as usize).copied().unwrap_or(html.len());
            let open = lower[floor..end]
                .rfind(&format!("<{TAG}"))
                .map_or(floor, |i| floor + i);
            floor = (open + 1).min(html.len());
            let tag_text = &lower[open..end];
            let mut from = TAG.len() + 1;
            let attrs = attrs
                .into_iter()
                .map(|(name, value)| {
                    let at = find_name(tag_text, &name, from);
                    if let Some(i) = at {
                        from = i + name.len();
                    }
                    let line = line_at(open + at.unwrap_or(0));
                    Attr { name, value, line }
                })
                .collect();
            Element {
                line: line_at(open),
                attrs,
            }
        })
        .collect()
}

/// Where attribute `name` starts in a lower-cased tag's text: after
/// whitespace (or a quote or `/`), followed by `=`, whitespace, `/` or `>`.
fn find_name(tag: &str, name: &str, from: usize) -> Option<usize> {
    let b = tag.as_bytes();
    let mut i = from;
    while let Some(k) = tag.get(i..)?.find(name) {
        let at = i + k;
        let before = at.checked_sub(1).map(|j| b[j]);
        let after = b.get(at + name.len()).copied();
        let ok_before =
            matches!(before, Some(c) if c.is_ascii_whitespace() || c == b'"' || c == b'\'' || c == b'/');
        let ok_after = matches!(after, None | Some(b'=' | b'/' | b'>'))
            || after.is_some_and(|c| c.is_ascii_whitespace());
        if ok_before && ok_after {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests;
