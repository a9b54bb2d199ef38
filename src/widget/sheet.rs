//! The widget's stylesheet (www/widget.css, minified by build.rs into the
//! wasm), built once and shared by every shadow root on the page.

use web_sys::CssStyleSheet;

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|s| s.replace_sync(include_str!(concat!(env!("OUT_DIR"), "/widget.css"))).is_ok());
}

/// Runs `f` with the sheet (`None` if the browser refused to build it: the
/// widget then works unstyled).
pub fn with<R>(f: impl FnOnce(Option<&CssStyleSheet>) -> R) -> R {
    SHEET.with(|s| f(s.as_ref()))
}
