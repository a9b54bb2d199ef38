//! The space a widget keeps for itself, so the partner's text below never
//! moves (issue 8): not when the loader swaps the element's own links for its
//! static hotline, not when the widget replaces that, and not before either
//! has run (the builder's form B snippet carries the same reservation as an
//! inline style). One table, three users: `www/fallback.css` (the loader's
//! box, checked against `css()` by a test below), the widget's own box
//! (`classes`, in embed.rs) and the snippet (`inline_style`).

use crate::config::{Config, Layout};
use crate::content;

/// The reserved heights (CSS px) from one container width up, measured in
/// Chromium at the narrowest width of the step: the tallest of the closed
/// widget and the loader's static hotline (Hawaii's names and numbers are
/// taller than the banner), in either language
/// (`tests/e2e/stability.test.mjs` checks they hold).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The narrowest container width of this step.
    pub from: u16,
    /// The panel with one reporting line.
    pub panel: u16,
    /// The panel with two (Hawaii).
    pub panel_two: u16,
    /// The banner with one line.
    pub banner: u16,
    /// The banner with two.
    pub banner_two: u16,
    /// What the "Exit this page" bar adds.
    pub exit: u16,
}

/// Widest last; every step lists every height, even when it repeats.
pub const STEPS: [Step; 4] = [
    Step {
        from: 0,
        panel: 913,
        panel_two: 994,
        banner: 243,
        banner_two: 271,
        exit: 128,
    },
    Step {
        from: 400,
        panel: 811,
        panel_two: 873,
        banner: 195,
        banner_two: 223,
        exit: 128,
    },
    Step {
        from: 540,
        panel: 663,
        panel_two: 751,
        banner: 175,
        banner_two: 176,
        exit: 80,
    },
    Step {
        from: 1000,
        panel: 663,
        panel_two: 751,
        banner: 119,
        banner_two: 176,
        exit: 80,
    },
];

/// What decides the reservation: the layout, two reporting lines or one,
/// and the quick-exit bar. The floating button takes no space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub layout: Layout,
    pub two: bool,
    pub exit: bool,
}

impl Shape {
    /// The shape of the widget `config` describes, before the reader picks
    /// another region.
    pub fn of(config: &Config) -> Shape {
        Shape {
            layout: config.layout,
            two: content::lead_lines(config.region).len() > 1,
            exit: config.quick_exit.is_some(),
        }
    }

    /// The height this shape reserves within `step`; `None` for the button.
    fn height(self, step: &Step) -> Option<u16> {
        let base = match (self.layout, self.two) {
            (Layout::Panel, false) => step.panel,
            (Layout::Panel, true) => step.panel_two,
            (Layout::Banner, false) => step.banner,
            (Layout::Banner, true) => step.banner_two,
            (Layout::Button, _) => return None,
        };
        Some(base + if self.exit { step.exit } else { 0 })
    }
}

/// The classes the loader's box and the widget's box carry (the rules of
/// `css()` match them): the same words the loader writes. The exit bar's
/// space follows the element's `quick-exit` attribute instead, in CSS.
pub fn classes(shape: Shape) -> String {
    let mut out = shape.layout.name().to_owned();
    if shape.two {
        out.push_str(" two");
    }
    out
}

/// The reservation rules of `www/fallback.css`, minified, container widths
/// in `@container` steps (the widest apply last); a step writes only the
/// heights it changes (every byte of that sheet is in the loader). Heights
/// are custom properties so that the exit bar adds to any of them.
pub fn css() -> String {
    let mut out =
        String::from(".panel,.banner{display:flow-root;min-height:calc(var(--h) + var(--x,0px))}");
    let mut before: Option<Step> = None;
    for step in STEPS {
        let mut rules = String::new();
        for (selector, property, height, was) in [
            (".panel", "h", step.panel, before.map(|b| b.panel)),
            (
                ".panel.two",
                "h",
                step.panel_two,
                before.map(|b| b.panel_two),
            ),
            (".banner", "h", step.banner, before.map(|b| b.banner)),
            (
                ".banner.two",
                "h",
                step.banner_two,
                before.map(|b| b.banner_two),
            ),
            (
                ":host([quick-exit])>*",
                "x",
                step.exit,
                before.map(|b| b.exit),
            ),
        ] {
            if was != Some(height) {
                rules.push_str(&format!("{selector}{{--{property}:{height}px}}"));
            }
        }
        match before {
            None => out.push_str(&rules),
            Some(_) => out.push_str(&format!("@container (width>={}px){{{rules}}}", step.from)),
        }
        before = Some(step);
    }
    out
}

/// The inline style of form B's element: before any script has run there is
/// no container query, so the steps follow the viewport, each moved out by
/// `MARGIN` for the page's own padding. `flow-root` keeps the links'
/// margins inside the box, as the loader's box does. `None` for the button,
/// which floats.
pub fn inline_style(shape: Shape) -> Option<String> {
    let widest = shape.height(STEPS.last()?)?;
    let mut style = format!("display:flow-root;min-height:calc({widest}px");
    // Each step boundary adds what the narrower step needs on top, as a
    // clamp that is 0 at or above the boundary and the full difference
    // below it (a 1px overshoot times 999 saturates it).
    for pair in STEPS.windows(2) {
        let (narrow, wide) = (shape.height(&pair[0])?, shape.height(&pair[1])?);
        if narrow > wide {
            style.push_str(&format!(
                " + clamp(0px,({}px - 100vw)*999,{}px)",
                pair[1].from + MARGIN,
                narrow - wide
            ));
        }
    }
    style.push(')');
    Some(style)
}

/// Page padding assumed around a full-width widget (both sides).
pub const MARGIN: u16 = 32;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::minify;

    const PANEL: Shape = Shape {
        layout: Layout::Panel,
        two: false,
        exit: false,
    };

    #[test]
    fn the_loaders_stylesheet_has_the_tables_rules() {
        let sheet = minify::css(include_str!("../www/fallback.css"));
        assert!(
            sheet.contains(&css()),
            "www/fallback.css must contain, once minified:\n{}\n\nit has:\n{sheet}",
            css()
        );
    }

    #[test]
    fn heights_only_shrink_as_the_container_widens() {
        for pair in STEPS.windows(2) {
            let (n, w) = (pair[0], pair[1]);
            assert!(n.from < w.from);
            for (a, b) in [
                (n.panel, w.panel),
                (n.panel_two, w.panel_two),
                (n.banner, w.banner),
                (n.banner_two, w.banner_two),
                (n.exit, w.exit),
            ] {
                assert!(a >= b, "{n:?} then {w:?}");
            }
            assert!(n.panel_two >= n.panel && n.banner_two >= n.banner);
        }
    }

    #[test]
    fn classes_name_the_shape() {
        assert_eq!(classes(PANEL), "panel");
        let shape = Shape {
            layout: Layout::Banner,
            two: true,
            exit: true,
        };
        assert_eq!(classes(shape), "banner two");
        let hawaii = Config {
            region: "US-HI",
            quick_exit: Some("https://www.weather.gov/".into()),
            ..Config::default()
        };
        assert_eq!(classes(Shape::of(&hawaii)), "panel two");
        assert!(Shape::of(&hawaii).exit);
        assert_eq!(classes(Shape::of(&Config::default())), "panel");
    }

    #[test]
    fn the_inline_style_steps_with_the_viewport() {
        assert_eq!(
            inline_style(PANEL).unwrap(),
            "display:flow-root;min-height:calc(663px + clamp(0px,(432px - 100vw)*999,102px) + clamp(0px,(572px - 100vw)*999,148px))"
        );
        let banner = Shape {
            layout: Layout::Banner,
            ..PANEL
        };
        // 119 at 1032px and up, +56 (175) below, +20 (195) below 572, +48
        // (243) below 432.
        assert_eq!(
            inline_style(banner).unwrap(),
            "display:flow-root;min-height:calc(119px + clamp(0px,(432px - 100vw)*999,48px) + clamp(0px,(572px - 100vw)*999,20px) + clamp(0px,(1032px - 100vw)*999,56px))"
        );
        let button = Shape {
            layout: Layout::Button,
            ..PANEL
        };
        assert_eq!(inline_style(button), None);
    }
}
