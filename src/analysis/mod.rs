//! The analysis: what the corpus says, computed without any I/O.
//!
//! Each article is read once (in parallel): its entity mentions, lexicon terms and quotes.
//! Then articles are grouped into events, events into stories, the quotes of each event
//! aligned across sources and languages, and every event's coverage compared source by
//! source. Everything refers to articles by their index in [`Corpus::articles`], which is
//! sorted by id, and every list is sorted, so the same corpus always gives the same
//! analysis.

pub mod compare;
pub mod entities;
pub mod events;
mod facts;
mod framing;
mod grouping;
mod in_order;
mod names;
mod para;
pub mod quote_table;
pub mod quotes;
mod reading;
mod sorted;
pub mod stories;

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::corpus::Corpus;
use crate::diagnostics::Diagnostics;
pub use compare::{Comparison, Coverage, Overlap, Parallel};
pub use entities::{EntityIndex, EntityIx};
pub use events::{Event, EventOptions};
pub use framing::Excerpt;
pub use grouping::NearMiss;
pub(crate) use names::is_organization;
pub use quote_table::Quote;
pub use quotes::{QuoteKind, Speaker};
pub use reading::Reading;
pub use stories::Story;

/// Index of an article in [`Corpus::articles`].
pub type ArticleIx = usize;

/// Settings of the analysis.
#[derive(Clone, Debug, Default)]
pub struct AnalysisOptions {
    /// Event grouping settings.
    pub events: EventOptions,
    /// Where each step's time is recorded, for `--timings`.
    pub timings: std::sync::Arc<crate::Timings>,
}

/// Everything the outputs show.
pub struct Analysis {
    /// The registry's entities, with their matchers.
    pub index: EntityIndex,
    /// Per article, aligned with [`Corpus::articles`].
    pub readings: Vec<Arc<Reading>>,
    /// Per article, the index of its event in [`Analysis::events`].
    pub event_of: Vec<usize>,
    /// Events, oldest first.
    pub events: Vec<Event>,
    /// Stories (timelines), by id.
    pub stories: Vec<Story>,
    /// Every quote, by article then position.
    pub quotes: Vec<Quote>,
    /// Per event, how each source covered it.
    pub comparisons: Vec<Arc<Comparison>>,
    /// Articles that nearly joined another event.
    pub near_misses: Vec<NearMiss>,
    /// Per article, the range of its quotes in [`Analysis::quotes`].
    quote_ranges: Vec<std::ops::Range<usize>>,
}

/// Drops what only the analysis uses from each reading no cache shares (see
/// [`Reading::drop_working_set`]).
fn drop_working_sets(readings: &mut [Arc<Reading>]) {
    for r in readings {
        if let Some(r) = Arc::get_mut(r) {
            r.drop_working_set();
        }
    }
}

impl Analysis {
    /// Drops the working sets a cache kept from being dropped, once the cache is gone.
    pub(crate) fn drop_working_sets(&mut self) {
        drop_working_sets(&mut self.readings);
    }

    /// The quotes of article `a`, as indexes into [`Analysis::quotes`].
    pub fn quotes_of(&self, a: ArticleIx) -> std::ops::Range<usize> {
        self.quote_ranges[a].clone()
    }
}

/// What one analysis keeps for the next: each article's reading, by the article's
/// fingerprint, the links found between articles, and each event's pairs of quotes and
/// comparison, by the fingerprints of its articles; all of it only while the registries
/// stay the same.
#[derive(Default)]
pub struct AnalysisCache {
    registries: u64,
    readings: FxHashMap<u64, Arc<Reading>>,
    /// What the last analysis reused.
    reused: Reused,
    links: grouping::LinkCache,
    events: FxHashMap<EventKey, Arc<EventWork>>,
}

/// The fingerprints of an event's articles, in the event's order: what its quote pairs and
/// comparison depend on.
type EventKey = Vec<u64>;

/// An event's quote pairs and comparison with its articles numbered by their place in the
/// event (0, 1, ...) rather than in the corpus, which an added article shifts.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct EventWork {
    pairs: quote_table::EventPairs,
    comparison: Comparison,
}

impl EventWork {
    /// `pairs` and `comparison` of the event whose articles are `articles`, numbered by place.
    fn new(articles: &[ArticleIx], pairs: &quote_table::EventPairs, comparison: &Comparison) -> EventWork {
        let place: FxHashMap<ArticleIx, usize> = articles.iter().enumerate().map(|(i, &a)| (a, i)).collect();
        let place = |a: ArticleIx| place[&a];
        EventWork {
            pairs: quote_table::pairs_with_articles(pairs, place),
            comparison: comparison.with_articles(place),
        }
    }
}

/// How much of an analysis came from a cache: readings of how many articles, the work of
/// how many events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Reused {
    pub(crate) readings: usize,
    pub(crate) of_readings: usize,
    pub(crate) events: usize,
    pub(crate) of_events: usize,
}

impl Reused {
    /// True when everything was reused.
    pub(crate) fn all(&self) -> bool {
        self.readings == self.of_readings && self.events == self.of_events
    }
}

/// The part of an [`AnalysisCache`] that outlives the process (see [`crate::cache`]): the
/// readings, by article fingerprint, and the events' work, by their key, each sorted, and
/// the registries they were made with. The links between articles depend on the whole
/// corpus (the weight of each word does), so a build started afresh finds them again.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct Saved {
    registries: u64,
    readings: Vec<(u64, Arc<Reading>)>,
    events: Vec<(EventKey, Arc<EventWork>)>,
}

impl AnalysisCache {
    /// What [`AnalysisCache::from_saved`] restores.
    pub(crate) fn saved(&self) -> Saved {
        let mut readings: Vec<(u64, Arc<Reading>)> =
            self.readings.iter().map(|(f, r)| (*f, Arc::clone(r))).collect();
        readings.sort_unstable_by_key(|(f, _)| *f);
        let mut events: Vec<(EventKey, Arc<EventWork>)> =
            self.events.iter().map(|(k, w)| (k.clone(), Arc::clone(w))).collect();
        events.sort_unstable_by(|x, y| x.0.cmp(&y.0));
        Saved { registries: self.registries, readings, events }
    }

    /// A cache holding what an earlier build saved.
    pub(crate) fn from_saved(saved: Saved) -> AnalysisCache {
        AnalysisCache {
            registries: saved.registries,
            readings: saved.readings.into_iter().collect(),
            events: saved.events.into_iter().collect(),
            ..AnalysisCache::default()
        }
    }

    /// What the last analysis reused of it.
    pub(crate) fn reused(&self) -> Reused {
        self.reused
    }

    /// How many readings and events' work it holds.
    pub(crate) fn len(&self) -> (usize, usize) {
        (self.readings.len(), self.events.len())
    }
}

/// Analyses `corpus`. Problems worth a warning (an unknown speaker) go to `diags`.
pub fn analyse(corpus: &Corpus, options: &AnalysisOptions, diags: &mut Diagnostics) -> Analysis {
    analyse_cached(corpus, options, diags, None)
}

/// [`analyse`], reusing what `cache` holds from an earlier build and updating it.
pub fn analyse_cached(
    corpus: &Corpus,
    options: &AnalysisOptions,
    diags: &mut Diagnostics,
    mut cache: Option<&mut AnalysisCache>,
) -> Analysis {
    let mut clock = options.timings.start();
    if let Some(c) = cache.as_deref_mut()
        && c.registries != corpus.registries.fingerprint
    {
        *c = AnalysisCache { registries: corpus.registries.fingerprint, ..AnalysisCache::default() };
    }
    let index = EntityIndex::new(&corpus.registries);
    let lexicon = framing::LexiconMatcher::new(&corpus.registries.lexicon);
    let known = cache.as_deref();
    let mut readings: Vec<Arc<Reading>> = corpus
        .articles
        .par_iter()
        .map(|a| match known.and_then(|c| c.readings.get(&a.fingerprint)) {
            Some(r) => Arc::clone(r),
            None => Arc::new(reading::read(a, &index, &lexicon)),
        })
        .collect();
    clock.lap("  reading");
    let links = cache.as_deref_mut().map(|c| &mut c.links);
    let (events, near_misses) = events::group(corpus, &readings, &index, &options.events, links);
    let event_of = events::event_of(corpus.articles.len(), &events);
    let stories = stories::build(corpus, &readings, &index, &events);
    clock.lap("  events");
    let keys: Vec<EventKey> = match cache {
        Some(_) => events
            .iter()
            .map(|e| e.articles.iter().map(|&a| corpus.articles[a].fingerprint).collect())
            .collect(),
        None => Vec::new(),
    };
    let known = |e: usize| cache.as_deref().and_then(|c| keys.get(e).and_then(|k| c.events.get(k)));
    let in_corpus = |e: usize| {
        let articles = &events[e].articles;
        move |place: usize| articles[place]
    };
    let (quotes, pairs) = quote_table::collect(corpus, &index, &readings, &events, &event_of, &|e| {
        known(e).map(|w| Arc::new(quote_table::pairs_with_articles(&w.pairs, in_corpus(e))))
    });
    quote_table::report_unknown_speakers(corpus, &quotes, diags);
    clock.lap("  quotes");
    let comparisons = compare::compare(corpus, &readings, &events, &quotes, &|e| {
        known(e).map(|w| Arc::new(w.comparison.with_articles(in_corpus(e))))
    });
    if let Some(c) = cache {
        c.reused = Reused {
            readings: corpus.articles.iter().filter(|a| c.readings.contains_key(&a.fingerprint)).count(),
            of_readings: corpus.articles.len(),
            events: keys.iter().filter(|k| c.events.contains_key(*k)).count(),
            of_events: keys.len(),
        };
        c.readings = corpus.articles.iter().map(|a| a.fingerprint).zip(readings.iter().cloned()).collect();
        let work = keys.into_iter().zip(&events).zip(pairs.iter().zip(&comparisons));
        c.events = work
            .map(|((k, e), (p, cmp))| {
                let kept = c.events.get(&k).cloned();
                let work = kept.unwrap_or_else(|| Arc::new(EventWork::new(&e.articles, p, cmp)));
                (k, work)
            })
            .collect();
    }
    clock.lap("  compare");
    drop_working_sets(&mut readings);
    let mut quote_ranges = vec![0..0; corpus.articles.len()];
    let mut start = 0;
    for (a, r) in quote_ranges.iter_mut().enumerate() {
        let end = start + quotes[start..].iter().take_while(|q| q.article == a).count();
        *r = start..end;
        start = end;
    }
    Analysis { index, readings, event_of, events, stories, quotes, comparisons, near_misses, quote_ranges }
}
