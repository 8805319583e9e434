//! The Markdown briefs mdBook builds into a book: an introduction, one brief per event
//! (`events/<id>.md`), one chapter per timeline, and one chapter per month holding the
//! briefs of that month's events.
//!
//! mdBook's build time grows with the square of the number of chapters (410 s for 10,000),
//! so events are not chapters: months are. The book stays one book at any size, with a
//! dozen chapters a year; each event's brief is in its month's chapter under an anchor
//! named by the event's id, and also on its own in `events/` for sharing.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::Serialize;

use super::charts::{self, Chart};
use super::event;
use super::links::Chapter;
use super::story::StoryView;
use super::views::{Ctx, EventRef, LATEST};
use super::{Page, Renderer};

/// A month of events: one chapter of the book.
#[derive(Serialize)]
struct Month<'c> {
    /// `2023-10`.
    id: String,
    /// Its file, from the book's root.
    chapter: String,
    /// `October 2023`.
    label: String,
    year: i32,
    events: Vec<&'c EventRef>,
    /// The events, as indexes.
    #[serde(skip)]
    indexes: Vec<usize>,
}

/// The months of a year, for the summary.
#[derive(Serialize)]
struct Year<'m> {
    year: i32,
    months: Vec<&'m Month<'m>>,
}

/// The book's pages; `site` renders the event pages made with the briefs.
pub(super) fn pages(site: &Renderer<'_>, r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    let stories = c.story_views();
    let months = months(c);
    let mut years: Vec<Year<'_>> = Vec::new();
    for m in months.iter().rev() {
        match years.last_mut() {
            Some(y) if y.year == m.year => y.months.push(m),
            _ => years.push(Year { year: m.year, months: vec![m] }),
        }
    }
    #[derive(Serialize)]
    struct Front<'a> {
        stories: &'a [StoryView<'a>],
        latest: Vec<&'a EventRef>,
        years: Vec<Year<'a>>,
    }
    let latest = (0..c.analysis.events.len()).rev().take(LATEST).map(|e| c.event_ref(e)).collect();
    let front = Front { stories: &stories, latest, years };
    let mut pages = vec![
        r.page("brief/README.md", "README.md".into(), &front),
        r.page("brief/SUMMARY.md", "SUMMARY.md".into(), &front),
    ];
    #[derive(Serialize)]
    struct Brief<'a> {
        id: &'a str,
        markdown: String,
    }
    #[derive(Serialize)]
    struct MonthView<'a> {
        month: &'a Month<'a>,
        briefs: Vec<Brief<'a>>,
    }
    // Month by month, each event's page and brief, then the month's chapter holding the
    // briefs (headings one level down): only a month's briefs are held at a time.
    let by_month: Vec<Vec<Page>> = months
        .par_iter()
        .map(|m| {
            let path = m.chapter.clone();
            let event::Rendered { mut pages, briefs } = event::pages(site, r, c, &m.indexes, r.wants(&path));
            let chapter = m
                .indexes
                .iter()
                .zip(&briefs)
                .filter_map(|(&e, text)| {
                    let text = text.as_ref().ok()?.as_ref()?;
                    Some(Brief { id: c.analysis.events[e].id.as_str(), markdown: demote(text) })
                })
                .collect();
            pages.push(r.page("brief/month.md", path, &MonthView { month: m, briefs: chapter }));
            pages.extend(briefs.into_iter().filter_map(Result::err).map(Err));
            pages
        })
        .collect();
    pages.extend(by_month.into_iter().flatten());
    #[derive(Serialize)]
    struct Timeline<'a> {
        story: &'a StoryView<'a>,
        events: Vec<&'a EventRef>,
        chart: Option<Chart>,
    }
    let indexes: Vec<usize> = (0..c.analysis.stories.len()).collect();
    let path = |&s: &usize| Chapter::Timeline(c.analysis.stories[s].id.as_str()).file();
    pages.extend(r.each(&indexes, "brief/timeline.md", path, |&s| {
        let story = &c.analysis.stories[s];
        Timeline {
            story: &stories[s],
            events: story.events.iter().map(|&e| c.event_ref(e)).collect(),
            chart: charts::timeline(c, &story.events),
        }
    }));
    pages
}

/// Events by the month they started, oldest month first, events in order.
fn months<'c>(c: &'c Ctx<'_>) -> Vec<Month<'c>> {
    let mut by_month: BTreeMap<(i32, u32), Vec<usize>> = BTreeMap::new();
    for (e, event) in c.analysis.events.iter().enumerate() {
        by_month.entry((event.start.year(), event.start.month())).or_default().push(e);
    }
    by_month
        .into_iter()
        .map(|((year, month), indexes)| {
            let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default();
            let id = first.format("%Y-%m").to_string();
            Month {
                chapter: Chapter::Month(&id).file(),
                id,
                label: first.format("%B %Y").to_string(),
                year,
                events: indexes.iter().map(|&e| c.event_ref(e)).collect(),
                indexes,
            }
        })
        .collect()
}

/// Moves every heading of a brief one level down. Only the template writes headings: the
/// `md` filter escapes `#` and line breaks in the text it prints.
fn demote(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 64);
    for line in markdown.split_inclusive('\n') {
        if line.starts_with('#') {
            out.push('#');
        }
        out.push_str(line);
    }
    out
}
