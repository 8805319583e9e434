//! Reading the fields of a YAML mapping, one typed field at a time, reporting every
//! problem with its line: a missing required key, a value of the wrong type, an unknown key
//! (with the nearest known one suggested).

use chrono::NaiveDate;

use super::ids::Slug;
use super::yaml::Node;
use crate::diagnostics::{Diagnostics, Pos};

/// The fields of one mapping, being read.
pub(crate) struct Fields<'a, 'd> {
    file: &'a str,
    /// Added to YAML line numbers to get file line numbers.
    line_offset: usize,
    /// Where the mapping starts, for problems with no key of their own.
    at: Pos,
    entries: Vec<(String, Node<'d>)>,
    pub(crate) diags: &'a mut Diagnostics,
}

impl<'a, 'd> Fields<'a, 'd> {
    /// Opens `node` as a mapping whose keys should be among `known`; reports an error and
    /// returns `None` when it is not a mapping, and a warning for each unknown key.
    pub(crate) fn open(
        node: &Node<'d>,
        what: &str,
        known: &[&str],
        file: &'a str,
        line_offset: usize,
        diags: &'a mut Diagnostics,
    ) -> Option<Fields<'a, 'd>> {
        // The document's root mapping starts at the line before its first key (the
        // opening `---` of front matter).
        let at = if node.is_root() { Pos::line(line_offset.max(1)) } else { shift(node.pos(), line_offset) };
        let Some(entries) = node.entries() else {
            diags.error(file, at, format!("{what} must be a mapping of keys to values"));
            return None;
        };
        for (key, value) in &entries {
            if !known.contains(&key.as_str()) {
                let pos = shift(value.pos(), line_offset);
                diags.warning(file, pos, unknown_key_message(key, known));
            }
        }
        Some(Fields { file, line_offset, at, entries, diags })
    }

    /// The file being read.
    pub(crate) fn file(&self) -> &'a str {
        self.file
    }

    /// The value of `key`, when present and not null.
    pub(crate) fn node(&self, key: &str) -> Option<&Node<'d>> {
        self.entries.iter().find(|(k, v)| k == key && !v.is_null()).map(|(_, v)| v)
    }

    /// Where `key` was written, or the mapping's start.
    pub(crate) fn pos(&self, key: &str) -> Pos {
        self.node(key).map_or(self.at, |n| shift(n.pos(), self.line_offset))
    }

    /// Reports an error about `key`.
    pub(crate) fn error(&mut self, key: &str, message: impl Into<String>) {
        let pos = self.pos(key);
        self.diags.error(self.file, pos, message);
    }

    /// An optional text field; blank text counts as absent.
    pub(crate) fn text(&mut self, key: &str) -> Option<String> {
        let result = self.node(key)?.string();
        match result {
            Ok(s) if s.trim().is_empty() => None,
            Ok(s) => Some(s.trim().to_owned()),
            Err(e) => {
                self.error(key, format!("\"{key}\": {e}"));
                None
            }
        }
    }

    /// A required text field.
    pub(crate) fn required_text(&mut self, key: &str) -> Option<String> {
        let wrong_type = self.node(key).is_some_and(|n| n.string().is_err());
        let value = self.text(key);
        if value.is_none() && !wrong_type {
            let at = self.at;
            self.diags.error(self.file, at, format!("missing required key \"{key}\""));
        }
        value
    }

    /// An optional list of texts (a single text is a list of one).
    pub(crate) fn texts(&mut self, key: &str) -> Vec<String> {
        let Some(node) = self.node(key) else {
            return Vec::new();
        };
        match node.strings() {
            Ok(v) => v.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect(),
            Err(e) => {
                self.error(key, format!("\"{key}\": {e}"));
                Vec::new()
            }
        }
    }

    /// An optional `true`/`false` field; absent is false.
    pub(crate) fn flag(&mut self, key: &str) -> bool {
        match self.text(key).as_deref() {
            None | Some("false") => false,
            Some("true") => true,
            Some(other) => {
                self.error(key, format!("\"{key}\": expected true or false, found \"{other}\""));
                false
            }
        }
    }

    /// An optional id field.
    pub(crate) fn slug(&mut self, key: &str) -> Option<Slug> {
        let text = self.text(key);
        self.checked(key, text, |t| Slug::try_from(t))
    }

    /// `text`, the value of `key`, read by `read`; its error is reported against the key.
    pub(crate) fn checked<T, E: std::fmt::Display>(
        &mut self,
        key: &str,
        text: Option<String>,
        read: impl FnOnce(&str) -> Result<T, E>,
    ) -> Option<T> {
        match read(text?.as_str()) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(key, format!("\"{key}\": {e}"));
                None
            }
        }
    }

    /// An optional `YYYY-MM-DD` field.
    pub(crate) fn date(&mut self, key: &str) -> Option<NaiveDate> {
        let text = self.text(key)?;
        match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.error(key, format!("\"{key}\": \"{text}\" is not a date in the form YYYY-MM-DD"));
                None
            }
        }
    }

    /// An optional http(s) address.
    pub(crate) fn url(&mut self, key: &str) -> Option<String> {
        let text = self.text(key)?;
        match check_url(&text) {
            Ok(()) => Some(text),
            Err(e) => {
                self.error(key, format!("\"{key}\": {e}"));
                None
            }
        }
    }
}

fn shift(pos: Pos, line_offset: usize) -> Pos {
    Pos { line: pos.line + line_offset, col: pos.col }
}

/// Accepts absolute http and https addresses with a host.
pub(crate) fn check_url(text: &str) -> Result<(), String> {
    match url::Url::parse(text) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        Ok(u) => Err(format!(
            "\"{}\" is not a web address: only http and https are accepted, not {}",
            text.escape_debug(),
            u.scheme()
        )),
        Err(e) => Err(format!("\"{}\" is not a web address ({e})", text.escape_debug())),
    }
}

/// `unknown key "tittle" (did you mean "title"?)`.
pub(crate) fn unknown_key_message(key: &str, known: &[&str]) -> String {
    match nearest(key, known) {
        Some(near) => format!("unknown key \"{key}\" (did you mean \"{near}\"?)"),
        None => format!("unknown key \"{key}\" (known keys: {})", known.join(", ")),
    }
}

/// The known word closest to `word`, if close enough to be a likely typo or synonym.
fn nearest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    const SYNONYMS: &[(&str, &str)] = &[
        ("date", "published"),
        ("pubdate", "published"),
        ("lang", "language"),
        ("author", "authors"),
        ("byline", "authors"),
        ("tag", "tags"),
        ("link", "url"),
        ("headline", "title"),
        ("outlet", "source"),
        ("alias", "aliases"),
        ("translation", "translation_of"),
    ];
    let lower = word.to_lowercase().replace('-', "_");
    if let Some(k) = known.iter().find(|k| **k == lower) {
        return Some(k);
    }
    if let Some((_, k)) = SYNONYMS.iter().find(|(s, k)| *s == lower && known.contains(k)) {
        return known.iter().copied().find(|x| x == k);
    }
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lower, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_and_synonyms_suggest_the_known_key() {
        let known = ["title", "source", "published", "language", "translation_of"];
        assert_eq!(nearest("tittle", &known), Some("title"));
        assert_eq!(nearest("Title", &known), Some("title"));
        assert_eq!(nearest("date", &known), Some("published"));
        assert_eq!(nearest("lang", &known), Some("language"));
        assert_eq!(nearest("translation-of", &known), Some("translation_of"));
        assert_eq!(nearest("zebra", &known), None);
        assert_eq!(unknown_key_message("zebra", &["a", "b"]), "unknown key \"zebra\" (known keys: a, b)");
    }

    #[test]
    fn only_web_addresses_are_urls() {
        assert!(check_url("https://nournews.ir/en/news/153676/").is_ok());
        assert_eq!(
            check_url("javascript:alert(1)").unwrap_err(),
            "\"javascript:alert(1)\" is not a web address: only http and https are accepted, not javascript"
        );
        assert!(check_url("nournews.ir").is_err());
    }
}
