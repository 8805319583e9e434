//! What one report states that tells its happening from another of the same kind: two
//! earthquakes in one region, two arrests of one man. Reports of one happening name the
//! same people and places, give the same weekday and the same magnitude; reports of two
//! happenings may share every word of their kind ("a strong earthquake struck ...") and
//! differ only there. Read per article, with no registry; grouping weighs them.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rustc_hash::FxHashMap;

use super::names::ArticleNames;
use super::para::Para;
use crate::text::{self, Folded};

/// What a report states that tells one happening from another of its kind, read without
/// a registry: the names it writes, the weekdays it gives, the magnitudes it measures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Facts {
    /// The names the text writes (folded words, sorted): people, places and
    /// organisations alike, registered or not.
    pub names: Vec<String>,
    /// The weekdays named, as bits (Monday = 1).
    pub weekdays: u8,
    /// Earthquake magnitudes given, in tenths ("magnitude 6.1" is 61), sorted.
    pub magnitudes: Vec<u16>,
    /// What the happening left, counted: ([`COUNTED`] index, number), sorted. "12 people
    /// were killed" is (0, 12). A count may grow as news comes in, so counts that differ
    /// never tell two happenings apart; counts that agree say they are one.
    pub counts: Vec<(u8, u32)>,
}

/// What reports count of a happening, each with the words that say it (folded), in the
/// languages clippings come in: the dead, the injured, the arrested, the missing.
pub(crate) const COUNTED: [(&str, &[&str]); 4] = [
    (
        "dead",
        &[
            "dead", "killed", "killing", "deaths", "died", "death", "fatalities", "tote", "toten", "getotet",
            "morts", "tues", "muertos", "muertes", "fallecidos", "morti", "کشته", "جانباخته", "قتيلا", "قتلى",
            "قتيل",
        ],
    ),
    (
        "injured",
        &[
            "injured", "wounded", "hurt", "injuring", "wounding", "verletzte", "verletzt", "blesses",
            "heridos", "feriti", "زخمی", "مجروح", "مصدوم", "جريحا", "جرحى", "مصابا",
        ],
    ),
    (
        "arrested",
        &[
            "arrested", "detained", "arrests", "arresting", "festgenommen", "arretes", "interpelles",
            "detenidos", "arrestati", "بازداشت", "دستگیر", "معتقلا", "اعتقال",
        ],
    ),
    (
        "missing",
        &["missing", "vermisst", "disparus", "desaparecidos", "dispersi", "مفقود", "مفقودا", "مفقودین"],
    ),
];

/// Words between a number and what it counts that make the number something else: an
/// age, a share, a time, a date ("a 12-year-old was killed", "killed on 3 May").
const NOT_A_COUNT: &[&str] = &[
    "year", "years", "old", "percent", "per", "cent", "day", "days", "hour", "hours", "minutes", "km",
    "miles", "on", "in", "since", "until", "by", "from", "no", "ساله", "درصد", "روز", "ساعت", "سال",
];

/// Numbers written as words in English wire copy ("two people were killed").
const NUMBER_WORDS: [&str; 12] =
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// Weekday names (folded), Monday first, in the languages clippings come in. Persian
/// writes most as two words or with a joiner ("سه‌شنبه"); the word before "شنبه" says
/// which day it is (see [`weekday`]).
const WEEKDAYS: [&[&str]; 7] = [
    &["monday", "montag", "lundi", "lunes", "lunedi", "lunedì", "دوشنبه", "الاثنين"],
    &["tuesday", "dienstag", "mardi", "martes", "martedi", "martedì", "سه‌شنبه", "الثلاثاء"],
    &[
        "wednesday", "mittwoch", "mercredi", "miercoles", "miércoles", "mercoledi", "mercoledì", "چهارشنبه",
        "الأربعاء", "الاربعاء",
    ],
    &["thursday", "donnerstag", "jeudi", "jueves", "giovedi", "giovedì", "پنجشنبه", "پنج‌شنبه", "الخميس"],
    &["friday", "freitag", "vendredi", "viernes", "venerdi", "venerdì", "جمعه", "الجمعة"],
    &["saturday", "samstag", "samedi", "sabado", "sábado", "sabato", "شنبه", "السبت"],
    &["sunday", "sonntag", "dimanche", "domingo", "domenica", "یکشنبه", "یک‌شنبه", "الأحد", "الاحد"],
];

/// The words that name a day, folded as the text is: a weekday (Monday = 0), or a
/// number of days before the day of publication ("yesterday").
#[derive(Clone, Copy)]
enum DayWord {
    Weekday(usize),
    DaysBefore(u64),
}

static DAY_WORDS: LazyLock<FxHashMap<String, DayWord>> = LazyLock::new(|| {
    let mut names = FxHashMap::default();
    for (day, written) in WEEKDAYS.iter().enumerate() {
        for name in *written {
            let folded = Folded::new(name);
            // Names written with a joiner fold to two words; the word before "شنبه" tells them.
            if folded.len() == 1 {
                names.insert(folded.word(0).to_owned(), DayWord::Weekday(day));
            }
        }
    }
    for (word, before) in RELATIVE_DAYS {
        names.insert(Folded::new(word).text, DayWord::DaysBefore(before));
    }
    names
});

/// True when a folded word names a day: a weekday in one of the languages read, or
/// "yesterday" and "today" and their kin.
pub(crate) fn is_day_word(word: &str) -> bool {
    DAY_WORDS.contains_key(word)
}

/// The weekday (Monday = 0) word `i` of a paragraph names, if any: "Tuesday", or
/// "yesterday" in a report `published` on a Wednesday.
fn weekday(p: &Para<'_>, i: usize, published: NaiveDate) -> Option<usize> {
    let day = match *DAY_WORDS.get(p.folded.word(i))? {
        DayWord::Weekday(day) => day,
        // A date at the calendar's start has no day before it: no day is read.
        DayWord::DaysBefore(n) => {
            let day = published.checked_sub_days(chrono::Days::new(n))?;
            return Some(day.weekday().num_days_from_monday() as usize);
        }
    };
    // "سه شنبه" is Tuesday, "شنبه" alone Saturday.
    if day == 5 && i > 0 {
        let before = ["دو", "سه", "چهار", "پنج", "یک"];
        let previous = p.folded.word(i - 1);
        if let Some(k) = before.iter().position(|w| Folded::new(w).text == previous) {
            return Some([0, 1, 2, 3, 6][k]);
        }
    }
    Some(day)
}

/// "magnitude 6.1", "a 6.1-magnitude quake", "magnitude of 4.6", "۴.۶ ریشتر".
static MAGNITUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2}(?:[.,]\d)?)\s*-?\s*(?:magnitude|ریشتر|درجه ریشتر|richter)|magnitude(?:\s+of)?\s*-?\s*(\d{1,2}(?:[.,]\d)?)")
        .expect("static regex")
});

/// Words that name a day by the day of publication, with how many days before it:
/// "yesterday" in a report of Wednesday is Tuesday.
const RELATIVE_DAYS: [(&str, u64); 11] = [
    ("yesterday", 1),
    ("today", 0),
    ("tonight", 0),
    ("gestern", 1),
    ("heute", 0),
    ("ayer", 1),
    ("hoy", 0),
    ("ieri", 1),
    ("oggi", 0),
    ("دیروز", 1),
    ("امروز", 0),
];

/// Reads the facts of one article's paragraphs, published on `published`.
pub(crate) fn read(paras: &[Para<'_>], names: &ArticleNames<'_>, published: NaiveDate) -> Facts {
    let mut facts = Facts { names: names.words().map(str::to_owned).collect(), ..Facts::default() };
    facts.names.sort_unstable();
    facts.names.dedup();
    for p in paras {
        for i in 0..p.folded.len() {
            if let Some(day) = weekday(p, i, published) {
                facts.weekdays |= 1 << day;
            }
        }
        let measures =
            (0..p.folded.len()).any(|i| ["magnitude", "richter", "ریشتر"].contains(&p.folded.word(i)));
        if !measures {
            continue;
        }
        let digits = text::western_digits(p.text);
        for c in MAGNITUDE.captures_iter(&digits) {
            let value = c.get(1).or(c.get(2)).map(|m| m.as_str().replace(',', "."));
            if let Some(tenths) = value.and_then(|v| v.parse::<f64>().ok()).map(|v| (v * 10.0).round() as u16)
                && (10..=100).contains(&tenths)
            {
                facts.magnitudes.push(tenths);
            }
        }
    }
    facts.magnitudes.sort_unstable();
    facts.magnitudes.dedup();
    facts.counts = paras.iter().flat_map(counts).collect();
    facts.counts.sort_unstable();
    facts.counts.dedup();
    facts
}

/// The counts a paragraph gives: a number and what it counts at most three words apart,
/// in one sentence, either way round ("12 people were killed", "killing at least 12",
/// "۱۲ نفر کشته"); thousands written "2,000" are one number, decimals ("6.1") none.
fn counts(p: &Para<'_>) -> Vec<(u8, u32)> {
    let f = &p.folded;
    let gap = |i: usize| &p.text[f.words[i - 1].original.end..f.words[i].original.start];
    let digits = |i: usize| f.word(i).bytes().all(|b| b.is_ascii_digit());
    // The number word `i` starts, with the index after it.
    let number = |i: usize| -> Option<(u32, usize)> {
        let w = f.word(i);
        if !w.as_bytes()[0].is_ascii_digit() {
            let n = (w.len() <= 6).then(|| NUMBER_WORDS.iter().position(|n| *n == w)).flatten()?;
            return Some((u32::try_from(n).ok()? + 1, i + 1));
        }
        let continues = |j: usize| j < f.len() && [",", "."].contains(&gap(j)) && digits(j);
        if !digits(i) || i > 0 && continues(i) {
            return None;
        }
        let (mut text, mut end) = (f.word(i).to_owned(), i + 1);
        while continues(end) {
            if f.word(end).len() != 3 || text.len() > 3 {
                return None; // a decimal, or no count
            }
            text.push_str(f.word(end));
            end += 1;
        }
        let n: u32 = text.parse().ok()?;
        let year = end == i + 1 && text.len() == 4 && (1900..=2100).contains(&n);
        (n > 0 && !year).then_some((n, end))
    };
    let counted = |i: usize| COUNTED.iter().position(|(_, words)| words.contains(&f.word(i)));
    // Words `from..to` hold nothing that makes a number something else, and no sentence ends.
    let plain = |from: usize, to: usize| {
        (from..to).all(|k| !NOT_A_COUNT.contains(&f.word(k)) && number(k).is_none())
            && (from.max(1)..=to.min(f.len() - 1)).all(|k| !gap(k).contains(['.', ';', ':', '!', '?', '؛']))
    };
    let mut found = Vec::new();
    for i in 0..f.len() {
        let Some((n, end)) = number(i) else { continue };
        let after = (end..f.len().min(end + 4)).find(|&j| counted(j).is_some() && plain(end, j));
        let before = (i.saturating_sub(4)..i).rev().find(|&j| counted(j).is_some() && plain(j + 1, i));
        if let Some(kind) = after.or(before).and_then(counted) {
            found.push((u8::try_from(kind).unwrap_or(u8::MAX), n));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> Facts {
        let paras: Vec<Para<'_>> = text
            .split("\n\n")
            .enumerate()
            .map(|(index, t)| Para { index, text: t, folded: Folded::new(t), mentions: Vec::new() })
            .collect();
        let names = ArticleNames::new(&paras, "en");
        // A Wednesday.
        let facts = read(&paras, &names, NaiveDate::from_ymd_opt(2024, 3, 13).expect("a date"));
        drop(names);
        facts
    }

    #[test]
    fn weekdays_and_magnitudes_are_read() {
        let f = facts(
            "A magnitude 6.1 earthquake struck the coast on Tuesday.\n\nA 4,6-magnitude aftershock followed on Wednesday.",
        );
        assert_eq!(f.weekdays, 0b110);
        assert_eq!(f.magnitudes, [46, 61]);
        assert_eq!(facts("زلزله‌ای به بزرگی ۵.۲ ریشتر روز سه شنبه شهر را لرزاند.").weekdays, 0b10);
        assert_eq!(facts("روز شنبه جلسه برگزار شد.").weekdays, 1 << 5);
        // Read against the day of publication, a Wednesday.
        assert_eq!(facts("The quake struck yesterday; aftershocks are expected today.").weekdays, 0b110);
        assert_eq!(facts("زلزله دیروز شهر را لرزاند.").weekdays, 0b10);
        // A magnitude that is no earthquake's is not read as one.
        assert!(facts("The 2024 season had magnitude problems of 250 kinds.").magnitudes.is_empty());
    }

    #[test]
    fn names_are_those_the_text_writes() {
        let f = facts(
            "Police in Baytown said Ray Dunmore escaped on Monday.\n\nDunmore was seen in the town later.",
        );
        let has = |w: &str| f.names.binary_search(&w.to_owned()).is_ok();
        assert!(has("dunmore") && has("baytown"));
        assert!(!has("police") && !has("monday"));
    }

    #[test]
    fn counts_of_the_dead_injured_and_arrested_are_read_and_other_numbers_are_not() {
        let counted = |text: &str| -> Vec<(&str, u32)> {
            facts(text).counts.iter().map(|&(k, n)| (COUNTED[usize::from(k)].0, n)).collect()
        };
        assert_eq!(counted("Floods killed at least 14 people and left 2,300 homeless."), [("dead", 14)]);
        assert_eq!(
            counted("Two people were killed and 31 injured when the bridge fell."),
            [("dead", 2), ("injured", 31)]
        );
        assert_eq!(counted("Police said 1,250 protesters were arrested on Sunday."), [("arrested", 1250)]);
        assert_eq!(
            counted("سیل دست کم ۱۴ نفر کشته و ۳۱ زخمی بر جای گذاشت."),
            [("dead", 14), ("injured", 31)]
        );
        assert_eq!(counted("Die Polizei hat 40 Demonstranten festgenommen."), [("arrested", 40)]);
        // An age, a date, a year, a decimal and a share are no counts.
        assert!(counted("A 12-year-old was killed by the falling wall.").is_empty());
        assert!(counted("He was arrested on 3 May in the capital.").is_empty());
        assert!(counted("The 2004 quake killed thousands.").is_empty());
        assert!(counted("A magnitude 6.1 quake killed no one.").is_empty());
        assert!(counted("Support fell 40 percent after the arrests.").is_empty());
        // Nor a number in another sentence.
        assert!(counted("The vote passed 52. Killed in the crash was the driver.").is_empty());
    }
}
