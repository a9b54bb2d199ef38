//! Printing the page prints every section open (widget.css), but a
//! disclosure builds its content only when it is first opened. So every
//! disclosure also reads `printed`, which the first `beforeprint` sets: the
//! open ones build at once, and any made after it (the banner's sections are
//! inside its own disclosure) are built from the start. A printed page
//! carries the signs, not empty boxes.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

thread_local! {
    /// 1 once the page has been printed.
    static PRINTED: RwSignal<u8> = {
        // Owned by no widget, so that removing one does not dispose it: it
        // lives as long as the page, like its listener.
        let owner = Owner::new_root(None);
        let printed = owner.with(|| RwSignal::new(0));
        std::mem::forget(owner);
        listen(printed);
        printed
    };
}

/// Whether the page has been printed, tracked.
pub fn printed() -> bool {
    PRINTED.with(|p| p.get() != 0)
}

fn listen(printed: RwSignal<u8>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Leptos builds the content in a microtask, which the browser runs
    // after this listener and before it lays the page out for print.
    let on_print = Closure::<dyn FnMut()>::new(move || {
        if printed.get_untracked() == 0 {
            printed.set(1);
        }
    });
    let _ =
        window.add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
    // One per page, like the quick-exit listeners.
    on_print.forget();
}
