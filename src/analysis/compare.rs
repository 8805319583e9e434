//! Source comparison: for each event, how each outlet covered it.
//!
//! - timing: each report's lag behind the first;
//! - coverage: words, quotes, and whom and what each mentions;
//! - framing: lexicon terms, and distancing words ("what Iran deems", "alleged");
//! - overlap: within a language, the share of word sequences two reports have in common
//!   (copying) and of sentences one restates from the other (rewriting); across languages,
//!   the share of paragraphs that correspond by the names and numbers they give (the same
//!   readout in two languages), with declared translations marked;
//! - unique content: the sentences only one report has.
//!
//! Sentences are compared through an index of their content words, so an event costs
//! about the number of words its reports share, not the square of its sentences.

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::*;

use super::ArticleIx;
use super::events::Event;
use super::framing::Excerpt;
use super::quote_table::Quote;
use super::reading::Reading;
use crate::corpus::Corpus;
use crate::markdown::Texts;
use crate::text;

/// How one article of an event covered it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Coverage {
    /// The article.
    pub article: ArticleIx,
    /// Hours after the event's first report (whole days when a date has no time).
    pub lag_hours: f64,
    /// Words.
    pub words: usize,
    /// Quotes it carries.
    pub quotes: usize,
    /// Sentences no other report of the event has. (Entities, lexicon terms and
    /// distancing words are in the article's [`Reading`].)
    pub unique: Vec<Excerpt>,
}

/// Text two reports in one language share.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Overlap {
    /// The earlier article.
    pub a: ArticleIx,
    /// The later article.
    pub b: ArticleIx,
    /// Share of the shorter article's word 5-grams found in the other (copied text).
    pub score: f64,
    /// Share of the later article's sentences that restate one of the earlier's.
    pub restated: f64,
}

/// Two reports in different languages that say the same things.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Parallel {
    /// The earlier article.
    pub a: ArticleIx,
    /// The later article.
    pub b: ArticleIx,
    /// Share of their paragraphs (those naming anything) with a counterpart in the other.
    pub score: f64,
    /// True when one declares itself a translation of the other (`translation_of`).
    pub declared: bool,
}

/// The comparison of one event's coverage.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Comparison {
    /// One row per article, in publication order.
    pub coverage: Vec<Coverage>,
    /// Same-language pairs with text in common, highest first.
    pub overlap: Vec<Overlap>,
    /// Cross-language pairs that correspond, highest first.
    pub parallel: Vec<Parallel>,
}

/// Copied text below this share is noise (stock phrases).
const MIN_COPIED: f64 = 0.05;
/// Sentences sharing this much of their content words (Jaccard) restate each other...
const RESTATES: f64 = 0.35;
/// ...or, with five words or more in common, this much of the shorter one's.
const RESTATES_SHORTER: f64 = 0.4;
/// Paragraphs in two languages correspond when their names and numbers overlap this much.
const CORRESPONDS: f64 = 0.5;
/// Cross-language pairs below this share of corresponding paragraphs are not parallel.
const MIN_PARALLEL: f64 = 0.3;
/// Sentences shorter than this are not worth listing as unique.
const MIN_UNIQUE_WORDS: usize = 6;
/// Unique sentences listed per report.
const MAX_UNIQUE: usize = 6;
/// Events with more reports than this skip the sentence-by-sentence comparison.
const MAX_DETAILED: usize = 40;

impl Comparison {
    /// The same comparison with every article passed through `f`: numbered by place in
    /// the event for the cache, and back.
    pub(crate) fn with_articles(&self, f: impl Fn(ArticleIx) -> ArticleIx) -> Comparison {
        Comparison {
            coverage: self.coverage.iter().map(|c| Coverage { article: f(c.article), ..c.clone() }).collect(),
            overlap: self.overlap.iter().map(|o| Overlap { a: f(o.a), b: f(o.b), ..o.clone() }).collect(),
            parallel: self.parallel.iter().map(|p| Parallel { a: f(p.a), b: f(p.b), ..p.clone() }).collect(),
        }
    }
}

/// Compares the coverage of every event; `known(e)` gives a comparison an earlier build
/// made of the same articles, which is used as it is.
pub fn compare(
    corpus: &Corpus,
    readings: &[Arc<Reading>],
    events: &[Event],
    quotes: &[Quote],
    known: &(dyn Fn(usize) -> Option<Arc<Comparison>> + Sync),
) -> Vec<Arc<Comparison>> {
    let mut quote_counts = vec![0usize; corpus.articles.len()];
    for q in quotes {
        quote_counts[q.article] += 1;
    }
    events
        .par_iter()
        .enumerate()
        .map(|(ix, e)| {
            if let Some(c) = known(ix) {
                return c;
            }
            let first = &corpus.articles[e.articles[0]].published;
            let detailed = (2..=MAX_DETAILED).contains(&e.articles.len());
            // The texts unpacked once, for the whole comparison of the event.
            let bodies: Vec<Texts> = if detailed {
                e.articles.iter().map(|&a| corpus.articles[a].doc.texts()).collect()
            } else {
                Vec::new()
            };
            let texts: Vec<ArticleText> = e
                .articles
                .iter()
                .zip(&bodies)
                .map(|(&a, body)| ArticleText::new(corpus, readings, a, body))
                .collect();
            let shared = if detailed { Shared::find(corpus, &texts) } else { Shared::default() };
            let coverage = e
                .articles
                .iter()
                .enumerate()
                .map(|(i, &a)| Coverage {
                    article: a,
                    lag_hours: corpus.articles[a].published.hours_after(first),
                    words: corpus.articles[a].doc.words,
                    quotes: quote_counts[a],
                    unique: if detailed { unique(&texts, &shared, i) } else { Vec::new() },
                })
                .collect();
            Arc::new(Comparison { coverage, overlap: shared.overlap, parallel: shared.parallel })
        })
        .collect()
}

/// An article's text cut into sentences, ready to compare.
struct ArticleText<'c> {
    article: ArticleIx,
    language: &'c str,
    sentences: Vec<Sentence<'c>>,
    /// Names and numbers of each paragraph.
    names: &'c [Vec<u64>],
    /// Word 5-grams, hashed, sorted, without repeats.
    grams: Vec<u64>,
    /// (content word, sentence holding it), sorted: one list, searched by word.
    index: Vec<(u64, u32)>,
}

struct Sentence<'c> {
    paragraph: usize,
    text: &'c str,
    /// Content words, hashed, sorted, without repeats.
    words: Vec<u64>,
}

impl<'c> ArticleText<'c> {
    fn new(
        corpus: &'c Corpus,
        readings: &'c [Arc<Reading>],
        a: ArticleIx,
        body: &'c Texts,
    ) -> ArticleText<'c> {
        let article = &corpus.articles[a];
        let mut sentences = Vec::new();
        let mut grams = Vec::with_capacity(article.doc.words);
        // A sentence's words and content words, hashed: buffers reused sentence to sentence.
        let (mut all, mut words) = (Vec::new(), Vec::new());
        for (p, para) in body.iter().enumerate() {
            for range in text::sentences::split(para, &[]) {
                let t = &para[range];
                all.clear();
                words.clear();
                text::each_word(t, |w| {
                    let h = text::hash(w);
                    all.push(h);
                    if text::is_content_word(w) {
                        words.push(h);
                    }
                });
                grams.extend(all.windows(5).map(|w| w.iter().fold(0u64, |h, x| h.rotate_left(13) ^ x)));
                words.sort_unstable();
                words.dedup();
                sentences.push(Sentence { paragraph: p, text: t, words: words.clone() });
            }
        }
        grams.sort_unstable();
        grams.dedup();
        let mut index: Vec<(u64, u32)> = sentences
            .iter()
            .enumerate()
            .flat_map(|(s, sentence)| sentence.words.iter().map(move |&w| (w, s as u32)))
            .collect();
        index.sort_unstable();
        ArticleText {
            article: a,
            language: &article.language,
            sentences,
            names: &readings[a].names,
            grams,
            index,
        }
    }

    /// The sentences of this article that restate `s`.
    fn restating(&self, s: &Sentence<'_>) -> impl Iterator<Item = usize> {
        let mut common = vec![0usize; self.sentences.len()];
        for &w in &s.words {
            let from = self.index.partition_point(|&(x, _)| x < w);
            for &(_, t) in self.index[from..].iter().take_while(|&&(x, _)| x == w) {
                common[t as usize] += 1;
            }
        }
        let own = s.words.len();
        let counts = common.into_iter().enumerate();
        counts.filter(move |&(t, n)| restates(n, own, self.sentences[t].words.len())).map(|(t, _)| t)
    }
}

/// True when two sentences with `common` content words out of `a` and `b` say the same
/// thing in other words.
fn restates(common: usize, a: usize, b: usize) -> bool {
    common >= 3
        && (ratio(common, a + b - common) >= RESTATES
            || (common >= 5 && ratio(common, a.min(b)) >= RESTATES_SHORTER))
}

/// What the reports of an event share.
#[derive(Default)]
struct Shared {
    overlap: Vec<Overlap>,
    parallel: Vec<Parallel>,
    /// Per report and sentence: restated by a report in the same language.
    restated: Vec<Vec<bool>>,
    /// Per report: the paragraphs with a counterpart in a report in another language.
    counterparts: Vec<BTreeSet<usize>>,
}

impl Shared {
    fn find(corpus: &Corpus, texts: &[ArticleText<'_>]) -> Shared {
        let mut shared = Shared {
            restated: texts.iter().map(|t| vec![false; t.sentences.len()]).collect(),
            counterparts: vec![BTreeSet::new(); texts.len()],
            ..Shared::default()
        };
        for x in 0..texts.len() {
            for y in x + 1..texts.len() {
                let (a, b) = (&texts[x], &texts[y]);
                if a.language == b.language {
                    shared.same_language(x, y, texts);
                } else {
                    let pairs = correspondence(a.names, b.names);
                    shared.counterparts[x].extend(pairs.iter().map(|p| p.0));
                    shared.counterparts[y].extend(pairs.iter().map(|p| p.1));
                    let naming = a.names.iter().chain(b.names).filter(|p| !p.is_empty()).count();
                    let score = ratio(2 * pairs.len(), naming);
                    let (aa, ab) = (&corpus.articles[a.article], &corpus.articles[b.article]);
                    let declared = aa.translation_of.as_ref() == Some(&ab.id)
                        || ab.translation_of.as_ref() == Some(&aa.id);
                    if score >= MIN_PARALLEL || declared {
                        shared.parallel.push(Parallel {
                            a: a.article,
                            b: b.article,
                            score: round(score),
                            declared,
                        });
                    }
                }
            }
        }
        shared.overlap.sort_by(|p, q| {
            q.score
                .total_cmp(&p.score)
                .then(q.restated.total_cmp(&p.restated))
                .then((p.a, p.b).cmp(&(q.a, q.b)))
        });
        shared.parallel.sort_by(|p, q| q.score.total_cmp(&p.score).then((p.a, p.b).cmp(&(q.a, q.b))));
        shared
    }

    /// Copying and restating between reports `x` (earlier) and `y` of one language.
    fn same_language(&mut self, x: usize, y: usize, texts: &[ArticleText<'_>]) {
        let (a, b) = (&texts[x], &texts[y]);
        let mut restated_in_b = 0;
        for (s, sentence) in b.sentences.iter().enumerate() {
            let mut hits = a.restating(sentence).peekable();
            if hits.peek().is_some() {
                restated_in_b += 1;
                self.restated[y][s] = true;
                for t in hits {
                    self.restated[x][t] = true;
                }
            }
        }
        let (small, large) = if a.grams.len() <= b.grams.len() { (a, b) } else { (b, a) };
        let copied = ratio(
            small.grams.iter().filter(|g| large.grams.binary_search(g).is_ok()).count(),
            small.grams.len(),
        );
        let restated = ratio(restated_in_b, b.sentences.len());
        if copied >= MIN_COPIED || restated >= RESTATES {
            self.overlap.push(Overlap {
                a: a.article,
                b: b.article,
                score: round(copied),
                restated: round(restated),
            });
        }
    }
}

/// The paragraphs of `a` and `b` that correspond, in order, as index pairs: the longest
/// order-keeping matching of paragraphs whose names and numbers overlap enough.
fn correspondence(a: &[Vec<u64>], b: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let fits = |x: &Vec<u64>, y: &Vec<u64>| {
        let common = x.iter().filter(|v| y.binary_search(v).is_ok()).count();
        common >= 2 && ratio(common, x.len() + y.len() - common) >= CORRESPONDS
    };
    super::in_order::matching(a, b, fits)
}

/// The sentences of report `i` no other report of the event has: no report in its
/// language restates it, and its paragraph has no counterpart in the reports in other
/// languages (paragraphs correspond by the names and numbers they give, in order). A lead
/// repeating the report's own shared sentence is not unique either.
fn unique(texts: &[ArticleText<'_>], shared: &Shared, i: usize) -> Vec<Excerpt> {
    let me = &texts[i];
    let elsewhere: Vec<bool> = (0..me.sentences.len())
        .map(|s| shared.restated[i][s] || shared.counterparts[i].contains(&me.sentences[s].paragraph))
        .collect();
    let mut out = Vec::new();
    for (k, s) in me.sentences.iter().enumerate() {
        if s.words.len() < MIN_UNIQUE_WORDS || quoted(s.text) || elsewhere[k] {
            continue;
        }
        if me.restating(s).any(|j| j != k && elsewhere[j]) {
            continue;
        }
        out.push(Excerpt { paragraph: s.paragraph, term: String::new(), sentence: s.text.to_owned() });
        if out.len() == MAX_UNIQUE {
            break;
        }
    }
    out
}

/// True for a sentence in quotation marks: speech, not the outlet's own point.
fn quoted(sentence: &str) -> bool {
    sentence.trim_start().starts_with(['“', '"', '«'])
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_correspond_in_order_by_what_they_name() {
        let a = [vec![1, 2, 3], vec![4, 5], vec![7, 8]];
        let b = [vec![1, 2], vec![9], vec![4, 5, 6], vec![7, 8]];
        assert_eq!(correspondence(&a, &b), [(0, 0), (1, 2), (2, 3)]);
        // Out of order, only one of the two can be matched.
        assert_eq!(correspondence(&[vec![1, 2], vec![3, 4]], &[vec![3, 4], vec![1, 2]]).len(), 1);
    }

    #[test]
    fn restating_needs_enough_words_in_common() {
        assert!(restates(4, 6, 6));
        assert!(restates(6, 8, 30));
        assert!(!restates(2, 2, 2));
        assert!(!restates(4, 20, 20));
    }
}
