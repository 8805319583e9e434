//! Stories: events followed over months and years, shown as timelines.

use super::events::Event;
use crate::corpus::{Corpus, Slug};

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

/// The stories of events.yaml, each with the events that name it, oldest first. Stories
/// with no event are left out.
pub fn build(corpus: &Corpus, events: &[Event]) -> Vec<Story> {
    let mut stories: Vec<Story> = corpus
        .registries
        .stories
        .values()
        .map(|s| Story {
            id: s.id.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            curated: true,
            events: events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.story.as_ref() == Some(&s.id))
                .map(|(i, _)| i)
                .collect(),
        })
        .filter(|s| !s.events.is_empty())
        .collect();
    stories.sort_by(|a, b| a.id.cmp(&b.id));
    stories
}

/// The stories `event` belongs to.
pub fn of_event(stories: &[Story], event: usize) -> impl Iterator<Item = &Story> {
    stories.iter().filter(move |s| s.events.contains(&event))
}
