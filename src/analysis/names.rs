//! The names one article uses for people, found in its own text with no registry: news
//! names a person in full once ("Senator Mary Okafor") and by surname after ("Okafor
//! said"), so a surname alone is resolved to the full name the same article gave.
//!
//! In Latin script capitals mark names. A word counts as a name word when the article
//! writes it capitalised inside a sentence and never in lower case, so that "Analysts
//! said" opening a sentence is not taken for a person called Analysts. Persian and Arabic
//! have no capitals: there a name is what follows a title ("آقای", "سردار", "الشيخ") or
//! opens with a common given name ("مسعود پزشکیان", "محمد جواد ظریف"). Everything is
//! borrowed from the article's paragraphs: reading names allocates no word.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::para::Para;
use crate::text::Folded;

/// Words that make a name an organisation's ("Ministry of Health", "Greenway Records").
const ORGANIZATION_WORDS: &[&str] = &[
    "ministry", "department", "party", "office", "agency", "inc", "ltd", "llc", "corp", "company", "records",
    "council", "board", "committee", "commission", "movement", "association", "union", "institute",
    "foundation", "bank", "university", "government", "embassy", "army", "police", "court", "group", "وزارت",
    "سازمان", "حزب", "دفتر", "جنبش", "شورای", "کمیسیون", "دولت", "ارتش", "وزارة", "حركة",
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
    "sen", "rep", "gov", "del", "president", "senator", "governor", "secretary", "minister", "neither",
    "either", "nor", "even", "only", "still", "also", "perhaps", "meanwhile", "instead", "indeed", "already",
    "later", "earlier", "never", "not", "every", "each", "both", "many", "most", "several", "no", "during",
    "despite", "since", "although", "though", "because", "unless", "until", "among", "without",
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
    /// Lone name words, folded: in Latin script those the article writes capitalised
    /// inside a sentence and never in lower case; in Persian and Arabic a surname written
    /// alone after a title ("آقای ظریف").
    capitalised: FxHashSet<&'a str>,
}

/// A full name learned at the start of a sentence, as (first word folded, surname, as
/// written): its first word may be the sentence's ("Critics Mara Ellison").
type Opener<'a> = (&'a str, &'a str, &'a str);

impl<'a> ArticleNames<'a> {
    /// Reads the names of an article's paragraphs, in `language`.
    pub(crate) fn new(paras: &'a [Para<'a>], language: &str) -> ArticleNames<'a> {
        let mut names = ArticleNames::default();
        if crate::text::is_rtl(language) {
            for p in paras {
                names.read_unmarked(p, language == "fa");
            }
        } else {
            let mut openers = Vec::new();
            for p in paras {
                names.read(p, &mut openers);
            }
            // Then drop the words it also writes in lower case: a look-up in a small set
            // per word, not a set of every word.
            let firsts: FxHashSet<&str> = openers.iter().map(|(first, ..)| *first).collect();
            let mut lower: FxHashSet<&str> = FxHashSet::default();
            for p in paras {
                for (i, w) in p.folded.words.iter().enumerate() {
                    if !p.text[w.original.clone()].starts_with(char::is_uppercase) {
                        let word = p.folded.word(i);
                        names.capitalised.remove(word);
                        if firsts.contains(word) {
                            lower.insert(word);
                        }
                    }
                }
            }
            names.drop_sentence_words(openers, &lower);
        }
        names
    }

    /// Takes off the first word of a full name learned at a sentence's start when the
    /// article writes that word in lower case too ("Given Obama", "Liberals Elena Kagan"):
    /// it was the sentence's word, not the name's.
    fn drop_sentence_words(&mut self, openers: Vec<Opener<'a>>, lower: &FxHashSet<&str>) {
        for (first, surname, written) in openers {
            if !lower.contains(first) {
                continue;
            }
            let Some(set) = self.by_surname.get_mut(surname) else { continue };
            set.remove(written);
            let rest = written.split_once(' ').map(|(_, rest)| rest.trim_start());
            if let Some(rest) = rest.filter(|r| r.contains(' ')) {
                set.insert(rest);
            }
            if set.is_empty() {
                self.by_surname.remove(surname);
            }
        }
    }

    /// Reads a paragraph in Latin script, adding to `openers` the full names that open a
    /// sentence.
    fn read(&mut self, p: &'a Para<'a>, openers: &mut Vec<Opener<'a>>) {
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
            // A name learned from the sentence's first word on may hold that word.
            if let Some((surname, written)) = self.learn(p, i, end)
                && opens
                && written.as_ptr() == p.text[words[i].original.clone()].as_ptr()
            {
                openers.push((p.folded.word(i), surname, written));
            }
            i = end;
        }
    }

    /// Reads a paragraph of Persian or Arabic: a name after a title, or opening with a
    /// common given name (`persian`: "علی" is a name in Persian and "on" in Arabic).
    fn read_unmarked(&mut self, p: &'a Para<'a>, persian: bool) {
        let f = &p.folded;
        let plain = |i: usize| {
            i < f.len() && p.text[f.words[i - 1].original.end..f.words[i].original.start].trim().is_empty()
        };
        let given = |i: usize| {
            let w = f.word(i);
            (persian || w != "علی") && GIVEN_NAMES.contains(w)
        };
        let mut i = 0;
        while i < f.len() {
            let titled = TITLES.get(f.word(i)).and_then(|second| match second {
                None => Some(1),
                Some(second) => (i + 1 < f.len() && f.word(i + 1) == second).then_some(2),
            });
            let start = titled.map_or(i, |n| i + n);
            if start >= f.len() || titled.is_some() && !plain(start) {
                i = start.max(i + 1);
                continue;
            }
            // Given names ("محمد جواد"), then the surname; after a title, a surname alone.
            let mut end = start;
            while end < f.len() && end - start < 2 && given(end) && (end == start || plain(end)) {
                end += 1;
            }
            let surname_ok = |j: usize| j < f.len() && plain(j) && !not_a_surname(f.word(j));
            // After a title Persian often writes the surname alone ("آقای ظریف"), Arabic the
            // full name ("الشيخ نعيم قاسم").
            let found = match (end > start, titled.is_some()) {
                (true, _) if surname_ok(end) => Some(end + 1),
                // Two given names and no more: the second is the surname ("علی حسن").
                (true, _) if end - start == 2 => Some(end),
                (false, true) if !not_a_surname(f.word(start)) => {
                    Some(if !persian && surname_ok(start + 1) { start + 2 } else { start + 1 })
                }
                _ => None,
            };
            match found {
                // A surname alone is a name word, never a second full name for it.
                Some(to) if to == start + 1 => {
                    self.capitalised.insert(f.word(start));
                    i = to;
                }
                Some(to) => {
                    let written = &p.text[f.words[start].original.start..f.words[to - 1].original.end];
                    self.by_surname.entry(f.word(to - 1)).or_default().insert(written);
                    i = to;
                }
                None => i = end.max(i + 1),
            }
        }
    }

    /// Records words `from..to` as a full name when they can be one; returns its surname
    /// and how it is written.
    fn learn(&mut self, p: &'a Para<'a>, from: usize, to: usize) -> Option<(&'a str, &'a str)> {
        // Titles and sentence openers before the name ("The", "President") are not part of
        // it; of a longer run of capitals ("Senate Majority Leader Ada Ward") the name is
        // its last two words.
        let from = (from..to).rev().find(|&j| never_a_name(p.folded.word(j))).map_or(from, |j| j + 1);
        let from = if to - from > 4 { to - 2 } else { from };
        if to - from < 2 {
            return None;
        }
        let surname = p.folded.word(to - 1);
        let place = NOT_SURNAMES.contains(&surname) || ORGANIZATION_WORDS.contains(&surname);
        if surname.len() < 2 || place || never_a_name(surname) {
            return None;
        }
        let words = &p.folded.words;
        let written = &p.text[words[from].original.start..words[to - 1].original.end];
        self.by_surname.entry(surname).or_default().insert(written);
        Some((surname, written))
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

/// Titles before a Persian or Arabic name (folded as the text is): "آقای", "سردار",
/// "حجت‌الاسلام", "السيد", "الشيخ".
static TITLES: LazyLock<FxHashMap<String, Option<String>>> = LazyLock::new(|| {
    const WRITTEN: &[&str] = &[
        "آقای", "خانم", "دکتر", "مهندس", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "دریادار", "امیر سرتیپ",
        "حجت‌الاسلام", "آیت‌الله", "شیخ", "السيد", "السيدة", "الدكتور", "الشيخ", "اللواء", "العميد", "العقيد",
        "المهندس",
    ];
    // First word to the second of a title in two ("حجت الاسلام" once folded).
    let split = |t: &&str| {
        let folded = Folded::new(t);
        (folded.word(0).to_owned(), (folded.len() > 1).then(|| folded.word(1).to_owned()))
    };
    WRITTEN.iter().map(split).collect()
});

/// Common given names in Persian and Arabic news, Iranian, Arab and foreign (folded), which
/// open a full name: the word after them is the surname.
static GIVEN_NAMES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    const WRITTEN: &[&str] = &[
        // Persian
        "محمد", "علی", "حسن", "حسین", "مهدی", "رضا", "عباس", "احمد", "محمود", "مسعود", "جواد", "سعید", "مجید",
        "حمید", "ابراهیم", "اسماعیل", "جعفر", "کاظم", "مصطفی", "مرتضی", "هادی", "اکبر", "غلامرضا", "عبدالله",
        "ناصر", "قاسم", "صادق", "محسن", "علیرضا", "محمدرضا", "محمدجواد", "محمدباقر", "حمیدرضا", "امیرحسین",
        "یحیی", "یوسف", "داوود", "سلیمان", "اسحاق", "بهرام", "فرهاد", "کیوان", "بیژن", "منوچهر", "فاطمه",
        "زهرا", "مریم", "معصومه", "طاهره", "زینب", "لیلا", "سارا", "نسرین", "شهلا",
        // foreign names as Persian writes them
        "دونالد", "جو", "ولادیمیر", "امانوئل", "آنگلا", "بنیامین", "آنتونی", "کامالا", "رجب", "بشار", "سرگئی",
        "شی", "نارندرا", "کیر", "اولاف", "ریشی", // Arabic
        "أحمد", "حسين", "خالد", "عمر", "يوسف", "إبراهيم", "مصطفى", "محمود", "فؤاد", "نبيه", "نجيب", "وليد",
        "سمير", "رياض", "فيصل", "سلمان", "عبدالله", "عبد الله", "إسماعيل", "هادي", "سعيد", "ناصر",
    ];
    WRITTEN.iter().map(|t| Folded::new(t).text).filter(|t| !t.contains(' ')).collect()
});

/// Words that end no Persian or Arabic name: function words, roles, verbs of speech.
fn not_a_surname(word: &str) -> bool {
    const ROLES: &[&str] = &[
        "وزیر", "رئیس", "سخنگوی", "فرمانده", "نماینده", "دبیر", "معاون", "مشاور", "سفیر", "عضو", "مدیر",
        "اظهار", "داشت", "تاکید", "گفته", "وزير", "رئيس", "المتحدث", "قائد", "عضو", "مدير", "أكد", "اکد",
    ];
    crate::text::is_stopword(word) || ROLES.contains(&word) || word.bytes().all(|b| b.is_ascii_digit())
}

/// True when the text between two capitalised words keeps them in one name: a space, a
/// hyphen, the full stop of an initial ("Charles B. Rangel") or the apostrophe after a
/// one-letter prefix ("O’Neill", "D'Souza"); `before` is the first word, folded. A hyphen
/// with spaces around it is a dash ("ROME - Ada Ward"), which ends a name.
pub(crate) fn joins_name(gap: &str, before: &str) -> bool {
    let initial = before.chars().count() == 1;
    match gap.trim() {
        "" => true,
        "-" => gap == "-",
        "." | "’" | "'" => initial,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full names an article in `language` gives, by folded surname, and its name words.
    fn names(language: &str, text: &str) -> (Vec<(String, String)>, Vec<String>) {
        let paras: Vec<Para<'_>> = text
            .split("\n\n")
            .enumerate()
            .map(|(index, t)| Para { index, text: t, folded: Folded::new(t), mentions: Vec::new() })
            .collect();
        let names = ArticleNames::new(&paras, language);
        let full =
            names.by_surname.keys().map(|s| ((*s).to_owned(), names.full(s).unwrap_or("several").to_owned()));
        let mut words: Vec<String> = names.words().map(str::to_owned).collect();
        words.sort();
        words.dedup();
        (full.collect(), words)
    }

    #[test]
    fn a_sentence_s_first_word_the_article_also_writes_in_lower_case_is_not_a_name_s() {
        let (full, _) = names(
            "en",
            "Critics Mara Ellison and Tom Lisle spoke first.\n\n\
             Several critics left early. Harbour Master Ada Ward stayed.",
        );
        let full: Vec<&str> = full.iter().map(|(_, name)| name.as_str()).collect();
        // "critics" is written in lower case: the name is "Mara Ellison". "Harbour" never
        // is, so it stays (the registry or a title list decides such words).
        assert_eq!(full, ["Mara Ellison", "Tom Lisle", "Harbour Master Ada Ward"]);
    }

    #[test]
    fn a_hyphen_joins_a_name_and_a_dash_ends_one() {
        let (full, _) = names("en", "Oslo - Ada Ward met Park Ji-Won at the pier.");
        let full: Vec<&str> = full.iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(full, ["Ada Ward", "Park Ji-Won"]);
    }

    #[test]
    fn persian_and_arabic_names_follow_a_title_or_open_with_a_given_name() {
        let (full, words) = names(
            "fa",
            "مسعود پزشکیان رئیس جمهور روز دوشنبه با سردار حسین سلامی دیدار کرد.\n\n\
             آقای پزشکیان گفت: محمد جواد ظریف در این جلسه حضور داشت و خانم کرمی نیز سخن گفت.",
        );
        let pairs = |list: &[(&str, &str)]| {
            list.iter().map(|(s, f)| ((*s).to_owned(), (*f).to_owned())).collect::<Vec<_>>()
        };
        assert_eq!(
            full,
            pairs(&[("سلامی", "حسین سلامی"), ("ظریف", "محمد جواد ظریف"), ("پزشکیان", "مسعود پزشکیان")])
        );
        // A surname after a title is a name word and leaves the full name the one it has.
        assert_eq!(words, ["سلامی", "ظریف", "پزشکیان", "کرمی"]);
        // A role after a given name is no surname; "علی" opens a name in Persian only, for
        // Arabic writes "on" the same way once folded.
        assert_eq!(names("fa", "حسن وزیر کشور را دید.").1, Vec::<String>::new());
        assert_eq!(names("ar", "وقع الهجوم على مدينة حلب.").1, Vec::<String>::new());
        assert_eq!(names("fa", "علی لاریجانی آمد.").0, pairs(&[("لاریجانی", "علی لاریجانی")]));
        // Arabic writes the full name after a title.
        assert_eq!(names("ar", "قال الشيخ نعيم قاسم إن الهجوم فشل.").0, pairs(&[("قاسم", "نعيم قاسم")]));
    }
}
