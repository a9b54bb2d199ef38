//! Know the Signs: an embeddable "Know the signs / Report" widget about child
//! sex trafficking and child abuse. `embed.js` shows the static hotline at
//! once; this crate is the interactive widget it mounts into a shadow root.

pub mod attributes;
pub mod color;
pub mod config;
pub mod content;
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod loader;
pub mod markup;
pub mod minify;
#[cfg(not(target_arch = "wasm32"))]
pub mod package;
pub mod phone;
pub mod poster;
pub mod qr;
pub mod quick_exit;
#[cfg(not(target_arch = "wasm32"))]
pub mod reading;
pub mod reserve;
pub mod snippet;

#[cfg(target_arch = "wasm32")]
pub mod widget;
