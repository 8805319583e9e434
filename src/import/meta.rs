//! What a saved page says about itself, besides its text: its headline, publication
//! date, outlet, address and authors, each from the page's own statements (meta tags,
//! JSON-LD, `<h1>`, `<time>`, `<title>`, the address), in the order extractors such as
//! trafilatura and htmldate found most reliable. A page states most facts more than once;
//! where its statements agree the fact is found, where they disagree the best is taken
//! and reported as assumed.

use std::collections::BTreeMap;

use dom_query::Document;
use serde_json::Value;

use super::authors;
use super::title::{self, Title};

/// A page's statements about itself.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title: Option<Title>,
    /// The publication date as the page writes it, and where it was read.
    pub published: Vec<(String, &'static str)>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// The authors the page's markup marks (`rel="author"`, a `byline` class): less sure
    /// than its metadata, so read last.
    pub marked_authors: Vec<String>,
}

/// The page's `<meta>` tags as (key, content), keys lower-cased: `name`, `property` or
/// `itemprop`, whichever the tag has.
struct Tags(Vec<(String, String)>);

impl Tags {
    fn read(doc: &Document) -> Self {
        let mut tags = Vec::new();
        for node in doc.select("meta").nodes() {
            let key = ["property", "name", "itemprop"].iter().find_map(|a| node.attr(a));
            if let (Some(key), Some(content)) = (key, node.attr("content")) {
                let content = collapse(&content);
                if !content.is_empty() {
                    tags.push((key.trim().to_ascii_lowercase(), content));
                }
            }
        }
        Tags(tags)
    }

    /// The first tag among `keys`, in the order of `keys`.
    fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.0.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str()))
    }
}

/// The page's JSON-LD: its article objects (`NewsArticle`, `BlogPosting`, ..., inside
/// `@graph` lists too), and the name of every object with an `@id`, which an article's
/// `author` may point to (`{"@id": ".../#/schema/person/..."}`) instead of naming.
#[derive(Default)]
struct LinkedData {
    articles: Vec<Value>,
    named: BTreeMap<String, String>,
}

impl LinkedData {
    fn read(doc: &Document) -> Self {
        let mut data = LinkedData::default();
        for node in doc.select("script[type='application/ld+json']").nodes() {
            let Ok(value) = serde_json::from_str::<Value>(node.text().trim()) else { continue };
            data.collect(value, 0);
        }
        data
    }

    fn collect(&mut self, value: Value, depth: usize) {
        match value {
            Value::Array(items) if depth < 4 => items.into_iter().for_each(|v| self.collect(v, depth + 1)),
            Value::Object(mut object) if depth < 4 => {
                if let Some(graph) = object.remove("@graph") {
                    self.collect(graph, depth + 1);
                }
                if let (Some(Value::String(id)), Some(Value::String(name))) =
                    (object.get("@id"), object.get("name"))
                {
                    self.named.insert(id.clone(), collapse(name));
                }
                let kind = |t: &str| t.ends_with("Article") || t.ends_with("Posting") || t == "Report";
                let is_article = match object.get("@type") {
                    Some(Value::String(t)) => kind(t),
                    Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(kind),
                    _ => false,
                };
                if is_article {
                    self.articles.push(Value::Object(object));
                }
            }
            _ => {}
        }
    }

    /// The first article's `key`, as text.
    fn text(&self, key: &str) -> Option<String> {
        self.articles.iter().find_map(|a| a.get(key)?.as_str().map(collapse))
    }

    /// The names the articles' `key` (`author`, `publisher`) gives: a string, an object
    /// with a `name` or an `@id`, or a list of those.
    fn names(&self, key: &str) -> Vec<String> {
        self.articles.iter().flat_map(|a| self.names_in(a.get(key))).collect()
    }

    fn names_in(&self, value: Option<&Value>) -> Vec<String> {
        match value {
            Some(Value::String(s)) => vec![collapse(s)],
            Some(Value::Object(o)) => match (o.get("name"), o.get("@id").and_then(Value::as_str)) {
                (Some(name), _) => self.names_in(Some(name)),
                (None, Some(id)) => self.named.get(id).cloned().into_iter().collect(),
                (None, None) => Vec::new(),
            },
            Some(Value::Array(items)) => items.iter().flat_map(|v| self.names_in(Some(v))).collect(),
            _ => Vec::new(),
        }
    }
}

/// The page's byline as its markup marks it (`rel="author"`, `itemprop="author"`, a
/// `byline` or `author` class), the first that names someone.
fn byline(doc: &Document) -> Vec<String> {
    const MARKED: [&str; 6] = [
        "[rel=author]", "[itemprop=author]", "[class*=byline]", "[class*=author]", "[class*=autor]",
        "[class*=Author]",
    ];
    MARKED
        .iter()
        .flat_map(|selector| {
            doc.select(selector).nodes().iter().take(3).map(|n| collapse(&n.text())).collect::<Vec<_>>()
        })
        .filter(|t| (3..=80).contains(&t.chars().count()))
        .map(|t| authors::split(&t))
        .find(|names| !names.is_empty())
        .unwrap_or_default()
}

/// Reads what the page says about itself. `url` is the page's canonical address.
pub(crate) fn read(doc: &Document, url: Option<&str>) -> Meta {
    let tags = Tags::read(doc);
    let ld = LinkedData::read(doc);

    let site_name = tags
        .first(&["og:site_name", "application-name"])
        .map(str::to_owned)
        .or_else(|| ld.names("publisher").into_iter().next());
    let host = url.and_then(super::outlet::host_of);

    let h1: Vec<String> = doc.select("h1").nodes().iter().map(|n| collapse(&n.text())).collect();
    let stated = [
        ld.text("headline").map(|t| (t, "the page's JSON-LD headline")),
        tags.first(&["og:title"]).map(|t| (t.to_owned(), "the page's og:title")),
        tags.first(&["twitter:title"]).map(|t| (t.to_owned(), "the page's twitter:title")),
        Some(doc.select("head title").text()).map(|t| (collapse(&t), "the page's <title>")),
    ];
    let stated: Vec<(String, &str)> = stated.into_iter().flatten().filter(|(t, _)| !t.is_empty()).collect();
    let sites: Vec<&str> = site_name.iter().map(String::as_str).chain(host.as_deref()).collect();
    let title = title::choose(&stated, &h1, &sites);

    let mut published = Vec::new();
    if let Some(d) = ld.text("datePublished") {
        published.push((d, "the page's JSON-LD datePublished"));
    }
    if let Some(d) = tags.first(PUBLISHED_TAGS) {
        published.push((d.to_owned(), "the page's publication meta tag"));
    }
    published.extend(time_elements(doc).map(|d| (d, "the page's <time> element")));
    if let Some(d) = url.and_then(date_in_url) {
        published.push((d, "the page's address"));
    }
    published.extend(date_lines(doc).map(|d| (d, VISIBLE[0])));
    published.extend(labelled_date(doc).map(|d| (d, VISIBLE[1])));
    // "19.05.2020 | Open day": a title that opens with its date.
    let dated_title =
        stated.iter().map(|(t, _)| t).find(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit()));
    if let Some(t) =
        dated_title.filter(|t| super::dates::find(&t.chars().take(12).collect::<String>()).is_some())
    {
        published.push((t.chars().take(12).collect(), "the date the page's title opens with"));
    }

    let mut authors: Vec<String> = ld.names("author").iter().flat_map(|a| authors::split(a)).collect();
    if authors.is_empty()
        && let Some(a) =
            tags.first(&["author", "article:author", "dc.creator", "sailthru.author", "parsely-author"])
    {
        authors = authors::split(a);
    }
    authors.retain(|a| !title::is_site(a, &sites));

    let marked_authors = byline(doc);
    Meta { title, published, site_name, url: None, authors, marked_authors }
}

/// Where a page shows its date to readers, rather than states it in its metadata.
pub(crate) const VISIBLE: [&str; 2] = ["a date line of the page", "a labelled date in the page's text"];

/// The meta tags that hold a publication date, most specific first.
const PUBLISHED_TAGS: &[&str] = &[
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "publication_date",
    "date_published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "citation_publication_date", "citation_date", "bepress_citation_date", "sailthru.date",
    "parsely-pub-date", "og:release_date", "article.published", "date",
];

/// `<time>` elements that mark a publication: `pubdate`, `itemprop="datePublished"`, or a
/// class that says published; then the first `<time datetime>` of the page.
fn time_elements(doc: &Document) -> impl Iterator<Item = String> {
    let nodes = doc.select("time[datetime]");
    let marked = nodes.nodes().iter().find(|n| {
        let class = n.attr("class").unwrap_or_default().to_ascii_lowercase();
        n.attr("pubdate").is_some()
            || n.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            || (class.contains("publish") || class.contains("entry-date")) && !class.contains("updated")
    });
    let first = nodes.nodes().first();
    marked.or(first).and_then(|n| n.attr("datetime")).map(|d| collapse(&d)).into_iter()
}

/// The short texts of elements a page marks as its date ("post-date", "datum", "fecha"),
/// and the line under its headline: blogs and small sites that state no date in their
/// metadata write it there.
fn date_lines(doc: &Document) -> impl Iterator<Item = String> {
    let marked = "[class*=date], [class*=Date], [class*=datum], [class*=fecha], [class*=published], [id*=date], \
         [class$=-time], [class*=pubtime]";
    // The lines under the headline: "<h1>...</h1><p class="meta">3. Mai 2024 | ...</p>".
    let under_headline =
        doc.select("h1").nodes().iter().take(2).filter_map(|h| h.next_element_sibling()).collect::<Vec<_>>();
    let marked = doc.select(marked);
    // A headline that starts with its date: "<h1>19.05.2020 | Open day</h1>".
    let headlines = doc.select("h1");
    let lines: Vec<String> = under_headline
        .iter()
        .chain(marked.nodes())
        .chain(headlines.nodes().iter().take(1))
        .map(|n| collapse(&n.text()))
        .filter(|t| (6..=120).contains(&t.chars().count()))
        .take(10)
        .collect();
    lines.into_iter()
}

/// The words after the first label that says "published" in the page's text ("Erstellt am:
/// 14.03.2022", "Publié le", "Опубликовано", "تاریخ انتشار"), where a page states its date
/// in neither its metadata nor a marked element. An update's label is not one.
fn labelled_date(doc: &Document) -> Option<String> {
    static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:published(?: on)?|posted on|erstellt am|veröffentlicht(?: am)?|publiziert(?: am)?|publié le|mis en ligne le|publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd op|опубликовано|опубліковано)\s*:?\s|تاریخ انتشار|تاريخ النشر|نشر في",
        )
        .expect("static regex")
    });
    let text = collapse(&doc.select("body").text());
    let at = LABEL.find(&text)?.end();
    let after: String = text[at..].chars().take(40).collect();
    Some(after)
}

/// `/2019/11/20/`, `/2019-11-20/`, `/20191120-`, as an ISO date.
fn date_in_url(url: &str) -> Option<String> {
    static DATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
            .expect("static regex")
    });
    let path = url.split(['?', '#']).next()?;
    let c = DATED.captures(path)?;
    Some(format!("{}-{}-{}", &c[1], &c[2], &c[3]))
}

/// Whitespace runs as one space, trimmed, and character references a page escaped twice
/// (`&amp;#8211;` in an attribute reads `&#8211;`) decoded.
pub(crate) fn collapse(text: &str) -> String {
    let text = html_escape::decode_html_entities(text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
