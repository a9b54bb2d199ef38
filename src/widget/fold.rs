//! A folded widget. The page drew the element without reserving the
//! widget's height (a hand-written tag, form A, or the builder's snippet
//! under a CSP that refuses its inline style), so showing the whole widget
//! at once would push the page's text down. The loader's static hotline
//! stays as the first view instead, the widget is built hidden beside it
//! (`embed::mount`), and one control unfolds it: the builder's snippet's
//! own last link, or a button at the end of the hotline. The page's text
//! moves only then, on the reader's request.

use crate::config::{Config, Layout};
use crate::content;
use crate::quick_exit::page as exit;
use crate::widget::components::stage;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{Element, HtmlElement, MouseEvent, ShadowRoot};

/// What folds and unfolds one widget.
pub struct Fold {
    state: Rc<State>,
    /// The folded hotline's controls and their click handlers, kept as
    /// long as the widget.
    clicks: Vec<(HtmlElement, Click)>,
}

/// A control's click handler.
type Click = Closure<dyn FnMut(MouseEvent)>;

impl Drop for Fold {
    fn drop(&mut self) {
        self.forget();
    }
}

/// A click that unfolds the widget: the static hotline goes, the widget
/// shows.
fn unfold(state: &Rc<State>, hotline: &Element) -> Click {
    let (state, hotline) = (Rc::clone(state), hotline.clone());
    Closure::new(move |e: MouseEvent| {
        e.prevent_default();
        hotline.remove();
        state.unfold();
    })
}

/// A click that leaves for `target` the way quick exit does.
fn leave(target: String) -> Click {
    Closure::new(move |e: MouseEvent| {
        e.prevent_default();
        exit::leave(&target);
    })
}

struct State {
    /// The widget's top element, hidden while folded.
    container: HtmlElement,
    /// How much of the widget is built (`stage`).
    step: RwSignal<u8>,
    /// Unfolded before the widget was whole: its first section opens once
    /// it is.
    pending: Cell<bool>,
}

impl Fold {
    /// `container` is shown unless `folded`.
    pub fn new(container: HtmlElement, step: RwSignal<u8>, folded: bool) -> Fold {
        container.set_hidden(folded);
        let state = Rc::new(State {
            container,
            step,
            pending: Cell::new(false),
        });
        Fold {
            state,
            clicks: Vec::new(),
        }
    }

    /// Puts the button that unfolds the widget, in the language of
    /// `config`, at the end of the loader's static hotline, if the widget is
    /// still folded: after mount, and again after the loader wrote a new
    /// hotline for changed options. With quick exit on, "Exit this page"
    /// goes before it: the widget's own exit bar is folded away too (Shift
    /// three times works all the same).
    pub fn attach(&mut self, root: &ShadowRoot, config: &Config) -> Result<(), JsValue> {
        let state = Rc::clone(&self.state);
        if !state.container.hidden() {
            return Ok(());
        }
        let Some(hotline) = root
            .first_element_child()
            .filter(|e| e != state.container.as_ref())
        else {
            return Ok(());
        };
        // Options changed to the floating button, which takes no room.
        if config.layout == Layout::Button {
            hotline.remove();
            state.container.set_hidden(false);
            return Ok(());
        }
        // The builder's snippet has a line of its own for this, its last
        // link (snippet::more_line): it unfolds the widget, and its exit
        // link leaves as the widget's does, so nothing is added to what the
        // page drew.
        let host = root.host();
        if let Some(more) = host.query_selector(":scope > p > a[data-kts-more]")? {
            self.forget();
            self.listen(more.unchecked_into(), unfold(&state, &hotline));
            let exit = config.quick_exit.as_deref().and_then(|target| {
                let link = host.query_selector(":scope > p > a[href]").ok()??;
                (link.get_attribute("href").as_deref() == Some(target))
                    .then(|| (link, target.to_owned()))
            });
            if let Some((link, target)) = exit {
                self.listen(link.unchecked_into(), leave(target));
            }
            return Ok(());
        }
        if hotline.query_selector(".kts-unfold")?.is_some() {
            return Ok(());
        }
        let document = root.owner_document().ok_or("no document")?;
        let text = content::text(config.lang).unwrap_or_else(content::default_text);
        // On the last line of the static hotline's own links, where it has
        // room (form B's own links are in a slot, the box's last child).
        let last = hotline
            .last_element_child()
            .filter(|e| e.local_name() == "p");
        let line = last.unwrap_or_else(|| hotline.clone());
        self.forget();
        let mut control = |tag: &str, label: &str, click: Click| {
            let element: HtmlElement = document.create_element(tag)?.unchecked_into();
            element.set_class_name("kts-unfold");
            element.set_lang(text.lang);
            element.set_text_content(Some(label));
            // A space before it: a line may break there, so the text before
            // it stays on its line when the control does not fit.
            line.append_with_str_1(" ")?;
            line.append_child(&element)?;
            self.listen(element.clone(), click);
            Ok::<_, JsValue>(element)
        };
        if let Some(target) = config.quick_exit.clone() {
            let link = control("a", text.ui.exit_label, leave(target.clone()))?;
            link.set_attribute("href", &target)?;
            link.set_attribute("rel", "nofollow noreferrer")?;
        }
        let unfold = unfold(&state, &hotline);
        control("button", text.ui.more, unfold)?.set_attribute("type", "button")?;
        Ok(())
    }

    /// `click` handles `element`'s clicks until the widget goes.
    fn listen(&mut self, element: HtmlElement, click: Click) {
        element.set_onclick(Some(click.as_ref().unchecked_ref()));
        self.clicks.push((element, click));
    }

    /// Takes the handlers off their controls: a control of the page's own
    /// (the snippet's links) works as a plain link again.
    fn forget(&mut self) {
        for (element, _) in self.clicks.drain(..) {
            element.set_onclick(None);
        }
    }

    /// What to run once the widget is whole: opens its first section if the
    /// reader unfolded it before.
    pub fn when_built(&self) -> impl FnOnce() + 'static {
        let state = Rc::clone(&self.state);
        move || {
            if state.pending.take() {
                open_first_section(&state.container);
            }
        }
    }
}

impl State {
    fn unfold(&self) {
        self.container.set_hidden(false);
        if self.step.try_get_untracked() == Some(stage::DONE) {
            open_first_section(&self.container);
        } else {
            self.pending.set(true);
        }
    }
}

/// Opens the widget's first section (the signs) and moves focus to its
/// button, so that a screen reader says where the reader landed: "Know the
/// signs, expanded".
fn open_first_section(container: &HtmlElement) {
    if let Ok(Some(button)) = container.query_selector(".kts-toggle[aria-expanded=false]") {
        let button: HtmlElement = button.unchecked_into();
        button.click();
        let _ = button.focus();
    }
}
