//! The youth poster: for a school restroom or a locker room, spoken to a
//! child or teen who may be the one being hurt. Short and large: that it is
//! not their fault, 911 in danger, then each line as a row beside its QR
//! code, the lines that take texts first (a text can be sent where a call
//! would be overheard), what happens when they reach out, and what to do if
//! someone threatens to share pictures of them. One page per region that
//! has lines of its own, and one for everywhere else, in each language.

use super::rows::Page;
use super::{audience_pages, document, print_button, youth_path as path, youth_region};
use crate::content::audience::{self, Audience};
use crate::content::{self, Text};
use crate::html::Html;

/// Every youth poster as (path, page).
pub fn all() -> Vec<(String, String)> {
    let codes: Vec<&str> = content::codes()
        .filter(|code| youth_region(code) == *code)
        .collect();
    audience_pages(&codes, audience::youth, path, page)
}

/// The youth poster for `region` in the language of `text` and `youth`
/// (`text` gives the lines' names and the print button).
pub fn page(region: &str, text: &'static Text, youth: &'static Audience) -> String {
    let mut page = Page::new(region, text, youth, true);
    let mut h = Html::default();
    if let Some((first, rest)) = youth.sections.split_first() {
        // Danger first, right under the words that it is not their fault.
        page.section(&mut h, first, 1, "");
        page.emergency(&mut h);
        for section in rest {
            page.section(&mut h, section, 2, "");
        }
    }
    page.sources(&mut h);
    print_button(&mut h, text);
    let title = youth.sections.first().map_or("", |s| s.title);
    document(text.lang, title, "audience youth", h)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::has_own_lines;
    use super::super::rows::{hrefs, languages, reaches_a_line};
    use super::*;
    use crate::content::{Block, Kind};
    use crate::reading;

    fn pages() -> impl Iterator<Item = (&'static Text, &'static Audience)> {
        languages(audience::youth)
    }

    #[test]
    fn colorado_s_poster_texts_first_then_calls_the_state_line_and_safe2tell() {
        let (en, youth) = pages().next().unwrap();
        let html = page("US-CO", en, youth);
        assert!(
            html.starts_with("<!doctype html>\n<html lang=\"en\">"),
            "{html}"
        );
        assert!(html.contains("<title>Is someone hurting you?</title>"));
        assert!(html.contains("<h1>Is someone hurting you?</h1>"));
        assert!(html.contains("It is not your fault."));
        let links = hrefs(&html);
        // 911 first (in danger, now), then the rows: the two that take texts,
        // then the calls, then the CyberTipline.
        let first_of = |prefix: &str| links.iter().position(|h| h.starts_with(prefix)).unwrap();
        assert_eq!(links[0], "tel:911");
        assert_eq!(links[1], "sms:+18004224453", "{links:?}");
        assert!(links.contains(&"sms:233733?body=HELP"), "{links:?}");
        let last_sms = links.iter().rposition(|h| h.starts_with("sms:")).unwrap();
        let co = links.iter().position(|h| *h == "tel:+18442645437").unwrap();
        let safe2tell = links.iter().position(|h| *h == "tel:+18775427233").unwrap();
        assert!(
            first_of("sms:") < co && last_sms < co && co < safe2tell,
            "{links:?}"
        );
        assert!(html.contains("You don't have to say your name."), "{html}");
        assert!(
            html.contains(">Text HELP to <span class=\"n\">233733</span></a>"),
            "{html}"
        );
        assert!(
            html.contains(">Call <span class=\"n\">1-844-CO-4-KIDS</span></a>"),
            "{html}"
        );
        assert!(links.contains(&"https://report.cybertip.org"), "{links:?}");
        // Each row's code opens its first way in.
        for (href, label) in [
            (
                "sms:+18004224453",
                "Scan to text: Childhelp National Child Abuse Hotline",
            ),
            ("tel:+18775427233", "Scan to call: Safe2Tell"),
        ] {
            assert!(html.contains(&format!("aria-label=\"{label}\"")), "{label}");
            assert!(crate::qr::svg_path(href).is_some());
        }
    }

    #[test]
    fn a_region_without_lines_of_its_own_shares_the_national_poster_and_repeats_no_line() {
        for (text, youth) in pages() {
            assert_eq!(
                path("US-AL", text.lang),
                format!("posters/youth.us.{}.html", text.lang)
            );
            assert_eq!(
                path("US-CO", text.lang),
                format!("posters/youth.us-co.{}.html", text.lang)
            );
            let html = page(content::NATIONAL, text, youth);
            let nhth = content::national_line(Kind::Trafficking).unwrap();
            assert_eq!(
                html.matches(&format!("href=\"{}\"", nhth.tel())).count(),
                1,
                "{html}"
            );
            assert!(!html.contains("Safe2Tell"), "{html}");
        }
    }

    #[test]
    fn an_english_name_on_a_spanish_poster_is_marked_english() {
        let (es, youth) = pages().nth(1).unwrap();
        let html = page("US-CO", es, youth);
        assert!(
            html.contains("<p class=\"name\"><span lang=\"en\">Childhelp National Child Abuse Hotline</span></p>"),
            "{html}"
        );
        // A name with an official Spanish translation is not.
        assert!(
            html.contains("<p class=\"name\">Línea Nacional Contra la Trata de Personas</p>"),
            "{html}"
        );
    }

    #[test]
    fn florida_s_and_ohio_s_own_trafficking_lines_follow_their_abuse_lines() {
        let (en, youth) = pages().next().unwrap();
        for (code, abuse, own) in [
            ("US-FL", "tel:+18009622873", "tel:+18553527233"),
            ("US-OH", "tel:+18556424453", "tel:+18443636448"),
        ] {
            let html = page(code, en, youth);
            let links = hrefs(&html);
            let at = |h: &str| links.iter().position(|x| *x == h).expect(h);
            // The national hotline takes texts, so its row comes first; the
            // calls follow in the data's order.
            assert!(at("sms:233733?body=HELP") < at(abuse), "{links:?}");
            assert!(at(abuse) < at(own), "{links:?}");
        }
    }

    #[test]
    fn every_number_on_every_youth_poster_is_a_verified_line() {
        // New York's line for mandated reporters is not for a young reader.
        let mandated = "1-800-635-1522";
        for (path, html) in all() {
            assert!(html.contains("</html>") && !html.contains("{}"), "{path}");
            assert!(!html.contains(mandated), "{path}");
            for href in hrefs(&html) {
                assert!(
                    reaches_a_line(href),
                    "{path}: {href} is no line of lines.json"
                );
            }
        }
    }

    #[test]
    fn a_printable_s_own_line_is_never_its_region_s_only_line() {
        for l in audience::AUDIENCE_LINES {
            assert!(
                has_own_lines(l.region),
                "{}: its region's youth poster would be the national one",
                l.id
            );
        }
    }

    #[test]
    fn every_region_has_its_youth_poster_in_every_language_once() {
        let all = all();
        for text in content::TEXTS {
            for code in content::codes() {
                let p = path(code, text.lang);
                assert_eq!(all.iter().filter(|(x, _)| *x == p).count(), 1, "{p}");
            }
        }
    }

    /// The youth words are for a reader of ten: the test fails if a change
    /// makes them harder than `reading`'s thresholds.
    #[test]
    fn the_youth_words_are_plain_enough_for_a_ten_year_old() {
        for (_, youth) in pages() {
            let words = youth_words(youth);
            let score = reading::score(youth.lang, &words);
            eprintln!("reading level, {}: {score:?}", youth.lang);
            assert!(score.passes(), "{}: {score:?}\n{words}", youth.lang);
        }
    }

    /// Every sentence the youth poster says in its own words (not the
    /// lines' names or addresses).
    fn youth_words(youth: &Audience) -> String {
        let mut all = Vec::new();
        for s in youth.sections {
            all.push(s.title.to_owned());
            for b in s.blocks {
                match b.block {
                    Block::Text(t) | Block::Note(t) | Block::Heading(t) => all.push(t.to_owned()),
                    Block::Items(items) => all.extend(items.iter().map(str::to_owned)),
                    Block::Call { when, .. } => all.push(when.to_owned()),
                }
            }
        }
        let (before, after) = content::around(youth.ui.emergency);
        all.push(format!("{before}911{after}"));
        all.extend(
            content::all_lines()
                .filter_map(|l| youth.line_note(l))
                .map(str::to_owned),
        );
        all.join("\n")
    }
}
