//! The body of an audience's printable page (the youth poster, the reporter
//! sheet): its sections' blocks, and each line as a row beside its QR code.

use super::qr_code;
use crate::content::audience::{self, Audience};
use crate::content::{self, Block, Hours, Kind, Line, Section, Text};
use crate::html::{Html, heading};
use crate::markup;

/// One page being written: its region, words and the lines already on it.
pub struct Page<'a> {
    region: &'a str,
    text: &'static Text,
    /// The page's words, in its voice (a teen is spoken to as *tú*, a
    /// reporter as *usted*).
    audience: &'static Audience,
    /// Rows of lines that take texts before the calls (the youth poster:
    /// a text can be sent where a call would be overheard).
    texts_first: bool,
    /// Lines already on the page, not repeated (a region without a line of
    /// its own has the national trafficking hotline under two kinds).
    shown: Vec<&'static str>,
    /// The sources of what the page has said so far (a call block that
    /// found no line for the region said nothing).
    cited: Vec<&'static str>,
    /// Whether each row has its QR code (a printed page), or not (the
    /// widget's views, read on the screen that would scan it).
    codes: bool,
}

impl<'a> Page<'a> {
    pub fn new(
        region: &'a str,
        text: &'static Text,
        audience: &'static Audience,
        texts_first: bool,
    ) -> Self {
        Page {
            region,
            text,
            audience,
            texts_first,
            shown: Vec::new(),
            cited: Vec::new(),
            codes: true,
        }
    }

    /// The same page for a screen: rows without QR codes.
    pub fn on_screen(mut self) -> Self {
        self.codes = false;
        self
    }

    /// A section under a heading at `level`, in a `<section>` with `class`
    /// below the page's title.
    pub fn section(&mut self, h: &mut Html, section: &Section, level: u8, class: &str) {
        // On screen, the widget's own heading style.
        let heading_class = if self.codes { "" } else { "kts-h" };
        let mut write = |h: &mut Html| {
            h.element(heading(level), heading_class, section.title);
            self.blocks(h, section);
        };
        if level > 1 {
            h.el("section", class, write);
        } else {
            write(h);
        }
    }

    /// The first section's blocks, 911 right under them, then the region's
    /// own sections (a state's law for reporters) at `level` in `<section>`s
    /// with `class`: how the reporter sheet and the widget's views open.
    pub fn lead(&mut self, h: &mut Html, first: &Section, level: u8, class: &str) {
        self.blocks(h, first);
        self.emergency(h);
        for own in self.audience.region_sections(self.region) {
            self.section(h, own, level, class);
        }
    }

    /// A section's blocks. Consecutive calls make one group of rows,
    /// written before the next other block.
    pub fn blocks(&mut self, h: &mut Html, section: &Section) {
        let mut rows: Vec<(&'static Line, &'static str)> = Vec::new();
        for sourced in section.blocks {
            if let Block::Call { kind, when } = sourced.block {
                let before = rows.len();
                for line in lines(self.region, kind) {
                    if !self.shown.contains(&line.id) {
                        self.shown.push(line.id);
                        rows.push((line, when));
                    }
                }
                if rows.len() > before {
                    self.cited.extend(sourced.sources.iter());
                }
                continue;
            }
            self.cited.extend(sourced.sources.iter());
            self.rows(h, &mut rows);
            markup::body::block(h, self.text, &sourced.block, self.region, 3);
        }
        self.rows(h, &mut rows);
    }

    /// A group of rows (stable: within each part the data's order stays),
    /// emptied.
    fn rows(&self, h: &mut Html, rows: &mut Vec<(&'static Line, &'static str)>) {
        if self.texts_first {
            rows.sort_by_key(|(line, _)| line.sms.is_none());
        }
        let mut said = "";
        for (line, when) in rows.drain(..) {
            // Lines for the same thing (Nevada's counties) say it once.
            self.row(h, line, (when != said).then_some(when));
            said = when;
        }
    }

    /// One line: what it is for (unless the row before said it), its name,
    /// then a text (if it takes texts and the page puts texts first) or a
    /// call, large, and the other way below; the QR code opens the first.
    fn row(&self, h: &mut Html, line: &Line, when: Option<&str>) {
        let (w, text) = (&self.audience.ui, self.text);
        let name = text.line_name(line);
        let sms = line
            .sms_href()
            .zip(line.sms_shown())
            .filter(|_| self.texts_first);
        h.el("div", "line", |h| {
            if self.codes {
                match &sms {
                    Some((href, _)) => qr_code(h, href, w.scan_text, name),
                    None => qr_code(h, &line.tel(), w.scan_call, name),
                }
            }
            h.el("div", "", |h| {
                if let Some(when) = when {
                    h.element("p", "when", when);
                }
                // An official English name in a Spanish page, marked so that
                // screen readers say it as written.
                h.el("p", "name", |h| {
                    h.text_in(text.name_lang(line), name);
                });
                match &sms {
                    Some((href, shown)) => {
                        h.el("p", "number", |h| {
                            text_link(h, line, href, shown, w.text, w.text_keyword)
                        })
                        .el("p", "also", |h| {
                            link(h, &line.tel(), &[w.or_call], &line.written())
                        });
                    }
                    None => {
                        let number = line.vanity.unwrap_or(line.display);
                        h.el("p", "number", |h| link(h, &line.tel(), &[w.call], number));
                        if line.vanity.is_some() {
                            h.element("p", "digits", line.display);
                        }
                        // Calls first on this page; a line that takes texts
                        // still says how.
                        if let Some((href, shown)) = line.sms_href().zip(line.sms_shown()) {
                            h.el("p", "also", |h| {
                                text_link(h, line, &href, shown, w.or_text, w.or_text_keyword)
                            });
                        }
                    }
                }
                if let Some(url) = line.web {
                    let shown = url.trim_start_matches("https://").trim_end_matches('/');
                    h.el("p", "also", |h| {
                        h.text(w.online).text(" ");
                        link(h, url, &[], shown);
                    });
                }
                // A line that is not always open says when it is.
                let hours = text.hours(line).filter(|_| line.hours != Hours::Always);
                for said in self.audience.line_note(line).into_iter().chain(hours) {
                    h.element("p", "", said);
                }
                markup::lines::others(h, line, text);
            });
        });
    }

    /// Where what the page said comes from, each source once, with the day
    /// it was checked (About's wording); on screen only, under a heading at
    /// level 2.
    pub fn sources(&mut self, h: &mut Html) {
        let title = self.text.ui.about_title;
        h.el("section", "sources", |h| {
            h.element(heading(2), "", title);
            self.source_list(h);
        });
    }

    /// The list of [`Page::sources`] alone.
    pub fn source_list(&mut self, h: &mut Html) {
        self.cited.sort_unstable();
        self.cited.dedup();
        let text = self.text;
        h.el("ul", "kts-sources", |h| {
            for s in self.cited.iter().filter_map(|id| content::source(id)) {
                let title = (s.title, text.english());
                markup::body::entry(h, text, title, s.url, s.verified, s.official);
            }
        });
    }

    /// "... call 911." in the page's voice, written as the widget writes
    /// its own.
    pub fn emergency(&self, h: &mut Html) {
        let sentence = markup::lines::emergency_in(self.audience.ui.emergency, self.text);
        h.el("p", "e911", |h| {
            h.append(sentence);
        });
    }
}

/// The lines of `kind` for `region`: its own reporting or audience lines
/// (none where it has none), or for the other kinds its own line, then the
/// national one.
fn lines(region: &str, kind: Kind) -> Vec<&'static Line> {
    match kind {
        Kind::Reporting => content::reporting_lines(region).collect(),
        Kind::Youth | Kind::Mandated => audience::lines(region, kind).collect(),
        other => content::lines_of(region, other),
    }
}

/// A link that opens a text to `line` at `href`: "Text 1-800-..." (`plain`),
/// or, where the line asks for a word, "Text HELP to 233733"
/// (`with_keyword`, the word in its slot).
fn text_link(
    h: &mut Html,
    line: &Line,
    href: &str,
    shown: &str,
    plain: &str,
    with_keyword: &'static str,
) {
    match line.sms_keyword {
        Some(word) => {
            let (before, after) = content::around(with_keyword);
            link(h, href, &[before, word, after], shown);
        }
        None => link(h, href, &[plain], shown),
    }
}

/// A link to `href`: `words`, then `number` kept on one line (a number
/// broken at a hyphen is misread).
fn link(h: &mut Html, href: &str, words: &[&str], number: &str) {
    h.tag("a").attr("href", href).inner(|h| {
        for word in words {
            h.text(word);
        }
        if !words.is_empty() {
            h.text(" ");
        }
        h.element("span", "n", number);
    });
}

/// Each language's widget words with an audience's (`words`: `youth`,
/// `reporter`), for tests.
#[cfg(test)]
pub fn languages(
    words: fn(&str) -> Option<&'static Audience>,
) -> impl Iterator<Item = (&'static Text, &'static Audience)> {
    content::TEXTS.iter().map(move |t| {
        (
            t,
            words(t.lang).expect("every language has the audience's words"),
        )
    })
}

/// Whether `href` reaches a line of lines.json (a call, a text, an online
/// form or another of its numbers), for tests.
#[cfg(test)]
pub fn reaches_a_line(href: &str) -> bool {
    content::all_lines()
        .any(|l| href == l.tel() || Some(href.to_owned()) == l.sms_href() || l.web == Some(href))
        || content::OTHERS
            .iter()
            .any(|o| href == format!("tel:{}", o.e164))
}

/// Every `href` of a page's body before its sources, in order (for tests).
#[cfg(test)]
pub fn hrefs(html: &str) -> Vec<&str> {
    let body = html
        .split("<section class=\"sources\">")
        .next()
        .unwrap_or(html);
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|h| !h.starts_with("../"))
        .collect()
}
