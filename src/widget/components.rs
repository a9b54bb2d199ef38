//! The widget's Leptos components. They only arrange content that comes from
//! `content` and options that come from `config`.
//!
//! Every handler is attached as `on:<event>:capture`. Tachys' bubbling path
//! keeps its global event delegation (a listener per event name in a hash
//! map) in the wasm even with delegation off, and that code is large. A
//! handler on the element an event targets runs the same in either phase; the
//! panel's one listener for its links (`events::clicked`) only reads and
//! reports.
//!
//! Every handler also has one type per kind of event (`handler`): tachys
//! builds, updates and removes each type of handler with its own copy of
//! its event code, so eight closures of eight types kept eight copies.

use leptos::ev::{Event, MouseEvent};

/// A click handler, as the one type all of them share.
pub type OnClick = Box<dyn FnMut(MouseEvent) + Send>;

/// A handler of a plain event (`change`, `close`), as the one type all of
/// them share.
pub type OnEvent = Box<dyn FnMut(Event) + Send>;

/// `f` as the shared handler type of its event (`OnClick`, `OnEvent`).
pub fn handler<E>(f: impl FnMut(E) + Send + 'static) -> Box<dyn FnMut(E) + Send> {
    Box::new(f)
}

pub mod disclosure;
pub mod heading;
pub mod hotline;
pub mod layouts;
pub mod panel;
pub mod region_picker;
pub mod sections;
pub mod stage;
pub mod tools;
pub mod view;
