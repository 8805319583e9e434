//! Addresses of pages: every internal link starts with the base path, so the site works
//! under a sub-path (`--base-url https://user.github.io/repo/`); feeds and the sitemap use
//! the absolute base URL.

/// Where the site will be served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// Path prefix of every internal link, starting and ending with `/`.
    pub base: String,
    /// Absolute prefix for feeds and the sitemap (the base path when no host is known).
    pub absolute: String,
}

impl Links {
    /// Reads `--base-url`: an absolute http(s) address or a path.
    pub fn new(base_url: &str) -> Result<Links, String> {
        let trimmed = base_url.trim();
        if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
            let url = url::Url::parse(trimmed).map_err(|e| format!("--base-url {trimmed:?}: {e}"))?;
            if url.query().is_some() || url.fragment().is_some() {
                return Err(format!("--base-url {trimmed:?} must not have a query or fragment"));
            }
            let base = with_slashes(url.path());
            let mut absolute = url.clone();
            absolute.set_path(&base);
            return Ok(Links { base, absolute: absolute.to_string() });
        }
        if trimmed.contains(['?', '#', '\\', '"', '<', '>', ':', ' ', '\'']) {
            return Err(format!(
                "--base-url {trimmed:?} is neither an http(s) address nor a path such as /repo/"
            ));
        }
        let base = with_slashes(trimmed);
        Ok(Links { absolute: base.clone(), base })
    }

    /// The address of a page at `path` (relative to the site root, `""` for the front page).
    pub fn page(&self, path: &str) -> String {
        [self.base.as_str(), path].concat()
    }

    /// The address of the page of `id` in `section` (`events`, `articles`...), with room
    /// for a fragment: pages make tens of thousands of these.
    pub fn item(&self, section: &str, id: &(impl AsRef<str> + ?Sized)) -> String {
        let id = id.as_ref();
        let mut url = String::with_capacity(self.base.len() + section.len() + id.len() + 24);
        for part in [self.base.as_str(), section, "/", id, "/"] {
            url.push_str(part);
        }
        url
    }

    /// The absolute address of a page.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.absolute)
    }
}

/// What the head and the menu of a page show of where it is.
#[derive(serde::Serialize)]
pub struct PageView {
    /// Its canonical address: absolute when the site's host is known.
    pub url: String,
    /// Whether `url` is absolute (Open Graph wants it so).
    pub absolute: bool,
    /// Whether search engines should index it (not the error page).
    pub canonical: bool,
    /// The menu, with the section this page is in marked.
    pub nav: Vec<NavItem>,
}

/// One entry of the menu.
#[derive(serde::Serialize)]
pub struct NavItem {
    pub label: &'static str,
    pub url: String,
    /// `aria-current`: "page" on the section's own page, "true" on a page inside it.
    pub current: Option<&'static str>,
}

/// The menu's sections: label and folder.
const SECTIONS: [(&str, &str); 5] = [
    ("Timelines", "timelines"),
    ("Events", "events"),
    ("Quotes", "quotes"),
    ("People", "people"),
    ("Sources", "sources"),
];

impl Links {
    /// The head and menu of the page written at `path` (`events/x/index.html`).
    pub fn page_view(&self, path: &str) -> PageView {
        let address = path.strip_suffix("index.html").unwrap_or(path);
        let nav = SECTIONS
            .iter()
            .map(|&(label, folder)| {
                let current = match address.strip_prefix(folder).and_then(|rest| rest.strip_prefix('/')) {
                    Some("") => Some("page"),
                    Some(_) => Some("true"),
                    None => None,
                };
                NavItem { label, url: self.page(&format!("{folder}/")), current }
            })
            .collect();
        PageView {
            url: self.absolute(address),
            absolute: self.absolute.starts_with("http"),
            canonical: path != "404.html",
            nav,
        }
    }
}

fn with_slashes(path: &str) -> String {
    let inner = path.trim_matches('/');
    if inner.is_empty() { "/".to_owned() } else { format!("/{inner}/") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_give_a_path_prefix_and_an_absolute_prefix() {
        let l = Links::new("https://example.github.io/monitor").unwrap();
        assert_eq!(l.base, "/monitor/");
        assert_eq!(l.absolute, "https://example.github.io/monitor/");
        assert_eq!(l.page("events/x/"), "/monitor/events/x/");
        assert_eq!(l.item("events", "x"), "/monitor/events/x/");
        let root = Links::new("/").unwrap();
        assert_eq!((root.base.as_str(), root.absolute.as_str()), ("/", "/"));
        assert_eq!(Links::new("repo").unwrap().base, "/repo/");
        assert!(Links::new("javascript:alert(1)//").is_err());
        assert!(Links::new("ftp://x/").is_err());
    }

    #[test]
    fn a_page_knows_its_address_and_its_place_in_the_menu() {
        let l = Links::new("https://example.github.io/monitor/").unwrap();
        let event = l.page_view("events/2023-10-24-calls/index.html");
        assert_eq!(event.url, "https://example.github.io/monitor/events/2023-10-24-calls/");
        let current: Vec<_> = event.nav.iter().map(|n| (n.label, n.current)).collect();
        assert_eq!(current[1], ("Events", Some("true")));
        assert!(current.iter().filter(|(_, c)| c.is_some()).count() == 1);
        assert_eq!(l.page_view("events/index.html").nav[1].current, Some("page"));
        assert!(l.page_view("index.html").nav.iter().all(|n| n.current.is_none()));
        assert!(!l.page_view("404.html").canonical);
        assert!(!Links::new("/").unwrap().page_view("index.html").absolute);
    }
}
