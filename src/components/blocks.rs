use super::guide::GuideStep;
use super::heading::Heading;
use crate::content::{Block, Sourced, Text};
use leptos::prelude::*;

/// A section's body: paragraphs, notes, sub-headings, lists and report-guide
/// steps, in the order the content data gives them.
#[component]
pub fn Blocks(
    /// The section's blocks.
    blocks: &'static [Sourced],
    /// The words of the reader's language.
    text: &'static Text,
    /// The region whose lines the guide steps show.
    region: RwSignal<&'static str>,
    /// The level of the blocks' own headings.
    level: u8,
) -> impl IntoView {
    blocks
        .iter()
        .map(|b| match b.block {
            Block::Text(t) => view! { <p>{t}</p> }.into_any(),
            Block::Note(t) => view! { <p class="kts-note">{t}</p> }.into_any(),
            Block::Heading(t) => view! { <Heading level class="kts-h">{t}</Heading> }.into_any(),
            Block::Items(items) => {
                view! { <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul> }
                    .into_any()
            }
            Block::Call { kind, when } => view! { <GuideStep kind when text region /> }.into_any(),
        })
        .collect_view()
}
