//! Events: articles that report the same real-world happening.
//!
//! An article's `event` key puts it in that event, whose title and summary come from
//! events.yaml when the analyst wrote them. Articles without the key are grouped
//! automatically ([`super::grouping`]). Events are listed oldest first, and each knows why
//! its articles are together. A generated event takes the id of its first article.

use chrono::NaiveDate;
use std::sync::Arc;

use std::collections::BTreeSet;

use super::ArticleIx;
use super::entities::EntityIndex;
use super::grouping::{self, LinkCache, NearMiss};
use super::reading::Reading;
use crate::corpus::{Corpus, Slug};

/// Settings of event grouping.
#[derive(Clone, Debug)]
pub struct EventOptions {
    /// Articles further apart than this many days never report one event.
    pub window_days: u32,
}

impl Default for EventOptions {
    fn default() -> Self {
        EventOptions { window_days: 3 }
    }
}

/// A happening, and the articles that report it.
#[derive(Clone, Debug)]
pub struct Event {
    /// Stable id.
    pub id: Slug,
    /// Curated title, or the first report's headline.
    pub title: String,
    /// Language of the title (the first report's when generated).
    pub title_language: String,
    /// Curated summary.
    pub summary: Option<String>,
    /// True when events.yaml describes it.
    pub curated: bool,
    /// Story it belongs to, per events.yaml.
    pub story: Option<Slug>,
    /// Its articles, in publication order (ties by id).
    pub articles: Vec<ArticleIx>,
    /// First publication day.
    pub start: NaiveDate,
    /// Last publication day.
    pub end: NaiveDate,
    /// Why these articles are together, one reason per line.
    pub reasons: Vec<String>,
}

/// Groups the articles of `corpus` into events, oldest first; also returns the articles
/// that nearly joined another event. `links` holds what an earlier grouping found.
pub(crate) fn group(
    corpus: &Corpus,
    readings: &[Arc<Reading>],
    index: &EntityIndex,
    options: &EventOptions,
    links: Option<&mut LinkCache>,
) -> (Vec<Event>, Vec<NearMiss>) {
    let clusters = grouping::cluster(corpus, readings, index, options.window_days, links);
    let mut taken: BTreeSet<Slug> = clusters.groups.iter().filter_map(|g| g.0.clone()).collect();
    taken.extend(corpus.registries.events.keys().cloned());
    let mut events: Vec<Event> = clusters
        .groups
        .into_iter()
        .map(|(pinned, members, mut reasons)| {
            if members.len() == 1 && pinned.is_none() {
                reasons.insert(0, "Reported by this article alone.".to_owned());
            }
            let id = pinned.unwrap_or_else(|| {
                let first =
                    members.iter().min_by_key(|&&a| (corpus.articles[a].published, &corpus.articles[a].id));
                let id = unique_id(&corpus.articles[*first.expect("a group has members")].id, &taken);
                taken.insert(id.clone());
                id
            });
            make_event(corpus, id, members, reasons)
        })
        .collect();
    events.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    (events, clusters.near)
}

/// An id for a generated event, from its first article's id, not clashing with `taken`.
fn unique_id(base: &Slug, taken: &BTreeSet<Slug>) -> Slug {
    if !taken.contains(base) {
        return base.clone();
    }
    (2..)
        .map(|n| Slug::sanitize(&format!("{base}-{n}")).unwrap_or_else(|| base.clone()))
        .find(|s| !taken.contains(s))
        .unwrap_or_else(|| base.clone())
}

/// Builds an event from its members, with curated text when events.yaml has some.
pub(crate) fn make_event(
    corpus: &Corpus,
    id: Slug,
    mut members: Vec<ArticleIx>,
    reasons: Vec<String>,
) -> Event {
    let articles = &corpus.articles;
    members.sort_by(|&a, &b| {
        (articles[a].published, &articles[a].id).cmp(&(articles[b].published, &articles[b].id))
    });
    let first = &articles[members[0]];
    let curated = corpus.registries.events.get(&id);
    let start = members.iter().map(|&i| articles[i].published.date).min().unwrap_or(first.published.date);
    let end = members.iter().map(|&i| articles[i].published.date).max().unwrap_or(start);
    let curated_title = curated.and_then(|c| c.title.clone());
    Event {
        title_language: if curated_title.is_some() { String::new() } else { first.language.clone() },
        title: curated_title.unwrap_or_else(|| first.title.clone()),
        summary: curated.and_then(|c| c.summary.clone()),
        curated: curated.is_some(),
        story: curated.and_then(|c| c.story.clone()),
        articles: members,
        start,
        end,
        reasons,
        id,
    }
}

/// For each article, the index of its event.
pub fn event_of(articles: usize, events: &[Event]) -> Vec<usize> {
    let mut out = vec![0; articles];
    for (e, event) in events.iter().enumerate() {
        for &a in &event.articles {
            out[a] = e;
        }
    }
    out
}
