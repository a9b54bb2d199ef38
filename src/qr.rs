//! QR codes for the poster, drawn as one SVG path (no image files, no
//! network): a phone can scan it to dial the hotline's `tel:` address.

use qrcodegen::{QrCode, QrCodeEcc};

/// The white border the QR standard asks for, in modules.
const QUIET: i32 = 4;

/// A QR code as an SVG `viewBox` side (modules, border included) and the
/// path data of its dark modules; `None` if the text is too long.
pub fn svg_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some((size + 2 * QUIET, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tel_uri_fits_a_small_code_with_its_border() {
        let (side, d) = svg_path("tel:+18442645437").unwrap();
        assert_eq!(side, 25 + 2 * QUIET, "16 bytes need version 2: 25 modules");
        assert!(
            d.starts_with("M4 4h1v1h-1z"),
            "the finder pattern's corner is dark"
        );
        assert!(d.matches('M').count() > 150);
    }
}
