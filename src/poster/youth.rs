//! The youth poster: for a school restroom or a locker room, spoken to a
//! child or teen who may be the one being hurt. Short and large: that it is
//! not their fault, 911 in danger, then each line as a row beside its QR
//! code, the lines that take texts first (a text can be sent where a call
//! would be overheard), what happens when they reach out, and what to do if
//! someone threatens to share pictures of them. One page per region that
//! has lines of its own, and one for everywhere else, in each language.

use super::{document, print_button, qr_code};
use crate::content::{self, Block, Kind, Line, Section, Text, Youth};
use crate::html::{Html, heading};
use crate::markup;

/// The youth poster's path below the widget's folder (`v1/`) for `region`:
/// `posters/youth.us-co.en.html`, or the national one
/// (`posters/youth.us.en.html`) for a region without lines of its own.
pub fn path(region: &str, lang: &str) -> String {
    let own = content::all_lines().any(|l| l.region == region);
    let code = if own { region } else { content::NATIONAL };
    format!("posters/youth.{}.{lang}.html", code.to_ascii_lowercase())
}

/// Every youth poster as (path, page).
pub fn all() -> Vec<(String, String)> {
    let mut codes: Vec<&str> = std::iter::once(content::NATIONAL)
        .chain(content::REGIONS.iter().map(|r| r.code))
        .filter(|code| {
            *code == content::NATIONAL || content::all_lines().any(|l| l.region == *code)
        })
        .collect();
    codes.dedup();
    content::TEXTS
        .iter()
        .filter_map(|text| Some((text, content::youth(text.lang)?)))
        .flat_map(|(text, youth)| {
            codes
                .iter()
                .map(move |code| (path(code, text.lang), page(code, text, youth)))
        })
        .collect()
}

/// The youth poster for `region` in the language of `text` and `youth`
/// (`text` gives the lines' names and the print button).
pub fn page(region: &str, text: &Text, youth: &Youth) -> String {
    let mut h = Html::default();
    let mut shown: Vec<&'static str> = Vec::new();
    for (i, section) in youth.sections.iter().enumerate() {
        if i == 0 {
            h.element("h1", "", section.title);
            blocks(&mut h, section, region, text, youth, &mut shown);
            h.open("p", "e911")
                .append(emergency(text, youth))
                .close("p");
        } else {
            h.open("section", "").element(heading(2), "", section.title);
            blocks(&mut h, section, region, text, youth, &mut shown);
            h.close("section");
        }
    }
    print_button(&mut h, text);
    let title = youth.sections.first().map_or("", |s| s.title);
    document(text.lang, title, "youth", h)
}

/// A section's blocks; its calls' lines in rows. `shown`: lines already on the page, which are not repeated (a
/// region without a line of its own has the national trafficking hotline
/// under two kinds).
fn blocks(
    h: &mut Html,
    section: &Section,
    region: &str,
    text: &Text,
    youth: &Youth,
    shown: &mut Vec<&'static str>,
) {
    // Consecutive calls make one group of rows, written before the next
    // other block.
    let mut rows: Vec<(&Line, &str)> = Vec::new();
    for sourced in section.blocks {
        if let Block::Call { kind, when } = sourced.block {
            for line in lines(region, kind) {
                if !shown.contains(&line.id) {
                    shown.push(line.id);
                    rows.push((line, when));
                }
            }
            continue;
        }
        write_rows(h, &mut rows, text, youth);
        match sourced.block {
            Block::Text(t) => {
                h.element("p", "", t);
            }
            Block::Note(t) => {
                h.element("p", "note", t);
            }
            Block::Heading(t) => {
                h.element(heading(3), "", t);
            }
            Block::Items(items) => {
                h.open("ul", "");
                for item in items.iter() {
                    h.element("li", "", item);
                }
                h.close("ul");
            }
            Block::Call { .. } => {}
        }
    }
    write_rows(h, &mut rows, text, youth);
}

/// A group of rows, the lines that take texts first (stable: within each
/// part the data's order stays), and empties it.
fn write_rows(h: &mut Html, rows: &mut Vec<(&Line, &str)>, text: &Text, youth: &Youth) {
    rows.sort_by_key(|(line, _)| line.sms.is_none());
    let mut said = "";
    for (line, when) in rows.drain(..) {
        // Lines for the same thing (Nevada's counties) say it once.
        row(h, line, (when != said).then_some(when), text, youth);
        said = when;
    }
}

/// The lines of `kind` a young reader in `region` can reach: the state's
/// own reporting or youth lines (none where it has none), or for the other
/// kinds its own line, then the national one.
fn lines(region: &str, kind: Kind) -> Vec<&'static Line> {
    match kind {
        Kind::Reporting => content::reporting_lines(region).collect(),
        Kind::Youth => content::YOUTH_LINES
            .iter()
            .filter(|l| l.region == region)
            .collect(),
        other => content::lines_of(region, other),
    }
}

/// One line: what it is for (unless the row before said it), its name, then a text (if it takes texts) or
/// a call, large, and the other way below; the QR code opens the first.
fn row(h: &mut Html, line: &Line, when: Option<&str>, text: &Text, youth: &Youth) {
    let ui = &youth.ui;
    let name = text.line_name(line);
    h.open("div", "line");
    match line.sms_href() {
        Some(sms) => qr_code(h, &sms, ui.scan_text, name),
        None => qr_code(h, &line.tel(), ui.scan_call, name),
    }
    h.open("div", "");
    if let Some(when) = when {
        h.element("p", "when", when);
    }
    h.element("p", "name", name);
    match (line.sms_href(), line.sms_shown()) {
        (Some(sms), Some(shown)) => {
            h.open("p", "number");
            match line.sms_keyword {
                Some(word) => {
                    let (before, after) = content::around(ui.text_keyword);
                    link(h, &sms, &[before, word, after], shown);
                }
                None => link(h, &sms, &[ui.text], shown),
            }
            h.close("p").open("p", "also");
            link(h, &line.tel(), &[ui.or_call], &line.written());
            h.close("p");
        }
        _ => {
            h.open("p", "number");
            link(
                h,
                &line.tel(),
                &[ui.call],
                line.vanity.unwrap_or(line.display),
            );
            h.close("p");
            if line.vanity.is_some() {
                h.element("p", "digits", line.display);
            }
        }
    }
    if let Some(url) = line.web {
        let shown = url.trim_start_matches("https://").trim_end_matches('/');
        h.open("p", "also").text(ui.online).text(" ");
        link(h, url, &[], shown);
        h.close("p");
    }
    for said in youth
        .line_note(line)
        .into_iter()
        .chain(text.hours(line).filter(|_| {
            // A line that is not always open says when it is.
            line.hours != content::Hours::Always
        }))
    {
        h.element("p", "", said);
    }
    markup::lines::others(h, line, text);
    h.close("div").close("div");
}

/// A link to `href`: `words`, then `number` kept on one line (a number
/// broken at a hyphen is misread).
fn link(h: &mut Html, href: &str, words: &[&str], number: &str) {
    h.start("a").attr("href", href).end();
    for word in words {
        h.text(word);
    }
    if !words.is_empty() {
        h.text(" ");
    }
    h.element("span", "n", number).close("a");
}

/// "If you are in danger right now, call 911." with 911 a link, read digit
/// by digit, as the widget writes it.
fn emergency(text: &Text, youth: &Youth) -> Html {
    let (before, after) = content::around(youth.ui.emergency);
    let mut h = Html::default();
    h.text(before);
    if let Some(line) = content::national_line(Kind::Emergency) {
        markup::links::call_link(&mut h, line, text, "kts-911", true, None);
    }
    h.text(after);
    h
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::reading;

    fn pages() -> impl Iterator<Item = (&'static Text, &'static Youth)> {
        content::TEXTS.iter().map(|t| {
            (
                t,
                content::youth(t.lang).expect("every language has youth words"),
            )
        })
    }

    /// Every `href` of a page, in order.
    fn hrefs(html: &str) -> Vec<&str> {
        html.split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|h| !h.starts_with("../"))
            .collect()
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
        let known = |href: &str| {
            content::all_lines().any(|l| {
                href == l.tel() || Some(href.to_owned()) == l.sms_href() || l.web == Some(href)
            }) || content::OTHERS
                .iter()
                .any(|o| href == format!("tel:{}", o.e164))
        };
        // New York's line for mandated reporters is not for a young reader.
        let mandated = "1-800-635-1522";
        for (path, html) in all() {
            assert!(html.contains("</html>") && !html.contains("{}"), "{path}");
            assert!(!html.contains(mandated), "{path}");
            for href in hrefs(&html) {
                assert!(known(href), "{path}: {href} is no line of lines.json");
            }
        }
    }

    #[test]
    fn every_region_has_its_youth_poster_in_every_language_once() {
        let all = all();
        for text in content::TEXTS {
            for code in
                std::iter::once(content::NATIONAL).chain(content::REGIONS.iter().map(|r| r.code))
            {
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
    fn youth_words(youth: &Youth) -> String {
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
