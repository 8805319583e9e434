//! Words in marks that are no speech: a name or a title that a clause goes on after
//! ("“Morning Round” host Ada Ward said", "«آنا لیند» گفت"), and the titles of shows and
//! books after a speech verb ("appeared on “This Week With Ada Ward”").

use super::*;

/// Words in marks that open a clause and go on with it are a name or a title, not speech
/// ("«Ana Lind» in a talk with ... said:", "“Morning Round” host Ada Ward said").
pub(super) fn opening_name(w: &TaggedPara<'_>, q: &Marked, ws: usize) -> bool {
    let Some((open, after)) = short_run(w, q) else { return false };
    // At the clause's start, after any lead phrase ("به گزارش فارس، «…» گفت").
    let at_start = (w.skip_lead(ws, open)..open).all(|j| w.cue(j) == Some(Cue::Skip));
    let goes_on =
        after < w.len() && !w.gap_before(after).contains([',', '،', ':', '.', '?', '!', '؟', '«', '“']);
    at_start && goes_on && !matches!(w.cue(after), Some(Cue::Speech | Cue::Participle | Cue::Pronoun))
}

/// The first word in a closed quotation of one paragraph and at most three words, and the
/// first word after it.
fn short_run(w: &TaggedPara<'_>, q: &Marked) -> Option<(usize, usize)> {
    let (Some(close), [(_, inside)]) = (q.close, q.pieces.as_slice()) else {
        return None;
    };
    let open = w.word_at(q.open);
    (w.word_at(inside.end) - open <= 3).then(|| (open, w.word_at(close)))
}

/// In Persian and Arabic, which mark names with quotation marks where English has capitals,
/// a short run in marks that follows a word with no punctuation between, goes on with the
/// clause and comes before any speech verb is a name ("برای خوانندگان روزنامه «همشهری»
/// گفت که", "وزیر خارجه «آنا لیند»"), not speech: the sentence is read as if it
/// had none. After the verb it is the speaker's words ("هشدار داد که جهان در حال «از هم
/// گسیختگی» است"), unless a preposition comes before it or a title after it ("با «آرش
/// کاوه» رئیس شورا"). So is one inside the lead phrase ("به نوشته پایگاه «موج»، ..."); in
/// any script, a short run in marks right after "according to" is the source's name.
pub(super) fn named_in_marks(w: &TaggedPara<'_>, q: &Marked, ws: usize) -> bool {
    let Some((open, after)) = short_run(w, q) else { return false };
    let plain = |gap: &str| gap.trim().chars().all(|c| "«»\"“”".contains(c));
    let follows_word = open > 0 && plain(w.gap_before(open));
    let goes_on = after < w.len() && plain(w.gap_before(after));
    let before_speech = !(ws..open).any(|j| matches!(w.cue(j), Some(Cue::Speech | Cue::Participle)));
    // "به گفته «وطن»،", "according to “The Harbour Post”,": the source, named in marks.
    let source = (open.saturating_sub(4)..open)
        .any(|s| w.cue_span(s).is_some_and(|(c, e)| c == Cue::AccordingTo && e == open));
    // "به نوشته پایگاه «بلومبرگ»، ...": a name inside the lead phrase, before its comma.
    let in_lead = !w.latin() && ws < open && w.skip_lead(ws, w.len()) >= after && after > open;
    // "در دیدار با «آرش کاوه» رئیس شورا ...": after a preposition, or before a title that
    // goes on from it, a short run in marks is a name wherever the speech verb stands.
    let titled = !w.latin() && goes_on && matches!(w.cue(after), Some(Cue::Title | Cue::PersonNoun));
    let after_preposition = !w.latin() && goes_on && open > 0 && w.cue(open - 1) == Some(Cue::Preposition);
    // "صحيفة «المساء» بأن", "منصة «إكس»: «…»": a medium's name after its noun, going on
    // with the clause or before a colon (not before a comma, where it may end a lead phrase).
    let medium = !w.latin()
        && open > 0
        && cues::is_media_noun(w.para.folded.word(open - 1))
        && (goes_on
            || after < w.len() && w.gap_before(after).trim_start_matches(['»', '"', '”']).starts_with(':'));
    // "وقال رئيس جمعية «صيادو الخليج» نادر سليم إن ...": in Arabic, a run inside the
    // subject or setting of the verb before it, before "أن" or a colon, is a name.
    let in_subject = w.arabic()
        && goes_on
        && (ws..open).rev().find(|&j| w.cue(j) == Some(Cue::Speech)).is_some_and(|v| {
            (v + 1..open).all(|j| w.cue(j) != Some(Cue::That) && !w.gap_before(j).contains(':'))
        });
    titled
        || follows_word
            && ((!w.latin() && goes_on && before_speech)
                || source
                || in_lead
                || after_preposition
                || medium
                || in_subject)
}

/// True when quoted `text` is the title of a show, book or song: two capitalised words or
/// more, every word of four letters or more capitalised, and no sentence's end ("The
/// Harbour Hour", "Tides That Built a Town").
pub(super) fn is_title(text: &str) -> bool {
    let text = text.trim_end_matches([',', ' ']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let small = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() < 4;
    words.len() >= 2
        && !text.ends_with(['.', '?', '!', '…'])
        && words.iter().filter(|w| capitalised(w)).count() >= 2
        && words.iter().all(|w| capitalised(w) || small(w))
}

/// Nouns of a text whose words follow them in marks ("the headline “…”", "the slogan,
/// “…”"): what is written there, not what anyone said.
const NOUNS_OF_TEXT: &[&str] = &[
    "headline", "headlines", "slogan", "slogans", "motto", "sign", "signs", "banner", "banners", "caption",
    "hashtag", "title", "titled", "entitled", "song", "book", "film", "album", "series",
];

/// "author of “The Long Pier”", "a role in “Harbour Lights”": the title of a work right
/// after "of", "in" or "on", or any words in marks right after a noun of a text ("The
/// headline, “Pier Is Safe, Says Mayor,” was wrong", "banners reading “…”"), are no
/// speech; the sentence is read as if it had no marks there.
pub(super) fn titled_work(w: &TaggedPara<'_>, q: &Marked, texts: &[&str]) -> bool {
    let open = w.word_at(q.open);
    if !w.latin() || open == 0 {
        return false;
    }
    let f = &w.para.folded;
    let before = f.word(open - 1);
    // "banners reading “…”", "a sign that said “…”".
    let reads = |j: usize| matches!(f.word(j), "reading" | "read" | "reads" | "saying" | "says" | "said");
    let written = NOUNS_OF_TEXT.contains(&before)
        || (open >= 2 && reads(open - 1) && NOUNS_OF_TEXT.contains(&f.word(open - 2)))
        || (open >= 3
            && reads(open - 1)
            && f.word(open - 2) == "that"
            && NOUNS_OF_TEXT.contains(&f.word(open - 3)));
    written || matches!(before, "of" | "in" | "on") && is_title(&q.text(texts))
}
