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
mod framing;
mod grouping;
pub mod quotes;
mod reading;
pub mod stories;

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::diagnostics::Diagnostics;
pub use compare::{Comparison, Coverage, Excerpt, Overlap, Parallel};
pub use entities::{EntityIndex, EntityIx};
pub use events::{Event, EventOptions};
pub use grouping::NearMiss;
pub use quotes::{Quote, QuoteKind, Speaker};
pub use reading::Reading;
pub use stories::Story;

/// Index of an article in [`Corpus::articles`].
pub type ArticleIx = usize;

/// Settings of the analysis.
#[derive(Clone, Debug, Default)]
pub struct AnalysisOptions {
    /// Event grouping settings.
    pub events: EventOptions,
    /// Print how long each step takes (to stderr).
    pub timings: bool,
}

/// Everything the outputs show.
pub struct Analysis {
    /// The registry's entities, with their matchers.
    pub index: EntityIndex,
    /// Per article, aligned with [`Corpus::articles`].
    pub readings: Vec<Reading>,
    /// Per article, the index of its event in [`Analysis::events`].
    pub event_of: Vec<usize>,
    /// Events, oldest first.
    pub events: Vec<Event>,
    /// Stories (timelines), by id.
    pub stories: Vec<Story>,
    /// Every quote, by article then position.
    pub quotes: Vec<Quote>,
    /// Per event, how each source covered it.
    pub comparisons: Vec<Comparison>,
    /// Articles that nearly joined another event.
    pub near_misses: Vec<NearMiss>,
    /// Per article, the range of its quotes in [`Analysis::quotes`].
    quote_ranges: Vec<std::ops::Range<usize>>,
}

impl Analysis {
    /// The quotes of article `a`, as indexes into [`Analysis::quotes`].
    pub fn quotes_of(&self, a: ArticleIx) -> std::ops::Range<usize> {
        self.quote_ranges[a].clone()
    }
}

/// Analyses `corpus`. Problems worth a warning (an unknown speaker) go to `diags`.
pub fn analyse(corpus: &Corpus, options: &AnalysisOptions, diags: &mut Diagnostics) -> Analysis {
    let mut clock = crate::Stopwatch::new(options.timings);
    let index = EntityIndex::new(&corpus.registries);
    let lexicon = framing::LexiconMatcher::new(&corpus.registries.lexicon);
    let readings: Vec<Reading> =
        corpus.articles.par_iter().map(|a| reading::read(a, &index, &lexicon)).collect();
    clock.lap("  reading");
    let (events, near_misses) = events::group(corpus, &readings, &index, &options.events);
    let event_of = events::event_of(corpus.articles.len(), &events);
    let stories = stories::build(corpus, &readings, &index, &events);
    clock.lap("  events");
    let quotes = quotes::collect(corpus, &index, &readings, &events, &event_of);
    quotes::report_unknown_speakers(corpus, &quotes, diags);
    clock.lap("  quotes");
    let comparisons = compare::compare(corpus, &readings, &events, &quotes);
    clock.lap("  compare");
    let mut quote_ranges = vec![0..0; corpus.articles.len()];
    let mut start = 0;
    for (a, r) in quote_ranges.iter_mut().enumerate() {
        let end = start + quotes[start..].iter().take_while(|q| q.article == a).count();
        *r = start..end;
        start = end;
    }
    Analysis { index, readings, event_of, events, stories, quotes, comparisons, near_misses, quote_ranges }
}
