use super::hotline::Hotline;
use super::stage::{SECTIONS, Stage};
use super::{disclosure::Disclosure, markup::Markup, region_picker::RegionPicker, tools::Tools};
use crate::content::Text;
use crate::markup::body;
use crate::widget::embed;
use leptos::prelude::*;

/// Everything below the hotline: the region picker, one disclosure per
/// section, and the provenance.
#[component]
pub fn Sections(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown; the picker sets it.
    region: RwSignal<&'static str>,
    /// The level of the disclosures' headings.
    level: u8,
    /// How much of the widget is built: nothing of this before `SECTIONS`.
    stage: Stage,
) -> impl IntoView {
    move || {
        stage.reached(SECTIONS).then(|| {
            let sections = text
                .sections
                .iter()
                .map(|s| {
                    view! {
                        <Disclosure id=s.id title=s.title level>
                            <Markup class="kts-blocks" region html=move |code| body::blocks(text, s.blocks, code, level + 1) />
                        </Disclosure>
                    }
                })
                .collect_view();
            view! {
                <RegionPicker text region stage />
                <div class="kts-sections">
                    {sections}
                    <Disclosure id="about" title=text.ui.about_title level>
                        <Markup class="kts-about" region html=move |code| body::about_link(text, embed::base(), code) />
                    </Disclosure>
                </div>
                <Tools text region />
            }
            // Type-erased: the step only ever adds it, and a typed view
            // here would compile a whole rebuild path into the wasm.
            .into_any()
        })
    }
}

/// The hotline with everything below it: what every layout shows, as one
/// view type (each distinct view type carries its own build, update and
/// removal code in the wasm).
#[component]
pub fn Report(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown; the picker sets it.
    region: RwSignal<&'static str>,
    /// The level of the hotline's heading.
    level: u8,
    /// The level of the disclosures' headings.
    sections_level: u8,
    /// How much of the widget is built.
    stage: Stage,
) -> impl IntoView {
    view! {
        <Hotline text region level />
        <Sections text region level=sections_level stage />
    }
}
