//! Browser tests of the mounted widget (wasm-bindgen-test in headless
//! Chromium): it renders into a shadow root, its call links carry the right
//! numbers, and its disclosures are buttons that open and close.
#![cfg(target_arch = "wasm32")]

use know_the_signs::widget::embed::{Widget, mount};
use know_the_signs::widget::warm::warm;
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

/// A widget mounted for `attrs`, once all of it is built (the first mount
/// builds the hotline; the rest follows one step per task).
async fn mounted(attrs: &[(&str, &str)]) -> (HtmlElement, ShadowRoot, Widget) {
    let (host, root) = host(attrs);
    let widget = mount(host.clone(), root.clone(), None, false).expect("mounts");
    for _ in 0..know_the_signs::widget::components::stage::DONE {
        tick().await;
    }
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

/// Serves the views' files below `base` from `files` (path, text) in place
/// of the network, and tells the widget its folder is `base`. The widget
/// keeps the files it fetched for the page's life, so each test takes a
/// base of its own; any other address answers 404.
fn serve(base: &str, files: &[(&str, &str)]) {
    let map = js_sys::Object::new();
    for (path, body) in files {
        js_sys::Reflect::set(&map, &format!("{base}{path}").into(), &(*body).into()).unwrap();
    }
    let make = js_sys::Function::new_with_args(
        "map",
        "return (url) => Promise.resolve(url in map ? new Response(map[url]) : new Response('', { status: 404 }));",
    );
    let fetch = make.call1(&wasm_bindgen::JsValue::NULL, &map).unwrap();
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"fetch".into(), &fetch).unwrap();
    know_the_signs::widget::embed::set_base(base.into());
}

/// A view file for the adult view: four sections' lines, the last About's.
const ADULT: &str = "<p>The signs.</p>\n<p>Who is at risk.</p>\n<h4 class=\"kts-h\">Call</h4><p><a class=\"kts-link kts-tel\" href=\"tel:911\" data-line=\"us-911\" data-channel=\"tel\">911</a></p>\n<p>Sources.</p><ul><li><a class=\"kts-link kts-web\" href=\"https://example.org/\">A page</a></li></ul>\n";

#[wasm_bindgen_test]
async fn the_panel_mounts_inside_the_shadow_root_only() {
    let (host, root, _widget) = mounted(&[]).await;
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
async fn the_banner_calls_the_colorado_hotline_and_911() {
    let (_host, root, _widget) = mounted(&[]).await;
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
    let (_host, root, _widget) = mounted(&[]).await;
    let toggles = all(&root, ".kts-toggle");
    let titles: Vec<_> = toggles.iter().map(text).collect();
    assert_eq!(
        titles,
        [
            "Know the signs",
            "Who is at risk and how children are recruited",
            "What to do",
            "About this information"
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
        assert!(!rendered(&body), "closed at first");
        toggle.unchecked_ref::<HtmlElement>().click();
        tick().await;
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("true")
        );
        assert!(rendered(&body));
        toggle.unchecked_ref::<HtmlElement>().click();
        tick().await;
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        assert!(!rendered(&body));
    }
}

/// Whether `el` is laid out at all (not `display: none`, which also keeps
/// it from screen readers).
fn rendered(el: &Element) -> bool {
    let window = web_sys::window().unwrap();
    let style = window.get_computed_style(el).unwrap().unwrap();
    style.get_property_value("display").unwrap() != "none"
}

#[wasm_bindgen_test]
async fn disclosures_are_native_buttons_in_the_tab_order() {
    let (_host, root, _widget) = mounted(&[]).await;
    let toggles = all(&root, ".kts-toggle");
    // The signs, who is at risk, what to do, about this information.
    assert_eq!(toggles.len(), 4);
    for toggle in toggles {
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

/// Opens every disclosure (their content is built on first open).
async fn open_all(root: &ShadowRoot) {
    for toggle in all(root, ".kts-toggle") {
        toggle.unchecked_ref::<HtmlElement>().click();
    }
    tick().await;
}

#[wasm_bindgen_test]
async fn disclosure_content_is_fetched_on_first_open_and_kept() {
    serve(
        "https://test.example/kept/",
        &[("posters/view-adult.us-co.en.html", ADULT)],
    );
    let (_host, root, _widget) = mounted(&[]).await;
    let body = || one(&root, "[data-section=signs] .kts-disclosure-body");
    assert_eq!(
        body().child_element_count(),
        0,
        "nothing built while closed"
    );
    let toggle = one(&root, "[data-section=signs] .kts-toggle");
    toggle.unchecked_ref::<HtmlElement>().click();
    tick().await;
    assert_eq!(text(&body()), "The signs.");
    let first = body().first_element_child().unwrap();
    toggle.unchecked_ref::<HtmlElement>().click();
    tick().await;
    assert!(!rendered(&body()));
    assert!(body().child_element_count() > 0, "kept once built");
    toggle.unchecked_ref::<HtmlElement>().click();
    tick().await;
    assert!(rendered(&body()));
    assert!(
        body().first_element_child().as_ref() == Some(&first),
        "opened again, the same content, not built anew"
    );
    // Each section takes its own line of the file.
    open_all(&root).await;
    tick().await;
    assert_eq!(
        text(&one(&root, "[data-section=risk] .kts-blocks")),
        "Who is at risk."
    );
    assert!(text(&one(&root, "[data-section=about]")).contains("A page"));
}

#[wasm_bindgen_test]
async fn a_section_that_cannot_load_says_so_and_the_hotline_stays() {
    serve("https://test.example/offline/", &[]);
    let (_host, root, _widget) = mounted(&[]).await;
    open_all(&root).await;
    tick().await;
    let signs = text(&one(&root, "[data-section=signs] .kts-blocks"));
    assert_eq!(signs, "This part did not load. The lines above still work.");
    assert_eq!(
        hrefs(&root, ".kts-hotline a"),
        ["tel:+18442645437", "tel:911"]
    );
}

#[wasm_bindgen_test]
async fn a_section_s_headings_follow_the_widget_s_heading_level() {
    serve(
        "https://test.example/level/",
        &[("posters/view-adult.us-co.en.html", ADULT)],
    );
    let (_host, root, _widget) = mounted(&[("heading-level", "4")]).await;
    let act = one(&root, "[data-section=act]");
    assert_eq!(act.first_element_child().unwrap().tag_name(), "H5");
    act.query_selector(".kts-toggle")
        .unwrap()
        .unwrap()
        .unchecked_ref::<HtmlElement>()
        .click();
    tick().await;
    tick().await;
    let inner = act
        .query_selector(".kts-h")
        .unwrap()
        .expect("the file's heading");
    assert_eq!(inner.tag_name(), "H6", "two below the widget's top heading");
}

#[wasm_bindgen_test]
async fn the_switch_shows_another_view_moves_focus_to_it_and_sets_quick_exit() {
    serve("https://test.example/switch/", &[]);
    let (_host, root, _widget) = mounted(&[]).await;
    let titles = || -> Vec<String> { all(&root, ".kts-toggle").iter().map(text).collect() };
    assert_eq!(
        all(&root, ".kts-switch button")
            .iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["Is this happening to you?", "I work with children"]
    );
    assert!(root.query_selector(".kts-exit").unwrap().is_none());
    let youth = one(&root, ".kts-switch button");
    youth.unchecked_ref::<HtmlElement>().click();
    tick().await;
    tick().await;
    assert_eq!(
        titles(),
        [
            "Is someone hurting you?",
            "Text or call. A real person answers.",
            "What happens when you reach out",
            "Is someone threatening to share pictures of you?",
            "About this information"
        ]
    );
    // Focus lands on the new view's first section, whose title is read.
    assert_eq!(
        root.active_element().map(|e| text(&e)).as_deref(),
        Some("Is someone hurting you?")
    );
    // The youth view turns quick exit on; the hotline stays on top.
    assert!(root.query_selector(".kts-exit").unwrap().is_some());
    assert_eq!(
        hrefs(&root, ".kts-hotline a"),
        ["tel:+18442645437", "tel:911"]
    );
    assert_eq!(
        all(&root, ".kts-switch button")
            .iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["I'm worried about a child", "I work with children"]
    );
    all(&root, ".kts-switch button")[1]
        .unchecked_ref::<HtmlElement>()
        .click();
    tick().await;
    tick().await;
    assert_eq!(
        titles()[0],
        "If you work with children: how to report abuse or neglect"
    );
    assert!(
        root.query_selector(".kts-exit").unwrap().is_none(),
        "off again"
    );
}

#[wasm_bindgen_test]
async fn a_partner_s_quick_exit_choice_holds_in_every_view() {
    serve("https://test.example/exit/", &[]);
    let (_host, root, _widget) = mounted(&[("audience", "youth"), ("quick-exit", "off")]).await;
    assert_eq!(
        text(&all(&root, ".kts-toggle")[0]),
        "Is someone hurting you?"
    );
    assert!(root.query_selector(".kts-exit").unwrap().is_none());
    let (_host, root, _widget) = mounted(&[("audience", "youth")]).await;
    assert!(
        root.query_selector(".kts-exit").unwrap().is_some(),
        "on by default"
    );
}

fn hrefs(root: &ShadowRoot, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect()
}

fn select(root: &ShadowRoot, code: &str) {
    let picker: web_sys::HtmlSelectElement = one(root, ".kts-picker select").unchecked_into();
    picker.set_value(code);
    picker
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_picker_swaps_the_numbers_in_place() {
    let texas = "<p>a</p>\n<p>b</p>\n<p><a href=\"tel:+18002525400\">Texas</a></p>\n<p>c</p>\n";
    serve(
        "https://test.example/picker/",
        &[("posters/view-adult.us-tx.en.html", texas)],
    );
    let (_host, root, _widget) = mounted(&[]).await;
    let act = one(&root, "[data-section=act] .kts-toggle");
    act.unchecked_ref::<HtmlElement>().click();
    select(&root, "US-TX");
    tick().await;
    tick().await;
    assert_eq!(
        hrefs(&root, ".kts-hotline a[href^='tel:']"),
        ["tel:+18002525400", "tel:911"]
    );
    assert!(text(&one(&root, ".kts-hotline")).contains("Texas Abuse Hotline"));
    assert!(hrefs(&root, "[data-section=act] a").contains(&"tel:+18002525400".to_string()));
    assert_eq!(
        act.get_attribute("aria-expanded").as_deref(),
        Some("true"),
        "stays open"
    );
    assert_eq!(
        one(&root, ".kts").get_attribute("data-region").as_deref(),
        Some("US-TX")
    );
}

#[wasm_bindgen_test]
async fn the_banner_announces_only_the_new_number_when_the_region_changes() {
    let (_host, root, _widget) = mounted(&[("layout", "banner")]).await;
    let live = one(&root, ".kts-bar [aria-live]");
    let e911 = one(&root, ".kts-bar a[href='tel:911']");
    assert!(!live.contains(Some(&e911)), "911 is outside the live part");
    one(&root, "[data-section=more] .kts-toggle")
        .unchecked_ref::<HtmlElement>()
        .click();
    tick().await;
    select(&root, "US-TX");
    tick().await;
    assert_eq!(
        hrefs(&root, ".kts-bar [aria-live] a"),
        ["tel:+18002525400"],
        "the live part holds the new line only"
    );
    assert!(e911.is_connected(), "911 was not written again");
    assert_eq!(
        hrefs(&root, ".kts-bar-lines a"),
        ["tel:+18002525400", "tel:911"]
    );
}

#[wasm_bindgen_test]
async fn a_state_without_a_verified_line_gets_its_directory_national_lines_and_911() {
    let (_host, root, _widget) = mounted(&[("region", "US-AL")]).await;
    let banner = text(&one(&root, ".kts-hotline"));
    assert!(
        banner.contains("no verified statewide child abuse line for Alabama"),
        "{banner}"
    );
    assert_eq!(
        hrefs(&root, ".kts-hotline a"),
        [
            "https://dhr.alabama.gov/county-office-contact/",
            "tel:+18883737888",
            "sms:233733?body=HELP",
            "https://humantraffickinghotline.org/chat",
            "tel:911"
        ]
    );
    let (_hawaii_host, hawaii, _hawaii_widget) = mounted(&[("region", "US-HI")]).await;
    assert_eq!(
        hrefs(&hawaii, ".kts-hotline a[href^='tel:']"),
        ["tel:+18088325300", "tel:+18883803088", "tel:911"],
        "both of Hawaii's lines"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_region_shows_national_lines_and_911() {
    let (_host, root, _widget) = mounted(&[("region", "Colorado <script>")]).await;
    assert_eq!(
        hrefs(&root, ".kts-hotline a[href^='tel:']"),
        ["tel:+18883737888", "tel:911"]
    );
    assert_eq!(
        one(&root, ".kts").get_attribute("data-region").as_deref(),
        Some("US")
    );
}

#[wasm_bindgen_test]
async fn spanish_is_complete_and_keeps_the_numbers() {
    let (_host, root, _widget) = mounted(&[("lang", "es")]).await;
    assert_eq!(
        one(&root, ".kts").get_attribute("lang").as_deref(),
        Some("es")
    );
    let banner = text(&one(&root, ".kts-hotline"));
    for words in [
        "Denuncie el abuso infantil o la trata",
        "Línea Directa de Abuso y Descuido Infantil de Colorado",
        "Llame al 1-844-CO-4-KIDS",
        "Si un niño está en peligro inmediato, llame al",
    ] {
        assert!(banner.contains(words), "{words:?} not in {banner}");
    }
    assert_eq!(
        hrefs(&root, ".kts-hotline a"),
        ["tel:+18442645437", "tel:911"]
    );
    let titles: Vec<_> = all(&root, ".kts-toggle").iter().map(text).collect();
    assert_eq!(titles[0], "Conozca las señales");
}

#[wasm_bindgen_test]
async fn a_section_follows_the_region_picked() {
    serve(
        "https://test.example/region/",
        &[
            (
                "posters/view-adult.us-nv.en.html",
                "<p>a</p>\n<p>b</p>\n<p>c</p>\n<p>Nevada's sources.</p>\n",
            ),
            (
                "posters/view-adult.us-co.en.html",
                "<p>a</p>\n<p>b</p>\n<p>c</p>\n<p>Colorado's sources.</p>\n",
            ),
        ],
    );
    let (_host, root, _widget) = mounted(&[("region", "US-NV")]).await;
    open_all(&root).await;
    tick().await;
    let about = || text(&one(&root, "[data-section=about] .kts-blocks"));
    assert_eq!(about(), "Nevada's sources.");
    select(&root, "US-CO");
    tick().await;
    tick().await;
    assert_eq!(about(), "Colorado's sources.");
    assert_eq!(
        one(&root, "[data-section=about]")
            .get_attribute("data-open")
            .as_deref(),
        Some("true"),
        "still open"
    );
}

#[wasm_bindgen_test]
async fn an_attribute_change_rerenders_and_unmount_cleans_up() {
    let (host, root, mut widget) = mounted(&[]).await;
    host.set_attribute("region", "US").unwrap();
    widget.update();
    tick().await;
    assert_eq!(
        hrefs(&root, ".kts-hotline a[href^='tel:']"),
        ["tel:+18883737888", "tel:911"],
        "national: the trafficking hotline and 911"
    );
    widget.unmount();
    assert!(root.query_selector(".kts").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_tap_on_a_call_link_reports_kts_call_without_personal_data() {
    // About's list of sources, whose links reach no line.
    serve(
        "https://test.example/tap/",
        &[("posters/view-adult.us-co.en.html", ADULT)],
    );
    let (host, root, _widget) = mounted(&[]).await;
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
            // Which line and which channel, and nothing else.
            let keys: Vec<String> = js_sys::Object::keys(detail.unchecked_ref::<js_sys::Object>())
                .iter()
                .filter_map(|k| k.as_string())
                .collect();
            assert_eq!(keys, ["line", "channel"]);
            log.borrow_mut().push((get("line"), get("channel")));
        });
    host.add_event_listener_with_callback("kts:call", listener.as_ref().unchecked_ref())
        .unwrap();
    let stop = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    host.add_event_listener_with_callback("click", stop.as_ref().unchecked_ref())
        .unwrap();
    let tap = |selector: &str| one(&root, selector).unchecked_ref::<HtmlElement>().click();
    // The link, the digits inside it, then (in a section fetched after the
    // first mount) the emergency line's call link; a cited page in "About
    // this information" and a paragraph reach no line and report nothing.
    tap(".kts-call");
    tap(".kts-call .kts-digits");
    open_all(&root).await;
    tick().await;
    tap("[data-section=about] a");
    tap("[data-section=about] p");
    tap("[data-section=act] a[data-line=us-911]");
    let co = |channel: &str| (Some("us-co-hotline".to_string()), Some(channel.to_string()));
    let emergency = (Some("us-911".to_string()), Some("tel".to_string()));
    assert_eq!(*seen.borrow(), [co("tel"), co("tel"), emergency]);
    drop((listener, stop));
}

#[wasm_bindgen_test]
async fn a_panic_is_announced_to_the_loader() {
    let document = web_sys::window().unwrap().document().unwrap();
    let seen = std::rc::Rc::new(std::cell::RefCell::new(None));
    let log = seen.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            *log.borrow_mut() = js_sys::Reflect::get(&e.detail(), &"message".into())
                .unwrap()
                .as_string();
        });
    document
        .add_event_listener_with_callback("kts:panic", listener.as_ref().unchecked_ref())
        .unwrap();
    know_the_signs::widget::events::report_panic("index out of bounds");
    assert_eq!(seen.borrow().as_deref(), Some("index out of bounds"));
    document
        .remove_event_listener_with_callback("kts:panic", listener.as_ref().unchecked_ref())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_first_mount_builds_the_hotline_and_the_rest_follows_in_its_reserved_box() {
    // Hawaii has two lines: the box reserves the panel's two-line height
    // (src/reserve.rs) from the mount on, whatever the steps add, and
    // follows the options when they change.
    let (host, root) = host(&[("region", "US-HI")]);
    let mut widget = mount(host.clone(), root.clone(), None, false).expect("mounts");
    // In the mount's own task: the hotline, nothing below it yet.
    assert_eq!(
        hrefs(&root, ".kts-hotline a"),
        ["tel:+18088325300", "tel:+18883803088", "tel:911"]
    );
    assert!(all(&root, ".kts-toggle").is_empty());
    assert_eq!(one(&root, ".kts-root").class_name(), "kts-root panel two");
    // One task later: the sections, and the picker with the region shown.
    tick().await;
    assert_eq!(all(&root, ".kts-toggle").len(), 4);
    assert_eq!(all(&root, ".kts-picker option").len(), 1);
    assert_eq!(one(&root, ".kts-root").class_name(), "kts-root panel two");
    // Then every region; the box keeps its reservation.
    tick().await;
    assert!(all(&root, ".kts-picker option").len() > 50);
    assert_eq!(one(&root, ".kts-root").class_name(), "kts-root panel two");
    assert_eq!(
        one(&root, ".kts-picker select")
            .unchecked_into::<web_sys::HtmlSelectElement>()
            .value(),
        "US-HI"
    );
    host.set_attribute("region", "US-CO").unwrap();
    host.set_attribute("layout", "banner").unwrap();
    widget.update();
    assert_eq!(one(&root, ".kts-root").class_name(), "kts-root banner");
}

#[wasm_bindgen_test]
fn the_warm_up_lays_out_a_hidden_hotline_and_leaves_no_trace() {
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    let before = body.child_element_count();
    warm(0);
    warm(1);
    assert_eq!(
        body.child_element_count(),
        before,
        "step 1 renders detached"
    );
    warm(2);
    // Step 2: a hidden, out-of-flow host with the hotline in its shadow root.
    assert_eq!(body.child_element_count(), before + 1);
    let host: HtmlElement = body.last_element_child().unwrap().unchecked_into();
    let style = host.style();
    assert_eq!(style.get_property_value("visibility").unwrap(), "hidden");
    assert_eq!(style.get_property_value("position").unwrap(), "absolute");
    let root = host.shadow_root().expect("a shadow root");
    assert_eq!(
        hrefs(&root, ".kts-hotline a"),
        ["tel:+18442645437", "tel:911"]
    );
    // Step 3 lays it out and removes it.
    warm(3);
    assert_eq!(body.child_element_count(), before);
    assert!(!host.is_connected());
}

#[wasm_bindgen_test]
fn a_reader_focused_on_the_static_hotline_keeps_their_place_when_the_widget_starts() {
    let document = web_sys::window().unwrap().document().unwrap();
    let link = |href: &str| -> HtmlElement {
        let a: HtmlElement = document.create_element("a").unwrap().unchecked_into();
        a.set_attribute("href", href).unwrap();
        a.set_text_content(Some("call"));
        a
    };
    // The loader's static links, in the shadow root: focus moves to the
    // widget's link to the same number.
    let (host_a, root_a) = host(&[("region", "US-TX")]);
    let fallback = link("tel:911");
    root_a.append_child(&fallback).unwrap();
    fallback.focus().unwrap();
    let _a = mount(host_a, root_a.clone(), None, false).expect("mounts");
    fallback.remove(); // what the loader does next
    let active = root_a.active_element().expect("focus stays in the widget");
    assert_eq!(active.get_attribute("href").as_deref(), Some("tel:911"));
    assert!(active.closest(".kts").unwrap().is_some());
    // Form B's own links, slotted; the button layout keeps its lines in a
    // closed dialog, so focus goes to its first control that can take it.
    // With quick exit on, its link comes first, and must not get the focus.
    let (host_b, root_b) = host(&[("layout", "button"), ("quick-exit", "on")]);
    let own = link("tel:+18442645437");
    host_b.append_child(&own).unwrap();
    let slot = document.create_element("slot").unwrap();
    root_b.append_child(&slot).unwrap();
    own.focus().unwrap();
    assert_eq!(document.active_element(), Some(own.clone().into()));
    let _b = mount(host_b, root_b.clone(), None, false).expect("mounts");
    slot.remove();
    let active = root_b.active_element().expect("focus stays in the widget");
    assert_eq!(active.class_name(), "kts-launcher");
}
