//! `data.json`: the whole analysis for other tools, in the shape PRODUCT.md fixes. Fields
//! are written in a fixed order and every list is sorted, so the file diffs cleanly.

use std::collections::BTreeMap;

use serde::Serialize;

use super::GENERATOR;
use super::views::Ctx;
use crate::analysis::QuoteKind;
use crate::analysis::quotes::Via;

#[derive(Serialize)]
struct Data<'a> {
    generator: &'static str,
    articles: Vec<Article<'a>>,
    events: Vec<Event<'a>>,
    stories: Vec<Story<'a>>,
    quotes: Vec<Quote<'a>>,
    entities: Vec<Entity<'a>>,
    comparison: Vec<Comparison<'a>>,
}

#[derive(Serialize)]
struct Article<'a> {
    id: &'a str,
    title: &'a str,
    source: &'a str,
    published: String,
    language: &'a str,
    url: Option<&'a str>,
    event: &'a str,
    words: usize,
    path: &'a str,
    translation_of: Option<&'a str>,
}

#[derive(Serialize)]
struct Event<'a> {
    id: &'a str,
    title: &'a str,
    start: String,
    end: String,
    articles: Vec<&'a str>,
    sources: Vec<&'a str>,
    story: Option<&'a str>,
    curated: bool,
    reasons: &'a [String],
}

#[derive(Serialize)]
struct Story<'a> {
    id: &'a str,
    title: &'a str,
    events: Vec<&'a str>,
}

#[derive(Serialize)]
struct Speaker<'a> {
    entity: Option<&'a str>,
    name: Option<&'a str>,
    via: Option<Via>,
}

#[derive(Serialize)]
struct Quote<'a> {
    id: &'a str,
    article: &'a str,
    event: &'a str,
    speaker: Speaker<'a>,
    text: &'a str,
    kind: QuoteKind,
    group: &'a str,
    paragraph: Option<&'a str>,
}

#[derive(Serialize)]
struct Entity<'a> {
    id: &'a str,
    name: &'a str,
    kind: crate::corpus::EntityKind,
    mentions: u32,
}

#[derive(Serialize)]
struct Comparison<'a> {
    event: &'a str,
    first: &'a str,
    sources: Vec<SourceCoverage<'a>>,
    overlap: Vec<Overlap<'a>>,
    parallel: Vec<Parallel<'a>>,
}

#[derive(Serialize)]
struct Parallel<'a> {
    a: &'a str,
    b: &'a str,
    score: f64,
    declared_translation: bool,
}

#[derive(Serialize)]
struct Excerpt<'a> {
    paragraph: Option<&'a str>,
    term: &'a str,
    sentence: &'a str,
}

#[derive(Serialize)]
struct SourceCoverage<'a> {
    source: &'a str,
    article: &'a str,
    lag_hours: f64,
    words: usize,
    quotes: usize,
    entities: Vec<&'a str>,
    lexicon: BTreeMap<&'a str, u32>,
    distancing: Vec<Excerpt<'a>>,
    unique: Vec<Excerpt<'a>>,
}

#[derive(Serialize)]
struct Overlap<'a> {
    a: &'a str,
    b: &'a str,
    score: f64,
    restated: f64,
}

fn excerpt<'a>(corpus: &'a crate::corpus::Corpus, a: usize, x: &'a crate::analysis::Excerpt) -> Excerpt<'a> {
    Excerpt {
        paragraph: corpus.articles[a].doc.paragraphs[x.paragraph].anchor.as_deref(),
        term: &x.term,
        sentence: &x.sentence,
    }
}

/// Writes data.json: the whole analysis. Its text is written as it is made (straight into
/// the file when the sink is the disk), never held whole: it is the largest file of a site,
/// 36 MB at 10,000 articles. The views it is made from are held.
pub(super) fn write(c: &Ctx<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let data = Data {
        generator: GENERATOR,
        articles: articles(c),
        events: events(c),
        stories: stories(c),
        quotes: quotes(c),
        entities: entities(c),
        comparison: comparisons(c),
    };
    use std::io::Write as _;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer(&mut out, &data)?;
    out.write_all(b"\n")?;
    out.flush()
}

fn article_id<'a>(c: &Ctx<'a>, i: usize) -> &'a str {
    c.corpus.articles[i].id.as_str()
}

fn entity_id<'a>(c: &Ctx<'a>, i: usize) -> &'a str {
    c.analysis.index.get(i).id.as_str()
}

fn articles<'a>(c: &Ctx<'a>) -> Vec<Article<'a>> {
    let (corpus, a) = (c.corpus, c.analysis);
    corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, x)| Article {
            id: x.id.as_str(),
            title: &x.title,
            source: x.source.as_str(),
            published: x.published.iso(),
            language: &x.language,
            url: x.url.as_deref(),
            event: a.events[a.event_of[i]].id.as_str(),
            words: x.doc.words,
            path: &x.path,
            translation_of: x.translation_of.as_ref().map(|t| t.as_str()),
        })
        .collect()
}

fn events<'a>(c: &Ctx<'a>) -> Vec<Event<'a>> {
    let (corpus, a) = (c.corpus, c.analysis);
    a.events
        .iter()
        .map(|e| {
            let mut sources: Vec<&str> =
                e.articles.iter().map(|&i| corpus.articles[i].source.as_str()).collect();
            sources.sort_unstable();
            sources.dedup();
            Event {
                id: e.id.as_str(),
                title: &e.title,
                start: e.start.to_string(),
                end: e.end.to_string(),
                articles: e.articles.iter().map(|&i| article_id(c, i)).collect(),
                sources,
                story: e.story.as_ref().map(|s| s.as_str()),
                curated: e.curated,
                reasons: &e.reasons,
            }
        })
        .collect()
}

fn stories<'a>(c: &Ctx<'a>) -> Vec<Story<'a>> {
    let a = c.analysis;
    a.stories
        .iter()
        .map(|s| Story {
            id: s.id.as_str(),
            title: &s.title,
            events: s.events.iter().map(|&e| a.events[e].id.as_str()).collect(),
        })
        .collect()
}

fn quotes<'a>(c: &Ctx<'a>) -> Vec<Quote<'a>> {
    let (corpus, a) = (c.corpus, c.analysis);
    a.quotes
        .iter()
        .map(|q| Quote {
            id: &q.id,
            article: article_id(c, q.article),
            event: a.events[q.event].id.as_str(),
            speaker: Speaker {
                entity: q.found.speaker.as_ref().and_then(|s| s.entity).map(|i| entity_id(c, i)),
                name: q.found.speaker.as_ref().map(|s| s.name.as_str()),
                via: q.found.speaker.as_ref().map(|s| s.via),
            },
            text: &q.found.text,
            kind: q.found.kind,
            group: &q.group,
            paragraph: corpus.articles[q.article].doc.paragraphs[q.found.paragraph].anchor.as_deref(),
        })
        .collect()
}

fn entities<'a>(c: &Ctx<'a>) -> Vec<Entity<'a>> {
    let a = c.analysis;
    (0..a.index.entities.len())
        .map(|ix| {
            let e = a.index.get(ix);
            Entity {
                id: e.id.as_str(),
                name: &e.name,
                kind: e.kind,
                mentions: a.readings.iter().filter_map(|r| r.entity_counts.get(&ix)).sum(),
            }
        })
        .collect()
}

fn comparisons<'a>(c: &Ctx<'a>) -> Vec<Comparison<'a>> {
    let (corpus, a) = (c.corpus, c.analysis);
    let excerpt = |a: usize, x| excerpt(corpus, a, x);
    a.events
        .iter()
        .zip(&a.comparisons)
        .map(|(e, cmp)| Comparison {
            event: e.id.as_str(),
            first: article_id(c, e.articles[0]),
            sources: cmp
                .coverage
                .iter()
                .map(|cov| SourceCoverage {
                    source: corpus.articles[cov.article].source.as_str(),
                    article: article_id(c, cov.article),
                    lag_hours: cov.lag_hours,
                    words: cov.words,
                    quotes: cov.quotes,
                    entities: c.analysis.readings[cov.article]
                        .entity_counts
                        .keys()
                        .map(|&ix| entity_id(c, ix))
                        .collect(),
                    lexicon: corpus
                        .registries
                        .lexicon
                        .iter()
                        .zip(&c.analysis.readings[cov.article].lexicon_counts)
                        .map(|(t, &n)| (t.term.as_str(), n))
                        .collect(),
                    distancing: c.analysis.readings[cov.article]
                        .distancing
                        .iter()
                        .map(|x| excerpt(cov.article, x))
                        .collect(),
                    unique: cov.unique.iter().map(|x| excerpt(cov.article, x)).collect(),
                })
                .collect(),
            overlap: cmp
                .overlap
                .iter()
                .map(|o| Overlap {
                    a: article_id(c, o.a),
                    b: article_id(c, o.b),
                    score: o.score,
                    restated: o.restated,
                })
                .collect(),
            parallel: cmp
                .parallel
                .iter()
                .map(|p| Parallel {
                    a: article_id(c, p.a),
                    b: article_id(c, p.b),
                    score: p.score,
                    declared_translation: p.declared,
                })
                .collect(),
        })
        .collect()
}
