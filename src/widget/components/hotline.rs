use super::heading::Heading;
use crate::content::Text;
use crate::markup::lines;
use leptos::prelude::*;

/// The banner that is always on top: the region's line (or, where it has
/// none, where to turn), tap to call, its hours, and 911.
#[component]
pub fn Hotline(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown; the picker may change it.
    region: RwSignal<&'static str>,
    /// The level of its heading.
    level: u8,
) -> impl IntoView {
    view! {
        <div class="kts-hotline">
            <Heading level class="kts-title" id="kts-title">{text.ui.report_title}</Heading>
            // Polite: a reader who picks another state hears its number.
            <div class="kts-leads" aria-live="polite" inner_html=move || lines::leads(text, region.get())></div>
            <p class="kts-emergency" inner_html=lines::emergency(text).finish()></p>
            <p class="kts-reassure">{text.ui.no_expert}</p>
        </div>
    }
}
