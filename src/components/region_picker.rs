use super::stage::{self, PICKER};
use crate::content::{self, Text};
use leptos::prelude::*;

/// A labelled select that shows another state's lines in place: no
/// geolocation, no network, nothing remembered.
#[component]
pub fn RegionPicker(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown; set by the select.
    region: RwSignal<&'static str>,
) -> impl IntoView {
    // `selected` is set once: afterwards only the select itself changes the
    // region (new options rebuild the whole panel). One reactive attribute
    // per option would be 57 effects on the page's main thread.
    // Until the picker's step, only the region shown is an option: 57 options
    // are the most expensive part of the panel to build and lay out.
    let options = move || {
        let all = stage::reached(PICKER);
        let shown = region.get_untracked();
        content::regions_by_name(text)
            .into_iter()
            .filter(|&code| all || code == shown)
            .map(|code| view! { <option value=code selected=code == shown>{text.region_name(code)}</option> })
            .collect_view()
            .into_any()
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(code) = content::region_code(&event_target_value(&ev)) {
            region.set(code);
        }
    };
    view! {
        <p class="kts-picker">
            <label>
                <span class="kts-picker-label">{text.ui.picker_label}</span>
                " "
                <select on:change=on_change>{options}</select>
            </label>
        </p>
    }
}
