//! A small HTML writer. The parts of the widget that are only read (lines,
//! signs, sources, the picker's options) are written as text by the plain
//! functions in `markup` and handed to the browser as `inner_html`: every
//! Leptos `view!` compiles code of its own, and as views those parts were a
//! large share of the wasm every partner page downloads. The posters, the
//! sources pages and the snippets are written with it too, so that every
//! text and attribute value the crate writes is escaped, every element is
//! closed where it was opened, and no address runs script.

/// HTML being written; every text and attribute value is escaped. Elements
/// nest: the call that writes a start tag also writes its end tag, after
/// the content, so tags cannot mismatch.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// A start tag whose attributes follow (`attr`, `class`, `flag`); the
    /// element is written when finished by `inner`, `text` or `empty`.
    #[inline(always)]
    pub fn tag<'a, 'n>(&'a mut self, name: &'n str) -> Tag<'a, 'n> {
        self.start(name);
        Tag { html: self, name }
    }

    /// `<tag class="class">`, what `inner` writes, `</tag>` (no class
    /// attribute if `class` is empty).
    #[inline(always)]
    pub fn el(&mut self, tag: &str, class: &str, inner: impl FnOnce(&mut Html)) -> &mut Self {
        self.tag(tag).class(class).inner(inner)
    }

    /// `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.tag(tag).class(class).text(text)
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.0, text);
        self
    }

    /// `text`, in a `<span lang>` when it is in another language than the
    /// text around it (an English name in Spanish), so that screen readers
    /// pronounce it as it is written (WCAG 3.1.2).
    pub fn text_in(&mut self, lang: Option<&str>, text: &str) -> &mut Self {
        match lang {
            Some(lang) => self.tag("span").attr("lang", lang).text(text),
            None => self.text(text),
        }
    }

    /// A fragment written on its own (the widget's emergency sentence on a
    /// poster): already escaped, as everything the writer writes.
    pub fn append(&mut self, fragment: Html) -> &mut Self {
        self.0.push_str(&fragment.0);
        self
    }

    /// `<name`, for `Tag`.
    fn start(&mut self, name: &str) {
        self.0.push('<');
        self.0.push_str(name);
    }

    /// `>` after a start tag's attributes, for `Tag`.
    fn end_start(&mut self) {
        self.0.push('>');
    }

    /// `</name>`, for `Tag`.
    fn end(&mut self, name: &str) {
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
    }

    /// `Tag::attr`'s work.
    fn attr(&mut self, name: &str, value: &str) {
        if matches!(name, "href" | "src") && !safe_url(value) {
            return;
        }
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        push_escaped(&mut self.0, value);
        self.0.push('"');
    }

    /// `Tag::flag`'s work.
    fn flag(&mut self, name: &str) {
        self.0.push(' ');
        self.0.push_str(name);
    }

    /// `Tag::class`'s work.
    fn class(&mut self, class: &str) {
        if !class.is_empty() {
            self.attr("class", class);
        }
    }

    /// The HTML written.
    pub fn finish(self) -> String {
        self.0
    }
}

/// An element's start tag, being written: attributes, then its content.
#[must_use = "an element is written by `inner`, `text` or `empty`"]
pub struct Tag<'a, 'n> {
    html: &'a mut Html,
    name: &'n str,
}

impl<'a> Tag<'a, '_> {
    /// ` name="value"`, the value escaped. An address (`href`, `src`) that
    /// `safe_url` refuses is left out: the element is written without it.
    // Inlined so that a chain of attributes passes the writer along, not
    // the whole start tag: the writing itself is `Html::attr`, one copy.
    #[inline(always)]
    pub fn attr(self, name: &str, value: &str) -> Self {
        self.html.attr(name, value);
        self
    }

    /// ` class="class"`, or nothing if `class` is empty.
    #[inline(always)]
    pub fn class(self, class: &str) -> Self {
        self.html.class(class);
        self
    }

    /// ` name`, an attribute without a value (`async`, `hidden`).
    #[inline(always)]
    pub fn flag(self, name: &str) -> Self {
        self.html.flag(name);
        self
    }

    /// The end of the start tag, what `inner` writes, and the end tag.
    #[inline(always)]
    pub fn inner(self, inner: impl FnOnce(&mut Html)) -> &'a mut Html {
        self.html.end_start();
        inner(self.html);
        self.html.end(self.name);
        self.html
    }

    /// The element with `text` as its content.
    #[inline(always)]
    pub fn text(self, text: &str) -> &'a mut Html {
        self.inner(|h| {
            h.text(text);
        })
    }

    /// The element with no content (`<rect …></rect>`, an SVG shape).
    #[inline(always)]
    pub fn empty(self) -> &'a mut Html {
        self.inner(|_| {})
    }
}

/// Whether `url` may be written as an address (`href`, `src`): a web
/// address (`https:`, `http:`), a way to reach a line (`tel:`, `sms:`), or
/// an address relative to the page. Any other scheme (`javascript:`,
/// `data:`) could run or carry content of its own, so it is never written.
pub fn safe_url(url: &str) -> bool {
    let Some((scheme, _)) = url.split_once(':') else {
        return true;
    };
    // A colon after a path, a query or a fragment began is not a scheme's.
    if scheme.contains(['/', '?', '#']) {
        return true;
    }
    ["https", "http", "tel", "sms"]
        .iter()
        .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
}

/// The tag of a heading at `level`, clamped to `h1`–`h6`.
pub fn heading(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6)) - 1]
}

/// `html` with the level of each heading moved by `by`, within 1 to 6:
/// the view files are written for a widget whose top heading is an `h2`
/// (src/poster/view.rs), and `heading-level` moves every heading below it.
/// Text and attribute values are escaped (`<` never appears in them), so
/// every `<h` or `</h` is a tag.
pub fn shift_headings(html: &str, by: i8) -> String {
    let mut bytes = html.as_bytes().to_vec();
    let mut i = 0;
    while i + 2 < bytes.len() {
        let tag = bytes[i] == b'<'
            && (bytes[i + 1] == b'h' || (bytes[i + 1] == b'/' && bytes.get(i + 2) == Some(&b'h')));
        if tag {
            let digit = if bytes[i + 1] == b'h' { i + 2 } else { i + 3 };
            if let Some(d @ b'1'..=b'6') = bytes.get(digit).copied() {
                let level = (d - b'0') as i8 + by;
                bytes[digit] = b'0' + level.clamp(1, 6) as u8;
            }
        }
        i += 1;
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// `raw` safe in HTML text and in double-quoted attribute values.
pub fn escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    push_escaped(&mut out, raw);
    out
}

fn push_escaped(out: &mut String, raw: &str) {
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::default();
        h.tag("a")
            .attr("href", "https://x.example/?a=1&b=\"2\"")
            .text("<b>Tom & Jerry</b>");
        assert_eq!(
            h.finish(),
            "<a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</a>"
        );
    }

    #[test]
    fn an_empty_class_writes_no_attribute() {
        let mut h = Html::default();
        h.element("p", "", "a").element("p", "kts-note", "b");
        assert_eq!(h.finish(), "<p>a</p><p class=\"kts-note\">b</p>");
    }

    #[test]
    fn elements_nest_and_each_end_tag_is_its_own() {
        let mut h = Html::default();
        h.el("ul", "kts-list", |h| {
            h.element("li", "", "a").el("li", "", |h| {
                h.tag("a")
                    .attr("href", "tel:911")
                    .flag("hidden")
                    .text("911");
            });
        })
        .tag("rect")
        .attr("width", "3")
        .empty();
        assert_eq!(
            h.finish(),
            "<ul class=\"kts-list\"><li>a</li><li><a href=\"tel:911\" hidden>911</a></li></ul><rect width=\"3\"></rect>"
        );
    }

    #[test]
    fn only_safe_addresses_are_written() {
        for url in [
            "https://co4kids.org/",
            "HTTP://example.org",
            "tel:+18442645437",
            "sms:233733?body=HELP",
            "../poster.css",
            "/v1/posters/sources.us-co.en.html",
            "posters/us-co-hotline.en.html",
            "#top",
            "page?at=10:30",
        ] {
            assert!(safe_url(url), "{url}");
            let mut h = Html::default();
            h.tag("a").attr("href", url).empty();
            assert!(h.finish().contains(" href="), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<b>x</b>",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!safe_url(url), "{url}");
            let mut h = Html::default();
            h.tag("a").attr("href", url).attr("class", "x").text("x");
            h.tag("img").attr("src", url).empty();
            assert_eq!(h.finish(), "<a class=\"x\">x</a><img></img>", "{url}");
        }
    }

    #[test]
    fn headings_are_clamped_to_h1_to_h6() {
        assert_eq!([0, 1, 4, 6, 9].map(heading), ["h1", "h1", "h4", "h6", "h6"]);
    }

    #[test]
    fn headings_move_with_the_widget_s_level_and_nothing_else() {
        let html = "<h4 class=\"kts-h\">Signs</h4><p>h4 &lt;h4&gt;</p><hr><h6>x</h6>";
        assert_eq!(shift_headings(html, 0), html);
        assert_eq!(
            shift_headings(html, -1),
            "<h3 class=\"kts-h\">Signs</h3><p>h4 &lt;h4&gt;</p><hr><h5>x</h5>"
        );
        assert_eq!(
            shift_headings(html, 3),
            "<h6 class=\"kts-h\">Signs</h6><p>h4 &lt;h4&gt;</p><hr><h6>x</h6>"
        );
        assert_eq!(shift_headings("<h4>é</h4>", -5), "<h1>é</h1>");
    }
}
