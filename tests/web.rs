//! Browser tests of the mounted widget (wasm-bindgen-test in headless
//! Chromium): it renders into a shadow root, its call links carry the right
//! numbers, and its disclosures are buttons that open and close.
#![cfg(target_arch = "wasm32")]

use know_the_signs::embed::{Widget, mount};
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element on the page, with `attrs`, and its open shadow root.
fn host(attrs: &[(&str, &str)]) -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    for (name, value) in attrs {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    (host, root)
}

fn mounted(attrs: &[(&str, &str)]) -> (HtmlElement, ShadowRoot, Widget) {
    let (host, root) = host(attrs);
    let widget = mount(host.clone(), root.clone()).expect("mounts");
    (host, root, widget)
}

fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default()
}

/// Leptos updates the DOM after a signal changes; let it run first.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn the_panel_mounts_inside_the_shadow_root_only() {
    let (host, root, _widget) = mounted(&[]);
    assert!(root.query_selector(".kts").unwrap().is_some());
    assert_eq!(
        host.child_element_count(),
        0,
        "nothing may leak into the host page"
    );
    assert_eq!(
        one(&root, ".kts").get_attribute("lang").as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
fn the_banner_calls_the_colorado_hotline_and_911() {
    let (_host, root, _widget) = mounted(&[]);
    let hrefs: Vec<_> = all(&root, ".kts-hotline a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs, ["tel:+18442645437", "tel:911"]);
    let banner = text(&one(&root, ".kts-hotline"));
    for words in [
        "Colorado Child Abuse and Neglect Hotline",
        "1-844-CO-4-KIDS",
        "1-844-264-5437",
        "24 hours a day",
        "If a child is in immediate danger, call",
        "You don't have to be an expert",
    ] {
        assert!(banner.contains(words), "banner lacks {words:?}: {banner}");
    }
}

#[wasm_bindgen_test]
async fn disclosures_open_and_close_by_click() {
    let (_host, root, _widget) = mounted(&[]);
    let toggles = all(&root, ".kts-toggle");
    let titles: Vec<_> = toggles.iter().map(text).collect();
    assert_eq!(
        titles,
        [
            "Know the signs",
            "Who is at risk and how children are recruited",
            "What to do"
        ]
    );
    for toggle in toggles {
        let body = root
            .get_element_by_id(&toggle.get_attribute("aria-controls").unwrap())
            .unwrap();
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        assert!(body.has_attribute("hidden"), "closed at first");
        toggle.unchecked_ref::<HtmlElement>().click();
        tick().await;
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("true")
        );
        assert!(!body.has_attribute("hidden"));
        toggle.unchecked_ref::<HtmlElement>().click();
        tick().await;
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        assert!(body.has_attribute("hidden"));
    }
}

#[wasm_bindgen_test]
fn disclosures_are_native_buttons_in_the_tab_order() {
    let (_host, root, _widget) = mounted(&[]);
    for toggle in all(&root, ".kts-toggle") {
        // A native <button type="button"> is what makes Enter and Space work
        // (Playwright presses the real keys in tests/e2e).
        assert_eq!(toggle.tag_name(), "BUTTON");
        assert_eq!(toggle.get_attribute("type").as_deref(), Some("button"));
        let toggle: HtmlElement = toggle.unchecked_into();
        assert!(toggle.tab_index() >= 0);
        toggle.focus().unwrap();
        assert_eq!(
            root.active_element().as_ref(),
            Some(toggle.unchecked_ref::<Element>())
        );
    }
}

#[wasm_bindgen_test]
fn the_signs_come_with_the_caveat_and_the_steps_with_calls() {
    let (_host, root, _widget) = mounted(&[]);
    let signs = text(&one(&root, "[data-section=signs]"));
    assert!(signs.contains("No single sign proves abuse or trafficking"));
    let risk = text(&one(&root, "[data-section=risk]"));
    assert!(risk.contains("parent") && risk.contains("online"), "{risk}");
    let act = one(&root, "[data-section=act]");
    assert!(text(&act).contains("Don't confront"));
    let calls: Vec<_> = all(&root, "[data-section=act] a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(calls, ["tel:911", "tel:+18442645437"]);
}

#[wasm_bindgen_test]
async fn an_attribute_change_rerenders_and_unmount_cleans_up() {
    let (host, root, mut widget) = mounted(&[]);
    host.set_attribute("region", "US").unwrap();
    widget.update();
    tick().await;
    let hrefs: Vec<_> = all(&root, ".kts-hotline a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        ["tel:+18883737888", "tel:911"],
        "no state line: national hotline and 911"
    );
    widget.unmount();
    assert!(root.query_selector(".kts").unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_tap_on_a_call_link_reports_kts_call_without_personal_data() {
    let (host, root, _widget) = mounted(&[]);
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = seen.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            e.prevent_default(); // no real dialling in the test browser
            let detail = e.detail();
            let get = |k: &str| {
                js_sys::Reflect::get(&detail, &k.into())
                    .unwrap()
                    .as_string()
            };
            log.borrow_mut().push((get("line"), get("channel")));
        });
    host.add_event_listener_with_callback("kts:call", listener.as_ref().unchecked_ref())
        .unwrap();
    let stop = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    host.add_event_listener_with_callback("click", stop.as_ref().unchecked_ref())
        .unwrap();
    one(&root, ".kts-call")
        .unchecked_ref::<HtmlElement>()
        .click();
    assert_eq!(
        *seen.borrow(),
        [(Some("us-co-hotline".to_string()), Some("tel".to_string()))]
    );
    drop((listener, stop));
}
