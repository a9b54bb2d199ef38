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
    /// A county's own reporting line, in a state without a statewide line
    /// whose other counties it does not serve (California's Los Angeles and
    /// San Diego): listed beside the state's directory, never as the
    /// state's line.
    County,
    /// A state's own line for young people to tell about anything that
    /// makes them unsafe (Colorado's Safe2Tell): on the youth poster only.
    /// This kind and the next exist only natively: their lines
    /// (`audience::AUDIENCE_LINES`) are on printable pages, never in the
    /// widget, so the wasm cannot carry them.
    #[cfg(not(target_arch = "wasm32"))]
    Youth,
    /// A line for mandated reporters only, never for the public (New York's):
    /// on the reporter sheet only.
    #[cfg(not(target_arch = "wasm32"))]
    Mandated,
}

/// When a line answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    /// 24 hours a day, every day.
    Always,
    /// Set hours, worded per language (`line_hours` in text/<lang>.json).
    Limited,
    /// The sources do not say: the widget makes no claim.
    Unknown,
}

/// One phone line, with where it was checked. Only lines the research rates
/// high-confidence are compiled in (build.rs refuses the others).
#[derive(Clone, Copy, Debug)]
pub struct Line {
    pub id: &'static str,
    /// `US` for national lines, `US-XX` for a state or territory.
    pub region: &'static str,
    pub kind: Kind,
    /// The official name (text/<lang>.json may translate it).
    pub name: &'static str,
    /// E.164 (`+18442645437`), or a short code for emergency lines (`911`).
    pub e164: &'static str,
    /// Digits as people write them: `1-844-264-5437`.
    pub display: &'static str,
    /// Letters as advertised: `1-844-CO-4-KIDS`.
    pub vanity: Option<&'static str>,
    pub sms: Option<&'static str>,
    /// The word a first text should say, which the link fills in.
    pub sms_keyword: Option<&'static str>,
    pub chat: Option<&'static str>,
    /// An online report form.
    pub web: Option<&'static str>,
    pub hours: Hours,
    /// Documented to take reports of child sex trafficking.
    pub trafficking: bool,
    pub source_url: &'static str,
    /// The date the line was checked against its source (YYYY-MM-DD).
    pub verified: &'static str,
}

/// Who a line's other number is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum For {
    /// Callers outside the line's state.
    Away,
    /// Callers while the line, which has set hours, is closed.
    AfterHours,
    /// Deaf and hard-of-hearing callers with a TTY.
    Tty,
    /// Anyone: a second number the agency lists for the same line.
    Also,
}

/// Another number of a line, where the research gives one: for callers
/// outside the state (a main number that takes in-state calls only), for
/// when a line with set hours is closed, for TTY callers, or a second number
/// the agency lists for anyone. Kept in a table of their own (`OTHERS`)
/// rather than in `Line`, since few lines have one.
#[derive(Clone, Copy, Debug)]
pub struct Other {
    /// The line's id.
    pub line: &'static str,
    pub to: For,
    pub e164: &'static str,
    pub display: &'static str,
    pub source_url: &'static str,
}

/// A state, DC or a territory that `region` accepts.
#[derive(Debug)]
pub struct Region {
    pub code: &'static str,
    /// Its official page for finding a local office: instead of a line for
    /// a region without a verified statewide one, and beside the line where
    /// reports go to the local office (the line routes to it).
    pub directory: Option<&'static str>,
    pub source_url: Option<&'static str>,
    pub verified: Option<&'static str>,
}

impl Line {
    /// The `tel:` address that dials the line.
    pub fn tel(&self) -> String {
        let mut href = String::from("tel:");
        href.push_str(self.e164);
        href
    }

    /// The `sms:` address that opens a text to the line, with the word it
    /// asks a first text to say written in (RFC 5724's `body`), if it takes
    /// texts.
    pub fn sms_href(&self) -> Option<String> {
        let number = self.sms?;
        let mut href = String::from("sms:");
        href.push_str(number);
        if let Some(word) = self.sms_keyword {
            href.push_str("?body=");
            href.push_str(word);
        }
        Some(href)
    }

    /// The number a text goes to, as people write it: a line that takes
    /// texts on its own number shows it as written.
    pub fn sms_shown(&self) -> Option<&'static str> {
        let number = self.sms?;
        Some(if number == self.e164 {
            self.display
        } else {
            number
        })
    }

    /// The number as advertised, letters first: `1-844-CO-4-KIDS
    /// (1-844-264-5437)`, or just the digits.
    pub fn written(&self) -> String {
        match self.vanity {
            Some(vanity) => format!("{vanity} ({})", self.display),
            None => self.display.to_owned(),
        }
    }
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

/// Strings stored as one, each followed by U+001F (build.rs refuses content
/// that contains it). A table of `&str`s keeps an address and a length per
/// item, which compress poorly; one packed string needs neither.
#[derive(Clone, Copy, Debug)]
pub struct List(&'static str);

impl List {
    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        self.0.split_terminator('\u{1f}')
    }

    pub fn first(self) -> Option<&'static str> {
        self.iter().next()
    }
}

/// One piece of a section's body.
#[derive(Debug)]
pub enum Block {
    Text(&'static str),
    /// Text that must stand out, such as "no single sign is proof".
    Note(&'static str),
    Heading(&'static str),
    Items(List),
    /// The region's line of this kind, with every way to reach it, and the
    /// situation it is for.
    Call {
        kind: Kind,
        when: &'static str,
    },
}

/// A block and the ids of its sources.
#[derive(Debug)]
pub struct Sourced {
    pub block: Block,
    pub sources: List,
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
    /// Pairs: a line's id, then its name, hours or label; a region's code,
    /// then its name.
    line_names: List,
    line_hours: List,
    line_labels: List,
    line_notes: List,
    region_names: List,
    /// Every region code, `US` first, then by name in this language.
    region_order: List,
    /// The ids of the sources behind the sections, sorted, each once.
    #[cfg(not(target_arch = "wasm32"))]
    source_ids: List,
    /// Every view's sections: (audience, id, title), in the order shown
    /// (`Text::view_sections`).
    views: List,
    /// The worried adult's sections with their words, which the widget
    /// fetches from the view files (`poster::view`), not carries.
    #[cfg(not(target_arch = "wasm32"))]
    pub sections: &'static [Section],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

#[cfg(not(target_arch = "wasm32"))]
pub mod audience;

// build.rs's checks, compiled again here so the tests can feed them bad data.
// Fields only build.rs emits are unread here.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(dead_code)]
mod schema;

/// The region shown when none is set.
pub const DEFAULT_REGION: &str = "US-CO";
/// The region for "anywhere in the US": national lines and 911 only.
pub const NATIONAL: &str = "US";

/// The value for `key` in a list of keys, each followed by its value.
pub(crate) fn lookup(pairs: List, key: &str) -> Option<&'static str> {
    let mut items = pairs.iter();
    while let (Some(k), Some(v)) = (items.next(), items.next()) {
        if k == key {
            return Some(v);
        }
    }
    None
}

impl Text {
    /// The line's name in this language: an official translation, else the
    /// official name.
    pub fn line_name(&self, line: &Line) -> &'static str {
        lookup(self.line_names, line.id).unwrap_or(line.name)
    }

    /// `Some("en")` where the line's name is its official English one in
    /// another language's text (`Html::text_in`).
    pub fn name_lang(&self, line: &Line) -> Option<&'static str> {
        lookup(self.line_names, line.id)
            .is_none()
            .then_some("en")
            .filter(|_| self.lang != "en")
    }

    /// `Some("en")` in a text not in English: the sources' titles are.
    pub fn english(&self) -> Option<&'static str> {
        (self.lang != "en").then_some("en")
    }

    /// When the line answers, if the widget can say.
    pub fn hours(&self, line: &Line) -> Option<&'static str> {
        match line.hours {
            Hours::Always => Some(self.ui.hours_24_7),
            Hours::Limited => lookup(self.line_hours, line.id),
            Hours::Unknown => None,
        }
    }

    /// The sentence that gives a line's other number (`{}` where it goes).
    pub fn other_sentence(&self, to: For) -> &'static str {
        match to {
            For::Away => self.ui.away,
            For::AfterHours => self.ui.after_hours,
            For::Tty => self.ui.tty,
            For::Also => self.ui.also,
        }
    }

    /// The short word that tells this line apart in the one-line banner
    /// (an island, its hours, "national"), where it needs one.
    pub fn line_label(&self, line: &Line) -> Option<&'static str> {
        lookup(self.line_labels, line.id)
    }

    /// What happens when a reader calls the line, where its name does not
    /// say (`line_notes`).
    pub fn line_note(&self, line: &Line) -> Option<&'static str> {
        lookup(self.line_notes, line.id)
    }

    /// The ids of the sources behind the signs and advice, each once.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn source_ids(&self) -> List {
        self.source_ids
    }

    /// The sections of the view for `audience` (`adult`, `youth`,
    /// `reporter`) as (id, title), in the order shown. Their words are not
    /// in the widget: it fetches them (`poster::view_path`), so that a view
    /// costs the wasm its titles only.
    pub fn view_sections(
        &self,
        audience: &'static str,
    ) -> impl Iterator<Item = (&'static str, &'static str)> {
        let mut items = self.views.iter();
        std::iter::from_fn(move || Some([items.next()?, items.next()?, items.next()?]))
            .filter(move |[a, ..]| *a == audience)
            .map(|[_, id, title]| (id, title))
    }

    /// The region's name (`US` included) in this language.
    pub fn region_name(&self, code: &str) -> &'static str {
        lookup(self.region_names, code).unwrap_or(self.ui.region_unknown)
    }
}

/// The text before and after the `{}` of an interface string, where a link
/// or a name goes (all of it before, if it has none).
pub fn around(template: &'static str) -> (&'static str, &'static str) {
    // By bytes: a `&str` pattern would link core's substring searcher, a
    // large piece of code, for this one two-byte slot.
    // `get`, not indexing: `{` and `}` are ASCII, so the cuts are always
    // char boundaries, and indexing would link core's slicing panic (with
    // its `char` Debug formatting and Unicode tables) for a case that
    // cannot happen.
    let at = template.as_bytes().windows(2).position(|w| w == b"{}");
    at.and_then(|i| Some((template.get(..i)?, template.get(i + 2..)?)))
        .unwrap_or((template, ""))
}

/// `items` with `sep` between them: `[T]::join` would link a generic copy
/// loop, more code than two short lists need.
pub fn joined(items: impl IntoIterator<Item = impl AsRef<str>>, sep: &str) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out
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

/// Every line of lines.json: the widget's (`LINES`), then, natively, the
/// printable pages' own (`audience::AUDIENCE_LINES`).
pub fn all_lines() -> impl Iterator<Item = &'static Line> {
    let lines = LINES.iter();
    #[cfg(not(target_arch = "wasm32"))]
    let lines = lines.chain(audience::AUDIENCE_LINES);
    lines
}

/// Every code `region` accepts: `US`, then each region of regions.json.
pub fn codes() -> impl Iterator<Item = &'static str> {
    std::iter::once(NATIONAL).chain(REGIONS.iter().map(|r| r.code))
}

/// A region by its code (`US-CO`); `US` is not one (it has no entry).
pub fn region(code: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.code == code)
}

/// The code as the widget knows it (`US`, or a region of regions.json).
pub fn region_code(code: &str) -> Option<&'static str> {
    if code == NATIONAL {
        Some(NATIONAL)
    } else {
        region(code).map(|r| r.code)
    }
}

/// Every region code, `US` first, then by name in this language (for
/// pickers).
pub fn regions_by_name(text: &Text) -> List {
    text.region_order
}

/// The verified statewide reporting lines of a region (Hawaii has two, by
/// island); empty where there is none.
pub fn reporting_lines(region: &str) -> impl Iterator<Item = &'static Line> + Clone + '_ {
    LINES
        .iter()
        .filter(move |l| l.region == region && l.kind == Kind::Reporting)
}

/// The lines of a kind other than `Reporting` for a region: its own where it
/// has one (Hawaii's child trafficking lines, by island), then the national
/// one.
pub fn lines_of(region: &str, kind: Kind) -> Vec<&'static Line> {
    let mut lines = Vec::new();
    for l in LINES {
        if l.region == region && l.kind == kind {
            lines.push(l);
        }
    }
    lines.extend(national_line(kind));
    lines
}

/// The national line of a kind. build.rs guarantees one for every kind but
/// `Reporting`.
pub fn national_line(kind: Kind) -> Option<&'static Line> {
    LINES
        .iter()
        .find(|l| l.region == NATIONAL && l.kind == kind)
}

/// The other numbers of `line`.
pub fn others(line: &Line) -> impl Iterator<Item = &'static Other> + '_ {
    OTHERS.iter().filter(move |o| o.line == line.id)
}

/// The lines a region's banner leads with: its own reporting lines or, where
/// it has none, the national trafficking hotline. Never a guessed number.
pub fn lead_lines(region: &str) -> Vec<&'static Line> {
    let own: Vec<_> = reporting_lines(region).collect();
    if own.is_empty() {
        national_line(Kind::Trafficking).into_iter().collect()
    } else {
        own
    }
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
    fn a_list_gives_its_items_in_order_and_an_empty_one_none() {
        let list = List("US\u{1f}US-CO\u{1f}\u{1f}");
        assert_eq!(list.iter().collect::<Vec<_>>(), ["US", "US-CO", ""]);
        assert_eq!(List("").iter().count(), 0);
        assert_eq!(List("").first(), None);
        let pairs = List("a\u{1f}1\u{1f}b\u{1f}2\u{1f}");
        assert_eq!((lookup(pairs, "b"), lookup(pairs, "1")), (Some("2"), None));
    }

    #[test]
    fn around_splits_at_the_slot() {
        assert_eq!(around("call {}."), ("call ", "."));
        assert_eq!(around("{}"), ("", ""));
        assert_eq!(around("a { b {}"), ("a { b ", ""));
        assert_eq!(around("no slot"), ("no slot", ""));
    }

    #[test]
    fn joined_puts_the_separator_only_between() {
        assert_eq!(joined(["en", "es"], ", "), "en, es");
        assert_eq!(joined(["en"], ", "), "en");
        assert_eq!(joined(Vec::<String>::new(), ", "), "");
    }

    #[test]
    fn colorado_is_the_default_and_has_the_right_number() {
        let co: Vec<_> = reporting_lines(DEFAULT_REGION).collect();
        assert_eq!(co.len(), 1);
        assert_eq!(co[0].e164, "+18442645437");
        assert_eq!(co[0].vanity, Some("1-844-CO-4-KIDS"));
        assert_eq!(co[0].display, "1-844-264-5437");
        assert!(
            co[0].trafficking,
            "Colorado's line takes child sex trafficking reports"
        );
        assert_eq!(
            default_text().line_name(co[0]),
            "Colorado Child Abuse and Neglect Hotline"
        );
        let es = text("es").unwrap();
        assert_eq!(
            es.line_name(co[0]),
            "Línea Directa de Abuso y Descuido Infantil de Colorado"
        );
    }

    #[test]
    fn a_line_is_dialled_at_its_e164_number() {
        let co = lead_lines("US-CO")[0];
        assert_eq!(co.tel(), "tel:+18442645437");
        assert_eq!(national_line(Kind::Emergency).unwrap().tel(), "tel:911");
    }

    #[test]
    fn every_number_is_e164_and_every_written_form_dials_it() {
        for l in all_lines() {
            let emergency_code = l.kind == Kind::Emergency && is_short_code(l.e164);
            assert!(is_e164(l.e164) || emergency_code, "{}: {}", l.id, l.e164);
            assert!(writes_number(l.display, l.e164), "{}: display", l.id);
            if let Some(v) = l.vanity {
                assert!(writes_number(v, l.e164), "{}: vanity {v}", l.id);
            }
            if let Some(sms) = l.sms {
                assert!(is_e164(sms) || is_short_code(sms), "{}: sms {sms}", l.id);
            }
        }
    }

    #[test]
    fn every_line_region_and_source_carries_provenance() {
        let dated = |d: &str| d.len() == 10 && d.as_bytes()[4] == b'-';
        for l in all_lines() {
            assert!(
                l.source_url.starts_with("http") && dated(l.verified),
                "{}",
                l.id
            );
        }
        for r in REGIONS.iter().filter(|r| r.directory.is_some()) {
            assert!(
                r.source_url.is_some() && r.verified.is_some_and(dated),
                "{}",
                r.code
            );
        }
        for s in SOURCES {
            assert!(s.url.starts_with("http") && dated(s.verified), "{}", s.id);
        }
    }

    #[test]
    fn every_link_is_https_but_three_small_sites_not_checked_here() {
        // A link over plain HTTP shows its whole address to anyone on the
        // reader's network. Government and national sites all serve HTTPS;
        // these three the research gives as http://, and this machine has no
        // internet to check that they serve HTTPS: re-check before launch.
        let unchecked = [
            "http://cacs-sd.org/resources/reporting/",
            "http://childrensadvocate.org/articles/resources/assistance-child-abuse/",
            "http://handlewithcarewv.org/reporting-child-abuse.php",
        ];
        let urls = all_lines()
            .flat_map(|l| [Some(l.source_url), l.chat, l.web])
            .chain(REGIONS.iter().flat_map(|r| [r.directory, r.source_url]))
            .chain(SOURCES.iter().map(|s| Some(s.url)))
            .flatten();
        for url in urls {
            assert!(
                url.starts_with("https://") || unchecked.contains(&url),
                "{url}"
            );
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn build_rs_orders_regions_by_name_and_lists_each_source_once() {
        for t in TEXTS {
            let order: Vec<&str> = regions_by_name(t).iter().collect();
            assert_eq!(order[0], NATIONAL);
            assert_eq!(order.len(), REGIONS.len() + 1);
            assert!(REGIONS.iter().all(|r| order.contains(&r.code)));
            assert!(
                order[1..].is_sorted_by_key(|c| t.region_name(c)),
                "{order:?}"
            );
            let mut ids: Vec<&str> = t
                .sections
                .iter()
                .flat_map(|s| s.blocks)
                .flat_map(|b| b.sources.iter())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(t.source_ids().iter().collect::<Vec<_>>(), ids);
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_sign_names_a_known_source() {
        for t in TEXTS {
            for s in t.sections {
                for b in s.blocks {
                    if matches!(
                        b.block,
                        Block::Items(_) | Block::Note(_) | Block::Call { .. }
                    ) {
                        assert!(b.sources.first().is_some(), "{}/{}", t.lang, s.id);
                    }
                    for id in b.sources.iter() {
                        assert!(source(id).is_some(), "{id}");
                    }
                }
            }
        }
    }

    #[test]
    fn ids_and_codes_are_unique() {
        let lines: Vec<&Line> = all_lines().collect();
        for (i, l) in lines.iter().enumerate() {
            assert!(lines[i + 1..].iter().all(|o| o.id != l.id), "{}", l.id);
        }
        for (i, r) in REGIONS.iter().enumerate() {
            assert!(
                REGIONS[i + 1..].iter().all(|o| o.code != r.code),
                "{}",
                r.code
            );
        }
    }

    #[test]
    fn every_state_dc_and_territory_is_a_region_with_a_name_in_every_language() {
        assert_eq!(REGIONS.len(), 56, "50 states, DC and 5 territories");
        for t in TEXTS {
            for r in REGIONS {
                assert_ne!(
                    t.region_name(r.code),
                    t.ui.region_unknown,
                    "{} {}",
                    t.lang,
                    r.code
                );
            }
            assert_ne!(t.region_name(NATIONAL), t.ui.region_unknown);
        }
    }

    #[test]
    fn lines_with_limited_hours_say_when_in_every_language() {
        let nd = reporting_lines("US-ND").next().unwrap();
        assert_eq!(nd.hours, Hours::Limited);
        for t in TEXTS {
            assert!(t.hours(nd).is_some_and(|h| h.contains("911")), "{}", t.lang);
        }
        let iowa = reporting_lines("US-IA").next().unwrap();
        assert_eq!(
            default_text().hours(iowa),
            None,
            "no claim where the source has none"
        );
    }

    #[test]
    fn childhelp_is_support_only_and_never_leads() {
        let childhelp = LINES.iter().find(|l| l.id == "us-childhelp").unwrap();
        assert_eq!(childhelp.kind, Kind::SupportOnly);
        for code in REGIONS.iter().map(|r| r.code).chain([NATIONAL]) {
            assert!(
                lead_lines(code).iter().all(|l| l.kind != Kind::SupportOnly),
                "{code}"
            );
        }
    }

    #[test]
    fn a_region_without_a_line_leads_with_the_national_hotline() {
        assert_eq!(lead_lines(NATIONAL)[0].id, "us-nhth");
        let alabama = lead_lines("US-AL");
        assert_eq!((alabama.len(), alabama[0].id), (1, "us-nhth"));
        assert!(region("US-AL").unwrap().directory.is_some());
        assert_eq!(national_line(Kind::Emergency).unwrap().e164, "911");
        let hawaii: Vec<_> = lead_lines("US-HI").iter().map(|l| l.id).collect();
        // The research's primary line (Oʻahu, most of the population) first.
        assert_eq!(hawaii, ["us-hi-oahu", "us-hi-neighbor"]);
        // Nevada has no statewide line: the largest county's first, then
        // Washoe's, then the one for every other county.
        let nevada: Vec<_> = lead_lines("US-NV").iter().map(|l| l.id).collect();
        assert_eq!(nevada, ["us-nv-clark", "us-nv-washoe", "us-nv-rural"]);
        assert_eq!(region_code("US"), Some("US"));
        assert_eq!(region_code("US-ZZ"), None);
    }

    #[test]
    fn the_regions_with_a_line_are_the_ones_the_research_rates_high() {
        // Without the research beside the checkout, build.rs's checks on
        // each line still hold; with it, the regions must match.
        let research = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/research/hotlines.json"
        );
        let Ok(raw) = std::fs::read_to_string(research) else {
            eprintln!("note: {research} not found; not compared");
            return;
        };
        let entries: Vec<serde_json::Value> = serde_json::from_str(&raw).unwrap();
        let primary = |code: &str, high: bool| {
            entries.iter().any(|e| {
                e["region_code"] == code
                    && e["role"] == "primary"
                    && (e["confidence"] == "high") == high
            })
        };
        for code in REGIONS.iter().map(|r| r.code) {
            let shown = reporting_lines(code).next().is_some();
            if primary(code, true) {
                assert!(
                    shown,
                    "{code}: the research rates its line high; lines.json lacks it"
                );
            } else if shown {
                // A state without a statewide line, shown by county (Nevada):
                // never one whose statewide line the research rates lower.
                assert!(
                    !primary(code, false),
                    "{code}: its statewide line is not rated high"
                );
            }
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_panel_has_the_three_sections_in_every_language() {
        for t in TEXTS {
            let ids: Vec<_> = t.sections.iter().map(|s| s.id).collect();
            assert_eq!(ids, ["signs", "risk", "act"], "{}", t.lang);
        }
    }
}
