//! The subject of a clause: a registered mention, a name after titles ("Foreign Minister
//! Ada Ward"), a description ("the spokesman of the ministry"), a pronoun, or in Persian
//! and Arabic the opening words as written; and the lead phrases before it.

use super::*;

impl<'p> TaggedPara<'p> {
    /// The subject of the clause in words `from..to`.
    pub(crate) fn subject(&self, from: usize, to: usize) -> Subject {
        // "به گزارش پارس، به شهر بندر، آرش نیکو ... گفت": past every lead phrase.
        let start = self.skip_leads(from.max(self.dateline_end), to);
        let mut i = start;
        while i < to {
            if let Some(m) = self.mention(i) {
                match self.mention_subject(m) {
                    Some(s) => return s,
                    None => {
                        i = self.after_possessive(m.words.end);
                        continue;
                    }
                }
            }
            match self.cue_span(i) {
                Some((Cue::Pronoun, _)) => return self.pronoun(i),
                Some((Cue::Skip, next)) => {
                    i = next;
                    continue;
                }
                _ if !self.latin => return self.written_subject(i, to),
                Some((Cue::Title | Cue::PersonNoun, _)) => return self.titled_from(start, i, to),
                _ => {}
            }
            if self.capitalised(i) && self.cue(i).is_none() {
                if self.possessive(i + 1) {
                    // "Netanyahu's office", "Pakistan's Foreign Minister ...".
                    i += 2;
                    continue;
                }
                return self.titled_from(start, i, to);
            }
            if self.qualifies_person(i, to) {
                return self.titled_from(start, i, to);
            }
            return Subject::Nothing;
        }
        Subject::Nothing
    }

    /// In a script without capitals, the words that open a clause up to its first
    /// preposition, comma, time phrase or verb ("علی رضایی در نشست خبری گفت" gives علی
    /// رضایی): the subject as written. With a noun of office in it, it is a description
    /// ("سخنگوی وزارت خارجه"), which a registered role may still resolve.
    fn written_subject(&self, from: usize, to: usize) -> Subject {
        let (head, end) = self.written_subject_end(from, to);
        if end <= head || end - from > 7 {
            return Subject::Nothing;
        }
        let described = (from..end).any(|j| matches!(self.cue(j), Some(Cue::PersonNoun | Cue::Title)));
        // "«آرش نیکو» وزیر خارجه": a subject opening with a name in marks is that name.
        let text = self.text(from..end);
        let name = match text.split_once('»') {
            Some((inside, _)) if !inside.contains('«') => inside.trim().to_owned(),
            // "سایت «وطن»": the closing mark is in the gap after the last word.
            _ if text.contains('«') && !text.contains('»') => format!("{text}»"),
            _ => text.to_owned(),
        };
        Subject::Known(Speaker {
            entity: None,
            name,
            via: if described { Via::Description } else { Via::Unregistered },
        })
    }

    /// In Arabic, the subject of the clause from `ws` whose speech verb is at `verb`, when
    /// the verb comes first ("وقال وزير الخارجية سامي حداد إن ...": after it) or relays
    /// ("نقلت الوكالة عن الوزير قوله إن ...": the person after "عن"); `before` is the
    /// subject read before the verb.
    pub(crate) fn verb_first_subject(
        &self,
        ws: usize,
        verb: usize,
        to: usize,
        before: &Subject,
    ) -> Option<Subject> {
        if !self.arabic {
            return None;
        }
        let f = &self.para.folded;
        if arabic::is_quoting(f.word(verb))
            && let Some(from) = (ws..verb).rev().take(10).find(|&j| f.word(j) == "عن")
        {
            return Some(self.subject(from + 1, verb));
        }
        let first = *before == Subject::Nothing
            && (self.skip_leads(ws, verb)..verb).all(|j| self.cue(j) == Some(Cue::Skip));
        let after = self.cue_span(verb).map_or(verb + 1, |c| c.1);
        first.then(|| self.subject_after_verb(verb, after, to))
    }

    /// The subject after the Arabic speech verb at `verb` that opens its clause, read from
    /// word `from` (the first after the verb) up to `to` ("قال وزير الخارجية سامي حداد إن
    /// ...", "قالت منصور في بيان:"), as written; a pronoun the verb's ending genders when
    /// none is written ("وأضاف: «…»", "وأكدت أن ...": the speaker goes on).
    fn subject_after_verb(&self, verb: usize, from: usize, to: usize) -> Subject {
        let written = from < to && !self.gap_before(from).contains([':', '«', '"', '،', ',', '.']);
        // "وأوضحت الناطقة باسم الوزارة، سلمى فارس، أن ...": a name set off by commas after
        // a description is the speaker.
        let (_, end) = self.written_subject_end(from, to);
        let comma = |j: usize| self.gap_before(j).contains(['،', ',']);
        let described = (from..end).any(|j| matches!(self.cue(j), Some(Cue::PersonNoun | Cue::Title)));
        if written
            && described
            && end < to
            && comma(end)
            && let Some(k) = (end + 1..to.min(end + 5)).find(|&k| comma(k))
            && self.cue(k) == Some(Cue::That)
            && (end..k).all(|j| self.cue(j).is_none() && !arabic::is_time_word(self.para.folded.word(j)))
        {
            return self.unregistered(end..k);
        }
        match written.then(|| self.subject(from, to)) {
            Some(s @ Subject::Known(_)) => s,
            _ => Subject::Pronoun(Gender::of_verb(self.para.folded.word(verb))),
        }
    }

    /// The head and end of [`TaggedPara::written_subject`] from `from`.
    pub(crate) fn written_subject_end(&self, from: usize, to: usize) -> (usize, usize) {
        let f = &self.para.folded;
        // "برخی از این مقامات", "یکی از مقامات آژانس": a quantifier and "از" open the
        // subject, not a phrase of place.
        let partitive = from + 2 < to && cues::is_quantifier(f.word(from)) && f.word(from + 1) == "از";
        let head = if partitive { from + 2 } else { from };
        // "سایت «وطن» نوشت": a medium's name in marks after its noun is part of the subject,
        // whatever words it holds ("روزنامه «صبح ساحل»"): the search goes on after it; in
        // Arabic, whose subject follows its verb, so is any name in marks the subject goes
        // on after ("رئيس جمعية «صيادو الخليج» نادر سليم").
        let name_end = |j: usize| {
            if j <= head || self.gap_before(j).trim() != "«" {
                return None;
            }
            let medium = cues::is_media_noun(f.word(j - 1));
            if !medium && !self.arabic {
                return None;
            }
            let close =
                (j + 1..=to.min(j + 6).min(f.len() - 1)).find(|&k| self.gap_before(k).contains('»'))?;
            (medium || !self.gap_before(close).contains(['.', '،', ',', ':', '؛'])).then_some(close)
        };
        let ends = |j: usize| {
            (j > head && self.gap_before(j).contains(['،', ',', ':', '(', '«', '"', '.', '؛']))
                || matches!(
                    self.cue(j),
                    Some(
                        Cue::Preposition
                            | Cue::Speech
                            | Cue::Participle
                            | Cue::That
                            | Cue::AccordingTo
                            | Cue::ObjectMarker
                            | Cue::Need
                            | Cue::Naming
                            | Cue::Pronoun
                    )
                )
                || cues::is_time_word(f.word(j))
                || (self.arabic
                    && (arabic::is_time_word(f.word(j)) || arabic::is_joined_preposition(f.word(j))))
                || (j > head && self.cue(j) == Some(Cue::Skip))
        };
        let mut j = head;
        while j < to {
            if let Some(after) = name_end(j) {
                j = after;
                continue;
            }
            if ends(j) {
                break;
            }
            j += 1;
        }
        let end = j.min(to);
        (head, end)
    }

    /// A subject opening with titles and capitalised words: "Israeli Prime Minister
    /// Benjamin Netanyahu", "foreign ministry spokesman Majed al-Ansari", "President
    /// Raisi". The name is the registered mention, or the capitalised words, that end the
    /// run; a run of titles with no name is someone we cannot name.
    pub(crate) fn titled(&self, from: usize, to: usize) -> Subject {
        self.titled_from(from, from, to)
    }

    /// [`TaggedPara::titled`] for titles from `from` in a phrase that opens at `phrase` (after
    /// modifiers such as "Hamas" or "Iran's", which describe the person too).
    fn titled_from(&self, phrase: usize, from: usize, to: usize) -> Subject {
        let mut i = from;
        // Whether a noun for a person ("spokesman") has been read; or one of office
        // ("ministry", "movement"): a description either way.
        let mut person = false;
        let mut office = false;
        while i < to {
            if let Some(m) = self.mention(i) {
                if let Some(s) = self.mention_subject(m) {
                    return s;
                }
                i = self.after_possessive(m.words.end);
                continue;
            }
            match self.cue_span(i) {
                Some((Cue::PersonNoun, next)) => {
                    person = true;
                    i = next;
                }
                Some((Cue::Title, next)) => {
                    office = true;
                    i = next;
                }
                Some((Cue::Skip, next)) => i = next,
                // "the ministry's spokesman": a possessive qualifying a title.
                _ if self.possessive(i) => i += 1,
                _ if self.qualifies_person(i, to) => i += 1,
                _ if self.possessive(i + 1)
                    && matches!(self.cue(i + 2), Some(Cue::Title | Cue::PersonNoun)) =>
                {
                    i += 2;
                }
                // "RNLI coordinator Ada Ward": an acronym qualifying a title.
                _ if self.acronym(i) && matches!(self.cue(i + 1), Some(Cue::Title | Cue::PersonNoun)) => {
                    i += 1
                }
                _ if self.capitalised(i) && self.cue(i).is_none() => {
                    let Some(end) = self.name_run(i, to) else { break };
                    let apposed = self.gap_before(end).contains(',');
                    if end < to && !apposed && matches!(self.cue(end), Some(Cue::Title | Cue::PersonNoun)) {
                        // More titles follow: these capitals were an adjective ("Lebanese").
                        i = end;
                        continue;
                    }
                    // "The Slate technology columnist Ada Ward": lower-case words that
                    // qualify a title after the capitals.
                    let title = (end + 1..to.min(end + 3))
                        .find(|&j| matches!(self.cue(j), Some(Cue::Title | Cue::PersonNoun)));
                    if let Some(t) = title
                        && !apposed
                        && (end..t).all(|j| {
                            !self.capitalised(j)
                                && self.cue(j).is_none()
                                && self.gap_before(j).trim().is_empty()
                        })
                    {
                        i = t;
                        continue;
                    }
                    // After a title, capitalised words are a name whatever follows
                    // ("Foreign Minister Jalil Abbas Jilani echoed ...").
                    if person && end - i >= 2 {
                        return self.unregistered(i..end);
                    }
                    let fallback = if person { self.description(phrase..to) } else { Subject::Nothing };
                    return self.unregistered_name(i, to).unwrap_or(fallback);
                }
                _ => break,
            }
        }
        if person || office { self.description(phrase..to) } else { Subject::Nothing }
    }

    /// Someone described by the words `range`: the whole clause before its verb, so that
    /// "the spokesman of Hamas" is not taken for another spokesman.
    fn description(&self, range: Range<usize>) -> Subject {
        Subject::Someone(content_key(&self.para.folded, range.start..range.end.min(self.len())))
    }

    /// The word after a possessive "’s" at `i`, or `i`.
    fn after_possessive(&self, i: usize) -> usize {
        if self.possessive(i) { i + 1 } else { i }
    }

    /// What a mention at the head of a clause makes the subject: `None` when it is only a
    /// modifier and the subject comes after it ("Hamas spokesman", "Iran's mission").
    pub(super) fn mention_subject(&self, m: &Mention) -> Option<Subject> {
        let after = m.words.end;
        // "Hamas spokesman", "U.N. Special Coordinator": the name qualifies what follows.
        let capitalised_next = after < self.len() && self.capitalised(after) && self.cue(after).is_none();
        let modifier = self.possessive(after)
            || matches!(self.cue(after), Some(Cue::Title | Cue::PersonNoun))
            || (capitalised_next && self.mention(after).is_none());
        let Some(e) = m.entity() else {
            return Some(Subject::Nothing);
        };
        if m.by_role {
            // A role followed by a registered person's name is that person's title: the
            // entity layer drops such a role (see `EntityIndex::find`). Followed by a name
            // the registry lacks, likewise ("foreign ministry spokesman Majed al-Ansari").
            if capitalised_next && let Some(s) = self.unregistered_name(after, self.len()) {
                return Some(s);
            }
        }
        match self.index.get(e).kind {
            EntityKind::Person if self.possessive(after) => Some(Subject::Nothing),
            EntityKind::Person => Some(Subject::Known(self.speaker(m))),
            _ if modifier => None,
            // "Hamas said", and "Qatar announced": a country for its government.
            _ => Some(Subject::Known(self.speaker(m))),
        }
    }

    /// The speaker a mention names, with the words as written.
    pub(crate) fn speaker(&self, m: &Mention) -> Speaker {
        // "Iranian Parliament Speaker Mohammad Baqer Qalibaf": the name, not the role, is
        // how the article names him.
        let named = m
            .by_role
            .then(|| self.mention(m.words.end))
            .flatten()
            .filter(|n| !n.by_role && n.entity().is_some() && n.entity() == m.entity());
        let shown = named.unwrap_or(m);
        Speaker {
            entity: m.entity(),
            name: self.text(shown.words.clone()).to_owned(),
            via: if shown.by_role { Via::Role } else { Via::Name },
        }
    }

    /// Skips a lead phrase ("In this conversation,", "Praising ..., ", "به گزارش ...،").
    pub(crate) fn skip_lead(&self, from: usize, to: usize) -> usize {
        // "این در حالی است که ...": "this while ... that" opens a Persian clause.
        let f = &self.para.folded;
        if !self.latin
            && from + 3 < to
            && f.word(from) == "این"
            && f.word(from + 2) == "حالی"
            && let Some(k) = (from + 3..to.min(from + 6)).find(|&k| self.cue(k) == Some(Cue::That))
        {
            return k + 1;
        }
        if self.connective(from, to) {
            return from + 1;
        }
        // "با این حال آرش نیکو گفت": a Persian connective with no comma after it.
        let connective = |c: &&str| {
            let n = c.split(' ').count();
            (from + n < to && c.split(' ').enumerate().all(|(k, word)| f.word(from + k) == word)).then_some(n)
        };
        if !self.latin
            && let Some(n) = FA_CONNECTIVES.iter().find_map(connective)
        {
            return from + n;
        }
        if !self.starts_with_lead(from, to) {
            return from;
        }
        let first = self.first_content_word(from, to);
        // The comma may stand right before `to` ("به گزارش فارس، «…»").
        let limit = to.min(first + 20).min(self.len());
        let Some(comma) = (first + 1..=limit).find(|&i| self.gap_before(i).contains([',', '،'])) else {
            return from;
        };
        // "در ... مقامات لهستان، چک و اوکراین ...": a comma of a list ends no lead.
        let list = !self.latin
            && (comma + 1..to.min(comma + 3))
                .any(|j| self.gap_before(j).contains('،') || self.para.folded.word(j) == "و");
        if list { from } else { comma }
    }

    /// [`TaggedPara::skip_lead`] over every lead phrase in turn ("In fact, in the days
    /// after, the union said").
    pub(crate) fn skip_leads(&self, from: usize, to: usize) -> usize {
        let mut at = from;
        loop {
            let next = self.skip_lead(at, to);
            if next <= at {
                return at;
            }
            at = next;
        }
    }

    /// True when word `at` is a connective set off by a comma: "However, ...",
    /// "Essentially, the mayor's lawyers found ..."; not a name an apposition follows
    /// ("Connolly, the harbour master, said").
    fn connective(&self, at: usize, to: usize) -> bool {
        if !self.latin || at + 1 >= to || !self.gap_before(at + 1).contains(',') {
            return false;
        }
        let (word, next) = (self.para.folded.word(at), self.para.folded.word(at + 1));
        let closed = (at + 2..=to.min(self.len() - 1)).any(|j| self.gap_before(j).contains(','));
        let apposed = closed && matches!(next, "the" | "a" | "an" | "who" | "whose" | "which")
            || next.starts_with(|c: char| c.is_ascii_digit());
        self.cue(at) == Some(Cue::Skip) && self.cue_span(at).is_some_and(|(_, e)| e == at + 1)
            || !apposed && word.len() > 5 && word.ends_with("ly")
            || matches!(word, "but" | "and" | "yet" | "so" | "still")
    }

    /// True when the clause `from..to` opens with a lead phrase: a preposition, a
    /// participle ("Praising ...", "Asked about ...") or a subordinator ("While ...").
    pub(crate) fn starts_with_lead(&self, from: usize, to: usize) -> bool {
        let first = self.first_content_word(from, to);
        // "The dredging will ...", "Many of the closures ...": a gerund after a
        // determiner is a noun, and "of" after a quantifier opens the subject.
        let before = if first > from { self.para.folded.word(first - 1) } else { "" };
        let word = if first < to { self.para.folded.word(first) } else { "" };
        let determined = matches!(before, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this");
        // "A few days later, ...", "Two years ago, ...": a time counted from another.
        let counted = (from + 1..to.min(from + 5)).any(|j| {
            matches!(self.para.folded.word(j), "later" | "ago" | "earlier")
                && self.gap_before(j + 1).contains(',')
        });
        if self.latin && counted {
            return true;
        }
        if self.latin && (determined || word == "of" && QUANTIFIED.contains(&before)) {
            return false;
        }
        // "Shortly after the storm, ...", "Even in the case of a delay, ...": an adverb
        // before a preposition opens a phrase.
        let adverb = word.ends_with("ly") || LEAD_ADVERBS.contains(&word);
        let timed = adverb && self.cue(first + 1) == Some(Cue::Preposition);
        match self.cue(first) {
            _ if self.latin && timed => true,
            Some(Cue::Preposition | Cue::Participle) => true,
            Some(Cue::AccordingTo) => false,
            _ => {
                (self.latin && word.len() > 4 && word.ends_with("ing"))
                    || matches!(
                        word,
                        "while"
                            | "when"
                            | "as"
                            | "since"
                            | "although"
                            | "though"
                            | "following"
                            | "despite"
                            | "asked"
                            | "questioned"
                            | "pressed"
                            | "unless"
                            | "around"
                            | "last"
                            | "earlier"
                            | "later"
                            | "meanwhile"
                            | "if"
                            | "because"
                            | "once"
                            | "until"
                            | "whether"
                            | "گزارش"
                    )
            }
        }
    }

    pub(crate) fn first_content_word(&self, from: usize, to: usize) -> usize {
        (from..to).find(|&i| self.cue(i) != Some(Cue::Skip)).unwrap_or(from)
    }
}

/// Persian connectives that open a sentence before its subject, with no comma after
/// them ("however", "meanwhile", "on the other hand", "also"), folded.
const FA_CONNECTIVES: &[&str] =
    &["با این حال", "با این وجود", "در عین حال", "در همین حال", "از سوی دیگر", "از طرف دیگر", "همچنین"];

/// Adverbs that may open a phrase before a preposition ("Even in", "Just after", "Long
/// before").
const LEAD_ADVERBS: &[&str] =
    &["even", "just", "only", "right", "long", "soon", "well", "back", "far", "ever"];

/// Quantifiers whose "of" opens a subject ("Many of the closures", "Some of the crew").
const QUANTIFIED: &[&str] = &["many", "some", "most", "several", "few", "all", "both", "none", "each", "one"];
