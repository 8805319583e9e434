//! Statements that go on past their first quotation: a quotation with no cue of its own
//! that continues the previous speaker's, and a statement its attribution cuts in two
//! ("“After that,” she said, “I support ...”"), which is one quote.

use std::ops::Range;

use super::{Article, QuoteFinder, surname};
use crate::analysis::quotes::QuoteKind;
use crate::analysis::quotes::cues::{Cue, is_speech_noun};
use crate::analysis::quotes::speaker::{Speaker, Subject, TaggedPara, Via};

/// Verbs with which someone puts out words that the next paragraph may quote ("issued a
/// statement"), as folded words.
const ISSUING: &[&str] = &["issued", "issues", "released", "releases", "published", "publishes", "put out"];

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

    /// Whose words a quotation opening the next paragraph with no cue goes on with, after
    /// the sentence of words `range` (whose finds start at `found_from`) was read: the
    /// speaker of its reported speech ("Ward responded, saying the council hid the cost."),
    /// or a subject that issued a statement ("The board issued a statement on Monday.").
    pub(super) fn closing_speaker(
        &self,
        w: &TaggedPara<'_>,
        range: Range<usize>,
        found_from: usize,
    ) -> Option<Speaker> {
        if let Some(last) = self.found[found_from..].last() {
            return last.speaker.clone().filter(|_| last.kind == QuoteKind::Reported);
        }
        let f = &w.para.folded;
        let issued = range.clone().find(|&i| {
            ISSUING.contains(&f.word(i))
                && (i + 1..range.end.min(i + 3)).any(|j| is_speech_noun(f.word(j)) && !w.capitalised(j))
        });
        let v = issued.filter(|_| self.latin)?;
        let from = w.skip_leads(range.start, v);
        self.resolve(&w.subject(from, v)).or_else(|| self.subject_as_written(w, from, v))
    }

    /// Whom a sentence of words `range` that quoted no one is about: its subject (a name, or
    /// a pronoun for the person in focus), or with no speech verb the name that opens it
    /// ("Ada Ward touted her record.").
    pub(super) fn narrated_subject(
        &self,
        w: &TaggedPara<'_>,
        range: Range<usize>,
        subject: &Subject,
        verb: Option<usize>,
    ) -> Option<Speaker> {
        match subject {
            // "She plans to vote for the toll. “…”": a pronoun for the person in focus.
            Subject::Known(_) | Subject::Pronoun(_) => self.resolve(subject),
            // "Born in Dover, she plans ...": a pronoun after an opening phrase, or the
            // name that opens the sentence.
            Subject::Nothing if verb.is_none() => {
                let start = range.start.max(w.dateline_end);
                let comma = (start + 1..range.end.min(start + 16)).find(|&j| w.gap_before(j).contains(','));
                let pronoun = comma.filter(|&j| w.cue(j) == Some(Cue::Pronoun)).map(|j| w.pronoun(j));
                let opening = || w.opening_name(range.start, range.end, self.article_names());
                pronoun.or_else(opening).and_then(|s| self.resolve(&s))
            }
            _ => None,
        }
    }

    /// "Ada Ward touted her record. “We need …”": a quotation opening a sentence right after
    /// one of narrative in the same paragraph is the words of whom that sentence was about.
    pub(super) fn narrated_by(&self, p: usize, opens_sentence: bool) -> Option<Option<Speaker>> {
        let (last, s) = self.narrator.as_ref().filter(|_| opens_sentence)?;
        (*last == p).then(|| Some(Speaker { via: Via::Continuation, ..s.clone() }))
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
        if let Some((last, s)) = &self.closing_speaker
            && last + 1 == p
        {
            return Some(continued(&Some(s.clone())));
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
