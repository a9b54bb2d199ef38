use know_the_signs::config::Config;
use know_the_signs::{content, poster};
use leptos::prelude::*;

/// Links to the printable pages for the region and language chosen: the
/// poster, the youth poster and the reporter sheet (src/poster.rs), static
/// pages next to the widget that a partner prints or links to.
#[component]
pub fn Printables(
    /// The widget's folder URL, ending in `/`: where the pages are.
    base: String,
    /// The options chosen (their region and language).
    choice: RwSignal<Config>,
) -> impl IntoView {
    let links = move || {
        let config = choice.read();
        let text = content::text(config.lang).unwrap_or_else(content::default_text);
        let (region, lang) = (config.region, text.lang);
        [
            (
                poster::path(region, text).unwrap_or_default(),
                "Poster",
                "the region's line with a QR code, 911 and the first signs",
            ),
            (
                poster::youth_path(region, lang),
                "Youth poster",
                "for a restroom or a locker room: spoken to a child or teen, the lines that take texts first",
            ),
            (
                poster::reporter_path(region, lang),
                "Staff sheet",
                "for people who must report by law: where to report and what the state asks of them",
            ),
        ]
        .into_iter()
        .map(|(path, name, what)| {
            let href = format!("{base}{path}");
            view! {
                <li>
                    <a href=href target="_blank" rel="noopener">{name}</a>
                    {format!(": {what}.")}
                </li>
            }
        })
        .collect_view()
    };
    view! {
        <section class="printables" aria-labelledby="printables-title">
            <h2 id="printables-title">"Print for your walls"</h2>
            <p>"One page each, US Letter or A4, in the language chosen. Each opens in a new tab."</p>
            <ul>{links}</ul>
        </section>
    }
}
