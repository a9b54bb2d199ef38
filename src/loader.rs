//! What the post-build step writes into the loader (`www/embed.js`), made
//! from the same data and rules as the widget so that nothing is worked out
//! twice: the options' names, the static hotline's table of lines and its
//! words, and the loader's stylesheet (`www/fallback.css` with the
//! reservation's heights from `reserve.rs`, minified). Native only: the
//! post-build step runs `package --loader` and fills the placeholders.
//!
//! Every partner page downloads the loader, so the table is terse: each
//! region's lead lines (`content::lead_lines`) as
//! `[digits after "+", vanity or 0, name or 0, display or 0]`, trailing
//! blanks left out. A region whose lead line is the national one is left
//! out of the table (the loader falls back to `US`'s). A line's name is kept
//! where it tells several lines apart or says what the line is for (the
//! national hotline); a region's only line goes under the language's
//! "Report child abuse or neglect". The display is left out where the loader
//! writes it the same from the digits (1-NXX-NXX-XXXX).

use crate::attributes;
use crate::content::{self, Hours, Line, NATIONAL, TEXTS};
use crate::minify;
use crate::phone;
use crate::reserve;
use serde_json::{Map, Value, json};

/// Where the reservation's rules go in `www/fallback.css`.
pub const RESERVE_MARK: &str = "/* @@RESERVE@@ */";

/// Everything the post-build step writes into the loader, as one JSON
/// object: `options`, `fallback` (`[table, texts, default region, national
/// region, default language]`) and `css`.
pub fn values() -> Value {
    json!({
        "options": attributes::NAMES,
        "fallback": [table(), texts(), content::DEFAULT_REGION, NATIONAL, content::default_text().lang],
        "css": stylesheet(include_str!("../www/fallback.css")),
    })
}

/// The regions whose lead lines are their own, and `US`, with those lines.
fn leads() -> impl Iterator<Item = (&'static str, Vec<&'static Line>)> {
    content::codes()
        .map(|code| (code, content::lead_lines(code)))
        .filter(|(code, lines)| *code == NATIONAL || lines.iter().all(|l| l.region == *code))
}

/// Whether the static hotline names `line` (see the module's comment).
fn named(code: &str, lines: &[&Line]) -> bool {
    code == NATIONAL || lines.len() > 1
}

fn table() -> Value {
    let mut table = Map::new();
    for (code, lines) in leads() {
        let named = named(code, &lines);
        let entries = lines.iter().map(|line| entry(line, named)).collect();
        table.insert(code.to_owned(), Value::Array(entries));
    }
    Value::Object(table)
}

fn entry(line: &Line, named: bool) -> Value {
    let digits = digits(line);
    let blank = |keep: bool, value: &str| if keep { json!(value) } else { json!(0) };
    let written = written(digits).is_some_and(|w| w == line.display);
    let mut entry = vec![
        json!(digits),
        line.vanity.map_or(json!(0), |v| json!(v)),
        blank(named, line.name),
        blank(!written, line.display),
    ];
    while entry.last() == Some(&json!(0)) {
        entry.pop();
    }
    Value::Array(entry)
}

fn digits(line: &Line) -> &'static str {
    phone::plain_digits(line.e164)
}

/// How the loader writes a number from its digits: 1-NXX-NXX-XXXX.
fn written(d: &str) -> Option<String> {
    let nanp = d.len() == 11 && d.starts_with('1') && d.bytes().all(|b| b.is_ascii_digit());
    nanp.then(|| format!("{}-{}-{}-{}", &d[..1], &d[1..4], &d[4..7], &d[7..]))
}

/// Each language's words for the static hotline: "Call", the 911 link,
/// the named lines' names in it (by digits, where it translates them),
/// "Report child abuse or neglect", and when a line with set hours answers
/// (by digits).
fn texts() -> Value {
    let mut texts = Map::new();
    for text in TEXTS {
        let (mut names, mut hours) = (Map::new(), Map::new());
        for (code, lines) in leads() {
            let named = named(code, &lines);
            for line in &lines {
                let name = text.line_name(line);
                if named && name != line.name {
                    names.insert(digits(line).to_owned(), json!(name));
                }
                if let Some(label) = text
                    .line_label(line)
                    .filter(|_| line.hours == Hours::Limited)
                {
                    hours.insert(digits(line).to_owned(), json!(label));
                }
            }
        }
        let ui = &text.ui;
        let words = json!([
            ui.call,
            ui.fallback_emergency,
            names,
            ui.fallback_report,
            hours
        ]);
        texts.insert(text.lang.to_owned(), words);
    }
    Value::Object(texts)
}

/// `source` (www/fallback.css) with the reservation's rules where its mark
/// is, minified.
pub fn stylesheet(source: &str) -> String {
    minify::css(&source.replacen(RESERVE_MARK, &reserve::css(), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = include_str!("../www/fallback.css");

    #[test]
    fn the_stylesheet_takes_the_reservation_from_the_table_alone() {
        assert_eq!(SHEET.matches(RESERVE_MARK).count(), 1);
        // No height written by hand beside the generated ones.
        assert!(!SHEET.contains("--h:"), "www/fallback.css sets a height");
        let css = stylesheet(SHEET);
        assert!(css.contains(&reserve::css()), "{css}");
        assert!(!css.contains("/*"), "{css}");
    }

    #[test]
    fn every_region_with_its_own_line_is_in_the_table_with_those_lines() {
        let table = table();
        for region in content::REGIONS {
            let own: Vec<_> = content::reporting_lines(region.code).collect();
            let entry = &table[region.code];
            if own.is_empty() {
                assert!(
                    entry.is_null(),
                    "{}: the national lines stand in",
                    region.code
                );
                continue;
            }
            let digits: Vec<_> = entry
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e[0].clone())
                .collect();
            let want: Vec<_> = own.iter().map(|l| json!(self::digits(l))).collect();
            assert_eq!(digits, want, "{}", region.code);
        }
        let national = content::national_line(content::Kind::Trafficking).unwrap();
        assert_eq!(table[NATIONAL][0][0], json!(digits(national)));
        assert_eq!(
            table[NATIONAL][0][2],
            json!(national.name),
            "the national line is named"
        );
    }

    #[test]
    fn a_line_is_written_as_the_loader_writes_it() {
        // Colorado: vanity, no name (its only line), display as the loader
        // writes it from the digits.
        assert_eq!(
            table()["US-CO"],
            json!([["18442645437", "1-844-CO-4-KIDS"]])
        );
        assert_eq!(written("18442645437").as_deref(), Some("1-844-264-5437"));
        assert_eq!(written("2026717233"), None);
        // A display the loader could not write from the digits is kept.
        let dc = &table()["US-DC"][0];
        assert_eq!(dc.as_array().unwrap().len(), 4, "{dc}");
    }

    #[test]
    fn the_words_cover_every_language_and_the_set_hours() {
        let texts = texts();
        for text in TEXTS {
            let words = &texts[text.lang];
            assert_eq!(words[0], json!(text.ui.call));
            assert_eq!(words[3], json!(text.ui.fallback_report));
        }
        let limited = content::LINES.iter().filter(|l| l.hours == Hours::Limited);
        for line in limited.filter(|l| l.kind == content::Kind::Reporting) {
            assert!(texts["en"][4][digits(line)].is_string(), "{}", line.id);
        }
    }
}
