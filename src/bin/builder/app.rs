use crate::{
    controls::Controls, preview::Preview, printables::Printables, snippet_card::SnippetCard,
};
use know_the_signs::config::Config;
use know_the_signs::snippet::Form;
use leptos::prelude::*;

/// The builder: options, the live widget, one snippet per form, then the
/// printable pages.
#[component]
pub fn App(
    /// The widget's folder URL, ending in `/`: where the snippets point.
    base: String,
) -> impl IntoView {
    let choice = RwSignal::new(Config::default());
    let printables = base.clone();
    let cards = Form::ALL
        .into_iter()
        .map(|form| {
            let base = base.clone();
            let code = Signal::derive(move || form.snippet(&base, &choice.read()));
            view! { <SnippetCard form code /> }
        })
        .collect_view();
    view! {
        <div class="builder-top">
            <Controls choice />
            <Preview choice />
        </div>
        <section class="snippets" aria-labelledby="snippets-title">
            <h2 id="snippets-title">"Copy a snippet"</h2>
            {cards}
        </section>
        <Printables base=printables choice />
    }
}
