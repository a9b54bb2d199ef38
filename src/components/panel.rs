use super::{
    about::About, blocks::Blocks, disclosure::Disclosure, hotline::Hotline,
    region_picker::RegionPicker,
};
use crate::config::Config;
use crate::content;
use leptos::prelude::*;

/// The whole widget: the hotline banner, the region picker, one disclosure
/// per section and the provenance. Rebuilt when the options change; the
/// picker only swaps the lines, so open disclosures stay open.
#[component]
pub fn Panel(
    /// The options, updated when the element's attributes change.
    config: RwSignal<Config>,
) -> impl IntoView {
    move || {
        let Config { region, lang, .. } = config.get();
        let text = content::text(lang).unwrap_or_else(content::default_text);
        let region = RwSignal::new(region);
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
            <section class="kts" lang=text.lang aria-label=text.ui.panel_label data-region=move || region.get()>
                <Hotline text region />
                <RegionPicker text region />
                <div class="kts-sections">
                    {sections}
                    <Disclosure id="about" title=text.ui.about_title>
                        <About text region />
                    </Disclosure>
                </div>
            </section>
        }
    }
}
