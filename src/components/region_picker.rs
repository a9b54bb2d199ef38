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
    let options = content::regions_by_name(text)
        .into_iter()
        .map(|code| {
            view! { <option value=code selected=move || region.get() == code>{text.region_name(code)}</option> }
        })
        .collect_view();
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
