//! A story as the pages show it: its timeline's address and chapter, its dates and events.
//! The site's front page and timeline pages and the book's introduction share it.

use serde::Serialize;

use super::links::{Address, Chapter};
use super::views::{Ctx, EventRef, date_range};

/// A story with its events, for the front page, the timeline pages and the book.
#[derive(Clone, Serialize)]
pub(crate) struct StoryView<'c> {
    pub id: String,
    pub title: String,
    pub url: String,
    /// Its chapter in the book, from the book's root.
    pub chapter: String,
    pub summary: Option<String>,
    pub dates: String,
    pub event_count: usize,
    pub events: Vec<&'c EventRef>,
}

impl Ctx<'_> {
    pub(crate) fn story_views(&self) -> Vec<StoryView<'_>> {
        let c = self;
        c.analysis
            .stories
            .iter()
            .map(|s| {
                let events: Vec<&EventRef> = s.events.iter().map(|&e| c.event_ref(e)).collect();
                let start = s.events.iter().map(|&e| c.analysis.events[e].start).min();
                let end = s.events.iter().map(|&e| c.analysis.events[e].end).max();
                StoryView {
                    id: s.id.to_string(),
                    title: s.title.clone(),
                    url: c.links.url(Address::Timeline(s.id.as_str())),
                    chapter: Chapter::Timeline(s.id.as_str()).file(),
                    summary: s.summary.clone(),
                    dates: start.zip(end).map(|(a, b)| date_range(a, b)).unwrap_or_default(),
                    event_count: s.events.len(),
                    events,
                }
            })
            .collect()
    }
}
