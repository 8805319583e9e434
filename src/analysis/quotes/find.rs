//! Reading an article sentence by sentence for speech: quotations in marks with their
//! attribution before or after, speech introduced by a colon, and reported speech. The
//! reader keeps the person the text is about, for pronouns, and the last speaker, for
//! quotes that continue.

use std::ops::Range;

use super::cues::{self, Cue};
use super::marks::Marked;
use super::speaker::{Speaker, Subject, Via, Words, content_key};
use super::{Found, QuoteKind};
use crate::analysis::entities::EntityIndex;
use crate::analysis::names::ArticleNames;
use crate::corpus::EntityKind;
use crate::text::Folded;

/// Quotes shorter than this, with no speech verb, are scare quotes or titles.
const MIN_UNATTRIBUTED_WORDS: usize = 8;
/// Words allowed between a speech verb and the quote it introduces ("told reporters:").
const MAX_VERB_GAP: usize = 6;
/// Prepositions opening a phrase of time or place between a speech verb and its colon.
const SETTING: &[&str] = &["at", "in", "on", "during", "after", "before", "from", "upon", "following"];
/// The longest such phrase, in words.
const MAX_SETTING: usize = 12;
/// Speech verbs that are also plural nouns ("US claims", "his notes").
const AMBIGUOUS: &[&str] = &["claims", "notes", "states", "remarks", "stresses", "calls", "warns"];
/// How far back a speech verb still governs a partial quote.
const PARTIAL_REACH: usize = 25;
/// Words that open a new clause, with its own subject.
const CONJUNCTIONS: &[&str] =
    &["but", "while", "whereas", "although", "اما", "ولی", "ولي", "لكن", "لکن", "بينما"];

/// Partial quotes shorter than this are scare quotes ("the “brotherly” relations").
const MIN_PARTIAL_WORDS: usize = 2;
/// Verbs that follow a subject "that" ("said that is unlikely").
const AUXILIARIES: &[&str] =
    &["is", "was", "will", "would", "has", "had", "could", "should", "may", "might", "can", "must"];
/// Verbs followed directly by what was said ("He said Tehran had sent messages").
const SAYS_CLAUSE: &[&str] = &[
    "said", "says", "added", "adds", "warned", "warns", "insisted", "argued", "noted", "announced",
    "declared", "stated", "claimed", "confirmed", "acknowledged", "believes", "denied",
];
/// Verbs of emphasis, whose object is the reported statement ("stressed the need ...",
/// "emphasized the increasing solidarity ...", "بر ... تاکید کرد"), as folded first words.
const EMPHASIS: &[&str] = &[
    "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined",
    "underlines", "highlighted", "highlights", "underscored", "underscores", "reiterated", "reiterates",
    "تاکید",
];

/// How a quotation in marks is attributed.
enum Attribution {
    /// A speech cue was found; the speaker, if it could be resolved.
    Said(Option<Speaker>),
    /// A quotation inside a sentence whose speech verb comes earlier ("said the region
    /// was “on the edge of an abyss”"): a partial quote.
    Partial(Option<Speaker>),
    /// A naming verb: the quotation is a label, not speech.
    Label,
    /// No cue.
    Unmarked,
}

/// The state of reading one article.
pub(crate) struct Reader<'a> {
    index: &'a EntityIndex,
    /// The article's own names, for a surname alone.
    article_names: &'a ArticleNames<'a>,
    latin: bool,
    /// The person the text is about, for pronouns.
    focus: Option<Speaker>,
    /// The speaker of the last quotation in marks, with its paragraph, for continuations.
    last_marked: Option<(usize, Option<Speaker>)>,
    /// Paragraph and start of the sentence holding the last quotation in marks.
    last_marked_sentence: Option<(usize, usize)>,
    /// Unregistered names met in full, folded, newest last.
    names: Vec<String>,
    /// How each of them was written.
    written: std::collections::BTreeMap<String, String>,
    /// Set when the previous paragraph ended with "X said:".
    pending_colon: Option<Option<Speaker>>,
    pub(crate) found: Vec<Found>,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(
        index: &'a EntityIndex,
        latin: bool,
        article_names: &'a ArticleNames<'a>,
    ) -> Reader<'a> {
        Reader {
            index,
            article_names,
            latin,
            focus: None,
            last_marked: None,
            last_marked_sentence: None,
            names: Vec::new(),
            written: std::collections::BTreeMap::new(),
            pending_colon: None,
            found: Vec::new(),
        }
    }

    /// Reads paragraph `p` of `all`.
    pub(crate) fn paragraph(&mut self, all: &Article<'_>, p: usize) {
        let pending = self.pending_colon.take();
        let w = &all.words[p];
        // Text inside a quotation opened in an earlier paragraph was read with it.
        let skip_until = all
            .marked
            .iter()
            .filter(|q| q.first_paragraph() < p && q.last_paragraph() >= p)
            .map(|q| match q.close {
                Some(c) if q.last_paragraph() == p => c,
                _ => w.para.text.len(),
            })
            .max()
            .unwrap_or(0);
        for s in &all.sentences[p] {
            if s.end <= skip_until {
                continue;
            }
            let s = s.start.max(skip_until)..s.end;
            if self.sentence(all, p, s, pending.as_ref()) {
                break;
            }
        }
    }

    /// Reads one sentence; true when it consumed the rest of the paragraph (colon speech).
    fn sentence(
        &mut self,
        all: &Article<'_>,
        p: usize,
        s: Range<usize>,
        pending: Option<&Option<Speaker>>,
    ) -> bool {
        let w = &all.words[p];
        let (ws, we) = (w.word_at(s.start), w.word_at(s.end));
        let quotes: Vec<&Marked> = all
            .marked
            .iter()
            .filter(|q| {
                q.first_paragraph() == p
                    && s.contains(&q.open)
                    && !opening_name(w, q, ws)
                    && !named_in_marks(w, q, ws)
            })
            .collect();
        let head_end = quotes.first().map_or(we, |q| w.word_at(q.open));
        // The clause's verb, after any lead phrase ("Asked about the talks, ...").
        let verb = (w.skip_lead(ws, head_end)..head_end)
            .find(|&i| matches!(w.cue(i), Some(Cue::Speech | Cue::Participle)));
        let mut subject = w.subject(ws, verb.unwrap_or(head_end));
        // "وی در پاسخ به این سؤال که ...؟ گفت:": a question splits the clause from its verb.
        if subject == Subject::Nothing
            && verb == Some(ws)
            && let Some(prev) = all.sentences[p].iter().take_while(|x| x.end <= s.start).last()
            && w.para.text[prev.clone()].trim_end().ends_with(['?', '؟'])
        {
            subject = w.subject(w.word_at(prev.start), w.word_at(prev.end));
        }
        self.learn_name(&subject);
        let mut consumed = false;
        if quotes.is_empty() {
            consumed = self.colon(all, w, ws, we, &subject);
            if !consumed {
                self.reported(w, ws, we, &subject);
            }
        } else {
            self.clause_then_said(w, ws, head_end);
            let mut prev_end = ws;
            let mut prev: Option<(Option<Speaker>, bool)> = None;
            for (k, q) in quotes.iter().enumerate() {
                let open = w.word_at(q.open);
                let prev_close = prev_end;
                let (after_w, after) = all.after(q, quotes.get(k + 1).map(|n| n.open), s.end);
                let at_start = q.open == s.start && ws == 0;
                // “A,” he said. “B.”: a quotation opening the sentence after an attributed
                // one, or after the attribution of a question (“A?” he asked. “B.”).
                let follows = q.open == s.start && self.follows_marked(all, p, &s);
                let attribution = self.attribute(w, &subject, prev_end..open, after_w, after.clone());
                let close_word = if q.last_paragraph() == p { after.start } else { w.len() };
                prev_end = close_word;
                let text = quote_text(q, &all.texts);
                let words = crate::markdown::count_words(&text);
                let speaker = match attribution {
                    Attribution::Label => continue,
                    Attribution::Partial(_) if words < MIN_PARTIAL_WORDS => continue,
                    Attribution::Said(sp) | Attribution::Partial(sp) => Some(sp),
                    // Words after the quotation that name a speaker not made out ("“…,”
                    // a man in the crowd shouted") are not the last speaker's.
                    Attribution::Unmarked if !after.is_empty() => None,
                    Attribution::Unmarked => self.said_next(all, p, &s).or_else(|| {
                        self.continuation(p, prev.as_ref().map(|x| &x.0), at_start || follows, pending)
                    }),
                };
                if speaker.is_none() && words < MIN_UNATTRIBUTED_WORDS {
                    continue;
                }
                let speaker = speaker.flatten();
                // "“Iran and Pakistan,” he said, “are two nations with one heart.”": one quote,
                // cut only by its attribution.
                let resumes = text.starts_with(char::is_lowercase)
                    && open.saturating_sub(prev_close) <= 8
                    && w.gap_before(open).contains(',');
                if let Some((prev_speaker, true)) = &prev
                    && resumes
                    && (speaker.is_none()
                        || speaker.as_ref().map(|x| x.entity) == prev_speaker.as_ref().map(|x| x.entity))
                    && let Some(last) = self.found.last_mut()
                {
                    last.text.push(' ');
                    last.text.push_str(&text);
                    prev = Some((prev_speaker.clone(), q.continues));
                    continue;
                }
                self.push(p, q.last_paragraph(), text, QuoteKind::Direct, speaker.clone());
                self.last_marked = Some((q.last_paragraph(), speaker.clone()));
                self.last_marked_sentence = Some((p, s.start));
                prev = Some((speaker, q.continues));
            }
            if let Some((Some(speaker), _)) = prev
                && quotes.last().is_some_and(|q| q.last_paragraph() == p)
            {
                self.adding_that(w, prev_end, we, speaker);
            }
        }
        self.update_focus(&subject);
        consumed
    }

    /// Whether sentence `s` of paragraph `p` comes right after the last sentence with a
    /// quotation, or after it and a sentence that only attributes it ("“A?” he asked.").
    fn follows_marked(&self, all: &Article<'_>, p: usize, s: &Range<usize>) -> bool {
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

    /// A quotation with no cue of its own continues the previous speaker's when it follows
    /// an attributed quotation in the same sentence, or opens a paragraph right after one
    /// that ended with a quotation or with "X said:".
    fn continuation(
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

    /// Finds the cue of a quotation from the words before it and after it.
    fn attribute(
        &self,
        w: &Words<'_>,
        subject: &Subject,
        before: Range<usize>,
        after_w: &Words<'_>,
        after: Range<usize>,
    ) -> Attribution {
        if let Some(s) = self.said_after(after_w, after) {
            return Attribution::Said(s);
        }
        let open = before.end;
        if open <= before.start {
            return Attribution::Unmarked;
        }
        let introduced = w.gap_before(open).contains([',', ':', '،']) || w.cue(open - 1) == Some(Cue::That);
        let reach = if introduced { MAX_VERB_GAP + 3 } else { PARTIAL_REACH };
        let floor = before.start.max(open.saturating_sub(reach));
        let Some(v) = (floor..open).rev().find(|&i| {
            matches!(w.cue(i), Some(Cue::Speech | Cue::Participle | Cue::Naming | Cue::AccordingTo))
        }) else {
            let label =
                self.name_label(w, before.start, open).or_else(|| self.speech_noun(w, before.start, open));
            return label.map_or(Attribution::Unmarked, Attribution::Said);
        };
        let speaker = match w.cue(v) {
            Some(Cue::Naming) => return Attribution::Label,
            Some(Cue::AccordingTo) => self.named_after(w, w.cue_span(v).map_or(v, |c| c.1), open),
            _ => self.speaker_of_verb(w, v, before.start, subject),
        };
        if introduced { Attribution::Said(speaker) } else { Attribution::Partial(speaker) }
    }

    /// "Rep. Ada Ward (R-S.C.): “…”": a quotation after a colon whose clause, up to the
    /// colon, is only a name (with its titles and a bracketed party and state), as
    /// transcripts and fact checks label turns.
    fn name_label(&self, w: &Words<'_>, from: usize, open: usize) -> Option<Option<Speaker>> {
        if !self.latin || !w.gap_before(open).contains(':') {
            return None;
        }
        // "Former harbour master Ada Ward:", or the name alone.
        if let titled @ Subject::Known(_) = w.titled(from, open) {
            return Some(self.resolve(&titled));
        }
        // "Ferry operator Ada Ward:": a name after at most four words that describe them.
        let (subject, start) = w.adjacent(open, from)?;
        let describes = |j: usize| {
            w.cue(j).is_none_or(|c| matches!(c, Cue::Skip | Cue::Title | Cue::PersonNoun))
                && !w.gap_before(j + 1).contains([',', ';'])
                && (!w.gap_before(j + 1).contains('.') || w.abbreviation(j))
        };
        let only_name = start - from <= 4 && (from..start).all(describes);
        (only_name && matches!(subject, Subject::Known(_))).then(|| self.resolve(&subject))
    }

    /// "Ward delivered a snappy retort: “…”": a quotation after a colon, in a clause that
    /// names speech with a noun and opens with a name, is that name's.
    fn speech_noun(&self, w: &Words<'_>, from: usize, open: usize) -> Option<Option<Speaker>> {
        let colon = self.latin && w.gap_before(open).contains(':');
        let noun = (from..open).any(|j| cues::is_speech_noun(w.para.folded.word(j)));
        let name = (colon && noun).then(|| w.opening_name(from, open, self.article_names())).flatten()?;
        Some(self.resolve(&name))
    }

    /// "“…,” he added", "“…,” Qalibaf said", "“…,” said Qalibaf", "“…,” foreign
    /// ministry spokesman Majed al-Ansari told reporters".
    fn said_after(&self, w: &Words<'_>, after: Range<usize>) -> Option<Option<Speaker>> {
        let i = after.start;
        if i >= after.end {
            return None;
        }
        let is_verb = |j: usize| j < after.end && matches!(w.cue(j), Some(Cue::Speech | Cue::Participle));
        if is_verb(i) {
            let j = w.cue_span(i).map_or(i + 1, |c| c.1);
            return (j < after.end).then(|| self.resolve(&w.named_after_verb(j, after.end)));
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
        // "“…,” another fraternity brother, Ada Ward, recalled": a description in lower
        // case, then the name between commas, then the verb.
        if self.latin
            && let Some(j) =
                (i + 1..after.end.min(i + 6)).find(|&j| w.gap_before(j).contains([',', '.', ';', ':']))
            && w.gap_before(j).trim() == ","
            && (i..j).all(|k| !w.capitalised(k))
            && let Some(Subject::Known(name)) = w.unregistered_name(j, after.end)
            && let end = j + name.name.split_whitespace().count()
            && end < after.end
            && w.gap_before(end).trim() == ","
            && (is_verb(end) || (w.adverb(end) && is_verb(end + 1)))
        {
            return Some(self.resolve(&Subject::Known(name)));
        }
        let v = (i + 1..after.end.min(i + 10)).find(|&j| is_verb(j))?;
        if !plain(v) || stops(v) {
            return None;
        }
        // "“…” in its dealings with Central Asia, said Ada Ward": after a comma, the
        // speaker follows the verb.
        let verb_end = w.cue_span(v).map_or(v + 1, |c| c.1);
        if w.gap_before(v).contains(',') && verb_end < after.end {
            return Some(self.resolve(&w.named_after_verb(verb_end, after.end)));
        }
        let who = if w.cue(i) == Some(Cue::Pronoun) {
            Subject::Pronoun
        } else {
            // "Texas-based pollster Ada Ward said": the name right before the verb.
            match w.titled(i, v) {
                t @ (Subject::Nothing | Subject::Someone(_)) => w.adjacent(v, i).map_or(t, |(s, _)| s),
                known => known,
            }
        };
        // Between the speaker and the verb, only adverbs ("Nasrallah also said").
        let named = match &who {
            Subject::Pronoun => (i + 1..v).all(|j| w.cue(j) == Some(Cue::Skip)),
            Subject::Nothing => false,
            Subject::Known(_) | Subject::Someone(_) => true,
        };
        named.then(|| self.resolve(&who).or_else(|| self.as_written(w, &who, i, v)))
    }

    /// "«…». این را سلامی ... گفت": a quotation whose speaker the next sentence names.
    fn said_next(&self, all: &Article<'_>, p: usize, s: &Range<usize>) -> Option<Option<Speaker>> {
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

    /// The speaker of the speech verb at `verb`. The clause's subject when it is known
    /// ("Qalibaf, in a call with Haniyeh, said"); else, in English, the name right before a
    /// finite verb ("The speaker, Qalibaf, said"). A participle ("saying") has no name of
    /// its own: it takes the subject, or the speaker of a verb before it ("Qalibaf said,
    /// adding").
    fn speaker_of_verb(
        &self,
        w: &Words<'_>,
        verb: usize,
        floor: usize,
        subject: &Subject,
    ) -> Option<Speaker> {
        // "rejected US claims that ...": a word that is a noun as often as a verb has for
        // speaker only the name right before it (the US), never the clause's subject.
        if self.latin && AMBIGUOUS.contains(&w.para.folded.word(verb)) {
            return w.adjacent(verb, floor).and_then(|(s, _)| self.resolve(&s));
        }
        if w.cue(verb) == Some(Cue::Participle)
            && let Some(v) = (floor..verb).rev().find(|&i| w.cue(i) == Some(Cue::Speech))
        {
            return self.speaker_of_verb(w, v, floor, subject);
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
        if let Subject::Known(_) = subject {
            return self.resolve(subject);
        }
        if w.cue(verb) == Some(Cue::Participle) {
            // "Ada Ward did not seem pleased, telling reporters, “…”": the participle's
            // speaker is the name that opens the clause, whatever its verb.
            let opening = || w.opening_name(floor, verb, self.article_names());
            return self.resolve(subject).or_else(|| opening().and_then(|s| self.resolve(&s)));
        }
        if !self.latin && *subject == Subject::Nothing {
            return self.known_before(w, verb);
        }
        if *subject == Subject::Pronoun || !self.latin {
            return self.resolve(subject);
        }
        // A name right before the verb; else a description of the person the text is
        // about ("the spokesman of the Foreign Ministry said"), or as written.
        w.adjacent(verb, floor).and_then(|(s, _)| self.resolve(&s)).or_else(|| match subject {
            Subject::Someone(_) => {
                let from = w.skip_lead(floor.max(w.dateline_end), verb);
                self.resolve(subject).or_else(|| self.as_written(w, subject, from, verb))
            }
            _ => None,
        })
    }

    /// A description that names no one ("a department official", "experts"), kept as
    /// the text writes it, from `from` to the verb at `verb`: a speaker who is no person
    /// of the registry and never the focus of a pronoun.
    fn as_written(&self, w: &Words<'_>, subject: &Subject, from: usize, verb: usize) -> Option<Speaker> {
        let mut end =
            (from + 1..verb).find(|&j| w.gap_before(j).contains([',', '(', ';', ':'])).unwrap_or(verb);
        // "officials briefly said": the adverb is not the description's.
        while end > from + 1 && w.adverb(end - 1) {
            end -= 1;
        }
        let fits = matches!(subject, Subject::Someone(_)) && end > from && end - from <= 8;
        fits.then(|| Speaker { entity: None, name: w.text(from..end).to_owned(), via: Via::Description })
    }

    /// In a script without capitals, a speaker the article already named, right before
    /// the verb at `verb` ("... در این مراسم رضایی افزود"): the last word or words of a
    /// name met before.
    fn known_before(&self, w: &Words<'_>, verb: usize) -> Option<Speaker> {
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

    /// The speaker named right after "according to" / "به گفته".
    fn named_after(&self, w: &Words<'_>, from: usize, to: usize) -> Option<Speaker> {
        if from >= to {
            return None;
        }
        if w.cue(from) == Some(Cue::Pronoun) {
            return self.resolve(&Subject::Pronoun);
        }
        self.resolve(&w.subject(from, to))
    }

    /// Resolves a subject to a speaker: a pronoun to the current focus, and a description
    /// ("the spokesman") to the focus when the registry describes them so.
    fn resolve(&self, subject: &Subject) -> Option<Speaker> {
        match subject {
            // A description as written ("سخنگوی وزارت خارجه"): the person the text is
            // about when the registry describes them so, else kept as written.
            Subject::Known(s) if s.via == Via::Description => {
                let folded = Folded::new(&s.name);
                self.described(&content_key(&folded, 0..folded.len())).or_else(|| Some(s.clone()))
            }
            Subject::Known(s) if s.entity.is_none() => self.full_name(s),
            Subject::Known(s) => Some(s.clone()),
            Subject::Pronoun => self.focus.clone().map(|s| Speaker { via: Via::Pronoun, ..s }),
            Subject::Someone(noun) => self.described(noun).map(|s| Speaker { via: Via::Description, ..s }),
            Subject::Nothing => None,
        }
    }

    /// An unregistered name as the article gives it in full. News names a person in full
    /// first, then by surname: a lone word is a name when the article gives a full name
    /// ending with it, or writes it capitalised inside sentences and never in lower case
    /// ("Analysts said" is not a name).
    fn full_name(&self, s: &Speaker) -> Option<Speaker> {
        let key = Folded::new(&s.name).text;
        if key.contains(' ') {
            return Some(s.clone());
        }
        let learned = self.names.iter().find(|n| n.rsplit(' ').next() == Some(key.as_str()));
        if let Some(full) = learned {
            return Some(Speaker { name: self.written[full].clone(), ..s.clone() });
        }
        if let Some(full) = self.article_names().full(&key) {
            return Some(Speaker { name: full.to_owned(), ..s.clone() });
        }
        // Without capitals, a subject as written is all the text tells.
        (!self.latin || self.article_names().is_name(&key)).then(|| s.clone())
    }

    /// The article's own names.
    fn article_names(&self) -> &ArticleNames<'a> {
        self.article_names
    }

    /// Remembers an unregistered name written in full, for the surname alone later (a
    /// description is no name).
    fn learn_name(&mut self, subject: &Subject) {
        if let Subject::Known(s) = subject
            && s.entity.is_none()
            && s.via != Via::Description
        {
            let key = Folded::new(&s.name).text;
            if key.contains(' ') && !self.names.contains(&key) {
                self.written.insert(key.clone(), s.name.clone());
                self.names.push(key);
            }
        }
    }

    /// The focus, when one of the registry's descriptions of them holds every word of
    /// `description` ("spokesman foreign ministry" for "Foreign Ministry spokesman", not
    /// "hamas spokesman").
    fn described(&self, description: &str) -> Option<Speaker> {
        let focus = self.focus.as_ref()?;
        let entity = self.index.get(focus.entity?);
        let words: Vec<&str> = description.split(' ').filter(|w| !w.is_empty()).collect();
        let holds = |title: &String| {
            let folded = Folded::new(title);
            let title: Vec<&str> = folded.text.split(' ').collect();
            words.iter().all(|w| title.contains(w))
        };
        let mut titles = entity.role.iter().chain(entity.roles.iter().map(|r| &r.title));
        (!words.is_empty() && titles.any(holds)).then(|| focus.clone())
    }

    /// A person subject becomes the focus; an unknown person clears it.
    fn update_focus(&mut self, subject: &Subject) {
        match subject {
            // Without capitals any opening phrase reads as a subject: only speakers
            // (set by `push`) become the focus.
            Subject::Known(s) if !self.latin && s.entity.is_none() => {}
            Subject::Known(_) => {
                if let Some(s) = self.resolve(subject)
                    && s.entity.is_none_or(|e| self.index.get(e).kind == EntityKind::Person)
                {
                    self.focus = Some(s);
                }
            }
            Subject::Someone(noun) => {
                if self.described(noun).is_none() {
                    self.focus = None;
                }
            }
            Subject::Pronoun | Subject::Nothing => {}
        }
    }

    /// "X said: ..." and the headline form "X: ...": speech from the colon to the end of
    /// the paragraph. True when found.
    fn colon(&mut self, all: &Article<'_>, w: &Words<'_>, ws: usize, we: usize, subject: &Subject) -> bool {
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
    fn stated_before(&mut self, w: &Words<'_>, ws: usize, v: usize, subject: &Subject, speaker: &Speaker) {
        if self.latin {
            return;
        }
        let p = w.para.index;
        let participle = (ws..v).find(|&j| w.cue(j) == Some(Cue::Participle)).and_then(|j| w.cue_span(j));
        if let Some((_, from)) = participle {
            let end = (from..v).find(|&j| w.cue(j) == Some(Cue::Participle)).unwrap_or(v);
            if from < end {
                self.push(p, p, w.text(from..end).to_owned(), QuoteKind::Reported, Some(speaker.clone()));
            }
            return;
        }
        // "وی A دانست و گفت": a verb of judgement, then "و", then the speech verb.
        let judged = (ws + 1..v.saturating_sub(1))
            .find(|&j| w.cue(j) == Some(Cue::Naming) && w.cue_span(j).is_some_and(|(_, e)| e + 1 == v));
        if let Some(j) = judged
            && *subject == Subject::Pronoun
            && let from = w.skip_lead(ws, v) + 1
            && from < j
        {
            self.push(p, p, w.text(from..j).to_owned(), QuoteKind::Reported, Some(speaker.clone()));
        }
    }

    /// The speaker a transcript label names: the full name the article gives for its
    /// last word; else, when another paragraph opens with a label too (a transcript, not
    /// a lone heading or dateline), the label with only its first letters in capitals
    /// ("REDDY" gives Reddy).
    fn labelled(&self, all: &Article<'_>, w: &Words<'_>, end: usize) -> Option<Speaker> {
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
    fn speech_colon(&self, w: &Words<'_>, v: usize, we: usize) -> Option<usize> {
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

    /// Pushes the text from word `from` to the end of the paragraph as direct speech.
    fn push_rest(&mut self, w: &Words<'_>, from: usize, speaker: Option<Speaker>) {
        let text = w.text_through(from..w.len()).to_owned();
        if crate::markdown::count_words(&text) == 0 {
            return;
        }
        let p = w.para.index;
        self.push(p, p, text, QuoteKind::Direct, speaker);
    }

    /// Reported speech without quotation marks.
    fn reported(&mut self, w: &Words<'_>, ws: usize, we: usize, subject: &Subject) {
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
    fn according_to(&mut self, w: &Words<'_>, ws: usize, a: usize, from: usize, we: usize) {
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
    fn clause_follows(&self, w: &Words<'_>, after_verb: usize, we: usize) -> bool {
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
    fn adding_that(&mut self, w: &Words<'_>, from: usize, we: usize, speaker: Speaker) {
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
    fn said_clause(&self, w: &Words<'_>, verb: usize, after_verb: usize, we: usize) -> Option<usize> {
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
    fn clause_then_said(&mut self, w: &Words<'_>, ws: usize, we: usize) -> bool {
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

    fn push(
        &mut self,
        paragraph: usize,
        last: usize,
        text: String,
        kind: QuoteKind,
        speaker: Option<Speaker>,
    ) {
        let text = text.trim().trim_end_matches([',', '،', ';']).trim().to_owned();
        if text.is_empty() {
            return;
        }
        if let Some(s) = &speaker {
            self.learn_name(&Subject::Known(s.clone()));
        }
        // Whoever is quoted is who the text is about next.
        if let Some(s) = &speaker
            && s.entity.is_none_or(|e| self.index.is_person(e))
        {
            self.focus = Some(s.clone());
        }
        self.found.push(Found {
            paragraph,
            last_paragraph: last,
            text,
            kind,
            speaker,
            repeated_in: Vec::new(),
        });
    }
}

/// An article prepared for reading: every paragraph's words and sentences, and the
/// quotations in marks.
pub(crate) struct Article<'p> {
    pub words: Vec<Words<'p>>,
    pub sentences: Vec<Vec<Range<usize>>>,
    pub marked: Vec<Marked>,
    pub texts: Vec<&'p str>,
}

impl<'p> Article<'p> {
    /// The words after quotation `q` where its attribution may be: from its closing mark to
    /// the next quotation (byte `next_open`) or the end of its sentence (`sentence_end` when
    /// it closes in the paragraph it opened in).
    fn after(&self, q: &Marked, next_open: Option<usize>, sentence_end: usize) -> (&Words<'p>, Range<usize>) {
        let lp = q.last_paragraph();
        let w = &self.words[lp];
        let Some(close) = q.close else {
            return (w, w.len()..w.len());
        };
        let asks =
            self.texts[lp][..close].trim_end_matches(['”', '"', '»', '’', '\'']).ends_with(['?', '!', '؟']);
        let end = if lp == q.first_paragraph() && !(asks && next_open.is_none() && close >= sentence_end) {
            next_open.unwrap_or(sentence_end)
        } else {
            self.sentences[lp]
                .iter()
                .find(|s| s.contains(&close) || s.start >= close)
                .map_or(w.para.text.len(), |s| s.end)
        };
        let (from, to) = (w.word_at(close), w.word_at(end));
        (w, from..to.max(from))
    }
}

/// Words in marks that open a clause and go on with it are a name or a title, not speech
/// ("«Ana Lind» in a talk with ... said:", "“Morning Round” host Ada Ward said").
fn opening_name(w: &Words<'_>, q: &Marked, ws: usize) -> bool {
    let Some((open, after)) = short_run(w, q) else { return false };
    // At the clause's start, after any lead phrase ("به گزارش فارس، «…» گفت").
    let at_start = (w.skip_lead(ws, open)..open).all(|j| w.cue(j) == Some(Cue::Skip));
    let goes_on =
        after < w.len() && !w.gap_before(after).contains([',', '،', ':', '.', '?', '!', '؟', '«', '“']);
    at_start && goes_on && !matches!(w.cue(after), Some(Cue::Speech | Cue::Participle | Cue::Pronoun))
}

/// The first word in a closed quotation of one paragraph and at most three words, and the
/// first word after it.
fn short_run(w: &Words<'_>, q: &Marked) -> Option<(usize, usize)> {
    let (Some(close), [(_, inside)]) = (q.close, q.pieces.as_slice()) else {
        return None;
    };
    let open = w.word_at(q.open);
    (w.word_at(inside.end) - open <= 3).then(|| (open, w.word_at(close)))
}

/// In Persian and Arabic, which mark names with quotation marks where English has capitals,
/// a short run in marks that follows a word with no punctuation between, goes on with the
/// clause and comes before any speech verb is a name ("در مصاحبه با شبکه خبری «اسکای نیوز»
/// گفت که", "وزیر خارجه برزیل «مائورو ویرا»"), not speech: the sentence is read as if it
/// had none. After the verb it is the speaker's words ("هشدار داد که جهان در حال «از هم
/// گسیختگی» است").
fn named_in_marks(w: &Words<'_>, q: &Marked, ws: usize) -> bool {
    let Some((open, after)) = short_run(w, q) else { return false };
    let plain = |gap: &str| gap.trim().chars().all(|c| "«»\"“”".contains(c));
    let follows_word = open > 0 && plain(w.gap_before(open));
    let goes_on = after < w.len() && plain(w.gap_before(after));
    let before_speech = !(ws..open).any(|j| matches!(w.cue(j), Some(Cue::Speech | Cue::Participle)));
    !w.latin() && follows_word && goes_on && before_speech
}

/// The text of a quotation in marks; the pieces of a quotation over several paragraphs
/// are joined by a blank line.
fn quote_text(q: &Marked, texts: &[&str]) -> String {
    q.pieces.iter().map(|(p, r)| &texts[*p][r.clone()]).collect::<Vec<_>>().join("\n\n")
}
