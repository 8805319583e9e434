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

    /// The address of `page`, with room for a fragment: pages make tens of thousands of
    /// these.
    pub fn url(&self, page: Address<'_>) -> String {
        let mut url = String::with_capacity(self.base.len() + 48);
        url.push_str(&self.base);
        page.push_dir(&mut url);
        url
    }

    /// The absolute address of `page`, for feeds and the sitemap.
    pub fn absolute_url(&self, page: Address<'_>) -> String {
        let mut url = self.absolute.clone();
        page.push_dir(&mut url);
        url
    }

    /// The absolute address of the page written at `path` (`events/x/index.html`).
    fn absolute_of_file(&self, path: &str) -> String {
        format!("{}{}", self.absolute, path.strip_suffix("index.html").unwrap_or(path))
    }
}

/// A page of the site: the one place each kind of page has its folder spelled. Its address
/// ([`Links::url`]), its file ([`Address::file`]) and its path in the search index
/// ([`Address::dir`]) all come from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address<'a> {
    Front,
    /// A section's index: `events/`, `sources/`...
    Section(&'static str),
    Event(&'a str),
    Article(&'a str),
    Source(&'a str),
    /// A person's page: their newest year.
    Person(&'a str),
    /// An earlier year of a person's statements.
    PersonYear(&'a str, i32),
    Timeline(&'a str),
    /// An earlier month of the quote tables (the newest is the section's index).
    QuotesMonth(&'a str),
    /// Part `n` (from 2) of a page cut into parts: `events/page/2/` (under `page/`, so no
    /// event, article or person whose id is a number can take its folder). Part 1 is the
    /// page itself.
    Part(&'a Address<'a>, usize),
}

impl Address<'_> {
    /// Its folder under the site root: `events/x/`.
    pub fn dir(&self) -> String {
        let mut dir = String::with_capacity(48);
        self.push_dir(&mut dir);
        dir
    }

    /// Its file under the site root: `events/x/index.html`.
    pub fn file(&self) -> String {
        let mut file = self.dir();
        file.push_str("index.html");
        file
    }

    fn push_dir(&self, out: &mut String) {
        let (section, id) = match *self {
            Address::Front => return,
            Address::Part(page, n) => {
                page.push_dir(out);
                if n > 1 {
                    out.push_str("page/");
                    out.push_str(&n.to_string());
                    out.push('/');
                }
                return;
            }
            Address::Section(section) => (section, None),
            Address::Event(id) => ("events", Some(id)),
            Address::Article(id) => ("articles", Some(id)),
            Address::Source(id) => ("sources", Some(id)),
            Address::Person(id) | Address::PersonYear(id, _) => ("people", Some(id)),
            Address::Timeline(id) => ("timelines", Some(id)),
            Address::QuotesMonth(month) => ("quotes", Some(month)),
        };
        for part in [section, "/", id.unwrap_or_default(), if id.is_some() { "/" } else { "" }] {
            out.push_str(part);
        }
        if let Address::PersonYear(_, year) = self {
            out.push_str(&year.to_string());
            out.push('/');
        }
    }
}

/// A file of the book, under the briefs folder: the one place each kind is spelled.
#[derive(Clone, Copy, Debug)]
pub enum Chapter<'a> {
    /// An event's brief on its own.
    Event(&'a str),
    /// A month's chapter (`2023-10`).
    Month(&'a str),
    Timeline(&'a str),
}

impl Chapter<'_> {
    /// Its file under the briefs folder: `months/2023-10.md`.
    pub fn file(&self) -> String {
        match self {
            Chapter::Event(id) => format!("events/{id}.md"),
            Chapter::Month(month) => format!("months/{month}.md"),
            Chapter::Timeline(id) => format!("timelines/{id}.md"),
        }
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
pub(crate) const SECTIONS: [(&str, &str); 5] = [
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
                NavItem { label, url: self.url(Address::Section(folder)), current }
            })
            .collect();
        PageView {
            url: self.absolute_of_file(path),
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
        assert_eq!(l.url(Address::Event("x")), "/monitor/events/x/");
        assert_eq!(l.absolute_url(Address::Front), "https://example.github.io/monitor/");
        let root = Links::new("/").unwrap();
        assert_eq!((root.base.as_str(), root.absolute.as_str()), ("/", "/"));
        assert_eq!(Links::new("repo").unwrap().base, "/repo/");
        assert!(Links::new("javascript:alert(1)//").is_err());
        assert!(Links::new("ftp://x/").is_err());
    }

    #[test]
    fn each_kind_of_page_has_one_folder_and_one_file() {
        let cases = [
            (Address::Front, ""),
            (Address::Section("events"), "events/"),
            (Address::Event("e"), "events/e/"),
            (Address::Article("a"), "articles/a/"),
            (Address::Source("s"), "sources/s/"),
            (Address::Person("p"), "people/p/"),
            (Address::PersonYear("p", 2022), "people/p/2022/"),
            (Address::Timeline("t"), "timelines/t/"),
            (Address::QuotesMonth("2023-10"), "quotes/2023-10/"),
        ];
        for (address, dir) in cases {
            assert_eq!(address.dir(), dir);
            assert_eq!(address.file(), format!("{dir}index.html"));
            assert_eq!(Links::new("/r/").unwrap().url(address), format!("/r/{dir}"));
        }
        assert_eq!(Chapter::Month("2023-10").file(), "months/2023-10.md");
        assert_eq!(Chapter::Event("e").file(), "events/e.md");
        assert_eq!(Chapter::Timeline("t").file(), "timelines/t.md");
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
