//! An event as its page and its brief show it: reports in order, the source comparison,
//! and the quote table. Both are rendered from one view, made once per event.

use rayon::prelude::*;
use serde::Serialize;

use super::charts::{self, Chart, NotCovered};
use super::links::{Address, Chapter};
use super::views::{ArticleRow, Ctx, EntityCount, EventRef, GroupView};
use super::{Page, Renderer};
use crate::diagnostics::Diagnostics;

/// What rendering some events made: the site's pages, and each event's brief for its
/// month's chapter (`None` unless kept).
pub(super) struct Rendered {
    pub pages: Vec<Page>,
    pub briefs: Vec<Result<Option<String>, Diagnostics>>,
}

/// Renders the page of each of `events` with `site` and its brief with `briefs`, in
/// parallel; `keep_briefs` when their month's chapter is wanted, which needs every brief
/// even where its own file is not.
pub(super) fn pages(
    site: &Renderer<'_>,
    briefs: &Renderer<'_>,
    c: &Ctx<'_>,
    events: &[usize],
    keep_briefs: bool,
) -> Rendered {
    let (pages, briefs) = events
        .par_iter()
        .map(|&e| {
            let id = &c.analysis.events[e].id;
            let (page_path, brief_path) =
                (Address::Event(id.as_str()).file(), Chapter::Event(id.as_str()).file());
            let page_wanted = site.wants(&page_path);
            let brief_wanted = keep_briefs || briefs.wants(&brief_path);
            if !page_wanted && !brief_wanted {
                return (Ok(()), Ok(None));
            }
            let context = match site.context("site/event.html", &page_path, &event_page(c, e)) {
                Ok(context) => context,
                Err(d) => return (Err(d), Ok(None)),
            };
            let page = if page_wanted {
                site.render_context("site/event.html", &page_path, &context)
                    .and_then(|bytes| site.file(&page_path, bytes))
            } else {
                Ok(())
            };
            let brief = if brief_wanted {
                briefs.render_context("brief/event.md", &brief_path, &context).and_then(|bytes| {
                    let kept = keep_briefs.then(|| String::from_utf8_lossy(&bytes).into_owned());
                    briefs.file(&brief_path, bytes)?;
                    Ok(kept)
                })
            } else {
                Ok(None)
            };
            (page, brief)
        })
        .unzip();
    Rendered { pages, briefs }
}

/// Everything an event's page and brief show.
#[derive(Serialize)]
pub(super) struct EventPage<'c> {
    pub event: &'c EventRef,
    pub articles: Vec<ArticleRow>,
    pub comparison: ComparisonView,
    pub groups: Vec<GroupView<'c>>,
    pub charts: EventCharts,
}

/// The figures of an event.
#[derive(Serialize)]
pub(super) struct EventCharts {
    lag: Chart,
    coverage: Chart,
    /// Registered outlets that published in the event's days and languages, not on it.
    not_covered: Vec<NotCovered>,
}

/// The source comparison of an event.
#[derive(Serialize)]
pub(super) struct ComparisonView {
    /// The first report, named for the reader.
    first: String,
    rows: Vec<CoverageRow>,
    /// Entities by outlet: who and what each report names.
    matrix: Heat,
    /// Framing terms by outlet.
    lexicon: Heat,
    overlap: Vec<OverlapRow>,
    parallel: Vec<OverlapRow>,
    /// Whether any report distances itself from a term, and whether any has sentences no
    /// other has: each section is shown only then.
    any_distancing: bool,
    any_unique: bool,
}

#[derive(Serialize)]
struct CoverageRow {
    source: String,
    url: String,
    published: String,
    published_iso: String,
    lag: String,
    words: usize,
    language: String,
    lang: String,
    dir: &'static str,
    quotes: usize,
    entities: Vec<EntityCount>,
    distancing: Vec<ExcerptView>,
    unique: Vec<ExcerptView>,
}

#[derive(Serialize)]
struct ExcerptView {
    term: String,
    sentence: String,
    url: String,
}

/// A table of counts by outlet, each cell shaded by its count (a heat map): who and what
/// each report names, the framing terms each uses.
#[derive(Serialize)]
struct Heat {
    rows: Vec<HeatRow>,
}

#[derive(Serialize)]
struct HeatRow {
    name: String,
    url: Option<String>,
    /// A word after the name (an entity's kind).
    note: Option<String>,
    /// Shown on hovering the name (a framing term's note).
    title: Option<String>,
    cells: Vec<HeatCell>,
}

#[derive(Serialize)]
struct HeatCell {
    n: u32,
    /// How dark the cell is, from 0 (none) to [`LEVELS`]: the count against the largest in
    /// the table.
    level: u32,
}

/// Shades of a heat map; the largest count of a table has the darkest.
const LEVELS: f64 = 5.0;

impl HeatRow {
    fn new(
        name: String,
        url: Option<String>,
        note: Option<String>,
        title: Option<String>,
        counts: &[u32],
    ) -> Self {
        let cells = counts.iter().map(|&n| HeatCell { n, level: 0 }).collect();
        HeatRow { name, url, note, title, cells }
    }
}

impl Heat {
    /// The rows, each cell shaded against the largest count of all.
    fn new(mut rows: Vec<HeatRow>) -> Heat {
        let most = rows.iter().flat_map(|r| &r.cells).map(|cell| cell.n).max().unwrap_or(0).max(1);
        for cell in rows.iter_mut().flat_map(|r| &mut r.cells) {
            cell.level = (f64::from(cell.n) / f64::from(most) * LEVELS).ceil() as u32;
        }
        Heat { rows }
    }
}

#[derive(Serialize)]
struct OverlapRow {
    a: String,
    a_url: String,
    b: String,
    b_url: String,
    /// Copied word sequences (same language) or corresponding paragraphs (across).
    percent: u32,
    /// Sentences of the later report restating the earlier (same language).
    restated: u32,
    declared: bool,
    /// Not declared, but so many paragraphs correspond that the two say the same things in
    /// two languages (at least [`SAME_CONTENT`]).
    same_content: bool,
}

/// The percentage of corresponding paragraphs (as shown, rounded) at which two reports
/// in two languages are read as the same content.
const SAME_CONTENT: u32 = 75;

/// Builds the page of event `e`.
fn event_page<'c>(c: &'c Ctx<'_>, e: usize) -> EventPage<'c> {
    let event = &c.analysis.events[e];
    let first = event.articles[0];
    let articles: Vec<ArticleRow> =
        event.articles.iter().enumerate().map(|(i, &a)| c.article_row(a, i, first)).collect();
    let quotes: Vec<usize> = event.articles.iter().flat_map(|&a| c.analysis.quotes_of(a)).collect();
    EventPage {
        event: c.event_ref(e),
        comparison: comparison(c, e, &articles),
        articles,
        groups: c.groups(&quotes),
        charts: {
            let (coverage, not_covered) = charts::coverage(c, e);
            EventCharts { lag: charts::lag(c, e), coverage, not_covered }
        },
    }
}

fn comparison(c: &Ctx<'_>, e: usize, articles: &[ArticleRow]) -> ComparisonView {
    let cmp = &c.analysis.comparisons[e];
    let excerpts = |a: usize, list: &[crate::analysis::Excerpt]| -> Vec<ExcerptView> {
        list.iter()
            .map(|x| ExcerptView {
                term: x.term.clone(),
                sentence: x.sentence.clone(),
                url: c.paragraph_url(a, x.paragraph),
            })
            .collect()
    };
    let rows: Vec<CoverageRow> = cmp
        .coverage
        .iter()
        .zip(articles)
        .map(|(cov, row)| CoverageRow {
            source: row.source.clone(),
            url: row.url.clone(),
            published: row.published.clone(),
            published_iso: row.published_iso.clone(),
            lag: row.lag.clone(),
            words: cov.words,
            language: row.language.clone(),
            lang: row.lang.clone(),
            dir: row.dir,
            quotes: cov.quotes,
            entities: c.entity_counts(&c.analysis.readings[cov.article].entity_counts),
            distancing: excerpts(cov.article, &c.analysis.readings[cov.article].distancing),
            unique: excerpts(cov.article, &cov.unique),
        })
        .collect();
    let matrix = entity_matrix(c, cmp);
    let lexicon = c
        .corpus
        .registries
        .lexicon
        .iter()
        .enumerate()
        .map(|(t, term)| {
            let counts: Vec<u32> =
                cmp.coverage.iter().map(|cov| c.analysis.readings[cov.article].lexicon_counts[t]).collect();
            HeatRow::new(term.term.clone(), None, None, term.note.clone(), &counts)
        })
        .filter(|row| row.cells.iter().any(|cell| cell.n > 0))
        .collect();
    let pair = |a: usize, b: usize, percent: f64, restated: f64, declared: bool| {
        let percent = (percent * 100.0).round() as u32;
        OverlapRow {
            a: c.source_name(c.corpus.articles[a].source.as_str()).to_owned(),
            a_url: c.article_url(a),
            b: c.source_name(c.corpus.articles[b].source.as_str()).to_owned(),
            b_url: c.article_url(b),
            percent,
            restated: (restated * 100.0).round() as u32,
            declared,
            same_content: !declared && percent >= SAME_CONTENT,
        }
    };
    let first = articles.first().map(|a| format!("{}, {}", a.source, a.published)).unwrap_or_default();
    ComparisonView {
        first,
        any_distancing: rows.iter().any(|r| !r.distancing.is_empty()),
        any_unique: rows.iter().any(|r| !r.unique.is_empty()),
        rows,
        matrix,
        lexicon: Heat::new(lexicon),
        overlap: cmp.overlap.iter().map(|o| pair(o.a, o.b, o.score, o.restated, false)).collect(),
        parallel: cmp.parallel.iter().map(|p| pair(p.a, p.b, p.score, 0.0, p.declared)).collect(),
    }
}

/// Who each source names, and how often: a row per entity any of them names, people first,
/// then organisations, places and topics; within a kind, the most named first.
fn entity_matrix(c: &Ctx<'_>, cmp: &crate::analysis::Comparison) -> Heat {
    let mut named: Vec<usize> = cmp
        .coverage
        .iter()
        .flat_map(|cov| c.analysis.readings[cov.article].entity_counts.keys().copied())
        .collect();
    named.sort_unstable();
    named.dedup();
    let mut rows: Vec<(crate::corpus::EntityKind, Vec<u32>, usize)> = named
        .into_iter()
        .map(|ix| {
            let counts = cmp
                .coverage
                .iter()
                .map(|cov| c.analysis.readings[cov.article].entity_counts.get(&ix).copied().unwrap_or(0))
                .collect();
            (c.analysis.index.get(ix).kind, counts, ix)
        })
        .collect();
    rows.sort_by_cached_key(|(kind, counts, ix)| {
        (*kind, std::cmp::Reverse(counts.iter().sum::<u32>()), c.analysis.index.get(*ix).name.clone())
    });
    Heat::new(
        rows.into_iter()
            .map(|(kind, counts, ix)| {
                let name = c.analysis.index.get(ix).name.clone();
                HeatRow::new(name, c.person_url(ix), Some(kind.name().to_owned()), None, &counts)
            })
            .collect(),
    )
}
