use leptos::prelude::*;

/// Read-only HTML written by `markup` for the region shown (lines, signs,
/// sources), put in place as it is, and written again when the reader
/// picks another region.
#[component]
pub fn Markup(
    /// Writes the HTML for a region code.
    html: impl Fn(&'static str) -> String + Send + Sync + 'static,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// The element's class.
    class: &'static str,
) -> impl IntoView {
    view! { <div class=class inner_html=move || html(region.get())></div> }
}
