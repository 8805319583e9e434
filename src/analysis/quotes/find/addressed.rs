//! Speech addressed to someone, in the outlet's own words: the person told before what was
//! said ("told residents she would stay"), and requests and charges ("urged residents to
//! stay home", "called on the mayor to resign", "accused the mayor of hiding the ledger"),
//! where what was said runs from the person asked or charged, who is part of it ("the
//! council to delay the vote"), through what they are to do or are charged with.

use super::reported::{CLAUSE_OPENERS, opens_clause};
use super::*;
use crate::analysis::facts::is_day_word;

impl<'a> QuoteFinder<'a> {
    /// The word after the person told at `j` ("told reporters", "told The Courier", "told
    /// her"): a pronoun, a plural noun or up to four capitalised words, after "the".
    pub(super) fn person_told(&self, w: &TaggedPara<'_>, j: usize, we: usize) -> Option<usize> {
        let f = &w.para.folded;
        if j >= we {
            return None;
        }
        // "told her the pier was safe", not "told her audience ...".
        let her_own = f.word(j) == "her"
            && j + 1 < we
            && !opens_clause(w, j + 1, we)
            && w.cue(j + 1) != Some(Cue::That);
        if matches!(f.word(j), "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists") && !her_own
        {
            return Some(j + 1);
        }
        // "told residents they ...": a plural noun, with a clause after it.
        let noun = |k: usize| matches!(w.cue(k), None | Some(Cue::Title | Cue::PersonNoun));
        let plural =
            |k: usize| !w.capitalised(k) && noun(k) && f.word(k).len() > 3 && f.word(k).ends_with('s');
        if plural(j) && j + 1 < we && !w.gap_before(j + 1).contains(',') && opens_clause(w, j + 1, we) {
            return Some(j + 1);
        }
        let from = if f.word(j) == "the" { j + 1 } else { j };
        let named = (from..we.min(from + 4)).take_while(|&k| w.capitalised(k) && w.cue(k).is_none()).last();
        if let Some(last) = named {
            return Some(last + 1);
        }
        // "told his audience they ...", "told the committee that ...": a determiner and up to
        // three words in lower case, up to a "that" or a clause.
        if !matches!(f.word(j), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my") {
            return None;
        }
        (j + 2..we.min(j + 5)).find(|&k| {
            // "the council", "the harbour board members": nouns of office count as nouns.
            (j + 1..k).all(|m| !w.capitalised(m) && noun(m) && !w.gap_before(m).contains(','))
                && (w.cue(k) == Some(Cue::That) || opens_clause(w, k, we))
                && !w.gap_before(k).contains(',')
        })
    }

    /// "urged residents to stay home", "asked the council to delay the vote", "called on
    /// the mayor to resign": a request, from the person asked (a few words, no comma or
    /// verb) through what they are to do; "accused the mayor of hiding the ledger",
    /// "criticized the board for raising the toll": a charge, from the person charged. Its
    /// words, up to another subject's clause ("…, while Lisle defended it").
    pub(super) fn request(
        &self,
        w: &TaggedPara<'_>,
        v: usize,
        after_verb: usize,
        we: usize,
    ) -> Option<(usize, usize)> {
        let f = &w.para.folded;
        if !self.latin {
            return None;
        }
        let (start, link) = match f.word(v) {
            "asked" | "asks" | "asking" | "urged" | "urges" | "urging" | "pressed" | "presses"
            | "pressing" | "encouraged" | "encourages" | "implored" | "begged" | "told" | "tells"
            | "telling" => (after_verb, "to"),
            "called" | "calls" | "calling" if v + 2 < we && f.word(v + 1) == "on" => (v + 2, "to"),
            word if is_charging(word) => (after_verb, if word.starts_with("accus") { "of" } else { "for" }),
            _ => return None,
        };
        if start >= we || is_day_word(f.word(start)) || verb_like(w, start) {
            return None;
        }
        let plain = |k: usize| {
            !w.gap_before(k).contains([',', ';', ':', '“', '"'])
                && !verb_like(w, k)
                && !matches!(w.cue(k), Some(Cue::Speech | Cue::Participle | Cue::That))
        };
        // The person: the words from `start` to the link, plain after the first.
        let to = (start + 1..we.min(start + 7))
            .take_while(|&k| k == start + 1 || plain(k - 1))
            .find(|&k| f.word(k) == link)
            .filter(|&to| to + 1 < we && plain(to))?;
        // "told the story to the children": after "to", a verb, not someone; after "for",
        // a doing ("for raising the toll", not "for years").
        let next = f.word(to + 1);
        let goes_on = match link {
            "to" => !w.capitalised(to + 1) && !CLAUSE_OPENERS.contains(&next),
            "for" => next.len() > 4 && next.ends_with("ing"),
            _ => true,
        };
        let other = |j: &usize| {
            w.gap_before(*j).contains(';')
                || (w.gap_before(*j).contains(',')
                    && matches!(f.word(*j), "while" | "whereas" | "but" | "although"))
        };
        goes_on.then(|| (start, (start + 1..we).find(other).unwrap_or(we)))
    }
}
