//! The words and lines of the printable pages for two more readers: the
//! youth poster (a child or teen who may be the one being hurt) and the
//! reporter sheet (someone who must report by law), compiled from
//! `src/content/youth/<lang>.json`, `reporter/<lang>.json` and the
//! `youth` and `mandated` lines of lines.json. Native only: the widget
//! shows none of it, and its wasm cannot carry it.

use super::{Block, Hours, Kind, Line, List, Section, Sourced, lookup};

/// One audience's words in one language.
#[derive(Debug)]
pub struct Audience {
    pub lang: &'static str,
    pub ui: AudienceUi,
    /// Pairs: a line's id, then a note on it.
    line_notes: List,
    pub sections: &'static [Section],
    /// A region's own sections (its law for reporters), by code.
    regions: &'static [(&'static str, &'static [Section])],
}

impl Audience {
    /// A few words on the line where its name does not say them.
    pub fn line_note(&self, line: &Line) -> Option<&'static str> {
        lookup(self.line_notes, line.id)
    }

    /// The sections only `region` has (none for most).
    pub fn region_sections(&self, region: &str) -> &'static [Section] {
        self.regions
            .iter()
            .find(|(code, _)| *code == region)
            .map_or(&[], |(_, sections)| *sections)
    }
}

include!(concat!(env!("OUT_DIR"), "/audiences.rs"));

/// The youth poster's words for `lang`.
pub fn youth(lang: &str) -> Option<&'static Audience> {
    YOUTH.iter().find(|a| a.lang == lang)
}

/// The reporter sheet's words for `lang`.
pub fn reporter(lang: &str) -> Option<&'static Audience> {
    REPORTER.iter().find(|a| a.lang == lang)
}

/// A region's own lines of an audience's kind (`Youth`, `Mandated`).
pub fn lines(region: &str, kind: Kind) -> impl Iterator<Item = &'static Line> + '_ {
    AUDIENCE_LINES
        .iter()
        .filter(move |l| l.region == region && l.kind == kind)
}
