//! Reported speech, without quotation marks: "X said that ...", "according to X, ...", "X
//! stressed the need to ...", "به گفته وی ...", and the clause after a speech verb.

use super::*;

impl<'a> Reader<'a> {
    /// Reported speech without quotation marks.
    pub(super) fn reported(&mut self, w: &Words<'_>, ws: usize, we: usize, subject: &Subject) {
        // "According to him, ...", "به گفته وی ..."
        if let Some(a) = (ws..we).find(|&i| w.cue(i) == Some(Cue::AccordingTo)) {
            let from = w.cue_span(a).map_or(a + 1, |c| c.1);
            let (who, rest) = if w.cue(from) == Some(Cue::Pronoun) {
                (Subject::Pronoun, from + 1)
            } else if let Some(m) = w.mention(from) {
                (w.subject(from, we), m.words.end)
            } else {
                (Subject::Nothing, from)
            };
            if who == Subject::Nothing && self.latin {
                self.according_to(w, ws, a, from, we);
                return;
            }
            if let Some(speaker) = self.resolve(&who)
                && rest < we
            {
                self.push(
                    w.para.index,
                    w.para.index,
                    w.text_through(rest..we).to_owned(),
                    QuoteKind::Reported,
                    Some(speaker),
                );
            }
            return;
        }
        if self.clause_then_said(w, ws, we) {
            return;
        }
        let Some(v) = (ws..we).find(|&i| matches!(w.cue(i), Some(Cue::Speech | Cue::Participle))) else {
            return;
        };
        let after_verb = w.cue_span(v).map_or(v + 1, |c| c.1);
        let emphasis = EMPHASIS.contains(&w.para.folded.word(v));
        let start = if w.cue(after_verb) == Some(Cue::That) {
            // "said that is unlikely": "that" is the clause's subject, not its conjunction.
            let next = after_verb + 1;
            let subject = self.latin && next < w.len() && AUXILIARIES.contains(&w.para.folded.word(next));
            if subject { Some(after_verb) } else { w.cue_span(after_verb).map(|c| c.1) }
        } else if matches!(w.cue(after_verb), Some(Cue::Need)) || (self.latin && emphasis) {
            Some(after_verb)
        } else {
            (after_verb..we.min(after_verb + 15))
                .take_while(|&j| !w.gap_before(j).contains([';']))
                .find(|&j| w.cue(j) == Some(Cue::That))
                .map(|j| w.cue_span(j).map_or(j + 1, |c| c.1))
                .or_else(|| self.said_clause(w, v, after_verb, we))
        };
        let (start, end) = match start {
            Some(s) => (s, we),
            // Persian and Arabic put the verb last: "بر لزوم ... تاکید کرد", the object after "بر".
            None if !self.latin => match (ws..v).rev().find(|&j| w.para.folded.word(j) == "بر") {
                Some(b) if emphasis => (b + 1, v),
                // "وی اعلام کرد ایران ...": a clause right after the verb is what was said.
                _ if self.clause_follows(w, after_verb, we) => (after_verb, we),
                _ => return,
            },
            None => return,
        };
        // A second speech verb after the first is another speaker's clause ("X wrote that A,
        // but the prosecutor announced that B", "X added that while Y said that B"): the
        // statement stops before it, and is nobody's when it starts after it.
        let second = (after_verb..end).find(|&j| w.cue(j) == Some(Cue::Speech));
        let end = match second {
            Some(j) if j <= start => return,
            Some(j) => {
                (start + 1..j).rev().find(|&k| CONJUNCTIONS.contains(&w.para.folded.word(k))).unwrap_or(end)
            }
            None => end,
        };
        if start >= end {
            return;
        }
        let speaker = self.speaker_of_verb(w, v, ws, subject);
        if speaker.is_some() {
            self.push(
                w.para.index,
                w.para.index,
                w.text_through(start..end).to_owned(),
                QuoteKind::Reported,
                speaker,
            );
        }
    }

    /// "According to the ministry, ..." and "..., according to the ministry.": the source
    /// as written (up to a comma), and the statement on the other side of it.
    pub(super) fn according_to(&mut self, w: &Words<'_>, ws: usize, a: usize, from: usize, we: usize) {
        let source_end = (from + 1..we).find(|&j| w.gap_before(j).contains([',', ';'])).unwrap_or(we);
        let statement = if a == w.skip_lead(ws, we).min(a) && a <= ws + 1 && source_end < we {
            source_end..we
        } else if source_end == we && a > ws + 3 && w.gap_before(a).contains(',') {
            ws..a
        } else {
            return;
        };
        if source_end - from > 8 {
            return;
        }
        let source = match w.titled(from, source_end) {
            Subject::Known(s) => self.resolve(&Subject::Known(s)),
            _ => None,
        }
        .unwrap_or_else(|| Speaker {
            entity: None,
            name: w.text(from..source_end).to_owned(),
            via: Via::Description,
        });
        let p = w.para.index;
        self.push(p, p, w.text_through(statement).to_owned(), QuoteKind::Reported, Some(source));
    }

    /// In Persian and Arabic, true when a clause of a few words follows a speech verb
    /// directly (or after a comma), not another verb, a conjunction or a preposition.
    pub(super) fn clause_follows(&self, w: &Words<'_>, after_verb: usize, we: usize) -> bool {
        let gap = w.gap_before(after_verb);
        // The clause is set off from the verb by a space or a comma, never joined to it.
        after_verb + 3 <= we
            && gap.contains([' ', '،', ','])
            && !gap.contains([':', '.', '؛', '«', '"'])
            && w.cue(after_verb)
                .is_none_or(|c| !matches!(c, Cue::Preposition | Cue::Speech | Cue::Participle))
    }

    /// "“…,” Bou Habib said, adding that Lebanon had asked ...": reported speech after a
    /// quotation, by its speaker.
    pub(super) fn adding_that(&mut self, w: &Words<'_>, from: usize, we: usize, speaker: Speaker) {
        let Some(v) = (from..we).find(|&i| w.cue(i) == Some(Cue::Participle)) else { return };
        let next = w.cue_span(v).map_or(v + 1, |c| c.1);
        if w.cue(next) == Some(Cue::That) {
            let start = w.cue_span(next).map_or(next + 1, |c| c.1);
            if start < we && !(start..we).any(|j| w.gap_before(j).contains(['“', '"', '«'])) {
                let p = w.para.index;
                self.push(p, p, w.text_through(start..we).to_owned(), QuoteKind::Reported, Some(speaker));
            }
        }
    }

    /// "He said Tehran had sent messages", "said Monday his government was working": the
    /// start of what was said right after the verb (past a day), in English.
    pub(super) fn said_clause(
        &self,
        w: &Words<'_>,
        verb: usize,
        after_verb: usize,
        we: usize,
    ) -> Option<usize> {
        const DAYS: &[&str] = &[
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday",
        ];
        if !self.latin || !SAYS_CLAUSE.contains(&w.para.folded.word(verb)) {
            return None;
        }
        let mut j = after_verb;
        if j < we && DAYS.contains(&w.para.folded.word(j)) {
            j += 1;
        }
        let plain = j + 2 < we
            && !w.gap_before(j).contains([',', ':', ';', '.', '“', '"'])
            && !matches!(w.cue(j), Some(Cue::Preposition | Cue::Speech | Cue::Participle | Cue::Naming));
        plain.then_some(j)
    }

    /// "The Islamic Republic has always supported ..., Qalibaf said." in `ws..we`: the
    /// clause before a comma, then a speaker and a speech verb. True when found.
    pub(super) fn clause_then_said(&mut self, w: &Words<'_>, ws: usize, we: usize) -> bool {
        if !self.latin {
            return false;
        }
        // "Asked about ..., Kanaani said:" opens with a verb: not a statement.
        if matches!(w.cue(ws), Some(Cue::Speech | Cue::Participle)) {
            return false;
        }
        for v in ws + 2..we {
            if w.cue(v) != Some(Cue::Speech) {
                continue;
            }
            let verb_end = w.cue_span(v).map_or(v + 1, |c| c.1);
            let ends = verb_end >= w.len() || w.gap_before(verb_end).contains([',', '.']);
            let who_start = (ws..v).rev().find(|&j| w.gap_before(j).contains(',')).unwrap_or(ws);
            if !ends || who_start <= ws + 2 || v - who_start > 6 || w.starts_with_lead(ws, who_start) {
                continue;
            }
            // "..., Ward said", "..., he said", "..., officials said".
            let who = match w.adjacent(v, ws) {
                Some((who, _)) => who,
                None => w.subject(who_start, v),
            };
            let speaker = self.resolve(&who).or_else(|| self.as_written(w, &who, who_start, v));
            if let Some(speaker) = speaker {
                let text = w.text(ws.max(w.dateline_end)..who_start).to_owned();
                self.push(w.para.index, w.para.index, text, QuoteKind::Reported, Some(speaker));
                return true;
            }
        }
        false
    }
}
