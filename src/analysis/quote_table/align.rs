//! The same statement in several sources: grouping the quotes of an event.
//!
//! Two quotes of different articles of one event are the same statement when they have
//! the same speaker and
//! - in one language, their words overlap enough;
//! - across languages, they sit at the same place in the order of that speaker's quotes,
//!   and name the same entities and numbers (a translation declared with `translation_of`
//!   needs only the order).
//!
//! Groups never hold two quotes of one article, so two different statements of one
//! article can never be merged through a third.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::Quote;
use crate::analysis::ArticleIx;
use crate::analysis::entities::EntityIndex;
use crate::analysis::events::Event;
use crate::analysis::quotes::similarity::Gist;
use crate::analysis::sorted::jaccard;
use crate::corpus::Corpus;
use crate::text::{self, Folded};

/// Same-language quotes whose trigram containment reaches this are one statement.
const CONTAINMENT: f64 = 0.5;
/// ...or whose content words overlap this much (Jaccard).
const WORD_OVERLAP: f64 = 0.35;
/// Cross-language quotes must name entities and numbers that overlap this much.
const SIGNATURE_OVERLAP: f64 = 0.5;

/// What a quote says, computed once: the evidence pairs are judged on.
struct Profile {
    gist: Gist,
    /// Entities and numbers it names, sorted: what survives translation.
    signature: Vec<u64>,
    /// Who said it: a registry entity, or an unregistered name folded.
    speaker: Option<Result<usize, String>>,
    word_count: usize,
}

impl Profile {
    fn new(q: &Quote, index: &EntityIndex, date: chrono::NaiveDate) -> Profile {
        let text = &q.found.text;
        let folded = Folded::new(text);
        let mut signature: Vec<u64> = index
            .find(&folded, text, date)
            .into_iter()
            .flat_map(|m| m.entities)
            .map(|e| e as u64 | 1 << 63)
            .chain(text::numbers(&folded).map(text::hash))
            .collect();
        signature.sort_unstable();
        signature.dedup();
        Profile {
            gist: Gist::of_folded(&folded),
            signature,
            speaker: q.found.speaker.as_ref().map(|s| s.entity.ok_or_else(|| Folded::new(&s.name).text)),
            word_count: crate::markdown::count_words(text),
        }
    }
}

/// The profiles of one event's quotes, by quote.
type Profiles = FxHashMap<usize, Profile>;

/// A quote as its article and its place among that article's quotes: the same in every
/// build of the same article, wherever its quotes fall in the corpus' list.
type Local = (ArticleIx, usize);

/// The candidate pairs of one event's quotes, scored in thousandths, strongest first (ties
/// by position). They depend only on the event's articles, so `serve` keeps them for the
/// next build.
pub(crate) type EventPairs = Vec<(u32, Local, Local)>;

/// Sets `group` on every quote; `known(e)` gives the pairs an earlier build found for the
/// same articles as event `e`, used as they are. Returns each event's pairs.
pub(super) fn group(
    corpus: &Corpus,
    index: &EntityIndex,
    events: &[Event],
    quotes: &mut [Quote],
    known: &(dyn Fn(usize) -> Option<Arc<EventPairs>> + Sync),
) -> Vec<Arc<EventPairs>> {
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, q) in quotes.iter().enumerate() {
        by_article.entry(q.article).or_default().push(i);
    }
    // Events hold disjoint quotes: their candidate pairs are found in parallel, then
    // joined in event order. Profiles live only while their event is compared.
    let quotes_ro: &[Quote] = quotes;
    // Quotes are listed by article, so a quote's place in its article is its distance
    // from the article's first.
    let local = |q: usize| -> Local {
        let a = quotes_ro[q].article;
        (a, q - by_article[&a][0])
    };
    let per_event: Vec<Arc<EventPairs>> = events
        .par_iter()
        .enumerate()
        .map(|(e, event)| {
            if let Some(pairs) = known(e) {
                return pairs;
            }
            let profiles: Profiles = (event.articles.iter().filter_map(|a| by_article.get(a)).flatten())
                .map(|&q| {
                    let quote = &quotes_ro[q];
                    (q, Profile::new(quote, index, corpus.articles[quote.article].published.date))
                })
                .collect();
            let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
            for (x, &a) in event.articles.iter().enumerate() {
                for &b in &event.articles[x + 1..] {
                    let (Some(qa), Some(qb)) = (by_article.get(&a), by_article.get(&b)) else {
                        continue;
                    };
                    pair_articles(corpus, quotes_ro, &profiles, (a, qa), (b, qb), &mut pairs);
                }
            }
            // Strongest evidence first; ties by position, for a stable result.
            pairs.sort_by(|x, y| y.0.cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
            Arc::new(pairs.into_iter().map(|(s, i, j)| (s, local(i), local(j))).collect())
        })
        .collect();
    let mut groups = Groups::new(quotes);
    for &(_, (a, i), (b, j)) in per_event.iter().flat_map(|p| p.iter()) {
        groups.union(by_article[&a][i], by_article[&b][j]);
    }
    groups.assign(corpus, quotes);
    per_event
}

/// Candidate pairs between the quotes of articles `a` and `b`, scored in thousandths.
fn pair_articles(
    corpus: &Corpus,
    quotes: &[Quote],
    profiles: &Profiles,
    (a, qa): (usize, &Vec<usize>),
    (b, qb): (usize, &Vec<usize>),
    pairs: &mut Vec<(u32, usize, usize)>,
) {
    let (aa, ab) = (&corpus.articles[a], &corpus.articles[b]);
    if aa.language == ab.language {
        for &i in qa {
            for &j in qb {
                let (x, y) = (&profiles[&i], &profiles[&j]);
                if x.speaker.is_some() && x.speaker == y.speaker {
                    let score = x
                        .gist
                        .containment(&y.gist)
                        .max(jaccard(&x.gist.content, &y.gist.content) / WORD_OVERLAP * CONTAINMENT);
                    if score >= CONTAINMENT {
                        pairs.push(((score * 1000.0) as u32, i, j));
                    }
                }
            }
        }
        return;
    }
    let translation =
        aa.translation_of.as_ref() == Some(&ab.id) || ab.translation_of.as_ref() == Some(&aa.id);
    let entity = |q: usize| profiles[&q].speaker.as_ref().and_then(|s| s.as_ref().ok().copied());
    let speakers: BTreeSet<usize> = qa.iter().chain(qb).filter_map(|&q| entity(q)).collect();
    for s in speakers {
        let sa: Vec<usize> = qa.iter().copied().filter(|&q| entity(q) == Some(s)).collect();
        let sb: Vec<usize> = qb.iter().copied().filter(|&q| entity(q) == Some(s)).collect();
        let compatible = |i: usize, j: usize| {
            let (x, y) = (&profiles[&i], &profiles[&j]);
            if translation {
                return true;
            }
            let ratio = x.word_count.max(1) as f64 / y.word_count.max(1) as f64;
            if !(0.5..=2.0).contains(&ratio) {
                return false;
            }
            if x.signature.is_empty() && y.signature.is_empty() {
                // Nothing to compare: only the order can tell, so both must have said
                // the same number of things.
                return sa.len() == sb.len() && quotes[i].found.kind == quotes[j].found.kind;
            }
            jaccard(&x.signature, &y.signature) >= SIGNATURE_OVERLAP
        };
        for (i, j) in align_in_order(&sa, &sb, compatible) {
            let same_place = sa.iter().position(|&q| q == i) == sb.iter().position(|&q| q == j);
            pairs.push((if same_place { 900 } else { 600 }, i, j));
        }
    }
}

/// The longest order-preserving matching of `a` and `b` under `compatible`.
fn align_in_order(
    a: &[usize],
    b: &[usize],
    compatible: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let pairs = crate::analysis::in_order::matching(a, b, |&x, &y| compatible(x, y));
    pairs.into_iter().map(|(i, j)| (a[i], b[j])).collect()
}

/// Union-find over quotes, refusing unions that would put two quotes of one article in a
/// group.
struct Groups {
    parent: Vec<usize>,
    articles: Vec<BTreeSet<usize>>,
}

impl Groups {
    fn new(quotes: &[Quote]) -> Groups {
        Groups {
            parent: (0..quotes.len()).collect(),
            articles: quotes.iter().map(|q| BTreeSet::from([q.article])).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, i: usize, j: usize) {
        let (ri, rj) = (self.find(i), self.find(j));
        if ri == rj || !self.articles[ri].is_disjoint(&self.articles[rj]) {
            return;
        }
        let (keep, gone) = (ri.min(rj), ri.max(rj));
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.articles[gone]);
        self.articles[keep].extend(moved);
    }

    /// Names each group after its earliest quote: first article in publication order,
    /// then by id, then by position.
    fn assign(mut self, corpus: &Corpus, quotes: &mut [Quote]) {
        let roots: Vec<usize> = (0..quotes.len()).map(|i| self.find(i)).collect();
        let mut first: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, &r) in roots.iter().enumerate() {
            let key = |q: usize| {
                let a = &corpus.articles[quotes[q].article];
                (a.published, &a.id, quotes[q].found.paragraph, q)
            };
            let current = first.entry(r).or_insert(i);
            if key(i) < key(*current) {
                *current = i;
            }
        }
        for (i, r) in roots.into_iter().enumerate() {
            quotes[i].group = quotes[first[&r]].id.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_alignment_skips_what_does_not_fit() {
        let pairs = align_in_order(&[1, 2, 3], &[10, 30], |a, b| a * 10 == b);
        assert_eq!(pairs, [(1, 10), (3, 30)]);
        assert!(align_in_order(&[1], &[], |_, _| true).is_empty());
    }
}
