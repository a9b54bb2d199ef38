use super::{
    OnClick, OnEvent, disclosure::Disclosure, handler, quick_exit::QuickExit, sections::Report,
    stage::Stage,
};
use crate::content::Text;
use crate::events;
use crate::markup::lines;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlElement};

/// `layout="banner"`: a one-line hotline bar; "Know the signs" expands the
/// rest below it.
#[component]
pub fn Banner(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// The level of its headings.
    level: u8,
    /// How much of the widget is built.
    stage: Stage,
) -> impl IntoView {
    view! {
        <div class="kts-bar">
            <p class="kts-bar-title">{text.ui.report_title}</p>
            <p class="kts-bar-lines">
                // Polite: a reader who picks another state hears its number,
                // and not 911 again. Both spans are `display: contents`, so
                // the links stay the bar's flex items.
                <span class="kts-bar-leads" aria-live="polite" inner_html=move || lines::bar(text, region.get())></span>
                <span class="kts-bar-911" inner_html=lines::bar_911(text)></span>
            </p>
        </div>
        <Disclosure id="more" title=text.ui.more level>
            <Report text region level=level + 1 sections_level=level + 1 stage />
        </Disclosure>
    }
}

/// `layout="button"`: a floating launcher that opens the panel in a modal
/// dialog. The native `<dialog>` keeps focus inside, closes on Escape and
/// hands focus back to the launcher.
#[component]
pub fn Launcher(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// The level of its headings.
    level: u8,
    /// How much of the widget is built.
    stage: Stage,
    /// Quick exit's address, if on: the dialog has its own exit, since a
    /// modal dialog makes everything outside it unreachable.
    exit: Option<String>,
) -> impl IntoView {
    let exit = exit.map(|target| view! { <QuickExit text target /> });
    // The launcher and its dialog find each other as siblings, without node
    // references (each type of them is its own code in the wasm). The
    // widget itself tells the page when an open dialog is removed
    // (embed.rs, `Widget::closing`).
    let open: OnClick = handler(move |ev: leptos::ev::MouseEvent| {
        let dialog = beside::<HtmlDialogElement>(&ev, Element::next_element_sibling);
        if dialog.is_some_and(|d| d.show_modal().is_ok()) {
            events::announce(&ev.target().into(), "kts:open");
        }
    });
    let close: OnClick = handler(move |ev: leptos::ev::MouseEvent| {
        let button = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let dialog = button.and_then(|b| b.closest("dialog").ok().flatten());
        if let Some(d) = dialog.and_then(|d| d.dyn_into::<HtmlDialogElement>().ok()) {
            d.close();
        }
    });
    let on_closed: OnEvent = handler(move |ev: leptos::ev::Event| {
        if let Some(b) = beside::<HtmlElement>(&ev, Element::previous_element_sibling) {
            let _ = b.focus();
        }
        events::announce(&ev.target().into(), "kts:close");
    });
    view! {
        <button type="button" class="kts-launcher" aria-haspopup="dialog" on:click:capture=open>
            {text.ui.launcher}
        </button>
        <dialog class="kts-dialog" aria-labelledby="kts-title" on:close:capture=on_closed>
            <div class="kts-dialog-bar">
                <button type="button" class="kts-close" on:click:capture=close>{text.ui.close}</button>
            </div>
            // After the bar: Close keeps the focus the dialog opens with.
            {exit}
            <Report text region level sections_level=level + 1 stage />
        </dialog>
    }
}

/// The element `step` finds from the event's target (its sibling), as `T`.
fn beside<T: JsCast>(ev: &web_sys::Event, step: fn(&Element) -> Option<Element>) -> Option<T> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    step(&target)?.dyn_into().ok()
}
