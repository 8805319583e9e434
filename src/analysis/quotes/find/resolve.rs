//! From a subject to a speaker: a registered entity, the full name an article gave a
//! surname, a description the registry knows, a pronoun for the person in focus when its
//! gender allows; and what reading a sentence teaches about names and the focus.

use std::ops::Range;

use super::*;

impl<'a> QuoteFinder<'a> {
    /// Resolves a subject to a speaker: a pronoun to the current focus, and a description
    /// ("the spokesman") to the focus when the registry describes them so.
    pub(super) fn resolve(&self, subject: &Subject) -> Option<Speaker> {
        match subject {
            // A description as written ("سخنگوی وزارت خارجه"): the person the text is
            // about when the registry describes them so, else kept as written.
            Subject::Known(s) if s.via == Via::Description => {
                let folded = Folded::new(&s.name);
                let key = content_key(&folded, 0..folded.len());
                self.described(&key).or_else(|| self.titled_person(&key)).or_else(|| Some(s.clone()))
            }
            Subject::Known(s) if s.entity.is_none() => self.full_name(s),
            Subject::Known(s) => Some(s.clone()),
            // "He" or "she" of an organisation, or of another gender than the focus's, is
            // someone else, whom the rules cannot name.
            Subject::Pronoun(gender) => self
                .focus
                .clone()
                .filter(|s| self.may_be(*gender, s))
                .map(|s| Speaker { via: Via::Pronoun, ..s }),
            Subject::Someone(noun) => self
                .described(noun)
                .map(|s| Speaker { via: Via::Description, ..s })
                .or_else(|| self.titled_person(noun)),
            Subject::Nothing => None,
        }
    }

    /// Whether a pronoun of `gender` may stand for `s`: "he" or "she" for a person the text
    /// gives that gender or none, never for an organisation.
    pub(super) fn may_be(&self, gender: Option<Gender>, s: &Speaker) -> bool {
        let person = match s.entity {
            Some(e) => self.index.get(e).kind == EntityKind::Person,
            None => !crate::analysis::names::is_organization(&s.name),
        };
        gender.is_none_or(|g| person && self.gender_of(s).is_none_or(|h| h == g))
    }

    /// An unregistered name as the article gives it in full. News names a person in full
    /// first, then by surname: a lone word is a name when the article gives a full name
    /// ending with it, or writes it capitalised inside sentences and never in lower case
    /// ("Analysts said" is not a name).
    pub(super) fn full_name(&self, s: &Speaker) -> Option<Speaker> {
        let key = Folded::new(&s.name).text;
        if let Some((first, _)) = key.split_once(' ') {
            // Without capitals a subject may run past the name ("کاتب جامع و کامل نبودن …
            // توصیف کرد"): a first word the article gives a full name for is that name.
            let full = (!self.latin).then(|| self.article_names().full(first)).flatten();
            return Some(
                full.map_or_else(|| s.clone(), |full| Speaker { name: full.to_owned(), ..s.clone() }),
            );
        }
        let learned = self.names.iter().find(|n| n.rsplit(' ').next() == Some(key.as_str()));
        if let Some(full) = learned {
            return Some(Speaker { name: self.written[full].clone(), ..s.clone() });
        }
        if let Some(full) = self.article_names().full(&key) {
            return Some(Speaker { name: full.to_owned(), ..s.clone() });
        }
        // Without capitals, a surname an earlier speaker's name ends with is theirs, as the
        // text first gave it ("وزير الخارجية سامي حداد", then "حداد"); else a subject as
        // written is all the text tells.
        if !self.latin {
            let earlier = self.found.iter().rev().filter_map(|f| f.speaker.as_ref()).find(|e| {
                e.entity.is_none()
                    && e.name.contains(' ')
                    && Folded::new(&e.name).text.rsplit(' ').next() == Some(&key)
            });
            return Some(
                earlier.map_or_else(|| s.clone(), |e| Speaker { name: e.name.clone(), ..s.clone() }),
            );
        }
        self.article_names().is_name(&key).then(|| s.clone())
    }

    /// The article's own names.
    pub(super) fn article_names(&self) -> &ArticleNames<'a> {
        self.article_names
    }

    /// Remembers the gender an Arabic speech verb's ending gives its subject ("قالت ليلى
    /// منصور": she).
    pub(super) fn learn_verb_gender(&mut self, w: &TaggedPara<'_>, verb: Option<usize>, subject: &Subject) {
        if let (Some(v), Subject::Known(s)) = (verb, subject)
            && let Some(gender) = Gender::of_verb(w.para.folded.word(v)).filter(|_| w.arabic())
        {
            self.genders.entry(surname(&s.name)).or_insert(gender);
        }
    }

    /// Remembers an unregistered name written in full, for the surname alone later (a
    /// description is no name).
    pub(super) fn learn_name(&mut self, subject: &Subject) {
        if let Subject::Known(s) = subject
            && s.entity.is_none()
            && s.via != Via::Description
        {
            let key = Folded::new(&s.name).text;
            if key.contains(' ') && !self.names.contains(&key) {
                self.written.insert(key.clone(), s.name.clone());
                self.names.push(key);
            }
        }
    }

    /// The focus, when one of the registry's descriptions of them holds every word of
    /// `description` ("spokesman foreign ministry" for "Foreign Ministry spokesman", not
    /// "hamas spokesman").
    pub(super) fn described(&self, description: &str) -> Option<Speaker> {
        let focus = self.focus.as_ref()?;
        let entity = self.index.get(focus.entity?);
        let words: Vec<&str> = description.split(' ').filter(|w| !w.is_empty()).collect();
        let holds = |title: &String| {
            let folded = Folded::new(title);
            let title: Vec<&str> = folded.text.split(' ').collect();
            words.iter().all(|w| title.contains(w))
        };
        let mut titles = entity.role.iter().chain(entity.roles.iter().map(|r| &r.title));
        (!words.is_empty() && titles.any(holds)).then(|| focus.clone())
    }

    /// Moves the focus after a sentence of words `range` whose subject is `subject` and
    /// speech verb `verb`. "Tom Lisle met the mayor. He said ...": without a speech verb,
    /// the name that opens the sentence is whom a pronoun after it stands for; not one who
    /// said nothing ("Tom Lisle did not respond to a request for comment. “…,” she added.").
    pub(super) fn refocus(
        &mut self,
        w: &TaggedPara<'_>,
        range: Range<usize>,
        subject: &Subject,
        verb: Option<usize>,
    ) {
        if self.latin && no_comment(w, range.clone()) {
            return;
        }
        if self.latin && verb.is_none() && *subject == Subject::Nothing {
            if let Some(name) = w.opening_name(range.start, range.end, self.article_names()) {
                self.update_focus(&name);
            }
        } else {
            self.update_focus(subject);
        }
    }

    /// A person subject becomes the focus; an unknown person clears it.
    pub(super) fn update_focus(&mut self, subject: &Subject) {
        match subject {
            // Without capitals any opening phrase reads as a subject: only speakers
            // (set by `push`) become the focus.
            Subject::Known(s) if !self.latin && s.entity.is_none() => {}
            Subject::Known(_) => {
                if let Some(s) = self.resolve(subject)
                    && s.entity.is_none_or(|e| self.index.get(e).kind == EntityKind::Person)
                {
                    self.focus = Some(s);
                }
            }
            Subject::Someone(noun) => {
                if self.described(noun).is_none() {
                    self.focus = None;
                }
            }
            Subject::Pronoun(_) | Subject::Nothing => {}
        }
    }
}

/// True when the words `range` say that someone would not speak: "declined to comment",
/// "did not respond to a request for comment", "could not be reached". English.
fn no_comment(w: &TaggedPara<'_>, range: Range<usize>) -> bool {
    let f = &w.para.folded;
    let word = |j: usize| if j < range.end { f.word(j) } else { "" };
    range.clone().any(|j| match f.word(j) {
        "declined" | "refused" | "declining" => word(j + 1) == "to" && word(j + 2) == "comment",
        "not" => {
            matches!(word(j + 1), "respond" | "reply" | "return")
                || matches!(word(j + 2), "respond" | "reply" | "return")
                || (word(j + 1) == "be" && word(j + 2) == "reached")
        }
        _ => false,
    })
}
