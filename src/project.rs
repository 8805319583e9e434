//! The user's project: its root folder and the settings it shares with mdBook.
//!
//! The site's title, description, authors and language come from `book.toml`'s `[book]`
//! table, so the site and the book carry one title. mdBook owns that file and rejects
//! unknown keys, so mediabrief only reads it, tolerantly, and keeps its own settings on the
//! command line.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Diagnostics, Pos};

/// A project on disk.
#[derive(Clone, Debug)]
pub struct Project {
    /// The project root.
    pub root: PathBuf,
    /// What `book.toml` says about the book.
    pub book: BookMeta,
}

/// The subset of mdBook's `[book]` table mediabrief uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookMeta {
    /// Title of the site and the book.
    pub title: String,
    /// One-line description.
    pub description: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Language of the site's own text (BCP 47).
    pub language: String,
    /// Where mdBook reads its chapters (`[book] src`), if set.
    pub src: Option<PathBuf>,
}

impl Default for BookMeta {
    fn default() -> Self {
        BookMeta {
            title: "Media brief".to_owned(),
            description: None,
            authors: Vec::new(),
            language: "en".to_owned(),
            src: None,
        }
    }
}

#[derive(Deserialize, Default)]
struct BookToml {
    #[serde(default)]
    book: BookTable,
}

#[derive(Deserialize, Default)]
struct BookTable {
    title: Option<String>,
    description: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    language: Option<String>,
    src: Option<PathBuf>,
}

/// The project file mdBook and mediabrief share.
pub const BOOK_TOML: &str = "book.toml";

impl Project {
    /// Opens the project at `root`. A missing `book.toml` gives default settings; a broken
    /// one is reported.
    pub fn load(root: &Path, diags: &mut Diagnostics) -> std::io::Result<Project> {
        let root = root.to_path_buf();
        let path = root.join(BOOK_TOML);
        let book = match fs::read_to_string(&path) {
            Ok(text) => parse_book(&text, diags),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BookMeta::default(),
            Err(e) => return Err(e),
        };
        Ok(Project { root, book })
    }

    /// `content/`.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    /// `templates/`.
    pub fn templates_dir(&self) -> PathBuf {
        self.root.join("templates")
    }
}

fn parse_book(text: &str, diags: &mut Diagnostics) -> BookMeta {
    match toml::from_str::<BookToml>(text) {
        Ok(t) => {
            let defaults = BookMeta::default();
            BookMeta {
                title: t.book.title.filter(|s| !s.trim().is_empty()).unwrap_or(defaults.title),
                description: t.book.description,
                authors: t.book.authors,
                language: t.book.language.unwrap_or(defaults.language),
                src: t.book.src,
            }
        }
        Err(e) => {
            let pos = e.span().map_or(Pos::START, |s| Pos::of_offset(text, s.start));
            let message = e.message().trim().to_owned();
            diags.error(BOOK_TOML, pos, format!("not valid TOML: {message}"));
            BookMeta::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn book_table_is_read_and_other_tables_ignored() {
        let mut d = Diagnostics::default();
        let b = parse_book(
            "[book]\ntitle = \"T\"\nauthors = [\"A\"]\nlanguage = \"fa\"\nsrc = \"briefs\"\nmultilingual = false\n\n[output.html]\nmathjax-support = true\n",
            &mut d,
        );
        assert!(d.is_empty());
        assert_eq!(b.title, "T");
        assert_eq!(b.authors, ["A"]);
        assert_eq!(b.language, "fa");
        assert_eq!(b.src.as_deref(), Some(Path::new("briefs")));
    }

    #[test]
    fn broken_toml_is_reported_at_its_line() {
        let mut d = Diagnostics::default();
        let b = parse_book("[book]\ntitle = \"T\n", &mut d);
        assert_eq!(b, BookMeta::default());
        let msg = d.sorted()[0].to_string();
        assert!(msg.starts_with("book.toml:2:"), "{msg}");
    }
}
