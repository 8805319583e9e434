//! Source comparison: for each event, how each outlet covered it.

use std::collections::{BTreeMap, HashSet};

use super::ArticleIx;
use super::entities::EntityIx;
use super::events::Event;
use super::quotes::Quote;
use super::reading::Reading;
use crate::corpus::Corpus;
use crate::text::Folded;

/// How one article of an event covered it.
#[derive(Clone, Debug)]
pub struct Coverage {
    /// The article.
    pub article: ArticleIx,
    /// Hours after the event's first report (whole days when a date has no time).
    pub lag_hours: f64,
    /// Words.
    pub words: usize,
    /// Quotes it carries.
    pub quotes: usize,
    /// Entities it mentions, with counts.
    pub entities: BTreeMap<EntityIx, u32>,
    /// Uses of each lexicon term.
    pub lexicon: Vec<u32>,
}

/// Text two articles share.
#[derive(Clone, Debug)]
pub struct Overlap {
    /// The earlier article.
    pub a: ArticleIx,
    /// The later article.
    pub b: ArticleIx,
    /// Share of the shorter article's word 5-grams found in the other (0 to 1).
    pub score: f64,
}

/// The comparison of one event's coverage.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// One row per article, in publication order.
    pub coverage: Vec<Coverage>,
    /// Same-language pairs with text in common, highest first.
    pub overlap: Vec<Overlap>,
}

/// Overlap below this is noise (shared stock phrases).
const MIN_OVERLAP: f64 = 0.05;

/// Compares the coverage of every event.
pub fn compare(corpus: &Corpus, readings: &[Reading], events: &[Event], quotes: &[Quote]) -> Vec<Comparison> {
    let mut quote_counts = vec![0usize; corpus.articles.len()];
    for q in quotes {
        quote_counts[q.article] += 1;
    }
    events
        .iter()
        .map(|e| {
            let first = &corpus.articles[e.articles[0]].published;
            let coverage = e
                .articles
                .iter()
                .map(|&a| Coverage {
                    article: a,
                    lag_hours: corpus.articles[a].published.hours_after(first),
                    words: corpus.articles[a].doc.words,
                    quotes: quote_counts[a],
                    entities: readings[a].entity_counts.clone(),
                    lexicon: readings[a].lexicon_counts.clone(),
                })
                .collect();
            Comparison { coverage, overlap: overlap(corpus, &e.articles) }
        })
        .collect()
}

/// Text shared by each pair of same-language articles of an event.
fn overlap(corpus: &Corpus, articles: &[ArticleIx]) -> Vec<Overlap> {
    let grams: Vec<HashSet<u64>> = articles.iter().map(|&a| five_grams(corpus, a)).collect();
    let mut out = Vec::new();
    for (x, &a) in articles.iter().enumerate() {
        for (y, &b) in articles.iter().enumerate().skip(x + 1) {
            if corpus.articles[a].language != corpus.articles[b].language {
                continue;
            }
            let (small, large) = if grams[x].len() <= grams[y].len() {
                (&grams[x], &grams[y])
            } else {
                (&grams[y], &grams[x])
            };
            if small.is_empty() {
                continue;
            }
            let score = small.intersection(large).count() as f64 / small.len() as f64;
            if score >= MIN_OVERLAP {
                out.push(Overlap { a, b, score: (score * 100.0).round() / 100.0 });
            }
        }
    }
    out.sort_by(|p, q| q.score.total_cmp(&p.score).then((p.a, p.b).cmp(&(q.a, q.b))));
    out
}

/// Hashes of the article's folded word 5-grams.
fn five_grams(corpus: &Corpus, a: ArticleIx) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let mut out = HashSet::new();
    for p in &corpus.articles[a].doc.paragraphs {
        let f = Folded::new(&p.text);
        let words: Vec<&str> = (0..f.len()).map(|i| f.word(i)).collect();
        for w in words.windows(5) {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            out.insert(h.finish());
        }
    }
    out
}
