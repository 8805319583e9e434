//! What a saved page says about itself, besides its text: its headline, publication
//! date, outlet, address and authors, each from the page's own statements (meta tags,
//! JSON-LD, `<h1>`, `<time>`, `<title>`, the address), in the order extractors such as
//! trafilatura and htmldate found most reliable. A page states most facts more than once;
//! where its statements agree the fact is found, where they disagree the best is taken
//! and reported as assumed.

use std::collections::BTreeMap;

use dom_query::{Document, NodeRef};
use serde_json::Value;

use super::title::{self, Title};
use super::{authors, collapse};

/// A page's statements about itself.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title: Option<Title>,
    /// The publication date as the page writes it, and where it was read.
    pub published: Vec<(String, &'static str)>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    /// The authors, once [`Meta::settle_authors`] has weighed the page's bylines.
    pub authors: Vec<String>,
    /// The bylines the page's metadata states, as written: its JSON-LD's, then each of
    /// its meta tags'.
    stated_bylines: Vec<Vec<String>>,
    /// The bylines its markup marks (`rel="author"`, a `byline` class), in page order.
    marked_bylines: Vec<String>,
    /// The bylines marked inside the readers' comments: a reader view that takes one for
    /// the article's is not trusted.
    comment_bylines: Vec<String>,
    /// The names the site goes by, which are no author's.
    sites: Vec<String>,
}

impl Meta {
    /// The authors from the page's bylines and `found` (the reader view's byline), which
    /// is trusted after the metadata and before the markup.
    pub(crate) fn settle_authors(&mut self, found: Option<String>) {
        let same = |a: &String, b: &String| authors::letters(a) == authors::letters(b);
        let commenter = |f: &String| {
            self.comment_bylines.iter().any(|c| same(c, f)) && !self.marked_bylines.iter().any(|m| same(m, f))
        };
        // The reader view glues an author box's elements ("Jana Kurzvor 5 Stunden"); the
        // same box read with its elements apart spaces them.
        let spaced = |f: String| {
            let glued = |m: &&String| {
                authors::letters(m).starts_with(&authors::letters(&f))
                    && m.split_whitespace().count() > f.split_whitespace().count()
            };
            self.marked_bylines.iter().find(glued).cloned().unwrap_or(f)
        };
        let found = found.filter(|f| !commenter(f)).map(spaced);
        let marked = self.marked_bylines.iter().map(|b| vec![b.clone()]);
        let bylines: Vec<Vec<String>> =
            self.stated_bylines.iter().cloned().chain([found.into_iter().collect()]).chain(marked).collect();
        let sites: Vec<&str> = self.sites.iter().map(String::as_str).collect();
        self.authors = authors::choose(&bylines, |name| title::is_site(name, &sites));
    }
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

    /// The authors the tags name, most trusted first: the common keys, then any vendor's
    /// `…:author` (`cXenseParse:author`, `dable:author`), then a labelled pair as
    /// WordPress's Yoast writes it (`twitter:label1` "Written by", `twitter:data1` the name).
    fn authors(&self) -> Vec<String> {
        const LABELS: [&str; 7] = [
            "written by", "verfasst von", "geschrieben von", "escrito por", "écrit par", "scritto da",
            "autor",
        ];
        let common = ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author"];
        let vendor =
            |k: &str| !common.contains(&k) && k.rsplit([':', '.', '-', '_']).next() == Some("author");
        let labelled = self.0.iter().filter(|(key, v)| {
            key.starts_with("twitter:label") && LABELS.contains(&v.to_lowercase().as_str())
        });
        let labelled = labelled.filter_map(|(label, _)| self.first(&[&label.replacen("label", "data", 1)]));
        let vendors = self.0.iter().filter(|(key, _)| vendor(key)).map(|(_, v)| v.as_str());
        common
            .iter()
            .filter_map(|k| self.first(&[k]))
            .chain(vendors)
            .chain(labelled)
            .map(str::to_owned)
            .collect()
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

    /// The people the first article's `key` names that names any: its names less those
    /// of organisations.
    fn people(&self, key: &str) -> Vec<String> {
        // "Organization", "NewsMediaOrganization", ...
        let is_organisation =
            |v: &Value| v.get("@type").and_then(Value::as_str).is_some_and(|t| t.ends_with("Organization"));
        let people = |v: &Value| match v {
            Value::Array(items) => {
                Value::Array(items.iter().filter(|i| !is_organisation(i)).cloned().collect())
            }
            v if is_organisation(v) => Value::Null,
            v => v.clone(),
        };
        // The first article's: a page that lists others' (related articles) names theirs too.
        let mut names = self.articles.iter().map(|a| self.names_in(a.get(key).map(people).as_ref()));
        names.find(|n| !n.is_empty()).unwrap_or_default()
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

/// A node inside the readers' comments, whose authors are not the article's.
fn in_comments(n: &dom_query::NodeRef) -> bool {
    n.ancestors_it(None).any(|a| {
        let marks = format!("{} {}", a.attr("class").unwrap_or_default(), a.attr("id").unwrap_or_default());
        marks.to_ascii_lowercase().contains("comment")
    })
}

/// The page's bylines as its markup marks them (`rel="author"`, `itemprop="author"`, a
/// `byline` or `author` class, a link to an author's page): the short texts of the first
/// marks outside the readers' comments, and apart those inside them.
fn bylines(doc: &Document) -> (Vec<String>, Vec<String>) {
    // Last, a link to an author's page ("/author/jana-kurz/"), as in an author box whose
    // marked text holds the bio too.
    const MARKED: [&str; 8] = [
        "[rel=author]", "[itemprop=author]", "[class*=byline]", "[class*=author]", "[class*=autor]",
        "[class*=Author]", "a[href*='/author/']", "a[href*='/autor/']",
    ];
    let short = |t: &String| (3..=80).contains(&t.chars().count());
    let (mut outside, mut inside) = (Vec::new(), Vec::new());
    for selector in MARKED {
        let nodes = doc.select(selector).nodes().to_vec();
        let (comments, article): (Vec<_>, Vec<_>) = nodes.into_iter().partition(in_comments);
        outside.extend(article.iter().take(3).map(spaced_text).filter(short));
        inside.extend(comments.iter().map(spaced_text).filter(short));
    }
    (outside, inside)
}

/// A node's text with a space between the texts of its elements: an author box's
/// `<span>Jana Kurz</span><span>vor 5 Stunden</span>` is "Jana Kurz vor 5 Stunden", not
/// "Jana Kurzvor 5 Stunden".
fn spaced_text(node: &NodeRef) -> String {
    let texts: Vec<_> =
        node.descendants_it().filter(NodeRef::is_text).map(|t| t.text().to_string()).collect();
    collapse(&texts.join(" "))
}

/// Short lines anywhere outside the comments, in page order, that sign a date: a
/// `<span>06.11.2024 13:30 von Jana Kurz</span>` no class marks.
fn signed_lines(doc: &Document) -> impl Iterator<Item = String> {
    let nodes = doc.select("body span, body p, body small, body em, body div, body li").nodes().to_vec();
    nodes
        .into_iter()
        .filter(|n| n.children().iter().all(|c| !c.is_element()))
        .map(|n| (collapse(&n.text()), n))
        .filter(|(t, _)| (8..=60).contains(&t.chars().count()))
        .filter_map(|(t, n)| signed_after_date(&t).filter(|_| !in_comments(&n)))
}

/// The name that signs a date line: "06.11.2024 13:30 von Jana Kurz", "May 3, 2024 by
/// Ana Ruiz".
fn signed_after_date(line: &str) -> Option<String> {
    static SIGNED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\d(?:\s*Uhr)?\s+(?i:von|by|por|par|di)\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})")
            .expect("static regex")
    });
    Some(SIGNED.captures(line)?["name"].to_owned())
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

    // A heading styled as the page's first-level one (`<h2 class="h1">`, a common CSS
    // framework's idiom) is one too: its text often gives in full what <title> cuts short.
    let h1: Vec<title::Heading> = doc.select("h1, h2.h1, h3.h1").nodes().iter().map(heading).collect();
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

    let stated_bylines =
        std::iter::once(ld.people("author")).chain(tags.authors().into_iter().map(|a| vec![a])).collect();
    let sites = sites.iter().map(|s| (*s).to_owned()).collect();
    let (mut marked_bylines, comment_bylines) = bylines(doc);
    marked_bylines.extend(date_lines(doc).filter_map(|line| signed_after_date(&line)));
    marked_bylines.extend(signed_lines(doc).take(1));
    Meta {
        title,
        published,
        site_name,
        url: None,
        authors: Vec::new(),
        stated_bylines,
        marked_bylines,
        comment_bylines,
        sites,
    }
}

/// An `<h1>`'s text without the kicker a page sets in it: `<h1><span class="kicker">Paris
/// 2024</span> Barges bring drinks to the centre</h1>` is "Barges bring drinks to the
/// centre". A kicker is a child marked as one by its class ("kicker", "overline",
/// "dachzeile", "subtitle", ...) with more of the heading after it; a separator the page
/// hides from screen readers goes with it.
fn heading(h1: &dom_query::NodeRef) -> title::Heading {
    const KICKER: [&str; 10] = [
        "kicker", "overline", "dachzeile", "roofline", "topline", "supertitle", "eyebrow", "subtitle",
        "titleheader", "spitzmarke",
    ];
    let is_kicker = |n: &dom_query::NodeRef| {
        let class = n.attr("class").unwrap_or_default().to_ascii_lowercase();
        n.is_element() && (KICKER.iter().any(|k| class.contains(k)) || n.attr("aria-hidden").is_some())
    };
    let children = h1.children();
    let rest: String = children.iter().filter(|n| !is_kicker(n)).map(|n| format!("{} ", n.text())).collect();
    let has_kicker = children.iter().filter(|n| n.is_element()).take(1).any(is_kicker);
    let after_kicker = has_kicker && rest.split_whitespace().count() >= 2;
    let text = if after_kicker { collapse(&rest) } else { collapse(&h1.text()) };
    title::Heading { text, after_kicker }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn headline(html: &str) -> String {
        read(&Document::from(html), None).title.expect("a headline").text
    }

    #[test]
    fn a_kicker_set_in_the_h1_is_not_the_headline() {
        let page = r#"<html><head><title>Paris 2024 - Barges bring drinks to the centre - Harbour Times</title>
            <meta property="og:title" content="Paris 2024 - Barges bring drinks to the centre - Harbour Times"></head>
            <body><h1><span class="kicker">Paris 2024</span><span aria-hidden="true"> - </span>
            Barges bring drinks to the centre</h1></body></html>"#;
        assert_eq!(headline(page), "Barges bring drinks to the centre");
        // A styled first word with no kicker class is part of the headline.
        let page = r#"<html><head><title>Storm closes port for a week</title></head>
            <body><h1><span class="accent">Storm</span> closes port for a week</h1></body></html>"#;
        assert_eq!(headline(page), "Storm closes port for a week");
    }

    #[test]
    fn a_heading_styled_as_the_h1_gives_the_headline_the_title_cuts_short() {
        let page = |open: &str, close: &str| {
            format!(
                r#"<html><head><title>Old ferries of the coast - Part 12 - Ferry Archive</title></head>
                <body><{open}>Old ferries of the coast - Part 12 – The steam years (1901 – 1930)</{close}>
                <p>The first steam ferry crossed in 1901.</p></body></html>"#
            )
        };
        let headline = |html: &str| {
            let url = Some("https://www.ferry-archive.example/old-ferries-12");
            read(&Document::from(html), url).title.expect("a headline").text
        };
        let full = "Old ferries of the coast - Part 12 – The steam years (1901 – 1930)";
        assert_eq!(headline(&page("h1", "h1")), full);
        assert_eq!(headline(&page(r#"h2 class="h1""#, "h2")), full);
        // Beside an <h1> that says what <title> says, the fuller one is the headline.
        let both = page("h1>Old ferries of the coast - Part 12</h1><h2 class=\"h1\"", "h2");
        assert_eq!(headline(&both), full);
        // Also when the site's slogan after its name keeps <title> from being cut to either.
        let slogan =
            both.replace("Ferry Archive</title>", "Ferry Archive - Ships and crossings of the world</title>");
        assert_eq!(headline(&slogan), full);
        // A plain <h2> is a section's heading, not the headline.
        assert_eq!(headline(&page("h2", "h2")), "Old ferries of the coast - Part 12");
    }

    fn authors(html: &str) -> Vec<String> {
        let mut meta = read(&Document::from(html), Some("https://harbour-times.example/a"));
        meta.settle_authors(None);
        meta.authors
    }

    #[test]
    fn an_organisation_a_reader_s_comment_and_a_more_link_are_no_authors() {
        let ld = r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Port closes",
            "author": {"@type": "Organization", "name": "Harbour Media Group"}}</script>"#;
        let page = format!(
            r#"<html><head>{ld}</head><body><h1>Port closes</h1>
            <ol id="comments"><li><span class="comment-author">Kim Novak</span> Great piece!</li></ol>
            <div class="author-box">Jana Kurz writes about the harbour, its ships and the people who work
            there, for the Harbour Times since 2009. <a href="/author/jana-kurz/">Jana Kurz</a>
            <a href="/author/jana-kurz/">mehr</a></div></body></html>"#
        );
        assert_eq!(authors(&page), ["Jana Kurz"]);
    }

    #[test]
    fn a_date_line_signed_by_its_author_names_them() {
        let page = r#"<html><body><h1>Port closes for a week</h1>
            <p class="post-date">06.11.2024 13:30 von Jana Kurz</p><p>The port closed.</p></body></html>"#;
        assert_eq!(authors(page), ["Jana Kurz"]);
    }

    #[test]
    fn an_author_box_s_name_and_its_time_in_elements_of_their_own_stay_apart() {
        let page = r#"<html><body><h1>Port closes for a week</h1>
            <div class="gallery-author-info"><a href="/user/jana"><span>Jana Kurz</span></a><span
            class="featured"><span>vor 5 Stunden</span></span><div role="button">Mehr</div></div>
            <p>The port closed.</p></body></html>"#;
        assert_eq!(authors(page), ["Jana Kurz"]);
        let (_, read) = crate::import::html::page(page).expect("a page");
        assert_eq!(read.authors, ["Jana Kurz"], "as the reader view finds it");
    }

    #[test]
    fn a_vendor_s_author_tag_or_a_labelled_pair_names_the_author_when_author_names_the_site() {
        let page = |tags: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="Harbour Times">
                <meta name="author" content="Harbour Times">{tags}</head>
                <body><h1>Port closes</h1><p>The port closed.</p></body></html>"#
            )
        };
        assert_eq!(
            authors(&page(r#"<meta property="cXenseParse:author" content="Jana Kurz">"#)),
            ["Jana Kurz"]
        );
        let yoast = r#"<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Jana Kurz">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">"#;
        assert_eq!(authors(&page(yoast)), ["Jana Kurz"]);
        // A pair labelled otherwise is not a byline, and the site is no author.
        let reading = r#"<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">"#;
        assert!(authors(&page(reading)).is_empty());
    }

    #[test]
    fn a_signed_date_line_no_class_marks_names_the_author_but_not_in_the_comments() {
        let page = |line: &str| {
            format!(
                r#"<html><body><h1>Port closes for a week</h1><img src="port.jpg">
                <h2>Harbour (1 / 2) {line}</h2><p>The port closed on Tuesday after the storm.</p>
                <div id="comments"><span>07.11.2024 09:10 von Kim Novak</span></div></body></html>"#
            )
        };
        assert_eq!(authors(&page("<span>06.11.2024 13:30 von Jana Kurz</span>")), ["Jana Kurz"]);
        assert!(authors(&page("<span>06.11.2024 13:30</span>")).is_empty());
    }
}
