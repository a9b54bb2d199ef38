use super::channels::{CallLink, Channels};
use super::guide::NoStateLine;
use super::heading::Heading;
use crate::content::{self, Kind, Text};
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
    let emergency = content::national_line(Kind::Emergency);
    let (before, after) = content::around(text.ui.emergency);
    let lines = move || {
        let code = region.get();
        let no_line = content::reporting_lines(code).next().is_none();
        let leads = content::lead_lines(code).into_iter().map(|line| {
            view! {
                <div class="kts-lead">
                    <p class="kts-line-name">{text.line_name(line)}</p>
                    <Channels line text call_class="kts-call" />
                    {text.hours(line).map(|h| view! { <p class="kts-hours">{h}</p> })}
                    {line.trafficking.then(|| view! { <p class="kts-hours">{text.ui.takes_trafficking}</p> })}
                </div>
            }
        });
        view! {
            {no_line.then(|| view! { <NoStateLine text code /> })}
            {leads.collect_view()}
        }
    };
    view! {
        <div class="kts-hotline">
            <Heading level class="kts-title" id="kts-title">{text.ui.report_title}</Heading>
            // Polite: a reader who picks another state hears its number.
            <div class="kts-leads" aria-live="polite">{lines}</div>
            <p class="kts-emergency">
                {before}
                {emergency.map(|line| view! { <CallLink line text class="kts-911" bare=true /> })}
                {after}
            </p>
            <p class="kts-reassure">{text.ui.no_expert}</p>
        </div>
    }
}
