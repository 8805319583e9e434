//! Article bodies: Markdown in, safe HTML and plain-text paragraphs out, in one pass.
//!
//! Bodies are untrusted text from the web. Links and images keep only http(s), mailto and
//! relative addresses; raw HTML, when a body has any, goes through ammonia's whitelist
//! sanitiser. Each paragraph, heading and list item gets an anchor (`p1`, `p2`...) in the
//! HTML and the same number in the plain text, so a quote found in the text links back to
//! the paragraph it came from.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// An article body, rendered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Sanitised HTML.
    pub html: Packed,
    /// The blocks of text, in reading order: their anchors and lines. Their texts are in
    /// [`Document::texts`].
    pub paragraphs: Vec<Paragraph>,
    /// The blocks' texts, one line each.
    texts: Packed,
    /// The hash ([`crate::text::hash`]) of the blocks' texts, one line each: what tells
    /// the same text saved twice.
    pub text_hash: u64,
    /// Words in the text.
    pub words: usize,
    /// What was taken out as unsafe, described for a warning.
    pub removed: Vec<Removed>,
}

impl Document {
    /// The blocks' texts, unpacked, for one reader at a time.
    pub fn texts(&self) -> Texts<'_> {
        Texts { all: self.texts.text(), blocks: &self.paragraphs }
    }
}

/// Text kept compressed (LZ4): a build holds every body, as HTML and as plain text, from
/// parsing to rendering, and reads each only a few times (the text to read it, to compare
/// it and to index it; the HTML for the article's own page). About half the memory of the
/// text, for a few percent of a build's instructions.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Packed(Box<[u8]>);

impl Packed {
    fn new(text: &str) -> Packed {
        Packed(lz4_flex::compress_prepend_size(text.as_bytes()).into_boxed_slice())
    }

    /// The text.
    pub fn text(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let bytes = lz4_flex::decompress_size_prepended(&self.0).expect("compressed by Packed::new");
        // SAFETY: `Packed::new` compressed the bytes of a `str`, and the checked decoder
        // gives back exactly the bytes compressed: validating them again as UTF-8 cost a
        // build more than the decompression itself.
        unsafe { String::from_utf8_unchecked(bytes) }
    }
}

impl std::fmt::Debug for Packed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.text().fmt(f)
    }
}

/// The texts of a body's blocks, unpacked.
pub struct Texts<'d> {
    /// Every block's text, each on a line of its own.
    all: String,
    blocks: &'d [Paragraph],
}

impl Texts<'_> {
    /// Each block's text, in reading order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().map(|b| &self.all[b.text.clone()])
    }

    /// Each block's text, by its place.
    pub fn list(&self) -> Vec<&str> {
        self.iter().collect()
    }
}

/// A block of plain text: where it is. Its text is in [`Document::texts`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The HTML id of the block (`p3`), when it has one.
    pub anchor: Option<String>,
    /// Line of the Markdown source the block starts on (1-based).
    pub line: usize,
    /// Where its text is among the blocks' texts, in bytes.
    text: std::ops::Range<usize>,
}

/// Unsafe content that was taken out of a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// Line of the Markdown source (1-based).
    pub line: usize,
    /// What it was.
    pub what: String,
}

const URL_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// Renders a Markdown body.
pub fn render(source: &str) -> Document {
    let mut doc = Document::default();
    let mut state = Walk { lines: Lines::new(source), ..Walk::default() };
    let mut events = Vec::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        if let Some(event) = state.visit(event, range.start, &mut doc) {
            events.push(event);
        }
    }
    state.flush(&mut doc);
    let mut out = String::with_capacity(source.len() * 5 / 4);
    html::push_html(&mut out, events.into_iter());
    doc.html = Packed::new(&if state.raw_html { sanitize(&out) } else { out });
    doc.text_hash = crate::text::hash(&state.texts);
    doc.texts = Packed::new(&state.texts);
    // Kept for the whole build: no room to spare.
    doc.paragraphs.shrink_to_fit();
    doc
}

/// Counts words: runs of non-space characters holding a letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace().filter(|w| is_word(w)).count()
}

/// True for a run of non-space characters holding a letter or digit.
fn is_word(w: &str) -> bool {
    // Most words start with a letter or digit of the Latin or Arabic alphabets.
    let plain = |c: char| c.is_ascii_alphanumeric() || is_arabic_alphanumeric(c);
    w.chars().next().is_some_and(plain) || w.chars().any(|c| plain(c) || c.is_alphanumeric())
}

/// Letters and digits of the Arabic block (Persian and Arabic text), known without the
/// Unicode tables.
fn is_arabic_alphanumeric(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' | '\u{06F0}'..='\u{06FC}')
}

/// Turns byte offsets into line numbers, counting forward as the walk goes forward.
#[derive(Default)]
struct Lines<'s> {
    source: &'s str,
    offset: usize,
    line: usize,
}

impl<'s> Lines<'s> {
    fn new(source: &'s str) -> Lines<'s> {
        Lines { source, offset: 0, line: 1 }
    }

    fn at(&mut self, offset: usize) -> usize {
        if offset < self.offset {
            *self = Lines::new(self.source);
        }
        let offset = offset.min(self.source.len());
        self.line += self.source.as_bytes()[self.offset..offset].iter().filter(|&&b| b == b'\n').count();
        self.offset = offset;
        self.line
    }
}

/// State of the walk over the Markdown events.
#[derive(Default)]
struct Walk<'s> {
    lines: Lines<'s>,
    /// Text of the block being read.
    text: String,
    /// Texts of the blocks read, one line each.
    texts: String,
    anchor: Option<String>,
    line: usize,
    next_anchor: usize,
    /// Depth of events being dropped (an unsafe link's or image's content).
    skip: Vec<TagEnd>,
    raw_html: bool,
}

impl Walk<'_> {
    /// Records the text of `event` and returns the event to render, if any.
    fn visit<'a>(&mut self, event: Event<'a>, offset: usize, doc: &mut Document) -> Option<Event<'a>> {
        match event {
            Event::Start(Tag::Paragraph) => Some(self.open(offset, doc, |id| format!("<p id=\"{id}\">"))),
            Event::Start(Tag::Heading { level, .. }) => {
                Some(self.open(offset, doc, |id| format!("<{level} id=\"{id}\">")))
            }
            Event::Start(Tag::Item) => Some(self.open(offset, doc, |id| format!("<li id=\"{id}\">"))),
            Event::End(TagEnd::Paragraph) => {
                self.flush(doc);
                Some(Event::Html("</p>\n".into()))
            }
            Event::End(TagEnd::Heading(level)) => {
                self.flush(doc);
                Some(Event::Html(format!("</{level}>\n").into()))
            }
            Event::End(TagEnd::Item) => {
                self.flush(doc);
                Some(Event::Html("</li>\n".into()))
            }
            Event::Start(Tag::Link { ref dest_url, .. }) if !is_safe_url(dest_url) => {
                self.drop_tag(TagEnd::Link, format!("link to \"{}\"", clip(dest_url)), offset, doc);
                None
            }
            Event::Start(Tag::Image { ref dest_url, .. }) if !is_safe_url(dest_url) => {
                self.drop_tag(TagEnd::Image, format!("image from \"{}\"", clip(dest_url)), offset, doc);
                None
            }
            Event::End(end) if self.skip.last() == Some(&end) => {
                self.skip.pop();
                None
            }
            _ if self.skip.last() == Some(&TagEnd::Image) => None,
            Event::Text(ref t) | Event::Code(ref t) => {
                self.push_text(t, offset);
                Some(event)
            }
            Event::SoftBreak | Event::HardBreak => {
                self.push_text(" ", offset);
                Some(event)
            }
            Event::Html(ref h) | Event::InlineHtml(ref h) => {
                self.raw_html = true;
                if let Some(what) = unsafe_html(h) {
                    let line = self.lines.at(offset);
                    doc.removed.push(Removed { line, what });
                }
                Some(event)
            }
            other => Some(other),
        }
    }

    /// Starts a block with the next anchor; returns its opening HTML tag.
    fn open<'a>(&mut self, offset: usize, doc: &mut Document, tag: impl Fn(&str) -> String) -> Event<'a> {
        self.flush(doc);
        self.next_anchor += 1;
        let id = format!("p{}", self.next_anchor);
        let html = tag(&id);
        self.anchor = Some(id);
        self.line = self.lines.at(offset);
        Event::Html(CowStr::from(html))
    }

    fn push_text(&mut self, text: &str, offset: usize) {
        if self.text.is_empty() && self.anchor.is_none() {
            self.line = self.lines.at(offset);
        }
        self.text.push_str(text);
    }

    /// Ends the current block, keeping it when it holds text.
    fn flush(&mut self, doc: &mut Document) {
        // Runs of whitespace become one space; the block's text goes on a line of its own.
        let mut empty = true;
        let mut start = self.texts.len();
        for word in self.text.split_whitespace() {
            if !empty {
                self.texts.push(' ');
            } else if !doc.paragraphs.is_empty() {
                self.texts.push('\n');
                start += 1;
            }
            empty = false;
            self.texts.push_str(word);
            doc.words += usize::from(is_word(word));
        }
        self.text.clear();
        let anchor = self.anchor.take();
        if !empty {
            let text = start..self.texts.len();
            doc.paragraphs.push(Paragraph { anchor, line: self.line, text });
        }
    }

    /// Drops a link (keeping its text) or an image (with its alt text) up to `end`.
    fn drop_tag(&mut self, end: TagEnd, what: String, offset: usize, doc: &mut Document) {
        let line = self.lines.at(offset);
        doc.removed.push(Removed { line, what });
        self.skip.push(end);
    }
}

/// True for relative addresses and the schemes in [`URL_SCHEMES`].
pub fn is_safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.find([':', '/', '?', '#']) {
        Some(i) if cleaned.as_bytes()[i] == b':' => URL_SCHEMES.contains(&&cleaned[..i]),
        _ => true,
    }
}

fn clip(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s.escape_debug().to_string()
}

/// Names the first dangerous construct in a piece of raw HTML, for the warning.
fn unsafe_html(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    const TAGS: [&str; 11] =
        ["script", "iframe", "object", "embed", "svg", "math", "style", "form", "frame", "base", "meta"];
    if let Some(tag) = TAGS.iter().find(|t| {
        lower.match_indices('<').any(|(i, _)| {
            lower[i + 1..].starts_with(*t)
                && lower[i + 1 + t.len()..]
                    .starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace())
        })
    }) {
        return Some(format!("<{tag}> element"));
    }
    if let Some(i) = lower.find(" on").filter(|&i| {
        let name: String = lower[i + 1..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        name.len() > 2 && lower[i + 1 + name.len()..].trim_start().starts_with('=')
    }) {
        let name: String = lower[i + 1..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        return Some(format!("event handler attribute \"{name}\""));
    }
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .find(|s| lower.contains(*s))
        .map(|s| format!("\"{s}\" address"))
}

/// The sanitiser for bodies holding raw HTML: ammonia's whitelist, with our paragraph
/// anchors and `dir` kept, and addresses limited to [`URL_SCHEMES`].
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(URL_SCHEMES))
        .add_generic_attributes(["dir"])
        .add_tag_attributes("p", ["id"])
        .add_tag_attributes("li", ["id"])
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .attribute_filter(|_, attr, value| match attr {
            "id" if is_anchor(value) => Some(value.into()),
            "id" => None,
            "dir" if matches!(value, "rtl" | "ltr" | "auto") => Some(value.into()),
            "dir" => None,
            _ => Some(value.into()),
        });
    b
});

fn is_anchor(id: &str) -> bool {
    id.strip_prefix('p').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arabic_block_shortcut_agrees_with_unicode() {
        let wrong: Vec<char> = ('\u{0600}'..='\u{06FF}')
            .filter(|&c| is_arabic_alphanumeric(c) && !c.is_alphanumeric())
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
        assert!(is_word("غزه") && is_word("۲۰۲۳") && !is_word("،") && !is_word("—"));
    }

    #[test]
    fn paragraphs_get_anchors_in_html_and_text() {
        let doc = render("# Head\n\nFirst *line*\nsame para.\n\nSecond.\n");
        assert_eq!(
            doc.html.text(),
            "<h1 id=\"p1\">Head</h1>\n<p id=\"p2\">First <em>line</em>\nsame para.</p>\n<p id=\"p3\">Second.</p>\n"
        );
        let unpacked = doc.texts();
        let texts: Vec<(&str, &str)> =
            doc.paragraphs.iter().map(|p| p.anchor.as_deref().unwrap()).zip(unpacked.iter()).collect();
        assert_eq!(texts, [("p1", "Head"), ("p2", "First line same para."), ("p3", "Second.")]);
        assert_eq!(doc.words, 6);
        let lines: Vec<usize> = doc.paragraphs.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 3, 6]);
        // Held packed; what tells a repeat is the hash of the texts, a line each, as import
        // computes it for a clipping's paragraphs.
        assert_eq!(doc.text_hash, crate::text::hash("Head\nFirst line same para.\nSecond."));
        let blank = render("  \n\n<!-- nothing -->\n");
        assert!(blank.paragraphs.is_empty() && blank.texts().list().is_empty());
    }

    #[test]
    fn unsafe_links_lose_their_address_but_keep_their_text() {
        let doc = render(
            "[click](javascript:alert(1)) and [ok](https://example.org/) ![x](data:image/png;base64,AA)",
        );
        assert_eq!(doc.html.text(), "<p id=\"p1\">click and <a href=\"https://example.org/\">ok</a> </p>\n");
        let removed: Vec<&str> = doc.removed.iter().map(|r| r.what.as_str()).collect();
        assert_eq!(removed, ["link to \"javascript:alert(1)\"", "image from \"data:image/png;base64,AA\""]);
    }

    #[test]
    fn raw_html_is_sanitised_and_reported() {
        let doc = render(
            "<p dir=\"rtl\" onclick=\"x()\">سلام</p>\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>\n",
        );
        assert!(!doc.html.text().contains("script"), "{:?}", doc.html);
        assert!(!doc.html.text().contains("onerror"), "{:?}", doc.html);
        assert!(!doc.html.text().contains("onclick"), "{:?}", doc.html);
        assert!(doc.html.text().contains("dir=\"rtl\""), "{:?}", doc.html);
        assert!(doc.html.text().contains("<p id=\"p1\">Text"), "{:?}", doc.html);
        let removed: Vec<&str> = doc.removed.iter().map(|r| r.what.as_str()).collect();
        assert_eq!(
            removed,
            [
                "event handler attribute \"onclick\"", "<script> element",
                "event handler attribute \"onerror\""
            ]
        );
    }

    #[test]
    fn scheme_check_sees_through_whitespace_and_case() {
        assert!(!is_safe_url("JaVa\tScRipt:alert(1)"));
        assert!(!is_safe_url(" data:text/html,x"));
        assert!(is_safe_url("https://x.org/a:b"));
        assert!(is_safe_url("../other/#p2"));
        assert!(is_safe_url("/path?q=a:b"));
    }
}
