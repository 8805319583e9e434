//! Saved HTML pages: the article's text found by dom_smoothie (a port of Mozilla's
//! Readability, the reader view of Firefox), what the page says about itself by [`meta`].

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::lines;
use super::meta::{self, Meta};

/// The article's paragraphs and the page's metadata.
pub(crate) fn page(html: &str) -> Result<(Vec<String>, Meta), String> {
    let doc = Document::from(html);
    let url = ["link[rel=canonical]", "meta[property='og:url']"].iter().find_map(|selector| {
        let node = doc.select(selector);
        let value = node.attr("href").or_else(|| node.attr("content"))?;
        let value = value.trim();
        crate::corpus::check_url(value).is_ok().then(|| value.to_owned())
    });
    let mut meta = meta::read(&doc, url.as_deref());
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let mut reader = Readability::with_document(doc, url.as_deref(), Some(config))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    let article = reader.parse().map_err(|e| format!("no article text found in the page: {e}"))?;
    let nonblank = |s: Option<String>| s.map(|s| super::collapse(&s)).filter(|s| !s.is_empty());
    meta.url = url.or(nonblank(article.url).filter(|u| crate::corpus::check_url(u).is_ok()));
    if let Some(d) = nonblank(article.published_time) {
        meta.published.push((d, "the page's publication meta tag"));
    }
    meta.site_name = meta.site_name.or(nonblank(article.site_name));
    meta.settle_authors(nonblank(article.byline));
    Ok((lines::paragraphs(&article.text_content), meta))
}
