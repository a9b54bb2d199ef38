//! The words of the widget's three views, written at build time: one file
//! per view, region and language, each section's HTML on a line of its own
//! in the order of `Text::view_sections`, then a last line for "About this
//! information" (where what the view says comes from). The widget carries
//! only the sections' titles and fetches this file from its own folder
//! when a reader first opens one of them, so a reader who opens nothing
//! downloads none of it.
//!
//! Headings inside a section are written at [`VIEW_LEVEL`].

use super::rows::Page;
use super::{VIEW_LEVEL as LEVEL, view_path, youth_region};
use crate::config::Audience;
use crate::content::audience::{self, Audience as Words};
use crate::content::{self, Text};
use crate::html::Html;
use crate::markup;

/// Every view file as (path, file): the worried adult's and the
/// reporter's view of every region, and the youth view of every region
/// with lines of its own and the national one, in every language.
pub fn all() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for text in content::TEXTS {
        for code in content::codes() {
            files.push((
                view_path(Audience::Adult, code, text.lang),
                adult(code, text),
            ));
            if let Some(words) = audience::reporter(text.lang) {
                let path = view_path(Audience::Reporter, code, text.lang);
                files.push((path, others(Audience::Reporter, code, text, words)));
            }
            let own = youth_region(code) == code;
            if let Some(words) = audience::youth(text.lang).filter(|_| own) {
                let path = view_path(Audience::Youth, code, text.lang);
                files.push((path, others(Audience::Youth, code, text, words)));
            }
        }
    }
    files
}

/// The worried adult's view of `region`: the signs, who is at risk, what
/// to do (with the region's lines), and the sources of all of it and of
/// every line shown.
pub fn adult(region: &str, text: &'static Text) -> String {
    let mut lines: Vec<String> = text
        .sections
        .iter()
        .map(|s| markup::body::blocks(text, s.blocks, region, LEVEL))
        .collect();
    lines.push(markup::body::about(text, region, LEVEL).finish());
    joined(lines)
}

/// The youth or reporter view of `region`, written with the printables'
/// own rows (without their QR codes).
pub fn others(kind: Audience, region: &str, text: &'static Text, words: &'static Words) -> String {
    let mut page = Page::new(region, text, words, kind == Audience::Youth).on_screen();
    let mut lines = Vec::new();
    for (i, section) in words.sections.iter().enumerate() {
        let mut h = Html::default();
        if i == 0 {
            // Where there is no verified statewide line a reporter is told
            // so, and where to turn, before anything else.
            if kind == Audience::Reporter && content::reporting_lines(region).next().is_none() {
                markup::lines::no_state_line(&mut h, text, region);
            }
            // 911 right under the first words; a state's own law for
            // reporters (Colorado's 24 hours) with where to report.
            page.lead(&mut h, section, LEVEL, "kts-own");
        } else {
            page.blocks(&mut h, section);
        }
        lines.push(h.finish());
    }
    let mut h = Html::default();
    page.source_list(&mut h);
    lines.push(h.finish());
    joined(lines)
}

/// One line each, so the widget can take the one it shows.
fn joined(lines: Vec<String>) -> String {
    let mut file = lines.join("\n");
    file.push('\n');
    file
}

#[cfg(test)]
mod tests {
    use super::super::rows::{hrefs, reaches_a_line};
    use super::*;
    use crate::content::Kind;

    fn view(kind: Audience, region: &str, lang: &str) -> Vec<String> {
        let path = view_path(kind, region, lang);
        let (_, file) = all().into_iter().find(|(p, _)| *p == path).expect(&path);
        file.lines().map(str::to_owned).collect()
    }

    #[test]
    fn every_file_has_a_line_per_title_then_its_sources() {
        let all = all();
        for text in content::TEXTS {
            for kind in Audience::ALL {
                for code in content::codes() {
                    let path = view_path(kind, code, text.lang);
                    let (_, file) = all.iter().find(|(p, _)| *p == path).expect(&path);
                    let titles = text.view_sections(kind.name()).count();
                    assert!(titles >= 3, "{path}");
                    assert_eq!(file.lines().count(), titles + 1, "{path}");
                    for line in file.lines() {
                        // Never empty, always a whole element: the widget
                        // takes an empty line for one still loading.
                        assert!(
                            line.starts_with('<') && line.ends_with('>'),
                            "{path}: {line}"
                        );
                        assert!(!line.contains("{}") && !line.contains("<svg"), "{path}");
                        for tag in ["<h1", "<h2", "<h3", "<h5", "<h6"] {
                            assert!(!line.contains(tag), "{path}: {tag} is not at LEVEL");
                        }
                    }
                    let about = file.lines().last().unwrap();
                    assert!(about.contains("<ul"), "{path}: {about}");
                }
            }
        }
    }

    #[test]
    fn the_adult_view_is_the_widget_s_sections_for_the_region() {
        let co = view(Audience::Adult, "US-CO", "en");
        assert!(co[0].contains("<h4 class=\"kts-h\">"), "{}", co[0]);
        assert!(co[2].contains("tel:+18442645437"), "{}", co[2]);
        assert!(
            co[3].contains("Colorado Child Abuse and Neglect Hotline"),
            "{}",
            co[3]
        );
        let al = view(Audience::Adult, "US-AL", "es");
        assert!(!al[2].contains("tel:+18442645437") && al[2].contains("tel:+18883737888"));
    }

    #[test]
    fn the_youth_view_texts_first_and_reaches_only_verified_lines() {
        let co = view(Audience::Youth, "US-CO", "en");
        let links = hrefs(&co[1]);
        assert_eq!(links[0], "sms:+18004224453", "{links:?}");
        assert!(links.contains(&"sms:233733?body=HELP"), "{links:?}");
        assert!(links.contains(&"tel:+18442645437"), "{links:?}");
        assert!(links.contains(&"tel:+18775427233"), "Safe2Tell: {links:?}");
        assert!(co[0].contains("It is not your fault.") && co[0].contains("tel:911"));
        assert!(co[3].contains("https://report.cybertip.org"), "{}", co[3]);
        // Every link of every youth section (not the list of sources)
        // reaches a verified line.
        for (path, file) in all().iter().filter(|(p, _)| p.contains("view-youth")) {
            let sections = file.lines().count() - 1;
            for line in file.lines().take(sections) {
                for href in hrefs(line) {
                    assert!(reaches_a_line(href), "{path}: {href}");
                }
            }
        }
    }

    #[test]
    fn new_york_s_mandated_reporters_line_is_in_its_reporter_view_only() {
        let mandated = audience::lines("US-NY", Kind::Mandated).next().unwrap();
        for (path, file) in all() {
            let ny = path.contains("view-reporter.us-ny.");
            assert_eq!(file.contains(&mandated.tel()), ny, "{path}");
        }
    }

    #[test]
    fn a_reporter_learns_where_to_report_then_their_state_s_duty() {
        for lang in ["en", "es"] {
            let text = content::text(lang).unwrap();
            let ids: Vec<_> = text.view_sections("reporter").map(|(id, _)| id).collect();
            assert_eq!(ids, ["report", "ready", "law"]);
            let co = view(Audience::Reporter, "US-CO", lang);
            let (report, duty) = (
                co[0].find("tel:+18442645437"),
                co[0].find("<h4 class=\"kts-h\">"),
            );
            assert!(report < duty && duty.is_some(), "{}", co[0]);
            assert!(co[0].contains("24"), "{}", co[0]);
            let tx = view(Audience::Reporter, "US-TX", lang);
            assert!(tx[0].contains("48") && !tx[0].contains("24 "), "{}", tx[0]);
            let ut = view(Audience::Reporter, "US-UT", lang);
            assert!(!ut[0].contains("<h4"), "{}", ut[0]);
            let al = view(Audience::Reporter, "US-AL", lang);
            assert!(al[0].contains("tel:+18883737888"), "{}", al[0]);
        }
    }
}
