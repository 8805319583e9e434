//! Checking that every internal link of a rendered site leads to a file of the site, and
//! every `#fragment` to an element of the page. [`SiteIndex`] is a [`Sink`]: `check` renders
//! into it and keeps only what the check needs, never the pages themselves.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::sync::Mutex;

use crate::interner::Interner;
use crate::output::{OutputSet, Sink, check_path, collect};

/// A link that leads nowhere.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BrokenLink {
    /// The page holding the link.
    pub page: String,
    /// The link as written.
    pub href: String,
}

/// The files of a site and, for each HTML page, its ids and links.
#[derive(Debug, Default)]
pub struct SiteIndex {
    state: Mutex<Index>,
}

#[derive(Debug, Default)]
struct Index {
    files: BTreeSet<String>,
    /// Every id and link value seen, once, with its number: most links (the navigation,
    /// events, sources) and ids (`p1`, `p2`...) repeat from page to page.
    values: Interner,
    /// Per HTML page, by path.
    pages: BTreeMap<String, Page>,
}

/// What the check keeps of a page: the numbers of its element ids and of its links
/// (`href` and `src`), each sorted.
#[derive(Debug)]
struct Page {
    ids: Box<[u32]>,
    links: Box<[u32]>,
}

impl Sink for SiteIndex {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), String> {
        check_path(path)?;
        let text = path.ends_with(".html").then(|| String::from_utf8_lossy(&bytes));
        let found = text.as_deref().map(|text| {
            let mut links = attribute_values(text, "href");
            links.extend(attribute_values(text, "src"));
            (attribute_values(text, "id"), links)
        });
        let mut index = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if !index.files.insert(path.to_owned()) {
            return Err(format!("two outputs want the path {path}"));
        }
        if let Some((ids, links)) = found {
            let page = Page { ids: index.numbers(ids), links: index.numbers(links) };
            index.pages.insert(path.to_owned(), page);
        }
        Ok(())
    }

    /// Only HTML pages are read: any other file (data.json, tens of megabytes) is made and
    /// dropped as it streams, and only its path kept.
    fn put_with(
        &self,
        path: &str,
        write: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<(), String> {
        if path.ends_with(".html") {
            return self.put(path, collect(path, write)?);
        }
        write(&mut io::sink()).map_err(|e| format!("{path}: {e}"))?;
        self.put(path, Vec::new())
    }
}

impl SiteIndex {
    /// Files taken.
    pub fn len(&self) -> usize {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).files.len()
    }

    /// True when no file was taken.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The broken internal links, for a site served under the path prefix `base`.
    pub fn broken(&self, base: &str) -> Vec<BrokenLink> {
        let index = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let values = index.values.values();
        let mut broken = Vec::new();
        for (page, Page { links, .. }) in &index.pages {
            let mut hrefs: Vec<&str> = links.iter().map(|&n| values[n as usize]).collect();
            hrefs.sort_unstable();
            for href in hrefs {
                if !index.resolves(page, href, base) {
                    broken.push(BrokenLink { page: page.clone(), href: href.to_owned() });
                }
            }
        }
        broken
    }
}

/// The broken internal links of the files of `site`, served under `base`.
pub fn check(site: &OutputSet, base: &str) -> Vec<BrokenLink> {
    let links = SiteIndex::default();
    for (path, bytes) in site.iter() {
        // The set's paths are unique and checked already.
        let _ = links.put(path, bytes.to_vec());
    }
    links.broken(base)
}

impl Index {
    /// The numbers of `values`, sorted.
    fn numbers<'t>(&mut self, values: impl IntoIterator<Item = &'t str>) -> Box<[u32]> {
        let mut numbers: Vec<u32> = values.into_iter().map(|v| self.values.number(v)).collect();
        numbers.sort_unstable();
        numbers.into()
    }

    /// True when `href` on `page` is external or leads to an existing file (and element).
    fn resolves(&self, page: &str, href: &str, base: &str) -> bool {
        let href = href.replace("&amp;", "&");
        if href.contains("://") || href.starts_with("mailto:") || href.starts_with("//") {
            return true;
        }
        let (path, fragment) = match href.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (href.as_str(), None),
        };
        let path = path.split('?').next().unwrap_or("");
        let target = if path.is_empty() {
            page.to_owned()
        } else if let Some(rest) = path.strip_prefix(base) {
            rest.to_owned()
        } else if path.starts_with('/') {
            return false;
        } else {
            relative_to(page, path)
        };
        let file =
            if target.is_empty() || target.ends_with('/') { format!("{target}index.html") } else { target };
        if !self.files.contains(&file) {
            return false;
        }
        match fragment {
            None | Some("") => true,
            Some(f) => self
                .values
                .get(f)
                .is_some_and(|n| self.pages.get(&file).is_some_and(|p| p.ids.binary_search(&n).is_ok())),
        }
    }
}

/// `path` resolved against the folder of `page`.
fn relative_to(page: &str, path: &str) -> String {
    let folder = page.rsplit_once('/').map_or("", |(d, _)| d);
    let mut parts: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    for seg in path.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let mut joined = parts.join("/");
    if path.ends_with('/') {
        joined.push('/');
    }
    joined
}

/// Every value of attribute `name` in `html` (double-quoted, as our templates write them).
fn attribute_values<'t>(html: &'t str, name: &str) -> BTreeSet<&'t str> {
    let needle = format!(" {name}=\"");
    let mut out = BTreeSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let value_start = i + needle.len();
        let Some(len) = rest[value_start..].find('"') else { break };
        out.insert(&rest[value_start..value_start + len]);
        rest = &rest[value_start + len..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_links_and_fragments_are_resolved() {
        let mut site = OutputSet::default();
        site.insert("index.html", r#"<a href="/m/events/a/">a</a> <a href="/m/events/b/">b</a> <a href="https://x.org/">x</a> <a href="/m/events/a/#p2">p</a> <a href="/m/events/a/#p9">p</a>"#).unwrap();
        site.insert(
            "events/a/index.html",
            r#"<p id="p2">x</p><a href="../../index.html">up</a><link href="/other/">"#,
        )
        .unwrap();
        let broken: Vec<(String, String)> =
            check(&site, "/m/").into_iter().map(|b| (b.page, b.href)).collect();
        assert_eq!(
            broken,
            [
                ("events/a/index.html".to_owned(), "/other/".to_owned()),
                ("index.html".to_owned(), "/m/events/a/#p9".to_owned()),
                ("index.html".to_owned(), "/m/events/b/".to_owned()),
            ]
        );
    }
}
