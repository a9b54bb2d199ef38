//! Colour maths for themes: WCAG 2 contrast, and a palette derived from any
//! accent colour in which every text pair keeps 4.5:1 and every control or
//! focus indicator 3:1 against what it sits on. Pure and tested natively
//! over a sweep of accents.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The widget's own accent, used when the partner sets none.
pub const HOUSE: Rgb = Rgb(0x0b, 0x4f, 0x8c);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const INK: Rgb = Rgb(0x1b, 0x1b, 0x1f);
const NIGHT: Rgb = Rgb(0x16, 0x18, 0x1d);
const SNOW: Rgb = Rgb(0xf2, 0xf3, 0xf5);

/// Text (WCAG 1.4.3) and non-text (1.4.11) minimum contrast.
pub const TEXT: f64 = 4.5;
pub const NON_TEXT: f64 = 3.0;

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// `self` moved `t` (0 to 1) of the way to `other`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// `x` to the power 2.4 for `x` in (0, 1], as x² times the fifth root of x²
/// by Newton's method: `powf` would link libm's general `pow`, a large
/// function, for this one exponent. Newton from 1 descends monotonically to
/// the root, so it stops when a step no longer lowers the estimate (within
/// 12 steps for the channel values here: x is at least 0.09).
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0_f64;
    for _ in 0..64 {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `color` moved toward `toward` in small steps until it reaches `ratio`
/// against every colour in `against`. `toward` must itself reach it (black
/// and white always do against the backgrounds used here).
fn until(color: Rgb, toward: Rgb, against: &[Rgb], ratio: f64) -> Rgb {
    (0..=20)
        .map(|step| color.mix(toward, f64::from(step) / 20.0))
        .find(|c| against.iter().all(|bg| contrast(*c, *bg) >= ratio))
        .unwrap_or(toward)
}

/// Parses what browsers print for a computed colour: `#rgb`, `#rrggbb`, or
/// `rgb(r, g, b)` / `rgba(r, g, b, a)` (alpha is ignored: the widget paints
/// the accent opaque).
pub fn parse(s: &str) -> Option<Rgb> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix('#') {
        let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
        return match hex.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            _ => None,
        };
    }
    let inner = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut parts = inner.split([',', ' ', '/']).filter(|p| !p.is_empty());
    let mut channel = || decimal_channel(parts.next()?);
    Some(Rgb(channel()?, channel()?, channel()?))
}

/// A channel written as `12` or `12.5`, rounded, if it is 0 to 255. By hand
/// rather than `str::parse::<f64>`, whose decimal machinery is large code
/// for the one place that reads a number.
fn decimal_channel(text: &str) -> Option<u8> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: u16 = whole.parse().ok()?;
    let up = fraction.bytes().next().is_some_and(|b| b >= b'5');
    u8::try_from(whole + u16::from(up)).ok()
}

/// Every colour the widget paints, as CSS custom properties.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub bg: Rgb,
    pub fg: Rgb,
    pub muted: Rgb,
    /// The banner's background.
    pub tint: Rgb,
    /// The call button's fill, and links and focus rings.
    pub accent: Rgb,
    /// Text on `accent`.
    pub on_accent: Rgb,
    /// Links on `bg` and `tint`.
    pub link: Rgb,
    /// Borders of controls (the select) and dividers.
    pub border: Rgb,
    pub focus: Rgb,
}

/// The palette for an accent, light or dark. Guarantees: `fg`, `muted` and
/// `link` reach 4.5:1 on `bg` and `tint`; `on_accent` reaches 4.5:1 on
/// `accent`; `accent`, `border` and `focus` reach 3:1 on `bg` and `tint`.
pub fn palette(accent: Rgb, dark: bool) -> Palette {
    let (bg, fg, far) = if dark {
        (NIGHT, SNOW, WHITE)
    } else {
        (WHITE, INK, Rgb(0, 0, 0))
    };
    let tint = bg.mix(accent, 0.12);
    let surfaces = [bg, tint];
    // The fill must stand out from the page (3:1) and carry text (4.5:1).
    let fill = until(accent, far, &surfaces, NON_TEXT);
    let on_accent = [WHITE, INK, Rgb(0, 0, 0)]
        .into_iter()
        .find(|c| contrast(*c, fill) >= TEXT)
        .unwrap_or_else(|| {
            if fill.luminance() > 0.18 {
                Rgb(0, 0, 0)
            } else {
                WHITE
            }
        });
    let fill = if contrast(on_accent, fill) >= TEXT {
        fill
    } else {
        until(fill, far, &[on_accent], TEXT)
    };
    Palette {
        bg,
        fg: until(fg, far, &surfaces, TEXT),
        muted: until(fg.mix(bg, 0.3), far, &surfaces, TEXT),
        tint,
        accent: fill,
        on_accent,
        link: until(accent, far, &surfaces, TEXT),
        border: until(fg.mix(bg, 0.55), far, &surfaces, NON_TEXT),
        focus: until(fg, far, &surfaces, NON_TEXT),
    }
}

impl Palette {
    /// The custom properties, for a rule body.
    pub fn css(&self) -> String {
        let vars = [
            ("bg", self.bg),
            ("fg", self.fg),
            ("muted", self.muted),
            ("tint", self.tint),
            ("accent", self.accent),
            ("on-accent", self.on_accent),
            ("link", self.link),
            ("border", self.border),
            ("focus", self.focus),
        ];
        vars.iter()
            .map(|(name, c)| format!("--kts-{name}:{};", c.hex()))
            .collect()
    }
}

/// The theme rules for one widget: light by default, dark for
/// `theme="dark"`, and dark for `theme="auto"` when the reader prefers it.
pub fn theme_css(accent: Rgb) -> String {
    let (light, dark) = (palette(accent, false).css(), palette(accent, true).css());
    format!(
        ".kts{{{light}}}.kts[data-theme=dark]{{{dark}}}\
         @media (prefers-color-scheme: dark){{.kts[data-theme=auto]{{{dark}}}}}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_for_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, libm) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - libm).abs() <= 1e-15 * libm.max(1e-3),
                "{c}: {ours} vs {libm}"
            );
        }
        // Below 11/255 the linear segment applies; the boundary is WCAG's.
        assert_eq!(Rgb(10, 10, 10).luminance(), 10.0 / 255.0 / 12.92);
    }

    fn assert_guarantees(accent: Rgb, dark: bool) {
        let p = palette(accent, dark);
        let at = |what: &str, a: Rgb, b: Rgb, ratio: f64| {
            let r = contrast(a, b);
            assert!(
                r >= ratio,
                "{what} {} on {} is {r:.2} (accent {}, dark {dark})",
                a.hex(),
                b.hex(),
                accent.hex()
            );
        };
        for surface in [p.bg, p.tint] {
            at("text", p.fg, surface, TEXT);
            at("muted text", p.muted, surface, TEXT);
            at("link", p.link, surface, TEXT);
            at("call button", p.accent, surface, NON_TEXT);
            at("control border", p.border, surface, NON_TEXT);
            at("focus ring", p.focus, surface, NON_TEXT);
        }
        at("button text", p.on_accent, p.accent, TEXT);
    }

    #[test]
    fn named_accents_keep_every_pair_readable() {
        let named = [
            HOUSE,
            Rgb(255, 255, 255),
            Rgb(0, 0, 0),
            Rgb(255, 255, 0),
            Rgb(128, 128, 128),
            Rgb(119, 119, 119),
            Rgb(255, 0, 0),
            Rgb(0, 255, 0),
            Rgb(0, 0, 255),
            Rgb(255, 0, 255),
            Rgb(0, 255, 255),
            Rgb(255, 165, 0),
        ];
        for accent in named {
            assert_guarantees(accent, false);
            assert_guarantees(accent, true);
        }
    }

    #[test]
    fn a_sweep_of_accents_keeps_every_pair_readable() {
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(15) {
                for b in (0..=255).step_by(15) {
                    assert_guarantees(Rgb(r, g, b), false);
                    assert_guarantees(Rgb(r, g, b), true);
                }
            }
        }
    }

    #[test]
    fn a_readable_accent_is_kept_as_it_is() {
        assert_eq!(palette(HOUSE, false).accent, HOUSE);
        assert_eq!(palette(HOUSE, false).link, HOUSE);
        assert_eq!(palette(HOUSE, false).on_accent, WHITE);
    }

    #[test]
    fn theme_css_sets_both_schemes() {
        let css = theme_css(HOUSE);
        assert!(css.starts_with(".kts{--kts-bg:#ffffff;"), "{css}");
        assert!(
            css.contains(".kts[data-theme=dark]{--kts-bg:#16181d;"),
            "{css}"
        );
        assert!(css.contains(
            "@media (prefers-color-scheme: dark){.kts[data-theme=auto]{--kts-bg:#16181d;"
        ));
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(WHITE, Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(119, 119, 119), WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn parses_what_browsers_print() {
        assert_eq!(parse("#0b4f8c"), Some(HOUSE));
        assert_eq!(parse("#fa0"), Some(Rgb(255, 170, 0)));
        assert_eq!(parse("rgb(11, 79, 140)"), Some(HOUSE));
        assert_eq!(parse("rgba(255, 0, 0, 0.5)"), Some(Rgb(255, 0, 0)));
        assert_eq!(parse("rgb(12.5 0.4 254.5)"), Some(Rgb(13, 0, 255)));
        assert_eq!(parse("rgb(255.5, 0, 0)"), None);
        assert_eq!(parse("rgb(256, 0, 0)"), None);
        assert_eq!(parse("rgb(-1, 0, 0)"), None);
        assert_eq!(parse("rgb(1e2, 0, 0)"), None);
        assert_eq!(parse("rgb(., 0, 0)"), None);
        assert_eq!(parse("rgb(1 2 3 / 50%)"), Some(Rgb(1, 2, 3)));
        for bad in [
            "",
            "red",
            "#12",
            "#gggggg",
            "rgb(1,2)",
            "rgb(300,0,0)",
            "rgb(1,2,3",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
