//! Quick exit, after GOV.UK's researched "Exit this page": a link to a
//! neutral site, and Shift pressed on its own three times within five
//! seconds. This file is the pure part: which address to leave to, and the
//! press counter (tested natively); `page.rs` wires it to the page (the key
//! listener, the cover, leaving) and `view.rs` is the widget's exit bar.

/// Where "on" leaves to: a neutral, non-personalised public page.
pub const NEUTRAL: &str = "https://www.weather.gov/";
/// Presses needed, and the window they must fall in.
pub const PRESSES: u8 = 3;
pub const WINDOW_MS: f64 = 5000.0;

/// A `quick-exit` value that is neither off, on, nor an https address.
#[derive(Debug, PartialEq, Eq)]
pub struct BadTarget;

/// The exit address for a `quick-exit` value: `None` for off, the neutral
/// site for `on`, or the partner's https address.
pub fn target(raw: &str) -> Result<Option<String>, BadTarget> {
    let value = raw.trim();
    match value.to_ascii_lowercase().as_str() {
        "" | "off" | "false" => Ok(None),
        "on" | "true" => Ok(Some(NEUTRAL.to_owned())),
        _ => {
            let host = value.strip_prefix("https://").ok_or(BadTarget)?;
            let ok = value.len() <= 2000
                && !host.is_empty()
                && !host.starts_with('/')
                && value.chars().all(|c| c.is_ascii_graphic());
            if ok {
                Ok(Some(value.to_owned()))
            } else {
                Err(BadTarget)
            }
        }
    }
}

/// What a key event means for quick exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Not a counted press.
    Ignored,
    /// A counted press; this many more to go.
    Remaining(u8),
    /// The third press: leave now.
    Exit,
}

/// Counts Shift presses made on their own. Shift used with another key
/// (typing a capital letter) does not count and starts the count again.
#[derive(Debug, Default)]
pub struct ShiftCounter {
    presses: u8,
    first_at: f64,
    /// Shift is down.
    held: bool,
    /// Another key went down while Shift was held.
    chorded: bool,
}

impl ShiftCounter {
    /// `modifiers`: Control, Alt or Meta is down (the event's own flags,
    /// which stay right even when their key-up went to another window).
    /// Shift with one of them is a shortcut (Alt+Shift switches the keyboard
    /// layout on Windows), not a press.
    pub fn key_down(&mut self, key: &str, modifiers: bool) {
        if key == "Shift" {
            self.held = true;
            self.chorded |= modifiers;
        } else {
            // Only while Shift is held: a key typed before it (Tab to the
            // exit link, a word in a search box) must not cost a press.
            self.chorded |= self.held;
            self.presses = 0;
        }
    }

    pub fn key_up(&mut self, key: &str, now_ms: f64) -> Step {
        if key != "Shift" {
            return Step::Ignored;
        }
        self.held = false;
        if std::mem::take(&mut self.chorded) {
            return Step::Ignored;
        }
        if self.presses > 0 && now_ms - self.first_at > WINDOW_MS {
            self.presses = 0;
        }
        if self.presses == 0 {
            self.first_at = now_ms;
        }
        self.presses += 1;
        if self.presses >= PRESSES {
            self.presses = 0;
            Step::Exit
        } else {
            Step::Remaining(PRESSES - self.presses)
        }
    }

    /// True once the window has passed with presses still counted.
    pub fn expired(&self, now_ms: f64) -> bool {
        self.presses > 0 && now_ms - self.first_at > WINDOW_MS
    }

    pub fn reset(&mut self) {
        *self = ShiftCounter::default();
    }
}

#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod view;

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: &mut ShiftCounter, at: f64) -> Step {
        c.key_down("Shift", false);
        c.key_up("Shift", at)
    }

    #[test]
    fn three_shift_presses_within_five_seconds_exit() {
        let mut c = ShiftCounter::default();
        assert_eq!(press(&mut c, 0.0), Step::Remaining(2));
        assert_eq!(press(&mut c, 1000.0), Step::Remaining(1));
        assert_eq!(press(&mut c, 4900.0), Step::Exit);
    }

    #[test]
    fn shift_with_another_key_does_not_count() {
        let mut c = ShiftCounter::default();
        assert_eq!(press(&mut c, 0.0), Step::Remaining(2));
        c.key_down("Shift", false);
        c.key_down("A", false); // a capital letter
        assert_eq!(c.key_up("A", 100.0), Step::Ignored);
        assert_eq!(c.key_up("Shift", 200.0), Step::Ignored);
        assert_eq!(
            press(&mut c, 300.0),
            Step::Remaining(2),
            "the count started again"
        );
    }

    #[test]
    fn a_key_typed_before_shift_does_not_cost_a_press() {
        let mut c = ShiftCounter::default();
        c.key_down("Tab", false);
        assert_eq!(c.key_up("Tab", 0.0), Step::Ignored);
        assert_eq!(press(&mut c, 100.0), Step::Remaining(2));
        assert_eq!(press(&mut c, 200.0), Step::Remaining(1));
        c.key_down("e", false); // typing between presses starts the count again
        assert_eq!(press(&mut c, 300.0), Step::Remaining(2));
    }

    #[test]
    fn shift_with_a_modifier_pressed_first_does_not_count() {
        let mut c = ShiftCounter::default();
        for _ in 0..3 {
            // Alt+Shift: Windows' keyboard layout switch.
            c.key_down("Alt", true);
            c.key_down("Shift", true);
            assert_eq!(c.key_up("Shift", 0.0), Step::Ignored);
            assert_eq!(c.key_up("Alt", 0.0), Step::Ignored);
        }
        assert_eq!(press(&mut c, 100.0), Step::Remaining(2), "Alt is up");
    }

    #[test]
    fn the_count_resets_after_five_seconds() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        press(&mut c, 1000.0);
        assert!(c.expired(5001.0));
        assert_eq!(press(&mut c, 5001.0), Step::Remaining(2));
    }

    #[test]
    fn targets() {
        assert_eq!(target("off"), Ok(None));
        assert_eq!(target(""), Ok(None));
        assert_eq!(target(" ON "), Ok(Some(NEUTRAL.to_owned())));
        assert_eq!(
            target("https://example.org/news"),
            Ok(Some("https://example.org/news".to_owned()))
        );
        for bad in [
            "http://example.org",
            "javascript:alert(1)",
            "https://",
            "https:///x",
            "https://a b",
            "yes",
        ] {
            assert_eq!(target(bad), Err(BadTarget), "{bad}");
        }
    }
}
