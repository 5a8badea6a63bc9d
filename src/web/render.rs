//! Applies a [`dom`](crate::dom) tree to the element's container: the first
//! time by building it, then by patching what changed, position by
//! position (the tree keeps optional children's places, see `dom.rs`).
//! A node whose kind is unchanged is kept, so focus, a typed date and the
//! live regions survive a re-render; only changed texts and attributes are
//! written.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node as DomNode};

use crate::dom::{El, Node};

/// Patches `parent`'s children, which were built from `old`, into `new`.
pub fn patch_children(doc: &Document, parent: &DomNode, old: &[Node], new: &[Node]) -> Result<(), JsValue> {
    let mut live = parent.first_child();
    for (i, n) in new.iter().enumerate() {
        match (old.get(i), live) {
            (Some(o), Some(d)) => {
                live = d.next_sibling();
                if o.same_kind(n) {
                    patch(doc, &d, o, n)?;
                } else {
                    parent.replace_child(&create(doc, n)?, &d)?;
                }
            }
            (_, rest) => {
                live = rest;
                parent.append_child(&create(doc, n)?)?;
            }
        }
    }
    while let Some(d) = live {
        live = d.next_sibling();
        parent.remove_child(&d)?;
    }
    Ok(())
}

fn patch(doc: &Document, live: &DomNode, old: &Node, new: &Node) -> Result<(), JsValue> {
    match (old, new) {
        (Node::Text(a), Node::Text(b)) if a != b => live.set_node_value(Some(b)),
        (Node::El(a), Node::El(b)) => {
            let e: &Element = live.unchecked_ref();
            for (name, value) in &b.attrs {
                if a.get(name) != Some(value) {
                    e.set_attribute(name, value)?;
                }
            }
            for (name, _) in &a.attrs {
                if b.get(name).is_none() {
                    e.remove_attribute(name)?;
                }
            }
            patch_children(doc, live, &a.children, &b.children)?;
        }
        _ => {}
    }
    Ok(())
}

/// Builds a new DOM node for `n`.
fn create(doc: &Document, n: &Node) -> Result<DomNode, JsValue> {
    Ok(match n {
        Node::Text(t) => doc.create_text_node(t).into(),
        Node::El(El { tag, attrs, children }) => {
            let e = doc.create_element(tag)?;
            for (name, value) in attrs {
                e.set_attribute(name, value)?;
            }
            for c in children {
                e.append_child(&create(doc, c)?)?;
            }
            e.into()
        }
    })
}
