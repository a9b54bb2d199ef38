//! The widget in the browser: what the loader calls (mount, update,
//! unmount), its start-up steps, the folded start, the page-level listeners
//! and the Leptos views. Everything here touches the DOM; the logic it uses
//! (options, content, lines, reservation, colour, the HTML it writes) lives
//! beside it in the crate and is tested natively.

pub mod clipboard;
pub mod components;
pub mod embed;
pub mod events;
pub mod fetch;
pub mod focus;
pub mod fold;
mod heap;
pub mod sheet;
pub mod styled;
pub mod warm;
