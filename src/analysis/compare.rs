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

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::ArticleIx;
use super::entities::{EntityIndex, EntityIx};
use super::events::Event;
use super::quotes::Quote;
use super::reading::Reading;
use crate::corpus::Corpus;
use crate::text::{self, Folded, PhraseMatcher};

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
    /// Distancing words, each with the sentence it is in.
    pub distancing: Vec<Excerpt>,
    /// Sentences no other report of the event has.
    pub unique: Vec<Excerpt>,
}

/// A phrase in its sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    /// The paragraph (index into the article's paragraphs).
    pub paragraph: usize,
    /// What was found ("deems", or empty for a whole sentence).
    pub term: String,
    /// The sentence.
    pub sentence: String,
}

/// Text two reports in one language share.
#[derive(Clone, Debug)]
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
#[derive(Clone, Debug)]
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
#[derive(Clone, Debug)]
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
/// Sentences sharing this much of their content words restate each other.
const RESTATES: f64 = 0.35;
/// Paragraphs in two languages correspond when their names and numbers overlap this much.
const CORRESPONDS: f64 = 0.5;
/// Cross-language pairs below this share of corresponding paragraphs are not parallel.
const MIN_PARALLEL: f64 = 0.3;
/// Sentences shorter than this are not worth listing as unique.
const MIN_UNIQUE_WORDS: usize = 6;
/// Unique sentences listed per report.
const MAX_UNIQUE: usize = 6;
/// Events with more reports than this skip the sentence-by-sentence comparison, which
/// grows with the square of their size.
const MAX_DETAILED: usize = 40;

/// Compares the coverage of every event.
pub fn compare(
    corpus: &Corpus,
    readings: &[Reading],
    index: &EntityIndex<'_>,
    events: &[Event],
    quotes: &[Quote],
) -> Vec<Comparison> {
    let mut quote_counts = vec![0usize; corpus.articles.len()];
    for q in quotes {
        quote_counts[q.article] += 1;
    }
    let distancing = distancing_matcher();
    events
        .iter()
        .map(|e| {
            let texts: Vec<ArticleText> =
                e.articles.iter().map(|&a| ArticleText::new(corpus, index, a)).collect();
            let first = &corpus.articles[e.articles[0]].published;
            let detailed = e.articles.len() <= MAX_DETAILED;
            let coverage = e
                .articles
                .iter()
                .enumerate()
                .map(|(i, &a)| Coverage {
                    article: a,
                    lag_hours: corpus.articles[a].published.hours_after(first),
                    words: corpus.articles[a].doc.words,
                    quotes: quote_counts[a],
                    entities: readings[a].entity_counts.clone(),
                    lexicon: readings[a].lexicon_counts.clone(),
                    distancing: texts[i].find(&distancing, &speech(&readings[a])),
                    unique: if detailed { unique(&texts, i) } else { Vec::new() },
                })
                .collect();
            let (overlap, parallel) = if detailed { pairs(corpus, &texts) } else { (Vec::new(), Vec::new()) };
            Comparison { coverage, overlap, parallel }
        })
        .collect()
}

/// An article's text cut into sentences, ready to compare.
struct ArticleText {
    article: ArticleIx,
    language: String,
    sentences: Vec<Sentence>,
    /// Names and numbers of each paragraph, for cross-language correspondence.
    paragraphs: Vec<BTreeSet<u64>>,
    grams: HashSet<u64>,
}

struct Sentence {
    paragraph: usize,
    text: String,
    folded: Folded,
    words: BTreeSet<String>,
}

impl ArticleText {
    fn new(corpus: &Corpus, index: &EntityIndex<'_>, a: ArticleIx) -> ArticleText {
        let article = &corpus.articles[a];
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let mut grams = HashSet::new();
        for (p, para) in article.doc.paragraphs.iter().enumerate() {
            let mut para_sig = BTreeSet::new();
            for range in text::sentences::split(&para.text, &[]) {
                let t = &para.text[range];
                let folded = Folded::new(t);
                let mut signature: BTreeSet<u64> = index
                    .find(&folded, t, article.published.date)
                    .into_iter()
                    .flat_map(|m| m.entities)
                    .map(|e| e as u64 | 1 << 63)
                    .collect();
                signature.extend(text::numbers(&folded).map(text::hash));
                let words = text::content_words(&folded).map(str::to_owned).collect();
                let all: Vec<&str> = (0..folded.len()).map(|i| folded.word(i)).collect();
                grams.extend(all.windows(5).map(|w| text::hash(&w.join(" "))));
                para_sig.extend(signature);
                sentences.push(Sentence { paragraph: p, text: t.to_owned(), folded, words });
            }
            paragraphs.push(para_sig);
        }
        ArticleText { article: a, language: article.language.clone(), sentences, paragraphs, grams }
    }

    /// Distancing words in the outlet's own voice (not in the speech it quotes), in their
    /// sentences.
    fn find(&self, matcher: &PhraseMatcher<&'static str>, speech: &[(usize, &str)]) -> Vec<Excerpt> {
        let mut out = Vec::new();
        for s in &self.sentences {
            for m in matcher.find_all(&s.folded, &s.text) {
                let span = s.folded.words[m.words.start].original.start
                    ..s.folded.words[m.words.end - 1].original.end;
                let term = &s.text[span.clone()];
                if speech.iter().any(|(p, q)| *p == s.paragraph && q.contains(term)) {
                    continue;
                }
                out.push(Excerpt {
                    paragraph: s.paragraph,
                    term: s.text[span].to_owned(),
                    sentence: s.text.clone(),
                });
            }
        }
        out
    }
}

/// Words that put a claim at a distance: the outlet does not make it its own.
fn distancing_matcher() -> PhraseMatcher<&'static str> {
    const TERMS: &[&str] = &[
        "deems", "deemed", "perceived", "alleged", "allegedly", "so-called", "purported", "purportedly",
        "claimed", "what it called", "what it calls", "what they called", "what he called",
        "what Iran calls", "what Israel calls", "reportedly", "به اصطلاح", "ادعایی", "به ادعای", "مدعی",
        "موسوم به", "ادعا شده", "المزعوم", "المزعومة", "ما يسمى", "ما يسمّى",
    ];
    let mut m = PhraseMatcher::default();
    for t in TERMS {
        m.insert(t, *t);
    }
    m
}

/// Same-language overlap and cross-language correspondence of every pair of reports.
fn pairs(corpus: &Corpus, texts: &[ArticleText]) -> (Vec<Overlap>, Vec<Parallel>) {
    let (mut overlap, mut parallel) = (Vec::new(), Vec::new());
    for (x, a) in texts.iter().enumerate() {
        for b in &texts[x + 1..] {
            if a.language == b.language {
                let (small, large) = if a.grams.len() <= b.grams.len() { (a, b) } else { (b, a) };
                let copied = ratio(small.grams.intersection(&large.grams).count(), small.grams.len());
                let restated = ratio(
                    b.sentences.iter().filter(|s| a.sentences.iter().any(|t| restates(s, t))).count(),
                    b.sentences.len(),
                );
                if copied >= MIN_COPIED || restated >= RESTATES {
                    overlap.push(Overlap {
                        a: a.article,
                        b: b.article,
                        score: round(copied),
                        restated: round(restated),
                    });
                }
            } else {
                let aligned = correspondence(&a.paragraphs, &b.paragraphs).len();
                let naming = a.paragraphs.iter().chain(&b.paragraphs).filter(|p| !p.is_empty()).count();
                let score = ratio(2 * aligned, naming);
                let (aa, ab) = (&corpus.articles[a.article], &corpus.articles[b.article]);
                let declared =
                    aa.translation_of.as_ref() == Some(&ab.id) || ab.translation_of.as_ref() == Some(&aa.id);
                if score >= MIN_PARALLEL || declared {
                    parallel.push(Parallel { a: a.article, b: b.article, score: round(score), declared });
                }
            }
        }
    }
    overlap.sort_by(|p, q| {
        q.score.total_cmp(&p.score).then(q.restated.total_cmp(&p.restated)).then((p.a, p.b).cmp(&(q.a, q.b)))
    });
    parallel.sort_by(|p, q| q.score.total_cmp(&p.score).then((p.a, p.b).cmp(&(q.a, q.b))));
    (overlap, parallel)
}

/// The paragraphs of `a` and `b` that correspond, in order, as index pairs: the longest
/// order-keeping matching of paragraphs whose names and numbers overlap enough.
fn correspondence(a: &[BTreeSet<u64>], b: &[BTreeSet<u64>]) -> Vec<(usize, usize)> {
    let fits = |x: &BTreeSet<u64>, y: &BTreeSet<u64>| {
        let common = x.intersection(y).count();
        common >= 2 && ratio(common, x.union(y).count()) >= CORRESPONDS
    };
    let (n, m) = (a.len(), b.len());
    let mut best = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let take = if fits(&a[i], &b[j]) { best[i + 1][j + 1] + 1 } else { 0 };
            best[i][j] = take.max(best[i + 1][j]).max(best[i][j + 1]);
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if fits(&a[i], &b[j]) && best[i][j] == best[i + 1][j + 1] + 1 {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if best[i + 1][j] >= best[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// True when two sentences say the same thing in other words: enough content words in
/// common, as a share of both or of the shorter.
fn restates(a: &Sentence, b: &Sentence) -> bool {
    let common = a.words.intersection(&b.words).count();
    common >= 3
        && (ratio(common, a.words.union(&b.words).count()) >= RESTATES
            || (common >= 5 && ratio(common, a.words.len().min(b.words.len())) >= 0.4))
}

/// The sentences of report `i` no other report of the event has: no sentence in the same
/// language restates it, and its paragraph has no counterpart in the reports in other
/// languages (paragraphs correspond by the names and numbers they give, in order).
fn unique(texts: &[ArticleText], i: usize) -> Vec<Excerpt> {
    let me = &texts[i];
    let others: Vec<&ArticleText> =
        texts.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, t)| t).collect();
    if others.is_empty() {
        return Vec::new();
    }
    // For reports in other languages: which of my paragraphs have a counterpart there.
    let counterparts: Vec<BTreeSet<usize>> = others
        .iter()
        .map(|o| {
            if o.language == me.language {
                BTreeSet::new()
            } else {
                correspondence(&me.paragraphs, &o.paragraphs).into_iter().map(|(p, _)| p).collect()
            }
        })
        .collect();
    let elsewhere: Vec<bool> = me
        .sentences
        .iter()
        .map(|s| {
            others.iter().zip(&counterparts).any(|(o, paired)| {
                if o.language == me.language {
                    o.sentences.iter().any(|t| restates(s, t))
                } else {
                    paired.contains(&s.paragraph)
                }
            })
        })
        .collect();
    let mut out = Vec::new();
    for (k, s) in me.sentences.iter().enumerate() {
        if s.words.len() < MIN_UNIQUE_WORDS || quoted(&s.text) || elsewhere[k] {
            continue;
        }
        // A lead repeating the report's own sentence that others have is not unique.
        let repeats_shared =
            me.sentences.iter().enumerate().any(|(j, t)| j != k && elsewhere[j] && restates(s, t));
        if !repeats_shared {
            out.push(Excerpt { paragraph: s.paragraph, term: String::new(), sentence: s.text.clone() });
            if out.len() == MAX_UNIQUE {
                break;
            }
        }
    }
    out
}

/// The quotes of an article: paragraph and text.
fn speech(reading: &Reading) -> Vec<(usize, &str)> {
    reading.quotes.iter().map(|q| (q.paragraph, q.text.as_str())).collect()
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

    fn set(xs: &[u64]) -> BTreeSet<u64> {
        xs.iter().copied().collect()
    }

    #[test]
    fn paragraphs_correspond_in_order_by_what_they_name() {
        let a = [set(&[1, 2, 3]), set(&[4, 5]), set(&[7, 8])];
        let b = [set(&[1, 2]), set(&[9]), set(&[4, 5, 6]), set(&[7, 8])];
        assert_eq!(correspondence(&a, &b), [(0, 0), (1, 2), (2, 3)]);
        // Out of order, only one of the two can be matched.
        assert_eq!(correspondence(&[set(&[1, 2]), set(&[3, 4])], &[set(&[3, 4]), set(&[1, 2])]).len(), 1);
    }

    #[test]
    fn distancing_words_are_found_in_english_and_persian() {
        let m = distancing_matcher();
        let text = "what Iran deems as brutal strikes and the perceived war crimes; به اصطلاح معامله قرن";
        let f = Folded::new(text);
        let found: Vec<&str> = m.find_all(&f, text).into_iter().flat_map(|x| x.values).copied().collect();
        assert_eq!(found, ["deems", "perceived", "به اصطلاح"]);
    }
}
