//! Speech after a colon: a transcript's turn ("ELLISON: ..."), the headline form ("Name:
//! ..."), "X said: ..." and what Persian and Arabic state before the verb; a quotation in
//! marks after a colon that a name or a noun of speech introduces ("Rep. Ada Ward:", "Ward
//! gave a short reply:"); a speech verb held back from its quotation by a phrase of
//! setting ("said on Monday, when ...,"); and words signed with a dash and a name ("“…” ―
//! Ada Ward", a reader's comment).

use super::*;

impl<'a> QuoteFinder<'a> {
    /// "“…” ― Ada Ward, mayor of Dover": the name that signs the words after a dash, from
    /// word `i` to a comma or `to`, when it is all of them. English.
    pub(super) fn signed(&self, w: &TaggedPara<'_>, i: usize, to: usize) -> Option<Option<Speaker>> {
        if !self.latin || i >= to || !is_dash(w.gap_before(i)) {
            return None;
        }
        let end = (i + 1..to).find(|&j| w.gap_before(j).contains(',')).unwrap_or(to);
        // A short description may follow the name ("mayor of Dover"), not a clause.
        let described = to - end <= 6
            && (end..to)
                .all(|j| !matches!(w.para.folded.word(j), "who" | "which" | "that") && !verb_like(w, j));
        if !described {
            return None;
        }
        match w.unregistered_name(i, end) {
            Some(Subject::Known(s)) if end - i >= 2 && s.name == w.text(i..end) => Some(self.full_name(&s)),
            _ => None,
        }
    }

    /// "I am a ferry captain, and I will not vote for her. ― Ada Ward": a paragraph with no
    /// marks that a dash and a name sign, in the first person, is that person's comment.
    /// True when found.
    pub(super) fn signed_paragraph(&mut self, all: &Article<'_>, p: usize) -> bool {
        let w = &all.words[p];
        if !self.latin {
            return false;
        }
        let Some(d) = (1..w.len()).rev().find(|&j| is_dash(w.gap_before(j))) else { return false };
        let marked = all.marked.iter().any(|q| q.first_paragraph() <= p && q.last_paragraph() >= p);
        let first_person =
            (0..d).any(|j| matches!(w.para.folded.word(j), "i" | "we" | "my" | "me" | "our" | "us"));
        if marked || !first_person {
            return false;
        }
        let Some(Some(speaker)) = self.signed(w, d, w.len()) else { return false };
        // The words up to the dash, with their closing punctuation.
        let gap = w.gap_before(d);
        let dash = gap.find(|c: char| DASHES.contains(&c) || c == '-').unwrap_or(gap.len());
        let (start, end) = (w.bytes(w.dateline_end.min(d - 1)).start, w.bytes(d - 1).end + dash);
        let text = w.para.text[start..end].trim().to_owned();
        self.push(p, p, text, QuoteKind::Direct, Some(speaker));
        true
    }

    /// "X said: ..." and the headline form "X: ...": speech from the colon to the end of
    /// the paragraph. True when found.
    pub(super) fn colon(
        &mut self,
        all: &Article<'_>,
        w: &TaggedPara<'_>,
        ws: usize,
        we: usize,
        subject: &Subject,
    ) -> bool {
        let p = w.para.index;
        // A transcript's turn: "ELLISON: They will."
        if ws == 0
            && let Some(end) = w.transcript_label()
            && let Some(speaker) = self.labelled(all, w, end)
        {
            self.push_rest(w, end, Some(speaker));
            return true;
        }
        // Headline form: a name, then a colon, opening the paragraph.
        if ws == 0 {
            let head = w.mention(0).map(|m| (m.words.end, Subject::Known(w.speaker(m)))).or_else(|| match w
                .unregistered_name(0, we)
            {
                // The name's run ends at the first gap that is not a space or hyphen.
                Some(Subject::Known(s)) => (1..we)
                    .find(|&j| !matches!(w.gap_before(j).trim(), "" | "-"))
                    .map(|j| (j, Subject::Known(s))),
                _ => None,
            });
            if let Some((end, who)) = head
                && end < w.len()
                && w.gap_before(end).trim() == ":"
            {
                let is_person =
                    matches!(&who, Subject::Known(s) if s.entity.is_none_or(|e| w.index.is_person(e)));
                if is_person {
                    let speaker = self.resolve(&who);
                    self.push_rest(w, end, speaker);
                    return true;
                }
            }
        }
        let Some((v, end)) = (ws..we)
            .filter(|&i| matches!(w.cue(i), Some(Cue::Speech | Cue::Participle)))
            .find_map(|i| self.speech_colon(w, i, we).map(|end| (i, end)))
        else {
            return false;
        };
        let speaker = self.speaker_of_verb(w, v, ws, subject);
        if let Some(s) = &speaker {
            self.stated_before(w, ws, v, subject, s);
        }
        if end >= w.len() {
            self.pending_colon = Some(speaker);
            return true;
        }
        let _ = p;
        self.push_rest(w, end, speaker);
        true
    }

    /// What the speaker of colon speech states before the verb, in Persian and Arabic:
    /// "X با بیان اینکه A، گفت: B" (A after the participle) and "وی A را B دانست و گفت: C"
    /// (A as a judgement, by a speaker named by pronoun or name before it).
    pub(super) fn stated_before(
        &mut self,
        w: &TaggedPara<'_>,
        ws: usize,
        v: usize,
        subject: &Subject,
        speaker: &Speaker,
    ) {
        if self.latin {
            return;
        }
        let participle = (ws..v).find(|&j| w.cue(j) == Some(Cue::Participle)).and_then(|j| w.cue_span(j));
        if let Some((_, from)) = participle {
            let end = (from..v).find(|&j| w.cue(j) == Some(Cue::Participle)).unwrap_or(v);
            if from < end {
                self.push_reported(w, w.text(from..end).to_owned(), speaker.clone());
            }
            return;
        }
        // "وی A دانست و گفت": a verb of judgement, then "و", then the speech verb.
        let judged = (ws + 1..v.saturating_sub(1))
            .find(|&j| w.cue(j) == Some(Cue::Naming) && w.cue_span(j).is_some_and(|(_, e)| e + 1 == v));
        if let Some(j) = judged
            && matches!(subject, Subject::Pronoun(_))
            && let from = w.skip_lead(ws, v) + 1
            && from < j
        {
            self.push_reported(w, w.text(from..j).to_owned(), speaker.clone());
        }
    }

    /// The speaker a transcript label names: the full name the article gives for its
    /// last word; else, when another paragraph opens with a label too (a transcript, not
    /// a lone heading or dateline), the label with only its first letters in capitals
    /// ("REDDY" gives Reddy).
    pub(super) fn labelled(&self, all: &Article<'_>, w: &TaggedPara<'_>, end: usize) -> Option<Speaker> {
        if let Some(full) = self.article_names().full(w.para.folded.word(end - 1)) {
            return Some(Speaker { entity: None, name: full.to_owned(), via: Via::Unregistered });
        }
        all.words.iter().filter(|o| o.transcript_label().is_some()).nth(1)?;
        let label = w.text(0..end);
        let mut name = String::with_capacity(label.len());
        let mut first = true;
        for c in label.chars() {
            if first {
                name.extend(c.to_uppercase())
            } else {
                name.extend(c.to_lowercase())
            }
            first = !c.is_alphanumeric();
        }
        Some(Speaker { entity: None, name, via: Via::Unregistered })
    }

    /// Where colon speech introduced by the verb at `v` starts: right after "said:", or in
    /// English after a short phrase of time or place ("said at his weekly press
    /// conference on Monday:").
    pub(super) fn speech_colon(&self, w: &TaggedPara<'_>, v: usize, we: usize) -> Option<usize> {
        let end = w.cue_span(v).map_or(v + 1, |c| c.1);
        if w.gap_before(end).contains(':') {
            return Some(end);
        }
        if !self.latin || end >= we || !SETTING.contains(&w.para.folded.word(end)) {
            return None;
        }
        let colon = (end + 1..=we.min(end + MAX_SETTING)).find(|&k| w.gap_before(k).contains(':'))?;
        let plain = (end + 1..colon).all(|j| {
            !matches!(w.cue(j), Some(Cue::Speech | Cue::Participle))
                && !w.gap_before(j).contains(['.', '!', '?', ';', '“', '"', '«'])
        });
        plain.then_some(colon)
    }

    /// "Ward said in the spring, when the storm hit the pier, “…”": the speech verb of a
    /// quotation opening at word `open` after a comma, held back from it by a phrase of
    /// time or setting that follows the verb.
    pub(super) fn verb_before_setting(&self, w: &TaggedPara<'_>, from: usize, open: usize) -> Option<usize> {
        if !self.latin || !w.gap_before(open).contains(',') {
            return None;
        }
        let floor = from.max(open.saturating_sub(MAX_VERB_GAP + 3 + MAX_SETTING));
        let v = (floor..open).rev().find(|&j| w.cue(j) == Some(Cue::Speech))?;
        let end = w.cue_span(v).map_or(v + 1, |c| c.1);
        let setting = end < open && {
            let first = w.para.folded.word(end);
            SETTING.contains(&first) || matches!(first, "when" | "while" | "as")
        };
        let plain = (end + 1..open).all(|j| {
            !matches!(w.cue(j), Some(Cue::Speech | Cue::Participle | Cue::That))
                && !w.gap_before(j).contains(['.', '!', '?', ';', ':', '“', '"', '«'])
        });
        (setting && plain).then_some(v)
    }

    /// "Rep. Ada Ward (R-Maine): “…”": a quotation after a colon whose clause, up to the
    /// colon, is only a name (with its titles and a bracketed party and state), as
    /// transcripts and fact checks label turns.
    pub(super) fn name_label(&self, w: &TaggedPara<'_>, from: usize, open: usize) -> Option<Option<Speaker>> {
        if !self.latin || !w.gap_before(open).contains(':') {
            return None;
        }
        // "Former harbour master Ada Ward:", or the name alone.
        if let titled @ Subject::Known(_) = w.titled(from, open) {
            return Some(self.resolve(&titled));
        }
        // "Kasich resisted: “…”": a name, then one verb in "-ed", then the colon.
        let v = open - 1;
        let past =
            v > from && !w.capitalised(v) && w.cue(v).is_none() && w.para.folded.word(v).ends_with("ed");
        if past
            && (from..v).all(|j| w.capitalised(j) || w.cue(j) == Some(Cue::Skip))
            && let Some(name @ Subject::Known(_)) = w.opening_name(from, open, self.article_names())
        {
            return Some(self.resolve(&name));
        }
        // "Ferry operator Ada Ward:", "Former secretary of state Ada Ward:": a name after at
        // most five words that describe them.
        let (subject, start) = w.adjacent(open, from)?;
        let describes = |j: usize| {
            (w.cue(j).is_none_or(|c| matches!(c, Cue::Skip | Cue::Title | Cue::PersonNoun))
                || j > from && w.para.folded.word(j) == "of")
                && !w.gap_before(j + 1).contains([',', ';'])
                && (!w.gap_before(j + 1).contains('.') || w.abbreviation(j))
        };
        let only_name = start - from <= 5 && (from..start).all(describes);
        (only_name && matches!(subject, Subject::Known(_))).then(|| self.resolve(&subject))
    }

    /// "Ward gave a short reply: “…”": a quotation after a colon, in a clause that
    /// names speech with a noun and opens with a name, is that name's.
    pub(super) fn speech_noun(
        &self,
        w: &TaggedPara<'_>,
        from: usize,
        open: usize,
    ) -> Option<Option<Speaker>> {
        let colon = self.latin && w.gap_before(open).contains(':');
        let noun = (from..open).any(|j| cues::is_speech_noun(w.para.folded.word(j)));
        let name = (colon && noun).then(|| w.opening_name(from, open, self.article_names())).flatten()?;
        Some(self.resolve(&name))
    }

    /// Pushes the text from word `from` to the end of the paragraph as direct speech.
    pub(super) fn push_rest(&mut self, w: &TaggedPara<'_>, from: usize, speaker: Option<Speaker>) {
        let text = w.text_through(from..w.len()).to_owned();
        if crate::markdown::count_words(&text) == 0 {
            return;
        }
        let p = w.para.index;
        self.push(p, p, text, QuoteKind::Direct, speaker);
    }
}
