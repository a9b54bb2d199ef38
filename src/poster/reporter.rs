//! The reporter sheet: for a staff room or an organisation's staff page,
//! spoken to someone who works with children and may have to report by law
//! (a teacher, coach, pastor, nurse or child care worker). Where to report
//! in their state (New York's line for mandated reporters too), 911 first
//! in danger, what their state's law asks where the research has it from
//! official pages (Colorado, Texas, New York), what to have ready, and where
//! every state's rules are. One page per region and language.

use super::rows::Page;
use super::{audience_pages, document, print_button, reporter_path as path};
use crate::content::audience::{self, Audience};
use crate::content::{self, Text};
use crate::html::Html;
use crate::markup;

/// Every reporter sheet as (path, page): the national one and every
/// region's, in every language.
pub fn all() -> Vec<(String, String)> {
    let codes: Vec<&str> = content::codes().collect();
    audience_pages(&codes, audience::reporter, path, page)
}

/// The reporter sheet for `region` in the language of `text` and
/// `reporter` (`text` gives the lines' names, the region's name and the
/// print button).
pub fn page(region: &str, text: &'static Text, reporter: &'static Audience) -> String {
    let mut page = Page::new(region, text, reporter, false);
    let mut h = Html::default();
    let Some((first, rest)) = reporter.sections.split_first() else {
        return String::new();
    };
    h.element("h1", "", first.title)
        .element("p", "region", text.region_name(region));
    if content::reporting_lines(region).next().is_none() {
        // What the widget says where there is no verified statewide line:
        // the fact, the state's directory, its counties' lines, the police.
        markup::lines::no_state_line(&mut h, text, region);
    }
    // The state's own law, across the page; then the general sections side
    // by side.
    page.lead(&mut h, first, 2, "own");
    for section in rest {
        page.section(&mut h, section, 2, "");
    }
    page.sources(&mut h);
    print_button(&mut h, text);
    let title = format!("{}: {}", first.title, text.region_name(region));
    document(text.lang, &title, "audience reporter", h)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::rows::{hrefs, languages, reaches_a_line};
    use super::*;

    fn sheets() -> impl Iterator<Item = (&'static Text, &'static Audience)> {
        languages(audience::reporter)
    }

    const MANDATED: &str = "tel:+18006351522";

    #[test]
    fn new_york_s_sheet_gives_the_public_line_then_the_mandated_reporters_line() {
        let (en, reporter) = sheets().next().unwrap();
        let html = page("US-NY", en, reporter);
        let links = hrefs(&html);
        let public = links.iter().position(|h| *h == "tel:+18003423720").unwrap();
        let mandated = links.iter().position(|h| *h == MANDATED).unwrap();
        assert!(public < mandated, "{links:?}");
        assert!(html.contains("For mandated reporters only."), "{html}");
        assert!(html.contains("New York: mandated reporters call their own line"));
    }

    #[test]
    fn the_mandated_reporters_line_is_on_new_york_s_sheet_and_nowhere_else() {
        let mut pages = super::super::all();
        pages.extend(all());
        for (path, html) in pages {
            let ny = path.starts_with("posters/reporter.us-ny.");
            assert_eq!(html.contains(MANDATED), ny, "{path}");
            assert_eq!(html.contains("1-800-635-1522"), ny, "{path}");
        }
    }

    #[test]
    fn colorado_s_and_texas_s_duties_are_on_their_sheets_only() {
        for (text, reporter) in sheets() {
            let co = page("US-CO", text, reporter);
            let tx = page("US-TX", text, reporter);
            let ut = page("US-UT", text, reporter);
            let co_title = reporter.region_sections("US-CO")[0].title;
            let tx_title = reporter.region_sections("US-TX")[0].title;
            assert!(co.contains(co_title) && !tx.contains(co_title) && !ut.contains(co_title));
            assert!(tx.contains(tx_title) && !co.contains(tx_title) && !ut.contains(tx_title));
            assert!(co.contains("24"), "Colorado's 24 hours: {co}");
            assert!(tx.contains("48"), "Texas's 48 hours: {tx}");
            // The state's line first, then 911.
            let links = hrefs(&co);
            assert_eq!(&links[..1], ["tel:+18442645437"], "{links:?}");
            assert!(links.contains(&"tel:911"));
        }
    }

    #[test]
    fn a_sheet_cites_the_sources_of_what_it_says_and_no_others() {
        let (en, reporter) = sheets().next().unwrap();
        let sources = |code: &str| {
            let html = page(code, en, reporter);
            let at = html
                .find("<section class=\"sources\">")
                .expect("a sources section");
            html[at..].to_owned()
        };
        let hb25 = content::source("co-hb25-1188").unwrap().url;
        let ny = content::source("ny-washington-mandated").unwrap().url;
        assert!(sources("US-CO").contains(hb25) && !sources("US-UT").contains(hb25));
        assert!(sources("US-NY").contains(ny) && !sources("US-CO").contains(ny));
        assert!(
            sources("US-UT").contains("checked 2026-12-03"),
            "{}",
            sources("US-UT")
        );
    }

    #[test]
    fn on_a_sheet_calls_come_first_and_a_line_that_takes_texts_says_how() {
        let (en, reporter) = sheets().next().unwrap();
        let html = page("US-CO", en, reporter);
        let links = hrefs(&html);
        let at = |h: &str| links.iter().position(|x| *x == h).expect(h);
        assert!(
            at("tel:+18883737888") < at("sms:233733?body=HELP"),
            "{links:?}"
        );
        assert!(html.contains(">or text HELP to <span class=\"n\">233733</span></a>"));
    }

    #[test]
    fn a_region_without_a_line_says_so_and_where_to_turn() {
        let (en, reporter) = sheets().next().unwrap();
        let html = page("US-AL", en, reporter);
        assert!(
            html.contains("We have no verified statewide child abuse line for Alabama."),
            "{html}"
        );
        assert!(
            html.contains("tel:+18883737888"),
            "the national hotline: {html}"
        );
        assert!(!html.contains("1-844-CO-4-KIDS"));
    }

    #[test]
    fn every_region_has_a_sheet_in_every_language_with_only_verified_lines() {
        let all = all();
        assert_eq!(
            all.len(),
            content::TEXTS.len() * (content::REGIONS.len() + 1)
        );
        for (path, html) in &all {
            assert!(html.contains("</html>") && !html.contains("{}"), "{path}");
            for href in hrefs(html) {
                // Or, where there is no line, the state's directory.
                let known = reaches_a_line(href)
                    || content::REGIONS.iter().any(|r| r.directory == Some(href));
                assert!(known, "{path}: {href}");
            }
        }
    }
}
