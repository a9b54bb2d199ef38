//! The npm package's generated files: `package.json`, the TypeScript
//! declarations (`index.d.ts`) and the Custom Elements Manifest
//! (`custom-elements.json`), all written from the option list
//! (`attributes.rs`) and the content, so that none of them can drift from
//! what the widget accepts. The post-build step writes them with the
//! `package` binary.

use crate::attributes::{ALL, Accepts, Attribute};
use serde_json::{Value, json};

/// The package's name on npm.
pub const NAME: &str = "know-the-signs";

/// Every `kts:*` event: its name, its `detail` type and when it fires.
pub const EVENTS: [(&str, &str, &str); 5] = [
    (
        "kts:ready",
        "Record<string, never>",
        "The widget is whole: every control of its layout exists and works.",
    ),
    (
        "kts:fallback",
        "{ reason: KnowTheSignsFallbackReason }",
        "The widget could not start, or stopped; the static hotline stays.",
    ),
    (
        "kts:call",
        "{ line: string; channel: 'tel' | 'sms' | 'chat' | 'web' }",
        "A reader tapped a way to reach a line (its id, and how).",
    ),
    (
        "kts:open",
        "Record<string, never>",
        "The button layout's dialog opened.",
    ),
    (
        "kts:close",
        "Record<string, never>",
        "The button layout's dialog closed (or its element was removed while open).",
    ),
];

/// Why a widget fell back to its static hotline (`kts:fallback`).
pub const FALLBACK_REASONS: [&str; 6] =
    ["wasm", "script", "csp", "no-webassembly", "panic", "error"];

/// The CSS custom properties a page may set on the element.
pub const CSS_PROPERTIES: [(&str, &str, &str); 2] = [
    (
        "--kts-font-family",
        "system-ui, sans-serif",
        "A font stack for the widget.",
    ),
    ("--kts-radius", "12px", "The corner radius."),
];

/// An option's TypeScript type: its listed values as string literals, and
/// any string where it is open-ended.
fn ts_type(accepts: Accepts) -> String {
    let values = accepts.values();
    if values.is_empty() {
        return "string".into();
    }
    let mut text = values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(" | ");
    if accepts.open() {
        // Any string, while editors still suggest the listed ones.
        text.push_str(" | (string & {})");
    }
    text
}

/// The JS API's key for an attribute (`quick-exit` → `quickExit`).
fn camel(name: &str) -> String {
    let mut parts = name.split('-');
    let mut key = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            key.extend(first.to_uppercase());
            key.push_str(chars.as_str());
        }
    }
    key
}

/// A `/** … */` comment for an option.
fn doc(a: &Attribute) -> String {
    format!(
        "  /** {} Default: {}. */\n",
        a.accepts.about(),
        a.accepts.default_text()
    )
}

/// `index.d.ts`.
pub fn types() -> String {
    let mut t = String::from(
        "// Know the Signs: the element, its attributes, its events and the JS API.\n\
         // Written by the build from the widget's option list: do not edit.\n\n",
    );
    for a in ALL {
        t.push_str(&format!(
            "export type KnowTheSigns{} = {};\n",
            pascal(a.name),
            ts_type(a.accepts)
        ));
    }
    t.push_str(&format!(
        "export type KnowTheSignsFallbackReason = {};\n\n",
        FALLBACK_REASONS.map(|r| format!("'{r}'")).join(" | ")
    ));
    t.push_str("/** The element's attributes (for templates and JSX). */\nexport interface KnowTheSignsAttributes {\n");
    for a in ALL {
        t.push_str(&doc(&a));
        t.push_str(&format!(
            "  '{}'?: KnowTheSigns{};\n",
            a.name,
            pascal(a.name)
        ));
    }
    t.push_str("}\n\n/** `KnowTheSigns.mount` and `update`: the attributes by their camel-case keys (the attribute names work too); `null` removes one. */\nexport interface KnowTheSignsOptions {\n");
    for a in ALL {
        let ty = pascal(a.name);
        let level = if a.accepts == Accepts::Level {
            " | 1 | 2 | 3 | 4 | 5 | 6"
        } else {
            ""
        };
        t.push_str(&doc(&a));
        t.push_str(&format!(
            "  {}?: KnowTheSigns{ty}{level} | null;\n",
            camel(a.name)
        ));
        if camel(a.name) != a.name {
            t.push_str(&format!(
                "  '{}'?: KnowTheSigns{ty}{level} | null;\n",
                a.name
            ));
        }
    }
    t.push_str("}\n\n");
    for (name, detail, about) in EVENTS {
        t.push_str(&format!(
            "/** {about} */\nexport type {}Event = CustomEvent<{detail}>;\n",
            event_type(name)
        ));
    }
    t.push_str(
        "\n/** `<know-the-signs>`: options are its attributes; it renders into an open shadow root. */\n\
         export interface KnowTheSignsElement extends HTMLElement {\n\
         \x20 addEventListener<K extends keyof KnowTheSignsEventMap>(type: K, listener: (this: KnowTheSignsElement, ev: KnowTheSignsEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;\n\
         \x20 addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: KnowTheSignsElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;\n\
         \x20 addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;\n\
         }\n\n\
         /** What `KnowTheSigns.mount` returns. */\n\
         export interface KnowTheSignsHandle {\n\
         \x20 readonly element: KnowTheSignsElement;\n\
         \x20 update(options: KnowTheSignsOptions): void;\n\
         \x20 unmount(): void;\n\
         }\n\n\
         /** `window.KnowTheSigns`. */\n\
         export interface KnowTheSignsApi {\n\
         \x20 /** The widget in `target` (or `target` itself if it is a `<know-the-signs>`); `null` if `target` is not an element. */\n\
         \x20 mount(target: Element, options?: KnowTheSignsOptions): KnowTheSignsHandle | null;\n\
         }\n\n\
         /** The `kts:*` events, dispatched on the element; they bubble and cross the shadow root. */\n\
         export interface KnowTheSignsEventMap {\n",
    );
    for (name, ..) in EVENTS {
        t.push_str(&format!("  '{name}': {}Event;\n", event_type(name)));
    }
    t.push_str(
        "}\n\n\
         declare global {\n\
         \x20 interface HTMLElementTagNameMap {\n\
         \x20   'know-the-signs': KnowTheSignsElement;\n\
         \x20 }\n\
         \x20 // They bubble, so a listener on the document or any ancestor hears them.\n\
         \x20 interface HTMLElementEventMap extends KnowTheSignsEventMap {}\n\
         \x20 interface DocumentEventMap extends KnowTheSignsEventMap {}\n\
         \x20 interface Window {\n\
         \x20   KnowTheSigns: KnowTheSignsApi;\n\
         \x20 }\n\
         }\n",
    );
    t
}

/// `quick-exit` → `QuickExit`.
fn pascal(name: &str) -> String {
    let key = camel(name);
    let mut chars = key.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `kts:fallback` → `KnowTheSignsFallback`.
fn event_type(name: &str) -> String {
    format!("KnowTheSigns{}", pascal(name.trim_start_matches("kts:")))
}

/// `custom-elements.json` (Custom Elements Manifest, schema 2.1.0).
pub fn custom_elements() -> Value {
    let attributes: Vec<Value> = ALL
        .iter()
        .map(|a| {
            json!({
                "name": a.name,
                "description": a.accepts.about(),
                "type": { "text": ts_type(a.accepts) },
                "default": format!("\"{}\"", a.accepts.default_text()),
            })
        })
        .collect();
    let events: Vec<Value> = EVENTS
        .iter()
        .map(|(name, detail, about)| {
            json!({ "name": name, "description": about, "type": { "text": format!("CustomEvent<{detail}>") } })
        })
        .collect();
    let properties: Vec<Value> = CSS_PROPERTIES
        .iter()
        .map(|(name, default, about)| json!({ "name": name, "default": default, "description": about }))
        .collect();
    json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": "embed.js",
            "declarations": [{
                "kind": "class",
                "name": "KnowTheSignsElement",
                "tagName": "know-the-signs",
                "customElement": true,
                "superclass": { "name": "HTMLElement", "package": "global:" },
                "summary": "A 'Know the signs / Report' widget about child abuse and child sex trafficking: the region's reporting line and 911 at once, then the signs and how to report.",
                "description": "Renders into an open shadow root. The element's own tel: links are its no-JS fallback. data-state is loading, then ready or fallback.",
                "attributes": attributes,
                "events": events,
                "cssProperties": properties,
            }],
            "exports": [{
                "kind": "custom-element-definition",
                "name": "know-the-signs",
                "declaration": { "name": "KnowTheSignsElement", "module": "embed.js" },
            }],
        }],
    })
}

/// `package.json` for `version`.
pub fn package_json(version: &str) -> Value {
    json!({
        "name": NAME,
        "version": version,
        "description": "Embeddable 'Know the signs / Report' widget about child sex trafficking and child abuse: the reporting line for each US state, and 911.",
        "license": "MIT",
        "keywords": ["child-abuse", "child-trafficking", "hotline", "web-component", "custom-element", "widget"],
        "type": "module",
        "browser": "./embed.js",
        "types": "./index.d.ts",
        "customElements": "custom-elements.json",
        "sideEffects": true,
        "exports": {
            ".": { "types": "./index.d.ts", "default": "./index.js" },
            "./embed.js": "./embed.js",
            "./custom-elements.json": "./custom-elements.json",
            "./package.json": "./package.json",
        },
    })
}

/// A PHP single-quoted string literal.
fn php(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `array(k => v, ...)` from PHP literals.
fn php_array(items: impl IntoIterator<Item = (String, String)>) -> String {
    let items: Vec<String> = items
        .into_iter()
        .map(|(k, v)| format!("{k} => {v}"))
        .collect();
    format!("array({})", items.join(", "))
}

/// The WordPress plugin's `data.php`: what the plugin needs to write form B
/// on the server, from the same code as the builder's snippet (the options'
/// values, each language's region names and own links, the reservation of
/// each shape), so that no number is ever typed in PHP.
pub fn wordpress_data(version: &str) -> String {
    use crate::config::{Config, Layout};
    use crate::html::escape;
    use crate::{content, quick_exit, reserve};
    let list = |accepts: Accepts| {
        php_array(
            accepts
                .values()
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), php(v))),
        )
    };
    let regions = Accepts::Region.values();
    let per_lang = |f: &dyn Fn(&'static str) -> String| {
        php_array(content::languages().map(|lang| (php(lang), f(lang))))
    };
    let config = |region: &str, lang: &'static str, layout: Layout, exit: bool| Config {
        region: content::region_code(region).unwrap_or(content::NATIONAL),
        lang,
        layout,
        quick_exit: exit.then(|| quick_exit::NEUTRAL.to_owned()),
        ..Config::default()
    };
    let names = per_lang(&|lang| {
        let text = content::text(lang).unwrap_or_else(content::default_text);
        let order = content::regions_by_name(text);
        php_array(
            order
                .iter()
                .map(|code| (php(code), php(text.region_name(code)))),
        )
    });
    // Phrasing content (links and line breaks, no paragraphs): WordPress
    // may put a shortcode inside a paragraph of its own (wpautop), and a
    // `<p>` there would close it and leave the element empty.
    let links = per_lang(&|lang| {
        php_array(regions.iter().map(|code| {
            let links: String = config(code, lang, Layout::Panel, false)
                .links()
                .iter()
                .map(|(href, label)| {
                    format!("<a href=\"{}\">{}</a><br>", escape(href), escape(label))
                })
                .collect();
            (php(code), php(&links))
        }))
    });
    let exit_label = per_lang(&|lang| {
        php(content::text(lang)
            .unwrap_or_else(content::default_text)
            .ui
            .exit_label)
    });
    // Each distinct reservation once, and each shape's index into them.
    let mut styles: Vec<String> = Vec::new();
    let mut shape = |region: &str, lang: &'static str, layout: Layout, exit: bool| -> String {
        match reserve::inline_style(reserve::Shape::of(&config(region, lang, layout, exit))) {
            None => "-1".into(),
            Some(style) => {
                let index = styles.iter().position(|s| *s == style).unwrap_or_else(|| {
                    styles.push(style);
                    styles.len() - 1
                });
                index.to_string()
            }
        }
    };
    let mut shapes = Vec::new();
    for layout in Layout::ALL {
        let mut by_lang = Vec::new();
        for lang in content::languages() {
            let mut by_exit = Vec::new();
            for exit in [false, true] {
                let each = regions
                    .iter()
                    .map(|code| (php(code), shape(code, lang, layout, exit)))
                    .collect::<Vec<_>>();
                by_exit.push((u8::from(exit).to_string(), php_array(each)));
            }
            by_lang.push((php(lang), php_array(by_exit)));
        }
        shapes.push((php(layout.name()), php_array(by_lang)));
    }
    let shapes = php_array(shapes);
    let styles = php_array(
        styles
            .iter()
            .enumerate()
            .map(|(i, s)| (i.to_string(), php(s))),
    );
    format!(
        "<?php\n// Generated by the build from src/content/ and the option list (src/package.rs): do not edit.\n\
         defined('ABSPATH') || exit;\n\
         return array(\n\
         \x20 'version' => {},\n\
         \x20 'default_region' => {},\n\
         \x20 'national' => {},\n\
         \x20 'regions' => {},\n\
         \x20 'langs' => {},\n\
         \x20 'layouts' => {},\n\
         \x20 'themes' => {},\n\
         \x20 'neutral_exit' => {},\n\
         \x20 'names' => {names},\n\
         \x20 'links' => {links},\n\
         \x20 'exit_label' => {exit_label},\n\
         \x20 'styles' => {styles},\n\
         \x20 'shapes' => {shapes},\n\
         );\n",
        php(version),
        php(content::DEFAULT_REGION),
        php(content::NATIONAL),
        list(Accepts::Region),
        list(Accepts::Language),
        list(Accepts::Layout),
        list(Accepts::Theme),
        php(quick_exit::NEUTRAL),
    )
}

/// The block's `block.json`: its attributes are the options (camel-case
/// keys, as the JS API's), each a string with its listed values.
pub fn block_json(version: &str) -> Value {
    let mut attributes = serde_json::Map::new();
    for a in ALL {
        let mut attribute = json!({ "type": "string" });
        if !a.accepts.open() && a.accepts != Accepts::Language {
            attribute["enum"] = json!(a.accepts.values());
        }
        attributes.insert(camel(a.name), attribute);
    }
    json!({
        "$schema": "https://schemas.wp.org/trunk/block.json",
        "apiVersion": 2,
        "name": "know-the-signs/widget",
        "version": version,
        "title": "Know the Signs",
        "category": "widgets",
        "icon": "phone",
        "description": "The reporting line for child abuse and trafficking in a US state, and 911; the signs and how to report.",
        "keywords": ["hotline", "child abuse", "trafficking", "report"],
        "textdomain": "know-the-signs",
        "attributes": attributes,
        "supports": { "html": false },
        "editorScript": "file:./editor.js",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_has_every_option_with_its_values_and_default() {
        let cem = custom_elements();
        let element = &cem["modules"][0]["declarations"][0];
        assert_eq!(element["tagName"], "know-the-signs");
        let attributes = element["attributes"].as_array().unwrap();
        let names: Vec<_> = attributes
            .iter()
            .map(|a| a["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, crate::attributes::NAMES);
        assert_eq!(attributes[0]["default"], "\"US-CO\"");
        let layout = attributes[2]["type"]["text"].as_str().unwrap();
        assert_eq!(layout, "'panel' | 'banner' | 'button'");
        let region = attributes[0]["type"]["text"].as_str().unwrap();
        assert!(
            region.starts_with("'US' | ") && region.contains("'US-NY'"),
            "{region}"
        );
        assert_eq!(element["events"].as_array().unwrap().len(), EVENTS.len());
    }

    #[test]
    fn the_types_declare_the_element_its_events_and_the_api() {
        let t = types();
        assert!(t.contains("'know-the-signs': KnowTheSignsElement;"));
        assert!(
            t.contains("export type KnowTheSignsLayout = 'panel' | 'banner' | 'button';"),
            "{t}"
        );
        assert!(
            t.contains("export type KnowTheSignsAccent = string;"),
            "{t}"
        );
        assert!(
            t.contains("export type KnowTheSignsQuickExit = 'off' | 'on' | (string & {});"),
            "{t}"
        );
        assert!(
            t.contains("  quickExit?: KnowTheSignsQuickExit | null;\n  'quick-exit'?:"),
            "{t}"
        );
        assert!(
            t.contains("  headingLevel?: KnowTheSignsHeadingLevel | 1 | 2 | 3 | 4 | 5 | 6 | null;"),
            "{t}"
        );
        assert!(t.contains("'kts:call': KnowTheSignsCallEvent;"));
        assert!(t.contains("KnowTheSigns: KnowTheSignsApi;"));
    }

    #[test]
    fn the_plugins_data_has_every_regions_own_links_in_every_language() {
        use crate::config::Config;
        use crate::content;
        let php = wordpress_data("9.8.7");
        assert!(php.starts_with("<?php\n") && php.contains("'version' => '9.8.7'"));
        for lang in content::languages() {
            for code in Accepts::Region.values() {
                let region = content::region_code(&code).unwrap();
                let config = Config {
                    region,
                    lang,
                    ..Config::default()
                };
                for (href, _) in config.links() {
                    assert!(
                        php.contains(&format!("<a href=\"{href}\">")),
                        "{lang} {code}: {href}"
                    );
                }
            }
        }
        // Links and line breaks only: no paragraph that could break out of
        // one WordPress wrapped the shortcode in.
        assert!(!php.contains("<p>"));
    }

    #[test]
    fn the_blocks_attributes_are_the_options() {
        let block = block_json("9.8.7");
        let keys: Vec<_> = block["attributes"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        let mut want: Vec<_> = ALL.iter().map(|a| camel(a.name)).collect();
        want.sort();
        assert_eq!(keys, want);
        assert_eq!(
            block["attributes"]["layout"]["enum"],
            json!(["panel", "banner", "button"])
        );
    }

    #[test]
    fn the_package_names_its_manifest_types_and_entry() {
        let p = package_json("9.8.7");
        assert_eq!(p["version"], "9.8.7");
        assert_eq!(p["customElements"], "custom-elements.json");
        assert_eq!(p["exports"]["."]["default"], "./index.js");
    }
}
