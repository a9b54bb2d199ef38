//! The printable pages, written at build time (`src/bin/posters.rs`, run by
//! the post-build step) next to the loader: one poster per lead line and
//! language, and per region and language a youth poster (`youth`) and a
//! staff sheet (`reporter`); beside them, the words of the widget's views
//! (`view`). The widget only links to the posters and fetches the views'
//! files: it carries none of them, their QR encoder or their print styles
//! (code every partner page would download for pages few print). Pure
//! string building, tested natively; the wasm has only the paths.

use crate::config::Audience;
use crate::content::{self, Line, Text};
#[cfg(not(target_arch = "wasm32"))]
use crate::{
    content::{Block, Kind},
    html::{Html, escape},
    markup, qr,
};

#[cfg(not(target_arch = "wasm32"))]
pub mod reporter;
#[cfg(not(target_arch = "wasm32"))]
mod rows;
#[cfg(not(target_arch = "wasm32"))]
pub mod view;
#[cfg(not(target_arch = "wasm32"))]
pub mod youth;

/// The poster's path below the widget's folder (`v1/`) for `region`: named
/// after its first lead line (a region's first reporting line, or the
/// national hotline).
pub fn path(region: &str, text: &Text) -> Option<String> {
    let lines = content::lead_lines(region);
    Some(file_name(lines.first()?, text))
}

/// The printable page for `audience` in `region`: the region's poster, the
/// youth poster or the reporter sheet.
pub fn page_for(audience: Audience, region: &str, text: &Text) -> Option<String> {
    match audience {
        Audience::Adult => path(region, text),
        Audience::Youth => Some(youth_path(region, text.lang)),
        Audience::Reporter => Some(reporter_path(region, text.lang)),
    }
}

/// Every page of an audience as (path, page): each region of `codes` in
/// every language that has the audience's words.
#[cfg(not(target_arch = "wasm32"))]
fn audience_pages(
    codes: &[&str],
    words: fn(&str) -> Option<&'static content::audience::Audience>,
    path: fn(&str, &str) -> String,
    page: fn(&str, &'static Text, &'static content::audience::Audience) -> String,
) -> Vec<(String, String)> {
    content::TEXTS
        .iter()
        .filter_map(|text| Some((text, words(text.lang)?)))
        .flat_map(|(text, audience)| {
            codes
                .iter()
                .map(move |code| (path(code, text.lang), page(code, text, audience)))
        })
        .collect()
}

/// The youth poster's path (src/poster/youth.rs) for `region`:
/// `posters/youth.us-co.en.html`, or the national one
/// (`posters/youth.us.en.html`) for a region without lines of its own.
pub fn youth_path(region: &str, lang: &str) -> String {
    region_page("youth", youth_region(region), lang)
}

/// The region whose youth poster and youth view serve `region`: itself if
/// it has lines of its own, else the national one (`US`).
pub fn youth_region(region: &str) -> &str {
    if has_own_lines(region) {
        region
    } else {
        content::NATIONAL
    }
}

/// The reporter sheet's path (src/poster/reporter.rs) for `region`:
/// `posters/reporter.us-co.en.html`.
pub fn reporter_path(region: &str, lang: &str) -> String {
    region_page("reporter", region, lang)
}

/// The level of the headings inside a view file's sections, as for a
/// widget whose top heading is an `h2`; the widget moves them with its
/// `heading-level` (`html::shift_headings`).
pub const VIEW_LEVEL: u8 = 4;

/// The file of the words of the widget's view for `audience` in `region`
/// (src/poster/view.rs), which the widget fetches:
/// `posters/view-reporter.us-co.en.html`; the youth view of a region
/// without lines of its own is the national one, like its poster.
pub fn view_path(audience: Audience, region: &str, lang: &str) -> String {
    let code = match audience {
        Audience::Youth => youth_region(region),
        _ => region,
    };
    region_page(&format!("view-{}", audience.name()), code, lang)
}

/// `posters/<name>.<region>.<lang>.html`, the region in lower case.
fn region_page(name: &str, region: &str, lang: &str) -> String {
    format!("posters/{name}.{}.{lang}.html", region.to_ascii_lowercase())
}

/// Whether `region` has lines of its own in the widget (a youth poster of
/// its own). The printables' own lines are never a region's only ones: a
/// test in `youth` says so.
fn has_own_lines(region: &str) -> bool {
    content::LINES.iter().any(|l| l.region == region)
}

fn file_name(line: &Line, text: &Text) -> String {
    format!("posters/{}.{}.html", line.id, text.lang)
}

/// Every poster as (path, page): the lead lines of each region (once for
/// regions that share them), in every language; then the youth posters and
/// the reporter sheets.
#[cfg(not(target_arch = "wasm32"))]
pub fn all() -> Vec<(String, String)> {
    let mut sets: Vec<Vec<&'static Line>> = content::codes()
        .map(content::lead_lines)
        .filter(|lines| !lines.is_empty())
        .collect();
    sets.sort_by_key(|lines| lines[0].id);
    sets.dedup_by_key(|lines| lines[0].id);
    content::TEXTS
        .iter()
        .flat_map(|text| {
            sets.iter()
                .map(move |lines| (file_name(lines[0], text), page(lines, text)))
        })
        .chain(youth::all())
        .chain(reporter::all())
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
/// One poster page (fits US Letter and A4): every lead line of the region
/// (Hawaii has two: a reader on any island finds theirs; Nevada three, by
/// county), 911, the first
/// sign of each group, a QR code that dials each line, and a print button
/// that `poster.js` shows (without JavaScript the browser's own print works).
pub fn page(lines: &[&Line], text: &Text) -> String {
    let ui = &text.ui;
    // The national trafficking hotline stands in where a region has no
    // verified abuse line: it is not one, and the poster must not say so.
    let trafficking = lines.first().is_some_and(|l| l.kind == Kind::Trafficking);
    let title = if trafficking {
        ui.poster_trafficking_title
    } else {
        ui.report_title
    };
    let mut h = Html::default();
    h.element("p", "kicker", ui.poster_kicker)
        .element("h1", "", title);
    if let [line] = lines {
        number(&mut h, line, text);
    } else {
        // Several lines (Hawaii's islands): each in a row beside its own
        // code, so that which code dials which is plain and the page stays
        // one page.
        for line in lines {
            h.el("div", "line", |h| {
                qr_figure(h, line, text);
                h.el("div", "", |h| number(h, line, text));
            });
        }
    }
    if trafficking {
        h.element("p", "", ui.poster_police);
    }
    h.el("p", "e911", |h| {
        h.append(markup::lines::emergency(text));
    })
    .el("ul", "signs", |h| {
        for sign in first_signs(text) {
            h.element("li", "", sign);
        }
    });
    if let [line] = lines {
        qr_figure(&mut h, line, text);
    }
    h.element("p", "", ui.no_expert);
    print_button(&mut h, text);
    let name = lines.first().map_or("", |l| text.line_name(l));
    // Three lines (Nevada's counties) take smaller rows to stay on one page.
    let main = if lines.len() > 2 { "many" } else { "" };
    document(text.lang, &format!("{title}: {name}"), main, h)
}

#[cfg(not(target_arch = "wasm32"))]
/// A whole poster page around `body`: its language, title, stylesheet and
/// print script, and `<main>` with `class` (none if empty). The shell is
/// constant; only `lang`, `title` and `class` vary, escaped here.
fn document(lang: &str, title: &str, class: &str, body: Html) -> String {
    let main = if class.is_empty() {
        String::from("<main>")
    } else {
        format!("<main class=\"{}\">", escape(class))
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<link rel=\"stylesheet\" href=\"../poster.css\">\n<script src=\"../poster.js\" defer></script>\n</head>\n<body>\n{main}\n{body}\n</main>\n</body>\n</html>\n",
        lang = escape(lang),
        title = escape(title),
        body = body.finish(),
    )
}

#[cfg(not(target_arch = "wasm32"))]
/// The print button, which `poster.js` shows (without JavaScript the
/// browser's own print works, and there is no button that does nothing).
fn print_button(h: &mut Html, text: &Text) {
    h.el("p", "print", |h| {
        h.tag("button")
            .attr("type", "button")
            .flag("hidden")
            .text(text.ui.print);
    });
}

#[cfg(not(target_arch = "wasm32"))]
/// A line as the poster gives it: its name, the number large as advertised
/// (with its digits below, where it has letters), when it answers, and its
/// other numbers (after hours, TTY, from outside the state) as the widget
/// words them: a poster read at night must not stop at a closed line.
fn number(h: &mut Html, line: &Line, text: &Text) {
    h.element("p", "name", text.line_name(line))
        .el("p", "number", |h| {
            h.tag("a")
                .attr("href", &line.tel())
                .text(line.vanity.unwrap_or(line.display));
        });
    if line.vanity.is_some() {
        h.element("p", "digits", line.display);
    }
    for said in text.hours(line).into_iter().chain(text.line_note(line)) {
        h.element("p", "", said);
    }
    markup::lines::others(h, line, text);
}

#[cfg(not(target_arch = "wasm32"))]
/// A QR code that dials `line`, named for screen readers by its line.
fn qr_figure(h: &mut Html, line: &Line, text: &Text) {
    qr_code(h, &line.tel(), text.ui.scan, text.line_name(line));
}

#[cfg(not(target_arch = "wasm32"))]
/// A QR code that opens `href`, captioned `caption` and named for screen
/// readers by the caption and `name` (the line it reaches).
fn qr_code(h: &mut Html, href: &str, caption: &str, name: &str) {
    let Some((side, d)) = qr::svg_path(href) else {
        return;
    };
    let side = side.to_string();
    let label = format!("{caption}: {name}");
    h.el("figure", "qr", |h| {
        h.tag("svg")
            .attr("viewBox", &format!("0 0 {side} {side}"))
            .attr("role", "img")
            .attr("aria-label", &label)
            .inner(|h| {
                h.tag("rect")
                    .attr("width", &side)
                    .attr("height", &side)
                    .attr("fill", "#ffffff")
                    .empty()
                    .tag("path")
                    .attr("d", &d)
                    .attr("fill", "#000000")
                    .empty();
            })
            .element("figcaption", "", caption);
    });
}

#[cfg(not(target_arch = "wasm32"))]
/// The first sign of each group, so the poster stays one page.
fn first_signs(text: &Text) -> impl Iterator<Item = &'static str> {
    text.sections[0]
        .blocks
        .iter()
        .filter_map(|b| match b.block {
            Block::Items(items) => items.first(),
            _ => None,
        })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn colorado_in_english() {
        let en = content::text("en").unwrap();
        assert_eq!(path("US-CO", en).unwrap(), "posters/us-co-hotline.en.html");
        let html = page(&content::lead_lines("US-CO"), en);
        assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(
            html.contains(
                "<p class=\"number\"><a href=\"tel:+18442645437\">1-844-CO-4-KIDS</a></p>"
            ),
            "{html}"
        );
        assert!(html.contains("<p class=\"digits\">1-844-264-5437</p>"));
        // 911 as the widget writes it, read digit by digit.
        assert!(
            html.contains("href=\"tel:911\" data-line=\"us-911\""),
            "{html}"
        );
        assert!(
            html.contains("aria-label=\"911: 9 1 1\"><span class=\"kts-digits\">911</span></a>")
        );
        assert!(html.contains("Colorado Child Abuse and Neglect Hotline"));
        assert_eq!(html.matches("<li>").count(), first_signs(en).count());
        assert_eq!(html.matches("href=\"tel:").count(), 2, "the line and 911");
        assert!(first_signs(en).count() >= 4);
        assert!(
            html.contains("<svg viewBox=\"0 0 33 33\" role=\"img\" aria-label=\"Scan to call: Colorado Child Abuse and Neglect Hotline\">")
        );
    }

    #[test]
    fn a_region_with_two_lines_has_both_on_its_poster_each_with_its_code() {
        let en = content::text("en").unwrap();
        let lines = content::lead_lines("US-HI");
        assert_eq!(lines.len(), 2);
        let html = page(&lines, en);
        for line in &lines {
            assert!(
                html.contains(&format!("<a href=\"tel:{}\">", line.e164)),
                "{html}"
            );
            // Each code sits in the row of its own line.
            let row = format!(
                "aria-label=\"Scan to call: {}\"><rect",
                escape(en.line_name(line))
            );
            let at = html.find(&row).expect("a code named for the line");
            let number = format!("<a href=\"tel:{}\">", line.e164);
            let rest = &html[at..];
            let end = rest.find("<div class=\"line\">").unwrap_or(rest.len());
            assert!(rest[..end].contains(&number), "{html}");
        }
        assert!(html.contains("808-832-5300"), "Oʻahu's line: {html}");
        assert_eq!(html.matches("<figure class=\"qr\">").count(), 2);
    }

    #[test]
    fn a_poster_gives_each_line_s_other_numbers_after_it() {
        for text in content::TEXTS {
            for (code, main, other) in [
                ("US-NV", "+18335711041", "+18338031183"),
                ("US-AR", "+18004825964", "+18008436349"),
                ("US-NH", "+18008945533", "+16032716562"),
            ] {
                let lines = content::lead_lines(code);
                let html = page(&lines, text);
                let at = |n: &str| html.find(&format!("href=\"tel:{n}\"")).expect(n);
                assert!(at(main) < at(other), "{code}: {html}");
                // Worded, linked and read out as the widget gives them.
                let line = lines.iter().find(|l| l.e164 == main).unwrap();
                let mut widget = Html::default();
                markup::lines::others(&mut widget, line, text);
                assert!(html.contains(&widget.finish()), "{code}: {html}");
            }
        }
    }

    #[test]
    fn a_region_without_a_line_gets_the_national_hotlines_poster() {
        let es = content::text("es").unwrap();
        let national = content::lead_lines(content::NATIONAL)[0];
        assert_eq!(
            path("US-AL", es).unwrap(),
            format!("posters/{}.es.html", national.id)
        );
        // A trafficking line, not an abuse line: the poster says which, and
        // where other abuse goes.
        let html = page(&[national], es);
        assert!(
            html.contains("<h1>Denuncie la trata de niños</h1>"),
            "{html}"
        );
        assert!(!html.contains(es.ui.report_title), "{html}");
        assert!(html.contains("a la policía"), "{html}");
        assert!(!page(&content::lead_lines("US-CO"), es).contains("a la policía"));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_region_and_language_has_its_poster_once() {
        let all = all();
        let paths: Vec<&str> = all.iter().map(|(p, _)| p.as_str()).collect();
        for text in content::TEXTS {
            for code in content::codes() {
                let p = path(code, text).unwrap();
                assert_eq!(paths.iter().filter(|x| **x == p).count(), 1, "{p}");
            }
        }
        for (p, html) in &all {
            assert!(html.contains("</html>"), "{p}");
            assert!(!html.contains("{}"), "{p}: a template was not filled");
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_region_s_about_dates_each_of_its_lines_and_sources() {
        for text in content::TEXTS {
            for code in content::codes() {
                // The last line of the adult view's file: its "About this
                // information".
                let file = view::adult(code, text);
                let about = file.lines().last().unwrap();
                let lines = content::LINES.iter().filter(|l| l.region == code);
                for l in lines.chain(content::lead_lines(code)) {
                    let cited = format!("href=\"{}\"", escape(l.source_url));
                    assert!(about.contains(&cited), "{code}: {}", l.id);
                    assert!(about.contains(l.verified), "{code}: {}", l.id);
                }
                for s in text.source_ids().iter().filter_map(content::source) {
                    assert!(about.contains(&escape(s.url)), "{code}: {}", s.url);
                }
            }
        }
    }
}
