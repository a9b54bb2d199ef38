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
    let (open, built) = (Flag::new(), Flag::new());
    let body_id = format!("kts-{id}");
    let controls = body_id.clone();
    // Shown on the button and its box: the stylesheet hides a closed box's
    // content (`display: none`, so screen readers skip it too), which spares
    // the wasm a boolean attribute's update code for `hidden`.
    let expanded = move || if open.on() { "true" } else { "false" };
    let toggle: OnClick = handler(move |_| {
        built.set();
        open.toggle();
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
                {move || built.on().then(|| children())}
            </div>
        </div>
    }
}

/// An on/off state in a `u8` signal: the signal type the widget's build step
/// (`Stage`) already uses, so the wasm has no second copy of Leptos' signal
/// code for `bool`.
#[derive(Clone, Copy)]
struct Flag(RwSignal<u8>);

impl Flag {
    fn new() -> Self {
        Flag(RwSignal::new(0))
    }

    /// Whether it is on, tracked.
    fn on(self) -> bool {
        self.0.get() != 0
    }

    /// Turns it on. Only once: a signal set again re-runs what reads it
    /// (here, the box's content would be made and compared anew on every
    /// toggle).
    fn set(self) {
        if self.0.get_untracked() == 0 {
            self.0.set(1);
        }
    }

    fn toggle(self) {
        self.0.update(|v| *v ^= 1);
    }
}
