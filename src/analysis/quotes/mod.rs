//! Quotes: who said what, in which article, and the same statement across sources.
//!
//! Extraction reads each article's plain text (not its HTML) sentence by sentence
//! ([`find`]): quotations in marks attributed by a speech verb before or after them,
//! speech after a colon, reported speech. Speakers are names and roles of the registry,
//! pronouns resolved to the person the text is about, or names kept as written; when the
//! text gives no speaker, the quote stays unattributed. A statement an article repeats (a
//! headline echoing its body) is one quote. What the corpus makes of them (ids, events,
//! the same statement across articles) is [`super::quote_table`].

#[cfg(test)]
mod arabic_forms;
mod cues;
mod find;
mod marks;
#[cfg(test)]
mod newswire_forms;
mod speaker;
#[cfg(test)]
mod without_registry;

use serde::Serialize;
use std::sync::Arc;

use super::entities::EntityIndex;
use super::names::ArticleNames;
use super::para::Para;
use crate::corpus::Article;
use crate::text::Folded;
pub use speaker::{Speaker, Via};

/// Direct speech (in marks, or after a colon), a partial quote, or reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's words.
    Direct,
    /// A few of the speaker's words, in marks inside the writer's sentence, with which
    /// they named or judged something ("called the plan “a costly mistake”",
    /// "condemned the launch as “reckless and provocative”").
    Partial,
    /// The speaker's words retold ("X said that ...").
    Reported,
}

/// A quote found in one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Found {
    /// Paragraph it starts in (index into the article's paragraphs).
    pub paragraph: usize,
    /// Paragraph it ends in.
    pub last_paragraph: usize,
    /// The words quoted.
    pub text: String,
    /// Direct, partial or reported.
    pub kind: QuoteKind,
    /// Who said it, when the text tells.
    pub speaker: Option<Speaker>,
    /// Other paragraphs of the article repeating it.
    pub repeated_in: Vec<usize>,
}

/// Finds the quotes of one article.
pub(crate) fn extract<'a>(
    article: &Article,
    paras: &'a [Para<'a>],
    index: &'a EntityIndex,
    names: &'a ArticleNames<'a>,
) -> Vec<Arc<Found>> {
    let latin = !crate::text::is_rtl(&article.language);
    let arabic = article.language.split('-').next() == Some("ar");
    let prepared = find::Article {
        words: paras.iter().map(|p| speaker::TaggedPara::new(p, index, latin, arabic)).collect(),
        marked: marks::find(&paras.iter().map(|p| p.text).collect::<Vec<_>>()),
        sentences: Vec::new(),
        texts: paras.iter().map(|p| p.text).collect(),
    };
    let sentences = paras
        .iter()
        .map(|p| {
            let protected: Vec<_> = prepared
                .marked
                .iter()
                .flat_map(|q| q.pieces.iter())
                .filter(|(pi, _)| *pi == p.index)
                .map(|(_, r)| r.clone())
                .collect();
            crate::text::sentences::split(p.text, &protected)
        })
        .collect();
    let prepared = find::Article { sentences, ..prepared };
    let mut reader = find::QuoteFinder::new(index, latin, names);
    reader.learn_genders(&prepared);
    reader.learn_titles(&prepared);
    for p in 0..paras.len() {
        reader.paragraph(&prepared, p);
    }
    merge_repeats(reader.found).into_iter().map(Arc::new).collect()
}

/// One quote for a statement an article makes twice: the longer text is kept, with the
/// better-known speaker, and the paragraphs of the repeats.
fn merge_repeats(found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // Gists are made only for quotes that have a candidate repeat: most have none.
    let mut gists: Vec<Option<similarity::Gist>> = Vec::with_capacity(found.len());
    for f in found {
        let mut gist: Option<similarity::Gist> = None;
        let mut same = None;
        for i in 0..out.len() {
            if !compatible_speakers(&out[i].speaker, &f.speaker) {
                continue;
            }
            let g = gists[i].get_or_insert_with(|| similarity::Gist::new(&out[i].text));
            let mine = gist.get_or_insert_with(|| similarity::Gist::new(&f.text));
            if g.containment(mine) >= 0.8 || g.word_containment(mine) >= 0.9 {
                same = Some(i);
                break;
            }
        }
        match same {
            Some(i) => {
                if f.text.len() > out[i].text.len() {
                    gists[i] = gist;
                }
                let o = &mut out[i];
                let (keep, other) = if f.text.len() > o.text.len() { (f, o.clone()) } else { (o.clone(), f) };
                let mut merged = keep;
                merged.speaker = merged.speaker.or(other.speaker);
                // The kinds are ordered from the speaker's own words to the retold.
                merged.kind = merged.kind.min(other.kind);
                merged.repeated_in.push(other.paragraph);
                merged.repeated_in.extend(other.repeated_in);
                merged.repeated_in.sort_unstable();
                merged.repeated_in.dedup();
                merged.repeated_in.retain(|p| *p != merged.paragraph);
                out[i] = merged;
            }
            None => {
                out.push(f);
                gists.push(gist);
            }
        }
    }
    out.sort_by_key(|f| f.paragraph);
    out
}

fn compatible_speakers(a: &Option<Speaker>, b: &Option<Speaker>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => match (a.entity, b.entity) {
            (Some(x), Some(y)) => x == y,
            (None, None) => Folded::new(&a.name).text == Folded::new(&b.name).text,
            _ => false,
        },
        _ => true,
    }
}

pub(crate) mod similarity {
    //! How much of one text another holds: word trigrams for wording, words for content.

    use crate::analysis::sorted::common;
    use crate::text;

    /// A text reduced for comparison: hashed, sorted, without repeats.
    pub(crate) struct Gist {
        /// Word trigrams (pairs or single words for very short texts).
        pub shingles: Vec<u64>,
        /// Words of three letters or more.
        pub words: Vec<u64>,
        /// Content words (no function words).
        pub content: Vec<u64>,
    }

    impl Gist {
        pub(crate) fn new(t: &str) -> Gist {
            // Words average five or six bytes with their separator.
            let mut words = Words::with_capacity(t.len() / 5);
            text::each_word(t, |w| words.add(w));
            words.gist()
        }

        /// The gist of a text already folded.
        pub(crate) fn of_folded(folded: &text::Folded) -> Gist {
            let mut words = Words::with_capacity(folded.len());
            (0..folded.len()).for_each(|i| words.add(folded.word(i)));
            words.gist()
        }

        /// The share of the smaller text's trigrams found in the other.
        pub(crate) fn containment(&self, other: &Gist) -> f64 {
            share_of_smaller(&self.shingles, &other.shingles, 1)
        }

        /// The share of the smaller text's words found in the other: a headline condensing
        /// a statement keeps its words, not their order.
        pub(crate) fn word_containment(&self, other: &Gist) -> f64 {
            share_of_smaller(&self.words, &other.words, 4)
        }
    }

    /// A text's folded words, hashed as they come.
    struct Words {
        all: Vec<u64>,
        words: Vec<u64>,
        content: Vec<u64>,
    }

    impl Words {
        fn with_capacity(n: usize) -> Words {
            Words { all: Vec::with_capacity(n), words: Vec::with_capacity(n), content: Vec::with_capacity(n) }
        }

        fn add(&mut self, w: &str) {
            let h = text::hash(w);
            self.all.push(h);
            if w.chars().nth(2).is_some() {
                self.words.push(h);
            }
            if text::is_content_word(w) {
                self.content.push(h);
            }
        }

        fn gist(self) -> Gist {
            let n = self.all.len().clamp(1, 3);
            let shingles =
                self.all.windows(n).map(|w| w.iter().fold(0u64, |h, x| h.rotate_left(21) ^ x)).collect();
            Gist { shingles: sorted(shingles), words: sorted(self.words), content: sorted(self.content) }
        }
    }

    fn sorted(mut v: Vec<u64>) -> Vec<u64> {
        v.sort_unstable();
        v.dedup();
        v
    }

    fn share_of_smaller(a: &[u64], b: &[u64], min: usize) -> f64 {
        let small = a.len().min(b.len());
        if small < min || small == 0 { 0.0 } else { common(a, b) as f64 / small as f64 }
    }
}

#[cfg(test)]
pub(crate) mod tests;
