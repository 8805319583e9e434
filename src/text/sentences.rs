//! Splitting a paragraph into sentences, never inside a quotation and never after an
//! abbreviation such as "Dr." or "Lt. Gen.".

use std::ops::Range;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "lt", "gen", "col", "maj", "capt", "sgt", "st", "no", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "gov", "sen", "rep", "vs",
    "etc", "inc", "ltd", "co", "corp", "dept", "brig", "adm", "ret", "hon", "approx", "fig", "del", "sens",
    "reps", "atty", "supt", "cmdr", "messrs", "mmes", "fr", "msgr",
];

/// Sentence byte ranges of `text`. `protected` ranges (quotations) are never cut.
pub fn split(text: &str, protected: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    let rare = text.contains('؟') || text.contains('…');
    while let Some((i, c)) = next_stop(text, from, rare) {
        // The sentence ends after the punctuation, and after a closing mark that follows it.
        let after = i + c.len_utf8();
        let end = text[after..]
            .char_indices()
            .find(|&(_, c)| !matches!(c, '”' | '"' | '»' | '’' | '\'' | ')' | '.' | '!' | '?' | '؟'))
            .map_or(text.len(), |(j, _)| after + j);
        let inside_quote = protected.iter().any(|r| r.start <= i && end < r.end);
        if !inside_quote && ends_sentence(text, i, c, end) {
            out.push(start..end);
            start = end;
        }
        from = end;
    }
    if text[start..].trim().is_empty() {
        if let Some(last) = out.last_mut() {
            last.end = text.len();
        }
    } else {
        out.push(start..text.len());
    }
    out.into_iter().map(|r| trim(text, r)).filter(|r| !r.is_empty()).collect()
}

/// The next punctuation that may end a sentence, at or after byte `from`. `rare` when
/// the text holds `؟` or `…`: bytes are then compared one by one (`؟` is 0xD8 0x9F in
/// UTF-8, `…` 0xE2 0x80 0xA6); otherwise the three ASCII marks are searched for at once.
fn next_stop(text: &str, from: usize, rare: bool) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    if !rare {
        let at = from + memchr::memchr3(b'.', b'!', b'?', bytes.get(from..)?)?;
        return Some((at, char::from(bytes[at])));
    }
    let mut k = from;
    while k < bytes.len() {
        match bytes[k] {
            b @ (b'.' | b'!' | b'?') => return Some((k, char::from(b))),
            0xD8 if bytes.get(k + 1) == Some(&0x9F) => return Some((k, '؟')),
            0xE2 if bytes.get(k + 1..k + 3) == Some(&[0x80, 0xA6]) => return Some((k, '…')),
            _ => k += 1,
        }
    }
    None
}

/// True when the punctuation `c` at `i`, followed by text from `end`, ends a sentence.
fn ends_sentence(text: &str, i: usize, c: char, end: usize) -> bool {
    let rest = &text[end..];
    let Some(next) = rest.trim_start().chars().next() else {
        return true;
    };
    if rest.len() == rest.trim_start().len() {
        // No space after: "U.S.", "3.5", "a.m.".
        return false;
    }
    if c != '.' {
        return true;
    }
    let before = &text[..i];
    let word = &before[before.trim_end_matches(char::is_alphanumeric).len()..];
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(l), None) if l.is_uppercase());
    if initial || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    // A new sentence starts with a capital, a digit, a quote (typewriter '' included) or a
    // letter of a script without case (Persian, Arabic).
    next.is_uppercase()
        || next.is_numeric()
        || "“\"«‘(".contains(next)
        || rest.trim_start().starts_with("''")
        || (next.is_alphabetic() && !next.is_lowercase())
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    start..start + s.trim().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences<'t>(text: &'t str, protected: &[Range<usize>]) -> Vec<&'t str> {
        split(text, protected).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_sentence_ends_not_abbreviations() {
        let t = "Dr. Amir-Abdollahian spoke. Lt. Gen. Soleimani was named. The U.S. said no! Was it?";
        assert_eq!(
            sentences(t, &[]),
            ["Dr. Amir-Abdollahian spoke.", "Lt. Gen. Soleimani was named.", "The U.S. said no!", "Was it?"]
        );
    }

    #[test]
    fn a_closing_quote_after_a_full_stop_stays_with_its_sentence() {
        let t = "Qalibaf said, “We will win.” Al-Nakhalah agreed.";
        let q = t.find('“').unwrap()..t.find('”').unwrap();
        assert_eq!(sentences(t, &[q]), ["Qalibaf said, “We will win.”", "Al-Nakhalah agreed."]);
    }

    #[test]
    fn quotations_are_not_cut() {
        let t = "''We will win,'' said Ada Ward. ''They will not.'' Then she left.";
        let q = |a: &str, b: &str| t.find(a).unwrap()..t.find(b).unwrap();
        assert_eq!(
            sentences(t, &[q("We", ",''"), q("They", ".'' Then")]),
            ["''We will win,'' said Ada Ward.", "''They will not.''", "Then she left."]
        );
        let t = "He said, “One. Two.” Then left.";
        let q = t.find('“').unwrap() + 3..t.find('”').unwrap();
        assert_eq!(sentences(t, &[q]), ["He said, “One. Two.”", "Then left."]);
    }

    #[test]
    fn ellipses_and_arabic_question_marks_end_sentences() {
        let t = "Will it hold… Nobody knows. آیا آتش‌بس ادامه دارد؟ معلوم نیست.";
        assert_eq!(
            sentences(t, &[]),
            ["Will it hold…", "Nobody knows.", "آیا آتش‌بس ادامه دارد؟", "معلوم نیست."]
        );
    }

    #[test]
    fn persian_sentences_split_at_full_stops() {
        let t = "رئیس دفتر سیاسی حماس این را گفت. به گفته وی جبهه مقاومت پیروز شد.";
        assert_eq!(sentences(t, &[]).len(), 2);
    }
}
