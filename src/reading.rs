//! How hard a text is to read, by the two measures schools and health
//! writers use for short texts: sentence length and word length (syllables
//! per word). The youth poster's tests hold its words to a ten-year-old's
//! level with it. Pure counting, tested natively; never in the wasm.

/// What `score` counted in a text, and the measure for its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    /// The words of the longest sentence.
    pub longest: usize,
    /// English: the Flesch-Kincaid grade, the US school year that can read
    /// it. Spanish: the Szigriszt-Pazos ease (0 hard to 100 easy), the
    /// measure the INFLESZ scale grades.
    pub measure: f64,
    /// Whether `measure` is a grade (lower is easier) or an ease.
    pub grade: bool,
}

/// The hardest a text for a child of ten may be:
/// - English: grade 5, the school year of a ten-year-old in the US
///   (Flesch-Kincaid grades are US school years);
/// - Spanish: ease 70, inside INFLESZ's "bastante fácil" band (65 to 80),
///   the band of texts for children; Spanish words have more syllables
///   than English ones, which is why "muy fácil" (over 80) is rare even in
///   children's books;
/// - either: no sentence over 20 words, which both formulas average away.
pub const MAX_GRADE: f64 = 5.0;
pub const MIN_EASE: f64 = 70.0;
pub const MAX_SENTENCE: usize = 20;

impl Score {
    /// Within the thresholds above.
    pub fn passes(&self) -> bool {
        let level = if self.grade {
            self.measure <= MAX_GRADE
        } else {
            self.measure >= MIN_EASE
        };
        level && self.longest <= MAX_SENTENCE
    }
}

/// Counts `text` in `lang` (`en`, or `es`; any other is counted as
/// English). Sentences end at `.`, `!`, `?` or a line break (a title or a
/// list item is a sentence of its own). Web addresses are left out: they
/// are read off the page, not said.
pub fn score(lang: &str, text: &str) -> Score {
    let spanish = lang == "es";
    let (mut sentences, mut words, mut syllables, mut longest) = (0, 0, 0, 0);
    for sentence in split_sentences(text) {
        let counted: Vec<usize> = sentence
            .split_whitespace()
            .filter(|w| !is_address(w))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(|w| {
                if spanish {
                    syllables_es(w)
                } else {
                    syllables_en(w)
                }
            })
            .collect();
        if counted.is_empty() {
            continue;
        }
        sentences += 1;
        words += counted.len();
        syllables += counted.iter().sum::<usize>();
        longest = longest.max(counted.len());
    }
    let (w, s, y) = (
        words.max(1) as f64,
        sentences.max(1) as f64,
        syllables as f64,
    );
    let measure = if spanish {
        206.835 - 62.3 * y / w - w / s
    } else {
        0.39 * w / s + 11.8 * y / w - 15.59
    };
    Score {
        sentences,
        words,
        syllables,
        longest,
        measure,
        grade: !spanish,
    }
}

/// The sentences of `text`: each ends at `!`, `?`, a line break, or a `.`
/// followed by a space or the end (not the dots of an address).
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_gap = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if matches!(c, '!' | '?' | '\n') || (c == '.' && next_is_gap) {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out
}

/// `takeitdown.ncmec.org`, `https://...`: a dot or slash inside a word.
fn is_address(word: &str) -> bool {
    let inner = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    inner.contains('/') || inner.trim_matches('.').contains('.')
}

/// A number's syllables, roughly: one per digit ("911" is "nine one one").
fn digits(word: &str) -> Option<usize> {
    word.chars()
        .all(|c| c.is_ascii_digit() || c == '-')
        .then(|| word.chars().filter(char::is_ascii_digit).count().max(1))
}

/// English syllables by vowel groups, less a silent final `e` and the
/// silent `e` of `-ed` and `-es` where it adds no sound ("makes", "blocked",
/// but "wanted", "uses").
pub fn syllables_en(word: &str) -> usize {
    if let Some(n) = digits(word) {
        return n;
    }
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut last = false;
    for &c in &w {
        let v = vowel(c);
        if v && !last {
            groups += 1;
        }
        last = v;
    }
    let n = w.len();
    let ends = |s: &str| w.iter().collect::<String>().ends_with(s);
    let before = |k: usize| n.checked_sub(k).and_then(|i| w.get(i)).copied();
    let silent = if ends("le") || ends("ee") {
        false
    } else if ends("e") {
        true
    } else if ends("ed") {
        !matches!(before(3), Some('t' | 'd'))
    } else if ends("es") {
        !matches!(before(3), Some('s' | 'x' | 'z' | 'c' | 'g' | 'h'))
    } else {
        false
    };
    (groups - usize::from(silent && groups > 1)).max(1)
}

/// Spanish syllables: one per vowel nucleus. A weak vowel (unaccented `i`,
/// `u`, `ü`, or a final `y`) beside another vowel makes one syllable with
/// it (a diphthong: "cuen-ta", "quie-res"); two strong vowels are two
/// ("le-er", "pe-le-a"); an accent makes `í` and `ú` strong ("dí-a").
pub fn syllables_es(word: &str) -> usize {
    if let Some(n) = digits(word) {
        return n;
    }
    let w: Vec<char> = word.to_lowercase().chars().collect();
    let strong = |c: char| "aeoáéóíú".contains(c);
    let weak = |i: usize, c: char| "iuü".contains(c) || (c == 'y' && i + 1 == w.len() && i > 0);
    let mut count = 0;
    let mut previous: Option<bool> = None; // Some(strong?) after a vowel
    for (i, &c) in w.iter().enumerate() {
        let this = if strong(c) {
            Some(true)
        } else if weak(i, c) {
            Some(false)
        } else {
            None
        };
        match (previous, this) {
            (_, None) => {}
            (None, Some(_)) => count += 1,
            // Two strong vowels: a hiatus, a new syllable.
            (Some(true), Some(true)) => count += 1,
            // A weak vowel beside another: the same syllable.
            (Some(_), Some(_)) => {}
        }
        previous = this;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_syllables() {
        for (word, n) in [
            ("it", 1),
            ("makes", 1),
            ("blocked", 1),
            ("wanted", 2),
            ("uses", 2),
            ("trouble", 2),
            ("counselor", 3),
            ("anything", 3),
            ("threatening", 3),
            ("free", 1),
            ("911", 3),
        ] {
            assert_eq!(syllables_en(word), n, "{word}");
        }
    }

    #[test]
    fn spanish_syllables() {
        for (word, n) in [
            ("no", 1),
            ("culpa", 2),
            ("quieres", 2),
            ("cuenta", 2),
            ("leer", 2),
            ("día", 2),
            ("hoy", 1),
            ("confianza", 3),
            ("aplicación", 4),
            ("peligro", 3),
            ("18", 2),
        ] {
            assert_eq!(syllables_es(word), n, "{word}");
        }
    }

    #[test]
    fn a_plain_text_passes_and_a_dense_one_fails() {
        let plain = score(
            "en",
            "It is not your fault. You can tell someone. Call or text.",
        );
        assert_eq!((plain.sentences, plain.words), (3, 12));
        assert!(plain.passes(), "{plain:?}");
        let dense = score(
            "en",
            "Mandatory reporters' statutory obligations notwithstanding, institutional protocols necessitate immediate documentation.",
        );
        assert!(!dense.passes(), "{dense:?}");
        let claro = score("es", "No es tu culpa. Puedes contarlo. Llama o escribe.");
        assert!(claro.passes(), "{claro:?}");
        let denso = score(
            "es",
            "Las obligaciones estatutarias de notificación obligatoria requieren documentación institucional inmediata.",
        );
        assert!(!denso.passes(), "{denso:?}");
    }

    #[test]
    fn a_long_sentence_fails_however_short_its_words() {
        let long = ["a cat"; 11].join(" and ");
        let s = score("en", &long);
        assert_eq!(s.sentences, 1);
        assert!(s.longest > MAX_SENTENCE && !s.passes(), "{s:?}");
    }

    #[test]
    fn addresses_and_line_breaks() {
        let s = score("en", "Get help at takeitdown.ncmec.org\nTell an adult");
        assert_eq!((s.sentences, s.words), (2, 6));
    }
}
