//! "According to X": the source as written, up to a comma or dash, and the statement on
//! the other side of it, before or after, or around it when the source is set off inside.

use super::written::as_described;
use super::*;

/// The most words of a source after "according to" that runs to the sentence's end, and
/// of one a comma or dash ends.
const MAX_SOURCE: usize = 14;
const MAX_SET_OFF_SOURCE: usize = 20;

/// Words after a source set off by a comma that go on with the sentence, not with the
/// statement the source gave.
const GOES_ON: &[&str] = &[
    "but", "and", "while", "even", "though", "although", "yet", "so", "as", "whereas", "who", "which",
    "whose", "where", "when", "up", "down", "compared",
];

impl QuoteFinder<'_> {
    /// "According to the ministry, ..." and "..., according to the ministry.": the source
    /// as written (up to a comma), and the statement on the other side of it.
    pub(super) fn according_to(&mut self, w: &TaggedPara<'_>, ws: usize, a: usize, from: usize, we: usize) {
        // The source ends at a comma or a dash ("according to the Harbour Policy Center -
        // half a percent of ...").
        let ends = |gap: &str| gap.contains([',', ';', '،', '؛']) || is_dash(gap) || gap.trim() == "-";
        let source_end = (from + 1..we).find(|&j| ends(w.gap_before(j))).unwrap_or(we);
        let set_off = source_end < we;
        // "Among the plans at risk, according to Ward, are 16 ...": a lead phrase before the
        // source opens the statement after it.
        // "وبحسب حداد، فإن ...": the statement after the source opens with its "that".
        let after_source = match w.cue_span(source_end) {
            Some((Cue::That, end)) if w.arabic() => end,
            _ => source_end,
        };
        let (lead, statement) = match lead_before(w, ws, a) {
            Some(lead) if set_off => (lead..a, after_source..we),
            _ if a > ws + 3 && w.gap_before(a).contains([',', '،']) => (a..a, ws..a),
            _ => return,
        };
        // A source a comma or dash ends may be long ("a January study by the Harbour
        // Research Center based on census data from 2014"); one running to the sentence's
        // end is held to fewer words.
        if source_end - from > if set_off { MAX_SET_OFF_SOURCE } else { MAX_SOURCE } {
            return;
        }
        // "The pier on the east side, according to Ward, will close": a source set off by
        // commas inside the statement; "…, according to a Gazette tally, but …" or "…,
        // who …": the sentence goes on after it.
        let resumes = statement.end == a
            && self.latin
            && w.gap_before(source_end).contains(',')
            && !GOES_ON.contains(&w.para.folded.word(source_end));
        let text = match (resumes, lead.is_empty()) {
            (true, _) => format!("{} {}", w.text_through(statement), w.text_through(source_end..we)),
            (false, false) => format!("{} {}", w.text(lead), w.text_through(statement)),
            (false, true) => w.text_through(statement).to_owned(),
        };
        let named = if w.arabic() { w.subject(from, source_end) } else { w.titled(from, source_end) };
        let source = match named {
            Subject::Known(s) => self.resolve(&Subject::Known(s)),
            _ => None,
        }
        .unwrap_or_else(|| as_described(w, from..source_end));
        self.push_reported(w, text, source);
    }
}

/// When only lead words stand before word `a` of the clause from `ws`, where a lead phrase
/// among them starts (`a` when there is none): past a conjunction and words to skip ("But",
/// "In addition"), a phrase before a comma ("Among the plans at risk,").
fn lead_before(w: &TaggedPara<'_>, ws: usize, a: usize) -> Option<usize> {
    let mut i = ws;
    if i < a && OPENING_CONJUNCTIONS.contains(&w.para.folded.word(i)) {
        i += 1;
    }
    while i < a
        && let Some((Cue::Skip, next)) = w.cue_span(i)
    {
        i = next;
    }
    (i >= a || w.skip_leads(i, a) >= a).then_some(i.min(a))
}
