use know_the_signs::widget::clipboard;
use know_the_signs::{snippet, snippet::Form};
use leptos::html::Pre;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

const COPIED: &str = "Copied. Paste it into your page.";
const SELECTED: &str = "Selected. Press Ctrl+C (⌘C on a Mac) to copy it.";

/// One snippet: what it is, where it works, the code and a copy button
/// whose result is shown next to it and announced.
#[component]
pub fn SnippetCard(
    /// Which form of the contract this is.
    form: Form,
    /// The snippet for the options chosen.
    code: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new("");
    let pre = NodeRef::<Pre>::new();
    // A new snippet makes an old "Copied" untrue.
    Effect::new(move |_| {
        code.track();
        status.set("");
    });
    let copy = move |_| {
        status.set("");
        match clipboard::write(&code.get_untracked()) {
            Some(promise) => spawn_local(async move {
                let done = JsFuture::from(promise).await.is_ok();
                status.set(if done { COPIED } else { select(pre) });
            }),
            None => status.set(select(pre)),
        }
    };
    let id = form.id();
    view! {
        <section class="snippet" id=format!("snippet-{id}") aria-labelledby=format!("{id}-title")>
            <h3 id=format!("{id}-title")>{form.title()}</h3>
            <p class="where">{snippet::where_it_works(form)}</p>
            <pre node_ref=pre role="region" tabindex="0" aria-label=format!("{} snippet", form.title())>
                <code>{move || code.get()}</code>
            </pre>
            <p class="actions">
                <button type="button" on:click=copy aria-describedby=format!("{id}-title")>
                    "Copy"
                </button>
                " "
                <span class="status" role="status">{move || status.get()}</span>
            </p>
        </section>
    }
}

/// Selects the snippet so the reader can copy it with the keyboard, where
/// the clipboard API is missing or refused.
fn select(pre: NodeRef<Pre>) -> &'static str {
    if let (Some(pre), Ok(Some(selection))) = (pre.get_untracked(), window().get_selection()) {
        let _ = selection.select_all_children(&pre);
    }
    SELECTED
}
