//! Saved HTML pages: the article's text found by dom_smoothie (a port of Mozilla's
//! Readability, the reader view of Firefox), its metadata from the page's meta tags.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::lines;

/// What a page says about itself, besides its text.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
}

/// The article's paragraphs and the page's metadata.
pub(crate) fn page(html: &str) -> Result<(Vec<String>, Meta), String> {
    let doc = Document::from(html);
    let url = ["link[rel=canonical]", "meta[property='og:url']"].iter().find_map(|selector| {
        let node = doc.select(selector);
        let value = node.attr("href").or_else(|| node.attr("content"))?;
        let value = value.trim();
        crate::corpus::check_url(value).is_ok().then(|| value.to_owned())
    });
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let mut reader = Readability::with_document(doc, url.as_deref(), Some(config))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    let article = reader.parse().map_err(|e| format!("no article text found in the page: {e}"))?;
    let nonblank = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let meta = Meta {
        title: nonblank(Some(article.title)),
        published: nonblank(article.published_time),
        site_name: nonblank(article.site_name),
        url: url.or(nonblank(article.url).filter(|u| crate::corpus::check_url(u).is_ok())),
        byline: nonblank(article.byline),
    };
    Ok((lines::paragraphs(&article.text_content), meta))
}
