//! The widget's Leptos components. They only arrange content that comes from
//! `content` and options that come from `config`.

pub mod blocks;
pub mod call_link;
pub mod disclosure;
pub mod hotline;
pub mod panel;
