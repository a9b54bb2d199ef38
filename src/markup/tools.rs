//! The link to the printable poster of the region shown, and the message
//! Share sends.

use super::links::page_link;
use crate::config::Audience;
use crate::content::{self, Hours, Text};
use crate::html::Html;
use crate::poster;

/// The poster link for region `code`: a page of its own below `base` (the
/// widget's folder, src/poster.rs), opened in a new tab, which screen
/// readers are told; for a young reader the youth poster, for a reporter
/// the reporter sheet. Empty if the region has no line to put on one.
pub fn poster_link(text: &Text, base: &str, code: &str, audience: Audience) -> String {
    let Some(path) = poster::page_for(audience, code, text) else {
        return String::new();
    };
    let mut h = Html::default();
    page_link(&mut h, "kts-tool", base, &path, text.ui.poster, text);
    h.finish()
}

/// What Share sends for region `code` from the view for `audience`: its
/// own first words, then every lead line (Hawaii's serve different islands,
/// Nevada's different counties) with its number and, for whoever reads it
/// later, when a line with set hours answers and its other numbers (after
/// hours, TTY, from outside the state).
pub fn share_message(text: &Text, code: &str, audience: Audience) -> String {
    let template = match audience {
        Audience::Adult => text.ui.share_text,
        Audience::Youth => text.ui.share_text_youth,
        Audience::Reporter => text.ui.share_text_reporter,
    };
    let (before, after) = content::around(template);
    let mut out = String::from(before);
    for (i, line) in content::lead_lines(code).into_iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(text.line_name(line));
        out.push(' ');
        out.push_str(&line.written());
        // Its notes, in brackets: "(" before the first, " " between.
        let mut sep = " (";
        let hours = text.hours(line).filter(|_| line.hours == Hours::Limited);
        for said in hours.into_iter().chain(text.line_note(line)) {
            out.push_str(sep);
            out.push_str(said);
            sep = " ";
        }
        for other in content::others(line) {
            let (said, then) = content::around(text.other_sentence(other.to));
            out.push_str(sep);
            out.push_str(said);
            out.push_str(other.display);
            out.push_str(then);
            sep = " ";
        }
        if sep == " " {
            out.push(')');
        }
    }
    out.push_str(after);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn the_shared_message_says_when_a_line_answers_and_its_other_numbers() {
        let en = content::default_text();
        assert_eq!(
            share_message(en, "US-CO", Audience::Adult),
            "Know the signs of child abuse and trafficking, and where to report: \
             Colorado Child Abuse and Neglect Hotline 1-844-CO-4-KIDS (1-844-264-5437)"
        );
        let nv = share_message(en, "US-NV", Audience::Adult);
        assert!(
            nv.ends_with(
                "Nevada DCFS (all other counties) 833-571-1041 (Business hours on weekdays. \
                 Outside business hours, weekends and holidays: call 833-803-1183.)"
            ),
            "{nv}"
        );
        assert!(
            nv.contains("Clark County (Las Vegas) Child Abuse and Neglect Hotline 702-399-0081; ")
        );
        for (code, number) in [
            ("US-ND", "1-833-958-3500 (8 a.m."),
            ("US-AR", "TTY"),
            ("US-NH", "603-271-6562"),
        ] {
            assert!(
                share_message(en, code, Audience::Adult).contains(number),
                "{code}"
            );
        }
        let es = content::text("es").unwrap();
        assert!(share_message(es, "US-NV", Audience::Adult).contains("llame al 833-803-1183"));
    }

    #[test]
    fn each_view_shares_in_its_own_words_with_the_same_lines() {
        let en = content::default_text();
        let line = "Colorado Child Abuse and Neglect Hotline 1-844-CO-4-KIDS (1-844-264-5437)";
        let youth = share_message(en, "US-CO", Audience::Youth);
        assert_eq!(
            youth,
            format!(
                "If someone is hurting you or a friend, it is not your fault. You can call: {line}"
            )
        );
        let reporter = share_message(en, "US-CO", Audience::Reporter);
        assert!(reporter.starts_with("If you work with children") && reporter.ends_with(line));
        let es = content::text("es").unwrap();
        assert!(share_message(es, "US-TX", Audience::Youth).starts_with("Si alguien te hace daño"));
    }

    #[test]
    fn links_the_regions_poster_in_a_new_tab_and_says_so() {
        let en = content::default_text();
        assert_eq!(
            poster_link(en, "https://cdn.example/kts/v1/", "US-CO", Audience::Adult),
            "<a class=\"kts-tool\" href=\"https://cdn.example/kts/v1/posters/us-co-hotline.en.html\" \
             target=\"_blank\" rel=\"noopener\">Print a poster<span class=\"kts-sr\"> (opens in a new tab)</span></a>"
        );
        let es = content::text("es").unwrap();
        let html = poster_link(es, "/v1/", "US-AL", Audience::Adult);
        assert!(
            html.contains("href=\"/v1/posters/us-nhth.es.html\""),
            "{html}"
        );
        assert!(html.contains(es.ui.new_tab), "{html}");
    }
}
