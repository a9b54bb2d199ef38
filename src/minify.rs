//! A small CSS minifier for build.rs, which compiles the widget's stylesheet
//! into the wasm: comments and the whitespace that carries no meaning go,
//! quoted strings stay as written. Only what `www/widget.css` uses is handled
//! (no `url()` with unquoted spaces), and the tests pin each rule.

/// Characters around which whitespace never matters. Not `+`, `-` or `*`:
/// `calc()` needs its spaces. Not `(` or `)`: `and (` in an at-rule and
/// `:not(.a) .b` in a selector need theirs. A space before `:` is kept too
/// (`.a :focus` is not `.a:focus`); only the one after it goes.
const TIGHT: &[char] = &['{', '}', ';', ',', '>', ':'];

/// `src` without comments and without the whitespace that carries no meaning.
pub fn css(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut space);
                out.push(c);
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            _ => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                // `!important` needs no space before it either.
                let keep = c == ':' || (!TIGHT.contains(&c) && c != '!');
                if keep {
                    flush_space(&mut out, &mut space);
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Writes a pending space unless what precedes it makes it meaningless.
fn flush_space(out: &mut String, space: &mut bool) {
    if *space && !out.is_empty() && !out.ends_with(|p: char| TIGHT.contains(&p) || p == '(') {
        out.push(' ');
    }
    *space = false;
}

#[cfg(test)]
mod tests {
    use super::css;

    #[test]
    fn drops_comments_and_spaces_around_punctuation() {
        let src = "/* note */\n.a > .b,\n.c {\n  color: red;\n  margin: 0 0 6px;\n}\n";
        assert_eq!(css(src), ".a>.b,.c{color:red;margin:0 0 6px}");
        assert_eq!(css(".a { b: c !important; }"), ".a{b:c!important}");
    }

    #[test]
    fn keeps_meaningful_spaces() {
        // Descendant combinator before a pseudo-class, calc operators, and
        // the space between an at-rule's keyword and its condition.
        assert_eq!(css(".a :focus { x: 1 }"), ".a :focus{x:1}");
        assert_eq!(
            css(":host([hidden]) .a:not(.b) .c { x: 1 }"),
            ":host([hidden]) .a:not(.b) .c{x:1}"
        );
        assert_eq!(
            css(".a { width: calc(100vw - 64px); }"),
            ".a{width:calc(100vw - 64px)}"
        );
        assert_eq!(
            css("@media (prefers-color-scheme: dark) and (min-width: 1px) { .a { b: c } }"),
            "@media (prefers-color-scheme:dark) and (min-width:1px){.a{b:c}}"
        );
        assert_eq!(
            css(".a { font: 400 16px/1.5 system-ui, sans-serif; }"),
            ".a{font:400 16px/1.5 system-ui,sans-serif}"
        );
    }

    #[test]
    fn keeps_strings_as_written() {
        assert_eq!(
            css(".a[x=\"a  b\"] { content: ' ;  } ' }"),
            ".a[x=\"a  b\"]{content:' ;  } '}"
        );
    }

    #[test]
    fn the_widget_sheet_shrinks_and_keeps_every_rule() {
        let src = include_str!("../www/widget.css");
        let out = css(src);
        assert!(
            out.len() < src.len() * 4 / 5,
            "{} -> {}",
            src.len(),
            out.len()
        );
        assert_eq!(src.matches('{').count(), out.matches('{').count());
        assert!(!out.contains("/*"));
    }
}
