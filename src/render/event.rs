//! An event as its page and its brief show it: reports in order, the source comparison,
//! and the quote table. Both are rendered from one view, made once per event.

use rayon::prelude::*;
use serde::Serialize;

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
            let (page_path, brief_path) = (format!("events/{id}/index.html"), format!("events/{id}.md"));
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
}

/// The source comparison of an event.
#[derive(Serialize)]
pub(super) struct ComparisonView {
    /// The first report, named for the reader.
    first: String,
    rows: Vec<CoverageRow>,
    /// Entities by outlet: who and what each report names.
    matrix: Vec<MatrixRow>,
    lexicon: Vec<LexiconRow>,
    overlap: Vec<OverlapRow>,
    parallel: Vec<OverlapRow>,
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

#[derive(Serialize)]
struct MatrixRow {
    name: String,
    url: Option<String>,
    kind: crate::corpus::EntityKind,
    counts: Vec<u32>,
}

#[derive(Serialize)]
struct LexiconRow {
    term: String,
    note: Option<String>,
    counts: Vec<u32>,
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
    let rows = cmp
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
        .map(|(t, term)| LexiconRow {
            term: term.term.clone(),
            note: term.note.clone(),
            counts: cmp
                .coverage
                .iter()
                .map(|cov| c.analysis.readings[cov.article].lexicon_counts[t])
                .collect(),
        })
        .filter(|row| row.counts.iter().any(|&n| n > 0))
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
        rows,
        matrix,
        lexicon,
        overlap: cmp.overlap.iter().map(|o| pair(o.a, o.b, o.score, o.restated, false)).collect(),
        parallel: cmp.parallel.iter().map(|p| pair(p.a, p.b, p.score, 0.0, p.declared)).collect(),
    }
}

/// Who each source names, and how often: a row per entity any of them names, people first,
/// then organisations, places and topics; within a kind, the most named first.
fn entity_matrix(c: &Ctx<'_>, cmp: &crate::analysis::Comparison) -> Vec<MatrixRow> {
    let mut named: Vec<usize> = cmp
        .coverage
        .iter()
        .flat_map(|cov| c.analysis.readings[cov.article].entity_counts.keys().copied())
        .collect();
    named.sort_unstable();
    named.dedup();
    let mut matrix: Vec<MatrixRow> = named
        .into_iter()
        .map(|ix| {
            let entity = c.analysis.index.get(ix);
            MatrixRow {
                name: entity.name.clone(),
                url: c.person_url(ix),
                kind: entity.kind,
                counts: cmp
                    .coverage
                    .iter()
                    .map(|cov| c.analysis.readings[cov.article].entity_counts.get(&ix).copied().unwrap_or(0))
                    .collect(),
            }
        })
        .collect();
    matrix.sort_by(|x, y| {
        let total = |r: &MatrixRow| r.counts.iter().sum::<u32>();
        (x.kind, std::cmp::Reverse(total(x)), &x.name).cmp(&(y.kind, std::cmp::Reverse(total(y)), &y.name))
    });
    matrix
}
