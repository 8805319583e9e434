//! The Tera templates: defaults compiled into the binary, and the project's own files
//! under `templates/`, which override a default of the same path or add new ones.
//!
//! All templates are parsed when the build starts, so a syntax error fails fast, named
//! with its file. HTML and XML are escaped by Tera; Markdown briefs use the `md` filter,
//! which escapes what Markdown and mdBook would interpret.

use std::collections::BTreeMap;

use tera::{Kwargs, State, Tera};

use crate::diagnostics::{Diagnostics, Pos};

macro_rules! builtin {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../../templates/", $path)))),*]
    };
}

/// The default templates and assets, by path under `templates/`.
const BUILTIN: &[(&str, &str)] = builtin![
    "site/base.html", "site/partials/event_list.html", "site/partials/parts.html",
    "site/partials/quote_legend.html", "site/partials/quote_rows.html", "site/index.html",
    "site/events.html", "site/event.html", "site/article.html", "site/source.html", "site/sources.html",
    "site/person.html", "site/people.html", "site/quotes.html", "site/timeline.html", "site/timelines.html",
    "site/404.html", "site/search.html", "site/feed.xml", "site/sitemap.xml", "site/assets/style.css",
    "site/assets/search.js", "site/assets/favicon.svg", "brief/README.md", "brief/SUMMARY.md",
    "brief/event.md", "brief/month.md", "brief/timeline.md", "charts/chart.svg", "charts/heat.html",
];

/// Folder of static files copied as they are into the site.
pub(crate) const ASSETS: &str = "site/assets/";

/// The project's template files, as read (by [`crate::corpus::read_templates`]): path
/// under `templates/` to text.
#[derive(Clone, Debug, Default)]
pub struct TemplateFiles {
    files: BTreeMap<String, String>,
}

/// The templates compiled and the static assets, made once per build: what rendering holds.
#[derive(Clone, Default)]
pub struct Templates {
    pub(crate) tera: Tera,
    /// Path under `site/assets/` to bytes.
    pub(crate) assets: Vec<(String, Vec<u8>)>,
}

impl TemplateFiles {
    pub fn new(files: BTreeMap<String, String>) -> TemplateFiles {
        TemplateFiles { files }
    }

    /// Built-in files with the project's on top.
    fn merged(&self) -> BTreeMap<String, &str> {
        let mut all: BTreeMap<String, &str> = BUILTIN.iter().map(|(p, t)| (p.to_string(), *t)).collect();
        for (p, t) in &self.files {
            all.insert(p.clone(), t);
        }
        all
    }

    /// The static assets (path under `site/assets/` to bytes).
    fn assets(&self) -> Vec<(String, Vec<u8>)> {
        self.merged()
            .into_iter()
            .filter_map(|(p, t)| p.strip_prefix(ASSETS).map(|a| (a.to_owned(), t.as_bytes().to_vec())))
            .collect()
    }

    /// Parses every template into a Tera instance with mediabrief's filters. The built-in
    /// templates go in first; each project file then replaces or adds one, so an error is
    /// pinned on the file that has it.
    pub fn compile(&self) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::new();
        tera.register_filter("md", |s: &str, _: Kwargs, _: &State| escape_markdown(s));
        tera.register_filter("md_url", |s: &str, _: Kwargs, _: &State| escape_markdown_url(s));
        tera.register_filter("md_html", |s: &str, _: Kwargs, _: &State| escape_markdown_html(s));
        let is_template = |p: &str| {
            !p.starts_with(ASSETS) && ["site/", "brief/", "charts/"].iter().any(|dir| p.starts_with(dir))
        };
        tera.add_raw_templates(BUILTIN.iter().filter(|(p, _)| is_template(p)).copied())
            .map_err(|e| diagnostics(&e, "templates/"))?;
        let mut diags = Diagnostics::default();
        for (path, text) in self.files.iter().filter(|(p, _)| is_template(p)) {
            if let Err(e) = tera.add_raw_template(path, text) {
                diags.append(diagnostics(&e, &format!("templates/{path}")));
            }
        }
        if diags.is_empty() { Ok(Templates { tera, assets: self.assets() }) } else { Err(diags) }
    }
}

/// Tera's report of one or more errors, as diagnostics: each `error: ...` line with the
/// `--> path:line:col` line after it.
pub(crate) fn diagnostics(e: &tera::Error, fallback_path: &str) -> Diagnostics {
    let text = flatten_lines(e);
    let mut diags = Diagnostics::default();
    let mut pending: Option<String> = None;
    let flush = |pending: &mut Option<String>, diags: &mut Diagnostics, path: &str, pos: Pos| {
        if let Some(m) = pending.take() {
            diags.error(path, pos, m);
        }
    };
    for line in text.lines() {
        let line = line.trim();
        if let Some(m) = line.strip_prefix("error: ").or_else(|| line.strip_prefix("Error: ")) {
            flush(&mut pending, &mut diags, fallback_path, Pos::START);
            pending = Some(m.trim_start_matches("error: ").to_owned());
        } else if let Some(loc) = line.strip_prefix("--> ") {
            let mut parts = loc.rsplitn(3, ':');
            let col = parts.next().and_then(|c| c.parse().ok()).unwrap_or(1);
            let row = parts.next().and_then(|l| l.parse().ok()).unwrap_or(1);
            let path = parts.next().map_or_else(|| fallback_path.to_owned(), |p| format!("templates/{p}"));
            flush(&mut pending, &mut diags, &path, Pos { line: row, col });
        }
    }
    flush(&mut pending, &mut diags, fallback_path, Pos::START);
    if diags.is_empty() {
        diags.error(fallback_path, Pos::START, flatten(e));
    }
    diags
}

fn flatten_lines(e: &tera::Error) -> String {
    let mut out = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        out.push('\n');
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The error and its causes on one line.
pub(crate) fn flatten(e: &tera::Error) -> String {
    flatten_lines(e).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes text for Markdown: characters with a meaning in Markdown or in a table get a
/// backslash; `<`, `>`, `&` and `{` become entities (no raw HTML, no mdBook directives);
/// line breaks become spaces. For text a brief prints in a line, a heading or a table cell
/// (an imported article's body is escaped to stay readable instead: `import::write`).
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '!' | '~' | '^' | '$' | '+'
            | '-'
                if !matches!(c, '-' | '+') || out.is_empty() =>
            {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    // "1. text" at the start of a line would become a list item.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(out.as_bytes().get(digits), Some(b'.' | b')')) {
        out.insert(digits, '\\');
    }
    out
}

/// Escapes text for an HTML block in Markdown, where Markdown is not interpreted: HTML's
/// special characters and `{`, `}` (no mdBook directives) become entities; line breaks
/// become spaces, since a blank line would end the block.
pub fn escape_markdown_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes an address for a Markdown `<...>` link destination.
pub fn escape_markdown_url(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => "%20".to_owned(),
            '<' => "%3C".to_owned(),
            '>' => "%3E".to_owned(),
            c if c.is_control() => String::new(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_neutralises_tables_links_html_and_includes() {
        assert_eq!(
            escape_markdown("a|b *c* [d](e) <script> {{#include x}}\nf"),
            "a\\|b \\*c\\* \\[d\\]\\(e\\) &lt;script&gt; &#123;&#123;\\#include x&#125;&#125; f"
        );
        assert_eq!(escape_markdown("1. not a list"), "1\\. not a list");
        assert_eq!(escape_markdown("- not a list - really"), "\\- not a list - really");
        assert_eq!(escape_markdown("24 October 2023"), "24 October 2023");
        assert_eq!(escape_markdown("زیاد نخاله"), "زیاد نخاله");
    }

    #[test]
    fn builtin_templates_compile() {
        TemplateFiles::default().compile().unwrap();
    }

    #[test]
    fn a_broken_override_is_named() {
        let mut files = BTreeMap::new();
        files.insert("site/index.html".to_owned(), "{% if %}".to_owned());
        let Err(err) = TemplateFiles { files }.compile() else { panic!("the broken override compiled") };
        let first = err.sorted()[0].to_string();
        assert!(first.starts_with("templates/site/index.html:1:"), "{first}");
    }
}
