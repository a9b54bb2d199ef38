//! The async clipboard API, looked up at run time: it is missing outside
//! secure contexts and in old browsers, and calling it there must not throw
//! into the wasm.

use wasm_bindgen::JsCast;

/// Starts copying `text`; the promise settles when the browser has (or has
/// not) written it. `None` when there is no clipboard API to ask.
pub fn write(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
}
