//! The bodies of the disclosures: a section's blocks, and the sources.

use super::lines::step;
use super::links::link;
use crate::content::{self, Block, Kind, Line, List, Sourced, Text};
use crate::html::{Html, heading};

/// A section's body: paragraphs, notes, sub-headings (at `level`), lists
/// and report-guide steps for region `code`, in the order the content data
/// gives them.
pub fn blocks(text: &Text, blocks: &[Sourced], code: &str, level: u8) -> String {
    let mut h = Html::default();
    for b in blocks {
        block(&mut h, text, &b.block, code, level);
    }
    h.finish()
}

/// One block of a section (the widget's, or a printable page's, which
/// writes its calls as rows of its own): a sub-heading at `level`, a call
/// as a report-guide step for region `code`.
pub fn block(h: &mut Html, text: &Text, block: &Block, code: &str, level: u8) {
    match *block {
        Block::Text(t) => {
            h.element("p", "", t);
        }
        Block::Note(t) => {
            h.element("p", "kts-note", t);
        }
        Block::Heading(t) => {
            h.element(heading(level), "kts-h", t);
        }
        Block::Items(list) => items(h, list),
        Block::Call { kind, when } => step(h, text, kind, when, code),
    }
}

/// A list's items, each a `<li>` of a `<ul>`.
fn items(h: &mut Html, items: List) {
    h.el("ul", "", |h| {
        for item in items.iter() {
            h.element("li", "", item);
        }
    });
}

/// Provenance, on the sources page: the source and checked date of every
/// line shown for region `code` (and its directory), and of every source
/// behind the signs and advice; headings at `level`.
pub fn about(text: &Text, code: &str, level: u8) -> Html {
    let mut shown: Vec<&Line> = content::lead_lines(code);
    for kind in [
        Kind::County,
        Kind::Emergency,
        Kind::OnlineExploitation,
        Kind::Trafficking,
        Kind::SupportOnly,
    ] {
        for l in content::lines_of(code, kind) {
            if !shown.iter().any(|s| s.id == l.id) {
                shown.push(l);
            }
        }
    }
    let mut h = Html::default();
    h.element("p", "", text.ui.about_intro)
        .element(heading(level), "kts-h", text.ui.about_lines)
        .el("ul", "kts-sources", |h| {
            for l in shown {
                let name = (text.line_name(l), text.name_lang(l));
                entry(h, text, name, l.source_url, l.verified, true);
                // Its other numbers, where another page has them.
                for other in content::others(l) {
                    if other.source_url != l.source_url {
                        entry(h, text, name, other.source_url, l.verified, true);
                    }
                }
            }
            if let Some(r) = content::region(code).filter(|r| r.directory.is_some())
                && let (Some(url), Some(date)) = (r.source_url, r.verified)
            {
                entry(h, text, (text.ui.directory, None), url, date, true);
            }
        })
        .element(heading(level), "kts-h", text.ui.about_signs)
        .el("ul", "kts-sources", |h| {
            for s in text.source_ids().iter().filter_map(content::source) {
                let title = (s.title, text.english());
                entry(h, text, title, s.url, s.verified, s.official);
            }
        });
    h
}

/// One source: a link to it, its checked date, and "secondary" unless it
/// is the operator's or a government's own page; `label` with its language
/// where it differs from the text's (`Html::text_in`).
pub fn entry(
    h: &mut Html,
    text: &Text,
    (label, lang): (&str, Option<&str>),
    url: &str,
    date: &str,
    official: bool,
) {
    let (before, after) = content::around(text.ui.checked);
    h.el("li", "", |h| {
        // A citation, not a way to reach the line: no `kts:call` (links.rs).
        link(h, "", "web", url, label, lang, text);
        h.text(", ").text(before).text(date).text(after);
        if !official {
            h.text(" (").text(text.ui.secondary).text(")");
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_renders_every_block_at_its_level() {
        for text in content::TEXTS {
            for section in text.sections {
                let html = blocks(text, section.blocks, "US-CO", 9);
                for b in section.blocks {
                    match b.block {
                        Block::Heading(t) => assert!(html.contains(&format!(
                            "<h6 class=\"kts-h\">{}</h6>",
                            crate::html::escape(t)
                        ))),
                        Block::Call { when, .. } => {
                            assert!(html.contains(&crate::html::escape(when)))
                        }
                        Block::Items(items) => assert!(items.iter().all(|i| {
                            html.contains(&format!("<li>{}</li>", crate::html::escape(i)))
                        })),
                        Block::Text(t) | Block::Note(t) => {
                            assert!(html.contains(&crate::html::escape(t)))
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn english_names_in_spanish_say_so_for_screen_readers() {
        let es = content::text("es").unwrap();
        let html = about(es, "US-HI", 3).finish();
        // Sources' titles are English; Hawaii's lines have no Spanish name,
        // Colorado's has.
        let source = content::source(es.source_ids().first().unwrap()).unwrap();
        let title = format!(
            "<span lang=\"en\">{}</span>",
            crate::html::escape(source.title)
        );
        assert!(html.contains(&title), "{html}");
        assert!(
            html.contains("<span lang=\"en\">Hawaii Child Welfare Services (Oʻahu)</span>"),
            "{html}"
        );
        let co = crate::markup::lines::leads(es, "US-CO");
        assert!(!co.contains("lang="), "{co}");
        let en = content::text("en").unwrap();
        assert!(!about(en, "US-HI", 3).finish().contains("lang="));
    }

    #[test]
    fn about_dates_every_line_shown_and_every_source_and_reaches_no_line() {
        let en = content::text("en").unwrap();
        let html = about(en, "US-CO", 3).finish();
        let co = content::lead_lines("US-CO")[0];
        let cited = |url: &str, date: &str| {
            let link = format!("href=\"{}\"", crate::html::escape(url));
            let at = html.find(&link).unwrap_or_else(|| panic!("{url}: {html}"));
            // The date follows its own link, before the next one.
            let rest = &html[at..];
            let end = rest[1..].find("href=").unwrap_or(rest.len() - 1) + 1;
            assert!(rest[..end].contains(date), "{url} {date}: {html}");
        };
        cited(co.source_url, co.verified);
        for s in en.source_ids().iter().filter_map(content::source) {
            cited(s.url, s.verified);
        }
        // Citations are not ways to reach a line: no kts:call from them.
        assert!(!html.contains("data-line"), "{html}");
        assert_eq!(html.matches("<h3 class=\"kts-h\">").count(), 2);
    }

    #[test]
    fn about_dates_a_state_s_own_trafficking_lines() {
        let en = content::text("en").unwrap();
        let html = about(en, "US-HI", 3).finish();
        let own = content::LINES
            .iter()
            .filter(|l| l.region == "US-HI" && l.kind == Kind::Trafficking);
        assert_eq!(own.clone().count(), 2);
        for l in own {
            assert!(html.contains(&crate::html::escape(l.name)), "{html}");
        }
        let co = about(en, "US-CO", 3).finish();
        assert!(!co.contains("Hawaii"), "{co}");
    }

    #[test]
    fn about_cites_the_page_of_an_out_of_state_number_where_it_is_another() {
        let en = content::text("en").unwrap();
        let mo = about(en, "US-MO", 3).finish();
        assert!(
            mo.contains("href=\"https://dss.mo.gov/cd/rptcan.htm\""),
            "{mo}"
        );
        assert!(mo.contains("href=\"https://dss.mo.gov/cd/keeping-kids-safe/can.htm\""));
        // New Hampshire's is on the line's own page: cited once.
        let nh = about(en, "US-NH", 3).finish();
        let page = "href=\"https://www.dhhs.nh.gov/report-concern/report-child-abuse\"";
        assert_eq!(nh.matches(page).count(), 1, "{nh}");
    }

    #[test]
    fn about_names_the_directory_of_a_region_without_a_line() {
        let en = content::text("en").unwrap();
        let region = content::REGIONS
            .iter()
            .find(|r| r.directory.is_some())
            .expect("the research has a directory");
        let html = about(en, region.code, 3).finish();
        let link = format!(
            "href=\"{}\"",
            crate::html::escape(region.source_url.unwrap())
        );
        assert!(html.contains(&link), "{html}");
        assert!(html.contains(en.ui.directory), "{html}");
        assert!(html.contains(region.verified.unwrap()), "{html}");
    }
}
