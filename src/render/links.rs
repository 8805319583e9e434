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
}
