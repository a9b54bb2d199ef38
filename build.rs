//! Compiles the content data (src/content/*.json) into Rust statics, so the
//! widget parses nothing at start-up, and refuses bad data with a message that
//! names the file, the entry and the field.

#[path = "src/phone.rs"]
#[allow(dead_code)]
mod phone;

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const CONTENT: &str = "src/content";
/// Languages compiled in; the first is the fallback and the reference that
/// every other language must match key for key.
const LANGS: &[&str] = &["en", "es"];
const KINDS: &[(&str, &str)] = &[
    ("reporting", "Reporting"),
    ("emergency", "Emergency"),
    ("trafficking", "Trafficking"),
    ("online-exploitation", "OnlineExploitation"),
    ("support-only", "SupportOnly"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinesFile {
    #[serde(rename = "_comment")]
    _comment: String,
    lines: Vec<LineIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineIn {
    id: String,
    region: String,
    kind: String,
    name: String,
    e164: String,
    display: String,
    vanity: Option<String>,
    sms: Option<String>,
    chat: Option<String>,
    web: Option<String>,
    hours: String,
    trafficking: bool,
    source_url: String,
    verified: String,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    #[serde(rename = "_comment")]
    _comment: String,
    regions: Vec<RegionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionIn {
    code: String,
    directory: Option<String>,
    source_url: Option<String>,
    verified: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(rename = "_comment")]
    _comment: String,
    sources: Vec<SourceIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceIn {
    id: String,
    title: String,
    url: String,
    official: bool,
    verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextFile {
    #[serde(rename = "_comment")]
    _comment: String,
    lang: String,
    ui: BTreeMap<String, String>,
    /// Official translations of line names; the rest keep lines.json's.
    line_names: BTreeMap<String, String>,
    /// When each line with limited hours answers.
    line_hours: BTreeMap<String, String>,
    /// A name for `US` and for every region of regions.json.
    regions: BTreeMap<String, String>,
    sections: Vec<SectionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionIn {
    id: String,
    title: String,
    blocks: Vec<BlockIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockIn {
    text: Option<String>,
    note: Option<String>,
    heading: Option<String>,
    items: Option<Vec<String>>,
    call: Option<String>,
    /// With `call`: the situation the line is for.
    when: Option<String>,
    sources: Vec<String>,
}

/// Stops the build with a message naming the file, entry and field.
fn fail(file: &str, entry: &str, field: &str, why: &str) -> ! {
    panic!("\n\ncontent error in {CONTENT}/{file}: entry `{entry}`, field `{field}`: {why}\n\n");
}

fn read<T: for<'de> Deserialize<'de>>(file: &str) -> T {
    let path = Path::new(CONTENT).join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let raw = fs::read_to_string(&path).unwrap_or_else(|e| fail(file, "-", "-", &e.to_string()));
    serde_json::from_str(&raw).unwrap_or_else(|e| fail(file, "-", "-", &e.to_string()))
}

fn is_date(s: &str) -> bool {
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

fn is_web_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

/// The hours values of lines.json and the `Hours` variants they become.
const HOURS: &[(&str, &str)] = &[
    ("24/7", "Always"),
    ("limited", "Limited"),
    ("unknown", "Unknown"),
];

fn variant(table: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn check_line(l: &LineIn, ids: &mut BTreeSet<String>, regions: &BTreeSet<String>) {
    let bad = |field: &str, why: &str| fail("lines.json", &l.id, field, why);
    if !ids.insert(l.id.clone()) {
        bad("id", "duplicate id");
    }
    if l.region != "US" && !regions.contains(&l.region) {
        bad("region", "must be US or a code of regions.json");
    }
    if variant(KINDS, &l.kind).is_none() {
        bad("kind", "unknown kind");
    }
    if l.name.trim().is_empty() {
        bad("name", "empty");
    }
    let short_ok = l.kind == "emergency" && phone::is_short_code(&l.e164);
    if !phone::is_e164(&l.e164) && !short_ok {
        bad("e164", "not an E.164 number (+ and 8-15 digits)");
    }
    if !phone::writes_number(&l.display, &l.e164) {
        bad("display", "does not dial the e164 number");
    }
    if l.vanity
        .as_deref()
        .is_some_and(|v| !phone::writes_number(v, &l.e164))
    {
        bad("vanity", "its letters do not decode to the e164 number");
    }
    if l.sms
        .as_deref()
        .is_some_and(|s| !phone::is_e164(s) && !phone::is_short_code(s))
    {
        bad("sms", "must be E.164 or a short code");
    }
    for (field, url) in [("chat", &l.chat), ("web", &l.web)] {
        if url.as_deref().is_some_and(|u| !u.starts_with("https://")) {
            bad(field, "must be an https:// address");
        }
    }
    if variant(HOURS, &l.hours).is_none() {
        bad("hours", "must be 24/7, limited or unknown");
    }
    if !is_web_address(&l.source_url) {
        bad("source_url", "must be a web address");
    }
    if !is_date(&l.verified) {
        bad("verified", "must be a date YYYY-MM-DD");
    }
    if l.confidence != "high" {
        bad(
            "confidence",
            "only high-confidence lines are shown; leave the others out",
        );
    }
}

fn check_region(r: &RegionIn, codes: &mut BTreeSet<String>) {
    let bad = |field: &str, why: &str| fail("regions.json", &r.code, field, why);
    let b = r.code.as_bytes();
    if !(b.len() == 5 && r.code.starts_with("US-") && b[3..].iter().all(u8::is_ascii_uppercase)) {
        bad("code", "must be US-XX");
    }
    if !codes.insert(r.code.clone()) {
        bad("code", "duplicate code");
    }
    if let Some(url) = &r.directory {
        if !is_web_address(url) {
            bad("directory", "must be a web address");
        }
        if !r.source_url.as_deref().is_some_and(is_web_address) {
            bad(
                "source_url",
                "a directory needs the web address it was taken from",
            );
        }
        if !r.verified.as_deref().is_some_and(is_date) {
            bad(
                "verified",
                "a directory needs the date it was checked (YYYY-MM-DD)",
            );
        }
    }
}

/// Fails unless `map` has a non-empty entry for exactly the keys `want`.
fn check_keys<'a>(
    file: &str,
    entry: &str,
    map: &BTreeMap<String, String>,
    want: impl Iterator<Item = &'a str>,
) {
    let want: BTreeSet<&str> = want.collect();
    if let Some(k) = want
        .iter()
        .find(|k| map.get(**k).is_none_or(|v| v.trim().is_empty()))
    {
        fail(file, entry, k, "missing or empty");
    }
    if let Some(k) = map.keys().find(|k| !want.contains(k.as_str())) {
        fail(file, entry, k, "not a known key here");
    }
}

struct Known<'a> {
    lines: &'a [LineIn],
    regions: &'a [RegionIn],
    sources: &'a BTreeSet<String>,
}

fn check_text(file: &str, t: &TextFile, reference: Option<&TextFile>, known: &Known) {
    for k in t.ui.keys() {
        let snake = k.starts_with(|c: char| c.is_ascii_lowercase())
            && k.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !snake {
            fail(file, "ui", k, "keys are snake_case");
        }
    }
    for (k, holes) in [("emergency", 1), ("no_state_line", 1)] {
        if t.ui.get(k).is_none_or(|e| e.matches("{}").count() != holes) {
            fail(
                file,
                "ui",
                k,
                "needs exactly one {} (where the link or name goes)",
            );
        }
    }
    if let Some(id) = t
        .line_names
        .keys()
        .find(|id| !known.lines.iter().any(|l| &l.id == *id))
    {
        fail(
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
    check_keys(file, "line_hours", &t.line_hours, limited);
    let codes = known.regions.iter().map(|r| r.code.as_str()).chain(["US"]);
    check_keys(file, "regions", &t.regions, codes);
    for s in &t.sections {
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
                fail(
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
                fail(file, &entry, "call", "unknown line kind");
            }
            if b.call.is_some() != b.when.is_some() {
                fail(
                    file,
                    &entry,
                    "when",
                    "a call block says when to call, and only a call block",
                );
            }
            if let Some(src) = b.sources.iter().find(|s| !known.sources.contains(*s)) {
                fail(file, &entry, "sources", &format!("unknown source `{src}`"));
            }
            let facts = b.items.is_some() || b.note.is_some() || b.call.is_some();
            if facts && b.sources.is_empty() {
                fail(
                    file,
                    &entry,
                    "sources",
                    "every sign and fact needs a source",
                );
            }
        }
    }
    let Some(r) = reference else { return };
    check_keys(file, "ui", &t.ui, r.ui.keys().map(String::as_str));
    let shape = |t: &TextFile| {
        let block = |b: &BlockIn| {
            (
                b.items.as_ref().map(Vec::len),
                b.call.clone(),
                b.heading.is_some(),
                b.sources.clone(),
            )
        };
        t.sections
            .iter()
            .map(|s| (s.id.clone(), s.blocks.iter().map(block).collect::<Vec<_>>()))
            .collect::<Vec<_>>()
    };
    if shape(t) != shape(r) {
        fail(
            file,
            "sections",
            "-",
            &format!(
                "sections, blocks, items or sources differ from {}.json",
                r.lang
            ),
        );
    }
}

fn emit_lines(out: &mut String, lines: &[LineIn]) {
    out.push_str("pub static LINES: &[Line] = &[\n");
    for l in lines {
        let kind = variant(KINDS, &l.kind).expect("checked");
        let hours = variant(HOURS, &l.hours).expect("checked");
        writeln!(
            out,
            "Line {{ id: {:?}, region: {:?}, kind: Kind::{kind}, name: {:?}, e164: {:?}, display: {:?}, vanity: {:?}, sms: {:?}, chat: {:?}, web: {:?}, hours: Hours::{hours}, trafficking: {}, source_url: {:?}, verified: {:?} }},",
            l.id, l.region, l.name, l.e164, l.display, l.vanity, l.sms, l.chat, l.web, l.trafficking, l.source_url, l.verified
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn emit_regions(out: &mut String, regions: &[RegionIn]) {
    out.push_str("pub static REGIONS: &[Region] = &[\n");
    for r in regions {
        writeln!(
            out,
            "Region {{ code: {:?}, directory: {:?}, source_url: {:?}, verified: {:?} }},",
            r.code, r.directory, r.source_url, r.verified
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn emit_sources(out: &mut String, sources: &[SourceIn]) {
    out.push_str("pub static SOURCES: &[Source] = &[\n");
    for s in sources {
        writeln!(
            out,
            "Source {{ id: {:?}, title: {:?}, url: {:?}, official: {}, verified: {:?} }},",
            s.id, s.title, s.url, s.official, s.verified
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn emit_ui_struct(out: &mut String, reference: &TextFile) {
    out.push_str("/// Interface strings of one language (keys of `ui` in text/<lang>.json).\n#[derive(Debug)]\npub struct Ui {\n");
    for k in reference.ui.keys() {
        writeln!(out, "    pub {k}: &'static str,").unwrap();
    }
    out.push_str("}\n");
}

fn emit_block(out: &mut String, b: &BlockIn) {
    let body = match (&b.text, &b.note, &b.heading, &b.items, &b.call) {
        (Some(t), ..) => format!("Block::Text({t:?})"),
        (_, Some(t), ..) => format!("Block::Note({t:?})"),
        (_, _, Some(t), ..) => format!("Block::Heading({t:?})"),
        (_, _, _, Some(items), _) => format!("Block::Items(&{items:?})"),
        (.., Some(k)) => format!(
            "Block::Call {{ kind: Kind::{}, when: {:?} }}",
            variant(KINDS, k).expect("checked"),
            b.when.as_deref().unwrap_or_default()
        ),
        _ => unreachable!("checked"),
    };
    writeln!(
        out,
        "        Sourced {{ block: {body}, sources: &{:?} }},",
        b.sources
    )
    .unwrap();
}

fn emit_pairs(out: &mut String, field: &str, map: &BTreeMap<String, String>) {
    writeln!(out, "{field}: &[").unwrap();
    for (k, v) in map {
        writeln!(out, "    ({k:?}, {v:?}),").unwrap();
    }
    out.push_str("],\n");
}

fn emit_text(out: &mut String, t: &TextFile) {
    writeln!(out, "Text {{ lang: {:?}, ui: Ui {{", t.lang).unwrap();
    for (k, v) in &t.ui {
        writeln!(out, "    {k}: {v:?},").unwrap();
    }
    out.push_str("},\n");
    emit_pairs(out, "line_names", &t.line_names);
    emit_pairs(out, "line_hours", &t.line_hours);
    emit_pairs(out, "region_names", &t.regions);
    out.push_str("sections: &[\n");
    for s in &t.sections {
        writeln!(
            out,
            "    Section {{ id: {:?}, title: {:?}, blocks: &[",
            s.id, s.title
        )
        .unwrap();
        s.blocks.iter().for_each(|b| emit_block(out, b));
        out.push_str("    ] },\n");
    }
    out.push_str("] },\n");
}

fn main() {
    let regions: RegionsFile = read("regions.json");
    let mut codes = BTreeSet::new();
    regions
        .regions
        .iter()
        .for_each(|r| check_region(r, &mut codes));
    let lines: LinesFile = read("lines.json");
    let mut ids = BTreeSet::new();
    lines
        .lines
        .iter()
        .for_each(|l| check_line(l, &mut ids, &codes));
    for kind in [
        "emergency",
        "trafficking",
        "online-exploitation",
        "support-only",
    ] {
        if !lines
            .lines
            .iter()
            .any(|l| l.region == "US" && l.kind == kind)
        {
            fail(
                "lines.json",
                "-",
                "kind",
                &format!("no national {kind} line"),
            );
        }
    }
    let sources: SourcesFile = read("sources.json");
    let mut source_ids = BTreeSet::new();
    for s in &sources.sources {
        let bad = |field: &str, why: &str| fail("sources.json", &s.id, field, why);
        if !source_ids.insert(s.id.clone()) {
            bad("id", "duplicate id");
        }
        if !is_web_address(&s.url) {
            bad("url", "must be a web address");
        }
        if !is_date(&s.verified) {
            bad("verified", "must be a date YYYY-MM-DD");
        }
        if s.title.trim().is_empty() {
            bad("title", "empty");
        }
    }
    let known = Known {
        lines: &lines.lines,
        regions: &regions.regions,
        sources: &source_ids,
    };
    let texts: Vec<TextFile> = LANGS
        .iter()
        .map(|l| read(&format!("text/{l}.json")))
        .collect();
    for (i, t) in texts.iter().enumerate() {
        let file = format!("text/{}.json", LANGS[i]);
        if t.lang != LANGS[i] {
            fail(&file, "-", "lang", "must match the file name");
        }
        check_text(&file, t, (i > 0).then(|| &texts[0]), &known);
    }

    let mut out = String::from("// @generated by build.rs from src/content/*.json. Do not edit.\n");
    emit_ui_struct(&mut out, &texts[0]);
    emit_lines(&mut out, &lines.lines);
    emit_regions(&mut out, &regions.regions);
    emit_sources(&mut out, &sources.sources);
    out.push_str("pub static TEXTS: &[Text] = &[\n");
    texts.iter().for_each(|t| emit_text(&mut out, t));
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src/phone.rs");
}
