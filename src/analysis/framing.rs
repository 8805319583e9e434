//! Framing: how an outlet names things. Lexicon terms counted per article ("Zionist
//! regime" against "Israel"), and distancing words in the outlet's own voice ("what Iran
//! deems", "alleged"), found while each article is read, each an [`Excerpt`] (a phrase in
//! its sentence, which source comparison uses for what only one outlet says too).

use std::sync::{Arc, LazyLock};

use super::quotes::Found;
use crate::corpus::LexiconTerm;
use crate::text::{Folded, PhraseMatcher};

/// A phrase in its sentence.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Excerpt {
    /// The paragraph (index into the article's paragraphs).
    pub paragraph: usize,
    /// What was found ("deems", or empty for a whole sentence).
    pub term: String,
    /// The sentence.
    pub sentence: String,
}

/// The lexicon's variants, ready for matching.
pub(crate) struct LexiconMatcher {
    pub(crate) terms: usize,
    pub(crate) matcher: PhraseMatcher<usize>,
}

impl LexiconMatcher {
    pub(crate) fn new(lexicon: &[LexiconTerm]) -> LexiconMatcher {
        let mut matcher = PhraseMatcher::default();
        for (i, term) in lexicon.iter().enumerate() {
            for v in &term.variants {
                matcher.insert(v, i);
            }
        }
        LexiconMatcher { terms: lexicon.len(), matcher }
    }
}

/// Words that put a claim at a distance: the outlet does not make it its own.
static DISTANCING: LazyLock<PhraseMatcher<()>> = LazyLock::new(|| {
    const TERMS: &[&str] = &[
        "deems", "deemed", "perceived", "alleged", "allegedly", "so-called", "purported", "purportedly",
        "claimed", "what it called", "what it calls", "what they called", "what he called",
        "what Iran calls", "what Israel calls", "reportedly", "به اصطلاح", "ادعایی", "به ادعای", "مدعی",
        "موسوم به", "ادعا شده", "المزعوم", "المزعومة", "ما يسمى", "ما يسمّى",
    ];
    let mut m = PhraseMatcher::default();
    for t in TERMS {
        m.insert(t, ());
    }
    m
});

/// The distancing words of paragraph `p` outside the speech it quotes, in their sentences.
pub(crate) fn distancing(p: usize, text: &str, folded: &Folded, quotes: &[Arc<Found>]) -> Vec<Excerpt> {
    let mut out = Vec::new();
    for m in DISTANCING.find_all(folded, text) {
        let span = folded.words[m.words.start].original.start..folded.words[m.words.end - 1].original.end;
        let term = &text[span.clone()];
        let quoted =
            quotes.iter().any(|q| (q.paragraph..=q.last_paragraph).contains(&p) && q.text.contains(term));
        if quoted {
            continue;
        }
        let sentence = crate::text::sentences::split(text, &[])
            .into_iter()
            .find(|s| s.start <= span.start && span.end <= s.end)
            .map_or(text, |s| &text[s]);
        out.push(Excerpt { paragraph: p, term: term.to_owned(), sentence: sentence.to_owned() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distancing_words_are_found_in_the_outlets_voice_only() {
        let text =
            "The strikes, what Iran deems a crime, and the perceived violations. «این به اصطلاح توافق» گفت.";
        let f = Folded::new(text);
        let quoted = Found {
            paragraph: 0,
            last_paragraph: 0,
            text: "این به اصطلاح توافق".into(),
            kind: crate::analysis::QuoteKind::Direct,
            speaker: None,
            repeated_in: Vec::new(),
        };
        let found: Vec<String> =
            distancing(0, text, &f, &[Arc::new(quoted)]).into_iter().map(|e| e.term).collect();
        assert_eq!(found, ["deems", "perceived"]);
    }
}
