//! Persian and Arabic statements an object carries: a judgement of an object that "را"
//! marks before a verb of naming or accusing ("X این حضور را نعمتی بزرگ دانست"), the
//! object of a verb that follows it ("X از آغاز طرح خبر داد"), and the document a passive
//! verb of stating is in ("در این گزارش آمده است"). English has no such form.

use super::*;

impl<'a> QuoteFinder<'a> {
    /// "X این حضور را نعمتی بزرگ دانست", "X روسیه را به مداخله متهم کرد": in Persian and
    /// Arabic, a judgement of an object marked by "را" before a verb of naming or
    /// accusing is the subject's statement, from after the subject to the verb. True when
    /// found.
    pub(super) fn judged(&mut self, w: &TaggedPara<'_>, ws: usize, we: usize) -> bool {
        if self.latin {
            return false;
        }
        let Some(v) = (ws..we).find(|&i| w.cue(i) == Some(Cue::Naming)) else { return false };
        let from = w.skip_lead(ws.max(w.dateline_end), v);
        let Some(r) = (from..v).find(|&j| w.cue(j) == Some(Cue::ObjectMarker)) else { return false };
        let (who, start) = judging_subject(w, from, r);
        // "... که آن را ... خواند": a judgement inside a relative clause is an aside.
        if start <= from || start >= v || (start..r).any(|j| w.cue(j) == Some(Cue::That)) {
            return false;
        }
        let Some(speaker) = self.resolve(&who) else { return false };
        // "«معامله قرن» را ...": the object's opening mark is part of it.
        let mark = if w.gap_before(start).trim_end().ends_with('«') { "«" } else { "" };
        let text = format!("{mark}{}", w.text_through(start..v));
        self.push_reported(w, text, speaker);
        true
    }
}

/// In Persian, what a verb that follows its object reports: "X از آغاز طرح خبر داد" (news
/// of), "X درباره خطر سیل هشدار داد" (a warning about), "X خواستار توقف کار شد" (a call
/// for). The object's words, after the subject's end.
pub(super) fn object_of_verb(w: &TaggedPara<'_>, ws: usize, v: usize, we: usize) -> Option<Range<usize>> {
    let f = &w.para.folded;
    if f.word(v) == "خواستار" {
        let end =
            (v + 2..we).find(|&j| matches!(f.word(j), "شد" | "شدند" | "شده" | "است" | "هستند" | "بود"))?;
        return Some(v + 1..end);
    }
    let prepositions: &[&str] = match f.word(v) {
        "خبر" => &["از"],
        "هشدار" => &["درباره", "درمورد", "نسبت"],
        _ => return None,
    };
    let (_, subject_end) = w.written_subject_end(ws, v);
    let p = (subject_end..v).find(|&j| prepositions.contains(&f.word(j)))?;
    // "نسبت به": the object starts after "به".
    let start = if f.word(p) == "نسبت" { p + 2 } else { p + 1 };
    (start + 1 < v).then_some(start..v)
}

/// The subject of a judgement in Persian or Arabic whose object "را" marks at `r`, and
/// where the object starts: the clause's opening words up to the object ("سخنگوی وزارت
/// خارجه این دیدار را": a demonstrative opens the object), or a pronoun.
pub(super) fn judging_subject(w: &TaggedPara<'_>, from: usize, r: usize) -> (Subject, usize) {
    let (_, mut start) = w.written_subject_end(from, r);
    if let Some(d) = (from + 1..r).rev().take(4).find(|&j| matches!(w.para.folded.word(j), "این" | "آن"))
    {
        start = start.min(d);
    }
    match w.cue(from) {
        Some(Cue::Pronoun) if start == from => (w.pronoun(from), from + 1),
        _ => (w.subject(from, start), start),
    }
}

/// "در این گزارش آمده است: «…»", "در بخش دیگری از بیانیه شورا ادعا شده است که …": in Persian,
/// the speaker of a passive verb of stating at `verb` ("it is stated in") is the document
/// "در" opens the clause with, as written; a part of it ("بخشی از") is the document.
pub(super) fn stated_in(w: &TaggedPara<'_>, floor: usize, verb: usize) -> Option<Speaker> {
    // The text as written: folding drops the madda of "آمده".
    let passive =
        w.text(verb..verb + 1) == "آمده" || (verb + 1 < w.len() && w.text(verb + 1..verb + 2) == "شده");
    if w.latin() || !passive {
        return None;
    }
    let f = &w.para.folded;
    let from = w.skip_leads(floor.max(w.dateline_end), verb);
    if from + 1 >= verb || f.word(from) != "در" {
        return None;
    }
    // "در بخشی از", "در بخش دیگری از": a part of the document.
    let part = matches!(f.word(from + 1), "بخشی" | "قسمتی" | "بخش" | "قسمت");
    let of =
        (from + 2..from + 4).find(|&j| f.word(j) == "از" && (j == from + 2 || f.word(from + 2) == "دیگری"));
    let start = match of {
        Some(j) if part => j + 1,
        _ => from + 1,
    };
    let plain = (start + 1..=verb).all(|j| !w.gap_before(j).contains(['،', ',', ':', '«', '.', '؛']));
    (start < verb && verb - start <= 6 && plain).then(|| Speaker {
        entity: None,
        name: w.text(start..verb).to_owned(),
        via: Via::Description,
    })
}
