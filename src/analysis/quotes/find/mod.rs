//! Reading an article sentence by sentence for speech: quotations in marks with their
//! attribution before or after, speech introduced by a colon, and reported speech. The
//! reader keeps the person the text is about, for pronouns, and the last speaker, for
//! quotes that continue. This module reads sentences and quotations in marks;
//! [`attribution`] finds who said them, [`naming`] whose words a verb of naming or
//! judging quotes, [`colon`] reads speech after a colon, [`reported`] speech without
//! marks, and [`clauses`] holds the words that open a clause of its own.

mod according;
mod addressed;
mod attribution;
mod clauses;
mod colon;
mod goes_on;
mod naming;
mod not_speech;
mod objects;
mod reported;
mod resolve;
mod said_after;
mod verbs;
mod written;

use std::ops::Range;

use super::cues::{self, Cue};
use super::marks::Marked;
use super::speaker::{DASHES, Gender, Speaker, Subject, TaggedPara, Via, content_key, is_dash};
use super::{Found, QuoteKind};
use crate::analysis::entities::EntityIndex;
use crate::analysis::names::ArticleNames;
use crate::corpus::EntityKind;
use crate::text::Folded;
use clauses::{
    CONJUNCTIONS, OPENING_CONJUNCTIONS, clause_or_phrase_start, closes_subordinator, contrast_start,
    opens_leading_clause, subordinate_start,
};
use goes_on::same_person;
use not_speech::{is_title, named_in_marks, opening_name, titled_work};
use verbs::{AUXILIARIES, finite, is_charging, verb_like};
use written::is_document;

/// Quotes shorter than this, with no speech verb, are scare quotes or titles.
const MIN_UNATTRIBUTED_WORDS: usize = 8;
/// Words allowed between a speech verb and the quote it introduces ("told reporters:").
const MAX_VERB_GAP: usize = 6;
/// Prepositions opening a phrase of time or place between a speech verb and its colon.
const SETTING: &[&str] =
    &["at", "in", "on", "during", "after", "before", "from", "upon", "following", "about", "of"];
/// The longest such phrase, in words.
const MAX_SETTING: usize = 12;
/// Speech verbs that are also plural nouns ("US claims", "his notes").
const AMBIGUOUS: &[&str] = &["claims", "notes", "states", "remarks", "stresses", "calls", "warns", "reports"];
/// How far back a speech verb still governs a partial quote.
const PARTIAL_REACH: usize = 25;
/// Partial quotes shorter than this are scare quotes ("the “brotherly” relations").
const MIN_PARTIAL_WORDS: usize = 2;
/// Words that open a description of someone unnamed ("one fisherman", "an editorial").
const DETERMINERS: &[&str] = &["a", "an", "one", "another", "the", "two", "three", "several"];

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
    /// A verb of naming or judging after the speaker ("Ward called the plan “a costly
    /// mistake”"): a partial quote.
    Judged(Speaker),
    /// A naming verb with no speaker: the quotation is a label, not speech.
    Label,
    /// No cue.
    Unmarked,
}

/// The state of reading one article.
pub(crate) struct QuoteFinder<'a> {
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
    /// Who the last sentence read reported the words of, or said issued a statement, with
    /// its paragraph: a quotation opening the next paragraph with no cue is theirs.
    closing_speaker: Option<(usize, Speaker)>,
    /// The named subject of the last sentence read when it quoted no one and reported
    /// nothing ("Ada Ward touted her record."), with its paragraph: a quotation opening
    /// the next sentence of that paragraph with no cue is theirs.
    narrator: Option<(usize, Speaker)>,
    /// Unregistered names met in full, folded, newest last.
    names: Vec<String>,
    /// How each of them was written.
    written: std::collections::BTreeMap<String, String>,
    /// The one name each title opens in the article, by the title's content words ("president"
    /// for "President Ada Ward"); `None` when it opens two.
    titles: std::collections::BTreeMap<String, Option<String>>,
    /// The gender honorifics and feminine titles give a person, by surname (folded).
    genders: std::collections::BTreeMap<String, Gender>,
    /// Set when the previous paragraph ended with "X said:".
    pending_colon: Option<Option<Speaker>>,
    pub(crate) found: Vec<Found>,
}

impl<'a> QuoteFinder<'a> {
    pub(crate) fn new(
        index: &'a EntityIndex,
        latin: bool,
        article_names: &'a ArticleNames<'a>,
    ) -> QuoteFinder<'a> {
        QuoteFinder {
            index,
            article_names,
            latin,
            focus: None,
            last_marked: None,
            last_marked_sentence: None,
            closing_speaker: None,
            narrator: None,
            names: Vec::new(),
            written: std::collections::BTreeMap::new(),
            pending_colon: None,
            genders: std::collections::BTreeMap::new(),
            titles: std::collections::BTreeMap::new(),
            found: Vec::new(),
        }
    }

    /// Learns the gender each honorific or feminine title of `all` gives its surname ("Ms.
    /// Ward", "spokeswoman Ada Ward"); a surname given both ("Mr. and Mrs. Clinton") gets
    /// none.
    pub(crate) fn learn_genders(&mut self, all: &Article<'_>) {
        let mut given: std::collections::BTreeMap<&str, Option<Gender>> = std::collections::BTreeMap::new();
        for (surname, gender) in all.words.iter().flat_map(TaggedPara::honorific_surnames) {
            let g = given.entry(surname).or_insert(Some(gender));
            if *g != Some(gender) {
                *g = None;
            }
        }
        self.genders = given.into_iter().filter_map(|(s, g)| Some((s.to_owned(), g?))).collect();
    }

    /// The gender the text gives `speaker`, by surname.
    fn gender_of(&self, speaker: &Speaker) -> Option<Gender> {
        self.genders.get(&surname(&speaker.name)).copied()
    }

    /// Reads paragraph `p` of `all`.
    pub(crate) fn paragraph(&mut self, all: &Article<'_>, p: usize) {
        let pending = self.pending_colon.take();
        if self.signed_paragraph(all, p) {
            return;
        }
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
                    && !titled_work(w, q, &all.texts)
            })
            .collect();
        let head_end = quotes.first().map_or(we, |q| w.word_at(q.open));
        let (verb, subject) = self.verb_and_subject(all, p, &s, head_end);
        self.learn_name(&subject);
        self.learn_verb_gender(w, verb, &subject);
        let mut consumed = false;
        let before = self.found.len();
        if quotes.is_empty() {
            consumed = self.colon(all, w, ws, we, &subject);
            if !consumed {
                self.reported(w, ws, we, &subject);
            }
        } else {
            // Read before the quotations, whose speakers would otherwise be the last named.
            if self.latin {
                self.reported_before_quote(w, ws, head_end);
            }
            let head = before..self.found.len();
            if !self.marked_quotes(all, p, &s, &quotes, &subject, pending) && self.latin {
                // Every quotation was a scare quote, a title or a label ("said the board was
                // “corrupt,” and left"): the sentence's reported speech is read without them.
                // (Not in Persian and Arabic, where names in marks ("«…» گفت") cut the subject.)
                // What was read before them is read again, with the whole sentence.
                self.found.drain(head);
                let (_, subject) = self.verb_and_subject(all, p, &s, we);
                self.reported(w, ws, we, &subject);
            }
        }
        self.closing_speaker = self.closing_speaker(w, ws..we, before).map(|x| (p, x));
        let narrated = self.latin && quotes.is_empty() && self.found.len() == before;
        self.narrator =
            narrated.then(|| self.narrated_subject(w, ws..we, &subject, verb)).flatten().map(|x| (p, x));
        self.refocus(w, ws..we, &subject, verb);
        consumed
    }

    /// The quotations in marks of sentence `s` of paragraph `p`, each with its speaker, and
    /// reported speech after the last ("“…,” he said, adding that ..."). False when none
    /// was kept and none opened the sentence.
    fn marked_quotes(
        &mut self,
        all: &Article<'_>,
        p: usize,
        s: &Range<usize>,
        quotes: &[&Marked],
        subject: &Subject,
        pending: Option<&Option<Speaker>>,
    ) -> bool {
        let w = &all.words[p];
        let (ws, we) = (w.word_at(s.start), w.word_at(s.end));
        let head_end = w.word_at(quotes[0].open);
        let mut read = false;
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
            let follows = q.open == s.start && self.follows_marked(all, p, s);
            let mut attribution = self.attribute(w, subject, prev_end..open, after_w, after.clone());
            if k > 0
                && let Attribution::Said(speaker @ None) | Attribution::Partial(speaker @ None) =
                    &mut attribution
            {
                *speaker = self.participle_of_subject(w, subject, ws..head_end, prev_end..open);
            }
            let close_word = if q.last_paragraph() == p { after.start } else { w.len() };
            prev_end = close_word;
            let text = q.text(&all.texts);
            let words = crate::markdown::count_words(&text);
            let kind = match attribution {
                Attribution::Judged(_) => QuoteKind::Partial,
                _ => QuoteKind::Direct,
            };
            let speaker = match attribution {
                Attribution::Label => continue,
                // "appeared on “This Week With Ada Ward”": a title, not words spoken.
                Attribution::Partial(_) | Attribution::Unmarked if is_title(&text) => continue,
                Attribution::Partial(_) if words < MIN_PARTIAL_WORDS => continue,
                Attribution::Judged(sp) => Some(Some(sp)),
                Attribution::Said(sp) | Attribution::Partial(sp) => Some(sp),
                // Words after the quotation that name a speaker not made out ("“…,”
                // a man in the crowd shouted") are not the last speaker's.
                Attribution::Unmarked if !after.is_empty() => None,
                Attribution::Unmarked => self
                    .said_next(all, p, s)
                    .or_else(|| {
                        self.continuation(p, prev.as_ref().map(|x| &x.0), at_start || follows, pending)
                    })
                    .or_else(|| self.narrated_by(p, k == 0 && q.open == s.start)),
            };
            // A quotation opening the sentence whose speaker was not made out ("“…,” X and
            // Y, both …, said") is no scare quote: the sentence is not read again as
            // reported speech, which would take the quotation for the statement.
            read |= speaker.is_some() || q.open == s.start;
            if speaker.is_none() && words < MIN_UNATTRIBUTED_WORDS {
                continue;
            }
            let speaker = speaker.flatten();
            // "“Iran and Pakistan,” he said, “are two nations with one heart.”": one quote,
            // cut only by its attribution.
            let resumes = open.saturating_sub(prev_close) <= 8 && w.gap_before(open).contains(',');
            let cut_here = matches!(&prev, Some((prev_speaker, true))
                if resumes && (speaker.is_none() || same_person(speaker.as_ref(), prev_speaker.as_ref())));
            // "“A,” he said. “B.”": the next sentence goes on with the same statement.
            let goes_on = k == 0 && follows && speaker.as_ref().is_some_and(|x| x.via == Via::Continuation);
            if (cut_here || goes_on) && self.resume_last(p, speaker.as_ref(), &text, cut_here) {
                self.last_marked_sentence = Some((p, s.start));
                let kept = if cut_here { prev.and_then(|x| x.0) } else { speaker };
                prev = Some((kept, q.continues));
                continue;
            }
            self.push(p, q.last_paragraph(), text, kind, speaker.clone());
            self.last_marked = Some((q.last_paragraph(), speaker.clone()));
            self.last_marked_sentence = Some((p, s.start));
            prev = Some((speaker, q.continues));
        }
        if let Some((Some(speaker), _)) = prev
            && quotes.last().is_some_and(|q| q.last_paragraph() == p)
        {
            self.adding_that(w, prev_end, we, speaker, head_end > ws);
        }
        read
    }

    /// The speech verb of sentence `s` of paragraph `p` before `end`, after any lead phrase
    /// ("Asked about the talks, ..."), and the clause's subject.
    fn verb_and_subject(
        &self,
        all: &Article<'_>,
        p: usize,
        s: &Range<usize>,
        end: usize,
    ) -> (Option<usize>, Subject) {
        let w = &all.words[p];
        let ws = w.word_at(s.start);
        let verb =
            (w.skip_lead(ws, end)..end).find(|&i| matches!(w.cue(i), Some(Cue::Speech | Cue::Participle)));
        (verb, self.clause_subject(all, p, s, verb, end))
    }

    /// The subject of sentence `s` of paragraph `p`, before its verb (or `head_end`).
    fn clause_subject(
        &self,
        all: &Article<'_>,
        p: usize,
        s: &Range<usize>,
        verb: Option<usize>,
        head_end: usize,
    ) -> Subject {
        let w = &all.words[p];
        let ws = w.word_at(s.start);
        let to = verb.unwrap_or(head_end);
        // "… به طوری که یکی از مقامات آژانس … اعلام کرد:": a verb inside a clause a
        // conjunction opens has that clause's subject, not the sentence's.
        let ws = if self.latin { ws } else { subordinate_start(w, ws, to).unwrap_or(ws) };
        // "As Ada Ward, a lawyer, put it, “…”": "as" opens the speech verb's own clause.
        if self.latin
            && let Some(v) = verb
            && w.para.folded.word(ws) == "as"
            && let Some((s @ Subject::Known(_), _)) = w.adjacent(v, ws + 1)
        {
            return s;
        }
        let subject = w.subject(ws, to);
        if let Some(v) = verb
            && let Some(arabic) = w.verb_first_subject(ws, v, head_end, &subject)
        {
            return arabic;
        }
        // "وی در پاسخ به این سؤال که ...؟ گفت:": a question splits the clause from its verb.
        if subject == Subject::Nothing
            && verb == Some(ws)
            && let Some(prev) = all.sentences[p].iter().take_while(|x| x.end <= s.start).last()
            && w.para.text[prev.clone()].trim_end().ends_with(['?', '؟'])
        {
            return w.subject(w.word_at(prev.start), w.word_at(prev.end));
        }
        // "Frustrated, Ada Ward said": one capitalised word set off by a comma, which the
        // article never uses as a name, opens the clause; the subject follows it.
        let first = w.skip_lead(ws, to);
        if let Subject::Known(sp) = &subject
            && sp.via == Via::Unregistered
            && first + 1 < to
            && w.text(first..first + 1) == sp.name
            && w.gap_before(first + 1).trim() == ","
            && !self.article_names().is_name(w.para.folded.word(first))
        {
            return w.subject(first + 1, to);
        }
        subject
    }

    /// Reported speech `text` in the paragraph of `w`, by `speaker`.
    fn push_reported(&mut self, w: &TaggedPara<'_>, text: String, speaker: Speaker) {
        self.push(w.para.index, w.para.index, text, QuoteKind::Reported, Some(speaker));
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
        // Whoever is quoted is who the text is about next; after a document or an outlet
        // ("the report said: ...", "در این گزارش آمده است"), a "he" is no one known.
        if let Some(s) = &speaker
            && s.entity.is_none_or(|e| self.index.is_person(e))
        {
            self.focus = (!is_document(&s.name)).then(|| s.clone());
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
    pub words: Vec<TaggedPara<'p>>,
    pub sentences: Vec<Vec<Range<usize>>>,
    pub marked: Vec<Marked>,
    pub texts: Vec<&'p str>,
}

impl<'p> Article<'p> {
    /// The words after quotation `q` where its attribution may be: from its closing mark to
    /// the next quotation (byte `next_open`) or the end of its sentence (`sentence_end` when
    /// it closes in the paragraph it opened in).
    fn after(
        &self,
        q: &Marked,
        next_open: Option<usize>,
        sentence_end: usize,
    ) -> (&TaggedPara<'p>, Range<usize>) {
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
        let (from, mut to) = (w.word_at(close), w.word_at(end));
        // "“…?” Ward asked.": the next sentence attributes a question only when it opens
        // with its speech verb, not "Several councillors, including Ward, said nothing."
        let next_sentence = lp == q.first_paragraph() && asks && next_open.is_none() && close >= sentence_end;
        let opens_with_verb = (from..to.min(from + 5))
            .find(|&j| matches!(w.cue(j), Some(Cue::Speech | Cue::Participle)))
            .is_some_and(|v| !(from + 1..=v).any(|j| w.gap_before(j).contains(',')));
        if next_sentence && w.latin() && !opens_with_verb {
            to = from;
        }
        (w, from..to.max(from))
    }
}

/// A name's last word, folded: the key of the gender the text gives it.
fn surname(name: &str) -> String {
    let folded = Folded::new(name);
    folded.text.rsplit(' ').next().unwrap_or_default().to_owned()
}
