//! A paragraph as the per-article finders read it (names, facts, quotes): its text,
//! folded once, and the registered entities it mentions.

use super::entities::Mention;
use crate::text::Folded;

/// A paragraph ready for the finders.
pub(crate) struct Para<'a> {
    /// Index in the article's paragraphs.
    pub index: usize,
    /// The text.
    pub text: &'a str,
    /// The text folded.
    pub folded: Folded,
    /// Entities named in it, in text order.
    pub mentions: Vec<Mention>,
}
