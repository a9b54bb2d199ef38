//! Elements the widget puts in the page itself (outside its shadow root),
//! styled through the CSSOM: a strict CSP allows that, where it would refuse
//! a style attribute.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

/// A new `<tag>` of `document` with `properties` set `!important`, so the
/// page's own CSS cannot undo them. A property the browser does not take is
/// left out; the element is still made.
pub fn element(document: &Document, tag: &str, properties: &[(&str, &str)]) -> Option<HtmlElement> {
    let element: HtmlElement = document.create_element(tag).ok()?.unchecked_into();
    let style = element.style();
    for (name, value) in properties {
        let _ = style.set_property_with_priority(name, value, "important");
    }
    Some(element)
}
