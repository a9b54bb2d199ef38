use super::view::Viewing;
use super::{OnClick, OnEvent, disclosure::Disclosure, handler, sections::Report, stage::Stage};
use crate::config::Config;
use crate::content::Text;
use crate::markup::lines;
use crate::quick_exit::view::ViewExit;
use crate::widget::events;
use leptos::html;
use leptos::prelude::*;

/// `layout="banner"`: a one-line hotline bar; "Know the signs" expands the
/// rest below it.
#[component]
pub fn Banner(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// Who the sections speak to.
    viewing: Viewing,
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
            <Report text region viewing level=level + 1 sections_level=level + 1 stage />
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
    /// Who the sections speak to.
    viewing: Viewing,
    /// The level of its headings.
    level: u8,
    /// How much of the widget is built.
    stage: Stage,
    /// The partner's options, for quick exit: the dialog has its own exit,
    /// since a modal dialog makes everything outside it unreachable.
    options: Config,
) -> impl IntoView {
    let (launcher, dialog) = (
        NodeRef::<html::Button>::new(),
        NodeRef::<html::Dialog>::new(),
    );
    // The widget itself tells the page when an open dialog is removed
    // (embed.rs, `Widget::closing`).
    let open: OnClick = handler(move |ev: leptos::ev::MouseEvent| {
        if dialog.get().is_some_and(|d| d.show_modal().is_ok()) {
            events::announce(&ev.target().into(), "kts:open");
        }
    });
    let close: OnClick = handler(move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    });
    let on_closed: OnEvent = handler(move |ev: leptos::ev::Event| {
        if let Some(b) = launcher.get() {
            let _ = b.focus();
        }
        events::announce(&ev.target().into(), "kts:close");
    });
    view! {
        <button
            type="button"
            class="kts-launcher"
            aria-haspopup="dialog"
            node_ref=launcher
            on:click:capture=open
        >
            {text.ui.launcher}
        </button>
        <dialog
            class="kts-dialog"
            aria-labelledby="kts-title"
            node_ref=dialog
            on:close:capture=on_closed
        >
            <div class="kts-dialog-bar">
                <button type="button" class="kts-close" on:click:capture=close>{text.ui.close}</button>
            </div>
            // After the bar: Close keeps the focus the dialog opens with.
            <ViewExit text options viewing />
            <Report text region viewing level sections_level=level + 1 stage />
        </dialog>
    }
}
