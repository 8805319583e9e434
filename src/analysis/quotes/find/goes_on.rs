//! Statements that go on past their first quotation: a quotation with no cue of its own
//! that continues the previous speaker's, and a statement its attribution cuts in two
//! ("“After that,” she said, “I support ...”"), which is one quote.

use std::ops::Range;

use super::{Article, QuoteFinder, surname};
use crate::analysis::quotes::QuoteKind;
use crate::analysis::quotes::cues::Cue;
use crate::analysis::quotes::speaker::{Speaker, Via};

impl QuoteFinder<'_> {
    /// Whether sentence `s` of paragraph `p` comes right after the last sentence with a
    /// quotation, or after it and a sentence that only attributes it ("“A?” he asked.").
    pub(super) fn follows_marked(&self, all: &Article<'_>, p: usize, s: &Range<usize>) -> bool {
        let Some((lp, ls)) = self.last_marked_sentence else { return false };
        let before: Vec<&Range<usize>> = all.sentences[p].iter().take_while(|x| x.start < s.start).collect();
        let w = &all.words[p];
        let attributes = |x: &Range<usize>| {
            !all.marked.iter().any(|q| q.first_paragraph() == p && x.contains(&q.open))
                && (w.word_at(x.start)..w.word_at(x.end)).any(|j| w.cue(j) == Some(Cue::Speech))
        };
        lp == p
            && match before[..] {
                [.., last] if last.start == ls => true,
                [.., marked, last] => marked.start == ls && attributes(last),
                _ => false,
            }
    }

    /// Appends `text` to the last quote found when it is a quotation in marks of paragraph
    /// `p` by the same speaker: the rest of one statement that its attribution cut, in the
    /// same sentence (`comma`: "“After that,” she said, “I support ...”") or the next.
    pub(super) fn resume_last(
        &mut self,
        p: usize,
        speaker: Option<&Speaker>,
        text: &str,
        comma: bool,
    ) -> bool {
        let Some(last) = self.found.last_mut() else { return false };
        if last.last_paragraph != p
            || last.kind != QuoteKind::Direct
            || speaker.is_some() && !same_person(speaker, last.speaker.as_ref())
        {
            return false;
        }
        let ended = last.text.ends_with(['.', '?', '!', '…', ':', ';', '؟']);
        if !ended && text.starts_with(char::is_uppercase) {
            last.text.push(if comma { ',' } else { '.' });
        }
        last.text.push(' ');
        last.text.push_str(text.trim());
        true
    }

    /// A quotation with no cue of its own continues the previous speaker's when it follows
    /// an attributed quotation in the same sentence, or opens a paragraph right after one
    /// that ended with a quotation or with "X said:".
    pub(super) fn continuation(
        &self,
        p: usize,
        prev_in_sentence: Option<&Option<Speaker>>,
        at_paragraph_start: bool,
        pending: Option<&Option<Speaker>>,
    ) -> Option<Option<Speaker>> {
        let continued = |s: &Option<Speaker>| s.clone().map(|s| Speaker { via: Via::Continuation, ..s });
        if let Some(Some(s)) = prev_in_sentence {
            return Some(continued(&Some(s.clone())));
        }
        if !at_paragraph_start {
            return None;
        }
        if let Some(s) = pending {
            return Some(continued(s));
        }
        match &self.last_marked {
            Some((last, Some(s))) if *last + 1 == p || *last == p => Some(continued(&Some(s.clone()))),
            _ => None,
        }
    }
}

/// True when two speakers are one person: the same entity, or unregistered with the same
/// surname ("Ada Ward", "Ward").
pub(super) fn same_person(a: Option<&Speaker>, b: Option<&Speaker>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.entity == b.entity && (a.entity.is_some() || surname(&a.name) == surname(&b.name))
        }
        (a, b) => a.is_none() && b.is_none(),
    }
}
