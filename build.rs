//! Compiles the content data (src/content/*.json) into Rust statics, so the
//! widget parses nothing at start-up, and refuses bad data (the checks are in
//! src/content/schema.rs) with a message that names the file, entry and field.
//! It also minifies the widget's stylesheet, which the wasm carries (one
//! request fewer, and no stylesheet file that can go missing on its own).

#[path = "src/minify.rs"]
mod minify;
#[path = "src/phone.rs"]
#[allow(dead_code)]
mod phone;
#[path = "src/content/schema.rs"]
#[allow(dead_code)]
mod schema;

use schema::{
    BlockIn, Content, HOURS, KINDS, LineIn, OTHERS, RegionIn, SectionIn, SourceIn, TextFile,
    variant,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};
use std::{env, fs, path::Path};

/// A `List` (src/content.rs) of `items`: one string, each item followed by
/// U+001F, which no content may contain.
fn packed<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut all = String::new();
    for item in items {
        assert!(
            !item.contains('\u{1f}'),
            "\n\nsrc/content: {item:?} contains U+001F, which the widget uses to pack lists\n\n"
        );
        all.push_str(item);
        all.push('\u{1f}');
    }
    format!("List({all:?})")
}

fn emit_lines(out: &mut String, lines: &[LineIn]) {
    // The printable pages' own lines go to `audience::AUDIENCE_LINES`.
    let widget: Vec<&LineIn> = lines.iter().filter(|l| !for_audience(l)).collect();
    emit_line_table(out, "LINES", &widget);
    // Their other numbers (content::OTHERS).
    out.push_str("pub static OTHERS: &[Other] = &[\n");
    for l in lines {
        for (field, n) in l.others() {
            let to = variant(OTHERS, field).expect("listed");
            writeln!(
                out,
                "Other {{ line: {:?}, to: For::{to}, e164: {:?}, display: {:?}, source_url: {:?} }},",
                l.id, n.e164, n.display, n.source_url
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
}

/// A line only an audience's printable page shows (`youth`, `mandated`).
fn for_audience(l: &LineIn) -> bool {
    matches!(l.kind.as_str(), "youth" | "mandated")
}

fn emit_line_table(out: &mut String, name: &str, lines: &[&LineIn]) {
    writeln!(out, "pub static {name}: &[Line] = &[").unwrap();
    for l in lines {
        let kind = variant(KINDS, &l.kind).expect("checked");
        let hours = variant(HOURS, &l.hours).expect("checked");
        writeln!(
            out,
            "Line {{ id: {:?}, region: {:?}, kind: Kind::{kind}, name: {:?}, e164: {:?}, display: {:?}, vanity: {:?}, sms: {:?}, sms_keyword: {:?}, chat: {:?}, web: {:?}, hours: Hours::{hours}, trafficking: {}, source_url: {:?}, verified: {:?} }},",
            l.id, l.region, l.name, l.e164, l.display, l.vanity, l.sms, l.sms_keyword, l.chat, l.web, l.trafficking, l.source_url, l.verified,
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

/// Every source (`content::SOURCES`): the widget's words cite some, the
/// printables' others; the wasm keeps none, since only the build-time pages
/// list them.
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

/// The struct `name` with a `&'static str` field for each interface key.
fn emit_ui_struct<'a>(
    out: &mut String,
    name: &str,
    doc: &str,
    keys: impl Iterator<Item = &'a String>,
) {
    writeln!(out, "/// {doc}\n#[derive(Debug)]\npub struct {name} {{").unwrap();
    for k in keys {
        writeln!(out, "    pub {k}: &'static str,").unwrap();
    }
    out.push_str("}\n");
}

/// `ui: Name { key: "value", ... },`
fn emit_ui(out: &mut String, name: &str, ui: &BTreeMap<String, String>) {
    writeln!(out, "ui: {name} {{").unwrap();
    for (k, v) in ui {
        writeln!(out, "    {k}: {v:?},").unwrap();
    }
    out.push_str("},\n");
}

fn emit_block(out: &mut String, b: &BlockIn) {
    let body = match (&b.text, &b.note, &b.heading, &b.items, &b.call) {
        (Some(t), ..) => format!("Block::Text({t:?})"),
        (_, Some(t), ..) => format!("Block::Note({t:?})"),
        (_, _, Some(t), ..) => format!("Block::Heading({t:?})"),
        (_, _, _, Some(items), _) => {
            format!("Block::Items({})", packed(items.iter().map(String::as_str)))
        }
        (.., Some(k)) => format!(
            "Block::Call {{ kind: Kind::{}, when: {:?} }}",
            variant(KINDS, k).expect("checked"),
            b.when.as_deref().unwrap_or_default()
        ),
        _ => unreachable!("checked"),
    };
    writeln!(
        out,
        "        Sourced {{ block: {body}, sources: {} }},",
        packed(b.sources.iter().map(String::as_str))
    )
    .unwrap();
}

fn emit_pairs(out: &mut String, field: &str, map: &BTreeMap<String, String>) {
    let pairs = map.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]);
    writeln!(out, "{field}: {},", packed(pairs)).unwrap();
}

/// `views`: the titles of each view's sections in `t`'s language, as
/// (audience, id, title), in the order the widget shows them. Their words
/// are not in the wasm: the widget fetches them (`poster::view`).
fn emit_views(out: &mut String, content: &Content, t: &TextFile) {
    let mut rows: Vec<&str> = Vec::new();
    for s in &t.sections {
        rows.extend(["adult", s.id.as_str(), s.title.as_str()]);
    }
    for (name, files) in [("youth", &content.youth), ("reporter", &content.reporter)] {
        let file = files.iter().find(|f| f.lang == t.lang).expect("checked");
        for s in &file.sections {
            rows.extend([name, s.id.as_str(), s.title.as_str()]);
        }
    }
    writeln!(out, "views: {},", packed(rows)).unwrap();
}

fn emit_text(out: &mut String, t: &TextFile, content: &Content) {
    let regions = &content.regions.regions;
    writeln!(out, "Text {{ lang: {:?},", t.lang).unwrap();
    emit_ui(out, "Ui", &t.ui);
    emit_pairs(out, "line_names", &t.line_names);
    emit_pairs(out, "line_hours", &t.line_hours);
    emit_pairs(out, "line_labels", &t.line_labels);
    emit_pairs(out, "line_notes", &t.line_notes);
    emit_pairs(out, "region_names", &t.regions);
    // Sorted here, not in the browser: sort code is large, and the wasm then
    // carries none.
    let mut order: Vec<&str> = regions.iter().map(|r| r.code.as_str()).collect();
    order.sort_by_key(|code| t.regions.get(*code).unwrap_or(&t.ui["region_unknown"]));
    order.insert(0, "US");
    writeln!(out, "region_order: {},", packed(order)).unwrap();
    let mut ids: Vec<&str> = t
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| b.sources.iter().map(String::as_str))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    out.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
    writeln!(out, "source_ids: {},", packed(ids)).unwrap();
    emit_views(out, content, t);
    // The sections' words are the view files' (native only).
    out.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
    emit_sections(out, &t.sections);
    out.push_str("},\n");
}

fn emit_sections(out: &mut String, sections: &[SectionIn]) {
    out.push_str("sections: &[\n");
    emit_section_list(out, sections);
    out.push_str("],\n");
}

/// `Section { .. },` for each of `sections`.
fn emit_section_list(out: &mut String, sections: &[SectionIn]) {
    for s in sections {
        writeln!(
            out,
            "    Section {{ id: {:?}, title: {:?}, blocks: &[",
            s.id, s.title
        )
        .unwrap();
        s.blocks.iter().for_each(|b| emit_block(out, b));
        out.push_str("    ] },\n");
    }
}

/// `content::audience`'s data (native only): each audience's interface
/// struct and words, and the lines only its pages show.
fn emit_audiences(out_dir: &Path, content: &Content, lines: &[LineIn]) {
    let mut out = String::from("// @generated by build.rs from src/content/*.json. Do not edit.\n");
    let audience: Vec<&LineIn> = lines.iter().filter(|l| for_audience(l)).collect();
    emit_line_table(&mut out, "AUDIENCE_LINES", &audience);
    emit_ui_struct(
        &mut out,
        "AudienceUi",
        "Interface strings of the printables (keys of `ui` in youth/<lang>.json and reporter/<lang>.json, the same for both).",
        content.youth[0].ui.keys(),
    );
    for (name, files) in [("YOUTH", &content.youth), ("REPORTER", &content.reporter)] {
        writeln!(out, "pub static {name}: &[Audience] = &[").unwrap();
        for a in files {
            writeln!(out, "Audience {{ lang: {:?},", a.lang).unwrap();
            emit_ui(&mut out, "AudienceUi", &a.ui);
            emit_pairs(&mut out, "line_notes", &a.line_notes);
            emit_sections(&mut out, &a.sections);
            out.push_str("regions: &[\n");
            for (code, sections) in &a.regions {
                writeln!(out, "({code:?}, &[").unwrap();
                emit_section_list(&mut out, sections);
                out.push_str("]),\n");
            }
            out.push_str("],\n},\n");
        }
        out.push_str("];\n");
    }
    fs::write(out_dir.join("audiences.rs"), out).expect("OUT_DIR is writable");
}

/// The measured reservation table (src/reserve.json, written by
/// tests/reservation.mjs) as `reserve::FIT`.
#[derive(serde::Deserialize)]
struct FitFile {
    widths: [u16; 4],
    fit: Vec<FitIn>,
}

#[derive(serde::Deserialize)]
struct FitIn {
    layout: String,
    lines: String,
    lang: String,
    #[serde(default = "adult")]
    audience: String,
    plain: [u16; 4],
    exit: [u16; 4],
}

fn adult() -> String {
    "Adult".into()
}

fn emit_fit(out_dir: &Path) {
    println!("cargo:rerun-if-changed=src/reserve.json");
    let raw = fs::read_to_string("src/reserve.json").expect("src/reserve.json is readable");
    let file: FitFile =
        serde_json::from_str(&raw).unwrap_or_else(|e| panic!("\n\nsrc/reserve.json: {e}\n\n"));
    let mut out = format!(
        "// @generated by build.rs from src/reserve.json. Do not edit.\n/// The container widths `FIT` was measured at.\npub const FIT_WIDTHS: [u16; 4] = {:?};\npub const FIT: [Fit; {}] = [\n",
        file.widths,
        file.fit.len()
    );
    for f in &file.fit {
        let name = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric());
        assert!(
            name(&f.layout) && name(&f.lines) && name(&f.audience),
            "\n\nsrc/reserve.json: {:?}/{:?}/{:?} is not a layout, group and audience name\n\n",
            f.layout,
            f.lines,
            f.audience
        );
        writeln!(
            out,
            "Fit {{ layout: Layout::{}, lines: Lines::{}, lang: {:?}, audience: Audience::{}, plain: {:?}, exit: {:?} }},",
            f.layout, f.lines, f.lang, f.audience, f.plain, f.exit
        )
        .unwrap();
    }
    out.push_str("];\n");
    fs::write(out_dir.join("fit.rs"), out).expect("OUT_DIR is writable");
}

fn main() {
    let dir = Path::new(schema::CONTENT);
    for file in Content::files() {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    println!("cargo:rerun-if-changed=src/phone.rs");
    println!("cargo:rerun-if-changed=src/content/schema.rs");
    println!("cargo:rerun-if-changed=src/minify.rs");
    println!("cargo:rerun-if-changed=www/widget.css");
    let content = Content::load(dir).and_then(|c| c.check().map(|()| c));
    let content = content.unwrap_or_else(|e| panic!("\n\n{e}\n\n"));
    // A number nobody has checked for a year is named; two years, refused.
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let now = env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .expect("the clock is after 1970")
                .as_secs()
        });
    let fresh = schema::freshness(&content.lines.lines, &schema::utc_date(now));
    for warning in fresh.unwrap_or_else(|e| panic!("\n\n{e}\n\n")) {
        println!("cargo:warning={warning}");
    }

    let mut out = String::from("// @generated by build.rs from src/content/*.json. Do not edit.\n");
    emit_ui_struct(
        &mut out,
        "Ui",
        "Interface strings of one language (keys of `ui` in text/<lang>.json).",
        content.texts[0].ui.keys(),
    );
    emit_lines(&mut out, &content.lines.lines);
    emit_regions(&mut out, &content.regions.regions);
    emit_sources(&mut out, &content.sources.sources);
    out.push_str("pub static TEXTS: &[Text] = &[\n");
    content
        .texts
        .iter()
        .for_each(|t| emit_text(&mut out, t, &content));
    out.push_str("];\n");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    emit_fit(Path::new(&out_dir));
    emit_audiences(Path::new(&out_dir), &content, &content.lines.lines);
    fs::write(Path::new(&out_dir).join("content.rs"), out).expect("OUT_DIR is writable");
    let css = fs::read_to_string("www/widget.css").expect("www/widget.css is readable");
    fs::write(Path::new(&out_dir).join("widget.css"), minify::css(&css))
        .expect("OUT_DIR is writable");
}
