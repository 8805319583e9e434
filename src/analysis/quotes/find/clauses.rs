//! The words that open a clause with its own subject, in English, Persian and Arabic:
//! conjunctions ("but", "اما"), English subordinators ("when", "because") and the Persian
//! and Arabic subordinators whose "که" is no "that" of speech ("به طوری که"). Quote finding
//! reads a speech verb inside such a clause as that clause's, never the sentence's first
//! subject's ("The mayor caused a stir when a fisherman asked ...").

use super::TaggedPara;
use crate::analysis::quotes::speaker::is_dash;

/// Conjunctions that may open an English sentence before its subject ("But ferry workers
/// said", "And according to the board, ...").
pub(super) const OPENING_CONJUNCTIONS: &[&str] = &["but", "and", "yet", "so"];

/// Words that open a new clause, with its own subject.
pub(super) const CONJUNCTIONS: &[&str] =
    &["but", "while", "whereas", "although", "اما", "ولی", "ولي", "لكن", "لکن", "بينما"];

/// Persian and Arabic conjunctions that open a clause with its own subject, by the word
/// before their "که" ("به طوری که", "با وجودی که", "در حالی که", "چرا که"), and those
/// written as one word.
const SUBORDINATORS: &[&str] = &["طوری", "وجودی", "حالی", "چرا"];
const SUBORDINATORS_JOINED: &[&str] = &["طوریکه", "حالیکه", "چنانکه", "زیرا", "بطوریکه"];

/// English subordinators. Not "once", "since", "after" or "before", which are as often
/// adverbs or prepositions ("once said", "has since said").
const EN_SUBORDINATORS: &[&str] = &[
    "when", "while", "because", "until", "although", "though", "whereas", "if", "unless", "whenever", "where",
];

/// English words that open a clause as often as a phrase ("after the vote", "as the
/// storm hit"): asked only where a verb is known to follow.
const EN_CLAUSE_OR_PHRASE: &[&str] = &["after", "before", "since", "once", "as", "until"];

/// True when folded `word` may open a clause that comes before a sentence's main clause
/// ("After Ward accused him, he warned", "While Ward pledged ..., Lisle insisted ..."):
/// a subordinator or a word of [`EN_CLAUSE_OR_PHRASE`], asked only of a sentence's first
/// word. Not "where", which opens a place there ("Where the pier stood, ...").
pub(super) fn opens_leading_clause(word: &str) -> bool {
    (word != "where" && EN_SUBORDINATORS.contains(&word)) || EN_CLAUSE_OR_PHRASE.contains(&word)
}

/// True when word `j` is the "که" of a conjunction ("به طوری که"), which opens a clause of
/// its own, not what a verb said.
pub(super) fn closes_subordinator(w: &TaggedPara<'_>, j: usize) -> bool {
    let f = &w.para.folded;
    j > 0 && f.word(j) == "که" && SUBORDINATORS.contains(&f.word(j - 1))
}

/// The first word of the clause a subordinator opens between `from` and the verb at `to`,
/// when no comma, colon or dash stands between it and the verb (else the verb is the main
/// clause's: "در حالی که …، وزیر گفت", "When the vote ended, Ward said").
pub(super) fn subordinate_start(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<usize> {
    let f = &w.para.folded;
    clause_start(w, from, to, |j| match w.latin() {
        true => j > from && EN_SUBORDINATORS.contains(&f.word(j)),
        false => SUBORDINATORS_JOINED.contains(&f.word(j)) || (j > from && closes_subordinator(w, j)),
    })
}

/// The first word after the last "while" or "whereas" that opens a second clause after a
/// comma between `from` and `to` ("Lisle signed the order, while Ada Ward proposed a toll
/// and said ..."), whose subject is its own. English.
pub(super) fn contrast_start(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<usize> {
    let f = &w.para.folded;
    let j = (from + 1..to).rev().find(|&j| matches!(f.word(j), "while" | "whereas"))?;
    (w.latin() && w.gap_before(j).contains(',') && j + 1 < to).then_some(j + 1)
}

/// Like [`subordinate_start`] for the English words that open a clause as often as a
/// phrase ("after", "before", "since", "once", "as", "until"): the caller asks whether a
/// name right before the verb makes it a clause ("She left after Tom Lisle noted that").
pub(super) fn clause_or_phrase_start(w: &TaggedPara<'_>, from: usize, to: usize) -> Option<usize> {
    let f = &w.para.folded;
    let opens = |j: usize| j > from && EN_CLAUSE_OR_PHRASE.contains(&f.word(j));
    clause_start(w, from, to, opens).filter(|_| w.latin())
}

/// The word after the last word `opens` between `from` and `to`, when no comma, colon or
/// dash stands between it and `to`.
fn clause_start(w: &TaggedPara<'_>, from: usize, to: usize, opens: impl Fn(usize) -> bool) -> Option<usize> {
    let f = &w.para.folded;
    let start = (from..to).rev().find(|&j| opens(j))? + 1;
    let plain = (start..=to.min(f.len() - 1)).all(|j| {
        let gap = w.gap_before(j);
        !gap.contains(['،', ',', ':', '؛', ';']) && !is_dash(gap)
    });
    (start < to && plain).then_some(start)
}
