//! Who said what, across the corpus: a page per person with their statements and the
//! events that mention them, and the quote tables of every event. Both are cut by time (a
//! person's pages by year, the quote tables by month), and a year or a month with more
//! statements than a page holds is cut again into parts, so no page, nor the memory a
//! build needs to make it, grows with the corpus.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::Datelike;
use rayon::prelude::*;
use serde::Serialize;

use super::charts::{self, Chart};
use super::links::Address;
use super::parts::{PART_STATEMENTS, PartLink, part_links, parts};
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

/// Statements in the order a page lists them: each one's id (its group) and quotes.
type Statements<'c> = Vec<(&'c str, Vec<usize>)>;

/// A month of quote tables: its events, newest first, each with its quotes, and its parts.
struct Month<'m> {
    events: Vec<(usize, &'m Vec<usize>)>,
    parts: Vec<Range<usize>>,
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
struct MentionedIn<'c> {
    #[serde(flatten)]
    event: &'c EventRef,
    mentions: u32,
}

/// A person with a page: one of the registry, or one the quotes name that it does not.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Who<'c> {
    Registered(EntityIx),
    Named(&'c str),
}

impl Who<'_> {
    /// The id of the person's page.
    fn id<'c>(self, c: &'c Ctx<'_>) -> &'c str {
        match self {
            Who::Registered(ix) => c.analysis.index.get(ix).id.as_str(),
            Who::Named(name) => c.unregistered.get(name).map_or("", String::as_str),
        }
    }
}

/// What a person did in one year: statements (quotes, by index) and mentions (by event).
#[derive(Default)]
struct Year {
    said: Vec<usize>,
    mentioned: BTreeMap<usize, u32>,
}

/// The person pages (one per year with statements or mentions, the newest at the person's
/// address) and the people index.
pub(super) fn people(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct View<'c> {
        person: PersonView,
        /// The year this page covers (none for a person never quoted or mentioned).
        year: Option<i32>,
        years: Vec<Period>,
        /// The year's parts, when it has more than one.
        parts: Vec<PartLink>,
        /// Statements in the year, in all its parts.
        said_in_year: usize,
        statements: Vec<GroupView<'c>>,
        events: Vec<MentionedIn<'c>>,
        /// Statements per month over all the person's years.
        chart: Option<Chart>,
    }
    let registered = (0..c.analysis.index.entities.len())
        .filter(|&ix| c.analysis.index.get(ix).kind == EntityKind::Person)
        .map(Who::Registered);
    let people: Vec<Who<'_>> = registered.chain(c.unregistered.keys().map(|&n| Who::Named(n))).collect();
    let years = years_of(c);
    let person_view = |who: Who<'_>| person_view(c, years.get(&who), who);
    let statements = statements_by_year(c, &years);
    // How many parts a person's year takes, its statements or its events.
    let part_count = |who: Who<'_>, year: Option<i32>| {
        let Some(yr) = year else { return 1 };
        let mentioned = years[&who][&yr].mentioned.len();
        statements[&(who, yr)].len().max(mentioned).div_ceil(PART_STATEMENTS).max(1)
    };
    // A page per person, year and part; the newest year is the person's own page.
    let mut jobs: Vec<(Who<'_>, Option<i32>, usize)> = Vec::new();
    for &ix in &people {
        let mut newest_first: Vec<Option<i32>> =
            years.get(&ix).map(|y| y.keys().rev().map(|&yr| Some(yr)).collect()).unwrap_or_default();
        if newest_first.is_empty() {
            newest_first.push(None);
        }
        for year in newest_first {
            jobs.extend((0..part_count(ix, year)).map(|part| (ix, year, part)));
        }
    }
    let newest_year = |ix: Who<'_>| years.get(&ix).and_then(|y| y.keys().next_back().copied());
    let page = |ix: Who<'_>, year: Option<i32>| {
        let id = ix.id(c);
        match year {
            Some(year) if Some(year) != newest_year(ix) => Address::PersonYear(id, year),
            _ => Address::Person(id),
        }
    };
    let path =
        |&(ix, year, part): &(Who<'_>, Option<i32>, usize)| Address::Part(&page(ix, year), part + 1).file();
    let mut pages = r.each(&jobs, "site/person.html", path, |&(ix, year, part)| {
        let active = years.get(&ix);
        let periods = active
            .map(|y| {
                y.iter()
                    .rev()
                    .map(|(&yr, _)| Period {
                        label: yr.to_string(),
                        // Statements, as the page lists them: a statement carried by three
                        // outlets is one.
                        count: statements[&(ix, yr)].len(),
                        url: c.links.url(page(ix, Some(yr))),
                        current: Some(yr) == year,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let this_year = year.and_then(|y| active?.get(&y));
        let said = year.and_then(|y| statements.get(&(ix, y))).map_or(&[][..], Vec::as_slice);
        let (skip, take) = (part * PART_STATEMENTS, PART_STATEMENTS);
        let statements =
            said.iter().skip(skip).take(take).map(|(g, members)| c.group_view(g, members)).collect();
        let events = this_year
            .map(|y| {
                let newest_first = y.mentioned.iter().rev().skip(skip).take(take);
                newest_first.map(|(&e, &mentions)| MentionedIn { event: c.event_ref(e), mentions }).collect()
            })
            .unwrap_or_default();
        let chart = active.and_then(|y| charts::monthly(&statements_by_month(c, y), "statements"));
        let parts = part_links(c, page(ix, year), part_count(ix, year), part);
        let said_in_year = said.len();
        View { person: person_view(ix), year, years: periods, parts, said_in_year, statements, events, chart }
    });
    #[derive(Serialize)]
    struct Index {
        people: Vec<PersonView>,
    }
    let mut people: Vec<PersonView> = people.iter().map(|&ix| person_view(ix)).collect();
    people.sort_by_cached_key(|p| (index_key(&p.name), p.id.clone()));
    pages.push(r.page("site/people.html", Address::Section("people").file(), &Index { people }));
    pages
}

/// Each person's statements of each year, newest first.
fn statements_by_year<'c>(
    c: &'c Ctx<'_>,
    years: &BTreeMap<Who<'c>, BTreeMap<i32, Year>>,
) -> BTreeMap<(Who<'c>, i32), Statements<'c>> {
    let keys: Vec<(Who<'c>, i32)> =
        years.iter().flat_map(|(&who, ys)| ys.keys().map(move |&yr| (who, yr))).collect();
    keys.par_iter()
        .map(|&(who, yr)| {
            let mut grouped = c.grouped(&years[&who][&yr].said);
            grouped.reverse();
            ((who, yr), grouped)
        })
        .collect()
}

/// How many statements `said` (quotes, by index) are: a statement carried by three outlets
/// is one.
fn statements_in(c: &Ctx<'_>, said: &[usize]) -> usize {
    said.iter().map(|&q| c.analysis.quotes[q].group.as_str()).collect::<std::collections::BTreeSet<_>>().len()
}

/// Each person's quotes and mentions by year (an event's mentions in the year it
/// started), in one pass over the corpus.
fn years_of<'c>(c: &'c Ctx<'_>) -> BTreeMap<Who<'c>, BTreeMap<i32, Year>> {
    let mut years: BTreeMap<Who<'c>, BTreeMap<i32, Year>> = BTreeMap::new();
    for (q, quote) in c.analysis.quotes.iter().enumerate() {
        let who = quote.found.speaker.as_ref().and_then(|s| match s.entity {
            Some(e) => Some(Who::Registered(e)),
            None => c.unregistered.get_key_value(s.name.as_str()).map(|(&name, _)| Who::Named(name)),
        });
        if let Some(who) = who {
            let year = c.corpus.articles[quote.article].published.date.year();
            years.entry(who).or_default().entry(year).or_default().said.push(q);
        }
    }
    for (a, reading) in c.analysis.readings.iter().enumerate() {
        let event = c.analysis.event_of[a];
        let year = c.analysis.events[event].start.year();
        for (&e, &n) in &reading.entity_counts {
            let mentioned =
                &mut years.entry(Who::Registered(e)).or_default().entry(year).or_default().mentioned;
            *mentioned.entry(event).or_default() += n;
        }
    }
    years
}

/// Statements per month (a statement carried by three outlets is one, in the month it was
/// first carried).
fn statements_by_month(c: &Ctx<'_>, years: &BTreeMap<i32, Year>) -> BTreeMap<chrono::NaiveDate, usize> {
    let mut first: BTreeMap<&str, chrono::NaiveDate> = BTreeMap::new();
    for &q in years.values().flat_map(|y| &y.said) {
        let quote = &c.analysis.quotes[q];
        let date = c.corpus.articles[quote.article].published.date;
        first.entry(quote.group.as_str()).and_modify(|d| *d = (*d).min(date)).or_insert(date);
    }
    let mut months = BTreeMap::new();
    for date in first.into_values() {
        *months.entry(charts::month_start(date)).or_default() += 1;
    }
    months
}

/// Person `who` as the pages show them, with their statements and mentions of all `years`.
fn person_view(c: &Ctx<'_>, years: Option<&BTreeMap<i32, Year>>, who: Who<'_>) -> PersonView {
    let active = years.into_iter().flat_map(BTreeMap::values);
    let groups: std::collections::BTreeSet<&str> =
        active.clone().flat_map(|y| &y.said).map(|&q| c.analysis.quotes[q].group.as_str()).collect();
    let (name, role, aliases) = match who {
        Who::Registered(ix) => {
            let e = c.analysis.index.get(ix);
            (e.name.clone(), e.role.clone(), e.aliases.clone())
        }
        Who::Named(name) => (name.to_owned(), None, Vec::new()),
    };
    let id = who.id(c);
    PersonView {
        id: id.to_owned(),
        name,
        url: c.links.url(Address::Person(id)),
        role,
        aliases,
        statements: groups.len(),
        mentions: active.flat_map(|y| y.mentioned.values()).sum(),
    }
}

/// Where a name files in the People index: by its last word (the family name in most of
/// the names news gives), less an Arabic article ("al-Nakhalah" under N), in Latin letters
/// ("Ghalibaf" under G, whatever its id), then the whole name.
fn index_key(name: &str) -> (String, String) {
    let fold = |s: &str| deunicode::deunicode(s).to_lowercase();
    let last = name.split_whitespace().next_back().unwrap_or(name);
    let last =
        ["al-", "el-", "ad-", "as-", "ash-", "ar-"].iter().find_map(|a| last.strip_prefix(a)).unwrap_or(last);
    (fold(last), fold(name))
}

/// The quote tables of every event, a page per month (by the event's first day), the
/// newest month at `quotes/`.
pub(super) fn quotes(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct EventQuotes<'c> {
        #[serde(flatten)]
        event: &'c EventRef,
        groups: Vec<GroupView<'c>>,
    }
    #[derive(Serialize)]
    struct View<'c> {
        months: Vec<Period>,
        /// The month's parts, when it has more than one.
        parts: Vec<PartLink>,
        events: Vec<EventQuotes<'c>>,
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
                label: month_name(m),
                count: events.values().map(Vec::len).sum(),
                url: c.links.url(quotes_page(Some(m), newest.as_ref())),
                current: Some(m) == current,
            })
            .collect()
    };
    // Each month's events, newest first, and its parts (an event's table is never cut).
    let cut: BTreeMap<&String, Month<'_>> = by_month
        .iter()
        .map(|(m, events)| {
            let events: Vec<(usize, &Vec<usize>)> = events.iter().rev().map(|(&e, qs)| (e, qs)).collect();
            let parts = parts(events.iter().map(|(_, qs)| statements_in(c, qs)), PART_STATEMENTS);
            (m, Month { events, parts })
        })
        .collect();
    let mut jobs: Vec<(Option<&String>, usize)> =
        months.iter().flat_map(|&m| (0..cut[m].parts.len()).map(move |p| (Some(m), p))).collect();
    if jobs.is_empty() {
        jobs.push((None, 0));
    }
    let path = |&(month, part): &(Option<&String>, usize)| {
        Address::Part(&quotes_page(month, newest.as_ref()), part + 1).file()
    };
    r.each(&jobs, "site/quotes.html", path, |&(month, part)| {
        let Some(Month { events, parts }) = month.and_then(|m| cut.get(m)) else {
            return View { months: periods(month), parts: Vec::new(), events: Vec::new() };
        };
        let events = events[parts[part].clone()]
            .iter()
            .map(|&(e, qs)| EventQuotes { event: c.event_ref(e), groups: c.groups(qs) })
            .collect();
        View {
            months: periods(month),
            parts: part_links(c, quotes_page(month, newest.as_ref()), parts.len(), part),
            events,
        }
    })
}

/// The page of the quote tables of `month`: the newest month (or none, when nothing is
/// quoted) is the section's own page.
fn quotes_page<'m>(month: Option<&'m String>, newest: Option<&String>) -> Address<'m> {
    match month {
        Some(m) if Some(m) != newest => Address::QuotesMonth(m),
        _ => Address::Section("quotes"),
    }
}

/// "October 2023" for the month `2023-10`, as the pages write dates.
fn month_name(month: &str) -> String {
    chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .map_or_else(|_| month.to_owned(), |d| d.format("%B %Y").to_string())
}
