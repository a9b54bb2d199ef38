use super::channels::{ChannelLink, Channels};
use crate::content::{self, Kind, Line, Text};
use leptos::prelude::*;

/// One step of the report guide: a situation and the line for it, with every
/// channel. Follows the region shown.
#[component]
pub fn GuideStep(
    /// The kind of line the situation calls for.
    kind: Kind,
    /// The situation, in the reader's language.
    when: &'static str,
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
) -> impl IntoView {
    let lines = move || {
        let code = region.get();
        let lines: Vec<&'static Line> = match kind {
            Kind::Reporting => content::reporting_lines(code).collect(),
            other => content::national_line(other).into_iter().collect(),
        };
        if lines.is_empty() {
            return view! { <NoStateLine text code /> }.into_any();
        }
        lines
            .into_iter()
            .map(|line| {
                view! {
                    <p class="kts-line-name">{text.line_name(line)}</p>
                    <Channels line text />
                    {(line.kind == Kind::SupportOnly).then(|| view! { <p class="kts-hours">{text.ui.support_only}</p> })}
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <div class="kts-step">
            <p class="kts-when">{when}</p>
            {lines}
        </div>
    }
}

/// What a region without a verified statewide line gets instead of a
/// number: the plain fact, its official directory where the research has
/// one, the police, and the national hotline (shown after this).
#[component]
pub fn NoStateLine(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region without a line.
    code: &'static str,
) -> impl IntoView {
    let (before, after) = content::around(text.ui.no_state_line);
    // The directory is reported as the region's `web` channel.
    let directory = content::region(code).and_then(|r| r.directory).map(|url| {
        view! {
            <p>
                <ChannelLink id=code channel="web" href=url.to_owned() text>{text.ui.directory}</ChannelLink>
            </p>
        }
    });
    view! {
        <div class="kts-no-line">
            <p>{before}{text.region_name(code)}{after}</p>
            {directory}
            <p>{text.ui.no_state_line_next}</p>
        </div>
    }
}
