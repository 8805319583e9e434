//! Text handling shared by every analysis: folding words for matching across scripts and
//! spellings, and finding known phrases in folded text.

mod fold;
mod matcher;
pub mod sentences;
mod words;

pub use fold::{Folded, Word, arabic_folds, compact, each_word};
pub use matcher::{Match, PhraseMatcher};
pub use words::{content_words, hash, is_content_word, is_stopword, numbers, stopwords};

/// Languages written right to left, by BCP 47 primary subtag.
pub fn is_rtl(language: &str) -> bool {
    let primary = language.split('-').next().unwrap_or("");
    matches!(primary, "ar" | "fa" | "he" | "ur" | "ps" | "ckb" | "ku" | "yi" | "dv" | "sd" | "ug" | "syr")
}

/// `text`, or when it has more than `max` characters its first `max - 1` and an ellipsis.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Persian and Arabic-Indic digits as ASCII, so one pattern reads numbers in all three.
pub fn western_digits(text: &str) -> String {
    text.chars().map(fold::western_digit).collect()
}
