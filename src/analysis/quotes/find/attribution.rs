//! Who said a quotation in marks: the speech verb before or after it and its subject, a
//! name set off by commas or a colon, a pronoun or description resolved to the person the
//! text is about, an unregistered name written in full.

use std::ops::Range;

use super::objects::stated_in;
use super::reported::unnamed_documents;
use super::written::{description_as_written, opening_description};
use super::*;

/// Words that open a clause between a quotation and its speech verb ("“…,” since so many
/// piers were built at once, said Ward"), and the most words such a clause may have. Not
/// "as", whose clause attributes the quotation ("“…,” as Lisle said last week").
const SUBORDINATE_ASIDES: &[&str] = &["since", "because", "although", "though", "while", "when", "even"];
const MAX_ASIDE_WORDS: usize = 22;

impl<'a> QuoteFinder<'a> {
    /// Finds the cue of a quotation from the words before it and after it.
    pub(super) fn attribute(
        &self,
        w: &TaggedPara<'_>,
        subject: &Subject,
        before: Range<usize>,
        after_w: &TaggedPara<'_>,
        after: Range<usize>,
    ) -> Attribution {
        // "so-called “harbour duty” reports": a term the writer holds at a distance, whatever
        // verb-like word follows it.
        let open = before.end;
        let f = &w.para.folded;
        if open > 0
            && (f.word(open - 1) == "so-called"
                || (open > 1 && f.word(open - 2) == "so" && f.word(open - 1) == "called"))
        {
            return Attribution::Label;
        }
        // "After Ward said that pupils would do better at “smaller schools,” Kemp said:
        // “…”": a verb after the quotation that a colon ends introduces the next one, and
        // a speech verb before the quotation has it already.
        let forward = (after.start..after.end.min(after.start + 6))
            .any(|j| after_w.cue(j) == Some(Cue::Speech) && after_w.gap_before(j + 1).contains(':'));
        let claimed = (before.start..before.end).any(|j| w.cue(j) == Some(Cue::Speech));
        if let Some(s) = self.said_after(after_w, after.clone()).filter(|_| !(forward && claimed)) {
            return Attribution::Said(s);
        }
        if let Some(a) = self.named_before_verb((w, before.clone()), (after_w, after.clone()), subject) {
            return a;
        }
        if open <= before.start {
            return Attribution::Unmarked;
        }
        let introduced = w.gap_before(open).contains([',', ':', '،']) || w.cue(open - 1) == Some(Cue::That);
        // "told reporters that she had met him and that “…”": a second clause of what was
        // said reaches back to the verb of the first.
        let second_clause =
            open >= 2 && w.cue(open - 1) == Some(Cue::That) && w.para.folded.word(open - 2) == "and";
        // "وقال حداد في مؤتمر صحفي عقده في العاصمة: «…»": Arabic sets the scene after the
        // verb and its subject, before the colon.
        let near = introduced && !second_clause && !w.arabic();
        let reach = if near { MAX_VERB_GAP + 3 } else { PARTIAL_REACH };
        let floor = before.start.max(open.saturating_sub(reach));
        // "… as “the party of government,” From said": a speech verb after the quotation
        // names whose words they are, even when its speaker is not made out; not one that
        // "and" joins to the verb before it ("called it “a disaster” and said ...").
        let joined = |j: usize| j > 0 && matches!(after_w.para.folded.word(j - 1), "and" | "but");
        let speech_after = (after.start..after.end.min(after.start + 4))
            .any(|j| after_w.cue(j) == Some(Cue::Speech) && !joined(j));
        if let Some(s) = self.absolute_with(w, before.start, open) {
            let naming = (before.start..open).any(|j| w.cue(j) == Some(Cue::Naming));
            return if naming { Attribution::Judged(s) } else { Attribution::Partial(Some(s)) };
        }
        if let Some((v, as_at)) = self.judged_as(w, floor, open).filter(|_| !speech_after) {
            // "Ward said ... and accused him of “…”": a charge with no name by its verb is
            // the clause's speaker's, or read as after any verb; "dismissed as “…”" by no
            // one named is a label.
            match self.naming_speaker(w, v, (before.start, as_at), subject, false) {
                Attribution::Label if w.para.folded.word(as_at) != "as" => {
                    if let Some(s) = self.speaker_of_verb(w, v, before.start, subject) {
                        return Attribution::Judged(s);
                    }
                }
                found => return found,
            }
        }
        if let Some(speaker) = self.quoted_by_subject(w, subject, before.start, open) {
            return Attribution::Partial(Some(speaker));
        }
        let Some(v) = (floor..open)
            .rev()
            .find(|&i| {
                matches!(w.cue(i), Some(Cue::Speech | Cue::Participle | Cue::Naming | Cue::AccordingTo))
            })
            .or_else(|| self.verb_before_setting(w, before.start, open))
        else {
            let label =
                self.name_label(w, before.start, open).or_else(|| self.speech_noun(w, before.start, open));
            return label.map_or(Attribution::Unmarked, Attribution::Said);
        };
        // "Said Nell Ostrander, who grew up by the pier: “…”": a verb that opens the
        // sentence has its speaker after it.
        let opens = self.latin && v == before.start && w.capitalised(v) && w.cue(v) == Some(Cue::Speech);
        let speaker = match w.cue(v) {
            _ if opens => self.resolve(&w.named_after_verb(w.cue_span(v).map_or(v + 1, |c| c.1), open)),
            Some(Cue::Naming) if speech_after => return Attribution::Label,
            Some(Cue::Naming) => return self.naming_speaker(w, v, (before.start, open), subject, introduced),
            Some(Cue::AccordingTo) => self.named_after(w, w.cue_span(v).map_or(v, |c| c.1), open),
            _ => self.speaker_of_verb(w, v, before.start, subject),
        };
        if introduced { Attribution::Said(speaker) } else { Attribution::Partial(speaker) }
    }

    /// "“…,” he added", "“…,” Qalibaf said", "“…,” said Qalibaf", "“…,” foreign
    /// ministry spokesman Majed al-Ansari told reporters".
    pub(super) fn said_after(&self, w: &TaggedPara<'_>, after: Range<usize>) -> Option<Option<Speaker>> {
        let i = after.start;
        if i >= after.end {
            return None;
        }
        if w.cue(i) == Some(Cue::AccordingTo) {
            return Some(self.source_after(w, i, after.end));
        }
        if let Some(signed) = self.signed(w, i, after.end) {
            return Some(signed);
        }
        // "said the board was “corrupt,” and Tom Lisle said ...": a conjunction opens a
        // clause with its own speaker, not the quotation's attribution; the statement may
        // go on before its speaker ("“…” and against the law, Ward said").
        let conjunction = matches!(w.para.folded.word(i), "and" | "but" | "while" | "whereas");
        let own_speaker = (i + 1..after.end.min(i + 8))
            .take_while(|&j| !w.gap_before(j).contains([',', ';', ':']))
            .any(|j| w.cue(j) == Some(Cue::Speech));
        if self.latin && conjunction && own_speaker {
            return None;
        }
        let is_verb = |j: usize| j < after.end && matches!(w.cue(j), Some(Cue::Speech | Cue::Participle));
        if is_verb(i) {
            let j = w.cue_span(i).map_or(i + 1, |c| c.1);
            if j >= after.end {
                return None;
            }
            // "said a union organiser who spoke on condition of anonymity": a description
            // as written, up to its relative clause.
            let who = w.named_after_verb(j, after.end);
            let relative =
                (j + 1..after.end).find(|&k| matches!(w.para.folded.word(k), "who" | "which" | "whose"));
            let end = relative.unwrap_or(after.end);
            // "Ward, citing “…,” said the council could still win": a clause after the verb
            // is what was said, so the verb is not this quotation's.
            if self.latin && (j..end).any(|k| AUXILIARIES.contains(&w.para.folded.word(k))) {
                return None;
            }
            // "said one fisherman familiar with the rescue": whoever the verb introduces;
            // "said one" or "said another" alone describes no one.
            let introduced = self.latin && DETERMINERS.contains(&w.para.folded.word(j)) && end > j + 1;
            return Some(self.resolve(&who).or_else(|| match who {
                Subject::Someone(_) => description_as_written(w, j, end),
                Subject::Nothing if introduced => description_as_written(w, j, end),
                _ => None,
            }));
        }
        let plain = |v: usize| !(i + 1..=v).any(|j| w.gap_before(j).contains([';', ':', '“', '"', '«']));
        // A full stop ends the attribution unless it ends an abbreviation or sits in brackets.
        let stops = |v: usize| w.full_stop(i, v);
        // "“…,” Ada Ward, a lawyer for the family, said": a name, an apposition, the verb.
        if let Some(end) = w.apposed_name(i, after.end)
            && let Some(v) =
                (end + 1..after.end.min(end + 25)).find(|&j| is_verb(j) && w.gap_before(j).contains(','))
            && plain(v)
            && !stops(v)
        {
            return Some(self.resolve(&w.titled(i, end)));
        }
        // "“…,” a former crew mate, Ada Ward, recalled": a description in lower
        // case (but for a name it belongs to: "Kemp's campaign manager"), then the name
        // between commas, then the verb.
        if self.latin
            && let Some(j) =
                (i + 1..after.end.min(i + 10)).find(|&j| w.gap_before(j).contains([',', '.', ';', ':']))
            && w.gap_before(j).trim() == ","
            && (i..j).all(|k| !w.capitalised(k) || w.possessive(k + 1))
            && let Some(end) = w.apposed_name(j, after.end)
            && (is_verb(end) || (w.adverb(end) && is_verb(end + 1)))
        {
            return Some(self.resolve(&w.titled(j, end)));
        }
        // "“…,” since so many were built in one decade, said Ada Ward": a clause a
        // subordinator opens may stand between the quotation and its verb after a comma.
        let clause = self.latin && SUBORDINATE_ASIDES.contains(&w.para.folded.word(i));
        let reach = if clause { MAX_ASIDE_WORDS } else { 10 };
        let comma_before = |j: usize| (i + 1..=j).rev().find(|&k| w.gap_before(k).contains(','));
        let v = (i + 1..after.end.min(i + reach))
            .find(|&j| is_verb(j) && (!clause || comma_before(j).is_some()))?;
        if !plain(v) || stops(v) {
            return None;
        }
        // "“…” in its dealings with Central Asia, said Ada Ward": after a comma, the
        // speaker follows the verb.
        let verb_end = w.cue_span(v).map_or(v + 1, |c| c.1);
        if w.gap_before(v).contains(',') && verb_end < after.end {
            return Some(self.resolve(&w.named_after_verb(verb_end, after.end)));
        }
        // After such a clause, the speaker stands between its comma and the verb.
        let i = if clause { comma_before(v).unwrap_or(i) } else { i };
        let who = if w.cue(i) == Some(Cue::Pronoun) {
            w.pronoun(i)
        } else {
            // "Texas-based pollster Ada Ward said": the name right before the verb.
            match w.titled(i, v) {
                t @ (Subject::Nothing | Subject::Someone(_)) => w.adjacent(v, i).map_or(t, |(s, _)| s),
                known => known,
            }
        };
        // Between the speaker and the verb, only adverbs ("Nasrallah also said").
        let named = match &who {
            Subject::Pronoun(_) => (i + 1..v).all(|j| w.cue(j) == Some(Cue::Skip)),
            // "“…,” the ferry company said", "“…,” NATO said": a group or an organisation
            // as written.
            Subject::Nothing => return self.subject_as_written(w, i, v).map(Some),
            Subject::Known(_) | Subject::Someone(_) => true,
        };
        let written = || self.subject_as_written(w, i, v).filter(|_| matches!(who, Subject::Known(_)));
        named.then(|| self.resolve(&who).or_else(|| self.as_written(w, &who, i, v)).or_else(written))
    }

    /// "«…». این را سلامی ... گفت": a quotation whose speaker the next sentence names.
    pub(super) fn said_next(&self, all: &Article<'_>, p: usize, s: &Range<usize>) -> Option<Option<Speaker>> {
        let w = &all.words[p];
        let next = all.sentences[p].iter().find(|n| n.start >= s.end)?;
        let (from, to) = (w.word_at(next.start), w.word_at(next.end));
        let f = &w.para.folded;
        let this = from + 1 < to && f.word(from) == "این" && f.word(from + 1) == "را";
        if !this || !(from..to).any(|j| w.cue(j) == Some(Cue::Speech)) {
            return None;
        }
        Some(self.resolve(&w.subject(from + 2, to)))
    }

    /// "…, with Tom Lisle taking to the radio to call Ward “deluded”": an absolute phrase
    /// of "with", a name and a participle, set off by a comma and running on to the marks
    /// at `open`, gives them to that name, not to the sentence's subject. English.
    fn absolute_with(&self, w: &TaggedPara<'_>, from: usize, open: usize) -> Option<Speaker> {
        let f = &w.para.folded;
        let with = (from..open).rev().find(|&j| f.word(j) == "with" && w.gap_before(j).contains(','))?;
        let ing = (with + 2..open).find(|&j| f.word(j).len() > 4 && f.word(j).ends_with("ing"))?;
        let plain = (with + 1..open).all(|j| !w.gap_before(j).contains([',', ';', ':']));
        match w.subject(with + 1, ing) {
            s @ Subject::Known(_) if self.latin && plain => self.resolve(&s),
            _ => None,
        }
    }

    /// The speaker of the speech verb at `verb`. The clause's subject when it is known
    /// ("Qalibaf, in a call with Haniyeh, said"); else, in English, the name right before a
    /// finite verb ("The speaker, Qalibaf, said"). A participle ("saying") has no name of
    /// its own: it takes the subject, or the speaker of a verb before it ("Qalibaf said,
    /// adding").
    pub(super) fn speaker_of_verb(
        &self,
        w: &TaggedPara<'_>,
        verb: usize,
        floor: usize,
        subject: &Subject,
    ) -> Option<Speaker> {
        // "rejected US claims that ...": a word that is a noun as often as a verb has for
        // speaker only the name right before it (the US), never the clause's subject.
        if self.latin && AMBIGUOUS.contains(&w.para.folded.word(verb)) {
            return w.adjacent(verb, floor).and_then(|(s, _)| self.resolve(&s));
        }
        if let Some(document) = stated_in(w, floor, verb) {
            return Some(document);
        }
        // "Ward quoted Lisle as saying: “…”": the person a verb of quoting names said it.
        if let Some(quoted) = self.quoted_as_saying(w, verb, floor) {
            return Some(quoted);
        }
        if w.cue(verb) == Some(Cue::Participle)
            && let Some(v) = (floor..verb).rev().find(|&i| w.cue(i) == Some(Cue::Speech))
        {
            return self.speaker_of_verb(w, v, floor, subject);
        }
        // "Ward caused a stir when a fisherman asked ...": a verb in a clause a subordinator
        // opens has that clause's subject, never the sentence's.
        if self.latin
            && let Some(start) = subordinate_start(w, floor, verb)
        {
            let named = w.adjacent(verb, start).map(|(s, _)| s);
            // "One of Lisle's outbursts came in May, when he told the Gazette ...": the
            // pronoun stands for the one person the main clause names as a possessor.
            if let Some(Subject::Pronoun(gender)) = named
                && let Some(possessor) = self.possessor(w, floor, start, gender)
            {
                return Some(possessor);
            }
            let opening = || w.opening_name(start, verb, self.article_names());
            return self.resolve(&named.or_else(opening).unwrap_or_else(|| w.subject(start, verb)));
        }
        // "She left after harbour engineer Tom Lisle noted that ...": after a word that
        // opens a phrase as often as a clause, a name right before the verb is its subject.
        if let Some(start) = clause_or_phrase_start(w, floor, verb)
            && let Some((s @ Subject::Known(_), _)) = w.adjacent(verb, start)
        {
            return self.resolve(&s);
        }
        // "The Islamic Republic has always supported them, Qalibaf said": a speaker set off
        // by a comma right before the verb is the speaker, whatever the clause's subject;
        // so is a name right before a second speech verb ("She said ..., to which Ward
        // interjected:").
        if self.latin
            && w.cue(verb) == Some(Cue::Speech)
            && let Some((s, start)) = w.adjacent(verb, floor)
            && start > floor
            && (w.gap_before(start).contains(',') || (floor..start).any(|j| w.cue(j) == Some(Cue::Speech)))
        {
            return self.resolve(&s);
        }
        // "The speech had begun when pier workers interrupted it, shouting “…”": a
        // participle after a clause a subordinator opens has that clause's subject.
        if self.latin
            && w.cue(verb) == Some(Cue::Participle)
            && verb > floor + 1
            && w.gap_before(verb).contains(',')
            && let Some(start) = subordinate_start(w, floor, verb - 1)
        {
            let end = (start + 1..verb).find(|&j| verb_like(w, j)).unwrap_or(verb);
            let named = w.opening_name(start, end, self.article_names()).and_then(|s| self.resolve(&s));
            return named.or_else(|| opening_description(w, start, end));
        }
        // "Lisle signed the order, while Ada Ward proposed a toll and said ...".
        if let Some(start) = contrast_start(w, floor, verb)
            && let Some(s) = w
                .opening_name(start, verb, self.article_names())
                .or_else(|| Some(w.subject(start, verb)).filter(|s| matches!(s, Subject::Known(_))))
        {
            return self.resolve(&s);
        }
        if let Subject::Known(_) = subject {
            return self.resolve(subject);
        }
        if w.cue(verb) == Some(Cue::Participle) {
            // "Ada Ward left the hearing, telling reporters, “…”": the participle's
            // speaker is the name that opens the clause, whatever its verb.
            let opening = || w.opening_name(floor, verb, self.article_names());
            return self.resolve(subject).or_else(|| opening().and_then(|s| self.resolve(&s)));
        }
        if !self.latin && *subject == Subject::Nothing {
            return self.known_before(w, verb);
        }
        if matches!(subject, Subject::Pronoun(_)) || !self.latin {
            // "He met Ali in 1996, and Nicklaus said ...": a clause of its own, after a
            // comma and a conjunction, has its own subject.
            let own_clause = |start: usize| {
                start > floor + 1
                    && matches!(w.para.folded.word(start - 1), "and" | "but")
                    && w.gap_before(start - 1).contains(',')
            };
            let named = self.latin.then(|| w.adjacent(verb, floor)).flatten();
            if let Some((s @ Subject::Known(_), start)) = named
                && own_clause(start)
            {
                return self.resolve(&s);
            }
            return self.resolve(subject);
        }
        // A name right before the verb; else a description of the person the text is
        // about ("the spokesman of the Foreign Ministry said"), or as written.
        let named = w.adjacent(verb, floor).and_then(|(s, _)| match s {
            // "Tom Lisle criticised the toll, which he said ...": a pronoun in a sentence a
            // name opens stands for that name.
            Subject::Pronoun(gender) => w
                .opening_name(floor, verb, self.article_names())
                .and_then(|o| self.resolve(&o))
                .filter(|o| self.may_be(gender, o))
                .or_else(|| self.resolve(&s)),
            s => self.resolve(&s),
        });
        named.or_else(|| match subject {
            Subject::Someone(_) => {
                let from = w.skip_lead(floor.max(w.dateline_end), verb);
                self.resolve(subject).or_else(|| self.as_written(w, subject, from, verb))
            }
            // "The harbour committee said: “…”": a group or an organisation as written.
            Subject::Nothing if self.latin && w.cue(verb) == Some(Cue::Speech) => {
                let written =
                    || self.subject_as_written(w, floor, verb).filter(|s| !unnamed_documents(&s.name));
                self.coordinated(w, verb, floor).or_else(written)
            }
            _ => self.coordinated(w, verb, floor),
        })
    }

    /// The one person named with a possessive ("Lisle's") in words `from..to`, when a
    /// pronoun of `gender` may stand for them.
    fn possessor(
        &self,
        w: &TaggedPara<'_>,
        from: usize,
        to: usize,
        gender: Option<Gender>,
    ) -> Option<Speaker> {
        let mut found = (from + 1..to)
            .filter(|&j| w.possessive(j))
            .filter_map(|j| {
                let start = (from..j).rev().take(4).take_while(|&k| w.capitalised(k)).last()?;
                self.resolve(&w.unregistered_name(start, j)?)
            })
            .filter(|s| self.may_be(gender, s));
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// The person named between a verb of quoting and "as" before the participle at `verb`
    /// ("quoted Tom Lisle as saying", "cited Lisle as saying"). English.
    fn quoted_as_saying(&self, w: &TaggedPara<'_>, verb: usize, floor: usize) -> Option<Speaker> {
        let f = &w.para.folded;
        if !self.latin || verb < floor + 3 || f.word(verb - 1) != "as" || w.cue(verb) != Some(Cue::Participle)
        {
            return None;
        }
        let (who, start) = w.adjacent(verb - 1, floor)?;
        let quoting =
            start > floor && matches!(f.word(start - 1), "quoted" | "quotes" | "quoting" | "cited" | "cites");
        quoting.then(|| self.resolve(&who)).flatten()
    }

    /// "Kovac called on him to resign and said, “…”", "Kovac denied it, but says ...": a
    /// speech verb joined by "and" or "but" to the clause's first verb shares its subject,
    /// the name that opens the clause (not "Kovac's aide resigned and said").
    fn coordinated(&self, w: &TaggedPara<'_>, verb: usize, floor: usize) -> Option<Speaker> {
        let joined = verb > floor && matches!(w.para.folded.word(verb - 1), "and" | "but");
        let possessive = (floor..verb).any(|j| w.possessive(j));
        if !joined || possessive {
            return None;
        }
        w.opening_name(floor, verb, self.article_names()).and_then(|s| self.resolve(&s))
    }

    /// A description that names no one ("a department official", "experts"), kept as
    /// the text writes it, from `from` to the verb at `verb`: a speaker who is no person
    /// of the registry and never the focus of a pronoun.
    pub(super) fn as_written(
        &self,
        w: &TaggedPara<'_>,
        subject: &Subject,
        from: usize,
        verb: usize,
    ) -> Option<Speaker> {
        matches!(subject, Subject::Someone(_)).then(|| description_as_written(w, from, verb)).flatten()
    }

    /// In a script without capitals, a speaker the article already named, right before
    /// the verb at `verb` ("... در این مراسم رضایی افزود"): the last word or words of a
    /// name met before.
    pub(super) fn known_before(&self, w: &TaggedPara<'_>, verb: usize) -> Option<Speaker> {
        let f = &w.para.folded;
        (1..=verb.min(3)).find_map(|n| {
            let key = (verb - n..verb).map(|j| f.word(j)).collect::<Vec<_>>().join(" ");
            let ends_name = |name: &&String| {
                name.strip_suffix(key.as_str()).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            };
            let full = self.names.iter().rev().find(ends_name)?;
            Some(Speaker { entity: None, name: self.written[full].clone(), via: Via::Unregistered })
        })
    }

    /// "“…,” according to the Harbour Post.": the source after "according to" at word `at`,
    /// up to a comma or word `to`. The place says a source follows, so capitals there are
    /// its name ("according to CNN") even when the article names it nowhere else.
    fn source_after(&self, w: &TaggedPara<'_>, at: usize, to: usize) -> Option<Speaker> {
        let end = (at + 1..to).find(|&j| w.gap_before(j).contains([',', ';'])).unwrap_or(to);
        let from = w.cue_span(at).map_or(at + 1, |c| c.1);
        let written = || match w.unregistered_name(from, end) {
            Some(Subject::Known(s)) => Some(s),
            _ if from + 1 == end && w.acronym(from) => {
                Some(Speaker { entity: None, name: w.text(from..end).to_owned(), via: Via::Unregistered })
            }
            _ => None,
        };
        self.named_after(w, from, end).or_else(written)
    }

    /// The speaker named right after "according to" / "به گفته".
    pub(super) fn named_after(&self, w: &TaggedPara<'_>, from: usize, to: usize) -> Option<Speaker> {
        if from >= to {
            return None;
        }
        if w.cue(from) == Some(Cue::Pronoun) {
            return self.resolve(&w.pronoun(from));
        }
        self.resolve(&w.subject(from, to))
    }
}
