//! Keeps a reader's place when the widget replaces the static hotline: the
//! loader removes the fallback after the mount, and a focused link in it
//! (a keyboard or screen-reader user about to call) would leave focus on
//! the page's body, or skip the widget on the next Tab.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// The `href` of the focused link of the fallback: in the shadow root (the
/// loader's static links), or among the host's own children (form B's).
pub fn focused_link(host: &HtmlElement, root: &ShadowRoot) -> Option<String> {
    let in_page = || {
        let active = host.owner_document()?.active_element()?;
        host.contains(Some(&active)).then_some(active)
    };
    root.active_element()
        .or_else(in_page)?
        .get_attribute("href")
}

/// Focuses the widget's link to `href` (the hotline and 911 are built in
/// the mount's own task) or, if it has none that can take focus (the
/// button layout keeps its lines in a closed dialog), its first call link
/// or button that can: either way, focus stays in the widget. Never the
/// quick exit's link, where Enter would leave the page.
pub fn restore(container: &Element, href: &str) {
    let Ok(controls) = container.query_selector_all("a[href], button") else {
        return;
    };
    // Two passes: the link to the same number, then any control.
    for same in [true, false] {
        for i in 0..controls.length() {
            let Some(control) = controls
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlElement>().ok())
            else {
                continue;
            };
            let own = control.get_attribute("href");
            let fits = if same {
                own.as_deref() == Some(href)
            } else {
                // A call or a button, not a link that leaves.
                own.is_none_or(|h| h.starts_with("tel:"))
            };
            if !fits {
                continue;
            }
            let _ = control.focus();
            if control.matches(":focus").unwrap_or(false) {
                return;
            }
        }
    }
}
