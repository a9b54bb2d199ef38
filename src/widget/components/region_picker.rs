use super::stage::{PICKER, Stage};
use super::{OnEvent, handler};
use crate::content::{self, Text};
use crate::markup::options::options;
use leptos::prelude::*;

/// A labelled select that shows another state's lines in place: no
/// geolocation, no network, nothing remembered.
#[component]
pub fn RegionPicker(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown; set by the select.
    region: RwSignal<&'static str>,
    /// How much of the widget is built: other regions from `PICKER` on.
    stage: Stage,
) -> impl IntoView {
    // Written as HTML with the region shown selected (`markup::options`);
    // afterwards only the select itself changes the region. Until the
    // picker's step, only the region shown is an option.
    let options = move || options(text, region.get_untracked(), stage.reached(PICKER));
    let on_change: OnEvent = handler(move |ev: leptos::ev::Event| {
        if let Some(code) = content::region_code(&event_target_value(&ev)) {
            region.set(code);
        }
    });
    view! {
        <p class="kts-picker">
            <label>
                <span class="kts-picker-label">{text.ui.picker_label}</span>
                " "
                <select on:change:capture=on_change inner_html=options></select>
            </label>
        </p>
    }
}
