//! The snippet builder (`www/index.html`): a partner picks the options, sees
//! the real widget with them, and copies the snippet for their platform. A
//! second wasm of its own, so none of this reaches partners' readers.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod controls;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod printables;
#[cfg(target_arch = "wasm32")]
mod snippet_card;

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    let Some(root) = document()
        .get_element_by_id("builder")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The static example the page shows without JavaScript makes way.
    root.set_inner_html("");
    let base = widget_folder(&window().location().href().unwrap_or_default());
    leptos::mount::mount_to(root, move || view! { <app::App base /> }).forget();
}

/// The folder of the widget next to this page (`…/v1/`): where snippets
/// copied from here load it from.
#[cfg(target_arch = "wasm32")]
fn widget_folder(page: &str) -> String {
    let page = page.split(['?', '#']).next().unwrap_or(page);
    let dir = page.rfind('/').map_or(page, |i| &page[..=i]);
    format!("{dir}v1/")
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The builder runs in the browser: `make serve`, then open http://127.0.0.1:8080/");
}
