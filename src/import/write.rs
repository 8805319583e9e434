//! The article file an import writes: front matter, Markdown body, and its name.
//!
//! The file says where it came from (`# Imported by mediabrief from ... (clipping <hash>)`)
//! and, as YAML comments, what the import assumed or could not find, so the analyst sees it
//! when reviewing the change. The hash lets a second import of the same clipping find the
//! article even after it has been edited.

use std::fmt::Write as _;

use super::{Draft, How};
use crate::corpus::Slug;

/// A stable hash of a clipping's bytes, as 16 hex digits (FNV-1a over the text with line
/// ends normalised, so a clipping saved again with CRLF is the same clipping).
pub fn text_hash(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    format!("{:016x}", crate::text::hash(normalised.trim()))
}

/// How an imported article names its clipping.
fn imported_marker(hash: &str) -> String {
    format!("(clipping {hash})")
}

/// The clipping hash the provenance line at the top of an article records.
pub fn recorded_hash(article_head: &str) -> Option<&str> {
    let at = article_head.find("(clipping ")?;
    article_head[at + 10..].split(')').next()
}

impl Draft {
    /// The article's file name without `.md`: `2023-10-24-nournews-iranian-fm-s-conversations`.
    pub fn file_stem(&self) -> String {
        let day = self.published.date.format("%Y-%m-%d");
        let source = self.source.as_str();
        let ascii = deunicode::deunicode(&self.title);
        let words: Vec<&str> =
            ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).take(6).collect();
        let title = Slug::sanitize(&words.join(" ")).map(|s| format!("-{s}")).unwrap_or_default();
        let stem = format!("{day}-{source}{title}");
        Slug::sanitize(&stem).map_or(stem, |s| s.to_string())
    }

    /// The article file: front matter, then the paragraphs.
    pub fn to_markdown(&self, origin: &str, hash: &str) -> String {
        let mut out = String::from("---\n");
        let origin: String = origin.chars().filter(|c| !c.is_control()).collect();
        let _ = writeln!(out, "# Imported by mediabrief from {origin} {}", imported_marker(hash));
        for f in self.findings.iter().filter(|f| f.how != How::Found) {
            let _ = writeln!(out, "# check {}: {}", f.field, f.note.replace('\n', " "));
        }
        let _ = writeln!(out, "title: {}", scalar(&self.title));
        let _ = writeln!(out, "source: {}", self.source);
        let _ = writeln!(out, "published: {}", self.published.iso());
        if self.findings.iter().any(|f| f.field == "published" && f.how == How::Assumed) {
            let _ = writeln!(out, "date_assumed: true");
        }
        if let Some(url) = &self.url {
            let _ = writeln!(out, "url: {}", scalar(url));
        }
        let _ = writeln!(out, "language: {}", self.language);
        if !self.authors.is_empty() {
            let authors: Vec<String> = self.authors.iter().map(|a| scalar(a)).collect();
            let _ = writeln!(out, "authors: [{}]", authors.join(", "));
        }
        if let Some(place) = &self.dateline {
            let _ = writeln!(out, "dateline: {}", scalar(place));
        }
        out.push_str("---\n");
        for p in &self.paragraphs {
            out.push('\n');
            out.push_str(&clipped_markdown(p));
            out.push('\n');
        }
        out
    }
}

/// A new outlet's entry for sources.yaml, with a comment saying where it came from and
/// that it needs checking.
pub fn source_entry(source: &crate::corpus::Source, origin: &str) -> String {
    let origin: String = origin.chars().filter(|c| !c.is_control()).collect();
    let mut out =
        format!("\n# Added by mediabrief import from {origin}: check it, and give its kind and country.\n");
    let _ = writeln!(out, "{}:", source.id);
    let _ = writeln!(out, "  name: {}", scalar(&source.name));
    let fields = [
        ("url", &source.url),
        ("language", &source.language),
        ("kind", &source.kind),
        ("note", &source.note),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            let _ = writeln!(out, "  {key}: {}", scalar(value));
        }
    }
    out
}

/// A YAML scalar: plain when it cannot be misread, double-quoted (JSON rules, which YAML
/// shares) otherwise.
fn scalar(text: &str) -> String {
    let safe_char = |c: char| c.is_alphanumeric() || " -.,'’()/؟،?!&+…:#=%~_;@".contains(c) || is_mark(c);
    let first_ok = text.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '(');
    let indicators = text.contains(": ") || text.contains(" #") || text.ends_with(':');
    let reserved =
        ["true", "false", "yes", "no", "on", "off", "null", "~"].contains(&text.to_lowercase().as_str());
    let numeric = text.parse::<f64>().is_ok();
    if first_ok && !indicators && !reserved && !numeric && !text.ends_with(' ') && text.chars().all(safe_char)
    {
        text.to_owned()
    } else {
        serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
    }
}

/// Combining marks and joiners (Persian ZWNJ) are safe inside a plain scalar.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Clipped text as Markdown that renders back to the same text: characters Markdown would
/// read as markup are escaped with a backslash, and nothing else, so the article file stays
/// readable and editable. (Briefs escape text for another job, a table cell that mdBook
/// reads, with entities: `render::templates::escape_markdown`.)
fn clipped_markdown(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let bytes = p.as_bytes();
    let mut at_start = true;
    for (i, c) in p.char_indices() {
        let entity = c == '&' && looks_like_entity(&p[i..]);
        let starts_block =
            at_start && (matches!(c, '#' | '>' | '=' | '~' | '|' | '-' | '+') || list_marker(bytes, i));
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~') || entity || starts_block {
            out.push('\\');
        }
        out.push(c);
        at_start = at_start && c.is_ascii_digit();
    }
    out
}

/// `1. `, `2) ` at the start of a line (the digits before it are at the start too).
fn list_marker(bytes: &[u8], i: usize) -> bool {
    matches!(bytes[i], b'.' | b')') && i > 0 && bytes.get(i + 1).is_none_or(|b| *b == b' ')
}

fn looks_like_entity(rest: &str) -> bool {
    let body = &rest[1..];
    let end = body.find(';').unwrap_or(0);
    end > 0 && end <= 10 && body[..end].trim_start_matches('#').chars().all(|c| c.is_ascii_alphanumeric())
}

/// A headline written out from an address's last segment: `iranian-foreign-minister-holds`
/// becomes `Iranian foreign minister holds`, words the article capitalises (`Palestinian`)
/// capitalised. `None` when the segment is not words (`/news/153676/`).
pub(crate) fn title_from_url(url: &str, paragraphs: &[String]) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let segment = parsed.path_segments()?.rev().find(|s| !s.is_empty())?;
    let segment =
        segment.rsplit_once('.').map_or(segment, |(stem, ext)| if ext.len() <= 4 { stem } else { segment });
    let words: Vec<&str> = segment.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    let wordy =
        words.len() >= 3 && words.iter().filter(|w| w.chars().all(|c| c.is_ascii_alphabetic())).count() >= 3;
    if !wordy {
        return None;
    }
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let capital = capitalised_in(w, paragraphs);
        out.push(if i == 0 || capital { capitalise(w) } else { (*w).to_owned() });
    }
    Some(out.join(" "))
}

/// Whether the text writes `word` with a capital more often than without, away from the
/// start of a sentence.
fn capitalised_in(word: &str, paragraphs: &[String]) -> bool {
    let (mut upper, mut lower) = (0, 0);
    for p in paragraphs {
        for w in p.split(|c: char| !c.is_alphanumeric()).skip(1) {
            if w.eq_ignore_ascii_case(word) {
                if w.starts_with(char::is_uppercase) {
                    upper += 1;
                } else {
                    lower += 1;
                }
            }
        }
    }
    upper > lower
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The lead's first sentence (with three letters at least), or its first twelve words.
pub(crate) fn title_from_lead(lead: &str) -> String {
    let wordy = |s: &&str| s.chars().filter(|c| c.is_alphanumeric()).count() >= 3;
    let sentence =
        lead.split_inclusive(['.', '؟', '?', '!']).map(str::trim).find(wordy).unwrap_or(lead.trim());
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let title = if words.len() <= 14 {
        sentence.trim_end_matches('.').to_owned()
    } else {
        format!("{}…", words[..12].join(" ").trim_end_matches([',', '،', ':']))
    };
    if title.trim().is_empty() { "Untitled clipping".to_owned() } else { title }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_quoted_only_when_yaml_would_misread_them() {
        assert_eq!(
            scalar("Iranian FM's conversations with leaders"),
            "Iranian FM's conversations with leaders"
        );
        assert_eq!(scalar("گفت‌وگوی تلفنی امیرعبداللهیان"), "گفت‌وگوی تلفنی امیرعبداللهیان");
        assert_eq!(scalar("Qalibaf: resistance"), "\"Qalibaf: resistance\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("https://nournews.ir/en/news/153676/#a"), "https://nournews.ir/en/news/153676/#a");
        assert_eq!(scalar("2023"), "\"2023\"");
        assert_eq!(scalar("\"Quoted\" # not a comment"), "\"\\\"Quoted\\\" # not a comment\"");
    }

    #[test]
    fn markdown_is_escaped_so_the_text_renders_as_clipped() {
        assert_eq!(clipped_markdown("# 1 killed"), "\\# 1 killed");
        assert_eq!(clipped_markdown("1. First"), "1\\. First");
        assert_eq!(clipped_markdown("- dash"), "\\- dash");
        assert_eq!(
            clipped_markdown("a <script> and *stars* & &amp;"),
            "a \\<script> and \\*stars\\* & \\&amp;"
        );
        assert_eq!(clipped_markdown("Al-Nakhalah said 2023."), "Al-Nakhalah said 2023.");
    }

    #[test]
    fn titles_come_from_words_of_the_address() {
        let body = ["Talks with Palestinian leaders; the Palestinian side agreed.".to_owned()];
        let url = "https://thediplomaticinsight.com/iranian-foreign-minister-holds-phone-talks-with-palestinian-leaders/";
        assert_eq!(
            title_from_url(url, &body).as_deref(),
            Some("Iranian foreign minister holds phone talks with Palestinian leaders")
        );
        assert_eq!(title_from_url("https://nournews.ir/en/news/153676/", &body), None);
    }
}
