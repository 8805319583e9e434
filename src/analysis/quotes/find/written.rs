//! A speaker as the text writes it, when no name or known description is: the words that
//! open the clause ("Forty percent of voters", "People familiar with the talks", "The
//! council's auditor -- who ... --"), in English.

use std::ops::Range;

use super::*;
use crate::analysis::facts::is_day_word;
use crate::analysis::quotes::speaker::is_dash;

/// Auxiliaries and adverbs between a subject and its verb ("has long said", "did not say").
const CLAUSE_FILLER: &[&str] = &[
    "has", "have", "had", "also", "now", "later", "then", "did", "not", "does", "do", "would", "will",
    "could", "may", "might", "long", "still", "already", "often", "never", "once", "just", "again", "both",
    "all", "ve", "d", "ll", "can", "t", "is", "are", "was", "were", "previously", "recently",
    // The verb before an adjective or noun of belief ("remain confident that", "expressed
    // concern that").
    "remain", "remains", "remained", "expressed", "voiced", "seem", "seems", "seemed", "grew", "became",
    "become", "appear", "appears", "appeared", "been", "be",
];

/// Where the words before `end` stop, past the auxiliaries and adverbs right before it
/// ("officials have long said"), down to `floor`.
pub(super) fn before_fillers(w: &TaggedPara<'_>, floor: usize, mut end: usize) -> usize {
    while end > floor && (w.adverb(end - 1) || CLAUSE_FILLER.contains(&w.para.folded.word(end - 1))) {
        end -= 1;
    }
    end
}

/// The description that opens the clause `from..to` before its first finite verb, when it
/// may hold a view: "The court" in "The court overruled and said".
pub(super) fn opening_description(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<Speaker> {
    let start = w.skip_leads(from.max(w.dateline_end), to);
    let end = description_end(w, start, to)?;
    may_hold_views(w, from, start..end).then(|| as_described(w, start..end))
}

/// The description that is the whole subject of the verb at `to`, in the clause from
/// `from`, when it may hold a view and has no verb of its own: "The harbour board" in
/// "The harbour board called the plan “…”", not "Officials searched the files for terms".
pub(super) fn whole_description(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<Speaker> {
    let start = w.skip_leads(from.max(w.dateline_end), to);
    let end = description_end(w, start, to)?;
    let whole = end == before_fillers(w, start, to) && (start + 1..end).all(|j| !verb_like(w, j));
    (whole && may_hold_views(w, from, start..end)).then(|| as_described(w, start..end))
}

/// The description before the first conjunct's verb in the clause `from..and` (the
/// "and" before a second verb): "The court" in "The court overruled and said".
fn first_conjunct_subject(w: &TaggedPara<'_>, from: usize, and: usize) -> Option<Speaker> {
    let start = w.skip_leads(from.max(w.dateline_end), and);
    let verb = (start + 1..and).find(|&j| verb_like(w, j))?;
    let end = before_fillers(w, start + 1, verb);
    let plain = (start + 1..end).all(|j| !w.gap_before(j).contains([',', ';', ':', '(']));
    let holds = may_hold_views(w, from, start..end) || is_document(w.text(start..end));
    (plain && end - start <= 8 && holds).then(|| as_described(w, start..end))
}

/// The first word after an "and" or "but" between `from` and the verb at `to` that joins
/// two clauses: a verb stands before it, and words of the second clause's own subject
/// after it ("The pier collapsed and officials said"; not "Ward and Lisle said").
fn second_clause_start(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<usize> {
    let f = &w.para.folded;
    let and = (from + 1..to).rev().find(|&j| matches!(f.word(j), "and" | "but"))?;
    let verb_before = (from + 1..and).any(|j| verb_like(w, j));
    let plain = (and + 1..=to).all(|j| !w.gap_before(j).contains([',', ';', ':']));
    (verb_before && plain && and + 1 < to).then_some(and + 1)
}

/// The first word of the clause a "that" opens between `from` and the verb at `to`
/// ("should remember that engineers say"), when no comma stands up to the verb; not the
/// determiner after a preposition or an article ("of that committee"), nor the relative
/// after a noun ("a charge that the leaders denied").
fn that_clause_start(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<usize> {
    let f = &w.para.folded;
    let that = (from + 1..to).rev().find(|&j| w.cue(j) == Some(Cue::That))?;
    let determiner = matches!(w.cue(that - 1), Some(Cue::Preposition | Cue::Skip));
    let noun = that >= from + 2
        && (DETERMINERS.contains(&f.word(that - 2))
            || matches!(f.word(that - 2), "his" | "her" | "their" | "its"));
    // Nor a verb after a comma ("I guess that settles it, said ..."): the words before
    // it are what was said.
    let plain = (that..=to).all(|j| !w.gap_before(j).contains([',', ';', ':']));
    (!determiner && !noun && plain && that + 1 < to).then_some(that + 1)
}

/// The speaker the words `range` describe as written: no person of the registry.
pub(super) fn as_described(w: &TaggedPara<'_>, range: Range<usize>) -> Speaker {
    // "The harbour board on Monday said": the day, and its "on", are not the description's.
    let f = &w.para.folded;
    let end = match (range.start + 1..range.end).find(|&j| is_day_word(f.word(j))) {
        Some(d)
            if d > range.start + 1 && matches!(f.word(d - 1), "on" | "last" | "this" | "early" | "late") =>
        {
            d - 1
        }
        // "The board today said"; not "The Sunday Times".
        Some(d) if !w.capitalised(d) => d,
        _ => range.end,
    };
    Speaker { entity: None, name: w.text(range.start..end).to_owned(), via: Via::Description }
}

/// Words that never open a subject described as written: pronouns that name no one,
/// conjunctions and question words.
const NOT_A_SUBJECT: &[&str] = &[
    "i", "we", "you", "they", "it", "and", "but", "or", "so", "if", "because", "when", "while", "as", "what",
    "how", "whether", "that", "this", "there", "who", "which", "where", "why", "unless", "although",
    "though", "since", "nor", "yet", "here", "us", "them", "me", "those", "these", "everyone", "nobody",
    "one", "someone", "anyone", "people", "despite", "even", "after", "before", "until", "not", "only",
    "all",
];

/// Nouns besides organisations' that hold a view or find something ("the state", "the
/// polling", "the study", "the port authority", "the city").
const HOLDERS: &[&str] = &[
    "state", "administration", "campaign", "polling", "poll", "survey", "study", "analysis", "data",
    "research", "team", "staff", "family", "public", "majority", "minority", "electorate", "industry",
    "authority", "city", "town", "county", "municipality", "charity", "regulator", "watchdog", "prosecution",
    "defence", "defense", "opposition", "jury", "panel",
];

/// Words before a number that make it approximate ("about four in 10").
const APPROXIMATELY: &[&str] = &["about", "around", "nearly", "almost", "roughly", "over", "some", "just"];

/// True when a folded word is a number in figures or a small number in words.
fn is_number(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ];
    word.bytes().next().is_some_and(|b| b.is_ascii_digit()) || WORDS.contains(&word)
}

/// The start of an aside that ends right before word `end` and opens after `from`:
/// between dashes, or after a comma when it opens with a relative or a figure ("Ada
/// Ward, 52,", "the union, which ...,").
fn aside_before(w: &TaggedPara<'_>, from: usize, end: usize) -> Option<usize> {
    let gap = w.gap_before(end);
    let lower = from.max(end.saturating_sub(20)) + 1;
    if is_dash(gap) {
        return (lower..end).rev().find(|&j| is_dash(w.gap_before(j)));
    }
    if !gap.contains(',') {
        return None;
    }
    let j = (lower..end).rev().find(|&j| w.gap_before(j).contains(','))?;
    let opens = w.para.folded.word(j);
    let age = opens.bytes().next().is_some_and(|b| b.is_ascii_digit());
    (matches!(opens, "who" | "whose" | "which") || age).then_some(j)
}

impl<'a> QuoteFinder<'a> {
    /// "The councillor from Dover said the board was “corrupt,” noting that it is “…”": a
    /// participle between two quotations, with no speech verb of its own before it, speaks
    /// for the sentence's subject, which a description gives as written from the start
    /// `head` of the sentence up to its speech verb.
    pub(super) fn participle_of_subject(
        &self,
        w: &TaggedPara<'_>,
        subject: &Subject,
        head: Range<usize>,
        window: Range<usize>,
    ) -> Option<Speaker> {
        let participle = window.clone().any(|j| w.cue(j) == Some(Cue::Participle));
        if !self.latin || !participle || window.clone().any(|j| w.cue(j) == Some(Cue::Speech)) {
            return None;
        }
        let v = head.clone().find(|&j| w.cue(j) == Some(Cue::Speech))?;
        let from = w.skip_lead(head.start.max(w.dateline_end), v);
        self.as_written(w, subject, from, v)
    }

    /// Learns which name each title of `all` opens ("President Ada Ward"), so that "the
    /// president" is her; a title that opens two names names no one.
    pub(crate) fn learn_titles(&mut self, all: &Article<'_>) {
        for (title, name) in all.words.iter().flat_map(TaggedPara::titled_names) {
            let known = self.titles.entry(title).or_insert_with(|| Some(name.to_owned()));
            if known.as_deref().is_some_and(|k| k != name && !k.ends_with(name) && !name.ends_with(k)) {
                *known = None;
            }
        }
    }

    /// The one person the article gave the title a description holds ("the president",
    /// folded content words `key`).
    pub(super) fn titled_person(&self, key: &str) -> Option<Speaker> {
        let name = self.titles.get(key)?.as_ref()?;
        Some(Speaker { entity: None, name: name.clone(), via: Via::Unregistered })
    }

    /// The subject of the verb at `v` as written, when no name or known description is:
    /// the words that open the clause ("The company", "Forty percent of voters", "aides to
    /// the governor"), or the name a relative "who" follows ("Ada Ward, who said"). English.
    pub(super) fn subject_as_written(&self, w: &TaggedPara<'_>, ws: usize, v: usize) -> Option<Speaker> {
        if !self.latin {
            return None;
        }
        let end = before_fillers(w, ws, v);
        let f = &w.para.folded;
        // "... backed by Tom Lisle, who said": the name before the relative, wherever it is.
        if end > ws && f.word(end - 1) == "who" && w.gap_before(end - 1).contains(',') {
            let who = end - 1;
            let start =
                (ws..who).rev().take(5).take_while(|&j| w.capitalised(j) && w.cue(j).is_none()).last()?;
            return w.unregistered_name(start, who).and_then(|s| self.resolve(&s));
        }
        // "Ada Ward left the hearing and said ...": the name that opens the clause, or the
        // description ("The court overruled and said ..."); of the clause a "while" or
        // "whereas" opens, when one does ("Lisle signed the order, while Ada Ward proposed a
        // toll and said ...").
        if end > ws && f.word(end - 1) == "and" {
            let from = contrast_start(w, ws, end - 1).unwrap_or(ws);
            let named = w.opening_name(from, end - 1, self.article_names()).and_then(|s| self.resolve(&s));
            return named.or_else(|| first_conjunct_subject(w, from, end - 1));
        }
        // "But ferry workers said", "In fact, in the days after, the union said": past
        // an opening conjunction and every lead phrase.
        let mut from = ws.max(w.dateline_end);
        if from + 1 < end && OPENING_CONJUNCTIONS.contains(&f.word(from)) {
            from += 1;
        }
        let from = w.skip_leads(from, end);
        // "The mayor caused a stir when a fisherman asked": the subordinate clause's subject;
        // "Anyone expecting a change should remember that engineers say": the "that"
        // clause's.
        let from =
            subordinate_start(w, from, end).or_else(|| that_clause_start(w, from, end)).unwrap_or(from);
        // "The pier collapsed and officials said": the second clause's own subject.
        let from = second_clause_start(w, from, end).unwrap_or(from);
        // "The auditor -- who has read the books -- said", "Ferry workers, who struck in
        // May, said": the subject before its aside.
        let end = aside_before(w, from, end).unwrap_or(end);
        // A pronoun no name resolved ("He suggested that ...") is no one as written.
        if from >= end || end - from > 10 || w.cue(from) == Some(Cue::Pronoun) {
            return None;
        }
        let plain = (from + 1..end).all(|j| {
            !w.gap_before(j).contains([',', ';', ':', '(', '“', '"', '—', '–'])
                && !matches!(w.cue(j), Some(Cue::Speech | Cue::Participle | Cue::That | Cue::AccordingTo))
        });
        // A phrase with a verb in it, or cut after a preposition or an article, is no subject.
        let verbless = !(from..end).any(|j| finite(f.word(j)) || verb_in_phrase(w, from..end, j));
        // "About four in 10 said": a number after "about" opens a subject; "People said"
        // names no one, "People close to the talks said" does.
        let about = from + 1 < end
            && APPROXIMATELY.contains(&f.word(from))
            && (is_number(f.word(from + 1)) || f.word(from + 1) == "a");
        let people = f.word(from) == "people" && end - from > 1;
        let opens = about
            || people
            || (!NOT_A_SUBJECT.contains(&f.word(from)) && w.cue(from) != Some(Cue::Preposition));
        let closes = !matches!(w.cue(end - 1), Some(Cue::Preposition | Cue::Skip | Cue::That))
            && !matches!(f.word(end - 1), "and" | "or" | "of" | "who" | "which" | "that");
        let holder = holds_views(w, ws, from..end, v);
        (plain && verbless && opens && closes && holder).then(|| as_described(w, from..end))
    }
}

/// Verbs a document or an outlet uses as a person does ("the report said").
const DOCUMENT_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "added", "adds", "wrote", "writes", "stated", "states", "noted",
    "notes", "reported", "reports", "told", "tells", "announced",
];

/// "The trip suggests that ...": a belief needs someone to hold it. True when the subject
/// `subject` of the verb at `v` may speak or hold a view: past the verbs a document uses
/// too, its head is a name, a person, a group, a figure, an organisation or a document.
pub(super) fn holds_views(w: &TaggedPara<'_>, ws: usize, subject: Range<usize>, v: usize) -> bool {
    let f = &w.para.folded;
    subject.is_empty()
        || DOCUMENT_VERBS.contains(&f.word(v))
        || is_document(w.text(subject.clone()))
        || may_hold_views(w, ws, subject)
}

/// True when the description `subject` names someone who may hold a view: its head is a
/// name, a person, a group, a figure or an organisation ("strategists", "the court",
/// "Forty percent of voters"; not "The trip", "But").
pub(super) fn may_hold_views(w: &TaggedPara<'_>, ws: usize, subject: Range<usize>) -> bool {
    let f = &w.para.folded;
    let (from, end) = (subject.start, subject.end);
    if from >= end || NOT_A_SUBJECT.contains(&f.word(from)) {
        return false;
    }
    // The head is the last word before any phrase after it ("leaders in Ohio").
    let head = (from + 1..end).find(|&j| w.cue(j) == Some(Cue::Preposition)).unwrap_or(end) - 1;
    let word = f.word(head);
    (from..=head)
        .any(|j| (w.capitalised(j) && j > ws) || matches!(w.cue(j), Some(Cue::PersonNoun | Cue::Title)))
        || is_number(f.word(from))
        || (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss"))
        || crate::analysis::names::is_organization(word)
        || HOLDERS.contains(&word)
}

/// The words from `from` that describe someone before the verb at `verb`, up to a comma,
/// less adverbs and auxiliaries before the verb, and at most eight words.
pub(super) fn description_as_written(w: &TaggedPara<'_>, from: usize, verb: usize) -> Option<Speaker> {
    description_end(w, from, verb).map(|end| as_described(w, from..end))
}

/// True when word `j` of the phrase `range` that opens a clause is its verb in "-ed":
/// after a name or before an object ("Armstrong huddled", "The council listed three");
/// elsewhere such a word is an adjective ("Retired crews", "The elected members").
fn verb_in_phrase(w: &TaggedPara<'_>, range: Range<usize>, j: usize) -> bool {
    let f = &w.para.folded;
    let next = if j + 1 < range.end { f.word(j + 1) } else { "" };
    let object = DETERMINERS.contains(&next) || is_number(next);
    let named = || w.capitalised(j - 1) && w.cue(j - 1).is_none() && !DETERMINERS.contains(&f.word(j - 1));
    verb_like(w, j) && j > range.start && (object || named())
}

/// The end of [`description_as_written`]: where the words from `from` that describe
/// someone stop before the verb at `verb`, if they are eight words or fewer.
pub(super) fn description_end(w: &TaggedPara<'_>, from: usize, verb: usize) -> Option<usize> {
    let end = (from + 1..verb).find(|&j| w.gap_before(j).contains([',', '(', ';', ':'])).unwrap_or(verb);
    // "officials briefly said": the adverb is not the description's.
    let mut end = before_fillers(w, from + 1, end);
    // "A spokesman for the ferry line declined to comment but said", "The mayor has
    // rejected both plans, but says": the description ends before its first finite verb,
    // or in a long one the first word that looks like a verb.
    let long = end.saturating_sub(from) > 8;
    let verb = |j: usize| {
        finite(w.para.folded.word(j)) || (long && verb_like(w, j)) || verb_in_phrase(w, from..end, j)
    };
    if let Some(v) = (from + 1..end).find(|&j| verb(j)) {
        end = v;
    }
    // "A senior official who asked not to be named said": not the relative.
    while end > from + 1 && matches!(w.para.folded.word(end - 1), "who" | "which" | "that") {
        end -= 1;
    }
    (end > from && end - from <= 8).then_some(end)
}

/// Words that make a speaker a document or an outlet, which no personal pronoun stands for.
const DOCUMENTS: [&str; 30] = [
    "report", "statement", "letter", "website", "site", "newspaper", "agency", "network", "channel",
    "bulletin", "magazine", "journal", "ad", "ads", "advert", "advertisement", "commercial", "editorial",
    "memo", "video", "گزارش", "بیانیه", "نامه", "سایت", "روزنامه", "خبرگزاری", "شبکه", "پایگاه", "بولتن",
    "تقرير",
];

/// True when a speaker as written is a document or an outlet: "the report", "این گزارش".
pub(super) fn is_document(name: &str) -> bool {
    let folded = crate::text::Folded::new(name);
    (0..folded.len()).any(|i| DOCUMENTS.contains(&folded.word(i)))
}
