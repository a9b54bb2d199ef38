//! The printable posters: one static page per lead line and language,
//! written at build time (`src/bin/posters.rs`, run by the post-build step)
//! next to the loader, so the widget only links to them and carries none of
//! the poster, its QR encoder or its print styles (issue 8: 8 KB brotli of
//! wasm). Pure string building, tested natively.

use crate::content::{self, Block, Kind, Line, Text};
use crate::html::escape;
use crate::qr;

/// The poster's path below the widget's folder (`v1/`) for the lead line of
/// `region` (a region's first reporting line, or the national hotline).
pub fn path(region: &str, text: &Text) -> Option<String> {
    let line = content::lead_lines(region).into_iter().next()?;
    Some(file_name(line, text))
}

fn file_name(line: &Line, text: &Text) -> String {
    format!("posters/{}.{}.html", line.id, text.lang)
}

/// Every poster as (path, page): each lead line of any region, in every
/// language.
pub fn all() -> Vec<(String, String)> {
    let mut lines: Vec<&'static Line> = std::iter::once(content::NATIONAL)
        .chain(content::REGIONS.iter().map(|r| r.code))
        .filter_map(|code| content::lead_lines(code).into_iter().next())
        .collect();
    lines.sort_by_key(|l| l.id);
    lines.dedup_by_key(|l| l.id);
    content::TEXTS
        .iter()
        .flat_map(|text| {
            lines
                .iter()
                .map(move |line| (file_name(line, text), page(line, text)))
        })
        .collect()
}

/// One poster page (fits US Letter and A4): the line, 911, the first sign of
/// each group, a QR code that dials the line, and a print button that
/// `poster.js` shows (without JavaScript the browser's own print works).
pub fn page(line: &Line, text: &Text) -> String {
    let ui = &text.ui;
    let name = escape(text.line_name(line));
    let number = line.vanity.unwrap_or(line.display);
    let mut body = format!(
        "<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<p class=\"name\">{name}</p>\n<p class=\"number\"><a href=\"tel:{}\">{}</a></p>\n",
        escape(ui.poster_kicker),
        escape(ui.report_title),
        line.e164,
        escape(number)
    );
    if line.vanity.is_some() {
        body.push_str(&format!(
            "<p class=\"digits\">{}</p>\n",
            escape(line.display)
        ));
    }
    if let Some(hours) = text.hours(line) {
        body.push_str(&format!("<p>{}</p>\n", escape(hours)));
    }
    let emergency = content::national_line(Kind::Emergency);
    let (before, after) = content::around(ui.emergency);
    body.push_str(&format!(
        "<p class=\"e911\">{}<a href=\"tel:{}\">{}</a>{}</p>\n<ul class=\"signs\">\n",
        escape(before),
        emergency.map_or("911", |l| l.e164),
        escape(emergency.map_or("911", |l| l.display)),
        escape(after)
    ));
    for sign in first_signs(text) {
        body.push_str(&format!("  <li>{}</li>\n", escape(sign)));
    }
    body.push_str("</ul>\n");
    if let Some((side, d)) = qr::svg_path(&format!("tel:{}", line.e164)) {
        body.push_str(&format!(
            "<figure class=\"qr\"><svg viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{scan}\"><rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path d=\"{d}\" fill=\"#000000\"/></svg><figcaption>{scan}</figcaption></figure>\n",
            scan = escape(ui.scan)
        ));
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}: {name}</title>\n<link rel=\"stylesheet\" href=\"../poster.css\">\n<script src=\"../poster.js\" defer></script>\n</head>\n<body>\n<main>\n{body}<p>{no_expert}</p>\n<p class=\"print\"><button type=\"button\" hidden>{print}</button></p>\n</main>\n</body>\n</html>\n",
        lang = text.lang,
        title = escape(ui.report_title),
        no_expert = escape(ui.no_expert),
        print = escape(ui.print),
    )
}

/// The first sign of each group, so the poster stays one page.
fn first_signs(text: &Text) -> impl Iterator<Item = &'static str> {
    text.sections[0]
        .blocks
        .iter()
        .filter_map(|b| match b.block {
            Block::Items(items) => items.first().copied(),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorado_in_english() {
        let en = content::text("en").unwrap();
        assert_eq!(path("US-CO", en).unwrap(), "posters/us-co-hotline.en.html");
        let line = content::lead_lines("US-CO")[0];
        let html = page(line, en);
        assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(
            html.contains(
                "<p class=\"number\"><a href=\"tel:+18442645437\">1-844-CO-4-KIDS</a></p>"
            ),
            "{html}"
        );
        assert!(html.contains("<p class=\"digits\">1-844-264-5437</p>"));
        assert!(html.contains("<a href=\"tel:911\">911</a>"));
        assert!(html.contains("Colorado Child Abuse and Neglect Hotline"));
        assert_eq!(html.matches("<li>").count(), first_signs(en).count());
        assert!(first_signs(en).count() >= 4);
        assert!(
            html.contains("<svg viewBox=\"0 0 33 33\" role=\"img\" aria-label=\"Scan to call\">")
        );
    }

    #[test]
    fn a_region_without_a_line_gets_the_national_hotlines_poster() {
        let es = content::text("es").unwrap();
        let national = content::lead_lines(content::NATIONAL)[0];
        assert_eq!(
            path("US-AL", es).unwrap(),
            format!("posters/{}.es.html", national.id)
        );
    }

    #[test]
    fn every_region_and_language_has_its_poster_once() {
        let all = all();
        let paths: Vec<&str> = all.iter().map(|(p, _)| p.as_str()).collect();
        for text in content::TEXTS {
            for code in
                std::iter::once(content::NATIONAL).chain(content::REGIONS.iter().map(|r| r.code))
            {
                let p = path(code, text).unwrap();
                assert_eq!(paths.iter().filter(|x| **x == p).count(), 1, "{p}");
            }
        }
        for (p, html) in &all {
            assert!(html.contains("</html>"), "{p}");
            assert!(!html.contains("{}"), "{p}: a template was not filled");
        }
    }
}
