//! What `embed.js` calls: mount the panel into an element's shadow root, and
//! update or unmount it later. The loader owns the element, its fallback,
//! `data-state` and the lifecycle events; this side owns everything inside
//! the widget.

use crate::components::panel::Panel;
use crate::config::{self, Config};
use crate::events;
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Once;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

static PANIC_HOOK: Once = Once::new();

/// The options read from attributes, in the order the contract lists them.
const OPTIONS: &[&str] = &["region", "lang", "layout", "theme", "accent", "quick-exit"];

/// One mounted widget, handed to JavaScript.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    config: RwSignal<Config>,
    /// Console lines already written, so a bad value warns once, not on
    /// every update.
    warned: Vec<String>,
    /// Unmounts the view and disposes its reactive graph when dropped.
    _handle: Box<dyn Any>,
}

/// Mounts the widget for `host` into `root` (its open shadow root), reading
/// the options from `host`'s attributes. The caller removes its fallback
/// after this returns.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: ShadowRoot) -> Result<Widget, JsValue> {
    PANIC_HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| events::report_panic(&info.to_string())));
    });
    let (config, warnings) = read_options(&host);
    let document = root
        .owner_document()
        .ok_or("the shadow root has no document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("kts-root");
    root.append_child(&container)?;

    // The signal is created inside the view's owner so that unmounting
    // disposes it with everything else.
    let signal_slot = Rc::new(Cell::new(None));
    let slot = Rc::clone(&signal_slot);
    let handle = mount_to(container, move || {
        let config = RwSignal::new(config);
        slot.set(Some(config));
        view! { <Panel config /> }
    });
    let config = signal_slot.take().ok_or("the panel did not start")?;
    let mut widget = Widget {
        host,
        config,
        warned: Vec::new(),
        _handle: Box::new(handle),
    };
    widget.warn(warnings);
    Ok(widget)
}

/// Bytes of wasm linear memory, for the memory test and the benchmark.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size::<0>() * 65536) as f64
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the attributes (after one changed) and re-renders.
    pub fn update(&mut self) {
        let (config, warnings) = read_options(&self.host);
        self.warn(warnings);
        self.config.set(config);
    }

    /// Removes the widget and releases everything it held.
    pub fn unmount(self) {
        drop(self);
    }
}

impl Widget {
    fn warn(&mut self, warnings: Vec<config::Warning>) {
        for w in warnings {
            let line = w.message();
            if !self.warned.contains(&line) {
                web_sys::console::warn_1(&line.as_str().into());
                self.warned.push(line);
            }
        }
    }
}

fn read_options(host: &HtmlElement) -> (Config, Vec<config::Warning>) {
    let page_lang = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let get = |name: &str| {
        OPTIONS
            .contains(&name)
            .then(|| host.get_attribute(name))
            .flatten()
    };
    config::parse(get, page_lang.as_deref())
}
