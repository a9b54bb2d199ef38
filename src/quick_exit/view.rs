use super::page::{self as exit, Status};
use crate::config::Config;
use crate::content::Text;
use crate::widget::components::view::Viewing;
use crate::widget::components::{OnClick, handler};
use leptos::prelude::*;

/// "Exit this page": a real link to a neutral site, so it works without
/// JavaScript; with it, the page is hidden at once before leaving. Shift
/// pressed three times does the same, and a status counts down for screen
/// readers. A note says what it cannot do.
#[component]
pub fn QuickExit(
    /// The words of the reader's language.
    text: &'static Text,
    /// Where to leave to.
    target: String,
) -> impl IntoView {
    let status = exit::enable(&target);
    on_cleanup(exit::release);
    let href = target.clone();
    let on_click: OnClick = handler(move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        exit::leave(&target);
    });
    // A frame cannot hear the page's keys (page.rs): it does not offer them.
    let note = if exit::in_frame() {
        text.ui.exit_note.to_owned()
    } else {
        format!("{} {}", text.ui.exit_keys, text.ui.exit_note)
    };
    let announce = move || match status.get() {
        Status::Idle => "",
        Status::Remaining(2) => text.ui.exit_press_2,
        Status::Remaining(_) => text.ui.exit_press_1,
        Status::Expired => text.ui.exit_expired,
    };
    view! {
        <div class="kts-exit">
            <a
                class="kts-exit-link"
                href=href
                rel="nofollow noreferrer"
                target=exit::in_frame().then_some("_top")
                on:click:capture=on_click
            >
                {text.ui.exit_label}
            </a>
            <p class="kts-exit-note">{note}</p>
            <p class="kts-sr" role="status">{announce}</p>
        </div>
    }
}

/// Quick exit as the view shown asks for it: as the partner set it, or, if
/// they did not, on in the youth view only.
#[component]
pub fn ViewExit(
    /// The words of the reader's language.
    text: &'static Text,
    /// The partner's options.
    options: Config,
    /// The view shown.
    viewing: Viewing,
) -> impl IntoView {
    move || {
        let target = options.clone().showing(viewing.get()).quick_exit?;
        // Type-erased and optional like the sections.
        Some(view! { <QuickExit text target /> }.into_any())
    }
}
