//! Who said what, across the corpus: a page per person with their statements, and the
//! quote tables of every event. Both are cut by time (a person's statements by year, the
//! quote tables by month) so no page grows with the corpus.

use std::collections::BTreeMap;

use chrono::Datelike;
use serde::Serialize;

use super::views::{Ctx, EventRef, GroupView};
use super::{Page, Renderer};
use crate::analysis::EntityIx;
use crate::corpus::EntityKind;

#[derive(Serialize)]
struct PersonView {
    id: String,
    name: String,
    url: String,
    role: Option<String>,
    aliases: Vec<String>,
    statements: usize,
    mentions: u32,
}

/// A period with a page of its own.
#[derive(Serialize)]
struct Period {
    label: String,
    count: usize,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct MentionedIn {
    #[serde(flatten)]
    event: EventRef,
    mentions: u32,
}

/// The person pages (one per year of statements, the newest at the person's address) and
/// the people index.
pub(super) fn people(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct View {
        person: PersonView,
        years: Vec<Period>,
        statements: Vec<GroupView>,
        events: Vec<MentionedIn>,
    }
    let people: Vec<EntityIx> = (0..c.analysis.index.entities.len())
        .filter(|&ix| c.analysis.index.get(ix).kind == EntityKind::Person)
        .collect();
    // One pass over the corpus: each person's quotes by year, and mentions by event.
    let mut said: BTreeMap<EntityIx, BTreeMap<i32, Vec<usize>>> = BTreeMap::new();
    for (q, quote) in c.analysis.quotes.iter().enumerate() {
        if let Some(e) = quote.found.speaker.as_ref().and_then(|s| s.entity) {
            let year = c.corpus.articles[quote.article].published.date.year();
            said.entry(e).or_default().entry(year).or_default().push(q);
        }
    }
    let mut mentioned: BTreeMap<EntityIx, BTreeMap<usize, u32>> = BTreeMap::new();
    for (a, reading) in c.analysis.readings.iter().enumerate() {
        for (&e, &n) in &reading.entity_counts {
            *mentioned.entry(e).or_default().entry(c.analysis.event_of[a]).or_default() += n;
        }
    }
    let person_view = |ix: EntityIx| {
        let e = c.analysis.index.get(ix);
        let groups: std::collections::BTreeSet<&str> = said
            .get(&ix)
            .into_iter()
            .flat_map(|years| years.values().flatten())
            .map(|&q| c.analysis.quotes[q].group.as_str())
            .collect();
        PersonView {
            id: e.id.to_string(),
            name: e.name.clone(),
            url: c.links.page(&format!("people/{}/", e.id)),
            role: e.role.clone(),
            aliases: e.aliases.clone(),
            statements: groups.len(),
            mentions: mentioned.get(&ix).map_or(0, |m| m.values().sum()),
        }
    };
    // A page per person and year; the newest year is the person's own page.
    let mut jobs: Vec<(EntityIx, Option<i32>)> = Vec::new();
    for &ix in &people {
        let years: Vec<i32> = said.get(&ix).map(|y| y.keys().copied().collect()).unwrap_or_default();
        jobs.push((ix, years.last().copied()));
        jobs.extend(years.iter().rev().skip(1).map(|&y| (ix, Some(y))));
    }
    let newest_year = |ix: EntityIx| said.get(&ix).and_then(|y| y.keys().next_back().copied());
    let path = |&(ix, year): &(EntityIx, Option<i32>)| {
        let id = &c.analysis.index.get(ix).id;
        match year {
            Some(y) if Some(y) != newest_year(ix) => format!("people/{id}/{y}/index.html"),
            _ => format!("people/{id}/index.html"),
        }
    };
    let mut pages = r.each(&jobs, "site/person.html", path, |&(ix, year)| {
        let id = &c.analysis.index.get(ix).id;
        let by_year = said.get(&ix);
        let newest = newest_year(ix);
        let years = by_year
            .map(|y| {
                y.iter()
                    .rev()
                    .map(|(&yr, qs)| Period {
                        label: yr.to_string(),
                        count: qs.len(),
                        url: if Some(yr) == newest {
                            c.links.page(&format!("people/{id}/"))
                        } else {
                            c.links.page(&format!("people/{id}/{yr}/"))
                        },
                        current: Some(yr) == year,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let quotes = year.and_then(|y| by_year.and_then(|b| b.get(&y))).cloned().unwrap_or_default();
        let mut statements = c.groups(&quotes);
        statements.reverse();
        let events = mentioned
            .get(&ix)
            .map(|m| {
                m.iter()
                    .rev()
                    .map(|(&e, &mentions)| MentionedIn { event: c.event_ref(e), mentions })
                    .collect()
            })
            .unwrap_or_default();
        View { person: person_view(ix), years, statements, events }
    });
    #[derive(Serialize)]
    struct Index {
        people: Vec<PersonView>,
    }
    let people = people.iter().map(|&ix| person_view(ix)).collect();
    pages.push(r.page("site/people.html", "people/index.html".into(), &Index { people }));
    pages
}

/// The quote tables of every event, a page per month (by the event's first day), the
/// newest month at `quotes/`.
pub(super) fn quotes(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct EventQuotes {
        #[serde(flatten)]
        event: EventRef,
        groups: Vec<GroupView>,
    }
    #[derive(Serialize)]
    struct View {
        months: Vec<Period>,
        events: Vec<EventQuotes>,
    }
    let mut by_month: BTreeMap<String, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
    for (i, q) in c.analysis.quotes.iter().enumerate() {
        let month = c.analysis.events[q.event].start.format("%Y-%m").to_string();
        by_month.entry(month).or_default().entry(q.event).or_default().push(i);
    }
    let newest = by_month.keys().next_back().cloned();
    let months: Vec<&String> = by_month.keys().rev().collect();
    let periods = |current: Option<&String>| -> Vec<Period> {
        by_month
            .iter()
            .rev()
            .map(|(m, events)| Period {
                label: m.clone(),
                count: events.values().map(Vec::len).sum(),
                url: if Some(m) == newest.as_ref() {
                    c.links.page("quotes/")
                } else {
                    c.links.page(&format!("quotes/{m}/"))
                },
                current: Some(m) == current,
            })
            .collect()
    };
    let mut jobs: Vec<Option<&String>> = months.iter().map(|m| Some(*m)).collect();
    if jobs.is_empty() {
        jobs.push(None);
    }
    let path = |month: &Option<&String>| match month {
        Some(m) if Some(*m) != newest.as_ref() => format!("quotes/{m}/index.html"),
        _ => "quotes/index.html".to_owned(),
    };
    r.each(&jobs, "site/quotes.html", path, |month| {
        let events = month
            .and_then(|m| by_month.get(m))
            .map(|events| {
                events
                    .iter()
                    .rev()
                    .map(|(&e, qs)| EventQuotes { event: c.event_ref(e), groups: c.groups(qs) })
                    .collect()
            })
            .unwrap_or_default();
        View { months: periods(*month), events }
    })
}
