//! The lines a region shows: the banner's, the guide's, and what a region
//! without a verified line gets instead of a number.

use super::links::{call_link, channels, link};
use crate::content::{self, Hours, Kind, Line, Text};
use crate::html::Html;

/// The banner's lines for `code`: where to turn if it has no verified
/// statewide line, then each lead line with every channel, its hours and
/// whether it takes trafficking reports.
pub fn leads(text: &Text, code: &str) -> String {
    let mut h = Html::default();
    for line in reporting(&mut h, text, code) {
        h.el("div", "kts-lead", |h| {
            name(h, text, line);
            channels(h, line, text, "kts-call");
            if let Some(hours) = text.hours(line) {
                h.element("p", "kts-hours", hours);
            }
            note(h, line, text);
            others(h, line, text);
            if line.trafficking {
                h.element("p", "kts-hours", text.ui.takes_trafficking);
            }
        });
    }
    local_office(&mut h, text, code);
    h.finish()
}

/// "If a child is in immediate danger, call 911." with 911 a link (the
/// widget's hotline and the posters).
pub fn emergency(text: &Text) -> Html {
    emergency_in(text.ui.emergency, text)
}

/// The 911 sentence `template` ("… call {}.") with 911 a link, read digit
/// by digit: the widget's, or a printable's in its own voice.
pub fn emergency_in(template: &'static str, text: &Text) -> Html {
    let (before, after) = content::around(template);
    let mut h = Html::default();
    h.text(before);
    if let Some(line) = content::national_line(Kind::Emergency) {
        call_link(&mut h, line, text, "kts-911", true, None);
    }
    h.text(after);
    h
}

/// The one-line banner's calls to the lead lines of `code` (911 follows,
/// from `bar_911`, outside the part that changes with the region). The bar
/// shows no names, so a line a reader could mistake carries its label:
/// Hawaii's two islands' lines, Nevada's counties, North Dakota's weekday
/// hours, a number for in-state calls only, the national line where a
/// region has none of its own.
pub fn bar(text: &Text, code: &str) -> String {
    let mut h = Html::default();
    for line in content::lead_lines(code) {
        call_link(&mut h, line, text, "kts-call", false, text.line_label(line));
    }
    h.finish()
}

/// The one-line banner's "Call 911".
pub fn bar_911(text: &Text) -> String {
    let mut h = Html::default();
    if let Some(line) = content::national_line(Kind::Emergency) {
        call_link(&mut h, line, text, "kts-911", false, None);
    }
    h.finish()
}

/// One step of the report guide: a situation and the line of `kind` for it
/// in region `code`, with every channel.
pub fn step(h: &mut Html, text: &Text, kind: Kind, when: &str, code: &str) {
    h.el("div", "kts-step", |h| {
        h.element("p", "kts-when", when);
        let lines: Vec<&Line> = match kind {
            Kind::Reporting => reporting(h, text, code),
            other => content::lines_of(code, other),
        };
        for line in lines {
            listed(h, text, line);
            if line.kind == Kind::SupportOnly {
                h.element("p", "kts-hours", text.ui.support_only);
            }
        }
        if kind == Kind::Reporting {
            local_office(h, text, code);
        }
    });
}

/// A line as a list gives it: its name, every channel, its hours where they
/// are set (a reader who comes straight here must not call a closed line),
/// and its other numbers.
fn listed(h: &mut Html, text: &Text, line: &Line) {
    name(h, text, line);
    channels(h, line, text, "");
    if line.hours == Hours::Limited
        && let Some(hours) = text.hours(line)
    {
        h.element("p", "kts-hours", hours);
    }
    note(h, line, text);
    others(h, line, text);
}

/// A line's name, in its own language where that is not the text's.
fn name(h: &mut Html, text: &Text, line: &Line) {
    h.el("p", "kts-line-name", |h| {
        h.text_in(text.name_lang(line), text.line_name(line));
    });
}

/// What happens when the reader calls, where the line's name does not say
/// (a number that connects the caller to the county's agency).
fn note(h: &mut Html, line: &Line, text: &Text) {
    if let Some(note) = text.line_note(line) {
        h.element("p", "kts-hours", note);
    }
}

/// A link to the region's local offices beside its own line, where the
/// region has both (reports there go to the local office, which the line
/// routes to). Reported as the region's `web` channel, as the directory of a
/// region without a line is.
fn local_office(h: &mut Html, text: &Text, code: &str) {
    let directory = content::region(code).and_then(|r| r.directory);
    if let Some(url) = directory.filter(|_| content::reporting_lines(code).next().is_some()) {
        directory_link(h, text, code, url);
    }
}

/// The line's other numbers, each in its sentence: "Calling from outside
/// the state? Call …", "Outside business hours, weekends and holidays: call
/// …" (after its hours), "TTY for deaf or hard-of-hearing callers: …". Links to the
/// same line (their `kts:call` names it), read digit by digit like the
/// main one. The posters give them the same way.
pub fn others(h: &mut Html, line: &Line, text: &Text) {
    for number in content::others(line) {
        let (before, after) = content::around(text.other_sentence(number.to));
        let other = Line {
            e164: number.e164,
            display: number.display,
            vanity: None,
            ..*line
        };
        h.el("p", "kts-hours", |h| {
            h.text(before);
            call_link(h, &other, text, "", true, None);
            h.text(after);
        });
    }
}

/// Where to report in region `code`: its own lines or, where it has none,
/// what to do instead (written into `h`) and then the national hotline,
/// which those words' last ("... call the national hotline:") name.
fn reporting(h: &mut Html, text: &Text, code: &str) -> Vec<&'static Line> {
    if content::reporting_lines(code).next().is_none() {
        no_state_line(h, text, code);
    }
    content::lead_lines(code)
}

/// What a region without a verified statewide line gets instead of a
/// number: the plain fact, its official directory where the research has
/// one, the lines of the counties the research lists (California's), the
/// police, and the national hotline (shown after this).
pub fn no_state_line(h: &mut Html, text: &Text, code: &str) {
    h.el("div", "kts-no-line", |h| {
        if code == content::NATIONAL {
            // Not a gap in the data: abuse lines are the states'.
            h.element("p", "", text.ui.national_intro);
        } else {
            let (before, after) = content::around(text.ui.no_state_line);
            h.el("p", "", |h| {
                h.text(before).text(text.region_name(code)).text(after);
            });
        }
        if let Some(url) = content::region(code).and_then(|r| r.directory) {
            directory_link(h, text, code, url);
        }
        let counties = content::lines_of(code, Kind::County);
        if !counties.is_empty() {
            h.element("p", "", text.ui.county_lines);
            for line in counties {
                listed(h, text, line);
            }
        }
        h.element("p", "", text.ui.no_state_line_next);
    });
}

/// The link to region `code`'s directory of local offices, reported as the
/// region's `web` channel.
fn directory_link(h: &mut Html, text: &Text, code: &str, url: &str) {
    h.el("p", "", |h| {
        link(h, code, "web", url, text.ui.directory, None, text)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_without_a_state_line_names_the_national_hotline_next() {
        let trafficking = content::national_line(Kind::Trafficking).unwrap();
        for text in content::TEXTS {
            let without_a_line = content::REGIONS
                .iter()
                .map(|r| r.code)
                .chain([content::NATIONAL])
                .filter(|code| content::reporting_lines(code).next().is_none());
            for code in without_a_line {
                let mut h = Html::default();
                step(&mut h, text, Kind::Reporting, "when", code);
                let html = h.finish();
                let after = &html[html
                    .find(&crate::html::escape(text.ui.no_state_line_next))
                    .unwrap()..];
                let first_tel = &after[after.find("href=\"tel:").unwrap()..];
                assert!(
                    first_tel.starts_with(&format!("href=\"tel:{}\"", trafficking.e164)),
                    "{code}: {html}"
                );
            }
        }
    }

    /// The numbers of the `tel:` links in `html`, in order.
    fn tels(html: &str) -> Vec<String> {
        html.split("href=\"tel:")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
            .collect()
    }

    #[test]
    fn a_state_s_own_trafficking_lines_come_before_the_national_one() {
        let national = content::national_line(Kind::Trafficking).unwrap();
        for text in content::TEXTS {
            let tels = |code| {
                let mut h = Html::default();
                step(&mut h, text, Kind::Trafficking, "when", code);
                tels(&h.finish())
            };
            // Hawaii's, by island, then the national hotline.
            let hi = ["+18088321999", "+18883981188", national.e164];
            assert_eq!(tels("US-HI"), hi, "{}", text.lang);
            // Florida's and Ohio's statewide trafficking lines.
            assert_eq!(tels("US-FL"), ["+18553527233", national.e164]);
            assert_eq!(tels("US-OH"), ["+18443636448", national.e164]);
            assert_eq!(tels("US-CO"), [national.e164], "{}", text.lang);
        }
    }

    /// A line's other number comes after its main one (and after its hours),
    /// in its sentence, in the leads and the guide, and reports the same
    /// line; the bar shows the main numbers only, each labelled where a
    /// reader could mistake it.
    #[test]
    fn a_line_s_other_number_follows_it_in_its_sentence() {
        for text in content::TEXTS {
            for (code, id, mains, other, sentence, labelled) in [
                (
                    "US-NH",
                    "us-nh-hotline",
                    &["+18008945533"][..],
                    "+16032716562",
                    text.ui.away,
                    true,
                ),
                (
                    "US-MO",
                    "us-mo-hotline",
                    &["+18003923738"],
                    "+15737513448",
                    text.ui.away,
                    true,
                ),
                (
                    "US-AR",
                    "us-ar-hotline",
                    &["+18004825964"],
                    "+18008436349",
                    text.ui.tty,
                    false,
                ),
                (
                    "US-CT",
                    "us-ct-hotline",
                    &["+18008422288"],
                    "+18006245518",
                    text.ui.tty,
                    false,
                ),
                // Nevada has no statewide line: Clark's, Washoe's, then every
                // other county's, closed outside business hours.
                (
                    "US-NV",
                    "us-nv-rural",
                    &["+17023990081", "+18339007233", "+18335711041"],
                    "+18338031183",
                    text.ui.after_hours,
                    true,
                ),
            ] {
                let all: Vec<&str> = mains.iter().copied().chain([other]).collect();
                let html = leads(text, code);
                assert_eq!(tels(&html), all, "{code}: {html}");
                assert!(!html.contains("kts-no-line"), "{code}: {html}");
                let (before, _) = content::around(sentence);
                let said = html.find(&crate::html::escape(before)).expect(code);
                assert!(
                    html[said..].contains(&format!("tel:{other}")),
                    "{code}: {html}"
                );
                let main = content::LINES.iter().find(|l| l.id == id).unwrap();
                if let Some(hours) = text.hours(main) {
                    let hours = html.find(&crate::html::escape(hours));
                    assert!(hours.is_some_and(|h| h < said), "{code}: {html}");
                }
                let line = format!("data-line=\"{id}\" data-channel=\"tel\"");
                assert_eq!(html.matches(&line).count(), 2, "{code}: {html}");
                let mut h = Html::default();
                step(&mut h, text, Kind::Reporting, "when", code);
                assert_eq!(tels(&h.finish()), all, "{code}");
                let bar = bar(text, code);
                assert_eq!(tels(&bar), mains, "{code}");
                assert_eq!(bar.contains("kts-which"), labelled, "{code}: {bar}");
                for line in content::reporting_lines(code).filter(|_| labelled) {
                    let label = crate::html::escape(text.line_label(line).unwrap());
                    assert!(bar.contains(&format!("({label})")), "{code}: {bar}");
                }
            }
            for sentence in [text.ui.away, text.ui.after_hours, text.ui.tty] {
                let (before, _) = content::around(sentence);
                assert!(!leads(text, "US-CO").contains(before));
            }
        }
    }

    #[test]
    fn california_lists_its_counties_lines_beside_its_directory_not_as_the_states() {
        for text in content::TEXTS {
            let html = leads(text, "US-CA");
            let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s}: {html}"));
            let (no_line, _) = content::around(text.ui.no_state_line);
            // The plain fact and the directory first, then the counties'
            // lines (Los Angeles' with its numbers for callers outside
            // California and TDD), then the police and the national line.
            let order = [
                at(&crate::html::escape(no_line)),
                at("data-channel=\"web\""),
                at(&crate::html::escape(text.ui.county_lines)),
                at("Los Angeles County"),
                at("San Diego County"),
                at(&crate::html::escape(text.ui.no_state_line_next)),
            ];
            assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}: {html}");
            let national = content::national_line(Kind::Trafficking).unwrap().e164;
            let la = ["+18005404000", "+12136394500", "+18002726699"];
            assert_eq!(tels(&html), [&la[..], &["+18585602191", national]].concat());
            let line = "data-line=\"us-ca-los-angeles\" data-channel=\"tel\"";
            assert_eq!(html.matches(line).count(), 3, "{html}");
            // The bar still leads with the national line: the counties'
            // lines are not the state's.
            assert_eq!(tels(&bar(text, "US-CA")), [national]);
        }
    }

    #[test]
    fn a_step_says_when_a_line_with_set_hours_answers() {
        let nd = content::reporting_lines("US-ND").next().unwrap();
        assert_eq!(nd.hours, Hours::Limited);
        for text in content::TEXTS {
            let mut h = Html::default();
            step(&mut h, text, Kind::Reporting, "when", "US-ND");
            let hours = crate::html::escape(text.hours(nd).unwrap());
            assert!(h.finish().contains(&hours), "{}", text.lang);
        }
    }

    #[test]
    fn the_bar_labels_the_lines_a_reader_could_mistake_and_only_those() {
        for text in content::TEXTS {
            let label = |id: &str| {
                let line = content::LINES.iter().find(|l| l.id == id).unwrap();
                crate::html::escape(text.line_label(line).unwrap())
            };
            let bar = |code| bar(text, code);
            // Each of Hawaii's numbers says which islands it serves.
            let hi = bar("US-HI");
            let oahu = hi.find("tel:+18088325300").unwrap();
            let neighbor = hi.find("tel:+18883803088").unwrap();
            let (first, second) = hi.split_at(neighbor);
            assert!(
                oahu < neighbor && first.contains(&format!("({})", label("us-hi-oahu"))),
                "{hi}"
            );
            assert!(
                second.contains(&format!("({})", label("us-hi-neighbor"))),
                "{hi}"
            );
            // North Dakota's line is closed at night and at weekends.
            assert!(bar("US-ND").contains(&format!(
                "<span class=\"kts-which\">({})</span>",
                label("us-nd-hotline")
            )));
            // Where a region has no line, the number is the national line's.
            for code in ["US-AL", "US"] {
                assert!(bar(code).contains(&label("us-nhth")), "{code}");
            }
            // Colorado's 24/7 line needs nothing more.
            assert!(!bar("US-CO").contains("kts-which"));
        }
    }

    #[test]
    fn colorado_leads_with_its_hotline_around_the_clock() {
        let en = content::text("en").unwrap();
        let html = leads(en, "US-CO");
        assert!(html.starts_with("<div class=\"kts-lead\"><p class=\"kts-line-name\">Colorado Child Abuse and Neglect Hotline</p>"), "{html}");
        assert!(html.contains("href=\"tel:+18442645437\""), "{html}");
        assert!(html.contains(en.ui.hours_24_7), "{html}");
        assert!(!html.contains("kts-no-line"), "{html}");
    }

    #[test]
    fn the_national_choice_says_abuse_lines_are_the_states_not_that_one_is_missing() {
        for text in content::TEXTS {
            let html = leads(text, content::NATIONAL);
            assert!(html.starts_with("<div class=\"kts-no-line\"><p>"), "{html}");
            assert!(html.contains(text.ui.national_intro), "{html}");
            let (before, _) = content::around(text.ui.no_state_line);
            assert!(!html.contains(before), "{html}");
            assert!(html.contains("href=\"tel:+18883737888\""), "{html}");
        }
    }

    #[test]
    fn a_region_without_a_line_says_so_and_leads_with_the_national_hotline() {
        let en = content::text("en").unwrap();
        let without = content::REGIONS
            .iter()
            .find(|r| content::reporting_lines(r.code).next().is_none())
            .expect("the research has regions without a verified line");
        let html = leads(en, without.code);
        assert!(html.starts_with("<div class=\"kts-no-line\">"), "{html}");
        assert!(html.contains(en.region_name(without.code)), "{html}");
        let national = content::national_line(Kind::Trafficking).unwrap();
        assert!(
            html.contains(&format!("href=\"tel:{}\"", national.e164)),
            "{html}"
        );
        assert_eq!(
            html.contains("data-channel=\"web\" target"),
            without.directory.is_some()
        );
    }

    #[test]
    fn the_emergency_sentence_links_911_in_every_language() {
        for text in content::TEXTS {
            let html = emergency(text).finish();
            let (before, after) = content::around(text.ui.emergency);
            assert!(html.starts_with(before) && html.ends_with(after), "{html}");
            assert!(html.contains("href=\"tel:911\""), "{html}");
        }
    }

    #[test]
    fn the_bar_calls_the_lead_lines_then_911() {
        let en = content::text("en").unwrap();
        let html = bar(en, "US-HI");
        let tels: Vec<_> = content::lead_lines("US-HI")
            .iter()
            .map(|l| format!("href=\"tel:{}\"", l.e164))
            .collect();
        assert_eq!(html.matches("href=\"tel:").count(), tels.len(), "{html}");
        assert!(tels.iter().all(|t| html.contains(t.as_str())), "{html}");
        assert!(!html.contains("tel:911"), "{html}");
        let e911 = bar_911(en);
        assert!(
            e911.contains("href=\"tel:911\"") && e911.contains(">Call <"),
            "{e911}"
        );
    }

    #[test]
    fn a_step_for_support_says_it_takes_no_reports() {
        let en = content::text("en").unwrap();
        let mut h = Html::default();
        step(&mut h, en, Kind::SupportOnly, "If you need advice", "US-CO");
        let html = h.finish();
        assert!(
            html.starts_with(
                "<div class=\"kts-step\"><p class=\"kts-when\">If you need advice</p>"
            ),
            "{html}"
        );
        assert!(html.contains(en.ui.support_only), "{html}");
    }
}
