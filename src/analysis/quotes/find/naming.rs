//! Whose words a verb of naming or judging quotes: "Ward called the plan “a costly
//! mistake”", "condemned the toll as “unfair”", "X این طرح را «…» خواند" are partial
//! quotes by the verb's subject; "a charity called “…”" is a label. And words in marks a
//! clause's subject cites ("citing “…”").

use std::ops::Range;

use super::written::whole_description;
use super::*;

/// Words allowed between a verb of naming and the marks of what it names ("called the
/// new harbour master a “…”"), and between a verb of judging and its "as".
const MAX_NAMING_GAP: usize = 6;
/// Participles of quoting: the marks right after them hold words the clause's subject
/// quotes ("citing “the charm of the old pier”").
const QUOTING: &[&str] = &["citing", "quoting", "invoking", "echoing"];
/// Verbs of ridicule: what they hold up in marks is a label the speaker mocks ("mocked
/// what he called the “…”").
const MOCKING: &[&str] = &[
    "mocked", "mocks", "mocking", "ridiculed", "ridicules", "ridiculing", "derided", "derides", "deriding",
    "scoffed", "scoffs", "scoffing", "sneered", "sneers", "lampooned", "lampoons", "sarcastically",
];

/// Verbs of accusing, whose charge the marks after "of" or "for" hold ("accused the
/// council of “…”", "blamed the board for “…”").
const ACCUSING: &[&str] = &[
    "accused", "accuses", "accusing", "blamed", "blames", "blaming", "faulted", "faults", "faulting",
    "chided", "chides", "chiding", "rebuked", "rebukes", "scolded", "scolds",
];

impl<'a> QuoteFinder<'a> {
    /// The speaker of a verb of naming or judging at `verb`, whose words the marks after it
    /// hold ("Ward called the plan “a costly mistake”", "the plan, which Ward called
    /// “…”", "rejecting it, calling it “…”"): a partial quote. With no one named or
    /// meant right before a finite verb ("a group called “Harbour Watch”", "what is
    /// called “…”") the marks hold a label.
    pub(super) fn naming_speaker(
        &self,
        w: &TaggedPara<'_>,
        verb: usize,
        (floor, open): (usize, usize),
        subject: &Subject,
        introduced: bool,
    ) -> Attribution {
        // The object named comes right after the verb ("called the senator a “…”",
        // "dismissed the plan as “…”", `open` being the "as"); marks further on are
        // someone else's words ("called on the council to close what critics call the “…”").
        let verb_end = w.cue_span(verb).map_or(verb + 1, |c| c.1);
        let near = open <= verb_end + MAX_NAMING_GAP
            && (verb_end + 1..open).all(|j| !w.gap_before(j).contains([',', ';']));
        let clause_subject = matches!(subject, Subject::Known(_)).then_some(subject);
        let who = if w.para.folded.word(verb).ends_with("ing") {
            // "Ward left early, calling the vote “…”": the clause's subject, or the name
            // that opens it.
            let opening = || w.opening_name(floor, verb, self.article_names());
            clause_subject
                .cloned()
                .or(matches!(subject, Subject::Pronoun(_)).then(|| subject.clone()))
                .or_else(opening)
        } else {
            // "Ryan, who ..., was blunt about what he called “…”": a pronoun in the
            // sentence of a named subject is that subject.
            w.adjacent(verb, floor).map(|(s, _)| match s {
                p @ Subject::Pronoun(_) => clause_subject.cloned().unwrap_or(p),
                s => s,
            })
        };
        // "He mocked what he called the “most moral army”": words held up for ridicule are
        // a label the speaker mocks, someone else's.
        let f = &w.para.folded;
        let mocked = (floor.max(verb.saturating_sub(4))..verb).any(|j| MOCKING.contains(&f.word(j)));
        // "The harbour master called the plan “…”": no name, but a description that may
        // hold a view opens the clause, and an object stands between the verb and the marks
        // (not "a group called “…”").
        let described = || {
            let finite = who.is_none() && open > verb_end && !w.para.folded.word(verb).ends_with("ing");
            let as_written = finite.then(|| whole_description(w, floor, verb)).flatten()?;
            // "The spokesman": the person the article or the registry gives that role.
            let subject = w.subject(floor, verb);
            let known = matches!(subject, Subject::Someone(_)).then(|| self.resolve(&subject)).flatten();
            known.or(Some(as_written))
        };
        let speaker = who.as_ref().and_then(|s| self.resolve(s)).or_else(described);
        match speaker.filter(|_| (near || introduced) && !mocked) {
            // "She described the scene: “…”": speech the verb introduces.
            Some(s) if introduced => Attribution::Said(Some(s)),
            Some(s) => Attribution::Judged(s),
            None => Attribution::Label,
        }
    }

    /// A verb of judging whose object the marks qualify after "as" ("condemned the
    /// launch as “reckless”", "dismissed it as a “stunt”"), or give the reason after "for"
    /// ("criticised the board for “…”"), or a verb of accusing the charge after "of"
    /// ("accused the council of “…”"), with no other verb of speech or clause between
    /// them: the verb and the "as", "for" or "of".
    pub(super) fn judged_as(&self, w: &TaggedPara<'_>, floor: usize, open: usize) -> Option<(usize, usize)> {
        let f = &w.para.folded;
        let near =
            (open.saturating_sub(2).max(floor)..open).find(|&j| matches!(f.word(j), "as" | "for" | "of"));
        let as_at = near.or_else(|| self.charge_goes_on(w, floor, open))?;
        // "as a “…”", "of using “…”": a determiner, or a gerund after "of" and "for".
        let between = |j: usize| {
            DETERMINERS.contains(&f.word(j)) || (f.word(as_at) != "as" && f.word(j).ends_with("ing"))
        };
        if !self.latin || (as_at + 1 < open && !between(as_at + 1)) {
            return None;
        }
        let judges = |word: &str| cues::is_judging(word) || ACCUSING.contains(&word);
        let v = (floor..as_at).rev().find(|&j| {
            judges(f.word(j))
                || matches!(w.cue(j), Some(Cue::Speech | Cue::Participle | Cue::Naming | Cue::That))
                || matches!(f.word(j), "who" | "which" | "whose")
        })?;
        let (verb, prep) = (f.word(v), f.word(as_at));
        let fits = match prep {
            "as" => cues::is_judging(verb),
            "of" => ACCUSING.contains(&verb),
            _ => judges(verb),
        };
        fits.then_some((v, as_at))
    }

    /// "accused Lisle of ignoring the crews and “using a cheap trick …”": the "of" or "for"
    /// of a charge a gerund opens, which "and" carries on to the marks at `open`, with no
    /// punctuation between. English.
    fn charge_goes_on(&self, w: &TaggedPara<'_>, floor: usize, open: usize) -> Option<usize> {
        let f = &w.para.folded;
        if !self.latin || open <= floor + 3 || !matches!(f.word(open - 1), "and" | "or") {
            return None;
        }
        let of = (open.saturating_sub(12).max(floor)..open - 2)
            .rev()
            .find(|&j| matches!(f.word(j), "of" | "for"))?;
        let plain = (of + 1..=open).all(|j| !w.gap_before(j).contains([',', ';', ':', '.']) || j == open);
        (plain && f.word(of + 1).ends_with("ing")).then_some(of)
    }

    /// "X این طرح را «…» خواند": in Persian and Arabic the verb of naming follows the
    /// marks (`after`, in `after_w`), and the clause's subject named or judged with them;
    /// with no one named, the marks are a label. None when no verb of naming follows.
    pub(super) fn named_before_verb(
        &self,
        (w, before): (&TaggedPara<'_>, Range<usize>),
        (after_w, after): (&TaggedPara<'_>, Range<usize>),
        subject: &Subject,
    ) -> Option<Attribution> {
        let naming =
            (after.start..after.end.min(after.start + 2)).any(|j| after_w.cue(j) == Some(Cue::Naming));
        if self.latin || !naming {
            return None;
        }
        let from = w.skip_lead(before.start.max(w.dateline_end), before.end);
        let object = (from..before.end).find(|&j| w.cue(j) == Some(Cue::ObjectMarker));
        let who = object.map_or_else(|| subject.clone(), |r| objects::judging_subject(w, from, r).0);
        let named = matches!(who, Subject::Known(_) | Subject::Pronoun(_));
        Some(match self.resolve(&who).filter(|_| named) {
            Some(s) => Attribution::Judged(s),
            None => Attribution::Label,
        })
    }

    /// "Ward, citing “the charm of the old pier,” said ...": words in marks right after a
    /// participle of quoting are the clause subject's.
    pub(super) fn quoted_by_subject(
        &self,
        w: &TaggedPara<'_>,
        subject: &Subject,
        from: usize,
        open: usize,
    ) -> Option<Speaker> {
        let cites =
            (open.saturating_sub(2).max(from)..open).any(|j| QUOTING.contains(&w.para.folded.word(j)));
        if !self.latin || !cites {
            return None;
        }
        self.resolve(subject)
    }
}
