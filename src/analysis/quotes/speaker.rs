//! Who speaks: the subject of a clause, the name next to a speech verb, and what a
//! pronoun stands for. The rules are deliberately narrow: a subject must open its clause
//! (after a lead phrase such as "In this conversation,"), names after prepositions or
//! followed by a possessive are never subjects, and a description we cannot resolve ("the
//! spokesman") leaves the quote unattributed rather than guessed.
//!
//! This module holds the types and the words of a paragraph with their cues; [`subject`]
//! finds the subject of a clause, [`names`] the names the registry does not hold.

mod names;
pub(crate) use names::{DASHES, is_dash};
mod subject;

use std::ops::Range;

use super::cues::{self, Cue, arabic};
use crate::analysis::entities::{EntityIndex, Mention};
use crate::analysis::names::ArticleNames;
use crate::analysis::para::Para;
use crate::corpus::EntityKind;
use crate::text::Folded;

/// How a speaker was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Speaker {
    /// The registry entity, when known.
    pub entity: Option<usize>,
    /// The name as the article writes it (for a pronoun, the name it stands for).
    pub name: String,
    /// How it was recognised.
    pub via: Via,
}

/// The gender an English pronoun or honorific gives ("she", "Mr.").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The gender of a pronoun or honorific, folded ("she", "mr"); none for any other word
    /// (Persian "وی", the possessive "his", which is no subject).
    pub(crate) fn of(word: &str) -> Option<Gender> {
        match word {
            "he" | "him" | "mr" => Some(Gender::Male),
            "she" | "her" | "ms" | "mrs" | "miss" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender an Arabic verb of speech gives its subject by its ending ("قالت": she);
    /// none for a plural or another word.
    pub(crate) fn of_verb(word: &str) -> Option<Gender> {
        arabic::verb_is_feminine(word).map(|f| if f { Gender::Female } else { Gender::Male })
    }

    /// The gender a title gives the name after it ("spokeswoman Ada Ward"): only the
    /// feminine forms, since "spokesman" and "chairman" are written of women too.
    fn of_title(word: &str) -> Option<Gender> {
        let female =
            ["spokeswoman", "congresswoman", "chairwoman", "councilwoman", "businesswoman", "actress"];
        female.contains(&word).then_some(Gender::Female)
    }
}

/// The subject of a clause, as far as the rules can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Subject {
    /// A known speaker.
    Known(Speaker),
    /// A pronoun, with the gender it gives: the speaker is the text's current focus.
    Pronoun(Option<Gender>),
    /// A person we cannot name ("the spokesman of the Foreign Ministry"), with the content
    /// words of the description, folded and joined by spaces ("spokesman foreign
    /// ministry"), modifiers before it included ("Hamas spokesman").
    Someone(String),
    /// Not a person, or not recognised.
    Nothing,
}

/// A paragraph with its words tagged.
pub(crate) struct TaggedPara<'p> {
    pub para: &'p Para<'p>,
    pub index: &'p EntityIndex,
    /// Cue starting at each word, with its length in words.
    pub cues: Vec<Option<(Cue, usize)>>,
    /// Mention starting at each word, as an index into `para.mentions`.
    mention_at: Vec<Option<usize>>,
    /// True for Latin-script text, where capitals mark names.
    latin: bool,
    /// True for Arabic text, whose verb comes before its subject.
    arabic: bool,
    /// The first word after a dateline ("TEHRAN (IP) –", "Islamabad, 1 December 2023
    /// (TDI):"), in an article's first paragraph; 0 elsewhere.
    pub dateline_end: usize,
}

/// Lowercase particles inside names ("Ziyad al-Nakhalah", "Ibn Khaldun").
const NAME_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "bint", "ul"];

impl<'p> TaggedPara<'p> {
    pub(crate) fn new(
        para: &'p Para<'p>,
        index: &'p EntityIndex,
        latin: bool,
        arabic: bool,
    ) -> TaggedPara<'p> {
        let mut mention_at = vec![None; para.folded.len()];
        for (i, m) in para.mentions.iter().enumerate() {
            // The longest mention starting at a word wins (a role over a name inside it).
            let slot = &mut mention_at[m.words.start];
            if slot.is_none_or(|j: usize| para.mentions[j].words.len() < m.words.len()) {
                *slot = Some(i);
            }
        }
        let mut cues = cues::tag(&para.folded, para.text, arabic);
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
        let mut words = TaggedPara { cues, para, index, mention_at, latin, arabic, dateline_end: 0 };
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
    pub(crate) fn possessive(&self, i: usize) -> bool {
        i < self.len() && self.para.folded.word(i) == "s" && self.gap_before(i).contains(['’', '\''])
    }

    /// Whether the paragraph is in a script with capitals.
    pub(crate) fn latin(&self) -> bool {
        self.latin
    }

    /// True for Arabic text, whose verb comes before its subject.
    pub(crate) fn arabic(&self) -> bool {
        self.arabic
    }

    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.latin && self.para.text[self.bytes(i)].chars().next().is_some_and(char::is_uppercase)
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
    pub(crate) fn acronym(&self, i: usize) -> bool {
        let word = &self.para.text[self.bytes(i)];
        self.latin && word.chars().count() > 1 && !word.chars().any(char::is_lowercase)
    }

    /// True when word `i` is a single capital letter, an initial ("P. Harlan Moss").
    fn initial(&self, i: usize) -> bool {
        let mut letters = self.para.text[self.bytes(i)].chars();
        self.latin && letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
    }

    /// The pronoun at word `i` as a subject.
    pub(crate) fn pronoun(&self, i: usize) -> Subject {
        Subject::Pronoun(Gender::of(self.para.folded.word(i)))
    }

    /// The surnames an honorific or a gendered title genders ("Ms. Ada Ward",
    /// "spokeswoman Ada Ward": ward, female), in Latin script.
    pub(crate) fn honorific_surnames(&self) -> impl Iterator<Item = (&str, Gender)> + '_ {
        (0..self.len().saturating_sub(1)).filter(|_| self.latin).filter_map(|i| {
            let word = self.para.folded.word(i);
            let title = Gender::of_title(word);
            let gender = title.or_else(|| Gender::of(word).filter(|_| self.abbreviation(i)))?;
            let end = self.name_run(i + 1, self.len())?;
            Some((self.para.folded.word(end - 1), gender))
        })
    }

    /// Each name that a title opens ("President Ada Ward", "harbour master Tom Lisle"),
    /// as (the title's content words, folded; the name as written).
    pub(crate) fn titled_names(&self) -> impl Iterator<Item = (String, &'p str)> + '_ {
        (0..self.len()).filter(|_| self.latin).filter_map(|i| {
            let (Cue::Title | Cue::PersonNoun, next) = self.cue_span(i)? else { return None };
            if i > 0 && matches!(self.cue(i - 1), Some(Cue::Title | Cue::PersonNoun)) {
                return None;
            }
            let end = self.name_run(next, self.len())?;
            Some((content_key(&self.para.folded, i..next), self.text(next..end)))
        })
    }

    /// True when word `i` is an abbreviation that takes a full stop ("Sen.", "Mr.").
    pub(crate) fn abbreviation(&self, i: usize) -> bool {
        self.cue(i) == Some(Cue::Skip) && self.para.folded.word(i).len() <= 4
    }
}

/// The content words of words `range` of a folded text, joined by spaces: how a
/// description is compared with a registered role ("spokesman foreign ministry").
pub(crate) fn content_key(folded: &Folded, range: Range<usize>) -> String {
    let words: Vec<&str> =
        range.map(|j| folded.word(j)).filter(|w| crate::text::is_content_word(w)).collect();
    words.join(" ")
}
