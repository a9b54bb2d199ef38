//! Phone number checks shared by the build script (which rejects bad content
//! data) and the unit tests. Pure functions, no allocation-heavy parsing at
//! run time: the widget itself only ever reads numbers checked here.

/// The digit a letter stands for on a phone keypad (ITU E.161), `None` for
/// anything that is not an ASCII letter.
pub fn keypad_digit(c: char) -> Option<char> {
    let d = match c.to_ascii_uppercase() {
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        'W'..='Z' => '9',
        _ => return None,
    };
    Some(d)
}

/// True for an international number in E.164 form: `+`, a non-zero first
/// digit, 8 to 15 digits in all.
pub fn is_e164(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('+') else {
        return false;
    };
    (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// True for a US emergency or SMS short code (3 to 6 digits, such as `911`
/// or the trafficking hotline's text number `233733`).
pub fn is_short_code(s: &str) -> bool {
    (3..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// The digits a caller dials for a written form such as `1-844-CO-4-KIDS`
/// or `1-844-264-5437`: letters become keypad digits, separators are dropped.
/// Returns `None` if the text holds anything but digits, letters, spaces,
/// `-`, `.`, `(` and `)`.
pub fn dialled_digits(written: &str) -> Option<String> {
    written
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '.' | '(' | ')'))
        .map(|c| {
            if c.is_ascii_digit() {
                Some(c)
            } else {
                keypad_digit(c)
            }
        })
        .collect()
}

/// The digits of an E.164 number without the `+`, or of a short code.
pub fn plain_digits(number: &str) -> &str {
    number.strip_prefix('+').unwrap_or(number)
}

/// True when a written form dials `number` (E.164 or short code). A US
/// number may be written without its country code 1. Vanity words may run
/// past the number (1-888-SOS-CHILD): letters after the last dialled digit
/// are not dialled, so they are allowed, but extra digits are not.
pub fn writes_number(written: &str, number: &str) -> bool {
    let Some(dialled) = dialled_digits(written) else {
        return false;
    };
    let want = plain_digits(number);
    let want = if dialled.len() + 1 >= want.len() && !dialled.starts_with('1') {
        want.strip_prefix('1').unwrap_or(want)
    } else {
        want
    };
    if !dialled.starts_with(want) {
        return false;
    }
    // Characters past the dialled number must all come from letters.
    let mut seen = 0;
    written
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .skip_while(|_| {
            seen += 1;
            seen <= want.len()
        })
        .all(|c| c.is_ascii_alphabetic())
}

/// A written number as a screen reader should say it: digit by digit, with
/// a pause between groups (`1-844-264-5437` → `1, 8 4 4, 2 6 4, 5 4 3 7`).
pub fn spoken(display: &str) -> String {
    let mut out = String::new();
    let mut gap = "";
    for c in display.chars() {
        if c.is_ascii_digit() {
            out.push_str(gap);
            out.push(c);
            gap = " ";
        } else if !out.is_empty() {
            gap = ", ";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorado_vanity_decodes_to_its_digits() {
        assert_eq!(
            dialled_digits("1-844-CO-4-KIDS").as_deref(),
            Some("18442645437")
        );
        assert!(writes_number("1-844-CO-4-KIDS", "+18442645437"));
    }

    #[test]
    fn the_misprinted_colorado_number_is_rejected() {
        // A published directory prints 263-5437; the real line is 264-5437.
        assert!(!writes_number("1-844-263-5437", "+18442645437"));
        assert!(!writes_number("303-866-5932", "+18442645437"));
    }

    #[test]
    fn extra_vanity_letters_are_not_dialled_but_extra_digits_are_wrong() {
        assert!(writes_number("1-888-SOS-CHILD", "+18887672445"));
        assert!(writes_number("1-800-91-PREVENT", "+18009177383"));
        assert!(!writes_number("1-844-264-54371", "+18442645437"));
    }

    #[test]
    fn a_display_form_may_leave_out_the_country_code() {
        assert!(writes_number("202-671-7233", "+12026717233"));
        assert!(writes_number("(844) 264-5437", "+18442645437"));
        assert!(!writes_number("202-671-7234", "+12026717233"));
    }

    #[test]
    fn e164_and_short_codes() {
        assert!(is_e164("+18442645437"));
        assert!(!is_e164("18442645437"));
        assert!(!is_e164("+1-844-264-5437"));
        assert!(!is_e164("+0123456789"));
        assert!(is_short_code("911"));
        assert!(is_short_code("233733"));
        assert!(!is_short_code("91a"));
        assert!(writes_number("911", "911"));
    }

    #[test]
    fn numbers_are_spoken_digit_by_digit() {
        assert_eq!(spoken("1-844-264-5437"), "1, 8 4 4, 2 6 4, 5 4 3 7");
        assert_eq!(spoken("911"), "9 1 1");
        assert_eq!(spoken("(202) 671-7233"), "2 0 2, 6 7 1, 7 2 3 3");
    }

    #[test]
    fn odd_characters_are_refused() {
        assert_eq!(dialled_digits("1-844-CO-4-KIDS!"), None);
        assert!(!writes_number("#SAFE", "+18553337233"));
    }
}
