//! Links: to a line, one per channel, and to the widget's own pages.

use crate::content::{self, Line, Text};
use crate::html::{Html, Tag};
use crate::phone;

/// A link that reaches line `id` by `channel` (`tel`, `sms`, `chat` or
/// `web`; `web` also for a region's directory), its content written by
/// `inner`. Web addresses open in a new tab with no referrer, so the
/// partner's page stays put and the line's site learns nothing about where
/// the reader came from; screen readers hear that they open a new tab. An
/// empty `id` makes a link that reaches no line (a source cited on the
/// sources page): it reports no `kts:call`.
pub fn channel_link(
    h: &mut Html,
    (id, channel): (&str, &str),
    href: &str,
    (class, label): (&str, Option<&str>),
    text: &Text,
    inner: impl FnOnce(&mut Html),
) {
    let external = matches!(channel, "chat" | "web");
    channel_tag(h, (id, channel), href, (class, label), external).inner(|h| {
        inner(h);
        if external {
            new_tab(h, text);
        }
    });
}

/// `channel_link`'s start tag: one copy of it in the wasm, whatever the
/// content of each link.
fn channel_tag<'a>(
    h: &'a mut Html,
    (id, channel): (&str, &str),
    href: &str,
    (class, label): (&str, Option<&str>),
    external: bool,
) -> Tag<'a, 'static> {
    let mut classes = String::from("kts-link kts-");
    classes.push_str(channel);
    if !class.is_empty() {
        classes.push(' ');
        classes.push_str(class);
    }
    let a = h.tag("a").attr("class", &classes).attr("href", href);
    let a = if id.is_empty() {
        a
    } else {
        a.attr("data-line", id).attr("data-channel", channel)
    };
    let a = match label {
        Some(label) => a.attr("aria-label", label),
        None => a,
    };
    if external {
        a.attr("target", "_blank")
            .attr("rel", "noopener noreferrer")
    } else {
        a
    }
}

/// A whole link whose content is `label`.
pub fn link(
    h: &mut Html,
    id: &str,
    channel: &str,
    href: &str,
    label: &str,
    label_lang: Option<&str>,
    text: &Text,
) {
    channel_link(h, (id, channel), href, ("", None), text, |h| {
        h.text_in(label_lang, label);
    });
}

/// A link to one of the widget's own pages at `path` below `base` (the
/// widget's folder: a poster, the sources), opened in a new tab, which
/// screen readers are told.
pub fn page_link(h: &mut Html, class: &str, base: &str, path: &str, words: &str, text: &Text) {
    let mut href = String::from(base);
    href.push_str(path);
    h.tag("a")
        .class(class)
        .attr("href", &href)
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .inner(|h| {
            h.text(words);
            new_tab(h, text);
        });
}

/// " (opens in a new tab)", for screen readers only.
fn new_tab(h: &mut Html, text: &Text) {
    h.el("span", "kts-sr", |h| {
        h.text(" ").text(text.ui.new_tab);
    });
}

/// A `tel:` link to a line: the advertised letters, if any, with the digits
/// beside them, after the word "Call" unless `bare` (inside a sentence that
/// already says "call"), and `note` after them in brackets (which island,
/// when it answers, where no name says so).
pub fn call_link(
    h: &mut Html,
    line: &Line,
    text: &Text,
    class: &str,
    bare: bool,
    note: Option<&str>,
) {
    let call = if bare { "" } else { text.ui.call };
    // Read the number digit by digit ("one eight four four..."), after the
    // visible words so that speech users can say what they see.
    let mut label = String::from(call);
    if !bare {
        label.push(' ');
    }
    label.push_str(line.vanity.unwrap_or(line.display));
    if let Some(note) = note {
        label.push_str(" (");
        label.push_str(note);
        label.push(')');
    }
    label.push_str(": ");
    label.push_str(&phone::spoken(line.display));
    let how = (line.id, "tel");
    channel_link(h, how, &line.tel(), (class, Some(&label)), text, |h| {
        if !bare {
            h.text(call).text(" ");
        }
        if let Some(vanity) = line.vanity {
            h.element("span", "kts-vanity", vanity).text(" ");
            bracketed(h, "kts-digits", line.display);
        } else {
            h.element("span", "kts-digits", line.display);
        }
        if let Some(note) = note {
            h.text(" ");
            bracketed(h, "kts-which", note);
        }
    });
}

/// `<span class="class">(words)</span>`.
fn bracketed(h: &mut Html, class: &str, words: &str) {
    h.el("span", class, |h| {
        h.text("(").text(words).text(")");
    });
}

/// Every way to reach a line, each its own tap target: call (with
/// `call_class`, which makes it the banner's big button), text, chat,
/// report online.
pub fn channels(h: &mut Html, line: &Line, text: &Text, call_class: &str) {
    h.el("p", "kts-channels", |h| {
        call_link(h, line, text, call_class, false, None);
        if let (Some(href), Some(shown)) = (line.sms_href(), line.sms_shown()) {
            channel_link(h, (line.id, "sms"), &href, ("", None), text, |h| {
                match line.sms_keyword {
                    Some(word) => {
                        let (before, after) = content::around(text.ui.text_keyword);
                        h.text(before).text(word).text(after)
                    }
                    None => h.text(text.ui.text),
                };
                h.text(" ").text(shown);
            });
        }
        if let Some(url) = line.chat {
            link(h, line.id, "chat", url, text.ui.chat, None, text);
        }
        if let Some(url) = line.web {
            link(h, line.id, "web", url, text.ui.web, None, text);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, Kind};

    fn written(f: impl FnOnce(&mut Html)) -> String {
        let mut h = Html::default();
        f(&mut h);
        h.finish()
    }

    #[test]
    fn colorado_is_called_by_its_letters_and_digits_and_heard_digit_by_digit() {
        let en = content::text("en").unwrap();
        let co = content::lead_lines("US-CO")[0];
        let html = written(|h| call_link(h, co, en, "kts-call", false, None));
        assert!(html.starts_with("<a class=\"kts-link kts-tel kts-call\" href=\"tel:+18442645437\" data-line=\"us-co-hotline\" data-channel=\"tel\" aria-label=\"Call 1-844-CO-4-KIDS: 1, 8 4 4, 2 6 4, 5 4 3 7\">"), "{html}");
        assert!(html.ends_with(">Call <span class=\"kts-vanity\">1-844-CO-4-KIDS</span> <span class=\"kts-digits\">(1-844-264-5437)</span></a>"), "{html}");
        assert!(!html.contains("target"), "a call stays in the page: {html}");
    }

    #[test]
    fn a_bare_call_link_is_only_the_number() {
        let en = content::text("en").unwrap();
        let e911 = content::national_line(Kind::Emergency).unwrap();
        let html = written(|h| call_link(h, e911, en, "kts-911", true, None));
        assert!(html.contains("href=\"tel:911\""), "{html}");
        assert!(html.contains("aria-label=\"911: 9 1 1\""), "{html}");
        assert!(
            html.ends_with("\"><span class=\"kts-digits\">911</span></a>"),
            "{html}"
        );
    }

    #[test]
    fn web_links_open_a_new_tab_without_referrer_and_say_so() {
        let es = content::text("es").unwrap();
        let html = written(|h| {
            link(
                h,
                "x",
                "web",
                "https://a.example/?q=1&r=2",
                "Sitio",
                None,
                es,
            )
        });
        assert_eq!(
            html,
            format!(
                "<a class=\"kts-link kts-web\" href=\"https://a.example/?q=1&amp;r=2\" data-line=\"x\" data-channel=\"web\" target=\"_blank\" rel=\"noopener noreferrer\">Sitio<span class=\"kts-sr\"> {}</span></a>",
                es.ui.new_tab
            )
        );
    }

    #[test]
    fn every_channel_of_a_line_is_its_own_link() {
        let en = content::text("en").unwrap();
        for line in content::LINES {
            let html = written(|h| channels(h, line, en, ""));
            let expected = 1
                + usize::from(line.sms.is_some())
                + usize::from(line.chat.is_some())
                + usize::from(line.web.is_some());
            assert_eq!(html.matches("<a ").count(), expected, "{html}");
            assert!(
                html.contains(&format!("href=\"tel:{}\"", line.e164)),
                "{html}"
            );
            if let (Some(sms), Some(shown)) = (line.sms_href(), line.sms_shown()) {
                assert!(html.contains(&format!("href=\"{sms}\"")), "{html}");
                assert!(html.contains(&format!(" {shown}</a>")), "{html}");
            }
        }
    }

    #[test]
    fn a_line_that_asks_for_a_word_says_it_and_fills_it_in() {
        let nhth = content::national_line(crate::content::Kind::Trafficking).unwrap();
        assert_eq!((nhth.sms, nhth.sms_keyword), (Some("233733"), Some("HELP")));
        let en = content::text("en").unwrap();
        let html = written(|h| channels(h, nhth, en, ""));
        assert!(html.contains("href=\"sms:233733?body=HELP\""), "{html}");
        assert!(html.contains(">Text HELP to 233733</a>"), "{html}");
        let es = content::text("es").unwrap();
        let html = written(|h| channels(h, nhth, es, ""));
        assert!(
            html.contains(">Envíe HELP por mensaje de texto al 233733</a>"),
            "{html}"
        );
    }
}
