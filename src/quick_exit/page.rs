//! Quick exit on the page: one key listener per page however many widgets
//! turn it on (and none when none does), the cover that hides the page at
//! once, and the `pageshow` handler that removes it when the reader comes
//! back with Back. In the iframe form the frame cannot see the host page's
//! keys, so exit is by click only, and it leaves the whole tab.

use crate::quick_exit::{ShiftCounter, Step, WINDOW_MS};
use crate::widget::styled;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlDialogElement, KeyboardEvent, PageTransitionEvent};

/// What the screen-reader status says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Idle,
    Remaining(u8),
    Expired,
}

struct Exit {
    counter: ShiftCounter,
    /// The address the last widget with quick exit on leaves to.
    target: String,
    status: ArcRwSignal<Status>,
    /// How many exit links are on the page (the button layout has two):
    /// Shift counts only while there is one.
    users: u32,
}

thread_local! {
    static EXIT: RefCell<Option<Exit>> = const { RefCell::new(None) };
}

const COVER_ID: &str = "kts-exit-cover";

/// Turns quick exit on for the page (the first call) for one exit link and
/// returns the status signal the widgets announce; later calls only update
/// the address. Each call is undone by one `release`.
pub fn enable(target: &str) -> ArcRwSignal<Status> {
    let mut first = false;
    let status = EXIT.with_borrow_mut(|e| {
        let exit = e.get_or_insert_with(|| {
            first = true;
            Exit {
                counter: ShiftCounter::default(),
                target: String::new(),
                // Reference-counted rather than owned by a component: it
                // lives as long as the page's listener, whichever widgets
                // come and go.
                status: ArcRwSignal::new(Status::Idle),
                users: 0,
            }
        });
        exit.users += 1;
        exit.target = target.to_owned();
        exit.status.clone()
    });
    // Once per page: the state above is never taken down.
    if first && !in_frame() {
        listen();
    }
    status
}

/// An exit link is gone (its widget removed, or quick exit turned off):
/// with the last one, Shift no longer leaves the page. A reader typing in
/// a single-page app's form after the widget has left must stay.
pub fn release() {
    EXIT.with_borrow_mut(|e| {
        if let Some(exit) = e.as_mut() {
            exit.users = exit.users.saturating_sub(1);
            if exit.users == 0 {
                exit.counter.reset();
                exit.status.set(Status::Idle);
            }
        }
    });
}

fn listen() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let down = Closure::<dyn FnMut(KeyboardEvent)>::new(|e: KeyboardEvent| {
        EXIT.with_borrow_mut(|x| {
            x.as_mut().filter(|x| x.users > 0).map(|x| {
                x.counter
                    .key_down(&e.key(), e.alt_key() || e.ctrl_key() || e.meta_key())
            })
        });
    });
    let up = Closure::<dyn FnMut(KeyboardEvent)>::new(|e: KeyboardEvent| on_key_up(&e.key()));
    let shown = Closure::<dyn FnMut(PageTransitionEvent)>::new(|e: PageTransitionEvent| {
        if e.persisted() {
            uncover();
        }
    });
    // Capture: the page's own handlers cannot swallow the presses.
    let _ = window.add_event_listener_with_callback_and_bool(
        "keydown",
        down.as_ref().unchecked_ref(),
        true,
    );
    let _ = window.add_event_listener_with_callback_and_bool(
        "keyup",
        up.as_ref().unchecked_ref(),
        true,
    );
    let _ = window.add_event_listener_with_callback("pageshow", shown.as_ref().unchecked_ref());
    // The listeners live as long as the page; without an exit link they
    // count nothing.
    down.forget();
    up.forget();
    shown.forget();
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn on_key_up(key: &str) {
    let step = EXIT.with_borrow_mut(|x| {
        x.as_mut().filter(|x| x.users > 0).map(|x| {
            (
                x.counter.key_up(key, now()),
                x.status.clone(),
                x.target.clone(),
            )
        })
    });
    let Some((step, status, target)) = step else {
        return;
    };
    match step {
        Step::Ignored => {}
        Step::Remaining(n) => {
            status.set(Status::Remaining(n));
            expire_later();
        }
        Step::Exit => leave(&target),
    }
}

/// Announces "expired" if the window passes without the third press.
fn expire_later() {
    let check = Closure::once_into_js(|| {
        EXIT.with_borrow_mut(|x| {
            if let Some(x) = x.as_mut().filter(|x| x.counter.expired(now())) {
                x.counter.reset();
                x.status.set(Status::Expired);
            }
        })
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            check.unchecked_ref(),
            WINDOW_MS as i32 + 50,
        );
    }
}

/// True inside an iframe (form C).
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window),
        _ => false,
    }
}

/// Hides the page at once under a plain cover, then leaves for `target`;
/// from an iframe, the whole tab leaves (a click allows that).
pub fn leave(target: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        cover(&document);
    }
    let tab = match window.top() {
        Ok(Some(top)) => top,
        _ => window,
    };
    // `href`, not `replace`: GOV.UK's research keeps the page in history.
    let _ = tab.location().set_href(target);
}

/// A modal `<dialog>`: shown last, it is on top of the top layer, so it
/// also hides a modal dialog that is open (the button layout's panel, or one
/// of the page's own), which no z-index can cover, and it makes the page
/// under it inert. Escape would close it: the first is refused, and a
/// second (which the browser no longer lets a page refuse) shows it again.
/// Every property is `!important` and animations are off, so the page's own
/// dialog styles cannot fade it in or hide it.
fn cover(document: &web_sys::Document) {
    if let Some(cover) = document.get_element_by_id(COVER_ID) {
        show(&cover);
        return;
    }
    let Some(cover) = styled::element(
        document,
        "dialog",
        &[
            ("display", "block"),
            ("position", "fixed"),
            ("inset", "0"),
            ("width", "100%"),
            ("height", "100%"),
            ("max-width", "none"),
            ("max-height", "none"),
            ("margin", "0"),
            ("padding", "0"),
            ("border", "0"),
            ("z-index", "2147483647"),
            ("background", "#ffffff"),
            ("opacity", "1"),
            ("visibility", "visible"),
            ("transform", "none"),
            ("transition", "none"),
            ("animation", "none"),
        ],
    ) else {
        return;
    };
    cover.set_id(COVER_ID);
    let refuse = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    let reshow = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        if let Some(cover) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            show(&cover);
        }
    });
    let _ = cover.add_event_listener_with_callback("cancel", refuse.as_ref().unchecked_ref());
    let _ = cover.add_event_listener_with_callback("close", reshow.as_ref().unchecked_ref());
    // They live as long as the cover, which lives until the page is left.
    refuse.forget();
    reshow.forget();
    if let Some(root) = document.document_element() {
        let _ = root.append_child(&cover);
    }
    show(&cover);
}

/// Shows the cover as a modal, or in place where that fails (not above a
/// modal then, but above everything else).
fn show(cover: &web_sys::Element) {
    let dialog: &HtmlDialogElement = cover.unchecked_ref();
    if !dialog.open() && dialog.show_modal().is_err() {
        let _ = cover.set_attribute("open", "");
    }
}

fn uncover() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(cover) = document.and_then(|d| d.get_element_by_id(COVER_ID)) {
        cover.remove();
    }
}
