//! The first widget's start-up, in steps that www/start.js runs each in a
//! task of its own before that widget mounts, so that no task runs over 50 ms.

use crate::widget::components::hotline::Hotline;
use crate::widget::{sheet, styled};
use crate::{color, config, content};
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

/// One step of the start-up. The browser compiles WebAssembly functions the
/// first time they run, and lays out text in a font and a stylesheet it has
/// not used yet more slowly too, so a slow phone would otherwise spend one
/// long task on it (the widget keeps every task under 50 ms). Step 0 builds
/// the shared stylesheet and runs the option and colour logic; step 1
/// renders a throwaway hotline; step 2 styles it, hidden, and step 3 lays it
/// out and drops it.
#[wasm_bindgen]
pub fn warm(step: u8) {
    match step {
        0 => {
            sheet::with(|_| ());
            let _ = color::theme_css(color::HOUSE);
            let _ = config::parse(|_| None, None, |_| None);
        }
        1 => {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            if let Ok(div) = document.create_element("div") {
                let div: HtmlElement = div.unchecked_into();
                div.set_class_name("kts-root panel");
                let handle = mount_to(div.clone(), || {
                    let text = content::default_text();
                    let region = RwSignal::new(content::DEFAULT_REGION);
                    view! {
                        <section class="kts" data-layout="panel" data-theme="light">
                            <Hotline text region level=2 />
                        </section>
                    }
                });
                WARMED.set(Some((div, Box::new(handle))));
            }
        }
        2 => {
            // Kept attached until step 3, with its view.
            if let Some((div, handle)) = WARMED.take()
                && let Some(host) = hide_and_style(&div)
            {
                WARMED.set(Some((host, handle)));
            }
        }
        _ => {
            if let Some((host, _handle)) = WARMED.take() {
                // Reading a size makes the browser lay it out now.
                let _ = host.offset_height();
                host.remove();
            }
        }
    }
}

thread_local! {
    /// The throwaway hotline (step 1), then its hidden host (step 2), with
    /// its view, for the next step.
    static WARMED: Cell<Option<(HtmlElement, Box<dyn Any>)>> = const { Cell::new(None) };
}

/// Puts `content` in a hidden shadow root under the shared sheet, out of the
/// page's flow, and has the browser compute its style; step 3 lays it out
/// and removes it. The first real widget then finds the sheet's rules and
/// its text's shapes ready. Returns the host.
fn hide_and_style(content: &HtmlElement) -> Option<HtmlElement> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let host = styled::element(
        &document,
        "div",
        &[
            ("position", "absolute"),
            ("visibility", "hidden"),
            ("width", "400px"),
            ("left", "-10000px"),
            ("top", "0"),
        ],
    )?;
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    sheet::with(|s| s.map(|s| root.set_adopted_style_sheets(&js_sys::Array::of1(s))));
    root.append_child(content).ok()?;
    document.body()?.append_child(&host).ok()?;
    // Reading a computed value makes the browser compute style now.
    let _ = window
        .get_computed_style(content)
        .ok()??
        .get_property_value("color");
    Some(host)
}
