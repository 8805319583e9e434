//! Finding text between quotation marks: “…”, "…", «…», ‘…’, the typewriter ''…'' of wire
//! archives, with nesting, and quotes that run over several paragraphs (each new paragraph
//! reopening the quote, by convention, without closing the previous one).

use std::ops::Range;

/// A quotation in marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Marked {
    /// The quoted text: paragraph index and byte range inside the marks, one piece per
    /// paragraph.
    pub pieces: Vec<(usize, Range<usize>)>,
    /// Byte offset of the opening mark in the first paragraph.
    pub open: usize,
    /// Byte offset just after the closing mark in the last paragraph; `None` when the quote
    /// is never closed (it then runs to the end of its paragraph).
    pub close: Option<usize>,
    /// The quoted text ends with a comma: the sentence goes on after the attribution
    /// ("“Iran and Pakistan,” he said, “are ...”").
    pub continues: bool,
}

impl Marked {
    /// The quoted text, from the article's paragraph `texts`; the pieces of a quotation
    /// over several paragraphs are joined by a blank line.
    pub fn text(&self, texts: &[&str]) -> String {
        self.pieces.iter().map(|(p, r)| &texts[*p][r.clone()]).collect::<Vec<_>>().join("\n\n")
    }

    /// The paragraph the quote starts in.
    pub fn first_paragraph(&self) -> usize {
        self.pieces[0].0
    }

    /// The paragraph the quote ends in.
    pub fn last_paragraph(&self) -> usize {
        self.pieces[self.pieces.len() - 1].0
    }
}

/// A quotation mark: one character, or the two apostrophes of typewriter quotes.
type Mark = &'static str;

/// The opening marks.
const OPENERS: [Mark; 6] = ["“", "«", "‹", "''", "\"", "‘"];

/// The closing marks for an opening one. Web text mixes straight and curly double marks
/// ("…” and “…"), so each closes the other.
fn closers(open: Mark) -> &'static [Mark] {
    match open {
        "“" | "\"" => &["”", "\""],
        "«" => &["»"],
        // Web text closes a curly single quote with a straight one too ("‘Don’t,'").
        "‘" => &["’", "'"],
        "‹" => &["›"],
        _ => &["''"],
    }
}

/// The mark starting at byte `i` of `text`, if any ('' before ' and ").
fn mark_at(text: &str, i: usize, marks: &[Mark]) -> Option<Mark> {
    marks.iter().copied().find(|m| text[i..].starts_with(m))
}

/// Top-level quotations in `paragraphs`, in text order.
pub(crate) fn find(paragraphs: &[&str]) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut carried: Option<(Marked, Mark)> = None;
    for (p, text) in paragraphs.iter().enumerate() {
        let mut from = 0;
        if let Some((mut q, open)) = carried.take() {
            let trimmed = text.trim_start();
            if trimmed.starts_with(open) {
                // The quote goes on in this paragraph.
                let inner = text.len() - trimmed.len() + open.len();
                match scan(text, inner, Some(open)) {
                    Scan::Closed { close_mark, after } => {
                        q.pieces.push((p, inner..close_mark));
                        q.close = Some(after);
                        out.push(q);
                        from = after;
                    }
                    Scan::Open => {
                        q.pieces.push((p, inner..text.len()));
                        carried = Some((q, open));
                        continue;
                    }
                }
            } else {
                out.push(q);
            }
        }
        scan_paragraph(p, text, from, &mut out, &mut carried);
    }
    if let Some((q, _)) = carried {
        out.push(q);
    }
    for q in &mut out {
        trim(q, paragraphs);
    }
    out.retain(|q| q.pieces.iter().any(|(_, r)| !r.is_empty()));
    out
}

/// Finds the quotations opening in `text` from byte `from`.
fn scan_paragraph(
    p: usize,
    text: &str,
    mut from: usize,
    out: &mut Vec<Marked>,
    carried: &mut Option<(Marked, Mark)>,
) {
    while let Some((open_at, open)) = next_opener(text, from) {
        let inner = open_at + open.len();
        match scan(text, inner, Some(open)) {
            Scan::Closed { close_mark, after } => {
                out.push(Marked {
                    pieces: vec![(p, inner..close_mark)],
                    open: open_at,
                    close: Some(after),
                    continues: false,
                });
                from = after;
            }
            // "(The board calls it ''a fair deal.'.')": a mark left open inside brackets
            // ends where they close, and never runs on into the next paragraph.
            Scan::Open if let Some(close) = bracket_end(text, open_at, inner) => {
                out.push(Marked {
                    pieces: vec![(p, inner..close)],
                    open: open_at,
                    close: None,
                    continues: false,
                });
                from = close;
            }
            Scan::Open => {
                *carried = Some((
                    Marked {
                        pieces: vec![(p, inner..text.len())],
                        open: open_at,
                        close: None,
                        continues: false,
                    },
                    open,
                ));
                return;
            }
        }
    }
}

/// Where the brackets a mark opening at `open_at` stands inside close, after `inner`.
fn bracket_end(text: &str, open_at: usize, inner: usize) -> Option<usize> {
    let depth = |t: &str| t.matches('(').count() as isize - t.matches(')').count() as isize;
    if depth(&text[..open_at]) <= 0 {
        return None;
    }
    let mut level = 0;
    for (i, c) in text[inner..].char_indices() {
        match c {
            '(' => level += 1,
            ')' if level == 0 => return Some(inner + i),
            ')' => level -= 1,
            _ => {}
        }
    }
    None
}

enum Scan {
    /// Closed at byte `close_mark`; the text goes on at `after`.
    Closed { close_mark: usize, after: usize },
    /// Still open at the end of the paragraph.
    Open,
}

/// Scans from `start` (just inside an opening `open` mark) for its closing mark,
/// skipping nested quotations.
fn scan(text: &str, start: usize, open: Option<Mark>) -> Scan {
    let mut stack: Vec<Mark> = open.into_iter().collect();
    let mut i = start;
    while i < text.len() {
        if !may_start_mark(text.as_bytes()[i]) {
            i += 1;
            continue;
        }
        let closing = stack.last().and_then(|&o| mark_at(text, i, closers(o)));
        if let Some(c) = closing.filter(|c| is_closer(text, i, c)) {
            stack.pop();
            if stack.is_empty() {
                return Scan::Closed { close_mark: i, after: i + c.len() };
            }
            i += c.len();
        } else if let Some((level, c)) = closes_outer(text, i, &stack) {
            // “… ‘Don’t hit me,’” with the inner quote never closed: the outer mark
            // closes it too.
            stack.truncate(level);
            if stack.is_empty() {
                return Scan::Closed { close_mark: i, after: i + c.len() };
            }
            i += c.len();
        } else if let Some(m) = mark_at(text, i, &OPENERS).filter(|m| is_opener(text, i, m)) {
            stack.push(m);
            i += m.len();
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    Scan::Open
}

/// A double or angle closing mark at byte `i` that closes a quotation below the innermost
/// one on `stack`: the level it closes and the mark. Single marks, which are also
/// apostrophes, never close past the innermost quotation.
fn closes_outer(text: &str, i: usize, stack: &[Mark]) -> Option<(usize, Mark)> {
    let below = stack.len().checked_sub(1)?;
    (0..below).rev().find_map(|level| {
        let c = mark_at(text, i, closers(stack[level]))?;
        (matches!(c, "”" | "»" | "›") && is_closer(text, i, c)).then_some((level, c))
    })
}

/// The next opening mark at or after `from`: only the places [`may_start_mark`] allows are
/// looked at.
fn next_opener(text: &str, from: usize) -> Option<(usize, Mark)> {
    let bytes = text.as_bytes();
    let mut k = from;
    loop {
        let at = k + bytes.get(k..)?.iter().position(|&b| may_start_mark(b))?;
        if let Some(m) = mark_at(text, at, &OPENERS).filter(|m| is_opener(text, at, m)) {
            return Some((at, m));
        }
        k = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
}

/// Whether a mark may start at a byte: every mark, opening or closing, begins with `"`,
/// `'`, 0xC2 (`« »`) or 0xE2 (`“ ” ‘ ’ ‹ ›`). Continuation bytes of other characters are
/// never these, so skipping byte by byte stays on character boundaries where it stops.
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

fn is_opener(text: &str, i: usize, m: Mark) -> bool {
    match m {
        "“" | "«" | "‹" => true,
        // Straight, single and typewriter quotes open only at the start of a word.
        _ => {
            let next = text[i + m.len()..].chars().next();
            let prev = text[..i].chars().next_back();
            next.is_some_and(|n| !n.is_whitespace() && n != '\'')
                && prev.is_none_or(|p| p.is_whitespace() || "([{—–-:/“«\"".contains(p))
        }
    }
}

fn is_closer(text: &str, i: usize, m: Mark) -> bool {
    match m {
        // ’ is also the apostrophe of "Iran’s": it closes only where no letter follows.
        "’" | "'" | "\"" | "''" => !text[i + m.len()..].chars().next().is_some_and(char::is_alphanumeric),
        _ => true,
    }
}

/// Drops spaces at the edges of the quoted text, and the comma of `“…,” he said`.
fn trim(q: &mut Marked, paragraphs: &[&str]) {
    let mut continues = false;
    for (p, range) in &mut q.pieces {
        let piece = &paragraphs[*p][range.clone()];
        let start_trim = piece.len() - piece.trim_start().len();
        let mut trimmed = piece.trim();
        continues = false;
        if let Some(t) = trimmed.strip_suffix([',', '،']) {
            continues = true;
            trimmed = t.trim_end();
        }
        range.start += start_trim;
        range.end = range.start + trimmed.len();
    }
    q.continues = continues;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paragraphs: &[&str]) -> Vec<Vec<String>> {
        find(paragraphs)
            .into_iter()
            .map(|q| q.pieces.iter().map(|(p, r)| paragraphs[*p][r.clone()].to_owned()).collect())
            .collect()
    }

    #[test]
    fn curly_straight_and_guillemet_quotes_with_nesting() {
        let p = ["He said, “We reject the ‘so-called’ deal,” and left. She said \"No.\" «سلام «دوست» من»"];
        assert_eq!(texts(&p), [vec!["We reject the ‘so-called’ deal"], vec!["No."], vec!["سلام «دوست» من"]]);
    }

    #[test]
    fn typewriter_quotes_pair_and_apostrophes_stay_apostrophes() {
        let p = ["''We will not back down,'' Mr. Hale said of the mayor's plan, ''not this year.''"];
        assert_eq!(texts(&p), [vec!["We will not back down"], vec!["not this year."]]);
        // A lone apostrophe, a possessive plural and an elision are not marks.
        assert!(texts(&["The voters' mood and rock 'n' roll in the '90s."]).is_empty());
        let nested = ["He said, ''They called it a 'fair deal,' and it was not.''"];
        assert_eq!(texts(&nested), [vec!["They called it a 'fair deal,' and it was not."]]);
    }

    #[test]
    fn straight_and_curly_double_marks_close_each_other() {
        let p = ["\"Is it over? Not at all,” Ada Ward said. “Not yet,\" Ward added."];
        assert_eq!(texts(&p), [vec!["Is it over? Not at all"], vec!["Not yet"]]);
    }

    #[test]
    fn an_inner_quote_closed_by_a_straight_mark_or_not_at_all_ends_with_its_outer_one() {
        let p = ["“I waved, sort of, ‘Don’t sink it, please,'” Ward said. “Fine.”"];
        assert_eq!(texts(&p), [vec!["I waved, sort of, ‘Don’t sink it, please,'"], vec!["Fine."]]);
        let p = ["“They called it ‘a fair deal,” Ward said of the toll."];
        assert_eq!(texts(&p), [vec!["They called it ‘a fair deal"]]);
        // A straight mark with a letter after it is an apostrophe, even inside ‘…’.
        let p = ["He wrote ‘the pier's last winter’ on the sign."];
        assert_eq!(texts(&p), [vec!["the pier's last winter"]]);
    }

    #[test]
    fn apostrophes_do_not_close_single_quotes() {
        let p = ["He called it ‘Iran’s finest hour’ today."];
        assert_eq!(texts(&p), [vec!["Iran’s finest hour"]]);
        assert!(texts(&["Iran’s role and the leaders’ views."]).is_empty());
    }

    #[test]
    fn a_quote_reopened_in_the_next_paragraph_continues() {
        let p = ["He said: “First part.", "“Second part,” he added.", "Then “other”."];
        let found = find(&p);
        assert_eq!(found[0].pieces.len(), 2);
        assert_eq!(texts(&p), [vec!["First part.", "Second part"], vec!["other"]]);
        assert_eq!(found[0].close, Some("“Second part,”".len()));
    }

    #[test]
    fn a_mark_left_open_inside_brackets_ends_where_they_close() {
        let p = [
            "The board counts 40 ships (the harbour lists 12 more ''river boats.'.')",
            "''The lists differ,'' Mr. Lisle said.",
        ];
        assert_eq!(texts(&p), [vec!["river boats.'.'"], vec!["The lists differ"]]);
        // Brackets inside a quotation, and a quotation that closes inside brackets, as before.
        let p = ["''We will (again) sail,'' he said (as ''planned'') today."];
        assert_eq!(texts(&p), [vec!["We will (again) sail"], vec!["planned"]]);
        // A quote opened outside brackets still goes on into the next paragraph.
        let p = ["He said: ''First part (in May).", "''Second part,'' he added."];
        assert_eq!(texts(&p), [vec!["First part (in May).", "Second part"]]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_its_paragraph_end() {
        let p = ["Qalibaf said, “We will win.", "Another paragraph."];
        let found = find(&p);
        assert_eq!(texts(&p), [vec!["We will win."]]);
        assert_eq!(found[0].close, None);
    }
}
