//! A small HTML writer. The parts of the widget that are only read (lines,
//! signs, sources, the picker's options) are written as text by the plain
//! functions in `markup` and handed to the browser as `inner_html`: every
//! Leptos `view!` compiles code of its own, and as views those parts were a
//! large share of the wasm every partner page downloads. The posters and the
//! snippets are written with it too, so that every text and attribute value
//! the crate writes is escaped.

/// HTML being written; every text and attribute value is escaped.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// `<tag`: attributes follow, then `end`.
    pub fn start(&mut self, tag: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        push_escaped(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// ` name`, an attribute without a value (`async`, `hidden`).
    pub fn flag(&mut self, name: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self
    }

    /// The `>` that ends a start tag.
    pub fn end(&mut self) -> &mut Self {
        self.0.push('>');
        self
    }

    /// `<tag class="class">` (no class attribute if `class` is empty).
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Self {
        self.start(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.end()
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.0, text);
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).close(tag)
    }

    /// `text`, in a `<span lang>` when it is in another language than the
    /// text around it (an English name in Spanish), so that screen readers
    /// pronounce it as it is written (WCAG 3.1.2).
    pub fn text_in(&mut self, lang: Option<&str>, text: &str) -> &mut Self {
        match lang {
            Some(lang) => self
                .start("span")
                .attr("lang", lang)
                .end()
                .text(text)
                .close("span"),
            None => self.text(text),
        }
    }

    /// A fragment written on its own (the widget's emergency sentence on a
    /// poster): already escaped, as everything the writer writes.
    pub fn append(&mut self, fragment: Html) -> &mut Self {
        self.0.push_str(&fragment.0);
        self
    }

    /// The HTML written.
    pub fn finish(self) -> String {
        self.0
    }
}

/// The tag of a heading at `level`, clamped to `h1`–`h6`.
pub fn heading(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6)) - 1]
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
        h.start("a")
            .attr("href", "https://x.example/?a=1&b=\"2\"")
            .end()
            .text("<b>Tom & Jerry</b>")
            .close("a");
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
    fn headings_are_clamped_to_h1_to_h6() {
        assert_eq!([0, 1, 4, 6, 9].map(heading), ["h1", "h1", "h4", "h6", "h6"]);
    }
}
