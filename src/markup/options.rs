//! The region picker's options.

use crate::content::{self, Text};
use crate::html::Html;

/// An `<option>` per region, `US` first, then by name in this language,
/// with `shown` selected; only `shown` unless `all` (57 options are the
/// most expensive part of the panel to lay out, so they come in a later
/// step).
pub fn options(text: &Text, shown: &str, all: bool) -> String {
    let mut h = Html::default();
    for code in content::regions_by_name(text)
        .iter()
        .filter(|&code| all || code == shown)
    {
        let option = h.tag("option").attr("value", code);
        let option = if code == shown {
            option.attr("selected", "")
        } else {
            option
        };
        option.text(text.region_name(code));
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_once_with_the_shown_one_selected() {
        let es = content::text("es").unwrap();
        let html = options(es, "US-TX", true);
        assert_eq!(html.matches("<option").count(), content::REGIONS.len() + 1);
        assert!(html.starts_with("<option value=\"US\">"), "{html}");
        assert_eq!(html.matches("selected").count(), 1);
        assert!(
            html.contains("<option value=\"US-TX\" selected=\"\">Texas</option>"),
            "{html}"
        );
        assert_eq!(
            options(es, "US-TX", false),
            "<option value=\"US-TX\" selected=\"\">Texas</option>"
        );
    }
}
