use crate::content::{self, Text};
use crate::{embed, poster};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// Share and print: pass the number on, or put it on a wall. The poster is
/// a page of its own next to the loader (src/poster.rs), opened in a new tab.
#[component]
pub fn Tools(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
) -> impl IntoView {
    let (copied, set_copied) = signal(false);
    let share = move |_| {
        // Every lead line: Hawaii's two serve different islands.
        let lines = content::lead_lines(region.get_untracked());
        let about = content::joined(
            lines
                .iter()
                .map(|line| format!("{} {}", text.line_name(line), line.written())),
            "; ",
        );
        let (before, after) = content::around(text.ui.share_text);
        let message = format!("{before}{about}{after}");
        if share_natively(&message) {
            return;
        }
        let url = window().location().href().unwrap_or_default();
        set_copied.set(crate::clipboard::write(&format!("{message} {url}")).is_some());
    };
    let poster = move || {
        let href = format!("{}{}", embed::base()?, poster::path(region.get(), text)?);
        Some(view! {
            <a class="kts-tool" href=href target="_blank" rel="noopener">
                {text.ui.poster}
                <span class="kts-sr">" " {text.ui.new_tab}</span>
            </a>
        })
    };
    view! {
        <div class="kts-tools">
            <button type="button" class="kts-tool" on:click:capture=share>{text.ui.share}</button>
            {poster}
            <p class="kts-copied" role="status">{move || copied.get().then_some(text.ui.copied)}</p>
        </div>
    }
}

/// Calls `navigator.share` where the browser has it (phones). Found at run
/// time: web-sys only offers it behind an unstable flag.
fn share_natively(message: &str) -> bool {
    let navigator = window().navigator();
    let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()) else {
        return false;
    };
    let Some(share) = share.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"text".into(), &message.into());
    let _ = js_sys::Reflect::set(
        &data,
        &"url".into(),
        &window().location().href().unwrap_or_default().into(),
    );
    match share.call1(&navigator, &data) {
        Ok(promise) => {
            // A reader who cancels is not an error.
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.unchecked_into::<js_sys::Promise>().catch(&ignore);
            ignore.forget();
            true
        }
        Err(_) => false,
    }
}
