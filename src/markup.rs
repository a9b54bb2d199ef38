//! The HTML of the widget's read-only parts, written from the content data
//! by plain functions (see `html` for why not views). The components put it
//! in place with `inner_html`; a tap on a line's link is reported once for
//! the whole widget (`events::clicked`), from the link's `data-line` and
//! `data-channel`.

#[cfg(not(target_arch = "wasm32"))]
pub mod body;
pub mod lines;
pub mod links;
pub mod options;
pub mod tools;
