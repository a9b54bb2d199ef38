//! The widget's Leptos components. They only arrange content that comes from
//! `content` and options that come from `config`.
//!
//! Every handler is attached as `on:<event>:capture`. Tachys' bubbling path
//! keeps its global event delegation (a listener per event name in a hash
//! map) in the wasm even with delegation off: 2.4 KB brotli. A handler on
//! the element an event targets runs the same in either phase; the panel's
//! one listener for its links (`events::clicked`) only reads and reports.

pub mod disclosure;
pub mod heading;
pub mod hotline;
pub mod layouts;
pub mod markup;
pub mod panel;
pub mod quick_exit;
pub mod region_picker;
pub mod sections;
pub mod stage;
pub mod tools;
