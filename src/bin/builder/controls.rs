use know_the_signs::color::{self, Rgb};
use know_the_signs::config::{Audience, Config, Layout, Theme};
use know_the_signs::content::{self, Text};
use know_the_signs::quick_exit;
use leptos::prelude::*;

const LAYOUTS: [(Layout, &str); 3] = [
    (
        Layout::Panel,
        "Panel: the hotline, then the signs and how to report",
    ),
    (
        Layout::Banner,
        "Banner: a hotline bar; the rest opens below it",
    ),
    (
        Layout::Button,
        "Button: floats in a corner and opens a dialog",
    ),
];
const THEMES: [(Theme, &str); 3] = [
    (
        Theme::Auto,
        "Auto: follows the reader's light or dark setting",
    ),
    (Theme::Light, "Light"),
    (Theme::Dark, "Dark"),
];

const AUDIENCES: [(Audience, &str); 3] = [
    (
        Audience::Adult,
        "Someone worried about a child: the signs, who is at risk, what to do",
    ),
    (
        Audience::Youth,
        "A child or teen who may be the one being hurt (turns quick exit on)",
    ),
    (
        Audience::Reporter,
        "Someone who must report by law: teachers, coaches, nurses, child care staff",
    ),
];

/// What quick exit does, as the builder offers it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Exit {
    Off,
    On,
    Own,
}
const EXITS: [(Exit, &str); 3] = [
    (Exit::Off, "Off"),
    (Exit::On, "On: leaves to a weather site"),
    (Exit::Own, "On, leaving to an address you choose"),
];

/// The options of contract §2, each a labelled native control.
#[component]
pub fn Controls(
    /// The options chosen; every control writes into it.
    choice: RwSignal<Config>,
) -> impl IntoView {
    let english = content::default_text();
    view! {
        <form class="controls" aria-labelledby="controls-title" on:submit=|ev| ev.prevent_default()>
            <h2 id="controls-title">"Options"</h2>
            <p>
                <label for="opt-region">"Region"</label>
                <select id="opt-region" on:change=move |ev| {
                    if let Some(code) = content::region_code(&event_target_value(&ev)) {
                        choice.update(|c| c.region = code);
                    }
                }>{region_options(english, choice)}</select>
            </p>
            <p>
                <label for="opt-lang">"Language"</label>
                <select id="opt-lang" on:change=move |ev| {
                    let picked = event_target_value(&ev);
                    if let Some(text) = content::text(&picked) {
                        choice.update(|c| c.lang = text.lang);
                    }
                }>
                    {content::languages()
                        .filter_map(content::text)
                        .map(|t| view! { <option value=t.lang lang=t.lang selected=move || choice.read().lang == t.lang>{t.ui.language_name}</option> })
                        .collect_view()}
                </select>
            </p>
            <Radios legend="Layout" name="layout" options=&LAYOUTS
                value=Signal::derive(move || choice.read().layout)
                set=Callback::new(move |layout| choice.update(|c| c.layout = layout)) />
            <Radios legend="Who it speaks to first (readers can switch)" name="audience" options=&AUDIENCES
                value=Signal::derive(move || choice.read().audience)
                set=Callback::new(move |audience| choice.update(|c| c.audience = audience)) />
            <Radios legend="Theme" name="theme" options=&THEMES
                value=Signal::derive(move || choice.read().theme)
                set=Callback::new(move |theme| choice.update(|c| c.theme = theme)) />
            <Accent choice />
            <QuickExit choice />
        </form>
    }
}

/// Every region, `US` first, the others by name; those without a verified
/// line say what the widget shows instead.
fn region_options(text: &'static Text, choice: RwSignal<Config>) -> impl IntoView {
    content::regions_by_name(text)
        .iter()
        .map(|code| {
            let mut label = text.region_name(code).to_owned();
            if code != content::NATIONAL && content::reporting_lines(code).next().is_none() {
                label.push_str(" (no verified state line: national lines)");
            }
            view! { <option value=code selected=move || choice.read().region == code>{label}</option> }
        })
        .collect_view()
}

/// A fieldset of radio buttons for one option.
#[component]
fn Radios<T>(
    /// The group's name, shown as its legend.
    legend: &'static str,
    /// The radios' shared `name`.
    name: &'static str,
    /// Each value with its label.
    options: &'static [(T, &'static str)],
    /// The value chosen.
    value: Signal<T>,
    /// Called with the value picked.
    set: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let radios = options
        .iter()
        .map(|(option, label)| {
            let option = *option;
            view! {
                <label class="radio">
                    <input type="radio" name=name
                        prop:checked=move || value.get() == option
                        on:change=move |_| set.run(option) />
                    " " {*label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{legend}</legend>
            {radios}
        </fieldset>
    }
}

/// The partner's colour, or the house colour.
#[component]
fn Accent(
    /// The options chosen.
    choice: RwSignal<Config>,
) -> impl IntoView {
    let own = RwSignal::new(false);
    let picked = RwSignal::new(color::HOUSE.hex());
    Effect::new(move |_| {
        let accent: Option<Rgb> = if own.get() {
            color::parse(&picked.get())
        } else {
            None
        };
        choice.update(|c| c.accent = accent);
    });
    view! {
        <fieldset>
            <legend>"Accent colour"</legend>
            <label class="radio">
                <input type="checkbox" prop:checked=move || own.get()
                    on:change=move |ev| own.set(event_target_checked(&ev)) />
                " Use your own colour"
            </label>
            <label class="radio">
                <input type="color" prop:value=move || picked.get() disabled=move || !own.get()
                    on:input=move |ev| picked.set(event_target_value(&ev)) />
                " Colour (text on it always keeps WCAG AA contrast)"
            </label>
        </fieldset>
    }
}

/// Quick exit: off, on, or on with the partner's own address.
#[component]
fn QuickExit(
    /// The options chosen.
    choice: RwSignal<Config>,
) -> impl IntoView {
    let mode = RwSignal::new(Exit::Off);
    let address = RwSignal::new(String::new());
    let bad = move || {
        mode.get() == Exit::Own && !matches!(quick_exit::target(&address.get()), Ok(Some(_)))
    };
    Effect::new(move |_| {
        let value = match mode.get() {
            Exit::Off => None,
            Exit::On => Some("on".to_owned()),
            Exit::Own => Some(address.get()),
        };
        choice.update(|c| c.quick_exit = value);
    });
    // The widget's own default follows the audience (`Config::showing`: on
    // for a young reader); the partner can still change it after.
    Effect::new(move |before: Option<Audience>| {
        let audience = choice.read().audience;
        if before.is_some_and(|b| b != audience) {
            let on = Config::default().showing(audience).quick_exit.is_some();
            mode.set(if on { Exit::On } else { Exit::Off });
        }
        audience
    });
    view! {
        <Radios legend="Quick exit" name="exit" options=&EXITS
            value=Signal::derive(move || mode.get())
            set=Callback::new(move |m| mode.set(m)) />
        <p class="exit-address" hidden=move || mode.get() != Exit::Own>
            <label for="opt-exit-address">"Leave to (https:// address)"</label>
            <input type="url" id="opt-exit-address" inputmode="url" placeholder="https://"
                aria-describedby="opt-exit-error"
                prop:value=move || address.get()
                on:input=move |ev| address.set(event_target_value(&ev)) />
            <span id="opt-exit-error" class="error" role="alert">
                {move || bad().then_some("Use a full address that starts with https://. Until then the snippets leave quick exit off.")}
            </span>
        </p>
    }
}
