//! The async clipboard API, looked up at run time: it is missing outside
//! secure contexts and in old browsers, and calling it there must not throw
//! into the wasm.

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

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

/// Copies `text`, then tells `done` whether the browser wrote it: the API
/// can be missing, or refused (an iframe without `allow="clipboard-write"`),
/// and a reader must not be told "copied" when nothing was.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(promise) = write(text) else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = |ok: bool| {
        let done = done.clone();
        Closure::once(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(ok);
            }
        })
    };
    let (written, refused) = (settle(true), settle(false));
    let _ = promise.then2(&written, &refused);
    // Each runs at most once, and only one of them runs at all.
    written.forget();
    refused.forget();
}
