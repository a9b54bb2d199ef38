//! Adding a region is a change to data alone (`src/content/*.json`,
//! `docs/adding-a-region.md`): no shipped code names a state.
#![cfg(not(target_arch = "wasm32"))]

/// Every region's lines and words are data (src/content): no code that
/// ships names a state, so adding one never means a change to code. The
/// default region is the one exception, named once (`DEFAULT_REGION`).
#[test]
fn no_code_names_a_region() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("www/embed.js"), root.join("www/start.js")];
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.ends_with("patches") && !path.ends_with("bin") {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // The code before its tests.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let code = code.split("#[cfg(all(test").next().unwrap_or_default();
        for (i, _) in code.match_indices("\"US-") {
            let literal = &code[i..code.len().min(i + 7)];
            let allowed =
                literal == "\"US-CO\"" && code.contains("DEFAULT_REGION: &str = \"US-CO\"");
            // `"US-"` alone is the form of a code, not a state.
            let form = literal.starts_with("\"US-\"") || literal == "\"US-XX";
            assert!(allowed || form, "{}: {literal}", file.display());
        }
    }
}
