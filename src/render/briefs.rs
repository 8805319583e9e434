//! The Markdown briefs mdBook builds into a book: an introduction, a summary, one brief
//! per event and one per timeline.

use serde::Serialize;

use super::event::{EventPage, event_page};
use super::site::{Year, years};
use super::views::{Ctx, EventRef};
use super::{Page, Renderer};

pub(super) fn pages(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct StoryBrief {
        id: String,
        title: String,
        summary: Option<String>,
        dates: String,
        event_count: usize,
    }
    #[derive(Serialize)]
    struct Front {
        stories: Vec<StoryBrief>,
        latest: Vec<EventRef>,
        years: Vec<Year>,
    }
    let stories: Vec<StoryBrief> = c
        .analysis
        .stories
        .iter()
        .map(|s| {
            let start = s.events.iter().map(|&e| c.analysis.events[e].start).min();
            let end = s.events.iter().map(|&e| c.analysis.events[e].end).max();
            StoryBrief {
                id: s.id.to_string(),
                title: s.title.clone(),
                summary: s.summary.clone(),
                dates: start.zip(end).map(|(a, b)| super::views::date_range(a, b)).unwrap_or_default(),
                event_count: s.events.len(),
            }
        })
        .collect();
    let front = Front {
        latest: (0..c.analysis.events.len()).rev().take(20).map(|e| c.event_ref(e)).collect(),
        years: years(c, true),
        stories,
    };
    let mut pages = vec![
        r.page("brief/README.md", "README.md".into(), &front),
        r.page("brief/SUMMARY.md", "SUMMARY.md".into(), &front),
    ];
    let ids: Vec<usize> = (0..c.analysis.events.len()).collect();
    pages.extend(r.each(&ids, "brief/event.md", |&e| {
        let page: EventPage = event_page(c, e);
        (format!("events/{}.md", c.analysis.events[e].id), page)
    }));
    #[derive(Serialize)]
    struct Timeline<'a> {
        story: &'a StoryBrief,
        events: Vec<EventRef>,
    }
    let stories: Vec<usize> = (0..c.analysis.stories.len()).collect();
    pages.extend(r.each(&stories, "brief/timeline.md", |&s| {
        let story = &c.analysis.stories[s];
        let view = Timeline {
            story: &front.stories[s],
            events: story.events.iter().map(|&e| c.event_ref(e)).collect(),
        };
        (format!("timelines/{}.md", story.id), view)
    }));
    pages
}
