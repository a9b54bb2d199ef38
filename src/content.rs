//! The widget's content: phone lines, sources and the words of each language,
//! compiled from `src/content/*.json` by build.rs (checked there), plus the
//! look-ups the components need. Components never hold content themselves.

/// What a line is for. Only `Reporting` lines take reports of child abuse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Reporting,
    Emergency,
    Trafficking,
    OnlineExploitation,
    /// Counselling and referrals: never presented as a place to report.
    SupportOnly,
}

/// How sure the research is that a line is current and right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

/// One phone line, with where it was checked.
#[derive(Debug)]
pub struct Line {
    pub id: &'static str,
    /// `US` for national lines, `US-XX` for a state or territory.
    pub region: &'static str,
    pub kind: Kind,
    /// E.164 (`+18442645437`), or a short code for emergency lines (`911`).
    pub e164: &'static str,
    /// Digits as people write them: `1-844-264-5437`.
    pub display: &'static str,
    /// Letters as advertised: `1-844-CO-4-KIDS`.
    pub vanity: Option<&'static str>,
    pub sms: Option<&'static str>,
    pub chat: Option<&'static str>,
    pub web: Option<&'static str>,
    pub source_url: &'static str,
    /// The date the line was checked against its source (YYYY-MM-DD).
    pub verified: &'static str,
    pub confidence: Confidence,
}

/// Where a fact comes from.
#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
    /// A government or hotline operator's own page.
    pub official: bool,
    pub verified: &'static str,
}

/// One piece of a section's body.
#[derive(Debug)]
pub enum Block {
    Text(&'static str),
    /// Text that must stand out, such as "no single sign is proof".
    Note(&'static str),
    Heading(&'static str),
    Items(&'static [&'static str]),
    /// A call link to the region's line of this kind.
    Call(Kind),
}

/// A block and the ids of its sources.
#[derive(Debug)]
pub struct Sourced {
    pub block: Block,
    pub sources: &'static [&'static str],
}

/// A disclosure of the panel ("Know the signs", ...).
#[derive(Debug)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub blocks: &'static [Sourced],
}

/// Everything the widget says in one language.
#[derive(Debug)]
pub struct Text {
    pub lang: &'static str,
    pub ui: Ui,
    line_names: &'static [(&'static str, &'static str)],
    pub sections: &'static [Section],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The region shown when none is set.
pub const DEFAULT_REGION: &str = "US-CO";
/// The region for "anywhere in the US": national lines and 911 only.
pub const NATIONAL: &str = "US";

impl Text {
    /// The line's name in this language (build.rs guarantees one exists).
    pub fn line_name<'a>(&self, id: &'a str) -> &'a str {
        self.line_names
            .iter()
            .find(|(line, _)| *line == id)
            .map_or(id, |(_, name)| *name)
    }
}

/// The words for `lang`, if that language is compiled in.
pub fn text(lang: &str) -> Option<&'static Text> {
    TEXTS.iter().find(|t| t.lang == lang)
}

/// The fallback language's words.
pub fn default_text() -> &'static Text {
    &TEXTS[0]
}

/// The languages compiled in, fallback first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    TEXTS.iter().map(|t| t.lang)
}

/// The verified statewide reporting line of a region, if it has one. Only
/// high-confidence lines qualify (build.rs also refuses any other).
pub fn reporting_line(region: &str) -> Option<&'static Line> {
    LINES.iter().find(|l| {
        l.region == region && l.kind == Kind::Reporting && l.confidence == Confidence::High
    })
}

/// The national line of a kind (911, the trafficking hotline, ...).
pub fn national_line(kind: Kind) -> Option<&'static Line> {
    LINES
        .iter()
        .find(|l| l.region == NATIONAL && l.kind == kind)
}

/// The line a region's banner leads with: its own reporting line, or, where
/// it has none, the national trafficking hotline. Never a guessed number.
pub fn lead_line(region: &str) -> &'static Line {
    reporting_line(region)
        .or_else(|| national_line(Kind::Trafficking))
        .expect("lines.json has a national trafficking line")
}

/// The line a `Block::Call` of `kind` stands for in `region`.
pub fn call_line(region: &str, kind: Kind) -> &'static Line {
    match kind {
        Kind::Reporting => lead_line(region),
        other => national_line(other).unwrap_or_else(|| lead_line(region)),
    }
}

/// True for a region code the widget knows: `US`, or one with a verified line.
pub fn is_region(code: &str) -> bool {
    code == NATIONAL || reporting_line(code).is_some()
}

/// A source by id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::{is_e164, is_short_code, writes_number};

    #[test]
    fn colorado_is_the_default_and_has_the_right_number() {
        let co = reporting_line(DEFAULT_REGION).expect("Colorado line");
        assert_eq!(co.e164, "+18442645437");
        assert_eq!(co.vanity, Some("1-844-CO-4-KIDS"));
        assert_eq!(co.display, "1-844-264-5437");
        assert_eq!(
            default_text().line_name(co.id),
            "Colorado Child Abuse and Neglect Hotline"
        );
    }

    #[test]
    fn every_number_is_e164_and_every_written_form_dials_it() {
        for l in LINES {
            let emergency_code = l.kind == Kind::Emergency && is_short_code(l.e164);
            assert!(is_e164(l.e164) || emergency_code, "{}: {}", l.id, l.e164);
            assert!(writes_number(l.display, l.e164), "{}: display", l.id);
            if let Some(v) = l.vanity {
                assert!(writes_number(v, l.e164), "{}: vanity {v}", l.id);
            }
        }
    }

    #[test]
    fn every_line_and_source_carries_provenance() {
        for l in LINES {
            assert!(l.source_url.starts_with("http"), "{}", l.id);
            assert_eq!(l.verified.len(), 10, "{}", l.id);
        }
        for s in SOURCES {
            assert!(
                s.url.starts_with("http") && s.verified.len() == 10,
                "{}",
                s.id
            );
        }
    }

    #[test]
    fn every_sign_names_a_known_source() {
        for t in TEXTS {
            for s in t.sections {
                for b in s.blocks {
                    if matches!(b.block, Block::Items(_) | Block::Note(_)) {
                        assert!(!b.sources.is_empty(), "{}/{}", t.lang, s.id);
                    }
                    for id in b.sources {
                        assert!(source(id).is_some(), "{id}");
                    }
                }
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        for (i, l) in LINES.iter().enumerate() {
            assert!(LINES[i + 1..].iter().all(|o| o.id != l.id), "{}", l.id);
        }
    }

    #[test]
    fn childhelp_is_never_a_reporting_line() {
        let childhelp = LINES.iter().find(|l| l.id == "us-childhelp").unwrap();
        assert_eq!(childhelp.kind, Kind::SupportOnly);
        assert!(!std::ptr::eq(call_line("US", Kind::Reporting), childhelp));
    }

    #[test]
    fn a_region_without_a_line_leads_with_the_national_hotline_and_911() {
        assert_eq!(lead_line(NATIONAL).id, "us-nhth");
        assert_eq!(call_line(NATIONAL, Kind::Emergency).e164, "911");
        assert!(is_region("US-CO") && is_region("US"));
        assert!(!is_region("US-ZZ") && !is_region("us-co"));
    }

    #[test]
    fn the_panel_has_the_three_sections() {
        let ids: Vec<_> = default_text().sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["signs", "risk", "act"]);
    }
}
