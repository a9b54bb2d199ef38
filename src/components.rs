//! The widget's Leptos components. They only arrange content that comes from
//! `content` and options that come from `config`.

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
