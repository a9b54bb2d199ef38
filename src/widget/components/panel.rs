use super::view::Viewing;
use super::{
    handler,
    layouts::{Banner, Launcher},
    sections::Report,
    stage::Stage,
};
use crate::config::{Config, Layout};
use crate::content;
use crate::quick_exit::view::ViewExit;
use crate::widget::events;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// The whole widget in the chosen layout. Rebuilt when the options change;
/// the region picker only swaps the lines, so open disclosures stay open.
#[component]
pub fn Panel(
    /// The options, updated when the element's attributes change.
    config: RwSignal<Config>,
    /// How much of the widget is built (`embed.rs` moves it on).
    stage: Stage,
) -> impl IntoView {
    move || {
        let options = config.get();
        let Config {
            region,
            lang,
            layout,
            theme,
            heading_level: level,
            audience,
            ..
        } = options;
        let text = content::text(lang).unwrap_or_else(content::default_text);
        let region = RwSignal::new(region);
        // The reader's switch changes the view (and quick exit's default),
        // not the partner's options.
        let viewing = Viewing::new(audience);
        let body = match layout {
            Layout::Panel => {
                view! { <Report text region viewing level sections_level=level + 1 stage /> }
                    .into_any()
            }
            Layout::Banner => view! { <Banner text region viewing level stage /> }.into_any(),
            Layout::Button => {
                let options = options.clone();
                view! { <Launcher text region viewing level stage options /> }.into_any()
            }
        };
        let (layout, theme) = (layout.name(), theme.name());
        let view = view! {
            <section
                class="kts"
                lang=text.lang
                aria-label=text.ui.panel_label
                data-layout=layout
                data-theme=theme
                data-region=move || region.get()
                on:click:capture=handler(|ev: MouseEvent| events::clicked(&ev))
            >
                <ViewExit text options viewing />
                {body}
            </section>
        }
        .into_any();
        // Type-erased and optional like the sections and disclosures, so all
        // of them share one reactive view type (its code is in the wasm once).
        Some(view)
    }
}
