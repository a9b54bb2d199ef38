use super::call_link::CallLink;
use crate::content::{self, Kind, Text};
use leptos::prelude::*;

/// The banner that is always on top: the region's line, tap to call, its
/// hours, and 911 for immediate danger.
#[component]
pub fn Hotline(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region whose line leads.
    region: &'static str,
) -> impl IntoView {
    let line = content::lead_line(region);
    let emergency = content::call_line(region, Kind::Emergency);
    let (before, after) = text
        .ui
        .emergency
        .split_once("{}")
        .unwrap_or((text.ui.emergency, ""));
    let no_state_line = content::reporting_line(region)
        .is_none()
        .then(|| view! { <p class="kts-no-line">{text.ui.no_state_line}</p> });
    view! {
        <div class="kts-hotline">
            <h2 class="kts-title">{text.ui.report_title}</h2>
            {no_state_line}
            <p class="kts-line-name">{text.line_name(line.id)}</p>
            <CallLink line text class="kts-call" />
            <p class="kts-hours">{text.ui.hours_24_7}</p>
            <p class="kts-emergency">
                {before}
                <CallLink line=emergency text class="kts-911" bare=true />
                {after}
            </p>
            <p class="kts-reassure">{text.ui.no_expert}</p>
        </div>
    }
}
