//! Words that show a verb in English: auxiliaries, common finite verbs, and words in
//! "-ed". The finders use them to tell a clause (what was said) from a noun phrase (a
//! subject, a description, the object of a verb). Also the verbs of charging someone,
//! which report what they are charged with.

use super::TaggedPara;

/// Verbs that follow a subject "that" ("said that is unlikely").
pub(super) const AUXILIARIES: &[&str] =
    &["is", "was", "will", "would", "has", "had", "could", "should", "may", "might", "can", "must"];
/// Finite verbs and auxiliaries that show a clause holds a verb.
const FINITE: &[&str] = &[
    "are", "were", "be", "been", "do", "does", "did", "have", "am", "won", "don", "doesn", "didn", "isn",
    "wasn", "aren", "weren", "wouldn", "couldn", "shouldn", "hasn", "haven", "hadn", "needs", "wants",
    "goes", "went", "gets", "got", "makes", "made", "takes", "took", "knows", "knew", "says", "said", "lost",
    "ran", "runs", "sent", "left", "paid", "led", "leads", "seems", "seemed", "remains", "means",
];

/// True when a folded word is an auxiliary or a common finite verb.
pub(super) fn finite(word: &str) -> bool {
    AUXILIARIES.contains(&word) || FINITE.contains(&word)
}

/// True when word `i` looks like a verb: [`finite`], or a lower-case word in "-ed"
/// ("declined", "reported").
pub(super) fn verb_like(w: &TaggedPara<'_>, i: usize) -> bool {
    let word = w.para.folded.word(i);
    finite(word) || (!w.capitalised(i) && word.len() > 4 && word.ends_with("ed"))
}

/// Verbs of charging someone with something: "accused … of", "criticized … for".
const CHARGING: &[&str] = &[
    "accused", "accuses", "accusing", "criticized", "criticizes", "criticizing", "criticised", "criticises",
    "criticising",
];

/// True when a folded word is one of [`CHARGING`].
pub(super) fn is_charging(word: &str) -> bool {
    CHARGING.contains(&word)
}
