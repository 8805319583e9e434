//! Reported speech, without quotation marks: "X said that ...", "according to X, ...", "X
//! stressed the need to ...", "به گفته وی ...", and the clause after a speech verb.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::objects::object_of_verb;
use super::written::{before_fillers, opening_description};
use super::*;
use crate::analysis::facts::is_day_word;

/// English verbs of belief, finding and speech whose object is what was said only when a
/// clause follows them ("believes the vote was rigged", "found that ..."), not a noun
/// ("suggested a compromise").
const STANCE: &[&str] = &[
    "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "fear",
    "fears", "feared", "expect", "expects", "expected", "estimate", "estimates", "estimated", "know",
    "knows", "knew", "worry", "worries", "worried", "suspect", "suspects", "suspected", "feel", "feels",
    "felt", "predicted", "predicts", "predict", "suggested", "suggests", "suggest", "argue", "insist",
    "claim", "admitted", "admit", "admits", "conceded", "concede", "agreed", "agree", "agrees", "promised",
    "promise", "promises", "vowed", "vow", "vows", "pledged", "pledges", "threatened", "threatens",
    "reported", "reports", "report", "found", "finds", "find", "showed", "shows", "show", "concluded",
    "concludes", "indicated", "indicates", "signaled", "signalled", "hinted", "recognized", "recognised",
    "realized", "realised", "understood", "assumed", "figured", "wrote", "writes", "explained", "complained",
    "charged", "alleged", "contended", "contends", "maintained", "maintains", "recalled", "testified",
    "tweeted", "assured", "mentioned", "learned", "discovered", "doubt", "doubts", "doubted", "acknowledge",
    "warn", "note", "announce", "deny", "denies", "confirm", "declare", "add", "explain", "recall", "assert",
    "asserts", "asserted", "anticipated", "anticipates", "forecast", "forecasts", "posited", "calculates",
    "calculated", "conclude", "concern", "concerned", "confident", "aware", "convinced", "hopeful",
];
/// True when a folded word is one of [`STANCE`]: a set, as it is asked of every word.
pub(super) fn is_stance(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| STANCE.iter().copied().collect());
    SET.contains(word)
}

/// Verbs of promising and threatening, whose "to" and infinitive is what was said.
const COMMITS: &[&str] = &[
    "vowed", "vows", "vow", "pledged", "pledges", "promised", "promises", "promise", "threatened",
    "threatens",
];

/// The most words of another clause's subject between a comma and its speech verb ("…, a
/// charge that harbour officials strongly denied").
const MAX_SUBJECT: usize = 8;

/// Adverbs that may stand between a verb and its "that" ("suggest however that").
const ASIDES: &[&str] = &["however", "also", "now", "repeatedly", "again", "instead", "still", "too"];

/// Verbs followed directly by what was said ("He said Tehran had sent messages").
const SAYS_CLAUSE: &[&str] = &[
    "said", "says", "say", "added", "adds", "warned", "warns", "insisted", "argued", "noted", "announced",
    "declared", "stated", "claimed", "confirmed", "acknowledged", "denied", "saying", "adding", "insisting",
    "arguing", "claiming", "noting", "stressing", "suggesting", "predicting", "acknowledging", "conceding",
    "asserting", "declaring", "stating", "warning",
];
/// Objects of "said" that are no clause ("said little about", "said nothing").
const NO_CLAUSE: &[&str] = &[
    "little", "nothing", "much", "more", "something", "anything", "everything", "so", "otherwise", "goodbye",
    "sorry", "hello", "thanks",
];
/// Verbs whose object is the person told, before what was said ("told reporters he ...").
pub(super) const TELLS: &[&str] =
    &["told", "tells", "telling", "assured", "assures", "informed", "reminded", "reminds"];
/// Words that open a clause, after a verb of belief.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her", "their", "its",
    "this", "these", "those", "no", "some", "many", "most", "all", "every", "any", "our", "my", "your",
    "one", "both", "each", "none", "nobody", "everyone", "nothing", "such", "another", "americans", "voters",
];

impl<'a> QuoteFinder<'a> {
    /// Reported speech without quotation marks.
    pub(super) fn reported(&mut self, w: &TaggedPara<'_>, ws: usize, we: usize, subject: &Subject) {
        // "According to him, ...", "به گفته وی ..."
        if let Some(a) = (ws..we).find(|&i| w.cue(i) == Some(Cue::AccordingTo)) {
            // "Lisle said he would have closed it, according to press reports": the person
            // whose verb reports the statement said it; the source after it relays it.
            let relayed = a > ws + 3 && w.gap_before(a).contains([',', '،']);
            let says = |i: usize| {
                let word = w.para.folded.word(i);
                (SAYS_CLAUSE.contains(&word) || TELLS.contains(&word))
                    && !(i > ws && w.para.folded.word(i - 1) == "all")
            };
            if self.latin && relayed && (ws..a).any(says) {
                return self.reported(w, ws, a, subject);
            }
            let from = w.cue_span(a).map_or(a + 1, |c| c.1);
            let (who, rest) = if w.cue(from) == Some(Cue::Pronoun) {
                (w.pronoun(from), from + 1)
            } else if let Some(m) = w.mention(from) {
                (w.subject(from, we), m.words.end)
            } else {
                (Subject::Nothing, from)
            };
            if who == Subject::Nothing {
                self.according_to(w, ws, a, from, we);
                return;
            }
            if let Some(speaker) = self.resolve(&who)
                && rest < we
            {
                self.push_reported(w, w.text_through(rest..we).to_owned(), speaker);
            }
            return;
        }
        if self.clause_then_said(w, ws, we) {
            return;
        }
        // "While Ward pledged to work with both councils, Lisle insisted that ...": a clause
        // a subordinator opens before the main clause holds its own statement, which ends
        // at its comma; the main clause is read on its own.
        if let Some((start, comma)) = self.leading_clause(w, ws, we) {
            self.reported(w, start, comma, &w.subject(start, comma));
            self.reported(w, comma, we, &w.subject(comma, we));
            return;
        }
        if self.judged(w, ws, we) {
            return;
        }
        // The first verb of speech or belief that is followed by what was said; in Persian
        // and Arabic, the first verb of speech. In English, a statement another speaker's
        // clause cuts short ("X said A, but most voters said B") is followed by that one.
        // "Asked whether the pier would close, Ward replied that ...": the question put to
        // the speaker is a lead, not a statement of theirs.
        let first = w.first_content_word(ws, we);
        let put = self.latin
            && first < we
            && matches!(w.para.folded.word(first), "asked" | "pressed" | "questioned");
        let start = if put { w.skip_lead(ws, we) } else { ws };
        let (mut from, mut subject, mut next) = (start, subject.clone(), start);
        while let Some(v) = (next..we).find(|&i| self.reports(w, i)) {
            let Some((start, end)) = self.statement(w, from, v, we) else {
                if !self.latin {
                    return;
                }
                next = v + 1;
                continue;
            };
            // "Lisle, who claimed that the pier was sinking, and Ward ...": a statement in a
            // relative clause set off by commas ends at its closing comma.
            let aside = self.relative_clause(w, from, v).filter(|&who| w.gap_before(who).contains(','));
            let end = match aside {
                Some(_) => (start + 1..end).find(|&j| w.gap_before(j).contains(',')).unwrap_or(end),
                None => end,
            };
            let speaker = self.reported_speaker(w, from, v, &subject);
            // "گزارش‌ها از ... خبر دادند" ("reports told of ..."): a document no one is named
            // for says nothing of anyone's.
            if let Some(speaker) = speaker.filter(|s| s.entity.is_some() || !unnamed_documents(&s.name)) {
                let text = w.text_through(start..end).to_owned();
                self.push_reported(w, text, speaker);
            }
            if !self.latin || end >= we {
                return;
            }
            // After a relative clause, the sentence goes on with its subject ("Lisle, who
            // estimated that ..., said he ..."); else the statement ends at the conjunction
            // before the next clause.
            if aside.is_some() {
                next = end;
                continue;
            }
            (from, next) = (end + 1, end + 1);
            subject = w.subject(from, we);
        }
    }

    /// Who said the statement the verb at `v` reports, in the clause from `from` whose
    /// subject is `subject`.
    fn reported_speaker(
        &self,
        w: &TaggedPara<'_>,
        from: usize,
        v: usize,
        subject: &Subject,
    ) -> Option<Speaker> {
        // "The union responded Friday, saying ...": a participle's subject is its
        // finite verb's.
        let finite = match w.cue(v) {
            Some(Cue::Participle) => (from..v).rev().find(|&i| w.cue(i) == Some(Cue::Speech)),
            _ => Some(v),
        };
        // "Some candidates have called for troops, saying ...": with no speech verb before
        // the participle, the description that opens the clause.
        match self.relative_clause(w, from, v) {
            Some(who) => self.antecedent(w, from, who),
            None => self.speaker_of_verb(w, v, from, subject).or_else(|| match finite {
                Some(f) => self.subject_as_written(w, from, f),
                None => opening_description(w, from, v),
            }),
        }
    }

    /// "asked whether ...", "asked the council if ...", "asked Ward whether ...": where
    /// the question the verb of asking at `v` put starts, at its "whether" or "if", past
    /// the person asked. English.
    fn question_put(&self, w: &TaggedPara<'_>, v: usize, after_verb: usize, we: usize) -> Option<usize> {
        let f = &w.para.folded;
        if !self.latin || !matches!(f.word(v), "asked" | "asks" | "asking" | "ask") || after_verb >= we {
            return None;
        }
        // The person asked is a few words with no comma or verb in them.
        (after_verb..we.min(after_verb + 8))
            .take_while(|&j| {
                j == after_verb || (!w.gap_before(j).contains([',', ';', ':']) && !verb_like(w, j - 1))
            })
            .find(|&j| j + 2 < we && matches!(f.word(j), "whether" | "if"))
    }

    /// The "who" or "which" right before the verb at `v` (past auxiliaries and adverbs)
    /// that opens a relative clause ("a bully who has pledged", "Lisle, who claimed"), in
    /// English: the verb's subject is what it follows.
    fn relative_clause(&self, w: &TaggedPara<'_>, from: usize, v: usize) -> Option<usize> {
        let who = before_fillers(w, from, v).checked_sub(1).filter(|&j| j > from)?;
        let relative = matches!(w.para.folded.word(who), "who" | "which");
        (self.latin && relative).then_some(who)
    }

    /// Who a relative at `who` speaks for: "a bully who has pledged to ...", the name it
    /// follows, or no one; "in sync with Ward, who believes", set off by a comma, the name
    /// right before the comma, even after a preposition.
    fn antecedent(&self, w: &TaggedPara<'_>, from: usize, who: usize) -> Option<Speaker> {
        let floor = match w.gap_before(who).contains(',') {
            true => (from..who).rev().take(6).find(|&j| w.cue(j) == Some(Cue::Preposition)),
            false => None,
        };
        let whole = |start: usize| (start + 1..who).all(|j| !w.gap_before(j).contains(','));
        let named = w.adjacent(who, floor.map_or(from, |j| j + 1)).filter(|&(_, start)| whole(start));
        named.and_then(|(s, _)| self.resolve(&s))
    }

    /// The clause a subordinator opens at the start of `ws..we` ("While Ward pledged ...,"),
    /// as the word after the subordinator and the first word after its comma, when a verb
    /// in it reports a statement and a main clause follows. English. "If the pier closes,
    /// the town dies, she said" holds no such verb and stays one statement; a condition
    /// ("If the court says ...,") none that was made.
    fn leading_clause(&self, w: &TaggedPara<'_>, ws: usize, we: usize) -> Option<(usize, usize)> {
        let f = &w.para.folded;
        let mut first = w.first_content_word(ws, we);
        if first + 1 < we && matches!(f.word(first), "and" | "but") {
            first += 1;
        }
        if !self.latin || first >= we {
            return None;
        }
        // "If the court says the law stands, ...": a condition reports nothing said.
        let conditional = matches!(f.word(first), "if" | "unless" | "until" | "once" | "before");
        if conditional || !opens_leading_clause(f.word(first)) {
            return None;
        }
        let comma = (first + 2..we).find(|&j| w.gap_before(j).contains([',', ';']))?;
        let reports = (first + 1..comma).any(|i| self.reports(w, i));
        (reports && comma + 2 < we).then_some((first + 1, comma))
    }

    /// "She said that the plan was sound, to which Lisle replied: “…”": a statement reported
    /// with "that" in a clause of its own, before the comma that leads to the quotation's
    /// own speech verb (`head_end` is where its mark opens), is read too; not a comma
    /// inside the statement ("said that if the port reopens, ships …: “…”").
    pub(super) fn reported_before_quote(&mut self, w: &TaggedPara<'_>, ws: usize, head_end: usize) {
        let f = &w.para.folded;
        let Some(comma) = (ws + 4..head_end).rev().find(|&j| w.gap_before(j).contains([',', ';'])) else {
            return;
        };
        let that = (ws + 1..comma).find(|&i| f.word(i) == "that" && SAYS_CLAUSE.contains(&f.word(i - 1)));
        let subordinate = |t: usize| {
            matches!(
                f.word(t + 1),
                "if" | "when" | "unless" | "while" | "although" | "though" | "because" | "as" | "once"
            )
        };
        let own_verb = (comma..head_end).any(|i| self.reports(w, i));
        if that.is_some_and(|t| comma - t > 4 && !subordinate(t)) && own_verb {
            self.reported(w, ws, comma, &w.subject(ws, comma));
        }
    }

    /// True when word `i` is a verb that reports speech ("said", "adding") or, in English,
    /// a belief or finding stated as its subject's ("believes", "found").
    fn reports(&self, w: &TaggedPara<'_>, i: usize) -> bool {
        // "to assert their rights": an infinitive states no one's belief.
        let infinitive = i > 0 && w.para.folded.word(i - 1) == "to";
        // "called on the mayor to resign": a request; "accused him of ...": a charge.
        let word = w.para.folded.word(i);
        let called_on = i + 1 < w.len()
            && matches!(word, "called" | "calls" | "calling")
            && w.para.folded.word(i + 1) == "on";
        matches!(w.cue(i), Some(Cue::Speech | Cue::Participle))
            || (self.latin && !infinitive && (is_stance(word) || called_on || is_charging(word)))
    }

    /// What was said after the reporting verb at `v`, as words `start..end`.
    pub(super) fn statement(
        &self,
        w: &TaggedPara<'_>,
        ws: usize,
        v: usize,
        we: usize,
    ) -> Option<(usize, usize)> {
        let after_verb = self.past_aside(w, w.cue_span(v).map_or(v + 1, |c| c.1), we);
        let speech = w.cue(v).is_some();
        let emphasis = EMPHASIS.contains(&w.para.folded.word(v));
        // "asked the council whether ...": a question put is what was said.
        if let Some(q) = self.question_put(w, v, after_verb, we) {
            return Some((q, we));
        }
        if let Some(asked) = self.request(w, v, after_verb, we) {
            return Some(asked);
        }
        // "vowed to block the nominee": a promise or a threat of what the subject will do.
        let commits = self.latin && COMMITS.contains(&w.para.folded.word(v));
        let start = if commits && after_verb + 1 < we && w.para.folded.word(after_verb) == "to" {
            Some(after_verb)
        } else if w.cue(after_verb) == Some(Cue::That) {
            // "said that is unlikely": "that" is the clause's subject, not its conjunction.
            let next = after_verb + 1;
            let subject = self.latin && next < w.len() && AUXILIARIES.contains(&w.para.folded.word(next));
            if subject { Some(after_verb) } else { w.cue_span(after_verb).map(|c| c.1) }
        } else if !speech {
            self.said_clause(w, v, after_verb, we)
        } else if matches!(w.cue(after_verb), Some(Cue::Need)) || (self.latin && emphasis) {
            Some(after_verb)
        } else {
            // "said she was asked to leave so that ...": a clause right after the verb is
            // what was said, not the clause of a later "that"; else "said Monday in a
            // statement that ...".
            let clause_now = self.said_clause(w, v, after_verb, we).filter(|&j| opens_clause(w, j, we));
            clause_now
                .or_else(|| {
                    (after_verb..we.min(after_verb + 15))
                        .take_while(|&j| !w.gap_before(j).contains([';']))
                        .find(|&j| w.cue(j) == Some(Cue::That) && !closes_subordinator(w, j))
                        .map(|j| w.cue_span(j).map_or(j + 1, |c| c.1))
                })
                .or_else(|| self.said_clause(w, v, after_verb, we))
        };
        let (start, end) = match start {
            Some(s) => (s, we),
            // Arabic puts its subject and object after the verb alike ("أكد الوزير التزامه
            // بالاتفاق"): only "أن", a colon or a need stressed ("شدد الوزير على ضرورة
            // ...") says where what was said begins.
            None if w.arabic() => {
                let need = |j: &usize| w.cue(*j) == Some(Cue::Need) && w.para.folded.word(j - 1) == "علی";
                match (after_verb + 1..we.min(after_verb + 10)).find(need) {
                    Some(j) => (j, we),
                    None => return None,
                }
            }
            // Persian and Arabic put the verb last: "بر لزوم ... تاکید کرد", the object after
            // "بر"; "از ... خبر داد", "درباره ... هشدار داد", "خواستار ... شد".
            None if !self.latin
                && let Some(object) = object_of_verb(w, ws, v, we) =>
            {
                (object.start, object.end)
            }
            None if !self.latin => match (ws..v).rev().find(|&j| w.para.folded.word(j) == "بر") {
                Some(b) if emphasis => (b + 1, v),
                // "وی اعلام کرد ایران ...": a clause right after the verb is what was said.
                _ if self.clause_follows(w, after_verb, we) => (after_verb, we),
                _ => return None,
            },
            None => return None,
        };
        // A second speech verb after the first is another speaker's clause ("X wrote that A,
        // but the prosecutor announced that B", "X added that while Y said that B"): the
        // statement stops before it, and is nobody's when it starts after it.
        let second = (after_verb..end).find(|&j| w.cue(j) == Some(Cue::Speech));
        let end = match second {
            Some(j) if j <= start => return None,
            // With no conjunction, at the comma before the other clause's few words of subject
            // ("X complained that A, a charge that Y denied"), unless a relative opens them
            // ("the pier, which engineers say is sinking, will close").
            Some(j) => {
                let f = &w.para.folded;
                let conjunction = (start + 1..j).rev().find(|&k| CONJUNCTIONS.contains(&f.word(k)));
                let comma = || {
                    let k = (start + 2..j).rev().find(|&k| w.gap_before(k).contains([',', ';']))?;
                    let relative = matches!(f.word(k), "who" | "which" | "whom" | "whose");
                    let subject = j - k <= MAX_SUBJECT && (k..j).all(|m| !verb_like(w, m));
                    // What comes before is a clause, not a phrase ("found that, relative to
                    // May, as many crews said ...").
                    let clause = (start + 1..k).any(|m| verb_like(w, m));
                    (self.latin && subject && clause && !relative).then_some(k)
                };
                conjunction.or_else(comma).unwrap_or(end)
            }
            None => end,
        };
        (start < end).then_some((start, end))
    }

    /// The word after an aside between a verb and its "that": an adverb ("suggest however
    /// that") or a phrase between commas ("believes, for example, that"). English.
    fn past_aside(&self, w: &TaggedPara<'_>, at: usize, we: usize) -> usize {
        if !self.latin || at >= we {
            return at;
        }
        // "suggest however that", "reported Thursday that".
        let aside =
            w.adverb(at) || ASIDES.contains(&w.para.folded.word(at)) || is_day_word(w.para.folded.word(at));
        if aside && w.cue(at + 1) == Some(Cue::That) {
            return at + 1;
        }
        let comma = w.gap_before(at).trim() == ",";
        let close = (at + 1..we.min(at + 5)).find(|&j| w.gap_before(j).contains(','));
        match close {
            Some(j) if comma && w.gap_before(j).trim() == "," && w.cue(j) == Some(Cue::That) => j,
            _ => at,
        }
    }

    /// In Persian and Arabic, true when a clause of a few words follows a speech verb
    /// directly (or after a comma), not another verb, a conjunction or a preposition.
    pub(super) fn clause_follows(&self, w: &TaggedPara<'_>, after_verb: usize, we: usize) -> bool {
        let gap = w.gap_before(after_verb);
        // The clause is set off from the verb by a space or a comma, never joined to it.
        after_verb + 3 <= we
            && gap.contains([' ', '،', ','])
            && !gap.contains([':', '.', '؛', '«', '"'])
            && w.cue(after_verb)
                .is_none_or(|c| !matches!(c, Cue::Preposition | Cue::Speech | Cue::Participle))
    }

    /// "He said Tehran had sent messages", "said Monday his government was working", "believes
    /// the vote was rigged", "told reporters he would stay": the start of what was said
    /// right after the verb (past a day, or the person told), in English. After any verb
    /// but "say" and "add", or a person told, the clause must open like one and hold a verb.
    pub(super) fn said_clause(
        &self,
        w: &TaggedPara<'_>,
        verb: usize,
        after_verb: usize,
        we: usize,
    ) -> Option<usize> {
        let word = w.para.folded.word(verb);
        let told = TELLS.contains(&word);
        // "claimed the nomination", "announced a program": past "say" and "add", a verb
        // is followed by what was said only when a clause follows it.
        let strict =
            told || !matches!(word, "said" | "says" | "say" | "saying" | "added" | "adds" | "adding");
        if !self.latin || !(told || is_stance(word) || SAYS_CLAUSE.contains(&word)) {
            return None;
        }
        let mut j = after_verb;
        if j < we && is_day_word(w.para.folded.word(j)) {
            j += 1;
        }
        if told {
            j = self.person_told(w, j, we)?;
        }
        let plain = j + 2 < we
            && !w.gap_before(j).contains([',', ':', ';', '.', '“', '"'])
            && !NO_CLAUSE.contains(&w.para.folded.word(j))
            && !matches!(w.cue(j), Some(Cue::Preposition | Cue::Speech | Cue::Participle | Cue::Naming));
        (plain && (!strict || opens_clause(w, j, we))).then_some(j)
    }
}

/// True when a speaker as written is only documents or outlets with no one named: "گزارش‌ها"
/// (reports), "Reports"; not "گزارش اندیشکده ..." or "this report".
pub(super) fn unnamed_documents(name: &str) -> bool {
    let folded = Folded::new(name);
    (0..folded.len()).all(|i| matches!(folded.word(i), "ها" | "reports") || is_document(folded.word(i)))
}

/// True when word `j` opens a clause that holds a verb before `we` ("the vote was
/// rigged", "Tehran had sent").
pub(super) fn opens_clause(w: &TaggedPara<'_>, j: usize, we: usize) -> bool {
    (CLAUSE_OPENERS.contains(&w.para.folded.word(j)) || w.capitalised(j))
        && (j + 1..we.min(j + 12)).any(|k| verb_like(w, k))
}
