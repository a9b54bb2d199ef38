use super::heading::Heading;
use super::{OnClick, handler};
use leptos::prelude::*;

/// A heading whose button shows or hides the content below it. A real
/// `<button>` with `aria-expanded`, so Enter, Space and screen readers work
/// without extra code. Closed at first: nothing opens by itself. The content
/// is built the first time it opens (and kept): a widget that is only looked
/// at costs the host page the hotline and four buttons, not every sign.
#[component]
pub fn Disclosure(
    /// Unique within the widget; names the content's element id.
    id: &'static str,
    /// The button's label.
    title: &'static str,
    /// The heading level of the button's heading.
    level: u8,
    /// What the button reveals.
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // Built on first opening, then kept: set only once, since a signal set
    // again re-runs what reads it.
    let built = RwSignal::new(false);
    let body_id = format!("kts-{id}");
    let controls = body_id.clone();
    // Shown on the button and its box: the stylesheet hides a closed box's
    // content (`display: none`, so screen readers skip it too).
    let expanded = move || if open.get() { "true" } else { "false" };
    let toggle: OnClick = handler(move |_| {
        if !built.get_untracked() {
            built.set(true);
        }
        open.update(|o| *o = !*o);
    });
    view! {
        <div class="kts-disclosure" data-section=id data-open=expanded>
            <Heading level class="kts-disclosure-heading">
                <button
                    type="button"
                    class="kts-toggle"
                    aria-expanded=expanded
                    aria-controls=controls
                    on:click:capture=toggle
                >
                    <span class="kts-toggle-label">{title}</span>
                    <span class="kts-chevron" aria-hidden="true"></span>
                </button>
            </Heading>
            <div id=body_id class="kts-disclosure-body">
                {move || built.get().then(|| children())}
            </div>
        </div>
    }
}
