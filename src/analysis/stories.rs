//! Stories: events followed over months and years, shown as timelines.
//!
//! The analyst's stories in events.yaml come first. Events no curated story claims are
//! linked automatically when they share at least two of their main people (those named by
//! at least half of their reports): the calls of Amir-Abdollahian with Haniyeh in October
//! and in December become one timeline. A timeline longer than [`MAX_EVENTS`] is cut by
//! year, so a busy pair does not swallow the corpus.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::entities::{EntityIndex, EntityIx};
use super::events::Event;
use super::reading::Reading;
use crate::corpus::{Corpus, EntityKind, Slug};

/// A timeline of events.
#[derive(Clone, Debug)]
pub struct Story {
    /// Stable id.
    pub id: Slug,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: Option<String>,
    /// True when events.yaml describes it.
    pub curated: bool,
    /// Its events, as indexes into the analysis' events, oldest first.
    pub events: Vec<usize>,
}

/// Curated stories, then automatic ones, each with its events oldest first.
pub fn build(
    corpus: &Corpus,
    readings: &[Arc<Reading>],
    index: &EntityIndex,
    events: &[Event],
) -> Vec<Story> {
    let mut stories: Vec<Story> = corpus
        .registries
        .stories
        .values()
        .map(|s| Story {
            id: s.id.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            curated: true,
            events: (0..events.len()).filter(|&e| events[e].story.as_ref() == Some(&s.id)).collect(),
        })
        .filter(|s| !s.events.is_empty())
        .collect();
    let free: Vec<usize> = (0..events.len())
        .filter(|&e| !events[e].story.as_ref().is_some_and(|s| corpus.registries.stories.contains_key(s)))
        .collect();
    let casts: Vec<Vec<EntityIx>> = free.iter().map(|&e| main_people(&events[e], readings, index)).collect();
    // Union events that share two main people; by person, so it stays near-linear.
    let mut parent: Vec<usize> = (0..free.len()).collect();
    let mut by_pair: BTreeMap<(EntityIx, EntityIx), usize> = BTreeMap::new();
    for (k, cast) in casts.iter().enumerate() {
        for (x, &p) in cast.iter().enumerate() {
            for &q in &cast[x + 1..] {
                match by_pair.get(&(p, q)) {
                    Some(&other) => union(&mut parent, k, other),
                    None => {
                        by_pair.insert((p, q), k);
                    }
                }
            }
        }
    }
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..free.len() {
        let root = find(&mut parent, k);
        components.entry(root).or_default().push(k);
    }
    for members in components.into_values().filter(|m| m.len() >= 2) {
        let evs: Vec<usize> = members.iter().map(|&k| free[k]).collect();
        for chunk in split_by_year(events, evs) {
            if chunk.len() >= 2 {
                stories.push(automatic(&chunk, &casts, &free, events, index));
            }
        }
    }
    dedup_ids(&mut stories);
    stories.sort_by(|a, b| (!a.curated, &a.id).cmp(&(!b.curated, &b.id)));
    stories
}

/// The longest automatic timeline; longer ones are cut by year.
pub const MAX_EVENTS: usize = 40;

/// The people named by at least half of an event's reports, sorted.
fn main_people(event: &Event, readings: &[Arc<Reading>], index: &EntityIndex) -> Vec<EntityIx> {
    let mut reports: BTreeMap<EntityIx, usize> = BTreeMap::new();
    for &a in &event.articles {
        for &e in readings[a].entity_counts.keys() {
            if index.get(e).kind == EntityKind::Person {
                *reports.entry(e).or_default() += 1;
            }
        }
    }
    let half = event.articles.len().div_ceil(2);
    reports.into_iter().filter(|(_, n)| *n >= half).map(|(e, _)| e).collect()
}

/// An automatic story of `events` (indexes into all events), named after the people who
/// recur most among them.
fn automatic(
    chunk: &[usize],
    casts: &[Vec<EntityIx>],
    free: &[usize],
    events: &[Event],
    index: &EntityIndex,
) -> Story {
    let mut tally: BTreeMap<EntityIx, usize> = BTreeMap::new();
    for &e in chunk {
        let k = free.binary_search(&e).expect("chunk events are free events");
        for &p in &casts[k] {
            *tally.entry(p).or_default() += 1;
        }
    }
    let mut people: Vec<(EntityIx, usize)> = tally.into_iter().collect();
    people.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let top: Vec<EntityIx> = people.into_iter().take(3).map(|(p, _)| p).collect();
    let names: Vec<&str> = top.iter().map(|&p| index.get(p).name.as_str()).collect();
    let title = match names.as_slice() {
        [a, b] => format!("{a} and {b}"),
        [a, b, c] => format!("{a}, {b} and {c}"),
        _ => names.join(", "),
    };
    let year = events[chunk[0]].start.format("%Y");
    let ids: Vec<&str> = top.iter().map(|&p| index.get(p).id.as_str()).collect();
    let base = format!("{}-{year}", ids.join("-"));
    let id = Slug::sanitize(&base).expect("entity ids and a year make a valid id");
    let mut sorted = chunk.to_vec();
    sorted.sort_unstable();
    Story { id, title, summary: None, curated: false, events: sorted }
}

/// Splits a long timeline by year.
fn split_by_year(events: &[Event], mut members: Vec<usize>) -> Vec<Vec<usize>> {
    members.sort_unstable();
    if members.len() <= MAX_EVENTS {
        return vec![members];
    }
    let mut out: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    for e in members {
        out.entry(chrono::Datelike::year(&events[e].start)).or_default().push(e);
    }
    out.into_values().collect()
}

/// Makes story ids unique by numbering repeats.
fn dedup_ids(stories: &mut [Story]) {
    let mut seen = std::collections::BTreeSet::new();
    for s in stories.iter_mut() {
        let mut n = 2;
        let base = s.id.clone();
        while !seen.insert(s.id.clone()) {
            s.id = Slug::sanitize(&format!("{base}-{n}")).unwrap_or_else(|| base.clone());
            n += 1;
        }
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// The stories `event` belongs to (a story holds its events in index order).
pub fn of_event(stories: &[Story], event: usize) -> impl Iterator<Item = &Story> {
    stories.iter().filter(move |s| s.events.binary_search(&event).is_ok())
}
