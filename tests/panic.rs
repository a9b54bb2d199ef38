//! A real panic in the widget's module, in a real browser: the hook that
//! `mount` installs reports it to the loader (`kts:panic` on the document,
//! with the message and where), which puts every widget back to its static
//! hotline (tests/e2e/failures.test.mjs). A test file of its own: after a
//! panic the module is stopped, so nothing else may run in this instance.
#![cfg(target_arch = "wasm32")]

use know_the_signs::widget::embed::mount;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits `ms` milliseconds on the page's clock.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_after_mount_reaches_the_loader_with_its_message_and_place() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let _widget = mount(host, root, None, false).expect("mounts"); // installs the hook

    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let log = seen.clone();
    let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |e: CustomEvent| {
        let message = js_sys::Reflect::get(&e.detail(), &"message".into()).unwrap();
        log.borrow_mut()
            .push(message.as_string().unwrap_or_default());
    });
    document
        .add_event_listener_with_callback("kts:panic", listener.as_ref().unchecked_ref())
        .unwrap();
    // In a task of its own, as a panic in an event handler would be: the
    // test itself goes on (the page reports the trap as an uncaught error).
    let line = line!() + 4;
    // `-> ()`: a closure that only panics would return `!`, which
    // wasm-bindgen cannot hand to JavaScript.
    let boom = Closure::once_into_js(|| -> () {
        panic!("boom in a handler");
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;
    assert_eq!(
        *seen.borrow(),
        [format!("boom in a handler at tests/panic.rs:{line}")]
    );
    drop(listener);
}
