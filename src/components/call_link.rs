use crate::content::{Line, Text};
use crate::events;
use leptos::prelude::*;

/// A `tel:` link to one line. It shows the advertised letters, if any, with
/// the digits beside them, and reports the tap as `kts:call`.
#[component]
pub fn CallLink(
    /// The line to call.
    line: &'static Line,
    /// The words of the reader's language.
    text: &'static Text,
    /// Extra class for the link (the banner's big button uses one).
    #[prop(optional)]
    class: &'static str,
    /// Only the number, for links inside a sentence that already says "call".
    #[prop(optional)]
    bare: bool,
) -> impl IntoView {
    let href = format!("tel:{}", line.e164);
    let on_click =
        move |ev: leptos::ev::MouseEvent| events::call(&ev.target().into(), line.id, "tel");
    let number = match line.vanity {
        Some(vanity) => view! {
            <span class="kts-vanity">{vanity}</span>
            " "
            <span class="kts-digits">"(" {line.display} ")"</span>
        }
        .into_any(),
        None => view! { <span class="kts-digits">{line.display}</span> }.into_any(),
    };
    view! {
        <a class=format!("kts-tel {class}") href=href on:click=on_click data-line=line.id>
            {(!bare).then(|| format!("{} ", text.ui.call))}
            {number}
        </a>
    }
}
