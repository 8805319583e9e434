//! The corpus's quotes: every quote found in an article, with its id and event, and the
//! same statement by the same speaker across the articles of an event in one group
//! ([`align`]). What one article says is [`super::quotes`].

mod align;

use std::sync::Arc;

use super::ArticleIx;
use super::entities::EntityIndex;
use super::events::Event;
use super::quotes::{Found, Via};
use super::reading::Reading;
use crate::corpus::Corpus;
use crate::diagnostics::Diagnostics;
use crate::text::Folded;
pub(crate) use align::EventPairs;

/// `pairs` with every article passed through `f` (see [`crate::analysis::Comparison::with_articles`]).
pub(crate) fn pairs_with_articles(pairs: &EventPairs, f: impl Fn(ArticleIx) -> ArticleIx) -> EventPairs {
    pairs.iter().map(|&(s, (a, i), (b, j))| (s, (f(a), i), (f(b), j))).collect()
}

/// A quote of the corpus.
#[derive(Clone, Debug)]
pub struct Quote {
    /// Stable id: `<article id>-q<n>`.
    pub id: String,
    /// The article.
    pub article: ArticleIx,
    /// The event of the article.
    pub event: usize,
    /// What was found (shared with the article's reading).
    pub found: Arc<Found>,
    /// Id shared by the quotes of the same statement (the id of its first quote).
    pub group: String,
}

/// Every quote of the corpus with its id, event and group; `known` gives the pairs of
/// quotes an earlier build found for an event (see [`align::group`]). Also returns each
/// event's pairs, for the next build.
pub(crate) fn collect(
    corpus: &Corpus,
    index: &EntityIndex,
    readings: &[Arc<Reading>],
    events: &[Event],
    event_of: &[usize],
    known: &(dyn Fn(usize) -> Option<Arc<EventPairs>> + Sync),
) -> (Vec<Quote>, Vec<Arc<EventPairs>>) {
    let mut quotes = Vec::new();
    for (a, reading) in readings.iter().enumerate() {
        for (n, found) in reading.quotes.iter().enumerate() {
            let id = format!("{}-q{}", corpus.articles[a].id, n + 1);
            quotes.push(Quote {
                group: id.clone(),
                id,
                article: a,
                event: event_of[a],
                found: found.clone(),
            });
        }
    }
    let pairs = align::group(corpus, index, events, &mut quotes, known);
    (quotes, pairs)
}

/// Notes each speaker named in articles but missing from entities.yaml, once for the
/// corpus, with how many quotes and articles they have and an entry to paste. Not a
/// warning: who was quoted is not yet curated, not wrong, so `--strict` passes. A
/// description ("an official") is no one to register.
pub(crate) fn report_unknown_speakers(corpus: &Corpus, quotes: &[Quote], diags: &mut Diagnostics) {
    struct Unknown<'q> {
        first: &'q Quote,
        name: &'q str,
        quotes: usize,
        articles: std::collections::BTreeSet<ArticleIx>,
        /// A pronoun stood for them: a person.
        person: bool,
    }
    let mut unknown: std::collections::BTreeMap<String, Unknown<'_>> = std::collections::BTreeMap::new();
    for q in quotes {
        let Some(s) = &q.found.speaker else { continue };
        if s.entity.is_some() || s.via == Via::Description {
            continue;
        }
        let u = unknown.entry(Folded::new(&s.name).text).or_insert_with(|| Unknown {
            first: q,
            name: &s.name,
            quotes: 0,
            articles: std::collections::BTreeSet::new(),
            person: false,
        });
        u.quotes += 1;
        u.articles.insert(q.article);
        u.person |= s.via == Via::Pronoun;
    }
    for u in unknown.values() {
        let article = &corpus.articles[u.first.article];
        let pos = article.paragraph_pos(u.first.found.paragraph);
        let id =
            crate::corpus::Slug::from_name(u.name).map_or_else(|| "new-id".to_owned(), |s| s.to_string());
        let kind = if crate::analysis::names::is_organization(u.name) {
            "kind: organization"
        } else if u.person {
            "kind: person"
        } else {
            "kind: person or organization"
        };
        let (n, a) = (u.quotes, u.articles.len());
        diags.note(
            &article.path,
            pos,
            format!(
                "speaker \"{}\" ({n} quote{}, {a} article{}) is not in content/entities.yaml; to follow them, add `{id}: {{ name: {}, {kind}, aliases: [{}] }}`",
                u.name,
                if n == 1 { "" } else { "s" },
                if a == 1 { "" } else { "s" },
                u.name,
                u.name
            ),
        );
    }
}
