//! The options of contract §2 as attributes: the one list of their names,
//! with what each accepts and its default. The widget reads the names; the
//! post-build step writes them into the loader and the frame, and the npm
//! package's types and Custom Elements Manifest (`package.rs`) are written
//! from the whole list.

use crate::config::{Audience, Layout, Theme};
use crate::content;

/// Every option's attribute name, in the order the contract lists them.
pub const NAMES: [&str; 8] = [
    "region",
    "lang",
    "layout",
    "theme",
    "accent",
    "quick-exit",
    "heading-level",
    "audience",
];

/// What an option accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepts {
    /// `US` or a region code of `src/content/regions.json`.
    Region,
    /// A language the widget has text for.
    Language,
    /// A layout's name.
    Layout,
    /// A theme's name.
    Theme,
    /// Any CSS colour.
    Colour,
    /// `off`, `on`, or an `https:` address.
    QuickExit,
    /// A heading level, 1 to 6.
    Level,
    /// An audience's name.
    Audience,
}

/// One option.
#[derive(Clone, Copy, Debug)]
pub struct Attribute {
    /// The attribute's name (`data-` + it on form A's script tag).
    pub name: &'static str,
    /// What it accepts.
    pub accepts: Accepts,
}

/// Every option, in the order of [`NAMES`].
pub const ALL: [Attribute; 8] = [
    Attribute {
        name: NAMES[0],
        accepts: Accepts::Region,
    },
    Attribute {
        name: NAMES[1],
        accepts: Accepts::Language,
    },
    Attribute {
        name: NAMES[2],
        accepts: Accepts::Layout,
    },
    Attribute {
        name: NAMES[3],
        accepts: Accepts::Theme,
    },
    Attribute {
        name: NAMES[4],
        accepts: Accepts::Colour,
    },
    Attribute {
        name: NAMES[5],
        accepts: Accepts::QuickExit,
    },
    Attribute {
        name: NAMES[6],
        accepts: Accepts::Level,
    },
    Attribute {
        name: NAMES[7],
        accepts: Accepts::Audience,
    },
];

impl Accepts {
    /// What a warning about a bad value says is allowed.
    pub fn allowed(self) -> String {
        let names = |names: &mut dyn Iterator<Item = &'static str>| content::joined(names, ", ");
        match self {
            Accepts::Region => "US, or a state, DC or territory code such as US-CO".into(),
            Accepts::Language => names(&mut content::languages()),
            Accepts::Layout => names(&mut Layout::ALL.iter().map(|l| l.name())),
            Accepts::Theme => names(&mut Theme::ALL.iter().map(|t| t.name())),
            Accepts::Colour => "any CSS colour".into(),
            Accepts::QuickExit => "off, on, or an https:// address".into(),
            Accepts::Level => "1 to 6".into(),
            Accepts::Audience => names(&mut Audience::ALL.iter().map(|a| a.name())),
        }
    }
}

/// What the package's documentation says of each option (native only: the
/// widget never shows it).
#[cfg(not(target_arch = "wasm32"))]
impl Accepts {
    /// The option's default, as the README words it.
    pub fn default_text(self) -> &'static str {
        match self {
            Accepts::Region => content::DEFAULT_REGION,
            Accepts::Language => "the page's <html lang> if supported, else en",
            Accepts::Layout => Layout::default().name(),
            Accepts::Theme => Theme::default().name(),
            Accepts::Colour => "the house blue",
            Accepts::QuickExit => "off",
            Accepts::Level => "2",
            Accepts::Audience => Audience::default().name(),
        }
    }

    /// What the option does.
    pub fn about(self) -> &'static str {
        match self {
            Accepts::Region => {
                "Whose reporting lines to show: `US` (the national lines and 911) or a state, DC or territory code. An unknown code shows the national lines and 911."
            }
            Accepts::Language => "The widget's language.",
            Accepts::Layout => {
                "panel: inline, full; banner: a hotline bar that expands; button: a floating launcher that opens the panel in a modal dialog."
            }
            Accepts::Theme => "Light, dark, or auto (follows prefers-color-scheme).",
            Accepts::Colour => "The accent colour; text on it always keeps WCAG AA contrast.",
            Accepts::QuickExit => {
                "A quick exit: on (leaves for a neutral page) or an https:// address to leave to."
            }
            Accepts::Level => "The level of the widget's top heading, to fit the page's outline.",
            Accepts::Audience => {
                "Who the widget speaks to first: adult (someone worried about a child), youth (a child or teen who may be the one being hurt; quick exit defaults to on) or reporter (someone who must report by law). The reader can switch inside the widget."
            }
        }
    }

    /// The values it takes, where they can be listed; open-ended options
    /// (a colour, an address) list what they take by name.
    pub fn values(self) -> Vec<String> {
        let owned = |names: &mut dyn Iterator<Item = &str>| names.map(str::to_owned).collect();
        match self {
            Accepts::Region => {
                let mut codes = vec![content::NATIONAL.to_owned()];
                codes.extend(content::REGIONS.iter().map(|r| r.code.to_owned()));
                codes
            }
            Accepts::Language => owned(&mut content::languages()),
            Accepts::Layout => owned(&mut Layout::ALL.iter().map(|l| l.name())),
            Accepts::Theme => owned(&mut Theme::ALL.iter().map(|t| t.name())),
            Accepts::Colour => Vec::new(),
            Accepts::QuickExit => owned(&mut ["off", "on"].into_iter()),
            Accepts::Level => (1..=6).map(|n| n.to_string()).collect(),
            Accepts::Audience => owned(&mut Audience::ALL.iter().map(|a| a.name())),
        }
    }

    /// Whether values outside [`Accepts::values`] are valid too.
    pub fn open(self) -> bool {
        matches!(self, Accepts::Colour | Accepts::QuickExit)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_list_follows_the_names() {
        let names: Vec<_> = ALL.iter().map(|a| a.name).collect();
        assert_eq!(names, NAMES);
    }

    #[test]
    fn listed_values_are_what_the_config_accepts() {
        for attribute in ALL {
            for value in attribute.accepts.values() {
                let get = |n: &str| (n == attribute.name).then(|| value.clone());
                let (_, warnings) = crate::config::parse(get, None, |_| None);
                assert!(
                    warnings.is_empty(),
                    "{}={value}: {warnings:?}",
                    attribute.name
                );
            }
        }
        assert!(Accepts::Region.values().contains(&"US-NY".to_owned()));
        assert_eq!(Accepts::Language.values(), ["en", "es"]);
    }
}
