use leptos::prelude::*;

/// A real `<h1>`–`<h6>` at the level that fits the host page's outline
/// (`heading-level`), clamped to 6.
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
    let inner = children();
    match level.clamp(1, 6) {
        1 => view! { <h1 class=class id=id>{inner}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id>{inner}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id>{inner}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id>{inner}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id>{inner}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id>{inner}</h6> }.into_any(),
    }
}
