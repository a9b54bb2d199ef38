//! The three views' sections, and the switch between them. A view's
//! section titles are in the widget; its words are in a file beside it
//! (src/poster/view.rs), fetched the first time a reader opens one of them.

use super::{OnClick, handler};
use crate::config::Audience;
use crate::content::Text;
use crate::html::{self, Html};
use crate::poster;
use crate::widget::{embed, fetch};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Node};

/// The view shown. Its name is kept in a `RwSignal<&'static str>`, the
/// type the region's signal already has: each type of signal carries its
/// own copy of Leptos' code in the wasm.
#[derive(Clone, Copy)]
pub struct Viewing(RwSignal<&'static str>);

impl Viewing {
    pub fn new(audience: Audience) -> Self {
        Viewing(RwSignal::new(audience.name()))
    }

    /// The view shown, tracked.
    pub fn get(self) -> Audience {
        Audience::named(self.0.get())
    }

    fn get_untracked(self) -> Audience {
        Audience::named(self.0.get_untracked())
    }

    fn set(self, audience: Audience) {
        self.0.set(audience.name());
    }
}

/// Line `part` of the view file for the region shown (one section's
/// words, or its sources), built when its disclosure first opens and again
/// when the reader picks another region.
#[component]
pub fn Part(
    /// The words of the reader's language.
    text: &'static Text,
    /// The view it belongs to.
    audience: Audience,
    /// The region shown.
    region: RwSignal<&'static str>,
    /// The level of its disclosure's heading.
    level: u8,
    /// Which line of the file.
    part: usize,
) -> impl IntoView {
    move || {
        let code = region.get();
        let file = embed::base().map(|base| {
            let path = poster::view_path(audience, code, text.lang);
            format!("{base}{path}")
        });
        // Type-erased and optional like the sections and disclosures, so all
        // of them share one reactive view type.
        Some(view! { <Fetched text file level part /> }.into_any())
    }
}

thread_local! {
    /// The view files fetched so far, kept for the page's life: a section
    /// opened again, or another of the same view, needs no second request.
    /// A few KB each, and only the views a reader opens.
    static FILES: RefCell<Vec<(String, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// The view file at `url`, fetched once.
async fn view_file(url: String) -> Option<&'static str> {
    let kept = FILES.with_borrow(|files| files.iter().find(|(u, _)| *u == url).map(|(_, f)| *f));
    if kept.is_some() {
        return kept;
    }
    let file: &'static str = fetch::text(&url).await?.leak();
    FILES.with_borrow_mut(|files| files.push((url, file)));
    Some(file)
}

/// What a part's signal holds while its file loads. A line of a view file
/// is never empty (src/poster/view.rs tests it).
const LOADING: &str = "";
/// What it holds if the file cannot be had: never a line of a view file,
/// whose lines all start with `<`.
const FAILED: &str = "!";

/// Line `part` of a view's file, fetched when first shown (or read from
/// the files kept), its headings moved below a disclosure heading at
/// `level`. It says so while it loads, and if it cannot load, says that the
/// lines above still work: the hotline never depends on it.
#[component]
fn Fetched(
    /// The words of the reader's language.
    text: &'static Text,
    /// The file's address (`None` before www/start.js has said where the
    /// widget's folder is).
    file: Option<String>,
    /// The level of its disclosure's heading.
    level: u8,
    /// Which line of it.
    part: usize,
) -> impl IntoView {
    let html = RwSignal::new(LOADING);
    spawn_local(async move {
        let got = match file {
            Some(file) => view_file(file).await,
            None => None,
        };
        let line = got.and_then(|all| all.split_terminator('\n').nth(part));
        // `try_set`: the reader may have switched views by then.
        let _ = html.try_set(line.unwrap_or(FAILED));
    });
    let shown = move || {
        let note = |words: &str| {
            let mut h = Html::default();
            h.element("p", "kts-note", words);
            h.finish()
        };
        match html.get() {
            LOADING => note(text.ui.view_loading),
            FAILED => note(text.ui.view_failed),
            part => html::shift_headings(part, level as i8 + 1 - poster::VIEW_LEVEL as i8),
        }
    };
    view! { <div class="kts-blocks" inner_html=shown></div> }
}

/// A view's name on the switch.
pub fn label(text: &Text, audience: Audience) -> &'static str {
    match audience {
        Audience::Adult => text.ui.view_adult,
        Audience::Youth => text.ui.view_youth,
        Audience::Reporter => text.ui.view_reporter,
    }
}

/// A button for each of the two views not shown ("Is this happening to
/// you?", "I work with children", "I'm worried about a child"). The
/// sections below change to the chosen view, and focus moves to its first
/// section, whose title a screen reader then reads. Nothing is remembered.
#[component]
pub fn Switch(
    /// The words of the reader's language.
    text: &'static Text,
    /// The view shown; the buttons set it.
    viewing: Viewing,
) -> impl IntoView {
    let shown = viewing.get_untracked();
    let button = |to: Audience| {
        let go: OnClick = handler(move |ev: leptos::ev::MouseEvent| {
            let root = ev.target().and_then(|t| t.dyn_into::<Node>().ok());
            viewing.set(to);
            // After the sections are built again.
            if let Some(root) = root.map(|n| n.get_root_node()) {
                set_timeout(move || focus_first_section(&root), Duration::ZERO);
            }
        });
        view! {
            <button type="button" class="kts-tool" on:click:capture=go>{label(text, to)}</button>
        }
    };
    let [first, second] = others(shown);
    view! { <div class="kts-switch">{button(first)}{button(second)}</div> }
}

/// The two views other than `shown`, the adult's first.
fn others(shown: Audience) -> [Audience; 2] {
    match shown {
        Audience::Adult => [Audience::Youth, Audience::Reporter],
        Audience::Youth => [Audience::Adult, Audience::Reporter],
        Audience::Reporter => [Audience::Adult, Audience::Youth],
    }
}

/// Focuses the first section's button in `root` (the widget's shadow root,
/// or the frame's document).
fn focus_first_section(root: &Node) {
    const FIRST: &str = ".kts-sections .kts-toggle";
    let found = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.query_selector(FIRST),
        None => root
            .dyn_ref::<web_sys::Document>()
            .map_or(Ok(None), |d| d.query_selector(FIRST)),
    };
    let first = found
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(button) = first {
        let _ = button.focus();
    }
}
