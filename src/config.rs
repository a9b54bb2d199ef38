//! The widget's options (contract §2), read the same way from element
//! attributes and, later, from the JS API. A bad value never fails: it falls
//! back to the default and yields one warning naming the option, the value
//! and what is allowed.

use crate::attributes::{self, Accepts};
use crate::color::Rgb;
use crate::content::{self, DEFAULT_REGION, NATIONAL};

/// How the widget presents itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Layout {
    #[default]
    Panel,
    Banner,
    Button,
}

impl Layout {
    /// Every layout, in the order the builder offers them.
    pub const ALL: [Layout; 3] = [Layout::Panel, Layout::Banner, Layout::Button];

    /// The option value (`layout="banner"`).
    pub fn name(self) -> &'static str {
        match self {
            Layout::Panel => "panel",
            Layout::Banner => "banner",
            Layout::Button => "button",
        }
    }
}

/// Colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    /// Every theme, in the order the builder offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The option value (`theme="dark"`).
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Who the widget speaks to (`audience`): the reader can switch inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Audience {
    /// A worried adult: the signs, who is at risk, what to do.
    #[default]
    Adult,
    /// A child or teen who may be the one being hurt.
    Youth,
    /// Someone who must report by law (a teacher, a nurse, a coach).
    Reporter,
}

impl Audience {
    /// Every audience, in the order the builder offers them.
    pub const ALL: [Audience; 3] = [Audience::Adult, Audience::Youth, Audience::Reporter];

    /// The option value (`audience="youth"`).
    pub fn name(self) -> &'static str {
        match self {
            Audience::Adult => "adult",
            Audience::Youth => "youth",
            Audience::Reporter => "reporter",
        }
    }

    /// The audience named `raw` (any case), the adult if none is.
    pub fn named(raw: &str) -> Audience {
        named(&Audience::ALL, Audience::name, raw).unwrap_or_default()
    }
}

/// The value of `all` whose name is `raw` (any case, trimmed).
fn named<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str, raw: &str) -> Option<T> {
    let raw = raw.trim();
    all.iter()
        .copied()
        .find(|v| name(*v).eq_ignore_ascii_case(raw))
}

/// The options of one widget, always valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `US-CO`, `US`, or another region with a verified line.
    pub region: &'static str,
    /// A language compiled into the widget.
    pub lang: &'static str,
    pub layout: Layout,
    pub theme: Theme,
    /// The partner's colour; `None` for the house colour.
    pub accent: Option<Rgb>,
    /// Where "Exit this page" leaves to; `None` when quick exit is off.
    pub quick_exit: Option<String>,
    /// The level of the widget's top heading (1 to 6), to fit the host
    /// page's outline; the levels below it follow.
    pub heading_level: u8,
    /// Who the widget speaks to.
    pub audience: Audience,
    /// Whether the partner set `quick-exit`; if not, the youth view turns
    /// it on (a young reader may need to leave fast) and the others leave
    /// it off.
    pub exit_chosen: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            region: DEFAULT_REGION,
            lang: content::default_text().lang,
            layout: Layout::default(),
            theme: Theme::default(),
            accent: None,
            quick_exit: None,
            heading_level: 2,
            audience: Audience::default(),
            exit_chosen: false,
        }
    }
}

/// A value that was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub option: &'static str,
    pub value: String,
    pub used: String,
    pub allowed: String,
}

/// Longest part of a bad value repeated in a warning: a 100 KB attribute
/// must not become a 100 KB console line.
const MAX_ECHO: usize = 40;

impl Warning {
    fn new(option: &'static str, value: &str, used: &str, allowed: String) -> Self {
        let mut shown: String = value
            .chars()
            .take(MAX_ECHO)
            .map(|c| {
                if c.is_control() || is_bidi_control(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect();
        if value.chars().count() > MAX_ECHO {
            shown.push('…');
        }
        Warning {
            option,
            value: shown,
            used: used.to_owned(),
            allowed,
        }
    }

    /// The console line for this warning.
    pub fn message(&self) -> String {
        format!(
            "Know the Signs: {} \"{}\" is not supported; using \"{}\". Allowed: {}.",
            self.option, self.value, self.used, self.allowed
        )
    }
}

/// Characters that reorder text and could make a warning lie about itself.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Reads the options. `get` returns an option's raw value (an attribute, a
/// `data-` attribute or a JS property); `page_lang` is the host page's
/// `<html lang>`, the default language when it is supported; `color` turns
/// any CSS colour into RGB (the browser knows every syntax), `None` if it is
/// not one.
pub fn parse(
    get: impl Fn(&str) -> Option<String>,
    page_lang: Option<&str>,
    color: impl Fn(&str) -> Option<Rgb>,
) -> (Config, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut config = Config::default();
    if let Some(lang) = page_lang.and_then(supported_lang) {
        config.lang = lang;
    }
    for attribute in &attributes::ALL {
        if let Some(raw) = get(attribute.name)
            && let Err(used) = config.set(attribute.accepts, &raw, &color)
        {
            let allowed = attribute.accepts.allowed();
            warnings.push(Warning::new(attribute.name, &raw, used, allowed));
        }
    }
    let audience = config.audience;
    (config.showing(audience), warnings)
}

impl Config {
    /// The same options speaking to `audience`, with quick exit on in the
    /// youth view unless the partner chose otherwise.
    pub fn showing(mut self, audience: Audience) -> Config {
        self.audience = audience;
        if !self.exit_chosen {
            self.quick_exit =
                (audience == Audience::Youth).then(|| crate::quick_exit::NEUTRAL.to_owned());
        }
        self
    }

    /// Sets the option that takes `accepts` from its raw value. A bad value
    /// leaves the option as it was, except a region, which becomes the
    /// national lines (never a guess); the error is what is used instead.
    fn set(
        &mut self,
        accepts: Accepts,
        raw: &str,
        color: impl Fn(&str) -> Option<Rgb>,
    ) -> Result<(), &'static str> {
        match accepts {
            Accepts::Region => {
                let code = content::region_code(raw.trim().to_ascii_uppercase().as_str());
                self.region = code.unwrap_or(NATIONAL);
                code.map(drop).ok_or(NATIONAL)
            }
            Accepts::Language => {
                self.lang = supported_lang(raw).ok_or(self.lang)?;
                Ok(())
            }
            Accepts::Layout => {
                let default = Layout::default().name();
                self.layout = named(&Layout::ALL, Layout::name, raw).ok_or(default)?;
                Ok(())
            }
            Accepts::Theme => {
                let default = Theme::default().name();
                self.theme = named(&Theme::ALL, Theme::name, raw).ok_or(default)?;
                Ok(())
            }
            Accepts::Colour => {
                self.accent = Some(color(raw.trim()).ok_or("the house colour")?);
                Ok(())
            }
            Accepts::QuickExit => {
                self.quick_exit = crate::quick_exit::target(raw).map_err(|_| "off")?;
                self.exit_chosen = true;
                Ok(())
            }
            Accepts::Audience => {
                let default = Audience::default().name();
                self.audience = named(&Audience::ALL, Audience::name, raw).ok_or(default)?;
                Ok(())
            }
            Accepts::Level => match raw.trim().parse::<u8>() {
                Ok(level @ 1..=6) => {
                    self.heading_level = level;
                    Ok(())
                }
                _ => Err("2"),
            },
        }
    }
}

/// The compiled-in language for a tag such as `en`, `en-US` or `ES`.
fn supported_lang(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    content::languages().find(|l| *l == primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn no_options_means_colorado_in_english_as_a_panel() {
        let (config, warnings) = parse(with(&[]), None, crate::color::parse);
        assert_eq!(config, Config::default());
        assert_eq!(config.region, "US-CO");
        assert_eq!(config.lang, "en");
        assert!(warnings.is_empty());
    }

    #[test]
    fn known_values_are_taken_case_insensitively() {
        let (config, warnings) = parse(
            with(&[
                ("region", " us-co "),
                ("layout", "Banner"),
                ("theme", "DARK"),
            ]),
            None,
            crate::color::parse,
        );
        assert_eq!(
            (config.region, config.layout, config.theme),
            ("US-CO", Layout::Banner, Theme::Dark)
        );
        assert!(warnings.is_empty());
        let (config, _) = parse(with(&[("region", "US")]), None, crate::color::parse);
        assert_eq!(config.region, "US");
    }

    #[test]
    fn an_unknown_region_shows_national_lines_and_warns_once() {
        let (config, warnings) = parse(with(&[("region", "US-ZZ")]), None, crate::color::parse);
        assert_eq!(config.region, NATIONAL);
        assert_eq!(warnings.len(), 1);
        let message = warnings[0].message();
        assert!(message.contains("region \"US-ZZ\""), "{message}");
        assert!(message.contains("such as US-CO"), "{message}");
        // A real state without a verified line is not unknown: no warning.
        let (config, warnings) = parse(with(&[("region", "us-al")]), None, crate::color::parse);
        assert_eq!((config.region, warnings.len()), ("US-AL", 0));
    }

    #[test]
    fn the_page_language_is_the_default_when_supported() {
        assert_eq!(
            parse(with(&[]), Some("en-GB"), crate::color::parse).0.lang,
            "en"
        );
        assert_eq!(
            parse(with(&[]), Some("es-US"), crate::color::parse).0.lang,
            "es"
        );
        assert_eq!(
            parse(with(&[("lang", "ES")]), Some("en"), crate::color::parse)
                .0
                .lang,
            "es"
        );
        assert_eq!(
            parse(with(&[]), Some("xx"), crate::color::parse).0.lang,
            "en"
        );
        let (config, warnings) = parse(
            with(&[("lang", "klingon")]),
            Some("en"),
            crate::color::parse,
        );
        assert_eq!((config.lang, warnings.len()), ("en", 1));
    }

    #[test]
    fn accent_and_heading_level() {
        let (config, warnings) = parse(
            with(&[("accent", "#fa0"), ("heading-level", "3")]),
            None,
            crate::color::parse,
        );
        assert_eq!(
            (config.accent, config.heading_level, warnings.len()),
            (Some(Rgb(255, 170, 0)), 3, 0)
        );
        let (config, warnings) = parse(
            with(&[("accent", "url(x)"), ("heading-level", "7")]),
            None,
            crate::color::parse,
        );
        assert_eq!(
            (config.accent, config.heading_level, warnings.len()),
            (None, 2, 2)
        );
    }

    #[test]
    fn hostile_values_are_trimmed_and_defused_in_warnings() {
        let huge = "<script>alert(1)</script>".repeat(4000);
        let (config, warnings) = parse(
            with(&[("layout", &huge), ("theme", "dark\u{202E}kcatta\u{0007}")]),
            None,
            crate::color::parse,
        );
        assert_eq!((config.layout, config.theme), (Layout::Panel, Theme::Auto));
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].value.chars().count() <= MAX_ECHO + 1);
        assert!(!warnings[1].value.contains('\u{202E}') && !warnings[1].value.contains('\u{0007}'));
    }
}
