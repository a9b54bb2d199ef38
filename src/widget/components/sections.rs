use super::hotline::Hotline;
use super::stage::{SECTIONS, Stage};
use super::view::{Part, Switch, Viewing};
use super::{disclosure::Disclosure, region_picker::RegionPicker, tools::Tools};
use crate::content::Text;
use leptos::prelude::*;

/// Everything below the hotline: the switch between views, the region
/// picker, one disclosure per section of the view shown, and where its
/// words come from.
#[component]
pub fn Sections(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown; the picker sets it.
    region: RwSignal<&'static str>,
    /// Who the sections speak to; the switch sets it.
    viewing: Viewing,
    /// The level of the disclosures' headings.
    level: u8,
    /// How much of the widget is built: nothing of this before `SECTIONS`.
    stage: Stage,
) -> impl IntoView {
    move || {
        stage.reached(SECTIONS).then(|| {
            let audience = viewing.get();
            let about = ("about", text.ui.about_title);
            let sections = text
                .view_sections(audience.name())
                .chain([about])
                .enumerate()
                .map(|(part, (id, title))| {
                    view! {
                        <Disclosure id title level>
                            <Part text audience region level part />
                        </Disclosure>
                    }
                })
                .collect_view();
            view! {
                <Switch text viewing />
                <RegionPicker text region stage />
                <div class="kts-sections">{sections}</div>
                <Tools text region audience />
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
    /// Who the sections speak to.
    viewing: Viewing,
    /// The level of the hotline's heading.
    level: u8,
    /// The level of the disclosures' headings.
    sections_level: u8,
    /// How much of the widget is built.
    stage: Stage,
) -> impl IntoView {
    view! {
        <Hotline text region level />
        <Sections text region viewing level=sections_level stage />
    }
}
