use crate::content::{self, Kind, Text};
use crate::qr;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// Share and print: pass the number on, or put it on a wall.
#[component]
pub fn Tools(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region shown.
    region: RwSignal<&'static str>,
) -> impl IntoView {
    let (copied, set_copied) = signal(false);
    let (poster, set_poster) = signal(false);
    let share = move |_| {
        let line = content::lead_lines(region.get_untracked())[0];
        let about = format!("{} {}", text.line_name(line), line.written());
        let message = text.ui.share_text.replace("{}", &about);
        if share_natively(&message) {
            return;
        }
        let url = window().location().href().unwrap_or_default();
        set_copied.set(crate::clipboard::write(&format!("{message} {url}")).is_some());
    };
    let print = move |ev: leptos::ev::MouseEvent| {
        let host = crate::events::host_of(&ev.target().into());
        set_poster.set(true);
        // Print once the poster is in the DOM; `print()` returns when the
        // reader is done, and the page is put back as it was.
        set_timeout(
            move || {
                let sheet = host.as_ref().and_then(|h| print_only(h).ok());
                let _ = window().print();
                if let (Some(h), Some(sheet)) = (host, sheet) {
                    undo_print_only(&h, &sheet);
                }
                set_poster.set(false);
            },
            Duration::ZERO,
        );
    };
    view! {
        <div class="kts-tools">
            <button type="button" class="kts-tool" on:click=share>{text.ui.share}</button>
            <button type="button" class="kts-tool" on:click=print>{text.ui.poster}</button>
            <p class="kts-copied" role="status">{move || copied.get().then_some(text.ui.copied)}</p>
        </div>
        {move || poster.get().then(|| view! { <Poster text region=region.get_untracked() /> })}
    }
}

/// Calls `navigator.share` where the browser has it (phones). Found at run
/// time: web-sys only offers it behind an unstable flag.
fn share_natively(message: &str) -> bool {
    let navigator = window().navigator();
    let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()) else {
        return false;
    };
    let Some(share) = share.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"text".into(), &message.into());
    let _ = js_sys::Reflect::set(
        &data,
        &"url".into(),
        &window().location().href().unwrap_or_default().into(),
    );
    match share.call1(&navigator, &data) {
        Ok(promise) => {
            // A reader who cancels is not an error.
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.unchecked_into::<js_sys::Promise>().catch(&ignore);
            ignore.forget();
            true
        }
        Err(_) => false,
    }
}

/// While printing the poster, the host page prints only this element: a
/// document stylesheet (allowed by a strict CSP) and a marker attribute,
/// both removed right after.
fn print_only(host: &web_sys::Element) -> Result<web_sys::CssStyleSheet, JsValue> {
    let sheet = web_sys::CssStyleSheet::new()?;
    sheet.replace_sync(
        "@media print{@page{margin:12mm}body *{visibility:hidden!important}\
         html,body{height:auto!important;max-height:260mm!important;overflow:hidden!important}\
         know-the-signs[data-kts-poster]{visibility:visible!important;position:absolute!important;\
         left:0!important;top:0!important;width:100%!important}}",
    )?;
    host.set_attribute("data-kts-poster", "")?;
    let document = window().document().ok_or("no document")?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Ok(sheet)
}

fn undo_print_only(host: &web_sys::Element, sheet: &web_sys::CssStyleSheet) {
    let _ = host.remove_attribute("data-kts-poster");
    if let Some(document) = window().document() {
        let sheets = document.adopted_style_sheets();
        let sheet: &JsValue = sheet;
        let kept = sheets.filter(&mut |s, _, _| &s != sheet);
        document.set_adopted_style_sheets(&kept);
    }
}

/// A one-page poster (fits US Letter and A4): the line, 911, a few signs,
/// and a QR code that dials the line.
#[component]
pub fn Poster(
    /// The words of the reader's language.
    text: &'static Text,
    /// The region whose line it shows.
    region: &'static str,
) -> impl IntoView {
    let line = content::lead_lines(region)[0];
    let emergency = content::national_line(Kind::Emergency).map_or("911", |l| l.display);
    let (before, after) = content::around(text.ui.emergency);
    // The first sign of each group, so the poster stays one page.
    let signs = text.sections[0]
        .blocks
        .iter()
        .filter_map(|b| match b.block {
            content::Block::Items(items) => items.first().copied(),
            _ => None,
        })
        .map(|sign| view! { <li>{sign}</li> })
        .collect_view();
    let qr = qr::svg_path(&format!("tel:{}", line.e164)).map(|(side, d)| {
        view! {
            <figure class="kts-poster-qr">
                <svg viewBox=format!("0 0 {side} {side}") role="img" aria-label=text.ui.scan>
                    <rect width=side height=side fill="#ffffff"></rect>
                    <path d=d fill="#000000"></path>
                </svg>
                <figcaption>{text.ui.scan}</figcaption>
            </figure>
        }
    });
    view! {
        <div class="kts-poster">
            <p class="kts-poster-kicker">{text.ui.poster_kicker}</p>
            <p class="kts-poster-title">{text.ui.report_title}</p>
            <p class="kts-poster-name">{text.line_name(line)}</p>
            <p class="kts-poster-number">{line.vanity.unwrap_or(line.display)}</p>
            {line.vanity.map(|_| view! { <p class="kts-poster-digits">{line.display}</p> })}
            {text.hours(line).map(|h| view! { <p>{h}</p> })}
            <p class="kts-poster-911">{before}{emergency}{after}</p>
            <ul class="kts-poster-signs">{signs}</ul>
            {qr}
            <p>{text.ui.no_expert}</p>
        </div>
    }
}
