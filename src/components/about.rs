use super::channels::ChannelLink;
use super::heading::Heading;
use crate::content::{self, Kind, Line, Sourced, Text};
use leptos::prelude::*;

/// Provenance: the source and checked date of every line shown for the
/// region, and of every source behind the signs and advice.
#[component]
pub fn About(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// The level of its headings.
    level: u8,
) -> impl IntoView {
    let (before, after) = content::around(text.ui.checked);
    let entry = move |id: &'static str,
                      label: &'static str,
                      url: &'static str,
                      date: &'static str,
                      official: bool| {
        view! {
            <li>
                <ChannelLink id channel="web" href=url.to_owned() text>{label}</ChannelLink>
                ", " {before}{date}{after}
                {(!official).then(|| format!(" ({})", text.ui.secondary))}
            </li>
        }
    };
    let lines = move || {
        let code = region.get();
        let mut shown: Vec<&'static Line> = content::lead_lines(code);
        for kind in [
            Kind::Emergency,
            Kind::OnlineExploitation,
            Kind::Trafficking,
            Kind::SupportOnly,
        ] {
            shown.extend(
                content::national_line(kind).filter(|l| !shown.iter().any(|s| s.id == l.id)),
            );
        }
        let directory = content::region(code).filter(|r| r.directory.is_some());
        let directory = directory.and_then(|r| {
            Some(entry(
                r.code,
                text.ui.directory,
                r.source_url?,
                r.verified?,
                true,
            ))
        });
        let lines = shown
            .into_iter()
            .map(|l| entry(l.id, text.line_name(l), l.source_url, l.verified, true));
        view! { {lines.collect_view()} {directory} }
    };
    let mut ids: Vec<&'static str> = text
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .flat_map(|b: &Sourced| b.sources.iter().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let signs = ids
        .into_iter()
        .filter_map(content::source)
        .map(|s| entry(s.id, s.title, s.url, s.verified, s.official))
        .collect_view();
    view! {
        <p>{text.ui.about_intro}</p>
        <Heading level class="kts-h">{text.ui.about_lines}</Heading>
        <ul class="kts-sources">{lines}</ul>
        <Heading level class="kts-h">{text.ui.about_signs}</Heading>
        <ul class="kts-sources">{signs}</ul>
    }
}
