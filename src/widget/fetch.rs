//! Reads a file from the widget's own folder (the views' words,
//! src/poster/view.rs). The same origin as the wasm, so a page's
//! `connect-src` for the widget already allows it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The text of `url`, or `None` if the request fails or is refused.
pub async fn text(url: &str) -> Option<String> {
    let response = JsFuture::from(leptos::prelude::window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
