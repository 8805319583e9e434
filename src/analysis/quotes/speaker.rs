//! Who speaks: the subject of a clause, the name next to a speech verb, and what a
//! pronoun stands for. The rules are deliberately narrow: a subject must open its clause
//! (after a lead phrase such as "In this conversation,"), names after prepositions or
//! followed by a possessive are never subjects, and a description we cannot resolve ("the
//! spokesman") leaves the quote unattributed rather than guessed.

use std::ops::Range;

use super::cues::{self, Cue};
use crate::analysis::entities::{EntityIndex, Mention};
use crate::analysis::names::ArticleNames;
use crate::analysis::reading::Para;
use crate::corpus::EntityKind;
use crate::text::Folded;

/// How a speaker was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// A name of the registry.
    Name,
    /// A role of the registry ("the secretary general of ...").
    Role,
    /// A pronoun, resolved to the person the text was about.
    Pronoun,
    /// A quote that continues the previous one.
    Continuation,
    /// A name not in the registry, kept as written.
    Unregistered,
    /// A description ("the spokesman") of the person the text is about.
    Description,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Speaker {
    /// The registry entity, when known.
    pub entity: Option<usize>,
    /// The name as the article writes it (for a pronoun, the name it stands for).
    pub name: String,
    /// How it was recognised.
    pub via: Via,
}

/// The subject of a clause, as far as the rules can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Subject {
    /// A known speaker.
    Known(Speaker),
    /// A pronoun: the speaker is the text's current focus.
    Pronoun,
    /// A person we cannot name ("the spokesman of the Foreign Ministry"), with the content
    /// words of the description, folded and joined by spaces ("spokesman foreign
    /// ministry"), modifiers before it included ("Hamas spokesman").
    Someone(String),
    /// Not a person, or not recognised.
    Nothing,
}

/// A paragraph with its words tagged.
pub(crate) struct Words<'p> {
    pub para: &'p Para<'p>,
    pub index: &'p EntityIndex,
    /// Cue starting at each word, with its length in words.
    pub cues: Vec<Option<(Cue, usize)>>,
    /// Mention starting at each word, as an index into `para.mentions`.
    mention_at: Vec<Option<usize>>,
    /// True for Latin-script text, where capitals mark names.
    latin: bool,
    /// The first word after a dateline ("TEHRAN (IP) –", "Islamabad, 1 December 2023
    /// (TDI):"), in an article's first paragraph; 0 elsewhere.
    pub dateline_end: usize,
}

/// Lowercase particles inside names ("Ziyad al-Nakhalah", "Ibn Khaldun").
const NAME_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "bint", "ul"];

impl<'p> Words<'p> {
    pub(crate) fn new(para: &'p Para<'p>, index: &'p EntityIndex, latin: bool) -> Words<'p> {
        let mut mention_at = vec![None; para.folded.len()];
        for (i, m) in para.mentions.iter().enumerate() {
            // The longest mention starting at a word wins (a role over a name inside it).
            let slot = &mut mention_at[m.words.start];
            if slot.is_none_or(|j: usize| para.mentions[j].words.len() < m.words.len()) {
                *slot = Some(i);
            }
        }
        let mut cues = cues::tag(&para.folded, para.text);
        // Words of a name are not cues ("United States" does not state anything), nor are
        // capitalised words inside a Latin sentence ("Speaker Qalibaf").
        for m in &para.mentions {
            for slot in &mut cues[m.words.clone()] {
                *slot = None;
            }
        }
        if latin {
            let words = &para.folded.words;
            for i in 1..words.len() {
                if !matches!(cues[i], Some((Cue::Speech | Cue::Participle | Cue::Naming, _))) {
                    continue;
                }
                let gap = &para.text[words[i - 1].original.end..words[i].original.start];
                let capital = para.text[words[i].original.clone()].starts_with(char::is_uppercase);
                if capital && !gap.contains(['.', '!', '?', '“', '"', '«', ':']) {
                    cues[i] = None;
                }
            }
        }
        let mut words = Words { cues, para, index, mention_at, latin, dateline_end: 0 };
        if para.index < 3 {
            words.dateline_end = words.dateline();
        }
        words
    }

    /// The end of a dateline opening the text: a few words before a dash or colon that
    /// hold a date, an agency mark in brackets, or a place in capitals.
    fn dateline(&self) -> usize {
        let text = self.para.text;
        let Some(cut) =
            text.char_indices().take(80).find(|(_, c)| matches!(c, ':' | '—' | '–' | '-')).map(|(i, _)| i)
        else {
            return 0;
        };
        let head = &text[..cut];
        let capitals = head.split_whitespace().next().is_some_and(|w| {
            w.chars().count() > 2 && !w.chars().any(char::is_lowercase) && w.chars().any(char::is_uppercase)
        });
        let dated = head.contains(',') && head.chars().any(|c| c.is_ascii_digit());
        let marked = head.contains('(') || dated || capitals;
        if marked && head.split_whitespace().count() <= 8 { self.word_at(cut) } else { 0 }
    }

    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.para.folded.len()
    }

    /// The cue at word `i`.
    pub(crate) fn cue(&self, i: usize) -> Option<Cue> {
        self.cues.get(i).copied().flatten().map(|(c, _)| c)
    }

    /// The cue at word `i`, with the word after it.
    pub(crate) fn cue_span(&self, i: usize) -> Option<(Cue, usize)> {
        self.cues.get(i).copied().flatten().map(|(c, n)| (c, i + n))
    }

    /// The mention starting at word `i`.
    pub(crate) fn mention(&self, i: usize) -> Option<&'p Mention> {
        self.mention_at.get(i).copied().flatten().map(|m| &self.para.mentions[m])
    }

    /// Byte range of word `i` in the paragraph.
    pub(crate) fn bytes(&self, i: usize) -> Range<usize> {
        self.para.folded.words[i].original.clone()
    }

    /// The original text between word `i - 1` and word `i` (or the paragraph's edges).
    pub(crate) fn gap_before(&self, i: usize) -> &'p str {
        let start = if i == 0 { 0 } else { self.bytes(i - 1).end };
        let end = if i < self.len() { self.bytes(i).start } else { self.para.text.len() };
        &self.para.text[start..end.max(start)]
    }

    /// The first word starting at or after byte `offset`.
    pub(crate) fn word_at(&self, offset: usize) -> usize {
        self.para.folded.words.partition_point(|w| w.original.start < offset)
    }

    /// The original text of words `range`.
    pub(crate) fn text(&self, range: Range<usize>) -> &'p str {
        if range.is_empty() {
            return "";
        }
        &self.para.text[self.bytes(range.start).start..self.bytes(range.end - 1).end]
    }

    /// The original text of words `range` with the punctuation that closes it ("... Gaza.").
    pub(crate) fn text_through(&self, range: Range<usize>) -> &'p str {
        if range.is_empty() {
            return "";
        }
        let start = self.bytes(range.start).start;
        let end = self.bytes(range.end - 1).end;
        let tail = self.para.text[end..]
            .find(|c: char| !matches!(c, '.' | '!' | '?' | '؟' | '…'))
            .unwrap_or(self.para.text.len() - end);
        &self.para.text[start..end + tail]
    }

    /// True when a possessive "’s" follows the word before `i`.
    fn possessive(&self, i: usize) -> bool {
        i < self.len() && self.para.folded.word(i) == "s" && self.gap_before(i).contains(['’', '\''])
    }

    /// Whether the paragraph is in a script with capitals.
    pub(crate) fn latin(&self) -> bool {
        self.latin
    }

    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.latin && self.para.text[self.bytes(i)].chars().next().is_some_and(char::is_uppercase)
    }

    /// The subject of the clause in words `from..to`.
    pub(crate) fn subject(&self, from: usize, to: usize) -> Subject {
        let start = self.skip_lead(from.max(self.dateline_end), to);
        let mut i = start;
        while i < to {
            if let Some(m) = self.mention(i) {
                match self.mention_subject(m) {
                    Some(s) => return s,
                    None => {
                        i = self.after_possessive(m.words.end);
                        continue;
                    }
                }
            }
            match self.cue_span(i) {
                Some((Cue::Pronoun, _)) => return Subject::Pronoun,
                Some((Cue::Skip, next)) => {
                    i = next;
                    continue;
                }
                _ if !self.latin => return self.written_subject(i, to),
                Some((Cue::Title | Cue::PersonNoun, _)) => return self.titled_from(start, i, to),
                _ => {}
            }
            if self.capitalised(i) && self.cue(i).is_none() {
                if self.possessive(i + 1) {
                    // "Netanyahu's office", "Pakistan's Foreign Minister ...".
                    i += 2;
                    continue;
                }
                return self.titled_from(start, i, to);
            }
            if self.qualifies_person(i, to) {
                return self.titled_from(start, i, to);
            }
            return Subject::Nothing;
        }
        Subject::Nothing
    }

    /// In a script without capitals, the words that open a clause up to its first
    /// preposition, comma, time phrase or verb ("علی رضایی در نشست خبری گفت" gives علی
    /// رضایی): the subject as written. With a noun of office in it, it is a description
    /// ("سخنگوی وزارت خارجه"), which a registered role may still resolve.
    fn written_subject(&self, from: usize, to: usize) -> Subject {
        let (head, end) = self.written_subject_end(from, to);
        if end <= head || end - from > 7 {
            return Subject::Nothing;
        }
        let described = (from..end).any(|j| matches!(self.cue(j), Some(Cue::PersonNoun | Cue::Title)));
        // "«آرش نیکو» وزیر خارجه": a subject opening with a name in marks is that name.
        let text = self.text(from..end);
        let name = match text.split_once('»') {
            Some((inside, _)) if !inside.contains('«') => inside.trim(),
            _ => text,
        };
        Subject::Known(Speaker {
            entity: None,
            name: name.to_owned(),
            via: if described { Via::Description } else { Via::Unregistered },
        })
    }

    /// The head and end of [`Words::written_subject`] from `from`.
    pub(crate) fn written_subject_end(&self, from: usize, to: usize) -> (usize, usize) {
        let f = &self.para.folded;
        // "برخی از این مقامات", "یکی از مقامات آژانس": a quantifier and "از" open the
        // subject, not a phrase of place.
        let partitive = from + 2 < to && cues::is_quantifier(f.word(from)) && f.word(from + 1) == "از";
        let head = if partitive { from + 2 } else { from };
        let end = (head..to)
            .find(|&j| {
                (j > head && self.gap_before(j).contains(['،', ',', ':', '(', '«', '"', '.', '؛']))
                    || matches!(
                        self.cue(j),
                        Some(
                            Cue::Preposition
                                | Cue::Speech
                                | Cue::Participle
                                | Cue::That
                                | Cue::AccordingTo
                                | Cue::ObjectMarker
                                | Cue::Need
                                | Cue::Naming
                                | Cue::Pronoun
                        )
                    )
                    || cues::is_time_word(f.word(j))
                    || (j > head && self.cue(j) == Some(Cue::Skip))
            })
            .unwrap_or(to);
        (head, end)
    }

    /// A subject opening with titles and capitalised words: "Israeli Prime Minister
    /// Benjamin Netanyahu", "foreign ministry spokesman Majed al-Ansari", "President
    /// Raisi". The name is the registered mention, or the capitalised words, that end the
    /// run; a run of titles with no name is someone we cannot name.
    pub(crate) fn titled(&self, from: usize, to: usize) -> Subject {
        self.titled_from(from, from, to)
    }

    /// [`Words::titled`] for titles from `from` in a phrase that opens at `phrase` (after
    /// modifiers such as "Hamas" or "Iran's", which describe the person too).
    fn titled_from(&self, phrase: usize, from: usize, to: usize) -> Subject {
        let mut i = from;
        // Whether a noun for a person ("spokesman") has been read; or one of office
        // ("ministry", "movement"): a description either way.
        let mut person = false;
        let mut office = false;
        while i < to {
            if let Some(m) = self.mention(i) {
                if let Some(s) = self.mention_subject(m) {
                    return s;
                }
                i = self.after_possessive(m.words.end);
                continue;
            }
            match self.cue_span(i) {
                Some((Cue::PersonNoun, next)) => {
                    person = true;
                    i = next;
                }
                Some((Cue::Title, next)) => {
                    office = true;
                    i = next;
                }
                Some((Cue::Skip, next)) => i = next,
                // "the ministry's spokesman": a possessive qualifying a title.
                _ if self.possessive(i) => i += 1,
                _ if self.qualifies_person(i, to) => i += 1,
                _ if self.possessive(i + 1)
                    && matches!(self.cue(i + 2), Some(Cue::Title | Cue::PersonNoun)) =>
                {
                    i += 2;
                }
                // "RNLI coordinator Ada Ward": an acronym qualifying a title.
                _ if self.acronym(i) && matches!(self.cue(i + 1), Some(Cue::Title | Cue::PersonNoun)) => {
                    i += 1
                }
                _ if self.capitalised(i) && self.cue(i).is_none() => {
                    let Some(end) = self.name_run(i, to) else { break };
                    let apposed = self.gap_before(end).contains(',');
                    if end < to && !apposed && matches!(self.cue(end), Some(Cue::Title | Cue::PersonNoun)) {
                        // More titles follow: these capitals were an adjective ("Lebanese").
                        i = end;
                        continue;
                    }
                    // After a title, capitalised words are a name whatever follows
                    // ("Foreign Minister Jalil Abbas Jilani echoed ...").
                    if person && end - i >= 2 {
                        return self.unregistered(i..end);
                    }
                    let fallback = if person { self.description(phrase..to) } else { Subject::Nothing };
                    return self.unregistered_name(i, to).unwrap_or(fallback);
                }
                _ => break,
            }
        }
        if person || office { self.description(phrase..to) } else { Subject::Nothing }
    }

    /// Someone described by the words `range`: the whole clause before its verb, so that
    /// "the spokesman of Hamas" is not taken for another spokesman.
    fn description(&self, range: Range<usize>) -> Subject {
        Subject::Someone(content_key(&self.para.folded, range.start..range.end.min(self.len())))
    }

    /// The word after a possessive "’s" at `i`, or `i`.
    fn after_possessive(&self, i: usize) -> usize {
        if self.possessive(i) { i + 1 } else { i }
    }

    /// What a mention at the head of a clause makes the subject: `None` when it is only a
    /// modifier and the subject comes after it ("Hamas spokesman", "Iran's mission").
    fn mention_subject(&self, m: &Mention) -> Option<Subject> {
        let after = m.words.end;
        // "Hamas spokesman", "U.N. Special Coordinator": the name qualifies what follows.
        let capitalised_next = after < self.len() && self.capitalised(after) && self.cue(after).is_none();
        let modifier = self.possessive(after)
            || matches!(self.cue(after), Some(Cue::Title | Cue::PersonNoun))
            || (capitalised_next && self.mention(after).is_none());
        let Some(e) = m.entity() else {
            return Some(Subject::Nothing);
        };
        if m.by_role {
            // A role followed by a registered person's name is that person's title: the
            // entity layer drops such a role (see `EntityIndex::find`). Followed by a name
            // the registry lacks, likewise ("foreign ministry spokesman Majed al-Ansari").
            if capitalised_next && let Some(s) = self.unregistered_name(after, self.len()) {
                return Some(s);
            }
        }
        match self.index.get(e).kind {
            EntityKind::Person if self.possessive(after) => Some(Subject::Nothing),
            EntityKind::Person => Some(Subject::Known(self.speaker(m))),
            _ if modifier => None,
            // "Hamas said", and "Qatar announced": a country for its government.
            _ => Some(Subject::Known(self.speaker(m))),
        }
    }

    /// The speaker a mention names, with the words as written.
    pub(crate) fn speaker(&self, m: &Mention) -> Speaker {
        // "Iranian Parliament Speaker Mohammad Baqer Qalibaf": the name, not the role, is
        // how the article names him.
        let named = m
            .by_role
            .then(|| self.mention(m.words.end))
            .flatten()
            .filter(|n| !n.by_role && n.entity().is_some() && n.entity() == m.entity());
        let shown = named.unwrap_or(m);
        Speaker {
            entity: m.entity(),
            name: self.text(shown.words.clone()).to_owned(),
            via: if shown.by_role { Via::Role } else { Via::Name },
        }
    }

    /// Skips a lead phrase ("In this conversation,", "Praising ..., ", "به گزارش ...،").
    pub(crate) fn skip_lead(&self, from: usize, to: usize) -> usize {
        // "این در حالی است که ...": "this while ... that" opens a Persian clause.
        let f = &self.para.folded;
        if !self.latin
            && from + 3 < to
            && f.word(from) == "این"
            && f.word(from + 2) == "حالی"
            && let Some(k) = (from + 3..to.min(from + 6)).find(|&k| self.cue(k) == Some(Cue::That))
        {
            return k + 1;
        }
        if !self.starts_with_lead(from, to) {
            return from;
        }
        let first = self.first_content_word(from, to);
        let limit = to.min(first + 20);
        (first + 1..limit).find(|&i| self.gap_before(i).contains([',', '،'])).unwrap_or(from)
    }

    /// True when the clause `from..to` opens with a lead phrase: a preposition, a
    /// participle ("Praising ...", "Asked about ...") or a subordinator ("While ...").
    pub(crate) fn starts_with_lead(&self, from: usize, to: usize) -> bool {
        let first = self.first_content_word(from, to);
        match self.cue(first) {
            Some(Cue::Preposition | Cue::Participle) => true,
            Some(Cue::AccordingTo) => false,
            _ => {
                let w = if first < to { self.para.folded.word(first) } else { "" };
                (self.latin && w.len() > 4 && w.ends_with("ing"))
                    || matches!(
                        w,
                        "while"
                            | "when"
                            | "as"
                            | "since"
                            | "although"
                            | "though"
                            | "following"
                            | "despite"
                            | "asked"
                            | "questioned"
                            | "pressed"
                            | "گزارش"
                    )
            }
        }
    }

    fn first_content_word(&self, from: usize, to: usize) -> usize {
        (from..to).find(|&i| self.cue(i) != Some(Cue::Skip)).unwrap_or(from)
    }

    /// A name not in the registry starting at `i` (Latin script: a run of capitalised
    /// words followed by a speech verb, a comma or a bracket).
    pub(crate) fn unregistered_name(&self, i: usize, to: usize) -> Option<Subject> {
        let end = self.name_run(i, to)?;
        // "Islamabad, 1 December 2023": a dateline, not a name.
        let dateline = self.gap_before(end).contains(',')
            && end < self.len()
            && self.para.folded.word(end).starts_with(|c: char| c.is_ascii_digit());
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
        let i = (start..to).find(|&j| self.cue(j) != Some(Cue::Skip))?;
        let end = self.name_run(i, to)?;
        let verb_follows =
            end < to && !self.capitalised(end) && !self.gap_before(end).contains([',', '(', ':', ';']);
        let honorific = (start..i).any(|j| self.abbreviation(j));
        let named = honorific || end - i >= 2 || names.is_name(self.para.folded.word(i));
        (self.latin && verb_follows && named).then(|| self.unregistered(i..end))
    }

    /// The words `range` as the name of someone the registry does not know.
    fn unregistered(&self, range: Range<usize>) -> Subject {
        Subject::Known(Speaker { entity: None, name: self.text(range).to_owned(), via: Via::Unregistered })
    }

    /// Who follows a speech verb that comes first ("said Ada Ward of the tenants' union"):
    /// a titled subject, or else the name that opens the words, whatever follows it.
    pub(crate) fn named_after_verb(&self, from: usize, to: usize) -> Subject {
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

    /// The end of a name at `i` set off by a comma ("Ada Ward, a lawyer for ..."), after
    /// any titles before it.
    pub(crate) fn apposed_name(&self, i: usize, to: usize) -> Option<usize> {
        let start =
            (i..to).find(|&j| !matches!(self.cue(j), Some(Cue::Skip | Cue::Title | Cue::PersonNoun)))?;
        let end = self.name_run(start, to)?;
        (end < to && self.gap_before(end).trim() == ",").then_some(end)
    }

    /// True when a full stop stands between words `from` and `to`, other than one ending
    /// an abbreviation ("Sen.") or inside brackets ("(D-Ore.)").
    pub(crate) fn full_stop(&self, from: usize, to: usize) -> bool {
        let mut depth = 0i32;
        for j in from + 1..=to.min(self.len()) {
            for c in self.gap_before(j).chars() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = (depth - 1).max(0),
                    '.' if depth == 0 && !self.abbreviation(j - 1) && !self.initial(j - 1) => return true,
                    _ => {}
                }
            }
        }
        false
    }

    /// The end of what may be a transcript label opening the paragraph: one to three
    /// words in capitals, then a colon ("ELLISON:", "SEN. WARD:"). The reader decides
    /// whether it names a speaker or is a dateline ("TEHRAN:") or a heading.
    pub(crate) fn transcript_label(&self) -> Option<usize> {
        if !self.latin {
            return None;
        }
        let end = (1..=self.len().min(3)).find(|&k| self.gap_before(k).trim().ends_with(':'))?;
        let capitals = (0..end).all(|j| {
            let word = &self.para.text[self.bytes(j)];
            word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase)
        });
        let inside = (1..end).all(|j| matches!(self.gap_before(j).trim(), "" | "." | "-"));
        (capitals && inside && end < self.len() && self.text(0..end).chars().count() > 2).then_some(end)
    }

    /// True when word `i` is a lower-case word qualifying a person noun that follows
    /// within three words ("a border police official", "some party strategists").
    fn qualifies_person(&self, i: usize, to: usize) -> bool {
        self.latin
            && !self.capitalised(i)
            && self.cue(i).is_none()
            && (i + 1..to.min(i + 4))
                .find(|&j| self.cue(j).is_some())
                .is_some_and(|j| self.cue(j) == Some(Cue::PersonNoun))
    }

    /// True when word `i` is a lower-case adverb in "-ly" ("jokingly", "briefly").
    pub(crate) fn adverb(&self, i: usize) -> bool {
        self.latin && i < self.len() && !self.capitalised(i) && self.para.folded.word(i).ends_with("ly")
    }

    /// True when word `i` is written in capitals and is no single letter ("GOP", "NATO").
    fn acronym(&self, i: usize) -> bool {
        let word = &self.para.text[self.bytes(i)];
        self.latin && word.chars().count() > 1 && !word.chars().any(char::is_lowercase)
    }

    /// True when word `i` is a single capital letter, an initial ("P. Harlan Moss").
    fn initial(&self, i: usize) -> bool {
        let mut letters = self.para.text[self.bytes(i)].chars();
        self.latin && letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
    }

    /// True when word `i` is an abbreviation that takes a full stop ("Sen.", "Mr.").
    pub(crate) fn abbreviation(&self, i: usize) -> bool {
        self.cue(i) == Some(Cue::Skip) && self.para.folded.word(i).len() <= 4
    }

    /// The end of a run of capitalised words from `i` that can be a name.
    fn name_run(&self, i: usize, to: usize) -> Option<usize> {
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
            return Some((Subject::Pronoun, end - 1));
        }
        // "Ada Ward, a former harbour master, put it": the name before an apposition set off
        // by commas, which opens in lower case.
        if self.latin && end == verb && self.gap_before(end).contains(',') && !self.capitalised(end - 1) {
            let from = floor.max(end.saturating_sub(12));
            let apposition = (from + 1..end - 1).rev().find(|&j| self.gap_before(j).contains(','));
            if let Some(j) = apposition.filter(|&j| !self.capitalised(j) || self.cue(j) == Some(Cue::Skip)) {
                return self.adjacent(j, floor).filter(|(s, _)| matches!(s, Subject::Known(_)));
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

/// The content words of words `range` of a folded text, joined by spaces: how a
/// description is compared with a registered role ("spokesman foreign ministry").
pub(crate) fn content_key(folded: &Folded, range: Range<usize>) -> String {
    let words: Vec<&str> =
        range.map(|j| folded.word(j)).filter(|w| crate::text::is_content_word(w)).collect();
    words.join(" ")
}
