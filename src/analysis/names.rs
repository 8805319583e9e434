//! The names one article uses for people, found in its own text with no registry: news
//! names a person in full once ("Senator Mary Okafor") and by surname after ("Okafor
//! said"), so a surname alone is resolved to the full name the same article gave.
//!
//! Only Latin script is read here: capitals mark names. A word counts as a name word when
//! the article writes it capitalised inside a sentence and never in lower case, so that
//! "Analysts said" opening a sentence is not taken for a person called Analysts. Everything
//! is borrowed from the article's paragraphs: reading names allocates no word.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashSet;

use super::para::Para;
use crate::text::Folded;

/// Words that make a name an organisation's ("Ministry of Health", "Greenway Records").
const ORGANIZATION_WORDS: &[&str] = &[
    "ministry", "department", "party", "office", "agency", "inc", "ltd", "llc", "corp", "company", "records",
    "council", "committee", "commission", "movement", "association", "union", "institute", "foundation",
    "bank", "university", "government", "embassy", "army", "police", "court", "group", "وزارت", "سازمان",
    "حزب", "دفتر", "جنبش", "شورای", "کمیسیون", "دولت", "ارتش", "وزارة", "حركة",
];

/// Words besides those of organisations that end the names of places and things, not
/// people ("White House", "Wall Street", "New York").
const NOT_SURNAMES: &[&str] = &[
    "house", "street", "journal", "times", "post", "news", "states", "kingdom", "republic", "church", "club",
    "center", "centre", "bureau", "press", "network", "corporation", "fund", "act", "day", "show", "hall",
    "square", "park", "airport", "island", "city", "county", "valley", "river", "lake", "coast", "hospital",
    "school", "college", "magazine", "review", "report", "today", "america", "nations", "forces", "navy",
    "guard", "administration", "campaign", "convention", "congress", "senate", "affairs", "service",
    "services", "assembly", "parliament", "organization", "organisation", "co", "studios", "media", "tv",
    "radio", "channel", "security", "reserve", "treasury", "province", "region", "district", "europe",
    "asia", "africa", "east", "west", "north", "south", "middle", "law", "bill", "war", "airlines", "motors",
    "partners", "capital", "holdings", "trust", "board", "authority", "pentagon", "capitol", "york",
    "angeles", "francisco", "jersey", "carolina", "dakota", "virginia",
];

/// Capitalised words that never start or end a name: sentence openers, days, titles ("The",
/// "But", "Monday", "Sen."). Not months: April, May and June are first names.
const NEVER_NAMES: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "for", "of", "to", "by", "as", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "my", "there", "here", "what", "which", "who", "when", "where", "why", "how", "so", "yet", "then",
    "thus", "now", "one", "some", "after", "before", "while", "with", "from", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "mr", "mrs", "ms", "dr",
    "sen", "rep", "gov", "del", "president", "senator", "governor", "secretary", "minister",
];

/// Abbreviated titles before a name, whose full stop does not open a sentence.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "del", "gen", "lt", "col", "sgt", "capt", "adm", "rev",
    "prof",
];

/// True when a folded word never starts or ends a name.
pub(crate) fn never_a_name(word: &str) -> bool {
    NEVER_NAMES.contains(&word)
}

/// True when a name holds a word that names an organisation.
pub(crate) fn is_organization(name: &str) -> bool {
    let folded = Folded::new(name);
    (0..folded.len()).any(|i| ORGANIZATION_WORDS.contains(&folded.word(i)))
}

/// The people one article names in full, by surname; borrowed from its paragraphs.
#[derive(Debug, Default)]
pub(crate) struct ArticleNames<'a> {
    /// Folded surname to the full names ending with it, as written.
    by_surname: BTreeMap<&'a str, BTreeSet<&'a str>>,
    /// Folded words the article writes capitalised inside a sentence and never in lower
    /// case.
    capitalised: FxHashSet<&'a str>,
}

impl<'a> ArticleNames<'a> {
    /// Reads the names of an article's paragraphs (Latin script only; empty otherwise).
    pub(crate) fn new(paras: &'a [Para<'a>], latin: bool) -> ArticleNames<'a> {
        let mut names = ArticleNames::default();
        if latin {
            for p in paras {
                names.read(p);
            }
            // Then drop the words it also writes in lower case: a look-up in a small set
            // per word, not a set of every word.
            for p in paras {
                for (i, w) in p.folded.words.iter().enumerate() {
                    if !p.text[w.original.clone()].starts_with(char::is_uppercase) {
                        names.capitalised.remove(p.folded.word(i));
                    }
                }
            }
        }
        names
    }

    fn read(&mut self, p: &'a Para<'a>) {
        let words = &p.folded.words;
        let capital = |i: usize| p.text[words[i].original.clone()].starts_with(char::is_uppercase);
        let gap = |i: usize| {
            let start = if i == 0 { 0 } else { words[i - 1].original.end };
            &p.text[start..words[i].original.start]
        };
        let mut i = 0;
        while i < words.len() {
            if !capital(i) {
                i += 1;
                continue;
            }
            // The full stop of "Mr." or "Sen." does not open a sentence.
            let titled = i > 0 && gap(i).trim() == "." && HONORIFICS.contains(&p.folded.word(i - 1));
            // Nor does a quotation that ends with a comma ("“…,” Ellison said").
            let resumes = gap(i).trim_start().starts_with(',');
            let opens = !titled
                && !resumes
                && (i == 0 || gap(i).contains(['.', '!', '?', '“', '"', '«', ':', '—', '(', '‘']));
            if !opens {
                self.capitalised.insert(p.folded.word(i));
            }
            // A run of capitalised words joined by spaces or hyphens, past initials ("B.").
            let mut end = i + 1;
            while end < words.len() && capital(end) && joins_name(gap(end), p.folded.word(end - 1)) {
                end += 1;
            }
            self.learn(p, i, end);
            i = end;
        }
    }

    /// Records words `from..to` as a full name when they can be one.
    fn learn(&mut self, p: &'a Para<'a>, from: usize, to: usize) {
        // Titles and sentence openers before the name ("The", "President") are not part of
        // it; of a longer run of capitals ("Senate Majority Leader Ada Ward") the name is
        // its last two words.
        let from = (from..to).rev().find(|&j| never_a_name(p.folded.word(j))).map_or(from, |j| j + 1);
        let from = if to - from > 4 { to - 2 } else { from };
        if to - from < 2 {
            return;
        }
        let surname = p.folded.word(to - 1);
        let place = NOT_SURNAMES.contains(&surname) || ORGANIZATION_WORDS.contains(&surname);
        if surname.len() < 2 || place || never_a_name(surname) {
            return;
        }
        let words = &p.folded.words;
        let written = &p.text[words[from].original.start..words[to - 1].original.end];
        self.by_surname.entry(surname).or_default().insert(written);
    }

    /// The one full name the article gives for `surname` (folded), if exactly one.
    pub(crate) fn full(&self, surname: &str) -> Option<&'a str> {
        match self.by_surname.get(surname) {
            Some(set) if set.len() == 1 => set.first().copied(),
            _ => None,
        }
    }

    /// The article's name words, folded: the surnames of the full names it gives and the
    /// words it capitalises inside sentences and never writes in lower case ("Okafor",
    /// "Baytown", "Ministry"). Grouping compares them when no registry names the cast.
    pub(crate) fn words(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.by_surname.keys().copied().chain(self.capitalised.iter().copied().filter(|w| !never_a_name(w)))
    }

    /// True when a lone word (folded) is a name in this article: a surname of a full name
    /// it gives, or a word it capitalises inside sentences and never writes in lower case.
    pub(crate) fn is_name(&self, word: &str) -> bool {
        self.by_surname.contains_key(word) || (self.capitalised.contains(word) && !never_a_name(word))
    }
}

/// True when the text between two capitalised words keeps them in one name: a space, a
/// hyphen, the full stop of an initial ("Charles B. Rangel") or the apostrophe after a
/// one-letter prefix ("O’Neill", "D'Souza"); `before` is the first word, folded.
pub(crate) fn joins_name(gap: &str, before: &str) -> bool {
    let initial = before.chars().count() == 1;
    match gap.trim() {
        "" | "-" => true,
        "." | "’" | "'" => initial,
        _ => false,
    }
}
