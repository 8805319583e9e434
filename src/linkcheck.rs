//! Checking that every internal link of a rendered site leads to a file of the site, and
//! every `#fragment` to an element of the page.

use std::collections::{BTreeMap, BTreeSet};

use crate::output::OutputSet;

/// A link that leads nowhere.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BrokenLink {
    /// The page holding the link.
    pub page: String,
    /// The link as written.
    pub href: String,
}

/// The broken internal links of `site`, served under the path prefix `base`.
pub fn check(site: &OutputSet, base: &str) -> Vec<BrokenLink> {
    let pages: Vec<(&str, &str)> = site
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .filter_map(|(p, b)| std::str::from_utf8(b).ok().map(|t| (p, t)))
        .collect();
    let ids: BTreeMap<&str, BTreeSet<&str>> =
        pages.iter().map(|(p, t)| (*p, attribute_values(t, "id"))).collect();
    let mut broken = Vec::new();
    for (page, text) in &pages {
        for href in attribute_values(text, "href").into_iter().chain(attribute_values(text, "src")) {
            if !resolves(site, &ids, page, href, base) {
                broken.push(BrokenLink { page: page.to_string(), href: href.to_owned() });
            }
        }
    }
    broken.sort();
    broken.dedup();
    broken
}

/// True when `href` on `page` is external or leads to an existing file (and element).
fn resolves(
    site: &OutputSet,
    ids: &BTreeMap<&str, BTreeSet<&str>>,
    page: &str,
    href: &str,
    base: &str,
) -> bool {
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
        // Relative to the page's folder.
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
    };
    let file =
        if target.is_empty() || target.ends_with('/') { format!("{target}index.html") } else { target };
    if site.get(&file).is_none() {
        return false;
    }
    match fragment {
        None | Some("") => true,
        Some(f) => ids.get(file.as_str()).is_some_and(|set| set.contains(f)),
    }
}

/// Every value of attribute `name` in `html` (double-quoted, as our templates write them).
fn attribute_values<'t>(html: &'t str, name: &str) -> BTreeSet<&'t str> {
    let needle = format!(" {name}=\"");
    let mut out = BTreeSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let value_start = i + needle.len();
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
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
