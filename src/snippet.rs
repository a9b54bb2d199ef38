//! The snippets the builder page hands to partners (contract §1): form A (a
//! script tag), form B (the element with the region's own no-JS links
//! inside), form C (an iframe) and plain links for places that take neither
//! (newsletters, email). Pure string building, tested natively; the builder
//! only shows and copies what these return.

use crate::config::{Audience, Config, Layout, Theme};
use crate::content::{self, Hours, Kind, Text};
use crate::html::{Html, Tag};
use crate::poster;
use crate::quick_exit;
use crate::reserve;

/// Where each snippet works, for the line the builder shows under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The element with its own links, then the script (the default).
    Element,
    /// One script tag.
    Script,
    /// An iframe.
    Frame,
    /// Links only.
    Plain,
}

impl Form {
    /// In the order the builder shows them: the contract's default first.
    pub const ALL: [Form; 4] = [Form::Element, Form::Script, Form::Frame, Form::Plain];

    /// A stable id (for element ids and tests).
    pub fn id(self) -> &'static str {
        match self {
            Form::Element => "element",
            Form::Script => "script",
            Form::Frame => "iframe",
            Form::Plain => "plain",
        }
    }

    /// The snippet's heading in the builder.
    pub fn title(self) -> &'static str {
        match self {
            Form::Element => "Element with its own links (recommended)",
            Form::Script => "One script tag",
            Form::Frame => "Iframe",
            Form::Plain => "Plain links",
        }
    }

    /// The snippet of this form for `choice`, pointing at `base`.
    pub fn snippet(self, base: &str, choice: &Config) -> String {
        match self {
            Form::Element => element(base, choice),
            Form::Script => script(base, choice),
            Form::Frame => frame(base, choice),
            Form::Plain => plain(choice),
        }
    }
}

/// What a partner chose in the builder is a widget's `Config`: the same
/// type, so a snippet can only say what the widget can show.
impl Config {
    /// The options to write out, in contract order: region and language
    /// always (without a language the widget follows the host page's, which
    /// is not what was previewed), the rest only when they differ from the
    /// default. Quick exit to the neutral site is written `on`; an address
    /// the widget would reject is left out, never emitted.
    pub fn options(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("region", self.region.to_owned()),
            ("lang", self.lang.to_owned()),
        ];
        if self.layout != Layout::default() {
            out.push(("layout", self.layout.name().to_owned()));
        }
        if self.theme != Theme::default() {
            out.push(("theme", self.theme.name().to_owned()));
        }
        if let Some(accent) = self.accent {
            out.push(("accent", accent.hex()));
        }
        // The youth view turns quick exit on by itself: written only where
        // the choice differs from the audience's default.
        let on_by_default = Config::default().showing(self.audience).quick_exit;
        match &self.quick_exit {
            Some(exit) if quick_exit::target(exit) == Ok(on_by_default.clone()) => {}
            Some(exit) if exit == quick_exit::NEUTRAL => out.push(("quick-exit", "on".to_owned())),
            Some(exit) if matches!(quick_exit::target(exit), Ok(Some(_))) => {
                out.push(("quick-exit", exit.trim().to_owned()));
            }
            None if on_by_default.is_some() => out.push(("quick-exit", "off".to_owned())),
            _ => {}
        }
        if self.heading_level != Config::default().heading_level {
            out.push(("heading-level", self.heading_level.to_string()));
        }
        if self.audience != Audience::default() {
            out.push(("audience", self.audience.name().to_owned()));
        }
        out
    }

    fn text(&self) -> &'static Text {
        content::text(self.lang).unwrap_or_else(content::default_text)
    }

    /// The region's lead lines and 911, as (tel: URI, link text) pairs:
    /// the same lines the loader's fallback shows, and for Nevada (whose
    /// three the loader's table has no bytes for) its county lines.
    pub fn links(&self) -> Vec<(String, String)> {
        let text = self.text();
        let mut links: Vec<(String, String)> = content::lead_lines(self.region)
            .into_iter()
            .map(|line| {
                let mut label = format!("{}: {}", text.line_name(line), line.written());
                // A line with set hours says when it answers, as the banner does.
                if let Some(hours) = text
                    .line_label(line)
                    .filter(|_| line.hours == Hours::Limited)
                {
                    label.push_str(&format!(" ({hours})"));
                }
                (line.tel(), label)
            })
            .collect();
        if let Some(emergency) = content::national_line(Kind::Emergency) {
            links.push((emergency.tel(), text.ui.fallback_emergency.to_owned()));
        }
        links
    }
}

/// Form B, the builder's default: the element, its links (what shows with
/// no JavaScript, or before the script runs), then the script. `base` is the
/// widget's folder URL, ending in `/` (`https://CDN/kts/v1/`).
pub fn element(base: &str, choice: &Config) -> String {
    let mut h = Html::default();
    let widget = options(h.tag("know-the-signs"), choice, "");
    // The space the widget will take, from the first paint: the text
    // below must not move when the script arrives. A strict CSP
    // ignores the inline style, and then only the reservation goes.
    let widget = match reserve::inline_style(reserve::Shape::of(choice)) {
        Some(style) => widget.attr("style", &style),
        None => widget,
    };
    widget
        .inner(|h| {
            h.text("\n");
            exit_line(h, choice);
            link_lines(h, choice);
            more_line(h, base, choice);
        })
        .text("\n");
    script_tag(&mut h, base).flag("async").empty();
    h.finish()
}

/// Form B's last line: "Know the signs and what to do". Without JavaScript
/// it links to the region's poster (its lines, the first signs, QR codes);
/// where the widget starts folded (a CSP refused the reservation), the
/// widget makes this link unfold it (`data-kts-more`, src/widget/fold.rs), so the
/// first view needs no line of its own for that and nothing below moves.
/// The floating button takes no room and has no such line.
fn more_line(h: &mut Html, base: &str, choice: &Config) {
    let text = choice.text();
    if let Some(path) = poster::path(choice.region, text)
        && choice.layout != Layout::Button
    {
        line(h, text.ui.more, |a| {
            a.attr("href", &format!("{base}{path}"))
                .flag("data-kts-more")
        });
    }
}

/// With quick exit on, form B's own exit link, first: the way out is there
/// before the script runs, and with JavaScript off (a plain link then, with
/// no cover and no Shift keys; the widget brings both).
fn exit_line(h: &mut Html, choice: &Config) {
    if let Some(Ok(Some(target))) = choice.quick_exit.as_deref().map(quick_exit::target) {
        line(h, choice.text().ui.exit_label, |a| {
            a.attr("href", &target).attr("rel", "nofollow noreferrer")
        });
    }
}

/// Form A: one script tag; the widget appears where it stands.
pub fn script(base: &str, choice: &Config) -> String {
    let mut h = Html::default();
    let tag = script_tag(&mut h, base);
    options(tag, choice, "data-").flag("async").empty();
    h.finish()
}

/// `<script src="{base}embed.js"`: attributes follow.
fn script_tag<'a>(h: &'a mut Html, base: &str) -> Tag<'a, 'static> {
    h.tag("script").attr("src", &format!("{base}embed.js"))
}

/// Form C: the iframe, at a height that fits the layout when the parent
/// page has no loader to size it (it scrolls inside if the reader opens
/// more).
pub fn frame(base: &str, choice: &Config) -> String {
    let query: Vec<String> = choice
        .options()
        .iter()
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect();
    let src = format!("{base}frame.html?{}", query.join("&"));
    let height = frame_height(choice.layout);
    let mut h = Html::default();
    h.tag("iframe")
        .attr("src", &src)
        .attr("title", choice.text().ui.report_title)
        .attr("allow", "clipboard-write; web-share")
        .attr("loading", "lazy")
        .attr("style", &format!("width:100%;border:0;height:{height}px"))
        .empty();
    h.finish()
}

/// Plain links: a title, the lines and 911, in the chosen language.
pub fn plain(choice: &Config) -> String {
    let mut h = Html::default();
    h.tag("div").attr("lang", choice.lang).inner(|h| {
        h.text("\n  ")
            .el("p", "", |h| {
                h.element("strong", "", choice.text().ui.report_title);
            })
            .text("\n");
        link_lines(h, choice);
    });
    h.finish()
}

/// The height of a fixed-size iframe, by layout: the panel's closed
/// sections (the tallest, one hotline), the bar, the launcher.
pub fn frame_height(layout: Layout) -> u16 {
    match layout {
        Layout::Panel => 560,
        Layout::Banner => 200,
        Layout::Button => 120,
    }
}

/// The options (`Config::options`) as attributes of `tag`, each name after
/// `prefix` (`data-` on form A).
fn options<'a, 'n>(tag: Tag<'a, 'n>, choice: &Config, prefix: &str) -> Tag<'a, 'n> {
    choice
        .options()
        .into_iter()
        .fold(tag, |tag, (name, value)| {
            tag.attr(&format!("{prefix}{name}"), &value)
        })
}

/// One `<p><a href="tel:…">…</a></p>` line per link.
fn link_lines(h: &mut Html, choice: &Config) {
    for (href, label) in choice.links() {
        line(h, &label, |a| a.attr("href", &href));
    }
}

/// A snippet's indented line, `  <p><a …>label</a></p>`, the link's
/// attributes set by `attrs`.
fn line(
    h: &mut Html,
    label: &str,
    attrs: impl for<'a> FnOnce(Tag<'a, 'static>) -> Tag<'a, 'static>,
) {
    h.text("  ")
        .el("p", "", |h| {
            attrs(h.tag("a")).text(label);
        })
        .text("\n");
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
pub fn encode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The line under each snippet: where a partner can use it.
pub fn where_it_works(form: Form) -> &'static str {
    match form {
        Form::Element => {
            "Your own site, or self-hosted WordPress (a Custom HTML block). Recommended: the numbers show even before the script loads or with JavaScript off, and its style keeps the widget's room, so your text never moves and your Lighthouse score is unchanged. Where a CSP refuses inline styles, the widget starts folded instead, and nothing moves either: the numbers, and the snippet's own Know the signs link opens the rest."
        }
        Form::Script => {
            "Your own site, or self-hosted WordPress, where you can add a script. Shortest, but shows nothing without JavaScript, and it starts folded (the numbers and one button that opens the rest): your text moves down by those few lines once."
        }
        Form::Frame => "Hosted blogs and site builders that remove scripts but allow iframes.",
        Form::Plain => {
            "Email newsletters, and anywhere that allows neither scripts nor iframes: just the numbers, as links."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::color::Rgb;
    use crate::html::escape;

    const BASE: &str = "https://cdn.example/kts/v1/";

    #[test]
    fn colorado_in_english_is_the_contract_example() {
        let choice = Config::default();
        assert_eq!(
            element(BASE, &choice),
            "<know-the-signs region=\"US-CO\" lang=\"en\" style=\"display:flow-root;min-height:calc(719px + clamp(0px,(432px - 100vw)*999,102px) + clamp(0px,(572px - 100vw)*999,200px))\">\n  \
             <p><a href=\"tel:+18442645437\">Colorado Child Abuse and Neglect Hotline: 1-844-CO-4-KIDS (1-844-264-5437)</a></p>\n  \
             <p><a href=\"tel:911\">Child in immediate danger: call 911</a></p>\n  \
             <p><a href=\"https://cdn.example/kts/v1/posters/us-co-hotline.en.html\" data-kts-more>Know the signs and what to do</a></p>\n\
             </know-the-signs>\n<script src=\"https://cdn.example/kts/v1/embed.js\" async></script>"
        );
        assert_eq!(
            script(BASE, &choice),
            "<script src=\"https://cdn.example/kts/v1/embed.js\" data-region=\"US-CO\" data-lang=\"en\" async></script>"
        );
    }

    #[test]
    fn every_option_is_written_when_it_differs_from_the_default() {
        let choice = Config {
            region: "US-WA",
            lang: "es",
            layout: Layout::Banner,
            theme: Theme::Dark,
            accent: Some(Rgb(0x12, 0xab, 0x00)),
            quick_exit: Some("https://example.org/?a=1&b=\"2\"".into()),
            heading_level: 3,
            audience: Audience::Reporter,
            exit_chosen: true,
        };
        let a = script(BASE, &choice);
        assert!(a.contains(" data-region=\"US-WA\" data-lang=\"es\" data-layout=\"banner\" data-theme=\"dark\" data-accent=\"#12ab00\" data-quick-exit=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" data-heading-level=\"3\" data-audience=\"reporter\" async"), "{a}");
        let c = frame(BASE, &choice);
        assert!(
            c.starts_with("<iframe src=\"https://cdn.example/kts/v1/frame.html?region=US-WA&amp;lang=es&amp;layout=banner&amp;theme=dark&amp;accent=%2312ab00&amp;quick-exit=https%3A%2F%2Fexample.org%2F%3Fa%3D1%26b%3D%222%22&amp;heading-level=3&amp;audience=reporter\""),
            "{c}"
        );
        assert!(
            c.contains("title=\"Denuncie el abuso infantil o la trata\""),
            "{c}"
        );
        assert!(c.contains("height:200px"), "{c}");
        // Share and copy work inside the frame only if the page allows them.
        assert!(c.contains(" allow=\"clipboard-write; web-share\" "), "{c}");
    }

    #[test]
    fn links_follow_the_region_and_language() {
        let spanish = Config {
            lang: "es",
            ..Config::default()
        };
        let links = spanish.links();
        assert_eq!(links[0].0, "tel:+18442645437");
        assert!(
            links[0]
                .1
                .starts_with("Línea Directa de Abuso y Descuido Infantil de Colorado: ")
        );
        assert_eq!(
            links[1],
            (
                "tel:911".into(),
                "Niño en peligro inmediato: llame al 911".into()
            )
        );
        // Hawaii has two island lines; a region without a verified line
        // gets the national hotline; both end with 911.
        let hawaii = Config {
            region: "US-HI",
            ..Config::default()
        };
        assert_eq!(hawaii.links().len(), 3);
        let national = Config {
            region: "US",
            ..Config::default()
        };
        let links = national.links();
        assert_eq!(links[0].0, "tel:+18883737888");
        assert_eq!(links.last().unwrap().0, "tel:911");
        let plain = plain(&national);
        assert!(
            plain.starts_with(
                "<div lang=\"en\">\n  <p><strong>Report child abuse or trafficking</strong></p>"
            ),
            "{plain}"
        );
        assert!(plain.contains("<a href=\"tel:+18883737888\">"), "{plain}");
    }

    #[test]
    fn every_regions_snippets_carry_its_lead_lines_and_911() {
        for text in content::TEXTS {
            for code in content::REGIONS
                .iter()
                .map(|r| r.code)
                .chain([content::NATIONAL])
            {
                let choice = Config {
                    region: code,
                    lang: text.lang,
                    ..Config::default()
                };
                let leads = content::lead_lines(code);
                let want: Vec<String> = leads
                    .iter()
                    .map(|l| l.e164)
                    .chain(["911"])
                    .map(|n| format!("tel:{n}"))
                    .collect();
                let links: Vec<String> = choice.links().into_iter().map(|(href, _)| href).collect();
                assert_eq!(links, want, "{code} {}", text.lang);
                for snippet in [element("https://cdn/", &choice), plain(&choice)] {
                    for (href, label) in choice.links() {
                        let link = format!("<a href=\"{href}\">{}</a>", escape(&label));
                        assert!(snippet.contains(&link), "{code}: {snippet}");
                    }
                    for line in leads.iter().filter(|l| l.hours == Hours::Limited) {
                        let hours = text.line_label(line).expect("checked by build.rs");
                        assert!(snippet.contains(&escape(hours)), "{code}: {snippet}");
                    }
                }
            }
        }
    }

    #[test]
    fn form_b_carries_its_own_exit_link_first_when_quick_exit_is_on() {
        let spanish = |exit: Option<&str>| Config {
            lang: "es",
            quick_exit: exit.map(str::to_owned),
            ..Config::default()
        };
        let on = element(BASE, &spanish(Some(quick_exit::NEUTRAL)));
        let exit = "<p><a href=\"https://www.weather.gov/\" rel=\"nofollow noreferrer\">Salir de esta página</a></p>";
        assert!(
            on.contains(&format!("\">\n  {exit}\n  <p><a href=\"tel:")),
            "{on}"
        );
        let own = element(BASE, &spanish(Some("https://example.org/?a=1&b=2")));
        assert!(
            own.contains("<a href=\"https://example.org/?a=1&amp;b=2\" rel"),
            "{own}"
        );
        for off in [None, Some("off"), Some("http://example.org")] {
            assert!(
                !element(BASE, &spanish(off)).contains("nofollow"),
                "{off:?}"
            );
        }
    }

    #[test]
    fn the_youth_view_s_own_quick_exit_is_not_written_and_turning_it_off_is() {
        let youth = |exit: Option<&str>| Config {
            audience: Audience::Youth,
            quick_exit: exit.map(str::to_owned),
            ..Config::default()
        };
        let on = script(BASE, &youth(Some("on")));
        assert!(
            on.ends_with(" data-audience=\"youth\" async></script>"),
            "{on}"
        );
        assert!(!on.contains("quick-exit"), "{on}");
        let off = script(BASE, &youth(None));
        assert!(
            off.contains(" data-quick-exit=\"off\" data-audience=\"youth\""),
            "{off}"
        );
        // The reservation counts the exit bar the youth view shows.
        assert!(element(BASE, &youth(Some("on"))) != element(BASE, &youth(None)));
    }

    #[test]
    fn quick_exit_is_written_only_when_the_widget_takes_it() {
        let with = |exit: &str| Config {
            quick_exit: Some(exit.into()),
            ..Config::default()
        };
        assert!(script(BASE, &with(quick_exit::NEUTRAL)).contains("data-quick-exit=\"on\""));
        assert!(
            script(BASE, &with(" https://example.org "))
                .contains("data-quick-exit=\"https://example.org\"")
        );
        for bad in [
            "off",
            "http://example.org",
            "javascript:alert(1)",
            "https://",
        ] {
            assert!(!script(BASE, &with(bad)).contains("quick-exit"), "{bad}");
        }
    }

    #[test]
    fn escaping_and_encoding() {
        assert_eq!(
            escape("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(encode("a-b_c.d~e f#ñ"), "a-b_c.d~e%20f%23%C3%B1");
    }
}
