//! Reported speech whose speaker comes after it: "The toll will stay, Ward said.", "...,
//! said harbour economist Lena Brask.", a speaker set off inside the statement ("In the
//! end, Ward said, voters stay home") and what a speaker adds after a quotation.

use super::reported::TELLS;
use super::*;
use crate::analysis::facts::is_day_word;

impl<'a> QuoteFinder<'a> {
    /// True when the words `from..we` that end a sentence are a short phrase of time or
    /// setting ("on Tuesday", "in an interview", "last week"), as after "..., she said".
    fn setting_to_end(&self, w: &TaggedPara<'_>, from: usize, we: usize) -> bool {
        let f = &w.para.folded;
        from < we
            && we - from <= 4
            && (SETTING.contains(&f.word(from))
                || matches!(f.word(from), "last" | "this")
                || is_day_word(f.word(from)))
            && (from + 1..we).all(|j| !w.gap_before(j).contains([',', ';', ':']))
    }

    /// "The Islamic Republic has always supported ..., Qalibaf said." in `ws..we`: the
    /// clause before a comma, then a speaker and a speech verb. True when found.
    pub(super) fn clause_then_said(&mut self, w: &TaggedPara<'_>, ws: usize, we: usize) -> bool {
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
            let rest = self.attribution_end(w, v, verb_end, we);
            let ends = rest >= w.len()
                || w.gap_before(rest).contains([',', '.'])
                || self.setting_to_end(w, rest, we);
            if let Some(found) = self.said_then_name(w, ws, (v, verb_end), we) {
                if found {
                    return true;
                }
                continue;
            }
            let who_start = (ws..v).rev().find(|&j| w.gap_before(j).contains(',')).unwrap_or(ws);
            // "In the end, Ward said, voters stay home", "The repairs, engineers said, were
            // done": the speaker set off by commas inside what was said.
            let aside = verb_end < we
                && w.gap_before(verb_end).trim() == ","
                && !self.setting_to_end(w, verb_end, we)
                && !matches!(
                    w.cue(verb_end),
                    Some(Cue::Participle | Cue::Speech | Cue::Preposition | Cue::AccordingTo)
                );
            let lead = w.starts_with_lead(ws, who_start);
            let lead_only = lead && only_a_lead(w, ws, who_start);
            // "…, saying he had told the board": a participle's clause, not a speaker.
            let participle = (who_start..v).any(|j| w.cue(j) == Some(Cue::Participle));
            if !ends || who_start <= ws + 2 || v - who_start > 6 || (lead_only && !aside) || participle {
                continue;
            }
            // "..., Ward said", "..., he said", "..., officials said".
            let who = match w.adjacent(v, ws) {
                Some((who, _)) => who,
                None => w.subject(who_start, v),
            };
            let speaker = self
                .resolve(&who)
                .or_else(|| self.as_written(w, &who, who_start, v))
                .or_else(|| self.subject_as_written(w, who_start, v));
            if let Some(speaker) = speaker {
                let before = w.text(ws.max(w.dateline_end)..who_start);
                // "In the end, voters stay home"; "The repairs were done".
                let text = if aside {
                    let joint = if lead { ", " } else { " " };
                    format!("{before}{joint}{}", w.text_through(verb_end..we))
                } else {
                    before.to_owned()
                };
                self.push_reported(w, text, speaker.clone());
                // "..., Ward said, adding that ...": what she added is hers too.
                self.adding_that(w, verb_end, we, speaker, false);
                return true;
            }
        }
        false
    }

    /// Where the attribution of the speech verb at `v` (ending at `verb_end`) ends: past
    /// the person told ("..., he told reporters", "..., he told the court in a filing").
    fn attribution_end(&self, w: &TaggedPara<'_>, v: usize, verb_end: usize, we: usize) -> usize {
        if !TELLS.contains(&w.para.folded.word(v)) {
            return verb_end;
        }
        if let Some(end) = self.person_told(w, verb_end, we) {
            return end;
        }
        // An object of a word or two after a determiner.
        let determined =
            verb_end < we && matches!(w.para.folded.word(verb_end), "the" | "a" | "his" | "her" | "their");
        if !determined {
            return verb_end;
        }
        (verb_end + 2..=we.min(verb_end + 3))
            .find(|&k| k >= we || w.gap_before(k).contains([',', '.']) || self.setting_to_end(w, k, we))
            .unwrap_or(verb_end)
    }

    /// "..., said Tom Lisle, a harbour engineer.": a statement, then the speech verb at
    /// `v` (ending at `verb_end`) and the speaker after it, which must be a name (with
    /// its titles) alone up to the sentence's end or a comma ("said Ada Ward would stay"
    /// is a statement about her). None when the sentence has not that shape; else
    /// whether a statement was pushed.
    fn said_then_name(
        &mut self,
        w: &TaggedPara<'_>,
        ws: usize,
        (v, verb_end): (usize, usize),
        we: usize,
    ) -> Option<bool> {
        let name_end = (verb_end + 1..we).find(|&j| w.gap_before(j).contains(',')).unwrap_or(we);
        // "The mayor, Ada Ward, told the Gazette": whom a verb of telling is followed by was
        // told, and never speaks.
        let comma = w.gap_before(v).trim() == "," && !TELLS.contains(&w.para.folded.word(v));
        // "Ada Ward, who ran the port, said ...": a subject and its relative clause.
        let relative = (ws..v).any(|j| matches!(w.para.folded.word(j), "who" | "whose" | "which"));
        // "..., says harbour economist Lena Brask in Tromsø.": a description, then the name.
        if comma
            && !relative
            && v > ws + 2
            && !w.starts_with_lead(ws, v)
            && name_end == we
            && let Some(who) = w.described_name(verb_end, we)
            && let Some(speaker) = self.resolve(&who)
        {
            let text = w.text(ws.max(w.dateline_end)..v).to_owned();
            self.push_reported(w, text, speaker);
            return Some(true);
        }
        let only_name = name_end > verb_end
            && name_end - verb_end <= 5
            && (verb_end..name_end).all(|j| {
                w.capitalised(j) || matches!(w.cue(j), Some(Cue::Skip | Cue::Title | Cue::PersonNoun))
            });
        // "Ada Ward, who ran the port, said ...": a subject and its relative clause.
        if !only_name || !comma || relative || v <= ws + 2 || w.starts_with_lead(ws, v) {
            return None;
        }
        let who = w.named_after_verb(verb_end, we);
        let Subject::Known(_) = who else { return Some(false) };
        let Some(speaker) = self.resolve(&who) else { return Some(false) };
        let text = w.text(ws.max(w.dateline_end)..v).to_owned();
        self.push_reported(w, text, speaker);
        Some(true)
    }

    /// "“…,” Bou Habib said, adding that Lebanon had asked ...": reported speech after a
    /// quotation, by its speaker; `subject_first` when the sentence names them before it.
    pub(super) fn adding_that(
        &mut self,
        w: &TaggedPara<'_>,
        from: usize,
        we: usize,
        speaker: Speaker,
        subject_first: bool,
    ) {
        let Some(v) = (from..we).find(|&i| w.cue(i) == Some(Cue::Participle)) else {
            if subject_first {
                self.and_said(w, from, we, speaker);
            }
            return;
        };
        let next = w.cue_span(v).map_or(v + 1, |c| c.1);
        if w.cue(next) == Some(Cue::That) {
            let start = w.cue_span(next).map_or(next + 1, |c| c.1);
            if start < we && !(start..we).any(|j| w.gap_before(j).contains(['“', '"', '«'])) {
                self.push_reported(w, w.text_through(start..we).to_owned(), speaker);
            }
        }
    }

    /// "Ward called the plan “a disaster” and said the council should vote again", "Ward,
    /// citing “…,” said the town could ...": the verb of the subject named before the
    /// quotation, after it, reports the clause it takes too. Not "“…,” Lisle said"
    /// (another subject), nor a name after the verb.
    fn and_said(&mut self, w: &TaggedPara<'_>, from: usize, we: usize, speaker: Speaker) {
        let f = &w.para.folded;
        let joins = |i: usize| matches!(f.word(i), "and" | "but" | "then" | "also" | "later");
        let Some(v) = (from..we)
            .take_while(|&i| joins(i) || w.cue(i) == Some(Cue::Speech))
            .find(|&i| w.cue(i) == Some(Cue::Speech))
        else {
            return;
        };
        let after = w.cue_span(v).map_or(v + 1, |c| c.1);
        if after >= we
            || w.capitalised(after)
            || (after..we).any(|j| w.gap_before(j).contains(['“', '"', '«']))
        {
            return;
        }
        if let Some((start, end)) = self.statement(w, from, v, we) {
            self.push_reported(w, w.text_through(start..end).to_owned(), speaker);
        }
    }
}

/// True when the words `ws..who_start` before a speaker are a lead phrase alone, which
/// says nothing ("Asked about the talks, Ward said", "As Ward, a lawyer, put it"); a lead
/// with a clause does ("In all, the talks went well, Ward said", "Seeing the storm made
/// him stay, he said").
fn only_a_lead(w: &TaggedPara<'_>, ws: usize, who_start: usize) -> bool {
    // "After Ward accused him of bias, he warned": a clause a subordinator opens, with no
    // comma in it, is the setting of what the speaker said, not what was said.
    let first = w.first_content_word(ws, who_start);
    let subordinate = w.latin()
        && first < who_start
        && opens_leading_clause(w.para.folded.word(first))
        && !(first + 1..who_start).any(|j| w.gap_before(j).contains([',', ';', ':']));
    if subordinate {
        return true;
    }
    let after_lead = w.skip_lead(ws, who_start);
    // The lead runs up to the speaker: a lead alone unless a verb makes it a clause.
    if after_lead <= ws || after_lead >= who_start {
        return !(ws..who_start).any(|k| verb_like(w, k));
    }
    after_lead + 3 > who_start || matches!(w.para.folded.word(after_lead), "who" | "whose" | "which")
}
