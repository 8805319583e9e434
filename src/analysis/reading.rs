//! Reading one article: the work done once per article, independently of the others, so
//! it runs in parallel. Paragraphs are folded once and shared by every finder.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::entities::{EntityIndex, EntityIx};
use super::facts::{self, Facts};
use super::framing::{self, Excerpt, LexiconMatcher};
use super::names::ArticleNames;
use super::para::Para;
use super::quotes::{self, Found};
use crate::corpus::Article;
use crate::text::{self, Folded};

/// What one article says. Its terms, numbers and names serve the analysis only, and are
/// dropped when it ends unless a [`crate::Cache`] keeps the reading for the next build.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Reading {
    /// Mentions of each entity (by name or role).
    pub entity_counts: BTreeMap<EntityIx, u32>,
    /// Uses of each lexicon term, aligned with the lexicon's terms.
    pub lexicon_counts: Vec<u32>,
    /// Distancing words in the outlet's own voice.
    pub distancing: Vec<Excerpt>,
    /// Quotes found, in text order.
    pub quotes: Vec<Arc<Found>>,
    /// Content words (by the low half of their [`crate::text::hash`]: all that comparing
    /// the words of two articles needs, in half the memory) with their counts, sorted.
    pub terms: Vec<(u32, u32)>,
    /// Numbers the text gives (hashed), sorted, without repeats.
    pub numbers: Vec<u64>,
    /// Per paragraph, the entities (`ix | 1 << 63`) and numbers it names, sorted: what a
    /// paragraph keeps in translation.
    pub names: Vec<Vec<u64>>,
    /// What identifies the happening the article reports, read from its text.
    pub facts: Facts,
}

impl Reading {
    /// Drops what only the analysis uses (terms, numbers, names by paragraph): the pages
    /// need the rest. A tenth of the memory of a build's analysis.
    pub(crate) fn drop_working_set(&mut self) {
        self.terms = Vec::new();
        self.numbers = Vec::new();
        self.names = Vec::new();
        self.facts = Facts::default();
    }
}

/// Reads `article`.
pub(crate) fn read(article: &Article, index: &EntityIndex, lexicon: &LexiconMatcher) -> Reading {
    let date = article.published.date;
    let mut reading = Reading { lexicon_counts: vec![0; lexicon.terms], ..Reading::default() };
    let texts = article.doc.texts();
    let paras: Vec<Para<'_>> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let folded = Folded::new(text);
            let mentions = index.find(&folded, text, date);
            Para { index: i, text, folded, mentions }
        })
        .collect();
    let mut words: Vec<u32> = Vec::with_capacity(article.doc.words);
    let mut numbers = BTreeSet::new();
    for p in &paras {
        words.extend(text::content_words(&p.folded).map(|w| text::hash(w) as u32));
        let mut names: BTreeSet<u64> = text::numbers(&p.folded).map(text::hash).collect();
        numbers.extend(names.iter().copied());
        for m in &p.mentions {
            for e in &m.entities {
                *reading.entity_counts.entry(*e).or_default() += 1;
                names.insert(*e as u64 | 1 << 63);
            }
        }
        reading.names.push(names.into_iter().collect());
        for m in lexicon.matcher.find_all(&p.folded, p.text) {
            for term in m.values {
                reading.lexicon_counts[*term] += 1;
            }
        }
    }
    // The headline says what happened in the fewest words: its words count too.
    words.extend(text::content_words(&Folded::new(&article.title)).map(|w| text::hash(w) as u32));
    words.sort_unstable();
    reading.terms = words.chunk_by(|a, b| a == b).map(|run| (run[0], run.len() as u32)).collect();
    reading.numbers = numbers.into_iter().collect();
    let names = ArticleNames::new(&paras, &article.language);
    reading.facts = facts::read(&paras, &names, article.published.date);
    reading.quotes = quotes::extract(article, &paras, index, &names);
    for p in &paras {
        reading.distancing.extend(framing::distancing(p.index, p.text, &p.folded, &reading.quotes));
    }
    // Held until the analysis ends, for every article: no room to spare.
    reading.terms.shrink_to_fit();
    reading.quotes.shrink_to_fit();
    reading.distancing.shrink_to_fit();
    reading
}
