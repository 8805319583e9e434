//! Reading one article: the work done once per article, independently of the others, so
//! it runs in parallel. Paragraphs are folded once and shared by every finder.

use std::collections::BTreeMap;

use super::entities::{EntityIndex, EntityIx, Mention};
use super::quotes::{self, Found};
use crate::corpus::{Article, LexiconTerm};
use crate::text::{self, Folded, PhraseMatcher};

/// What one article says.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    /// Mentions of each entity (by name or role).
    pub entity_counts: BTreeMap<EntityIx, u32>,
    /// Uses of each lexicon term, aligned with the lexicon's terms.
    pub lexicon_counts: Vec<u32>,
    /// Quotes found, in text order.
    pub quotes: Vec<Found>,
    /// Content words (by [`crate::text::hash`]) with their counts, sorted by hash.
    pub terms: Vec<(u64, u32)>,
    /// Numbers the text gives (hashed), sorted, without repeats.
    pub numbers: Vec<u64>,
}

/// A paragraph ready for the finders.
pub(crate) struct Para<'a> {
    /// Index in the article's paragraphs.
    pub index: usize,
    /// The text.
    pub text: &'a str,
    /// The text folded.
    pub folded: Folded,
    /// Entities named in it, in text order.
    pub mentions: Vec<Mention>,
}

/// The lexicon's variants, ready for matching.
pub(crate) struct LexiconMatcher {
    terms: usize,
    matcher: PhraseMatcher<usize>,
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

/// Reads `article`.
pub(crate) fn read(article: &Article, index: &EntityIndex<'_>, lexicon: &LexiconMatcher) -> Reading {
    let date = article.published.date;
    let mut reading = Reading { lexicon_counts: vec![0; lexicon.terms], ..Reading::default() };
    let paras: Vec<Para<'_>> = article
        .doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let folded = Folded::new(&p.text);
            let mentions = index.find(&folded, &p.text, date);
            Para { index: i, text: &p.text, folded, mentions }
        })
        .collect();
    let mut terms: BTreeMap<u64, u32> = BTreeMap::new();
    let mut numbers = std::collections::BTreeSet::new();
    for p in &paras {
        for w in text::content_words(&p.folded) {
            *terms.entry(text::hash(w)).or_default() += 1;
        }
        numbers.extend(text::numbers(&p.folded).map(text::hash));
        for m in &p.mentions {
            for e in &m.entities {
                *reading.entity_counts.entry(*e).or_default() += 1;
            }
        }
        for m in lexicon.matcher.find_all(&p.folded, p.text) {
            for term in m.values {
                reading.lexicon_counts[*term] += 1;
            }
        }
    }
    reading.terms = terms.into_iter().collect();
    reading.numbers = numbers.into_iter().collect();
    reading.quotes = quotes::extract(article, &paras, index);
    reading
}
