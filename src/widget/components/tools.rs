use super::{OnClick, handler};
use crate::config::Audience;
use crate::content::Text;
use crate::markup::tools;
use crate::widget::{clipboard, embed};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// Share and print: pass the number on, or put it on a wall. The poster is
/// a page of its own next to the loader (src/poster.rs), opened in a new tab.
#[component]
pub fn Tools(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// Who the view shown speaks to: its poster is the printable for them.
    audience: Audience,
) -> impl IntoView {
    // What the status says after Share fell back to copying; empty when
    // there is nothing to say (`:empty` hides the line).
    let said = RwSignal::new("");
    let copied = move |ok: bool| {
        let words = if ok {
            text.ui.copied
        } else {
            text.ui.copy_failed
        };
        // A live region only speaks when its text changes: the same words
        // again (a second Share) are emptied first and come back a moment
        // later, so every copy is announced.
        said.set("");
        let speak = move || {
            // `try_set`: the widget may be gone by then.
            let _ = said.try_set(words);
        };
        set_timeout(speak, Duration::from_millis(150));
    };
    let share: OnClick = handler(move |_| {
        let message = tools::share_message(text, region.get_untracked(), audience);
        let url = window().location().href().unwrap_or_default();
        let copy_text = format!("{message} {url}");
        let copy = move || clipboard::copy(&copy_text, copied);
        share_natively(&message, &url, copy);
    });
    // No link before www/start.js has said where the posters are.
    let poster = move || {
        let base = embed::base();
        let link = base.map(|base| tools::poster_link(text, base, region.get(), audience));
        link.unwrap_or_default()
    };
    view! {
        <div class="kts-tools">
            <button type="button" class="kts-tool" on:click:capture=share>{text.ui.share}</button>
            // `display: contents`: the link is the row's flex item.
            <span class="kts-poster" inner_html=poster></span>
            <p class="kts-copied" role="status">{move || said.get()}</p>
        </div>
    }
}

/// Calls `navigator.share` where the browser has it (phones), and
/// `fallback` where it has not or refuses (an iframe without
/// `allow="web-share"`); a reader who cancels is not refused. Found at run
/// time: web-sys only offers it behind an unstable flag.
fn share_natively(message: &str, url: &str, fallback: impl FnOnce() + 'static) {
    let navigator = window().navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|s| s.dyn_into::<js_sys::Function>().ok());
    let Some(share) = share else {
        return fallback();
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"text".into(), &message.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Ok(promise) = share.call1(&navigator, &data) else {
        return fallback();
    };
    let refused = Closure::once(move |e: JsValue| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok();
        if name.and_then(|n| n.as_string()).as_deref() != Some("AbortError") {
            fallback();
        }
    });
    let _ = promise.unchecked_into::<js_sys::Promise>().catch(&refused);
    refused.forget();
}
