//! The release's one version number (Cargo.toml, which also names the
//! pinned `dist/v1.x.y/` folder) has its entry, newest first, in
//! CHANGELOG.md.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_changelog_starts_with_this_versions_entry() {
    let log = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CHANGELOG.md"))
        .expect("CHANGELOG.md is readable");
    let newest = log
        .lines()
        .find(|l| l.starts_with("## ["))
        .expect("a release entry");
    let want = format!("## [{}] - ", env!("CARGO_PKG_VERSION"));
    assert!(newest.starts_with(&want), "{newest:?} is not {want:?}…");
    let date = &newest[want.len()..];
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "{date:?}"
    );
}
