//! What one report states that tells its happening from another of the same kind: two
//! earthquakes in one region, two arrests of one man. Reports of one happening name the
//! same people and places, give the same weekday and the same magnitude; reports of two
//! happenings may share every word of their kind ("a strong earthquake struck ...") and
//! differ only there. Read per article, with no registry; grouping weighs them.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::names::ArticleNames;
use super::para::Para;
use crate::text::{self, Folded};

/// What a report states that tells one happening from another of its kind, read without
/// a registry: the names it writes, the weekdays it gives, the magnitudes it measures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Facts {
    /// The names the text writes (folded words, sorted): people, places and
    /// organisations alike, registered or not.
    pub names: Vec<String>,
    /// The weekdays named, as bits (Monday = 1).
    pub weekdays: u8,
    /// Earthquake magnitudes given, in tenths ("magnitude 6.1" is 61), sorted.
    pub magnitudes: Vec<u16>,
}

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

/// The weekday names folded as the text is, with their day.
static FOLDED_WEEKDAYS: LazyLock<FxHashMap<String, usize>> = LazyLock::new(|| {
    let mut names = FxHashMap::default();
    for (day, written) in WEEKDAYS.iter().enumerate() {
        for name in *written {
            let folded = Folded::new(name);
            // Names written with a joiner fold to two words; the word before "شنبه" tells them.
            if folded.len() == 1 {
                names.insert(folded.word(0).to_owned(), day);
            }
        }
    }
    names
});

/// The weekday (Monday = 0) word `i` of a paragraph names, if any.
fn weekday(p: &Para<'_>, i: usize) -> Option<usize> {
    let word = p.folded.word(i);
    let day = *FOLDED_WEEKDAYS.get(word)?;
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

/// Reads the facts of one article's paragraphs.
pub(crate) fn read(paras: &[Para<'_>], names: &ArticleNames<'_>) -> Facts {
    let mut facts = Facts { names: names.words().map(str::to_owned).collect(), ..Facts::default() };
    facts.names.sort_unstable();
    facts.names.dedup();
    for p in paras {
        for i in 0..p.folded.len() {
            if let Some(day) = weekday(p, i) {
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
    facts
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
        let names = ArticleNames::new(&paras, true);
        let facts = read(&paras, &names);
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
}
