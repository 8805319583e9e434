//! Names the registry does not hold: a run of capitalised words that can be a name, the
//! name next to a speech verb ("Ada Ward said", "said Ada Ward, who ..."), and a name
//! set off by commas.

use super::*;

impl<'p> TaggedPara<'p> {
    /// A name not in the registry starting at `i` (Latin script: a run of capitalised
    /// words followed by a speech verb, a comma or a bracket).
    pub(crate) fn unregistered_name(&self, i: usize, to: usize) -> Option<Subject> {
        let end = self.name_run(i, to)?;
        // "Islamabad, 1 December 2023": a dateline, not a name; "Ada Ward, 62, said": an age.
        let dateline = self.gap_before(end).contains(',')
            && end + 1 < self.len()
            && self.para.folded.word(end).starts_with(|c: char| c.is_ascii_digit())
            && !self.gap_before(end + 1).contains([',', '.', ')']);
        let next_ok = end >= to
            || matches!(self.cue(end), Some(Cue::Speech | Cue::Participle))
            || (self.adverb(end) && matches!(self.cue(end + 1), Some(Cue::Speech | Cue::Participle)))
            || self.gap_before(end).contains([',', '(', ':']);
        let next_ok = next_ok && !dateline;
        next_ok.then(|| self.unregistered(i..end))
    }

    /// The name that opens the clause `from..to` and is its subject, in Latin script: a
    /// run of capitalised words right before a word in lower case ("Ms. Ward left the
    /// hearing, ..."), when an honorific comes before it, it has two words or more, or the
    /// article shows it is a name (see [`ArticleNames::is_name`]). A participle's speaker
    /// when its clause's verb is no speech verb.
    pub(crate) fn opening_name(&self, from: usize, to: usize, names: &ArticleNames<'_>) -> Option<Subject> {
        let start = self.skip_lead(from.max(self.dateline_end), to);
        let mut i = (start..to).find(|&j| self.cue(j) != Some(Cue::Skip))?;
        let mut end = self.name_run(i, to)?;
        // "Vermont Sen. Ada Ward": a place before an abbreviated title.
        let placed = end < to && self.abbreviation(end) && self.capitalised(end);
        if placed {
            i = (end..to).find(|&j| self.cue(j) != Some(Cue::Skip))?;
            end = self.name_run(i, to)?;
        }
        let verb_follows =
            end < to && !self.capitalised(end) && !self.gap_before(end).contains([',', '(', ':', ';']);
        let honorific = placed || (start..i).any(|j| self.abbreviation(j));
        let named = honorific || end - i >= 2 || names.is_name(self.para.folded.word(i));
        (self.latin && verb_follows && named).then(|| self.unregistered(i..end))
    }

    /// The words `range` as the name of someone the registry does not know.
    pub(super) fn unregistered(&self, range: Range<usize>) -> Subject {
        Subject::Known(Speaker { entity: None, name: self.text(range).to_owned(), via: Via::Unregistered })
    }

    /// Who follows a speech verb that comes first ("said Ada Ward of the tenants' union"):
    /// a titled subject, or else the name that opens the words, whatever follows it.
    pub(crate) fn named_after_verb(&self, from: usize, to: usize) -> Subject {
        // "«…»، قال وزير الخارجية سامي حداد": Arabic writes its subject after the verb.
        if self.arabic {
            return self.subject(from, to);
        }
        // "said her old schoolmate from Dover, Ada Ward, who ...": a description, then the
        // name set off by a comma.
        let apposed = || {
            let limit = to.min(from + 10);
            let j = (from + 1..limit).find(|&j| self.gap_before(j).contains([',', ';', '.', ':']))?;
            (self.gap_before(j).trim() == ",").then_some(())?;
            let end = self.name_run(j, to)?;
            let two = end - j >= 2 || (end < to && self.gap_before(end).contains(','));
            two.then(|| self.unregistered(j..end))
        };
        // "said the elder Mr. Ward": lower-case words before an honorific and a name.
        let honorific = || {
            let h = (from..to.min(from + 4)).find(|&j| self.abbreviation(j) && self.capitalised(j))?;
            (from..h)
                .all(|j| !self.capitalised(j) && self.cue(j).is_none_or(|c| c == Cue::Skip))
                .then_some(())?;
            let end = self.name_run(h + 1, to)?;
            Some(self.unregistered(h + 1..end))
        };
        match self.titled(from, to) {
            Subject::Nothing | Subject::Someone(_)
                if self.latin
                    && let Some(s) = apposed().or_else(honorific) =>
            {
                s
            }
            Subject::Nothing => {
                let start = (from..to).find(|&j| !matches!(self.cue(j), Some(Cue::Skip | Cue::Title)));
                match start.and_then(|s| self.name_run(s, to).map(|e| (s, e))) {
                    Some((s, e)) => self.unregistered(s..e),
                    None => Subject::Nothing,
                }
            }
            other => other,
        }
    }

    /// "..., says harbour economist Lena Brask in Tromsø.": words `from..to` after a speech
    /// verb that are a description in lower case, a full name of two words or more, and
    /// at most a place after it; the name. None for anything else ("said the toll would
    /// stay", "said new research by the Harbour Institute").
    pub(crate) fn described_name(&self, from: usize, to: usize) -> Option<Subject> {
        let f = &self.para.folded;
        let described = |j: usize| {
            !self.capitalised(j)
                && self.cue(j).is_none_or(|c| matches!(c, Cue::Skip | Cue::Title | Cue::PersonNoun))
                && !f.word(j).ends_with("ed")
                && !crate::analysis::names::never_a_name(f.word(j))
        };
        let start = (from..to.min(from + 4)).find(|&j| !described(j))?;
        let end = self.name_run(start, to)?;
        if start == from || end - start < 2 {
            return None;
        }
        let place = end == to
            || (self.cue(end) == Some(Cue::Preposition)
                && matches!(f.word(end), "in" | "at" | "of" | "from")
                && (end + 1..to).all(|j| self.capitalised(j) && self.cue(j).is_none()));
        place.then(|| self.unregistered(start..end))
    }

    /// The end of a name at `i` set off by a comma ("Ada Ward, a lawyer for ..."), after
    /// any titles before it.
    pub(crate) fn apposed_name(&self, i: usize, to: usize) -> Option<usize> {
        let start =
            (i..to).find(|&j| !matches!(self.cue(j), Some(Cue::Skip | Cue::Title | Cue::PersonNoun)))?;
        let end = self.name_run(start, to)?;
        (end < to && self.gap_before(end).trim() == ",").then_some(end)
    }

    /// The end of a run of capitalised words from `i` that can be a name.
    pub(super) fn name_run(&self, i: usize, to: usize) -> Option<usize> {
        if i >= to
            || !self.capitalised(i)
            || crate::analysis::names::never_a_name(self.para.folded.word(i))
            || self.cue(i).is_some()
        {
            return None;
        }
        // Words in capitals are datelines and agency marks ("BEIRUT", "NOURNEWS").
        let word = &self.para.text[self.bytes(i)];
        if word.chars().count() > 2 && !word.chars().any(char::is_lowercase) {
            return None;
        }
        let mut end = i;
        while end < to && end - i < 5 {
            let w = self.para.folded.word(end);
            let joined = end == i
                || crate::analysis::names::joins_name(self.gap_before(end), self.para.folded.word(end - 1));
            let ok = self.cue(end).is_none()
                && self.mention(end).is_none()
                && (self.capitalised(end) || (NAME_PARTICLES.contains(&w) && end + 1 < to));
            if !ok || !joined {
                break;
            }
            end += 1;
        }
        // A name does not end on a particle.
        while end > i && NAME_PARTICLES.contains(&self.para.folded.word(end - 1)) {
            end -= 1;
        }
        (end > i).then_some(end)
    }

    /// The speaker named right before a finite speech verb at `verb` ("Qalibaf said",
    /// "Nakhale, the secretary general ..., said"): the mention, pronoun or name ending
    /// there, past adverbs such as "also".
    pub(crate) fn adjacent(&self, verb: usize, floor: usize) -> Option<(Subject, usize)> {
        let (subject, start) = self.name_ending(verb, floor, true)?;
        // "Ada Ward and Tom Lisle said": two people speak together, neither alone; they are
        // kept as written.
        let and = start.checked_sub(1).filter(|&a| a > floor && self.para.folded.word(a) == "and");
        let first = and
            .filter(|&a| self.latin && !self.gap_before(a).contains(','))
            .and_then(|a| self.name_ending(a, floor, false))
            .filter(|(s, _)| matches!(s, Subject::Known(_)));
        match (first, &subject) {
            (Some((_, first)), Subject::Known(_)) => {
                let end = self.name_run(start, verb).unwrap_or(verb);
                let together =
                    Speaker { entity: None, name: self.text(first..end).to_owned(), via: Via::Description };
                Some((Subject::Known(together), first))
            }
            _ => Some((subject, start)),
        }
    }

    /// [`TaggedPara::adjacent`]: the name ending before `verb`, or before an apposition
    /// that opens at `verb` when not `at_verb`.
    fn name_ending(&self, verb: usize, floor: usize, at_verb: bool) -> Option<(Subject, usize)> {
        let mut end = verb;
        while end > floor && self.cue_ending_at(end).is_some_and(|c| c == Cue::Skip) {
            end = self.start_of_cue_ending_at(end);
        }
        // "Ward jokingly said".
        if end > floor && self.adverb(end - 1) {
            end -= 1;
        }
        // "Sen. Ada Ward (D-Ore.) said": a bracketed party and state is not the name.
        if end > floor && end < self.len() + 1 && self.gap_before(end).contains(')') {
            end = (floor..end).rev().find(|&j| self.gap_before(j).contains('(')).unwrap_or(floor);
        }
        if end == floor {
            return None;
        }
        if let Some(m) =
            self.para.mentions.iter().rev().find(|m| m.words.end == end && m.words.start >= floor)
        {
            // Walk back over an apposition of the same entity ("Head of Hamas’s Political
            // Bureau Ismail Haniyeh") to see what comes before it.
            let mut before = m.words.start;
            while let Some(prev) = self
                .para
                .mentions
                .iter()
                .find(|p| p.words.end == before && p.entity().is_some() && p.entity() == m.entity())
            {
                before = prev.words.start;
            }
            if self.after_preposition(before, floor) {
                return None;
            }
            return self.mention_subject(m).filter(|s| matches!(s, Subject::Known(_))).map(|s| (s, before));
        }
        if self.cue(end - 1) == Some(Cue::Pronoun) {
            return Some((self.pronoun(end - 1), end - 1));
        }
        // "The auditor -- who has read the books since March -- said": the name before an
        // aside between dashes, never a name inside it.
        if self.latin && end == verb && is_dash(self.gap_before(end)) {
            let from = floor.max(end.saturating_sub(20));
            let aside = (from + 1..end - 1).rev().find(|&j| is_dash(self.gap_before(j)))?;
            return self.name_ending(aside, floor, false).filter(|(s, _)| matches!(s, Subject::Known(_)));
        }
        // "Ada Ward, a former harbour master, put it", "Ada Ward, 52, said", "Ada Ward, of
        // Leeds, said": the name before an apposition set off by commas, which opens in
        // lower case; inside it, a name that ends right before its comma is that name.
        if self.latin
            && end == verb
            && self.gap_before(end).contains(',')
            && (at_verb || !self.capitalised(end - 1))
        {
            let from = floor.max(end.saturating_sub(16));
            let apposition = (from + 1..end).rev().find(|&j| self.gap_before(j).contains(','));
            if let Some(j) = apposition.filter(|&j| !self.capitalised(j) || self.cue(j) == Some(Cue::Skip)) {
                return self.name_ending(j, floor, false).filter(|(s, _)| matches!(s, Subject::Known(_)));
            }
        }
        // An unregistered name right before the verb: the capitalised words ending there.
        let is_name_word = |j: usize| {
            self.cue(j).is_none()
                && self.mention(j).is_none()
                && (self.capitalised(j) || NAME_PARTICLES.contains(&self.para.folded.word(j)))
        };
        let start = (floor..end).rev().take(5).take_while(|&j| is_name_word(j)).last()?;
        // Past a capitalised opener ("As Ada Ward put it", "Or, as ...").
        let opener = |j: usize| crate::analysis::names::never_a_name(self.para.folded.word(j));
        let start = (start..end).find(|&j| self.capitalised(j) && !opener(j))?;
        if self.after_preposition(start, floor) || self.name_run(start, end) != Some(end) {
            return None;
        }
        // "The survey, conducted for the group Harbour's Voice, found": a name that a comma
        // sets off from the verb ends a phrase of its own, and is its subject only when it
        // is all of that phrase ("The mayor's aide, Tom Lisle, said").
        let set_off = at_verb && (end..=verb.min(self.len() - 1)).any(|j| self.gap_before(j).contains(','));
        if set_off && start > floor && !self.gap_before(start).contains(',') {
            return None;
        }
        Some((self.unregistered(start..end), start))
    }

    /// True when the words before `start` (past "the", "a") are a preposition.
    fn after_preposition(&self, start: usize, floor: usize) -> bool {
        let mut at = start;
        while at > floor && self.cue_ending_at(at) == Some(Cue::Skip) {
            at = self.start_of_cue_ending_at(at);
        }
        at > floor && self.cue_ending_at(at) == Some(Cue::Preposition)
    }

    fn cue_ending_at(&self, end: usize) -> Option<Cue> {
        (end.saturating_sub(4)..end).find_map(|s| match self.cue_span(s) {
            Some((c, e)) if e == end => Some(c),
            _ => None,
        })
    }

    fn start_of_cue_ending_at(&self, end: usize) -> usize {
        (end.saturating_sub(4)..end).find(|&s| self.cue_span(s).is_some_and(|(_, e)| e == end)).unwrap_or(end)
    }
}

/// True when the space between two words holds a dash that sets off an aside ("—", "–",
/// "--"), not a hyphen.
pub(crate) fn is_dash(gap: &str) -> bool {
    gap.contains(DASHES) || gap.contains("--")
}

/// The dashes [`is_dash`] knows besides a double hyphen.
pub(crate) const DASHES: [char; 3] = ['—', '–', '―'];
