use crate::html::heading;
use leptos::html::custom;
use leptos::prelude::*;

/// A real `<h1>`–`<h6>` at the level that fits the host page's outline
/// (`heading-level`), clamped to 6. Built by tag name: one element type
/// instead of six compiled into the wasm.
#[component]
pub fn Heading(
    /// 1 to 6; deeper levels are clamped to 6.
    level: u8,
    /// The heading's class.
    class: &'static str,
    /// Optional id (a dialog names itself by its heading).
    #[prop(optional)]
    id: Option<&'static str>,
    /// The heading's content.
    children: Children,
) -> impl IntoView {
    custom(heading(level)).class(class).id(id).child(children())
}
