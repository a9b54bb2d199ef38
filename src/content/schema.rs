//! The content data's schema and every check on it. build.rs includes this
//! file to refuse bad data before it reaches the wasm; the crate's unit tests
//! include it to prove that each check fires. Errors name file, entry, field.

use crate::phone;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::{fmt, fs, path::Path};

/// What is wrong with the content, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub entry: String,
    pub field: String,
    pub why: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let ContentError {
            file,
            entry,
            field,
            why,
        } = self;
        write!(
            f,
            "content error in {CONTENT}/{file}: entry `{entry}`, field `{field}`: {why}"
        )
    }
}

pub type Checked = Result<(), ContentError>;

macro_rules! bail {
    ($file:expr, $entry:expr, $field:expr, $why:expr $(,)?) => {
        return Err(ContentError {
            file: $file.to_string(),
            entry: $entry.to_string(),
            field: $field.to_string(),
            why: $why.to_string(),
        })
    };
}

pub const CONTENT: &str = "src/content";
/// Languages compiled in; the first is the fallback and the reference that
/// every other language must match key for key.
pub const LANGS: &[&str] = &["en", "es"];
/// The folders of the printable pages' words, one file per language.
pub const AUDIENCES: &[&str] = &["youth", "reporter"];
pub const KINDS: &[(&str, &str)] = &[
    ("reporting", "Reporting"),
    ("emergency", "Emergency"),
    ("trafficking", "Trafficking"),
    ("online-exploitation", "OnlineExploitation"),
    ("support-only", "SupportOnly"),
    ("county", "County"),
    ("youth", "Youth"),
    ("mandated", "Mandated"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinesFile {
    #[serde(rename = "_comment")]
    pub _comment: String,
    pub lines: Vec<LineIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineIn {
    pub id: String,
    pub region: String,
    pub kind: String,
    pub name: String,
    pub e164: String,
    pub display: String,
    pub vanity: Option<String>,
    pub sms: Option<String>,
    /// The word the line asks a first text to say (the research: "text
    /// HELP or BEFREE to 233733").
    pub sms_keyword: Option<String>,
    pub chat: Option<String>,
    pub web: Option<String>,
    pub hours: String,
    pub trafficking: bool,
    pub source_url: String,
    pub verified: String,
    pub confidence: String,
    /// The same line's number for callers outside the state, where the
    /// research gives one.
    #[serde(default)]
    pub away: Option<NumberIn>,
    /// The number that answers while this one, a line with set hours, is
    /// closed, where the research gives one.
    #[serde(default)]
    pub after_hours: Option<NumberIn>,
    /// Its TTY number, where the research gives one.
    #[serde(default)]
    pub tty: Option<NumberIn>,
    /// A second number for the same line, where the agency lists two for
    /// anyone to call.
    #[serde(default)]
    pub also: Option<NumberIn>,
}

/// Another number of a line (`away`, `after_hours`, `tty`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberIn {
    pub e164: String,
    pub display: String,
    /// Where the research found it (may be another page of the line's).
    pub source_url: String,
}

/// A line's other numbers' fields and the `content::For` each becomes.
pub const OTHERS: &[(&str, &str)] = &[
    ("away", "Away"),
    ("after_hours", "AfterHours"),
    ("tty", "Tty"),
    ("also", "Also"),
];

impl LineIn {
    /// Its other numbers, each with the field it is in (`OTHERS`).
    pub fn others(&self) -> impl Iterator<Item = (&'static str, &NumberIn)> {
        [
            ("away", &self.away),
            ("after_hours", &self.after_hours),
            ("tty", &self.tty),
            ("also", &self.also),
        ]
        .into_iter()
        .filter_map(|(field, n)| Some((field, n.as_ref()?)))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionsFile {
    #[serde(rename = "_comment")]
    pub _comment: String,
    pub regions: Vec<RegionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionIn {
    pub code: String,
    pub directory: Option<String>,
    pub source_url: Option<String>,
    pub verified: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(rename = "_comment")]
    pub _comment: String,
    pub sources: Vec<SourceIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceIn {
    pub id: String,
    pub title: String,
    pub url: String,
    pub official: bool,
    pub verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextFile {
    #[serde(rename = "_comment")]
    pub _comment: String,
    pub lang: String,
    pub ui: BTreeMap<String, String>,
    /// Official translations of line names; the rest keep lines.json's.
    pub line_names: BTreeMap<String, String>,
    /// When each line with limited hours answers.
    pub line_hours: BTreeMap<String, String>,
    /// A short word for each line the one-line banner must tell apart (see
    /// `labelled`).
    pub line_labels: BTreeMap<String, String>,
    /// A few words on what happens when a reader calls a line, where that
    /// is not plain from its name (a number that connects the caller to
    /// the county's agency). Every language gives the same lines one.
    pub line_notes: BTreeMap<String, String>,
    /// A name for `US` and for every region of regions.json.
    pub regions: BTreeMap<String, String>,
    pub sections: Vec<SectionIn>,
}

/// The words for one more reader, in one language (`youth/<lang>.json`,
/// `reporter/<lang>.json`): their own interface words, notes on lines,
/// sections as in a `TextFile`, and sections only some regions have.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceFile {
    #[serde(rename = "_comment")]
    pub _comment: String,
    pub lang: String,
    pub ui: BTreeMap<String, String>,
    /// A few words on a line, by its id, where its name does not say what
    /// the reader needs to know (that they can stay anonymous).
    pub line_notes: BTreeMap<String, String>,
    pub sections: Vec<SectionIn>,
    /// A region's own sections (a state's law for reporters), by code.
    #[serde(default)]
    pub regions: BTreeMap<String, Vec<SectionIn>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionIn {
    pub id: String,
    pub title: String,
    pub blocks: Vec<BlockIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockIn {
    pub text: Option<String>,
    pub note: Option<String>,
    pub heading: Option<String>,
    pub items: Option<Vec<String>>,
    pub call: Option<String>,
    /// With `call`: the situation the line is for.
    pub when: Option<String>,
    pub sources: Vec<String>,
}

pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// A line last verified this many months before the build is named in a
/// warning, and past `EXPIRED_MONTHS` the build fails: a number that has not
/// been checked for two years must be checked again (re-verified against its
/// source, not its date bumped).
pub const STALE_MONTHS: u32 = 12;
pub const EXPIRED_MONTHS: u32 = 24;

/// `(year, month, day)` of a date checked by `is_date`.
fn ymd(date: &str) -> (u32, u32, u32) {
    let n = |range: std::ops::Range<usize>| date[range].parse().unwrap_or(0);
    (n(0..4), n(5..7), n(8..10))
}

/// Whether `today` is later than `months` after `verified` (both
/// YYYY-MM-DD): a month later is the same day of the next month.
pub fn older_than(verified: &str, months: u32, today: &str) -> bool {
    let (y, m, d) = ymd(verified);
    let later = m - 1 + months;
    (y + later / 12, later % 12 + 1, d) < ymd(today)
}

/// The UTC date (YYYY-MM-DD) of a Unix time, for the build's "today"
/// (Howard Hinnant's days-to-civil).
pub fn utc_date(unix_seconds: u64) -> String {
    let z = (unix_seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The lines verified more than `STALE_MONTHS` before `today`, each as a
/// warning that names it; an error for the first verified more than
/// `EXPIRED_MONTHS` before.
pub fn freshness(lines: &[LineIn], today: &str) -> Result<Vec<String>, ContentError> {
    if let Some(l) = lines
        .iter()
        .find(|l| older_than(&l.verified, EXPIRED_MONTHS, today))
    {
        bail!(
            "lines.json",
            &l.id,
            "verified",
            format!(
                "last verified {}, more than {EXPIRED_MONTHS} months before this build ({today}): check the number against its source again, then update the date",
                l.verified
            ),
        );
    }
    Ok(lines
        .iter()
        .filter(|l| older_than(&l.verified, STALE_MONTHS, today))
        .map(|l| {
            format!(
                "{CONTENT}/lines.json: `{}` was last verified {}, more than {STALE_MONTHS} months ago ({today}): re-verify it against {}",
                l.id, l.verified, l.source_url
            )
        })
        .collect())
}

pub fn is_web_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

/// The hours values of lines.json and the `Hours` variants they become.
pub const HOURS: &[(&str, &str)] = &[
    ("24/7", "Always"),
    ("limited", "Limited"),
    ("unknown", "Unknown"),
];

pub fn variant(table: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

pub fn check_line(l: &LineIn, ids: &mut BTreeSet<String>, regions: &BTreeSet<String>) -> Checked {
    if !ids.insert(l.id.clone()) {
        bail!("lines.json", &l.id, "id", "duplicate id");
    }
    if l.region != "US" && !regions.contains(&l.region) {
        bail!(
            "lines.json",
            &l.id,
            "region",
            "must be US or a code of regions.json"
        );
    }
    if variant(KINDS, &l.kind).is_none() {
        bail!("lines.json", &l.id, "kind", "unknown kind");
    }
    if l.name.trim().is_empty() {
        bail!("lines.json", &l.id, "name", "empty");
    }
    let short_ok = l.kind == "emergency" && phone::is_short_code(&l.e164);
    if !phone::is_e164(&l.e164) && !short_ok {
        bail!(
            "lines.json",
            &l.id,
            "e164",
            "not an E.164 number (+ and 8-15 digits)"
        );
    }
    if !phone::writes_number(&l.display, &l.e164) {
        bail!(
            "lines.json",
            &l.id,
            "display",
            "does not dial the e164 number"
        );
    }
    if l.vanity
        .as_deref()
        .is_some_and(|v| !phone::writes_number(v, &l.e164))
    {
        bail!(
            "lines.json",
            &l.id,
            "vanity",
            "its letters do not decode to the e164 number"
        );
    }
    if l.sms
        .as_deref()
        .is_some_and(|s| !phone::is_e164(s) && !phone::is_short_code(s))
    {
        bail!("lines.json", &l.id, "sms", "must be E.164 or a short code");
    }
    for (field, other) in l.others() {
        if !matches!(l.kind.as_str(), "reporting" | "county")
            || !phone::is_e164(&other.e164)
            || !phone::writes_number(&other.display, &other.e164)
            || !other.source_url.starts_with("https://")
        {
            bail!(
                "lines.json",
                &l.id,
                field,
                "a reporting or county line's E.164 number, a display that dials it and an https:// source"
            );
        }
    }
    if let Some(word) = &l.sms_keyword
        && (l.sms.is_none() || word.is_empty() || !word.bytes().all(|b| b.is_ascii_uppercase()))
    {
        bail!(
            "lines.json",
            &l.id,
            "sms_keyword",
            "must be capital letters, on a line that takes texts"
        );
    }
    for (field, url) in [("chat", &l.chat), ("web", &l.web)] {
        if url.as_deref().is_some_and(|u| !u.starts_with("https://")) {
            bail!("lines.json", &l.id, field, "must be an https:// address");
        }
    }
    if variant(HOURS, &l.hours).is_none() {
        bail!(
            "lines.json",
            &l.id,
            "hours",
            "must be 24/7, limited or unknown"
        );
    }
    if !is_web_address(&l.source_url) {
        bail!("lines.json", &l.id, "source_url", "must be a web address");
    }
    if !is_date(&l.verified) {
        bail!("lines.json", &l.id, "verified", "must be a date YYYY-MM-DD");
    }
    if l.confidence != "high" {
        bail!(
            "lines.json",
            &l.id,
            "confidence",
            "only high-confidence lines are shown; leave the others out",
        );
    }
    Ok(())
}

pub fn check_region(r: &RegionIn, codes: &mut BTreeSet<String>) -> Checked {
    let b = r.code.as_bytes();
    if !(b.len() == 5 && r.code.starts_with("US-") && b[3..].iter().all(u8::is_ascii_uppercase)) {
        bail!("regions.json", &r.code, "code", "must be US-XX");
    }
    if !codes.insert(r.code.clone()) {
        bail!("regions.json", &r.code, "code", "duplicate code");
    }
    if let Some(url) = &r.directory {
        if !is_web_address(url) {
            bail!(
                "regions.json",
                &r.code,
                "directory",
                "must be a web address"
            );
        }
        if !r.source_url.as_deref().is_some_and(is_web_address) {
            bail!(
                "regions.json",
                &r.code,
                "source_url",
                "a directory needs the web address it was taken from",
            );
        }
        if !r.verified.as_deref().is_some_and(is_date) {
            bail!(
                "regions.json",
                &r.code,
                "verified",
                "a directory needs the date it was checked (YYYY-MM-DD)",
            );
        }
    }
    Ok(())
}

/// Fails unless `map` has a non-empty entry for exactly the keys `want`.
fn check_keys<'a>(
    file: &str,
    entry: &str,
    map: &BTreeMap<String, String>,
    want: impl Iterator<Item = &'a str>,
) -> Checked {
    let want: BTreeSet<&str> = want.collect();
    if let Some(k) = want
        .iter()
        .find(|k| map.get(**k).is_none_or(|v| v.trim().is_empty()))
    {
        bail!(file, entry, k, "missing or empty");
    }
    if let Some(k) = map.keys().find(|k| !want.contains(k.as_str())) {
        bail!(file, entry, k, "not a known key here");
    }
    Ok(())
}

/// The lines the one-line banner labels, since its call buttons show only
/// numbers: each of a region's several reporting lines (which island?), a
/// line with limited hours (a closed line at night), a line whose main
/// number is for in-state calls (its other number is one tap away), and
/// the national trafficking line, which leads where a region has no line
/// of its own.
fn labelled(lines: &[LineIn]) -> impl Iterator<Item = &str> {
    let reporting = |l: &&LineIn| l.kind == "reporting";
    lines
        .iter()
        .filter(reporting)
        .filter_map(move |l| {
            let several = lines
                .iter()
                .filter(reporting)
                .filter(|o| o.region == l.region)
                .count()
                > 1;
            (several || l.hours == "limited" || l.away.is_some()).then_some(l.id.as_str())
        })
        .chain(
            lines
                .iter()
                .filter(|l| l.kind == "trafficking" && l.region == "US")
                .map(|l| l.id.as_str()),
        )
}

pub struct Known<'a> {
    pub lines: &'a [LineIn],
    pub regions: &'a [RegionIn],
    pub sources: &'a BTreeSet<String>,
}

/// Interface keys become field names: snake_case only.
fn check_snake_case(file: &str, ui: &BTreeMap<String, String>) -> Checked {
    for k in ui.keys() {
        let snake = k.starts_with(|c: char| c.is_ascii_lowercase())
            && k.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !snake {
            bail!(file, "ui", k, "keys are snake_case");
        }
    }
    Ok(())
}

/// Fails unless each of `keys` in `ui` has exactly one `{}`, where a link,
/// a name or a word goes.
fn check_slots(file: &str, ui: &BTreeMap<String, String>, keys: &[&str]) -> Checked {
    for k in keys {
        if ui.get(*k).is_none_or(|e| e.matches("{}").count() != 1) {
            bail!(
                file,
                "ui",
                k,
                "needs exactly one {} (where the link, name or word goes)"
            );
        }
    }
    Ok(())
}

pub fn check_text(
    file: &str,
    t: &TextFile,
    reference: Option<&TextFile>,
    known: &Known,
) -> Checked {
    check_snake_case(file, &t.ui)?;
    check_slots(
        file,
        &t.ui,
        &[
            "emergency",
            "no_state_line",
            "share_text",
            "away",
            "after_hours",
            "tty",
            "also",
        ],
    )?;
    if let Some(id) = t
        .line_names
        .keys()
        .find(|id| !known.lines.iter().any(|l| &l.id == *id))
    {
        bail!(
            file,
            "line_names",
            id,
            "names a line that lines.json does not have",
        );
    }
    let limited = known
        .lines
        .iter()
        .filter(|l| l.hours == "limited")
        .map(|l| l.id.as_str());
    check_keys(file, "line_hours", &t.line_hours, limited)?;
    check_keys(file, "line_labels", &t.line_labels, labelled(known.lines))?;
    let callable = |id: &str| {
        known
            .lines
            .iter()
            .any(|l| l.id == id && matches!(l.kind.as_str(), "reporting" | "county"))
    };
    if let Some(id) = t.line_notes.keys().find(|id| !callable(id)) {
        bail!(
            file,
            "line_notes",
            id,
            "names no reporting or county line of lines.json",
        );
    }
    let codes = known.regions.iter().map(|r| r.code.as_str()).chain(["US"]);
    check_keys(file, "regions", &t.regions, codes)?;
    check_sections(file, &t.sections, known)?;
    let Some(r) = reference else { return Ok(()) };
    check_keys(file, "ui", &t.ui, r.ui.keys().map(String::as_str))?;
    check_keys(
        file,
        "line_notes",
        &t.line_notes,
        r.line_notes.keys().map(String::as_str),
    )?;
    same_shape(file, &t.sections, &r.sections, &r.lang)
}

/// The checks every section of every language's words passes: one kind of
/// block each, a known line kind, and a source for every fact.
fn check_sections(file: &str, sections: &[SectionIn], known: &Known) -> Checked {
    for s in sections {
        for (i, b) in s.blocks.iter().enumerate() {
            let entry = format!("{}/blocks[{i}]", s.id);
            let set = [
                b.text.is_some(),
                b.note.is_some(),
                b.heading.is_some(),
                b.items.is_some(),
                b.call.is_some(),
            ];
            if set.iter().filter(|x| **x).count() != 1 {
                bail!(
                    file,
                    &entry,
                    "-",
                    "a block has exactly one of text, note, heading, items, call",
                );
            }
            if b.call
                .as_deref()
                .is_some_and(|c| variant(KINDS, c).is_none())
            {
                bail!(file, &entry, "call", "unknown line kind");
            }
            if b.call.is_some() != b.when.is_some() {
                bail!(
                    file,
                    &entry,
                    "when",
                    "a call block says when to call, and only a call block",
                );
            }
            if let Some(src) = b.sources.iter().find(|s| !known.sources.contains(*s)) {
                bail!(file, &entry, "sources", &format!("unknown source `{src}`"));
            }
            let facts = b.items.is_some() || b.note.is_some() || b.call.is_some();
            if facts && b.sources.is_empty() {
                bail!(
                    file,
                    &entry,
                    "sources",
                    "every sign and fact needs a source",
                );
            }
        }
    }
    Ok(())
}

/// Fails unless `sections` have the sections, blocks, items, lines and
/// sources of the reference language's (every language says the same).
fn same_shape(file: &str, sections: &[SectionIn], reference: &[SectionIn], lang: &str) -> Checked {
    let shape = |sections: &[SectionIn]| {
        let block = |b: &BlockIn| {
            (
                b.items.as_ref().map(Vec::len),
                b.call.clone(),
                b.heading.is_some(),
                b.sources.clone(),
            )
        };
        sections
            .iter()
            .map(|s| (s.id.clone(), s.blocks.iter().map(block).collect::<Vec<_>>()))
            .collect::<Vec<_>>()
    };
    if shape(sections) != shape(reference) {
        bail!(
            file,
            "sections",
            "-",
            &format!("sections, blocks, items or sources differ from {lang}.json"),
        );
    }
    Ok(())
}

/// The checks of an audience's words (`youth/<lang>.json`): snake_case
/// interface keys with their slots, notes only on lines of lines.json, the
/// section checks, and, against the reference language, the same notes,
/// shape and regions. (`Content::check` holds every printable to one set
/// of interface keys.)
pub fn check_audience(
    file: &str,
    a: &AudienceFile,
    reference: Option<&AudienceFile>,
    known: &Known,
) -> Checked {
    check_snake_case(file, &a.ui)?;
    check_slots(
        file,
        &a.ui,
        &["emergency", "text_keyword", "or_text_keyword"],
    )?;
    if let Some(id) = a
        .line_notes
        .keys()
        .find(|id| !known.lines.iter().any(|l| &l.id == *id))
    {
        bail!(
            file,
            "line_notes",
            id,
            "names a line that lines.json does not have"
        );
    }
    check_sections(file, &a.sections, known)?;
    for (code, sections) in &a.regions {
        if !known.regions.iter().any(|r| &r.code == code) {
            bail!(file, "regions", code, "not a code of regions.json");
        }
        check_sections(file, sections, known)?;
    }
    let Some(r) = reference else { return Ok(()) };
    check_keys(
        file,
        "line_notes",
        &a.line_notes,
        r.line_notes.keys().map(String::as_str),
    )?;
    same_shape(file, &a.sections, &r.sections, &r.lang)?;
    if !a.regions.keys().eq(r.regions.keys()) {
        bail!(
            file,
            "regions",
            "-",
            &format!("regions differ from {}.json", r.lang)
        );
    }
    for (code, sections) in &a.regions {
        same_shape(file, sections, &r.regions[code], &r.lang)?;
    }
    Ok(())
}

/// All the content files, parsed.
pub struct Content {
    pub regions: RegionsFile,
    pub lines: LinesFile,
    pub sources: SourcesFile,
    /// In the order of `LANGS`.
    pub texts: Vec<TextFile>,
    /// The youth poster's words, in the order of `LANGS`.
    pub youth: Vec<AudienceFile>,
    /// The reporter sheet's words, in the order of `LANGS`.
    pub reporter: Vec<AudienceFile>,
}

fn read<T: for<'de> Deserialize<'de>>(dir: &Path, file: &str) -> Result<T, ContentError> {
    let error = |why: String| ContentError {
        file: file.into(),
        entry: "-".into(),
        field: "-".into(),
        why,
    };
    let raw = fs::read_to_string(dir.join(file)).map_err(|e| error(e.to_string()))?;
    serde_json::from_str(&raw).map_err(|e| error(e.to_string()))
}

/// `folder/<lang>.json` for every language of `LANGS`, in its order.
fn read_langs<T: for<'de> Deserialize<'de>>(
    dir: &Path,
    folder: &str,
) -> Result<Vec<T>, ContentError> {
    LANGS
        .iter()
        .map(|l| read(dir, &format!("{folder}/{l}.json")))
        .collect()
}

impl Content {
    /// The files every build reads, for cargo's change tracking.
    pub fn files() -> Vec<String> {
        let mut files = vec![
            "regions.json".to_owned(),
            "lines.json".to_owned(),
            "sources.json".to_owned(),
        ];
        files.extend(LANGS.iter().map(|l| format!("text/{l}.json")));
        for audience in AUDIENCES {
            files.extend(LANGS.iter().map(|l| format!("{audience}/{l}.json")));
        }
        files
    }

    /// Reads and parses the content of `dir` (src/content).
    pub fn load(dir: &Path) -> Result<Content, ContentError> {
        Ok(Content {
            regions: read(dir, "regions.json")?,
            lines: read(dir, "lines.json")?,
            sources: read(dir, "sources.json")?,
            texts: read_langs(dir, "text")?,
            youth: read_langs(dir, "youth")?,
            reporter: read_langs(dir, "reporter")?,
        })
    }

    /// Every check, in the order a person would fix them.
    pub fn check(&self) -> Checked {
        let mut codes = BTreeSet::new();
        for r in &self.regions.regions {
            check_region(r, &mut codes)?;
        }
        let mut ids = BTreeSet::new();
        for l in &self.lines.lines {
            check_line(l, &mut ids, &codes)?;
        }
        // A county's line stands beside the directory of a state that has
        // no statewide line; where a state has one, that line leads.
        let lines = &self.lines.lines;
        if let Some(l) = lines.iter().find(|l| {
            l.kind == "county"
                && (l.region == "US"
                    || lines
                        .iter()
                        .any(|o| o.region == l.region && o.kind == "reporting"))
        }) {
            bail!(
                "lines.json",
                &l.id,
                "kind",
                "a county line belongs to a state without a statewide reporting line"
            );
        }
        for kind in [
            "emergency",
            "trafficking",
            "online-exploitation",
            "support-only",
        ] {
            if !self
                .lines
                .lines
                .iter()
                .any(|l| l.region == "US" && l.kind == kind)
            {
                bail!(
                    "lines.json",
                    "-",
                    "kind",
                    format!("no national {kind} line")
                );
            }
        }
        let mut source_ids = BTreeSet::new();
        for s in &self.sources.sources {
            if !source_ids.insert(s.id.clone()) {
                bail!("sources.json", &s.id, "id", "duplicate id");
            }
            if !is_web_address(&s.url) {
                bail!("sources.json", &s.id, "url", "must be a web address");
            }
            if !is_date(&s.verified) {
                bail!(
                    "sources.json",
                    &s.id,
                    "verified",
                    "must be a date YYYY-MM-DD"
                );
            }
            if s.title.trim().is_empty() {
                bail!("sources.json", &s.id, "title", "empty");
            }
        }
        let known = Known {
            lines: &self.lines.lines,
            regions: &self.regions.regions,
            sources: &source_ids,
        };
        for (i, t) in self.texts.iter().enumerate() {
            let file = format!("text/{}.json", LANGS[i]);
            if t.lang != LANGS[i] {
                bail!(file, "-", "lang", "must match the file name");
            }
            check_text(&file, t, (i > 0).then(|| &self.texts[0]), &known)?;
        }
        for (audience, files) in AUDIENCES.iter().zip([&self.youth, &self.reporter]) {
            for (i, a) in files.iter().enumerate() {
                let file = format!("{audience}/{}.json", LANGS[i]);
                if a.lang != LANGS[i] {
                    bail!(file, "-", "lang", "must match the file name");
                }
                check_audience(&file, a, (i > 0).then(|| &files[0]), &known)?;
                // One set of interface words for every printable.
                let keys = self.youth[0].ui.keys().map(String::as_str);
                check_keys(&file, "ui", &a.ui, keys)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn content() -> Content {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(CONTENT);
        Content::load(&dir).expect("the shipped content parses")
    }

    /// Checks `content` after `spoil`, and returns where the error points.
    fn error_after(spoil: impl FnOnce(&mut Content)) -> (String, String, String) {
        let mut c = content();
        spoil(&mut c);
        let e = c.check().expect_err("the spoiled content must be refused");
        assert!(
            e.to_string().starts_with("content error in src/content/"),
            "{e}"
        );
        (e.file, e.entry, e.field)
    }

    fn line<'a>(c: &'a mut Content, id: &str) -> &'a mut LineIn {
        c.lines.lines.iter_mut().find(|l| l.id == id).unwrap()
    }

    fn owned(parts: (&str, &str, &str)) -> (String, String, String) {
        (parts.0.into(), parts.1.into(), parts.2.into())
    }

    #[test]
    fn the_shipped_content_passes_every_check() {
        content().check().unwrap();
    }

    #[test]
    fn the_build_date_is_the_utc_calendar_date() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(951_782_400), "2000-02-29");
        assert_eq!(utc_date(1_796_256_000 + 86_399), "2026-12-03");
        assert_eq!(utc_date(1_796_256_000 + 86_400), "2026-12-04");
    }

    #[test]
    fn a_date_is_older_than_some_months_from_the_day_after() {
        assert!(!older_than("2025-12-03", 12, "2026-12-03"));
        assert!(older_than("2025-12-02", 12, "2026-12-03"));
        assert!(older_than("2024-12-02", 24, "2026-12-03"));
        assert!(!older_than("2024-12-03", 24, "2026-12-03"));
        // Across the year's end.
        assert!(older_than("2025-11-30", 12, "2026-12-01"));
        assert!(!older_than("2026-11-30", 1, "2026-12-30"));
    }

    #[test]
    fn a_line_not_verified_for_a_year_is_named_and_for_two_years_refused() {
        let mut c = content();
        let newest = c
            .lines
            .lines
            .iter()
            .map(|l| l.verified.clone())
            .max()
            .unwrap();
        assert_eq!(freshness(&c.lines.lines, &newest), Ok(vec![]));
        line(&mut c, "us-tx-hotline").verified = "2025-06-01".into();
        let warnings = freshness(&c.lines.lines, "2026-12-03").unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("`us-tx-hotline` was last verified 2025-06-01"));
        line(&mut c, "us-tx-hotline").verified = "2024-12-02".into();
        let e = freshness(&c.lines.lines, "2026-12-03").unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.entry.as_str(), e.field.as_str()),
            ("lines.json", "us-tx-hotline", "verified")
        );
    }

    #[test]
    fn a_note_belongs_to_a_line_one_can_call_in_every_language() {
        let note = |c: &mut Content, lang: usize, id: &str| {
            c.texts[lang]
                .line_notes
                .insert(id.into(), "Connects you.".into());
        };
        let e = error_after(|c| note(c, 0, "us-nhth"));
        assert_eq!(e, owned(("text/en.json", "line_notes", "us-nhth")));
        let e = error_after(|c| note(c, 0, "us-co-hotline"));
        assert_eq!(e, owned(("text/es.json", "line_notes", "us-co-hotline")));
        let mut c = content();
        note(&mut c, 0, "us-co-hotline");
        note(&mut c, 1, "us-co-hotline");
        c.check().unwrap();
    }

    #[test]
    fn a_misprinted_number_is_refused_naming_file_entry_and_field() {
        let e = error_after(|c| line(c, "us-co-hotline").display = "1-844-263-5437".into());
        assert_eq!(e, owned(("lines.json", "us-co-hotline", "display")));
        let e = error_after(|c| line(c, "us-co-hotline").vanity = Some("1-844-CO-4-KIDZ".into()));
        assert_eq!(e, owned(("lines.json", "us-co-hotline", "vanity")));
        let e = error_after(|c| line(c, "us-tx-hotline").e164 = "18002525400".into());
        assert_eq!(e, owned(("lines.json", "us-tx-hotline", "e164")));
    }

    #[test]
    fn another_number_must_dial_and_cite_its_page() {
        fn away(c: &mut Content) -> &mut NumberIn {
            line(c, "us-nh-hotline").away.as_mut().unwrap()
        }
        let e = error_after(|c| away(c).display = "603-271-6652".into());
        assert_eq!(e, owned(("lines.json", "us-nh-hotline", "away")));
        let e = error_after(|c| away(c).e164 = "16032716562".into());
        assert_eq!(e, owned(("lines.json", "us-nh-hotline", "away")));
        let e = error_after(|c| away(c).source_url = "http://www.dhhs.nh.gov/".into());
        assert_eq!(e, owned(("lines.json", "us-nh-hotline", "away")));
        // Only a state's reporting line has one.
        let e = error_after(|c| {
            let moved = line(c, "us-nh-hotline").away.take();
            line(c, "us-nhth").away = moved;
        });
        assert_eq!(e, owned(("lines.json", "us-nhth", "away")));
        // A TTY number is checked the same way.
        let e = error_after(|c| {
            line(c, "us-ar-hotline").tty.as_mut().unwrap().display = "1-800-843-6394".into()
        });
        assert_eq!(e, owned(("lines.json", "us-ar-hotline", "tty")));
        let e = error_after(|c| {
            let moved = line(c, "us-ct-hotline").tty.take();
            line(c, "us-911").tty = moved;
        });
        assert_eq!(e, owned(("lines.json", "us-911", "tty")));
    }

    #[test]
    fn a_text_keyword_is_capital_letters_on_a_line_that_takes_texts() {
        let e = error_after(|c| line(c, "us-nhth").sms_keyword = Some("help me".into()));
        assert_eq!(e, owned(("lines.json", "us-nhth", "sms_keyword")));
        let e = error_after(|c| line(c, "us-co-hotline").sms_keyword = Some("HELP".into()));
        assert_eq!(e, owned(("lines.json", "us-co-hotline", "sms_keyword")));
    }

    #[test]
    fn a_county_line_belongs_to_a_state_without_a_statewide_line() {
        let e = error_after(|c| line(c, "us-ca-san-diego").region = "US-CO".into());
        assert_eq!(e, owned(("lines.json", "us-ca-san-diego", "kind")));
        let e = error_after(|c| line(c, "us-ca-san-diego").region = "US".into());
        assert_eq!(e, owned(("lines.json", "us-ca-san-diego", "kind")));
    }

    #[test]
    fn only_high_confidence_lines_get_in() {
        let e = error_after(|c| line(c, "us-tx-hotline").confidence = "medium".into());
        assert_eq!(e, owned(("lines.json", "us-tx-hotline", "confidence")));
    }

    #[test]
    fn provenance_is_required() {
        let e = error_after(|c| line(c, "us-nhth").verified = "recently".into());
        assert_eq!(e, owned(("lines.json", "us-nhth", "verified")));
        let e = error_after(|c| c.texts[0].sections[0].blocks[1].sources.clear());
        assert_eq!(e, owned(("text/en.json", "signs/blocks[1]", "sources")));
        let e = error_after(|c| {
            c.texts[0].sections[0].blocks[1]
                .sources
                .push("rumour".into())
        });
        assert_eq!(e, owned(("text/en.json", "signs/blocks[1]", "sources")));
    }

    #[test]
    fn a_missing_translation_is_refused() {
        let e = error_after(|c| {
            c.texts[1].ui.remove("no_expert");
        });
        assert_eq!(e, owned(("text/es.json", "ui", "no_expert")));
        let e = error_after(|c| {
            c.texts[1].regions.remove("US-WY");
        });
        assert_eq!(e, owned(("text/es.json", "regions", "US-WY")));
        let e = error_after(|c| {
            c.texts[1].line_hours.clear();
        });
        assert_eq!(e, owned(("text/es.json", "line_hours", "us-nd-hotline")));
        for (id, entry) in [
            ("us-hi-neighbor", "us-hi-neighbor"),
            ("us-nd-hotline", "us-nd-hotline"),
            ("us-nhth", "us-nhth"),
        ] {
            let e = error_after(|c| {
                c.texts[0].line_labels.remove(id);
            });
            assert_eq!(e, owned(("text/en.json", "line_labels", entry)));
        }
        // A state with one 24/7 line needs no label, and gets none.
        let e = error_after(|c| {
            c.texts[0]
                .line_labels
                .insert("us-co-hotline".into(), "Colorado".into());
        });
        assert_eq!(e, owned(("text/en.json", "line_labels", "us-co-hotline")));
        let e = error_after(|c| {
            c.texts[1].sections[2].blocks.pop();
        });
        assert_eq!(e, owned(("text/es.json", "sections", "-")));
    }

    #[test]
    fn the_youth_words_are_checked_like_the_widget_s() {
        // A fact without a source.
        let e = error_after(|c| {
            c.youth[0].sections[3].blocks[0].sources.clear();
        });
        assert_eq!(e, owned(("youth/en.json", "pictures/blocks[0]", "sources")));
        // A source nobody listed.
        let e = error_after(|c| {
            c.youth[1].sections[1].blocks[0].sources = vec!["a-blog".into()];
        });
        assert_eq!(e, owned(("youth/es.json", "lines/blocks[0]", "sources")));
        // A missing word, a note on a line that does not exist, a slot gone.
        let e = error_after(|c| {
            c.youth[1].ui.remove("scan_text");
        });
        assert_eq!(e, owned(("youth/es.json", "ui", "scan_text")));
        let e = error_after(|c| {
            c.youth[0]
                .line_notes
                .insert("us-zz-safe".into(), "Hi".into());
        });
        assert_eq!(e, owned(("youth/en.json", "line_notes", "us-zz-safe")));
        let e = error_after(|c| {
            c.youth[0].ui.insert("emergency".into(), "Call 911.".into());
        });
        assert_eq!(e, owned(("youth/en.json", "ui", "emergency")));
        // A language that says less than English.
        let e = error_after(|c| {
            c.youth[1].sections[2].blocks.pop();
        });
        assert_eq!(e, owned(("youth/es.json", "sections", "-")));
        // Every printable has the same interface words; a state's law needs
        // a known state and a source.
        let e = error_after(|c| {
            c.reporter[0].ui.remove("scan_text");
        });
        assert_eq!(e, owned(("reporter/en.json", "ui", "scan_text")));
        let e = error_after(|c| {
            let law = c.reporter[0].regions.remove("US-TX").unwrap();
            c.reporter[0].regions.insert("US-ZZ".into(), law);
        });
        assert_eq!(e, owned(("reporter/en.json", "regions", "US-ZZ")));
        let e = error_after(|c| {
            c.reporter[1].regions.get_mut("US-CO").unwrap()[0].blocks[0]
                .sources
                .clear();
        });
        assert_eq!(
            e,
            owned(("reporter/es.json", "co-law/blocks[0]", "sources"))
        );
    }

    /// Adding a state with a statewide line is a change to data alone: its
    /// entry in regions.json, its line in lines.json and its name in each
    /// language pass every check the build runs. (No code names a state
    /// either: `no_code_names_a_region` in src/loader.rs.)
    #[test]
    fn a_throwaway_state_with_its_own_line_is_data_only() {
        let mut c = content();
        c.regions.regions.push(RegionIn {
            code: "US-ZZ".into(),
            directory: None,
            source_url: None,
            verified: None,
        });
        c.lines.lines.push(LineIn {
            id: "us-zz-hotline".into(),
            region: "US-ZZ".into(),
            kind: "reporting".into(),
            name: "Test State Child Abuse Hotline".into(),
            e164: "+18005550199".into(),
            display: "1-800-555-0199".into(),
            vanity: None,
            sms: None,
            sms_keyword: None,
            chat: None,
            web: None,
            hours: "24/7".into(),
            trafficking: false,
            source_url: "https://example.org/hotline".into(),
            verified: "2026-12-01".into(),
            confidence: "high".into(),
            away: None,
            after_hours: None,
            tty: None,
            also: None,
        });
        for t in &mut c.texts {
            t.regions.insert("US-ZZ".into(), "Test State".into());
        }
        c.check().expect("a new state is data the build accepts");
        // And without its name in a language, the build says which.
        let e = error_after(|c| {
            c.regions.regions.push(RegionIn {
                code: "US-ZZ".into(),
                directory: None,
                source_url: None,
                verified: None,
            });
        });
        assert_eq!((e.0.as_str(), e.2.as_str()), ("text/en.json", "US-ZZ"));
    }

    #[test]
    fn ids_must_be_unique_and_regions_known() {
        let e = error_after(|c| line(c, "us-tx-hotline").id = "us-co-hotline".into());
        assert_eq!(e, owned(("lines.json", "us-co-hotline", "id")));
        let e = error_after(|c| line(c, "us-tx-hotline").region = "US-XX".into());
        assert_eq!(e, owned(("lines.json", "us-tx-hotline", "region")));
    }

    /// Every number traces to the research it came from, when that research
    /// (../shared/research/hotlines.json) is beside the checkout, as on CI.
    #[test]
    fn every_number_matches_the_research() {
        let research =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/research/hotlines.json");
        let Ok(raw) = fs::read_to_string(&research) else {
            eprintln!(
                "note: {} not found; research cross-check not run",
                research.display()
            );
            return;
        };
        let entries: Vec<serde_json::Value> = serde_json::from_str(&raw).unwrap();
        // A number written in an entry's note, as the widget writes it.
        // The part of an entry's note (between semicolons) that writes a
        // number as the widget writes it, as a word of its own.
        let clause = |e: &serde_json::Value, display: &str| -> Option<String> {
            let note = e["source_note"].as_str().unwrap_or_default();
            note.split(';')
                .find(|part| {
                    part.split(|c: char| c.is_whitespace() || c == '(' || c == ')')
                        .any(|w| w.trim_end_matches(['.', ',', ':']) == display)
                })
                .map(str::to_owned)
        };
        let in_note = |e: &serde_json::Value, display: &str| clause(e, display).is_some();
        for l in content().lines.lines {
            if l.kind == "youth" {
                youth_line_matches_the_research(&l);
                continue;
            }
            let region = |e: &&serde_json::Value| e["region_code"] == l.region.as_str();
            let own = entries
                .iter()
                .filter(region)
                .find(|e| e["phone_e164"] == l.e164.as_str());
            // Or a number an entry's note gives, from that entry's page
            // (Hawaii's neighbor islands' trafficking line), written as
            // there; build.rs has checked that it dials the e164.
            let noted = || {
                entries
                    .iter()
                    .filter(region)
                    .find(|e| in_note(e, &l.display))
            };
            let e = own
                .or_else(noted)
                .unwrap_or_else(|| panic!("{}: {} is not in hotlines.json", l.id, l.e164));
            if own.is_some() {
                assert_eq!(e["phone_display"], l.display.as_str(), "{}", l.id);
            }
            assert_eq!(e["confidence"], "high", "{}", l.id);
            assert_eq!(e["checked"], l.verified.as_str(), "{}", l.id);
            // The same page; the widget links to it over HTTPS.
            let bare = |u: &str| u.replacen("https://", "", 1).replacen("http://", "", 1);
            let cited = e["source_url"].as_str().map(bare);
            assert_eq!(cited, Some(bare(&l.source_url)), "{}", l.id);
            // Another number (for callers outside the state, after hours, or
            // TTY): its own entry in the research (same region, page and
            // digits), or written in the note of this line's entry, in a
            // part that says what it is for, from that entry's page or one
            // the note names.
            for (field, other) in l.others() {
                let what: &[&str] = match field {
                    "away" => &["out of state", "out-of-state", "outside"],
                    "after_hours" => &["after hours"],
                    "also" => &["alternate", "second number"],
                    _ => &["tty", "tdd"],
                };
                let says = |t: &str| what.iter().any(|w| t.to_lowercase().contains(w));
                assert_ne!(other.e164, l.e164, "{}: {field} is the main number", l.id);
                let listed = entries.iter().filter(region).any(|o| {
                    let about = format!("{} {} {}", o["name"], o["role"], o["hours"]);
                    o["phone_e164"] == other.e164.as_str()
                        && o["phone_display"] == other.display.as_str()
                        && o["confidence"] == "high"
                        && o["source_url"].as_str().map(bare) == Some(bare(&other.source_url))
                        && says(&about)
                });
                // The note names the page, or is the note of that page's entry.
                let page = bare(&other.source_url).replacen("www.", "", 1);
                let note = e["source_note"].as_str().unwrap_or_default();
                let own_page = cited == Some(bare(&other.source_url));
                let noted = clause(e, &other.display)
                    .is_some_and(|c| says(&c) && (own_page || note.contains(&page)));
                assert!(
                    listed || noted,
                    "{}: {field} {} not in the research as that",
                    l.id,
                    other.e164
                );
            }
            // A keyword is one the research names for texting that line.
            if let Some(word) = &l.sms_keyword {
                let sms = e["sms"].as_str().unwrap_or_default();
                assert!(sms.contains(&format!("text {word}")), "{}: {sms}", l.id);
            }
        }
    }

    /// A youth line comes from shared/research/audiences.md: one of its
    /// top-level points writes the line's digits as the line does and cites
    /// the line's page, marked official, and the line is dated the day the
    /// file was compiled.
    fn youth_line_matches_the_research(l: &LineIn) {
        let research =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/research/audiences.md");
        let raw = fs::read_to_string(&research).expect("audiences.md beside hotlines.json");
        let compiled = raw
            .split("Compiled ")
            .nth(1)
            .and_then(|rest| rest.get(..10))
            .expect("audiences.md says when it was compiled");
        assert_eq!(l.verified, compiled, "{}", l.id);
        let mut points: Vec<String> = Vec::new();
        for line in raw.lines() {
            match points.last_mut() {
                Some(point) if line.starts_with(' ') => point.push_str(line),
                _ => points.push(line.to_owned()),
            }
        }
        let cited = format!("[official] {}", l.source_url);
        assert!(
            points
                .iter()
                .any(|p| p.contains(&l.display) && p.contains(&cited)),
            "{}: {} with {cited} is not in audiences.md",
            l.id,
            l.display
        );
    }
}
