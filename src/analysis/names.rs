//! The names one article uses for people, found in its own text with no registry: news
//! names a person in full once ("Senator Mary Okafor") and by surname after ("Okafor
//! said"), so a surname alone is resolved to the full name the same article gave.
//!
//! Only Latin script is read here: capitals mark names. A word counts as a name word when
//! the article writes it capitalised inside a sentence and never in lower case, so that
//! "Analysts said" opening a sentence is not taken for a person called Analysts.

use std::collections::{BTreeMap, BTreeSet};

use super::reading::Para;

/// Words that end organisations and places, not people ("White House", "Wall Street").
const NOT_SURNAMES: &[&str] = &[
    "house", "street", "journal", "times", "post", "news", "party", "committee", "department", "university",
    "college", "council", "union", "states", "kingdom", "republic", "court", "church", "club", "center",
    "centre", "institute", "foundation", "association", "agency", "bureau", "office", "press", "network",
    "company", "corporation", "group", "bank", "fund", "act", "day", "show", "hall", "square", "park",
    "airport", "island", "city", "county", "valley", "river", "lake", "coast", "hospital", "school",
    "magazine", "review", "report", "today", "america", "nations", "forces", "army", "navy", "police",
    "guard", "administration", "campaign", "convention", "commission", "congress", "senate", "affairs",
    "service", "services", "ministry", "assembly", "parliament", "organization", "organisation", "records",
    "inc", "ltd", "llc", "plc", "co", "corp", "studios", "media", "tv", "radio", "channel", "network",
    "security", "reserve", "treasury", "province", "region", "district", "europe", "asia", "africa", "east",
    "west", "north", "south", "middle", "law", "bill", "war", "airlines", "motors", "partners", "capital",
    "holdings", "trust", "board", "authority", "embassy", "pentagon", "capitol", "york", "angeles",
    "francisco", "jersey", "carolina", "dakota", "virginia",
];

/// Words that open a sentence or a title and are not names ("The", "But", "Monday").
const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "for", "of", "to", "by", "as", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "my", "there", "here", "what", "which", "who", "when", "where", "why", "how", "so", "yet", "then", "now",
    "after", "before", "while", "with", "from", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "mr", "mrs", "ms", "dr", "sen",
    "rep", "gov", "del", "president", "senator", "governor", "secretary", "minister",
];

/// Abbreviated titles before a name.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "del", "gen", "lt", "col", "sgt", "capt", "adm", "rev",
    "prof",
];

/// The people one article names in full, by surname.
#[derive(Debug, Default)]
pub(crate) struct ArticleNames {
    /// Folded surname to the full names ending with it, as first written.
    by_surname: BTreeMap<String, BTreeSet<String>>,
    /// Folded words the article writes capitalised inside a sentence.
    capitalised: BTreeSet<String>,
    /// Folded words the article writes in lower case.
    lower: BTreeSet<String>,
}

impl ArticleNames {
    /// Reads the names of an article's paragraphs (Latin script only; empty otherwise).
    pub(crate) fn new(paras: &[Para<'_>], latin: bool) -> ArticleNames {
        let mut names = ArticleNames::default();
        if !latin {
            return names;
        }
        for p in paras {
            names.read(p);
        }
        names
    }

    fn read(&mut self, p: &Para<'_>) {
        let words = &p.folded.words;
        let capital = |i: usize| p.text[words[i].original.clone()].starts_with(char::is_uppercase);
        let gap = |i: usize| {
            let start = if i == 0 { 0 } else { words[i - 1].original.end };
            &p.text[start..words[i].original.start]
        };
        let mut i = 0;
        while i < words.len() {
            let w = p.folded.word(i);
            if !capital(i) {
                self.lower.insert(w.to_owned());
                i += 1;
                continue;
            }
            // The full stop of "Mr." or "Sen." does not open a sentence.
            let titled = i > 0 && gap(i).trim() == "." && HONORIFICS.contains(&p.folded.word(i - 1));
            let opens =
                !titled && (i == 0 || gap(i).contains(['.', '!', '?', '“', '"', '«', ':', '—', '(', '‘']));
            if !opens {
                self.capitalised.insert(w.to_owned());
            }
            // A run of capitalised words joined by spaces or hyphens, past initials ("B.").
            let mut end = i + 1;
            while end < words.len() && capital(end) && joined(gap(end), p.folded.word(end - 1)) {
                end += 1;
            }
            self.learn(p, i, end);
            i = end;
        }
    }

    /// Records words `from..to` as a full name when they can be one.
    fn learn(&mut self, p: &Para<'_>, from: usize, to: usize) {
        // Titles and sentence openers before the name ("Sen.", "The") are not part of it.
        let from = (from..to).find(|&j| !NOT_NAME_WORDS.contains(&p.folded.word(j))).unwrap_or(to);
        if to - from < 2 || to - from > 4 {
            return;
        }
        let surname = p.folded.word(to - 1);
        if surname.len() < 2 || NOT_SURNAMES.contains(&surname) || NOT_NAME_WORDS.contains(&surname) {
            return;
        }
        let words = &p.folded.words;
        let written = &p.text[words[from].original.start..words[to - 1].original.end];
        self.by_surname.entry(surname.to_owned()).or_default().insert(written.to_owned());
    }

    /// The one full name the article gives for `surname` (folded), if exactly one.
    pub(crate) fn full(&self, surname: &str) -> Option<&str> {
        match self.by_surname.get(surname) {
            Some(set) if set.len() == 1 => set.first().map(String::as_str),
            _ => None,
        }
    }

    /// True when a lone word (folded) is a name in this article: a surname of a full name
    /// it gives, or a word it capitalises inside sentences and never writes in lower case.
    pub(crate) fn is_name(&self, word: &str) -> bool {
        self.by_surname.contains_key(word)
            || (self.capitalised.contains(word)
                && !self.lower.contains(word)
                && !NOT_NAME_WORDS.contains(&word))
    }
}

/// True when the text between two capitalised words keeps them in one name: a space, a
/// hyphen, or the full stop of an initial ("Charles B. Rangel").
fn joined(gap: &str, before: &str) -> bool {
    match gap.trim() {
        "" | "-" => true,
        "." => before.chars().count() == 1,
        _ => false,
    }
}
