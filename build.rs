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
const LANGS: &[&str] = &["en"];
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
    e164: String,
    display: String,
    vanity: Option<String>,
    sms: Option<String>,
    chat: Option<String>,
    web: Option<String>,
    hours: String,
    source_url: String,
    verified: String,
    confidence: String,
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
    lines: BTreeMap<String, String>,
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

fn is_https_or_http(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

fn check_line(l: &LineIn, ids: &mut BTreeSet<String>) {
    let f = "lines.json";
    let bad = |field: &str, why: &str| fail(f, &l.id, field, why);
    if !ids.insert(l.id.clone()) {
        bad("id", "duplicate id");
    }
    if !(l.region == "US" || (l.region.len() == 5 && l.region.starts_with("US-"))) {
        bad("region", "must be US or US-XX");
    }
    if !KINDS.iter().any(|(k, _)| *k == l.kind) {
        bad("kind", "unknown kind");
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
    if l.hours != "24/7" {
        bad("hours", "only \"24/7\" is supported so far");
    }
    if !is_https_or_http(&l.source_url) {
        bad("source_url", "must be a web address");
    }
    if !is_date(&l.verified) {
        bad("verified", "must be a date YYYY-MM-DD");
    }
    if !["high", "medium", "low"].contains(&l.confidence.as_str()) {
        bad("confidence", "must be high, medium or low");
    }
    if l.kind == "reporting" && l.confidence != "high" {
        bad(
            "confidence",
            "only a high-confidence line can be a reporting line",
        );
    }
}

fn check_text(
    file: &str,
    t: &TextFile,
    reference: Option<&TextFile>,
    lines: &[LineIn],
    sources: &BTreeSet<String>,
) {
    for (k, v) in &t.ui {
        if !k.starts_with(|c: char| c.is_ascii_lowercase())
            || !k
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            fail(file, "ui", k, "keys are snake_case");
        }
        if v.trim().is_empty() {
            fail(file, "ui", k, "empty text");
        }
    }
    if t.ui
        .get("emergency")
        .is_none_or(|e| e.matches("{}").count() != 1)
    {
        fail(
            file,
            "ui",
            "emergency",
            "needs exactly one {} where the 911 link goes",
        );
    }
    for l in lines {
        if t.lines.get(&l.id).is_none_or(|n| n.trim().is_empty()) {
            fail(file, "lines", &l.id, "no name for this line");
        }
    }
    if let Some(id) = t
        .lines
        .keys()
        .find(|id| !lines.iter().any(|l| &l.id == *id))
    {
        fail(
            file,
            "lines",
            id,
            "names a line that lines.json does not have",
        );
    }
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
                .is_some_and(|c| !KINDS.iter().any(|(k, _)| *k == c))
            {
                fail(file, &entry, "call", "unknown line kind");
            }
            if let Some(src) = b.sources.iter().find(|s| !sources.contains(*s)) {
                fail(file, &entry, "sources", &format!("unknown source `{src}`"));
            }
            let facts = b.items.is_some() || b.note.is_some();
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
    let keys = |t: &TextFile| t.ui.keys().cloned().collect::<Vec<_>>();
    if keys(t) != keys(r) {
        fail(
            file,
            "ui",
            "-",
            &format!("keys differ from {}.json", r.lang),
        );
    }
    let shape = |t: &TextFile| {
        t.sections
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    s.blocks
                        .iter()
                        .map(|b| {
                            (
                                b.items.as_ref().map(Vec::len),
                                b.call.clone(),
                                b.sources.clone(),
                            )
                        })
                        .collect::<Vec<_>>(),
                )
            })
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

fn kind_variant(k: &str) -> &'static str {
    KINDS
        .iter()
        .find(|(name, _)| *name == k)
        .map(|(_, v)| *v)
        .expect("kind checked")
}

fn emit_lines(out: &mut String, lines: &[LineIn]) {
    out.push_str("pub static LINES: &[Line] = &[\n");
    for l in lines {
        let conf = match l.confidence.as_str() {
            "high" => "High",
            "medium" => "Medium",
            _ => "Low",
        };
        writeln!(
            out,
            "Line {{ id: {:?}, region: {:?}, kind: Kind::{}, e164: {:?}, display: {:?}, vanity: {:?}, sms: {:?}, chat: {:?}, web: {:?}, source_url: {:?}, verified: {:?}, confidence: Confidence::{conf} }},",
            l.id, l.region, kind_variant(&l.kind), l.e164, l.display, l.vanity, l.sms, l.chat, l.web, l.source_url, l.verified
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
        (.., Some(k)) => format!("Block::Call(Kind::{})", kind_variant(k)),
        _ => unreachable!("checked"),
    };
    writeln!(
        out,
        "        Sourced {{ block: {body}, sources: &{:?} }},",
        b.sources
    )
    .unwrap();
}

fn emit_text(out: &mut String, t: &TextFile) {
    writeln!(out, "Text {{ lang: {:?}, ui: Ui {{", t.lang).unwrap();
    for (k, v) in &t.ui {
        writeln!(out, "    {k}: {v:?},").unwrap();
    }
    out.push_str("}, line_names: &[\n");
    for (id, name) in &t.lines {
        writeln!(out, "    ({id:?}, {name:?}),").unwrap();
    }
    out.push_str("], sections: &[\n");
    for s in &t.sections {
        writeln!(
            out,
            "    Section {{ id: {:?}, title: {:?}, blocks: &[",
            s.id, s.title
        )
        .unwrap();
        for b in &s.blocks {
            emit_block(out, b);
        }
        out.push_str("    ] },\n");
    }
    out.push_str("] },\n");
}

fn main() {
    let lines: LinesFile = read("lines.json");
    let sources: SourcesFile = read("sources.json");
    let mut ids = BTreeSet::new();
    lines.lines.iter().for_each(|l| check_line(l, &mut ids));
    let mut source_ids = BTreeSet::new();
    for s in &sources.sources {
        let bad = |field: &str, why: &str| fail("sources.json", &s.id, field, why);
        if !source_ids.insert(s.id.clone()) {
            bad("id", "duplicate id");
        }
        if !is_https_or_http(&s.url) {
            bad("url", "must be a web address");
        }
        if !is_date(&s.verified) {
            bad("verified", "must be a date YYYY-MM-DD");
        }
        if s.title.trim().is_empty() {
            bad("title", "empty");
        }
    }
    let texts: Vec<TextFile> = LANGS
        .iter()
        .map(|l| read(&format!("text/{l}.json")))
        .collect();
    for (i, t) in texts.iter().enumerate() {
        let file = format!("text/{}.json", LANGS[i]);
        if t.lang != LANGS[i] {
            fail(&file, "-", "lang", "must match the file name");
        }
        check_text(
            &file,
            t,
            (i > 0).then(|| &texts[0]),
            &lines.lines,
            &source_ids,
        );
    }

    let mut out = String::from("// @generated by build.rs from src/content/*.json. Do not edit.\n");
    emit_ui_struct(&mut out, &texts[0]);
    emit_lines(&mut out, &lines.lines);
    emit_sources(&mut out, &sources.sources);
    out.push_str("pub static TEXTS: &[Text] = &[\n");
    texts.iter().for_each(|t| emit_text(&mut out, t));
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src/phone.rs");
}
