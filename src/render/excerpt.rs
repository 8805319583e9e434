//! How much of an article's own text the site republishes (`--article-text`): all of it,
//! an excerpt of its lead and the paragraphs it is quoted from, or none (a link to the
//! outlet). Many teams may not republish other outlets' full text on a public site, and a
//! years-long archive of full texts outgrows what Pages hosts allow; the analysis, quotes,
//! comparison and data.json are the same in every mode.

use std::borrow::Cow;
use std::fmt::Write;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::analysis::{Analysis, ArticleIx};
use crate::corpus::Corpus;

/// What of each article's text its page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleText {
    /// The whole text.
    #[default]
    Full,
    /// The lead paragraph and every paragraph a quote is taken from, gaps marked.
    Excerpt,
    /// No text: the page keeps its facts, quotes and a link to the original.
    None,
}

/// Which paragraphs of which articles the site shows, asked per paragraph.
pub(crate) struct Shown<'a> {
    pub text: ArticleText,
    analysis: &'a Analysis,
    /// (article, paragraph) of every quote, made when first asked for.
    quoted: OnceLock<FxHashSet<(ArticleIx, usize)>>,
}

impl<'a> Shown<'a> {
    pub(crate) fn new(text: ArticleText, analysis: &'a Analysis) -> Self {
        Shown { text, analysis, quoted: OnceLock::new() }
    }

    /// True when article `a`'s page shows its paragraph `p`.
    pub(crate) fn paragraph(&self, a: ArticleIx, p: usize) -> bool {
        match self.text {
            ArticleText::Full => true,
            ArticleText::None => false,
            ArticleText::Excerpt => p == 0 || self.quoted().contains(&(a, p)),
        }
    }

    fn quoted(&self) -> &FxHashSet<(ArticleIx, usize)> {
        self.quoted
            .get_or_init(|| self.analysis.quotes.iter().map(|q| (q.article, q.found.paragraph)).collect())
    }

    /// The body of article `a` as its page shows it: the sanitised HTML in full, or the
    /// shown paragraphs as plain text with their ids, each gap marked "[…]".
    pub(crate) fn body<'c>(&self, corpus: &'c Corpus, a: ArticleIx) -> Cow<'c, str> {
        let doc = &corpus.articles[a].doc;
        if self.text == ArticleText::Full {
            return Cow::Owned(doc.html.text());
        }
        const OMITTED: &str = "<p class=\"omitted\" aria-label=\"paragraphs left out\">[…]</p>\n";
        let mut html = String::new();
        let mut gap = false;
        for (p, (para, text)) in doc.paragraphs.iter().zip(doc.texts().iter()).enumerate() {
            if !self.paragraph(a, p) {
                gap = true;
                continue;
            }
            if std::mem::take(&mut gap) {
                html.push_str(OMITTED);
            }
            let id = para.anchor.as_deref().map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
            let _ = writeln!(html, "<p{id}>{}</p>", html_escape::encode_text(text));
        }
        if gap && !html.is_empty() {
            html.push_str(OMITTED);
        }
        Cow::Owned(html)
    }
}
