use super::{blocks::Blocks, disclosure::Disclosure, hotline::Hotline};
use crate::config::Config;
use crate::content;
use leptos::prelude::*;

/// The whole widget: the hotline banner, then one disclosure per section.
/// Rebuilt when the options change, so every word and number follows them.
#[component]
pub fn Panel(
    /// The options, updated when the element's attributes change.
    config: RwSignal<Config>,
) -> impl IntoView {
    move || {
        let Config { region, lang, .. } = config.get();
        let text = content::text(lang).unwrap_or_else(content::default_text);
        let sections = text
            .sections
            .iter()
            .map(|s| {
                view! {
                    <Disclosure id=s.id title=s.title>
                        <Blocks blocks=s.blocks text region />
                    </Disclosure>
                }
            })
            .collect_view();
        view! {
            <section class="kts" lang=text.lang aria-label=text.ui.panel_label data-region=region>
                <Hotline text region />
                <div class="kts-sections">{sections}</div>
            </section>
        }
    }
}
