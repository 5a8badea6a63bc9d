//! The element's view as plain data: a small tree of elements and texts
//! that the sections in `components/` build and the browser edge
//! (`web/render.rs`) applies to the shadow root.
//!
//! Why not Yew: the budget is 100 KB gzip for the whole widget, and
//! Yew with the view written in `html!` measured 43 KB of the 124.5 KB bundle
//! (BENCHMARKS.md), so with it the widget could not fit the budget. The
//! widget needs little of a view layer (its sections appear and disappear,
//! its texts change, nothing is reordered), so the view is this tree and a
//! positional patch of about 80 lines.
//!
//! Positions are stable: an optional child that is absent still takes its
//! place, as an empty text, so a section appearing never shifts the nodes
//! after it (the date the customer typed, the focused button and the
//! polite live regions stay the same DOM nodes).

use std::borrow::Cow;

/// A text: borrowed when it is one of the fixed texts, owned otherwise.
pub type Text = Cow<'static, str>;

/// A node of the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    El(El),
    Text(Text),
}

/// An element: its tag, attributes in order, and children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, Text)>,
    pub children: Vec<Node>,
}

/// A new element with no attributes and no children.
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

/// The placeholder of an absent optional child.
pub const NOTHING: Node = Node::Text(Cow::Borrowed(""));

impl El {
    /// Sets an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<Text>) -> El {
        self.attrs.push((name, value.into()));
        self
    }

    /// The `class` and `part` attributes, which most sections share.
    pub fn class_part(self, class: &'static str, part: &'static str) -> El {
        self.attr("class", class).attr("part", part)
    }

    /// The `class` attribute.
    pub fn class(self, class: &'static str) -> El {
        self.attr("class", class)
    }

    /// Appends a child element or text.
    pub fn child(mut self, child: impl Into<Node>) -> El {
        self.children.push(child.into());
        self
    }

    /// Appends a text.
    pub fn text(self, text: impl Into<Text>) -> El {
        self.child(Node::Text(text.into()))
    }

    /// Appends an optional child: when absent, its placeholder.
    pub fn opt(self, child: Option<impl Into<Node>>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self.child(NOTHING),
        }
    }

    /// Appends a child element for each item.
    pub fn each<T>(mut self, items: impl IntoIterator<Item = T>, f: impl Fn(T) -> El) -> El {
        self.children.extend(items.into_iter().map(|i| Node::El(f(i))));
        self
    }

    /// The value of an attribute, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| &**v)
    }
}

impl From<El> for Node {
    fn from(e: El) -> Node {
        Node::El(e)
    }
}

impl From<&'static str> for Node {
    fn from(t: &'static str) -> Node {
        Node::Text(Cow::Borrowed(t))
    }
}

impl From<String> for Node {
    fn from(t: String) -> Node {
        Node::Text(Cow::Owned(t))
    }
}

impl Node {
    /// Whether the browser can patch `self` into `other` in place: two
    /// texts, or two elements with the same tag.
    pub fn same_kind(&self, other: &Node) -> bool {
        match (self, other) {
            (Node::Text(_), Node::Text(_)) => true,
            (Node::El(a), Node::El(b)) => a.tag == b.tag,
            _ => false,
        }
    }
}

/// Queries for the native tests of the sections.
#[cfg(test)]
impl Node {
    /// The text a reader sees, as the DOM's `textContent` gives it.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            Node::Text(t) => out.push_str(t),
            Node::El(e) => e.children.iter().for_each(|c| c.collect_text(out)),
        }
    }

    /// The elements of this tree, depth first, this one included.
    pub fn elements(&self) -> Vec<&El> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(n) = stack.pop() {
            if let Node::El(e) = n {
                out.push(e);
                stack.extend(e.children.iter().rev());
            }
        }
        out
    }

    /// The first element with this class, depth first.
    pub fn find_class(&self, class: &str) -> Option<&El> {
        self.elements()
            .into_iter()
            .find(|e| e.get("class").is_some_and(|c| c.split(' ').any(|c| c == class)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absent_optional_child_keeps_its_place() {
        let with = el("div").opt(Some(el("p"))).child(el("ul"));
        let without = el("div").opt(None::<El>).child(el("ul"));
        assert_eq!(with.children.len(), 2);
        assert_eq!(without.children.len(), 2);
        assert_eq!(without.children[0], NOTHING);
        // The list after it keeps index 1 either way.
        assert!(with.children[1].same_kind(&without.children[1]));
    }

    #[test]
    fn kinds_and_texts() {
        let tree = Node::from(
            el("p")
                .class("state")
                .child(el("strong").text("Open"))
                .text(" · ")
                .child(el("span").class("next").text(String::from("closes at 17:00"))),
        );
        assert_eq!(tree.text_content(), "Open · closes at 17:00");
        assert_eq!(tree.find_class("next").map(|e| e.tag), Some("span"));
        assert!(tree.find_class("nope").is_none());
        assert!(Node::from("a").same_kind(&Node::from(String::from("b"))));
        assert!(!Node::from(el("p")).same_kind(&Node::from(el("div"))));
        assert!(!Node::from(el("p")).same_kind(&NOTHING));
        assert_eq!(el("a").attr("href", "/x").get("href"), Some("/x"));
    }
}
