use know_the_signs::attributes;
use know_the_signs::config::Config;
use leptos::html::Div;
use leptos::prelude::*;

/// The real widget with the chosen options: one `<know-the-signs>` that the
/// page's loader upgrades, its attributes updated in place as they change.
#[component]
pub fn Preview(
    /// The options chosen.
    choice: RwSignal<Config>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let options = choice.read().options();
        let Some(host) = host.get() else { return };
        let widget = match host.first_element_child() {
            Some(widget) => widget,
            None => {
                let Ok(widget) = document().create_element("know-the-signs") else {
                    return;
                };
                let _ = host.append_child(&widget);
                widget
            }
        };
        // Every option, so that one turned back to its default is removed.
        for name in attributes::NAMES {
            match options.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => {
                    if widget.get_attribute(name).as_deref() != Some(value.as_str()) {
                        let _ = widget.set_attribute(name, value);
                    }
                }
                None => {
                    let _ = widget.remove_attribute(name);
                }
            }
        }
    });
    view! {
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">"Preview"</h2>
            <p class="hint">
                "The real widget with these options. The button layout floats in the corner of this page; quick exit, when on, really leaves it."
            </p>
            <div class="preview-widget" node_ref=host></div>
        </section>
    }
}
