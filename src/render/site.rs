//! The HTML site: one page per article, source, person and timeline, their indexes, the
//! Atom feed, the sitemap and the 404 page. (Event pages are made with their briefs, in
//! [`super::event`].)

use std::borrow::Cow;
use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use super::charts::{self, Chart};
use super::excerpt::ArticleText;
use super::links::Address;
use super::parts::{PART_EVENTS, PartLink, part_links, parts};
use super::speech;
use super::story::StoryView;
use super::views::{ArticleRow, Ctx, EntityCount, EventRef, LATEST, QuoteRow, with_fragment};
use super::{Page, Renderer};

pub(super) fn pages(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    // The kinds of page are made side by side, so a kind with a few pages (the front page,
    // the feed and the sitemap) keeps one core busy while the other takes the rest.
    let kinds: [&(dyn Fn() -> Vec<Page> + Sync); 7] = [
        &|| {
            let mut pages = vec![index(r, c), feed(r, c), sitemap(r, c)];
            pages.extend(events_index(r, c));
            pages
        },
        &|| articles(r, c),
        &|| sources(r, c),
        &|| speech::people(r, c),
        &|| speech::quotes(r, c),
        &|| timelines(r, c),
        &|| {
            vec![
                r.page("site/404.html", "404.html".into(), &Empty {}),
                r.page("site/search.html", Address::Section("search").file(), &Empty {}),
                r.file(".nojekyll", Vec::new()),
            ]
        },
    ];
    kinds.par_iter().flat_map_iter(|kind| kind()).collect()
}

#[derive(Serialize)]
struct Empty {}

/// Events of each timeline the front page lists, the latest.
const FRONT_EVENTS: usize = 8;

/// Events newest first.
fn latest<'c>(c: &'c Ctx<'_>, n: usize) -> Vec<&'c EventRef> {
    (0..c.analysis.events.len()).rev().take(n).map(|e| c.event_ref(e)).collect()
}

/// Events by year.
#[derive(Serialize)]
pub(super) struct Year<'c> {
    pub year: i32,
    pub events: Vec<&'c EventRef>,
}

/// The events `order` lists, in that order, under their years.
fn years<'c>(c: &'c Ctx<'_>, order: &[usize]) -> Vec<Year<'c>> {
    let mut years: Vec<Year<'c>> = Vec::new();
    for &e in order {
        let r = c.event_ref(e);
        match years.last_mut() {
            Some(y) if y.year == r.year => y.events.push(r),
            _ => years.push(Year { year: r.year, events: vec![r] }),
        }
    }
    years
}

fn index(r: &Renderer<'_>, c: &Ctx<'_>) -> Page {
    #[derive(Serialize)]
    struct View<'c> {
        stories: Vec<StoryView<'c>>,
        latest: Vec<&'c EventRef>,
    }
    // Each timeline's latest events: the whole of it is a click away, and a front page
    // listing every event of every timeline grew with the corpus (3.5 MB at 50,000
    // articles).
    let mut stories = c.story_views();
    for s in &mut stories {
        let older = s.events.len().saturating_sub(FRONT_EVENTS);
        s.events.drain(..older);
    }
    r.page("site/index.html", "index.html".into(), &View { stories, latest: latest(c, LATEST) })
}

/// Every event, newest first, in parts of [`PART_EVENTS`].
fn events_index(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct View<'c> {
        years: Vec<Year<'c>>,
        parts: Vec<PartLink>,
    }
    let newest_first: Vec<usize> = (0..c.analysis.events.len()).rev().collect();
    let cut = parts(newest_first.iter().map(|_| 1), PART_EVENTS);
    let page = Address::Section("events");
    let numbers: Vec<usize> = (0..cut.len()).collect();
    let path = |&n: &usize| Address::Part(&page, n + 1).file();
    r.each(&numbers, "site/events.html", path, |&n| View {
        years: years(c, &newest_first[cut[n].clone()]),
        parts: part_links(c, page, cut.len(), n),
    })
}

fn articles(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct Translated {
        title: String,
        url: String,
    }
    #[derive(Serialize)]
    struct ArticleView<'a> {
        #[serde(flatten)]
        row: ArticleRow,
        path: &'a str,
        html: Cow<'a, str>,
        /// "full", "excerpt" or "none": what of the text `html` holds.
        text: ArticleText,
        authors: &'a [String],
        dateline: Option<&'a str>,
        tags: &'a [String],
        language_detected: bool,
        translation_of: Option<Translated>,
    }
    #[derive(Serialize)]
    struct View<'a> {
        article: ArticleView<'a>,
        event: &'a EventRef,
        quotes: Vec<QuoteRow<'a>>,
        quote_anchors: Vec<&'a str>,
        mentions: Vec<EntityCount>,
    }
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut group_sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, q) in c.analysis.quotes.iter().enumerate() {
        by_article.entry(q.article).or_default().push(i);
        *group_sizes.entry(q.group.as_str()).or_default() += 1;
    }
    let ids: Vec<usize> = (0..c.corpus.articles.len()).collect();
    r.each(
        &ids,
        "site/article.html",
        |&a| Address::Article(c.corpus.articles[a].id.as_str()).file(),
        |&a| {
            let article = &c.corpus.articles[a];
            let e = c.analysis.event_of[a];
            let event = &c.analysis.events[e];
            let position = event.articles.iter().position(|&x| x == a).unwrap_or(0);
            let quotes: Vec<QuoteRow<'_>> = by_article
                .get(&a)
                .map(|qs| {
                    qs.iter()
                        .map(|&q| quote_row(c, q, group_sizes[c.analysis.quotes[q].group.as_str()] > 1))
                        .collect()
                })
                .unwrap_or_default();
            let mut quote_anchors: Vec<&str> =
                quotes.iter().map(|q| q.anchor).filter(|&a| a != "main").collect();
            quote_anchors.sort();
            quote_anchors.dedup();
            let translation_of = article.translation_of.as_ref().and_then(|t| {
                let ix = c.corpus.articles.binary_search_by(|x| x.id.cmp(t)).ok()?;
                Some(Translated { title: c.corpus.articles[ix].title.clone(), url: c.article_url(ix) })
            });
            View {
                article: ArticleView {
                    row: c.article_row(a, position, event.articles[0]),
                    path: &article.path,
                    html: c.shown.body(c.corpus, a),
                    text: c.shown.text,
                    authors: &article.authors,
                    dateline: article.dateline.as_deref(),
                    tags: &article.tags,
                    language_detected: article.language_detected,
                    translation_of,
                },
                event: c.event_ref(e),
                quotes,
                quote_anchors,
                mentions: c.entity_counts(&c.analysis.readings[a].entity_counts),
            }
        },
    )
}

/// A quote in its article's list; `shared` when other sources carried it too.
fn quote_row<'c>(c: &'c Ctx<'_>, q: usize, shared: bool) -> QuoteRow<'c> {
    let quote = &c.analysis.quotes[q];
    let (speaker, speaker_url) = c.speaker(quote);
    QuoteRow {
        id: &quote.id,
        anchor: c.anchor(quote.article, quote.found.paragraph),
        speaker,
        speaker_url,
        kind: quote.found.kind,
        text: &quote.found.text,
        group_url: shared.then(|| with_fragment(c.event_url(quote.event), &quote.group)),
    }
}

fn sources(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct SourceView {
        id: String,
        name: String,
        url: String,
        home: Option<String>,
        kind: Option<String>,
        country: Option<String>,
        language: Option<String>,
        note: Option<String>,
        registered: bool,
        articles: usize,
        first_reports: usize,
    }
    #[derive(Serialize)]
    struct View {
        source: SourceView,
        articles: Vec<ArticleRow>,
        chart: Option<Chart>,
    }
    let mut by_source: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, a) in c.corpus.articles.iter().enumerate() {
        by_source.entry(a.source.as_str()).or_default().push(i);
    }
    let source_view = |id: &str, articles: &[usize]| {
        let reg = c.corpus.registries.sources.get(id);
        SourceView {
            id: id.to_owned(),
            name: c.source_name(id).to_owned(),
            url: c.links.url(Address::Source(id)),
            home: reg.and_then(|s| s.url.clone()),
            kind: reg.and_then(|s| s.kind.clone()),
            country: reg.and_then(|s| s.country.clone()),
            language: reg.and_then(|s| s.language.clone()),
            note: reg.and_then(|s| s.note.clone()),
            registered: reg.is_some(),
            articles: articles.len(),
            first_reports: articles
                .iter()
                .filter(|&&a| c.analysis.events[c.analysis.event_of[a]].articles[0] == a)
                .count(),
        }
    };
    let entries: Vec<(&str, Vec<usize>)> = by_source.into_iter().collect();
    let mut pages = r.each(
        &entries,
        "site/source.html",
        |(id, _)| Address::Source(id).file(),
        |(id, articles)| {
            let mut sorted = articles.clone();
            sorted.sort_by(|&x, &y| {
                c.corpus.articles[y].published.cmp(&c.corpus.articles[x].published).then(x.cmp(&y))
            });
            let rows = sorted
                .iter()
                .map(|&a| {
                    let e = &c.analysis.events[c.analysis.event_of[a]];
                    let pos = e.articles.iter().position(|&x| x == a).unwrap_or(0);
                    c.article_row(a, pos, e.articles[0])
                })
                .collect();
            let mut per_month: BTreeMap<chrono::NaiveDate, usize> = BTreeMap::new();
            for &a in articles {
                *per_month.entry(charts::month_start(c.corpus.articles[a].published.date)).or_default() += 1;
            }
            let chart = charts::monthly(&per_month, "articles");
            View { source: source_view(id, articles), articles: rows, chart }
        },
    );
    #[derive(Serialize)]
    struct Index {
        sources: Vec<SourceView>,
    }
    let sources = entries.iter().map(|(id, a)| source_view(id, a)).collect();
    pages.push(r.page("site/sources.html", Address::Section("sources").file(), &Index { sources }));
    pages
}

fn timelines(r: &Renderer<'_>, c: &Ctx<'_>) -> Vec<Page> {
    #[derive(Serialize)]
    struct View<'c> {
        story: StoryView<'c>,
        events: Vec<&'c EventRef>,
        /// On the first part only.
        chart: Option<Chart>,
        parts: Vec<PartLink>,
    }
    let stories = c.story_views();
    // A page per story and part of [`PART_EVENTS`] events.
    let part_count = |s: &StoryView<'_>| s.events.len().div_ceil(PART_EVENTS).max(1);
    let jobs: Vec<(&StoryView<'_>, usize)> =
        stories.iter().flat_map(|s| (0..part_count(s)).map(move |part| (s, part))).collect();
    let mut pages = r.each(
        &jobs,
        "site/timeline.html",
        |&(s, part)| Address::Part(&Address::Timeline(s.id.as_str()), part + 1).file(),
        |&(s, part)| {
            let indexes: &[usize] =
                c.analysis.stories.iter().find(|x| x.id.as_str() == s.id).map_or(&[], |x| &x.events);
            // The events once, beside the story.
            let mut story = s.clone();
            let events = std::mem::take(&mut story.events);
            let events = events.into_iter().skip(part * PART_EVENTS).take(PART_EVENTS).collect();
            let chart = if part == 0 { charts::timeline(c, indexes) } else { None };
            let parts = part_links(c, Address::Timeline(s.id.as_str()), part_count(s), part);
            View { story, events, chart, parts }
        },
    );
    #[derive(Serialize)]
    struct Index<'c> {
        stories: Vec<StoryView<'c>>,
    }
    pages.push(r.page("site/timelines.html", Address::Section("timelines").file(), &Index { stories }));
    pages
}

fn feed(r: &Renderer<'_>, c: &Ctx<'_>) -> Page {
    #[derive(Serialize)]
    struct Entry {
        title: String,
        url: String,
        updated: String,
        published: String,
        sources: String,
        summary: String,
    }
    #[derive(Serialize)]
    struct View {
        updated: String,
        entries: Vec<Entry>,
    }
    let events = &c.analysis.events;
    let moment = |e: usize| {
        let last = events[e].articles.iter().map(|&a| c.corpus.articles[a].published).max();
        last.map(|p| p.rfc3339()).unwrap_or_default()
    };
    let entries: Vec<Entry> = (0..events.len())
        .rev()
        .take(50)
        .map(|e| {
            let r = c.event_ref(e);
            Entry {
                title: r.title.clone(),
                url: c.links.absolute_url(Address::Event(r.id.as_str())),
                updated: moment(e),
                published: c.corpus.articles[events[e].articles[0]].published.rfc3339(),
                sources: r.sources.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", "),
                summary: r.summary.clone().unwrap_or_else(|| {
                    format!(
                        "{} reported by {} {}.",
                        r.dates,
                        r.article_count,
                        if r.article_count == 1 { "article" } else { "articles" }
                    )
                }),
            }
        })
        .collect();
    // The feed is as new as its newest article: no clock, so builds are reproducible.
    let updated =
        entries.iter().map(|e| e.updated.clone()).max().unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    r.page("site/feed.xml", "feed.xml".into(), &View { updated, entries })
}

fn sitemap(r: &Renderer<'_>, c: &Ctx<'_>) -> Page {
    #[derive(Serialize)]
    struct Url {
        loc: String,
        lastmod: Option<String>,
    }
    #[derive(Serialize)]
    struct View {
        urls: Vec<Url>,
    }
    let sections = ["events", "quotes", "people", "sources", "timelines"].map(Address::Section);
    let mut urls: Vec<Url> = std::iter::once(Address::Front)
        .chain(sections)
        .map(|p| Url { loc: c.links.absolute_url(p), lastmod: None })
        .collect();
    for e in &c.analysis.events {
        urls.push(Url {
            loc: c.links.absolute_url(Address::Event(e.id.as_str())),
            lastmod: Some(e.end.to_string()),
        });
    }
    for a in &c.corpus.articles {
        urls.push(Url {
            loc: c.links.absolute_url(Address::Article(a.id.as_str())),
            lastmod: Some(a.published.date.to_string()),
        });
    }
    r.page("site/sitemap.xml", "sitemap.xml".into(), &View { urls })
}
