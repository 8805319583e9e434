//! What templates see: small serialisable views built from the corpus and the analysis.
//! Rust decides everything (order, wording of dates and lags, links, text direction);
//! templates only lay it out. Each page's context holds only what that page shows.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::excerpt::{ArticleText, Shown};
use super::links::{Address, Chapter, Links};
use crate::analysis::{Analysis, ArticleIx, Quote, QuoteKind};
use crate::corpus::{Corpus, EntityKind, long_date};
use crate::text::is_rtl;

/// The corpus, the analysis and where pages live: what every view is built from.
pub(crate) struct Ctx<'a> {
    /// Language of curated text (the site's).
    pub language: &'a str,
    pub corpus: &'a Corpus,
    pub analysis: &'a Analysis,
    pub links: &'a Links,
    /// Which paragraphs of the articles the site shows.
    pub shown: Shown<'a>,
    /// Each event's link, made when first asked for: pages link the same events many times.
    event_refs: Vec<OnceLock<EventRef>>,
    /// Each source's articles by day, with their languages, made when first asked for.
    source_days: OnceLock<BTreeMap<&'a str, Vec<(NaiveDate, &'a str)>>>,
    /// The id of each unregistered speaker's page, by name.
    pub unregistered: BTreeMap<&'a str, String>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        language: &'a str,
        corpus: &'a Corpus,
        analysis: &'a Analysis,
        links: &'a Links,
        text: ArticleText,
    ) -> Self {
        let event_refs = analysis.events.iter().map(|_| OnceLock::new()).collect();
        let shown = Shown::new(text, analysis);
        let unregistered = super::speakers::unregistered(analysis);
        Ctx {
            language,
            corpus,
            analysis,
            links,
            shown,
            event_refs,
            source_days: OnceLock::new(),
            unregistered,
        }
    }

    /// Whether source `id` published an article in one of `languages` from `from` to `to`
    /// (both included).
    pub(crate) fn published_between(
        &self,
        id: &str,
        from: NaiveDate,
        to: NaiveDate,
        languages: &[String],
    ) -> bool {
        let days = self.source_days.get_or_init(|| {
            let mut days: BTreeMap<&str, Vec<(NaiveDate, &str)>> = BTreeMap::new();
            for a in &self.corpus.articles {
                days.entry(a.source.as_str()).or_default().push((a.published.date, a.language.as_str()));
            }
            days.values_mut().for_each(|d| d.sort_unstable());
            days
        });
        let Some(days) = days.get(id) else { return false };
        let start = days.partition_point(|&(d, _)| d < from);
        days[start..].iter().take_while(|&&(d, _)| d <= to).any(|(_, l)| languages.iter().any(|x| x == l))
    }
}

/// `ltr` or `rtl` for a language code.
pub(crate) fn dir(language: &str) -> &'static str {
    if is_rtl(language) { "rtl" } else { "ltr" }
}

/// A link to an event.
#[derive(Serialize)]
pub(crate) struct EventRef {
    pub id: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    pub url: String,
    pub start: String,
    pub dates: String,
    pub year: i32,
    /// Where the book holds the event's brief, from the book's root: its month's chapter
    /// and the brief's anchor (`months/2023-10.md#id`).
    pub chapter: String,
    pub summary: Option<String>,
    pub article_count: usize,
    pub source_count: usize,
    pub languages: Vec<String>,
    pub sources: Vec<SourceRef>,
    pub stories: Vec<StoryRef>,
    pub reasons: Vec<String>,
}

/// Events the front page of the site and of the book list.
pub(crate) const LATEST: usize = 20;

/// A link to a source.
#[derive(Serialize)]
pub(crate) struct SourceRef {
    pub id: String,
    pub name: String,
    pub url: String,
}

/// A link to a story.
#[derive(Serialize)]
pub(crate) struct StoryRef {
    pub id: String,
    pub title: String,
    pub url: String,
    /// Its chapter in the book, from the book's root.
    pub chapter: String,
}

/// An article in a list or table.
#[derive(Serialize)]
pub(crate) struct ArticleRow {
    pub id: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    pub url: String,
    pub source: String,
    pub source_url: String,
    pub published: String,
    pub published_iso: String,
    pub language: String,
    pub lag: String,
    pub words: usize,
    pub original: Option<String>,
    pub event: String,
    pub event_url: String,
}

/// An entity with a count of mentions.
#[derive(Serialize)]
pub(crate) struct EntityCount {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
    pub count: u32,
}

/// One statement and the sources that carried it.
#[derive(Serialize)]
pub(crate) struct GroupView<'c> {
    pub id: &'c str,
    pub speaker: &'c str,
    pub speaker_url: Option<String>,
    pub kind: QuoteKind,
    pub date: String,
    pub date_iso: String,
    pub event: &'c str,
    pub event_url: String,
    /// The statement's text, once per language.
    pub versions: Vec<Version<'c>>,
    pub carriers: Vec<Carrier<'c>>,
}

/// A statement's text in one language.
#[derive(Serialize)]
pub(crate) struct Version<'c> {
    pub lang: &'c str,
    pub dir: &'static str,
    pub text: &'c str,
}

/// A source that carried a statement.
#[derive(Serialize)]
pub(crate) struct Carrier<'c> {
    pub source: &'c str,
    pub language: &'c str,
    pub lang: &'c str,
    pub dir: &'static str,
    pub url: String,
    /// How this article named the speaker, when not by the registry's name.
    pub as_written: Option<&'c str>,
}

/// A quote in its article's list.
#[derive(Serialize)]
pub(crate) struct QuoteRow<'c> {
    pub id: &'c str,
    pub anchor: &'c str,
    pub speaker: &'c str,
    pub speaker_url: Option<String>,
    pub kind: QuoteKind,
    pub text: &'c str,
    pub group_url: Option<String>,
}

impl Ctx<'_> {
    /// A source's name from the registry, or its id.
    pub(crate) fn source_name<'s>(&'s self, id: &'s str) -> &'s str {
        self.corpus.registries.sources.get(id).map_or(id, |s| s.name.as_str())
    }

    pub(crate) fn source_ref(&self, id: &str) -> SourceRef {
        SourceRef {
            id: id.to_owned(),
            name: self.source_name(id).to_owned(),
            url: self.links.url(Address::Source(id)),
        }
    }

    pub(crate) fn article_url(&self, a: ArticleIx) -> String {
        self.links.url(Address::Article(self.corpus.articles[a].id.as_str()))
    }

    pub(crate) fn event_url(&self, e: usize) -> String {
        self.links.url(Address::Event(self.analysis.events[e].id.as_str()))
    }

    /// The page of entity `ix`, for people only.
    pub(crate) fn person_url(&self, ix: usize) -> Option<String> {
        let e = self.analysis.index.get(ix);
        (e.kind == EntityKind::Person).then(|| self.links.url(Address::Person(e.id.as_str())))
    }

    pub(crate) fn event_ref(&self, e: usize) -> &EventRef {
        self.event_refs[e].get_or_init(|| self.make_event_ref(e))
    }

    fn make_event_ref(&self, e: usize) -> EventRef {
        let event = &self.analysis.events[e];
        let mut sources: Vec<&str> =
            event.articles.iter().map(|&a| self.corpus.articles[a].source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        let mut languages: Vec<String> =
            event.articles.iter().map(|&a| self.corpus.articles[a].language.clone()).collect();
        languages.sort();
        languages.dedup();
        let lang = if event.title_language.is_empty() {
            self.language.to_owned()
        } else {
            event.title_language.clone()
        };
        EventRef {
            id: event.id.to_string(),
            title: event.title.clone(),
            dir: dir(&lang),
            lang,
            url: self.event_url(e),
            start: event.start.to_string(),
            dates: date_range(event.start, event.end),
            year: event.start.year(),
            chapter: format!(
                "{}#{}",
                Chapter::Month(&event.start.format("%Y-%m").to_string()).file(),
                event.id
            ),
            summary: event.summary.clone(),
            article_count: event.articles.len(),
            source_count: sources.len(),
            languages,
            sources: sources.into_iter().map(|s| self.source_ref(s)).collect(),
            stories: crate::analysis::stories::of_event(&self.analysis.stories, e)
                .map(|s| StoryRef {
                    chapter: Chapter::Timeline(s.id.as_str()).file(),
                    id: s.id.to_string(),
                    title: s.title.clone(),
                    url: self.links.url(Address::Timeline(s.id.as_str())),
                })
                .collect(),
            reasons: event.reasons.clone(),
        }
    }

    /// An article as a row; `first` is the event's first report, for the lag.
    pub(crate) fn article_row(&self, a: ArticleIx, position: usize, first: ArticleIx) -> ArticleRow {
        let article = &self.corpus.articles[a];
        let e = self.analysis.event_of[a];
        ArticleRow {
            id: article.id.to_string(),
            title: article.title.clone(),
            lang: article.language.clone(),
            dir: dir(&article.language),
            url: self.article_url(a),
            source: self.source_name(article.source.as_str()).to_owned(),
            source_url: self.links.url(Address::Source(article.source.as_str())),
            published: published_label(article),
            published_iso: article.published.iso(),
            language: article.language.clone(),
            lag: lag_text(self.corpus, a, position, first),
            words: article.doc.words,
            original: article.url.clone(),
            event: self.analysis.events[e].title.clone(),
            event_url: self.event_url(e),
        }
    }

    /// Entities with counts, most mentioned first.
    pub(crate) fn entity_counts(&self, counts: &BTreeMap<usize, u32>) -> Vec<EntityCount> {
        let mut v: Vec<EntityCount> = counts
            .iter()
            .map(|(&ix, &count)| {
                let e = self.analysis.index.get(ix);
                EntityCount { id: e.id.to_string(), name: e.name.clone(), url: self.person_url(ix), count }
            })
            .collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        v
    }

    /// The display name and page of a quote's speaker.
    pub(crate) fn speaker<'s>(&'s self, q: &'s Quote) -> (&'s str, Option<String>) {
        match &q.found.speaker {
            Some(s) => match s.entity {
                Some(ix) => (&self.analysis.index.get(ix).name, self.person_url(ix)),
                None => (
                    &s.name,
                    self.unregistered.get(s.name.as_str()).map(|id| self.links.url(Address::Person(id))),
                ),
            },
            None => ("Unattributed", None),
        }
    }

    /// The link to the paragraph a quote starts in.
    pub(crate) fn quote_url(&self, q: &Quote) -> String {
        self.paragraph_url(q.article, q.found.paragraph)
    }

    /// The link to paragraph `p` of article `a`.
    pub(crate) fn paragraph_url(&self, a: ArticleIx, p: usize) -> String {
        with_fragment(self.article_url(a), self.anchor(a, p))
    }

    /// The id of paragraph `p` on article `a`'s page; "main" when the page does not show
    /// it (an excerpt, or no text).
    pub(crate) fn anchor(&self, a: ArticleIx, p: usize) -> &str {
        let shown = self.shown.paragraph(a, p);
        let anchor = self.corpus.articles[a].doc.paragraphs.get(p).and_then(|p| p.anchor.as_deref());
        anchor.filter(|_| shown).unwrap_or("main")
    }

    /// Statements of `quotes` (indexes into the analysis' quotes), one view per group, in
    /// order of first appearance.
    pub(crate) fn groups(&self, quotes: &[usize]) -> Vec<GroupView<'_>> {
        self.grouped(quotes).iter().map(|(g, members)| self.group_view(g, members)).collect()
    }

    /// `quotes` by statement (their group), in the order [`Ctx::groups`] shows them: what a
    /// page cut into parts shows a part of.
    pub(crate) fn grouped(&self, quotes: &[usize]) -> Vec<(&str, Vec<usize>)> {
        let all = &self.analysis.quotes;
        let mut order: Vec<&str> = Vec::new();
        let mut members: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &q in quotes {
            let g = all[q].group.as_str();
            if !members.contains_key(g) {
                order.push(g);
            }
            members.entry(g).or_default().push(q);
        }
        order.sort_by_key(|g| self.first_key(&members[g]));
        order.into_iter().map(|g| (g, members.remove(g).unwrap_or_default())).collect()
    }

    fn first_key(&self, members: &[usize]) -> (chrono::NaiveDate, usize, usize) {
        members
            .iter()
            .map(|&q| {
                let quote = &self.analysis.quotes[q];
                let e = &self.analysis.events[quote.event];
                let pos = e.articles.iter().position(|&a| a == quote.article).unwrap_or(0);
                (e.start, pos, quote.found.paragraph)
            })
            .min()
            .unwrap_or((NaiveDate::MIN, 0, 0))
    }

    pub(crate) fn group_view<'s>(&'s self, id: &'s str, members: &[usize]) -> GroupView<'s> {
        let quotes: Vec<&Quote> = {
            let mut v: Vec<&Quote> = members.iter().map(|&q| &self.analysis.quotes[q]).collect();
            v.sort_by_key(|q| (self.corpus.articles[q.article].published, q.article, q.found.paragraph));
            v
        };
        let first = quotes[0];
        let (speaker, speaker_url) = quotes
            .iter()
            .find(|q| q.found.speaker.is_some())
            .map_or_else(|| self.speaker(first), |q| self.speaker(q));
        let mut versions: Vec<Version> = Vec::new();
        for q in &quotes {
            let lang = &self.corpus.articles[q.article].language;
            if !versions.iter().any(|v| v.lang == lang) {
                versions.push(Version { lang, dir: dir(lang), text: &q.found.text });
            }
        }
        let carriers = quotes
            .iter()
            .map(|q| {
                let article = &self.corpus.articles[q.article];
                let written = q.found.speaker.as_ref().map(|s| s.name.as_str());
                Carrier {
                    source: self.source_name(article.source.as_str()),
                    language: &article.language,
                    lang: &article.language,
                    dir: dir(&article.language),
                    url: self.quote_url(q),
                    as_written: written.filter(|w| *w != speaker),
                }
            })
            .collect();
        let article = &self.corpus.articles[first.article];
        GroupView {
            id,
            speaker,
            speaker_url,
            kind: quotes.iter().map(|q| q.found.kind).min().unwrap_or(QuoteKind::Reported),
            date: long_date(article.published.date),
            date_iso: article.published.date.to_string(),
            event: &self.analysis.events[first.event].title,
            event_url: self.event_url(first.event),
            versions,
            carriers,
        }
    }
}

/// `url` followed by `#fragment` (addresses from [`Links::item`] have room for it).
pub(crate) fn with_fragment(mut url: String, fragment: &str) -> String {
    url.push('#');
    url.push_str(fragment);
    url
}

/// "23 October 2023", "23–24 October 2023", "30 October – 2 November 2023".
pub(crate) fn date_range(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        return long_date(start);
    }
    if start.year() != end.year() {
        return format!("{} – {}", long_date(start), long_date(end));
    }
    if start.month() != end.month() {
        return format!("{} – {}", start.format("%-d %B"), long_date(end));
    }
    format!("{}–{}", start.day(), long_date(end))
}

/// How long after the first report an article came: "first", "+3.3 h", "+2 days".
pub(crate) fn lag_text(corpus: &Corpus, a: ArticleIx, position: usize, first: ArticleIx) -> String {
    if position == 0 {
        return "first".to_owned();
    }
    let (this, earliest) = (&corpus.articles[a].published, &corpus.articles[first].published);
    let hours = this.hours_after(earliest);
    let exact = this.time.is_some() && earliest.time.is_some();
    if exact && hours < 48.0 {
        return format!("+{hours} h");
    }
    match (hours / 24.0).round() as i64 {
        0 => "same day".to_owned(),
        1 => "+1 day".to_owned(),
        d => format!("+{d} days"),
    }
}

/// An article's date as pages show it, marked when the clipping did not state it.
fn published_label(article: &crate::corpus::Article) -> String {
    let date = article.published.display();
    if article.date_assumed { format!("{date} (date assumed)") } else { date }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn date_ranges_read_naturally() {
        assert_eq!(date_range(d("2023-10-24"), d("2023-10-24")), "24 October 2023");
        assert_eq!(date_range(d("2023-10-23"), d("2023-10-24")), "23–24 October 2023");
        assert_eq!(date_range(d("2023-10-30"), d("2023-11-02")), "30 October – 2 November 2023");
        assert_eq!(date_range(d("2023-12-30"), d("2024-01-02")), "30 December 2023 – 2 January 2024");
    }
}
