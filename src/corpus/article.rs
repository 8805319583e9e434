//! One article file: front matter read into checked metadata, body rendered once.

use super::date::Published;
use super::fields::Fields;
use super::files::SourceFile;
use super::ids::Slug;
use super::language;
use super::yaml;
use crate::diagnostics::{Diagnostics, Pos};
use crate::markdown::{self, Document};

/// An article, checked and rendered.
#[derive(Clone, Debug)]
pub struct Article {
    /// The file stem.
    pub id: Slug,
    /// The file, relative to the project root, for messages and links to the source.
    pub path: String,
    /// Headline as published.
    pub title: String,
    /// Outlet id.
    pub source: Slug,
    /// Publication date or time.
    pub published: Published,
    /// True when the clipping stated no date and `published` is a guess (import's
    /// fallback, the clipping file's date): grouping never links on it, pages mark it.
    pub date_assumed: bool,
    /// Original address.
    pub url: Option<String>,
    /// BCP 47 language code.
    pub language: String,
    /// True when `language` was detected from the text, not given.
    pub language_detected: bool,
    /// Bylines.
    pub authors: Vec<String>,
    /// Place the report was filed from.
    pub dateline: Option<String>,
    /// Explicit event id.
    pub event: Option<Slug>,
    /// Id of the article this one translates.
    pub translation_of: Option<Slug>,
    /// Free tags.
    pub tags: Vec<String>,
    /// The body, rendered.
    pub doc: Document,
    /// Line of the file where the body starts.
    pub body_line: usize,
    /// A hash of the file's path and bytes: what `serve` recognises an unchanged article by.
    pub fingerprint: u64,
    /// Where each front matter key was written, in the order of [`KEYS`].
    key_pos: [Pos; KEYS.len()],
}

impl Article {
    /// The file position of paragraph `p` of the body.
    pub(crate) fn paragraph_pos(&self, p: usize) -> Pos {
        Pos::line(self.body_line + self.doc.paragraphs[p].line - 1)
    }

    /// What tells a repeat of this article: its address, and its text with its outlet.
    pub(crate) fn repeat_keys(&self) -> [(Option<super::RepeatKey>, &'static str); 2] {
        let text = (!self.doc.paragraphs.is_empty()).then_some(self.doc.text_hash);
        super::repeat_keys(self.source.as_str(), self.url.as_deref(), text)
    }

    /// Where front matter `key` was written (the opening `---` when absent).
    pub(crate) fn key_pos(&self, key: &str) -> Pos {
        KEYS.iter().position(|k| *k == key).map_or(Pos::START, |i| self.key_pos[i])
    }
}

/// The front matter keys, in the order the docs list them.
pub(crate) const KEYS: [&str; 11] = [
    "title", "source", "published", "date_assumed", "url", "language", "authors", "dateline", "event",
    "translation_of", "tags",
];

/// Reads one article file. Problems go to `diags`; `None` when the article cannot be used.
pub(crate) fn parse(file: &SourceFile, diags: &mut Diagnostics) -> Option<Article> {
    let path = file.path.as_str();
    let id = match Slug::try_from(file.stem()) {
        Ok(id) => Some(id),
        Err(e) => {
            diags.error(path, Pos::START, format!("the file name is the article id: {e}"));
            None
        }
    };
    let text = file.text(diags)?;
    let parts = match split_front_matter(&text) {
        Ok(parts) => parts,
        Err((pos, message)) => {
            diags.error(path, pos, message);
            return None;
        }
    };
    let doc = match yaml::parse(parts.yaml, 1) {
        Ok(doc) => doc,
        Err(e) => {
            diags.error(path, e.pos, format!("front matter is not valid YAML: {}", e.message));
            return None;
        }
    };
    let root = doc.root();
    let mut f = Fields::open(&root, "front matter", &KEYS, path, 1, diags)?;
    let key_pos = KEYS.map(|k| f.pos(k));
    let title = f.required_text("title");
    let source = f.required_text("source");
    let source = f.checked("source", source, |s| Slug::try_from(s));
    let published = f.required_text("published");
    let published = f.checked("published", published, Published::parse);
    let date_assumed = f.flag("date_assumed");
    let url = f.url("url");
    let language_given = f.text("language");
    let language_given = f.checked("language", language_given, language::check);
    let authors = f.texts("authors");
    let dateline = f.text("dateline");
    let event = f.slug("event");
    let translation_of = f.slug("translation_of");
    let tags = f.texts("tags");

    let body = markdown::render(parts.body);
    for removed in &body.removed {
        let pos = Pos::line(removed.line + parts.body_line - 1);
        diags.warning(path, pos, format!("removed unsafe content: {}", removed.what));
    }
    let (language, language_detected) = match language_given {
        Some(l) => (l, false),
        None => (language::detect(&body), true),
    };
    Some(Article {
        id: id?,
        path: path.to_owned(),
        title: title?,
        source: source?,
        published: published?,
        date_assumed,
        url,
        language,
        language_detected,
        authors,
        dateline,
        event,
        translation_of,
        tags,
        doc: body,
        body_line: parts.body_line,
        fingerprint: fingerprint(path, &file.bytes),
        key_pos,
    })
}

/// A hash of a file's path and bytes.
pub(crate) fn fingerprint(path: &str, bytes: &[u8]) -> u64 {
    // XXH3: the build cache keeps readings by it from one run to the next, so it must mix
    // every byte well (FxHash, fine within one process, is not made for that).
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&(path.len() as u64).to_le_bytes());
    h.update(path.as_bytes());
    h.update(bytes);
    h.digest()
}

/// A file cut into its front matter and body.
#[derive(Debug, PartialEq, Eq)]
struct Parts<'t> {
    yaml: &'t str,
    body: &'t str,
    /// 1-based line where the body starts.
    body_line: usize,
}

/// Cuts `---`-delimited front matter off the body. The text has `\n` line ends.
fn split_front_matter(text: &str) -> Result<Parts<'_>, (Pos, String)> {
    let is_fence = |line: &str| line.trim_end() == "---";
    let first = text.lines().next().unwrap_or("");
    if !is_fence(first) {
        return Err((
            Pos::START,
            "missing front matter: an article starts with a line \"---\", then its metadata in YAML, then another \"---\"".to_owned(),
        ));
    }
    let yaml_start = first.len() + 1;
    let mut offset = yaml_start.min(text.len());
    for (i, line) in text[offset..].split_inclusive('\n').enumerate() {
        if is_fence(line.trim_end_matches('\n')) || line.trim_end() == "..." {
            let body_start = offset + line.len();
            return Ok(Parts {
                yaml: &text[yaml_start..offset],
                body: &text[body_start..],
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err((Pos::START, "front matter is not closed: add a line \"---\" after the metadata".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_cut_at_the_fences() {
        let parts = split_front_matter("---\ntitle: x\n---\nBody\n").unwrap();
        assert_eq!(parts, Parts { yaml: "title: x\n", body: "Body\n", body_line: 4 });
        let empty = split_front_matter("---\n---\n").unwrap();
        assert_eq!((empty.yaml, empty.body, empty.body_line), ("", "", 3));
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error_at_line_one() {
        let (pos, msg) = split_front_matter("title: x\n").unwrap_err();
        assert_eq!(pos, Pos::START);
        assert!(msg.starts_with("missing front matter"));
        let (_, msg) = split_front_matter("---\ntitle: x\nBody\n").unwrap_err();
        assert_eq!(msg, "front matter is not closed: add a line \"---\" after the metadata");
    }
}
