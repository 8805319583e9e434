//! Folding text so that the same word written different ways compares equal.
//!
//! Clippings spell names many ways: `Amir-Abdollahian` and `Amirabdollahian`, Persian yeh
//! and Arabic yeh, with or without a zero-width non-joiner, with Arabic diacritics or
//! without. Unicode normalisation alone folds none of these, so matching works on a folded
//! copy of the text: compatibility-decomposed, combining marks and tatweel dropped, Latin
//! lowercased, Arabic-script letter variants mapped to one form, Eastern digits to ASCII,
//! and split into words at anything that is not a letter or a digit (ZWNJ included).

use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A text folded for matching: its words, each with where it came from.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    /// The folded words, joined by single spaces.
    pub text: String,
    /// The words, in order.
    pub words: Vec<Word>,
}

/// One folded word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte range in [`Folded::text`].
    pub folded: Range<usize>,
    /// Byte range in the original text.
    pub original: Range<usize>,
}

impl Folded {
    /// Folds `text` and splits it into words.
    pub fn new(text: &str) -> Folded {
        // Words average five or six bytes with their separator.
        let words = Vec::with_capacity(text.len() / 5);
        let mut out = Folded { text: String::with_capacity(text.len()), words };
        let mut current: Option<(usize, usize)> = None; // (folded start, original start)
        let mut offset = 0;
        while let Some(&b) = text.as_bytes().get(offset) {
            // ASCII, most of the text, a byte at a time.
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    if current.is_none() {
                        if !out.text.is_empty() {
                            out.text.push(' ');
                        }
                        current = Some((out.text.len(), offset));
                    }
                    out.text.push(char::from(b.to_ascii_lowercase()));
                } else if let Some((start, original)) = current.take() {
                    out.push_word(start, original, offset);
                }
                offset += 1;
                continue;
            }
            let at = offset;
            let c = text[at..].chars().next().expect("a character starts here");
            offset += c.len_utf8();
            let before = out.text.len();
            let mut word_char = false;
            fold_char(c, |f| {
                if current.is_none() {
                    if !out.text.is_empty() {
                        out.text.push(' ');
                    }
                    current = Some((out.text.len(), at));
                }
                out.text.push(f);
                word_char = true;
            });
            if word_char || is_ignorable(c) {
                continue;
            }
            debug_assert_eq!(before, out.text.len());
            if let Some((start, original)) = current.take() {
                out.push_word(start, original, at);
            }
        }
        if let Some((start, original)) = current.take() {
            out.push_word(start, original, text.len());
        }
        out
    }

    fn push_word(&mut self, start: usize, original: usize, original_end: usize) {
        self.words.push(Word { folded: start..self.text.len(), original: original..original_end });
    }

    /// The folded text of word `i`.
    pub fn word(&self, i: usize) -> &str {
        &self.text[self.words[i].folded.clone()]
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the text has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Calls `f` with each folded word of `text`, in order: the words of [`Folded::new`]
/// without recording where they came from.
pub fn each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::with_capacity(32);
    for c in text.chars() {
        let before = word.len();
        fold_char(c, |x| word.push(x));
        if word.len() == before && !is_ignorable(c) && !word.is_empty() {
            f(&word);
            word.clear();
        }
    }
    if !word.is_empty() {
        f(&word);
    }
}

/// Folds a short phrase (an alias, a term) to its words, without separators between them:
/// `Amir-Abdollahian`, `Amir Abdollahian` and `amirabdollahian` all give `amirabdollahian`.
pub fn compact(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for c in phrase.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// Characters that vanish inside a word instead of splitting it: marks, tatweel, ZWJ,
/// soft hyphen. A ZWNJ splits words, like a space, so `می‌شود` folds as `می شود`.
fn is_ignorable(c: char) -> bool {
    !c.is_ascii() && (is_combining_mark(c) || matches!(c, '\u{0640}' | '\u{200D}' | '\u{00AD}' | '\u{200B}'))
}

/// Calls `emit` with the folded form of `c`, which may be several characters or none.
/// Emits nothing for characters that are not part of a word.
pub fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            emit(c.to_ascii_lowercase());
        }
        return;
    }
    if let Some(folded) = fold_arabic_block(c) {
        if let Some(f) = folded {
            emit(f);
        }
        return;
    }
    fold_decomposed(c, emit);
}

/// The general path: compatibility decomposition, marks dropped, letters lowercased.
fn fold_decomposed(c: char, mut emit: impl FnMut(char)) {
    decompose_compatible(c, |d| {
        if is_ignorable(d) {
            return;
        }
        let d = fold_arabic(d);
        if d.is_alphanumeric() {
            for l in d.to_lowercase() {
                emit(l);
            }
        }
    });
}

/// The Arabic block (Persian and Arabic text) without Unicode table look-ups: `Some(None)`
/// for what is not a word character, `Some(Some(c))` for a folded letter or digit, `None`
/// for the few characters that need decomposing (hamza and madda forms) and everything
/// outside the block.
fn fold_arabic_block(c: char) -> Option<Option<char>> {
    match c {
        '\u{0622}'..='\u{0626}'
        | '\u{0675}'..='\u{0678}'
        | '\u{06C0}'
        | '\u{06C2}'
        | '\u{06D3}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{06FD}'..='\u{06FE}' => None,
        // Tatweel and the superscript alef mark are not letters.
        '\u{0640}' | '\u{0670}' => Some(None),
        '\u{0620}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FF}' => Some(Some(fold_arabic(c))),
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Some(Some(fold_arabic(c))),
        '\u{0600}'..='\u{06FF}' => Some(None),
        _ => None,
    }
}

/// Every letter form and digit of the Arabic block that [`fold_arabic`] maps to another, with
/// what it maps to: for the search page, which folds a query as the index was folded.
pub fn arabic_folds() -> Vec<(char, char)> {
    ('\u{0600}'..='\u{06FF}').map(|c| (c, fold_arabic(c))).filter(|(c, f)| c != f).collect()
}

/// Maps Arabic-script letter variants and Eastern digits to one form. Runs after
/// compatibility decomposition, so hamza and madda forms arrive as their base letters.
fn fold_arabic(c: char) -> char {
    match c {
        // Arabic yeh, alef maksura, Farsi yeh with hamza arrive as yeh variants.
        '\u{064A}' | '\u{0649}' | '\u{06D2}' => '\u{06CC}',
        // Arabic kaf and swash kaf to Persian keheh.
        '\u{0643}' | '\u{06AA}' => '\u{06A9}',
        // Teh marbuta and ae (heh with yeh above's base) to heh.
        '\u{0629}' | '\u{06D5}' | '\u{06C1}' => '\u{0647}',
        // Alef wasla to alef.
        '\u{0671}' => '\u{0627}',
        _ => western_digit(c),
    }
}

/// An Arabic-Indic or Persian digit as its ASCII digit; any other character as it is.
pub(super) fn western_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_pages_table_is_the_folding_the_index_does() {
        let folds = arabic_folds();
        for pair in [
            ('\u{064A}', '\u{06CC}'),
            ('\u{0643}', '\u{06A9}'),
            ('\u{0629}', '\u{0647}'),
            ('\u{0663}', '3'),
            ('\u{06F7}', '7'),
        ] {
            assert!(folds.contains(&pair), "{pair:?}");
        }
        // Each entry is what the index makes of the character.
        for (c, f) in folds {
            let mut out = String::new();
            fold_char(c, |x| out.push(x));
            assert_eq!(out, f.to_string(), "{c:?}");
        }
    }

    #[test]
    fn each_word_gives_the_words_of_folded() {
        let text =
            "Amir-Abdollahian و امیرعبداللهيان\u{200C}ها، ۲۰۲۳ Café éTÉ soft\u{00AD}Hyphen e\u{0301}x ab۲";
        let mut words = Vec::new();
        each_word(text, |w| words.push(w.to_owned()));
        let folded = Folded::new(text);
        let expected: Vec<&str> = (0..folded.len()).map(|i| folded.word(i)).collect();
        assert_eq!(words, expected);
        assert_eq!(words[3], "امیرعبداللهیان");
    }

    /// Folding by its definition, a character at a time: the oracle for `each_word` and
    /// `Folded::new`, which fold and split in one pass.
    fn reference_words(text: &str) -> Vec<String> {
        let (mut words, mut word) = (Vec::new(), String::new());
        for c in text.chars() {
            let before = word.len();
            fold_char(c, |f| word.push(f));
            if word.len() == before && !is_ignorable(c) && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        words.extend((!word.is_empty()).then_some(word));
        words
    }

    #[test]
    fn ascii_runs_fold_as_their_characters_do() {
        let texts = [
            "Hamas's SPOKESMAN said, on 24 October: \"we-will\" Café naïve x\u{0301}y ab۲cd",
            "e\u{0301}TE ÉTÉ Straße ﬁnal ＡＢＣ 2023-10-24 Abc\u{200C}def a\u{00AD}b z",
            "  leading and trailing  ",
            "",
        ];
        for text in texts {
            let expected = reference_words(text);
            let mut streamed = Vec::new();
            each_word(text, |w| streamed.push(w.to_owned()));
            assert_eq!(streamed, expected, "{text}");
            assert_eq!(words(text), expected, "{text}");
            let f = Folded::new(text);
            for w in &f.words {
                assert_eq!(compact(&text[w.original.clone()]), f.text[w.folded.clone()], "{text}");
            }
        }
    }

    proptest::proptest! {
        /// Both one-pass splitters give the words of the definition on any mix of scripts,
        /// case, marks and separators.
        #[test]
        fn one_pass_splitters_agree_with_the_definition(text in "[a-zA-Z0-9 .,'\\-éÉßﬁＡ\u{0301}\u{00AD}\u{200C}\u{0640}كیي۲٣ «»]{0,40}") {
            let expected = reference_words(&text);
            let mut streamed = Vec::new();
            each_word(&text, |w| streamed.push(w.to_owned()));
            proptest::prop_assert_eq!(&streamed, &expected);
            proptest::prop_assert_eq!(words(&text), expected);
        }
    }

    fn words(text: &str) -> Vec<String> {
        let f = Folded::new(text);
        (0..f.len()).map(|i| f.word(i).to_owned()).collect()
    }

    #[test]
    fn latin_names_fold_case_hyphens_and_spaces_in_compact_form() {
        for name in ["Amir-Abdollahian", "Amir Abdollahian", "AMIRABDOLLAHIAN", "Amir- Abdollahian"] {
            assert_eq!(compact(name), "amirabdollahian", "{name}");
        }
        assert_eq!(compact("Qalibāf"), "qalibaf");
    }

    #[test]
    fn arabic_and_persian_letter_variants_fold_together() {
        // Arabic yeh and kaf against Persian yeh and keheh.
        assert_eq!(compact("كريمي"), compact("کریمی"));
        // Teh marbuta, hamza on alef, madda, diacritics and tatweel.
        assert_eq!(compact("زياد النخالة"), compact("زیاد النخاله"));
        assert_eq!(compact("إسماعيل هنية"), compact("اسماعیل هنیه"));
        assert_eq!(compact("آمریکا"), compact("امریکا"));
        assert_eq!(compact("مُحَمَّد"), compact("محمد"));
        assert_eq!(compact("غـــزه"), compact("غزه"));
        assert_eq!(compact("۲۰۲۳"), "2023");
        assert_eq!(compact("٢٠٢٣"), "2023");
    }

    #[test]
    fn the_arabic_block_fast_path_agrees_with_decomposition() {
        let mut differ = Vec::new();
        for c in ('\u{0600}'..='\u{06FF}').filter(|c| fold_arabic_block(*c).is_some()) {
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char(c, |f| fast.push(f));
            fold_decomposed(c, |f| slow.push(f));
            if fast != slow {
                differ.push(format!("U+{:04X}", c as u32));
            }
        }
        assert!(differ.is_empty(), "{differ:?}");
    }

    #[test]
    fn zwnj_splits_words_like_a_space() {
        assert_eq!(words("می‌شود"), words("می شود"));
        assert_eq!(words("می‌شود"), ["می", "شود"]);
    }

    #[test]
    fn words_keep_their_original_byte_ranges() {
        let text = "Iran’s «foreign» minister";
        let f = Folded::new(text);
        let originals: Vec<&str> = f.words.iter().map(|w| &text[w.original.clone()]).collect();
        assert_eq!(originals, ["Iran", "s", "foreign", "minister"]);
        assert_eq!(f.text, "iran s foreign minister");
    }

    #[test]
    fn punctuation_only_text_has_no_words() {
        assert!(Folded::new(" —«» ... ").is_empty());
        assert!(Folded::new("").is_empty());
    }
}
