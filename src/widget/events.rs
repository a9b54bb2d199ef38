//! The events of contract §3, dispatched on the `<know-the-signs>` element.
//! They bubble out of the shadow root (`composed`) and never carry personal
//! data: only which line and which channel.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, Event, ShadowRoot};

/// Dispatches `name` on `host` with a `detail` object of string fields.
pub fn dispatch(host: &Element, name: &str, detail: &[(&str, &str)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        // Setting a plain property on a fresh object cannot fail.
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The `<know-the-signs>` element that holds `node` in its shadow root.
pub fn host_of(node: &JsValue) -> Option<Element> {
    let node: &web_sys::Node = node.dyn_ref()?;
    node.get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .map(|root| root.host())
}

/// Announces that a reader chose a line (`kts:call`) when a click anywhere
/// in the widget lands in a line's link (`markup::links` gives each its
/// `data-line` and `data-channel`): one listener instead of one per link.
pub fn clicked(ev: &Event) {
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("a[data-channel]").ok().flatten());
    let Some(link) = link else { return };
    let (Some(line), Some(channel)) = (
        link.get_attribute("data-line"),
        link.get_attribute("data-channel"),
    ) else {
        return;
    };
    if let Some(host) = host_of(&link.into()) {
        dispatch(&host, "kts:call", &[("line", &line), ("channel", &channel)]);
    }
}

/// Announces a dialog opening or closing (`kts:open`, `kts:close`).
pub fn announce(from: &JsValue, name: &str) {
    if let Some(host) = host_of(from) {
        dispatch(&host, name, &[]);
    }
}

/// Tells the loader that the module panicked (`kts:panic` on the document),
/// so it can put every widget back to its static hotline: after a panic the
/// module aborts and must not be called again.
pub fn report_panic(message: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(root) = document.and_then(|d| d.document_element()) {
        // Dispatched on <html>; it bubbles to the document the loader watches.
        dispatch(&root, "kts:panic", &[("message", message)]);
    }
}
