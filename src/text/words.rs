//! Content words: the folded words that carry meaning, for comparing texts by what they
//! say rather than how.

use super::fold::Folded;

/// Function words of English, Persian and Arabic, folded.
const STOPWORDS: &[&str] = &[
    "the", "and", "that", "this", "with", "for", "from", "was", "were", "are", "has", "have", "had", "its",
    "his", "her", "their", "which", "will", "would", "been", "not", "but", "all", "any", "can", "who",
    "also", "after", "about", "into", "said", "says", "over", "more", "than", "them", "they", "there",
    "these", "those", "such", "other", "while", "when", "where", "what", "one", "two", "out", "our", "you",
    "she", "him", "per", "via", "very", "only", "most", "some", "being", "did", "does", "had", "may",
    "might", "could", "should", "این", "که", "با", "از", "در", "به", "را", "است", "برای", "آن", "تا", "هم",
    "نیز", "وی", "او", "اين", "بر", "یک", "هر", "خود", "شد", "شده", "کرد", "کرده", "می", "های", "ها", "ای",
    "بود", "باشد", "دارد", "گفت", "افزود", "همچنین", "اما", "اگر", "پس", "روز", "کند", "کنند", "نیست",
    "هستند", "خواهد", "في", "من", "على", "الى", "إلى", "عن", "مع", "ان", "أن", "التي", "الذي", "هذا", "هذه",
    "وقال", "قال",
];

static STOPWORD_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
    std::sync::LazyLock::new(|| STOPWORDS.iter().copied().collect());

/// The function words of English, Persian and Arabic (folded), which searches skip.
pub fn stopwords() -> &'static [&'static str] {
    STOPWORDS
}

/// True for the function words of English, Persian and Arabic (folded).
pub fn is_stopword(word: &str) -> bool {
    STOPWORD_SET.contains(word)
}

/// True for function words and anything too short to carry meaning.
pub fn is_content_word(word: &str) -> bool {
    word.chars().nth(2).is_some() && !word.bytes().all(|b| b.is_ascii_digit()) && !is_stopword(word)
}

/// The content words of a folded text.
pub fn content_words(folded: &Folded) -> impl Iterator<Item = &str> {
    (0..folded.len()).map(|i| folded.word(i)).filter(|w| is_content_word(w))
}

/// The numbers of a folded text (Eastern digits are folded to ASCII).
pub fn numbers(folded: &Folded) -> impl Iterator<Item = &str> {
    (0..folded.len()).map(|i| folded.word(i)).filter(|w| w.chars().all(|c| c.is_ascii_digit()))
}

/// FNV-1a: a stable 64-bit hash of a word, the same on every machine and release.
pub fn hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_skip_function_words_numbers_and_short_words() {
        let f = Folded::new("The minister said 50 hostages of Gaza were freed; وزیر در غزه گفت");
        let words: Vec<&str> = content_words(&f).collect();
        assert_eq!(words, ["minister", "hostages", "gaza", "freed", "وزیر", "غزه"]);
        let digits = Folded::new("۵۰ and 50");
        let n: Vec<&str> = numbers(&digits).collect();
        assert_eq!(n, ["50", "50"]);
        assert_eq!(hash("gaza"), hash("gaza"));
        assert_ne!(hash("gaza"), hash("غزه"));
    }
}
