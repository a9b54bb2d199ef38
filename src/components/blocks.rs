use super::call_link::CallLink;
use crate::content::{self, Block, Sourced, Text};
use leptos::prelude::*;

/// A section's body: paragraphs, notes, sub-headings, lists and call links,
/// in the order the content data gives them.
#[component]
pub fn Blocks(
    /// The section's blocks.
    blocks: &'static [Sourced],
    /// The words of the reader's language.
    text: &'static Text,
    /// The region whose lines `Block::Call` links to.
    region: &'static str,
) -> impl IntoView {
    blocks
        .iter()
        .map(|b| match b.block {
            Block::Text(t) => view! { <p>{t}</p> }.into_any(),
            Block::Note(t) => view! { <p class="kts-note">{t}</p> }.into_any(),
            Block::Heading(t) => view! { <h4>{t}</h4> }.into_any(),
            Block::Items(items) => {
                view! { <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul> }
                    .into_any()
            }
            Block::Call(kind) => {
                let line = content::call_line(region, kind);
                view! {
                    <p class="kts-call-row">
                        <span class="kts-call-name">{text.line_name(line.id)}</span>
                        " "
                        <CallLink line text />
                    </p>
                }
                .into_any()
            }
        })
        .collect_view()
}
