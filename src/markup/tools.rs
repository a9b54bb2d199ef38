//! The link to the printable poster of the region shown.

use crate::content::Text;
use crate::html::Html;
use crate::poster;

/// The poster link for region `code`: a page of its own below `base` (the
/// widget's folder, src/poster.rs), opened in a new tab, which screen
/// readers are told. Empty if the region has no line to put on one.
pub fn poster_link(text: &Text, base: &str, code: &str) -> String {
    let Some(path) = poster::path(code, text) else {
        return String::new();
    };
    let mut href = String::from(base);
    href.push_str(&path);
    let mut h = Html::default();
    h.start("a")
        .attr("class", "kts-tool")
        .attr("href", &href)
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .end()
        .text(text.ui.poster)
        .open("span", "kts-sr")
        .text(" ")
        .text(text.ui.new_tab)
        .close("span")
        .close("a");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn links_the_regions_poster_in_a_new_tab_and_says_so() {
        let en = content::default_text();
        assert_eq!(
            poster_link(en, "https://cdn.example/kts/v1/", "US-CO"),
            "<a class=\"kts-tool\" href=\"https://cdn.example/kts/v1/posters/us-co-hotline.en.html\" \
             target=\"_blank\" rel=\"noopener\">Print a poster<span class=\"kts-sr\"> (opens in a new tab)</span></a>"
        );
        let es = content::text("es").unwrap();
        let html = poster_link(es, "/v1/", "US-AL");
        assert!(
            html.contains("href=\"/v1/posters/us-nhth.es.html\""),
            "{html}"
        );
        assert!(html.contains(es.ui.new_tab), "{html}");
    }
}
