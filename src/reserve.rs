//! The space a widget keeps for itself, so the partner's text below never
//! moves: not when the loader swaps the element's own links for its static
//! hotline, not when the widget replaces that, and not before either has
//! run (the builder's form B snippet carries the same reservation as an
//! inline style). One table, three users: the loader's stylesheet (`css()`,
//! written into `www/fallback.css` by `loader.rs`), the widget's own box
//! (`classes`, in embed.rs) and the snippet (`inline_style`).

use crate::config::{Audience, Config, Layout};
use crate::content::{self, Hours, Kind};

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
        panel: 1021,
        panel_two: 1102,
        banner: 243,
        banner_two: 311,
        exit: 128,
    },
    Step {
        from: 400,
        panel: 919,
        panel_two: 981,
        banner: 195,
        banner_two: 223,
        exit: 128,
    },
    Step {
        from: 540,
        panel: 719,
        panel_two: 807,
        banner: 175,
        banner_two: 195,
        exit: 80,
    },
    Step {
        from: 1000,
        panel: 719,
        panel_two: 807,
        banner: 119,
        banner_two: 176,
        exit: 80,
    },
];

/// A region's own reporting lines, which decide how tall its widget is.
/// The names are written in `src/reserve.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// One line, always open.
    One,
    /// One line with set hours: the banner says when it answers, which can
    /// take another row.
    OneLimited,
    /// Two lines (by island, say).
    Two,
    /// Three or more (by county, say).
    ThreeOrMore,
    /// None: the widget shows the national lines and the region's
    /// directory (`US` too).
    National,
    /// None statewide, and some counties' own lines beside the directory.
    NationalAndCounties,
}

impl Lines {
    /// Every group.
    pub const ALL: [Lines; 6] = [
        Lines::One,
        Lines::OneLimited,
        Lines::Two,
        Lines::ThreeOrMore,
        Lines::National,
        Lines::NationalAndCounties,
    ];

    /// The group's name in `src/reserve.json`.
    pub fn name(self) -> String {
        format!("{self:?}")
    }
}

/// Every region's group (and `US`'s), as JSON, for the script that measures
/// the reservation (`tests/fit.mjs`), so that it never works it out itself.
#[cfg(not(target_arch = "wasm32"))]
pub fn groups() -> serde_json::Value {
    let codes = content::codes();
    let groups = codes.map(|region| {
        let config = Config {
            region,
            ..Config::default()
        };
        (region.to_owned(), Shape::of(&config).lines.name().into())
    });
    serde_json::Value::Object(groups.collect())
}

/// What decides the reservation: the layout, the region's lines, the
/// language, the quick-exit bar and, for the panel, the view (its own
/// sections). The floating button takes no space.
/// The loader knows only the layout and whether two lines show (`STEPS`);
/// the builder's snippet knows the rest (`FIT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub layout: Layout,
    pub lines: Lines,
    pub lang: &'static str,
    pub exit: bool,
    /// The view, where it shows closed: in the panel (the banner keeps its
    /// sections behind "Know the signs"; the adult's stands for all).
    pub audience: Audience,
}

impl Shape {
    /// The shape of the widget `config` describes, before the reader picks
    /// another region.
    pub fn of(config: &Config) -> Shape {
        Shape {
            layout: config.layout,
            lines: {
                let mut own = content::reporting_lines(config.region);
                let counties = || !content::lines_of(config.region, Kind::County).is_empty();
                match (own.next(), own.next(), own.next()) {
                    (None, ..) if counties() => Lines::NationalAndCounties,
                    (None, ..) => Lines::National,
                    (Some(line), None, _) if line.hours == Hours::Limited => Lines::OneLimited,
                    (Some(_), None, _) => Lines::One,
                    (_, _, None) => Lines::Two,
                    _ => Lines::ThreeOrMore,
                }
            },
            lang: config.lang,
            exit: config.quick_exit.is_some(),
            audience: match config.layout {
                Layout::Panel => config.audience,
                _ => Audience::Adult,
            },
        }
    }

    /// The height the loader's table reserves for this shape within `step`;
    /// `None` for the button. The loader tells one line from several by
    /// counting its links (`several`), so this does too. Either is less than
    /// the closed widget: form B's inline style reserves that (`FIT`).
    fn height(self, step: &Step) -> Option<u16> {
        let two = self.several();
        let base = match (self.layout, two) {
            (Layout::Panel, false) => step.panel,
            (Layout::Panel, true) => step.panel_two,
            (Layout::Banner, false) => step.banner,
            (Layout::Banner, true) => step.banner_two,
            (Layout::Button, _) => return None,
        };
        Some(base + if self.exit { step.exit } else { 0 })
    }

    /// Whether the region shows more than one line of its own (the
    /// loader's "two" box: more than two links with 911).
    fn several(self) -> bool {
        matches!(self.lines, Lines::Two | Lines::ThreeOrMore)
    }

    /// The closed widget's own height in each of `STEPS` (`FIT`); `None`
    /// for the button.
    fn fit(self) -> Option<[u16; 4]> {
        let row = FIT.iter().find(|f| {
            f.layout == self.layout
                && f.lines == self.lines
                && f.lang == self.lang
                && f.audience == self.audience
        })?;
        Some(if self.exit { row.exit } else { row.plain })
    }
}

/// The closed widget's own height, the tallest region of a group, at the
/// narrowest container width of each of `STEPS` (288 px for the first: a
/// 320 px screen less the page's margins). Written by `node
/// tests/reservation.mjs` (re-run it when the widget's look or words
/// change); the builder's snippet reserves exactly this.
#[derive(Clone, Copy, Debug)]
pub struct Fit {
    pub layout: Layout,
    pub lines: Lines,
    pub lang: &'static str,
    pub audience: Audience,
    pub plain: [u16; 4],
    /// With the quick-exit bar.
    pub exit: [u16; 4],
}

// Measured by tests/reservation.mjs (src/reserve.json, compiled in by build.rs).
include!(concat!(env!("OUT_DIR"), "/fit.rs"));

/// The classes the loader's box and the widget's box carry (the rules of
/// `css()` match them): the same words the loader writes. The exit bar's
/// space follows the element's `quick-exit` attribute instead, in CSS.
pub fn classes(shape: Shape) -> String {
    let mut out = shape.layout.name().to_owned();
    if shape.several() {
        out.push_str(" two");
    }
    out
}

/// The reservation rules of `www/fallback.css`, minified, container widths
/// in `@container` steps (the widest apply last); a step writes only the
/// heights it changes (every byte of that sheet is in the loader). Heights
/// are custom properties so that the exit bar adds to any of them.
pub fn css() -> String {
    let mut out = String::from(
        ".panel,.banner{display:flow-root;--x:0px;min-height:calc(var(--h) + var(--x))}",
    );
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

/// The inline style of form B's element: the closed widget's height for its
/// shape (`FIT`), or the loader's table where that is more, so that it
/// holds from before any script runs until the widget is whole, whatever
/// the region and language. There is no
/// container query then, so the steps follow the viewport, each moved out
/// by `MARGIN` for the page's own padding. `flow-root` keeps the links'
/// margins inside the box, as the loader's box does. `None` for the button,
/// which floats.
pub fn inline_style(shape: Shape) -> Option<String> {
    // Never less than the loader's box and the widget's own (`STEPS`),
    // which hold once the loader has run.
    let fit = shape.fit()?;
    let mut heights = [0; 4];
    for (i, step) in STEPS.iter().enumerate() {
        heights[i] = fit[i].max(shape.height(step)?);
    }
    let mut style = format!("display:flow-root;min-height:calc({}px", heights[3]);
    // Each step boundary adds what the narrower step needs on top, as a
    // clamp that is 0 at or above the boundary and the full difference
    // below it (a 1px overshoot times 999 saturates it).
    for (i, pair) in heights.windows(2).enumerate() {
        let (narrow, wide) = (pair[0], pair[1]);
        if narrow > wide {
            style.push_str(&format!(
                " + clamp(0px,({}px - 100vw)*999,{}px)",
                STEPS[i + 1].from + MARGIN,
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

    const PANEL: Shape = Shape {
        layout: Layout::Panel,
        lines: Lines::One,
        lang: "en",
        exit: false,
        audience: Audience::Adult,
    };

    #[test]
    fn the_fit_was_measured_at_each_steps_narrowest_width() {
        // The first step's narrowest: a 320 px screen less the page's margins.
        assert_eq!(FIT_WIDTHS[0], 320 - MARGIN);
        for (width, step) in FIT_WIDTHS.iter().zip(STEPS).skip(1) {
            assert_eq!(*width, step.from);
        }
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
            lines: Lines::Two,
            exit: true,
            ..PANEL
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
    fn regions_without_a_line_and_the_national_choice_have_their_own_fit() {
        let national = content::REGIONS
            .iter()
            .map(|r| r.code)
            .chain([content::NATIONAL])
            .filter(|code| content::lead_lines(code)[0].region == content::NATIONAL)
            .filter(|code| content::lines_of(code, Kind::County).is_empty());
        for region in national {
            let config = Config {
                region,
                lang: "es",
                ..Config::default()
            };
            let shape = Shape::of(&config);
            assert_eq!(
                (shape.lines, shape.lang),
                (Lines::National, "es"),
                "{region}"
            );
            // The loader's table shows one line for them, as its links do.
            assert_eq!(classes(shape), "panel");
        }
        assert_eq!(Shape::of(&Config::default()).lines, Lines::One);
        // North Dakota's banner says when its line answers: its own row.
        let north_dakota = Config {
            region: "US-ND",
            ..Config::default()
        };
        assert_eq!(Shape::of(&north_dakota).lines, Lines::OneLimited);
        assert_eq!(classes(Shape::of(&north_dakota)), "panel");
    }

    #[test]
    fn every_language_layout_view_and_group_of_regions_has_a_fit_that_shrinks_as_it_widens() {
        let shapes = [
            (Layout::Panel, Audience::Adult),
            (Layout::Panel, Audience::Youth),
            (Layout::Panel, Audience::Reporter),
            (Layout::Banner, Audience::Adult),
        ];
        for lang in content::languages() {
            for (layout, audience) in shapes {
                for lines in Lines::ALL {
                    let shape = Shape {
                        layout,
                        lines,
                        lang,
                        exit: false,
                        audience,
                    };
                    let plain = shape.fit().expect("a FIT row");
                    let exit = Shape {
                        exit: true,
                        ..shape
                    }
                    .fit()
                    .unwrap();
                    for h in [plain, exit] {
                        assert!(h.windows(2).all(|w| w[0] >= w[1]), "{shape:?}: {h:?}");
                    }
                    assert!(plain.iter().zip(exit).all(|(p, e)| e > *p), "{shape:?}");
                }
            }
        }
    }

    #[test]
    fn the_inline_style_steps_with_the_viewport() {
        // Colorado in English: the loader's table (more than the widget
        // needs): 719 px at 572 px and up, +200 (919) below, +102 more
        // (1021) below 432.
        assert_eq!(
            inline_style(PANEL).unwrap(),
            "display:flow-root;min-height:calc(719px + clamp(0px,(432px - 100vw)*999,102px) + clamp(0px,(572px - 100vw)*999,200px))"
        );
        // Alabama (no line of its own) in Spanish with quick exit: taller.
        let alabama = Shape {
            lines: Lines::National,
            lang: "es",
            exit: true,
            ..PANEL
        };
        assert_eq!(
            inline_style(alabama).unwrap(),
            "display:flow-root;min-height:calc(819px + clamp(0px,(432px - 100vw)*999,242px) + clamp(0px,(572px - 100vw)*999,294px) + clamp(0px,(1032px - 100vw)*999,146px))"
        );
        let button = Shape {
            layout: Layout::Button,
            ..PANEL
        };
        assert_eq!(inline_style(button), None);
    }
}
