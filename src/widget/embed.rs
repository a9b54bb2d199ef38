//! What `embed.js` calls: mount the panel into an element's shadow root, and
//! update or unmount it later. The loader owns the element, its fallback,
//! `data-state` and the lifecycle events; this side owns everything inside
//! the widget.

use crate::color;
use crate::config::{self, Config};
use crate::reserve;
use crate::widget::components::panel::Panel;
use crate::widget::components::stage::{self, Stage};
use crate::widget::events;
use crate::widget::focus;
use crate::widget::fold::Fold;
use crate::widget::sheet;
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Once;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use web_sys::{
    CanvasRenderingContext2d, CssStyleSheet, HtmlCanvasElement, HtmlElement, ShadowRoot,
};

static PANIC_HOOK: Once = Once::new();

const HEAD_WARNING: &str = "Know the Signs: the script is in <head>, where nothing shows; the widget is at the end of <body>. Paste the script where the widget should appear.";

/// One mounted widget, handed to JavaScript.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    /// The widget's top element, whose classes keep its reserved space.
    container: HtmlElement,
    config: RwSignal<Config>,
    /// This widget's colours (its accent, light and dark), adopted by its
    /// shadow root after the shared sheets.
    theme: CssStyleSheet,
    root: ShadowRoot,
    /// Folded until the reader asks (src/widget/fold.rs).
    fold: Fold,
    /// Console lines already written, so a bad value warns once, not on
    /// every update.
    warned: Vec<String>,
    /// Unmounts the view and disposes its reactive graph when dropped.
    _handle: Box<dyn Any>,
}

/// Mounts the widget for `host` into `root` (its open shadow root), reading
/// the options from `host`'s attributes. The caller removes its fallback
/// after this returns (the hotline is up); `whole` is called once every
/// control of the layout is built, a few tasks later (the loader's
/// `kts:ready`), unless the widget is unmounted first.
///
/// `folded`: the page drew the element without reserving the widget's
/// height; the widget is built hidden beside the loader's static hotline
/// until the reader unfolds it (src/widget/fold.rs).
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    root: ShadowRoot,
    whole: Option<js_sys::Function>,
    folded: bool,
) -> Result<Widget, JsValue> {
    PANIC_HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // The message and where, without `Display for PanicHookInfo`
            // (its formatting code is large for what it does here).
            let mut message = String::from(info.payload_as_str().unwrap_or("panic"));
            if let Some(at) = info.location() {
                message.push_str(" at ");
                message.push_str(at.file());
                message.push(':');
                message.push_str(&at.line().to_string());
            }
            events::report_panic(&message);
        }));
    });
    let (config, warnings) = read_options(&host);
    let focused = focus::focused_link(&host, &root);
    let document = root
        .owner_document()
        .ok_or("the shadow root has no document")?;
    // Form A pasted into <head> (a site's "header scripts" setting): nothing
    // there is ever shown. The widget moves to the end of <body> and says
    // where to paste it. (The loader, first, re-shows its fallback there.)
    // Done here, not in the loader, which has no bytes left for it.
    if host.closest("head").ok().flatten().is_some()
        && let Some(body) = document.body()
    {
        body.append_child(&host)?;
        web_sys::console::warn_1(&HEAD_WARNING.into());
    }
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    // The box keeps the space the loader's fallback reserved for this shape
    // (src/reserve.rs), so nothing below moves while the rest arrives (see
    // `grow`) or after, when the widget is shorter at this width.
    container.set_class_name(&root_class(&config));
    root.append_child(&container)?;

    // The signal is created inside the view's owner so that unmounting
    // disposes it with everything else.
    let signal_slot = Rc::new(Cell::new(None));
    let slot = Rc::clone(&signal_slot);
    let handle = mount_to(container.clone(), move || {
        let config = RwSignal::new(config);
        let step = RwSignal::new(0);
        slot.set(Some((config, step)));
        view! { <Panel config stage=Stage(step) /> }
    });
    let (config, step) = signal_slot.take().ok_or("the panel did not start")?;
    if let Some(href) = focused {
        focus::restore(&container, &href);
    }
    let mut fold = Fold::new(container.clone(), step, folded);
    fold.attach(&root, &config.get_untracked())?;
    grow(step, whole, fold.when_built());
    let theme = CssStyleSheet::new()?;
    // After the loader's base sheet (fallback.css), which stays adopted.
    let sheets = root.adopted_style_sheets();
    sheet::with(|s| s.map(|s| sheets.push(s)));
    sheets.push(&theme);
    root.set_adopted_style_sheets(&sheets);
    let mut widget = Widget {
        host,
        container,
        config,
        theme,
        root,
        fold,
        warned: Vec::new(),
        _handle: Box::new(handle),
    };
    widget.paint();
    widget.warn(warnings);
    Ok(widget)
}

/// Builds the next step of the widget in a task of its own, until it is
/// whole, then runs `built` and calls `whole` (the loader's `kts:ready`) in
/// the task after the last step: Leptos writes a step's nodes in the
/// microtasks after the change. Stops if the widget was unmounted meanwhile
/// (its signal is gone).
fn grow(step: RwSignal<u8>, whole: Option<js_sys::Function>, built: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            if step.try_update(|s| *s += 1).is_none() {
                return;
            }
            if step.get_untracked() < stage::DONE {
                return grow(step, whole, built);
            }
            set_timeout(
                move || {
                    if step.try_get_untracked().is_none() {
                        return;
                    }
                    built();
                    if let Some(whole) = whole {
                        // The loader's callback does not throw; if it did,
                        // there is no one here to tell.
                        let _ = whole.call0(&JsValue::NULL);
                    }
                },
                Duration::ZERO,
            );
        },
        Duration::ZERO,
    );
}

/// The widget's top element's classes: its reservation (src/reserve.rs).
fn root_class(config: &Config) -> String {
    format!("kts-root {}", reserve::classes(reserve::Shape::of(config)))
}

thread_local! {
    /// The widget's folder URL (`https://CDN/kts/v1/`), where the posters are.
    static BASE: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Tells the module where it was loaded from (www/start.js does, once).
#[wasm_bindgen]
pub fn set_base(url: String) {
    BASE.set(Some(url.leak()));
}

/// The widget's folder URL, once `set_base` has run.
pub fn base() -> Option<&'static str> {
    BASE.get()
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
        self.container.set_class_name(&root_class(&config));
        // The loader has written a new static hotline if the widget is folded.
        let _ = self.fold.attach(&self.root, &config);
        // Every update builds the widget anew: an open dialog goes too.
        self.closing();
        self.config.set(config);
        self.paint();
    }

    /// Removes the widget and releases everything it held.
    pub fn unmount(self) {
        self.closing();
        drop(self);
    }
}

impl Widget {
    /// The page hears that an open dialog closed when the widget is about
    /// to remove it (unmounted, or built anew): removing a dialog does not
    /// fire its `close`.
    fn closing(&self) {
        if let Ok(Some(open)) = self.container.query_selector("dialog[open]") {
            events::dispatch(&self.host, "kts:close", &[]);
            let _ = open.remove_attribute("open");
        }
    }

    /// Writes the palette for the current accent into the widget's sheet.
    fn paint(&self) {
        let accent = self.config.get_untracked().accent.unwrap_or(color::HOUSE);
        // Cannot fail for text made of custom properties and selectors.
        let _ = self.theme.replace_sync(&color::theme_css(accent));
    }

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
        crate::attributes::NAMES
            .contains(&name)
            .then(|| host.get_attribute(name))
            .flatten()
    };
    config::parse(get, page_lang.as_deref(), resolve_color)
}

/// Any CSS colour the browser understands, as RGB: a 2D canvas normalises
/// what it is given to `#rrggbb` or `rgba(...)`, and ignores what is not a
/// colour, so the value is set over two different sentinels.
fn resolve_color(raw: &str) -> Option<color::Rgb> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let read = |sentinel: &str| {
        ctx.set_fill_style_str(sentinel);
        ctx.set_fill_style_str(raw);
        ctx.fill_style().as_string()
    };
    let (a, b) = (read("#000001")?, read("#000002")?);
    if a != b {
        return None; // the value was ignored: not a colour
    }
    color::parse(&a)
}
