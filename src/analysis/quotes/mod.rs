//! Quotes: who said what, in which article, and the same statement across sources.
//!
//! Extraction reads each article's plain text (not its HTML) sentence by sentence
//! ([`find`]): quotations in marks attributed by a speech verb before or after them,
//! speech after a colon, reported speech. Speakers are names and roles of the registry,
//! pronouns resolved to the person the text is about, or names kept as written; when the
//! text gives no speaker, the quote stays unattributed. A statement an article repeats (a
//! headline echoing its body) is one quote. Alignment ([`align`]) then puts the same
//! statement by the same speaker in several articles of an event into one group.

mod align;
mod cues;
mod find;
mod marks;
mod speaker;
#[cfg(test)]
mod without_registry;

use serde::Serialize;
use std::sync::Arc;

use super::ArticleIx;
use super::entities::EntityIndex;
use super::events::Event;
use super::names::ArticleNames;
use super::reading::{Para, Reading};
use crate::corpus::{Article, Corpus};
use crate::diagnostics::Diagnostics;
use crate::text::Folded;
pub(crate) use align::EventPairs;
pub use speaker::{Speaker, Via};

/// Direct speech (in marks, or after a colon) or reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's words.
    Direct,
    /// The speaker's words retold ("X said that ...").
    Reported,
}

/// A quote found in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Paragraph it starts in (index into the article's paragraphs).
    pub paragraph: usize,
    /// Paragraph it ends in.
    pub last_paragraph: usize,
    /// The words quoted.
    pub text: String,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// Who said it, when the text tells.
    pub speaker: Option<Speaker>,
    /// Other paragraphs of the article repeating it.
    pub repeated_in: Vec<usize>,
}

/// A quote of the corpus.
#[derive(Clone, Debug)]
pub struct Quote {
    /// Stable id: `<article id>-q<n>`.
    pub id: String,
    /// The article.
    pub article: ArticleIx,
    /// The event of the article.
    pub event: usize,
    /// What was found (shared with the article's reading).
    pub found: Arc<Found>,
    /// Id shared by the quotes of the same statement (the id of its first quote).
    pub group: String,
}

/// Finds the quotes of one article.
pub(crate) fn extract<'a>(
    article: &Article,
    paras: &'a [Para<'a>],
    index: &'a EntityIndex,
    names: &'a ArticleNames<'a>,
) -> Vec<Arc<Found>> {
    let latin = !crate::text::is_rtl(&article.language);
    let prepared = find::Article {
        words: paras.iter().map(|p| speaker::Words::new(p, index, latin)).collect(),
        marked: marks::find(&paras.iter().map(|p| p.text).collect::<Vec<_>>()),
        sentences: Vec::new(),
        texts: paras.iter().map(|p| p.text).collect(),
    };
    let sentences = paras
        .iter()
        .map(|p| {
            let protected: Vec<_> = prepared
                .marked
                .iter()
                .flat_map(|q| q.pieces.iter())
                .filter(|(pi, _)| *pi == p.index)
                .map(|(_, r)| r.clone())
                .collect();
            crate::text::sentences::split(p.text, &protected)
        })
        .collect();
    let prepared = find::Article { sentences, ..prepared };
    let mut reader = find::Reader::new(index, latin, names);
    for p in 0..paras.len() {
        reader.paragraph(&prepared, p);
    }
    merge_repeats(reader.found).into_iter().map(Arc::new).collect()
}

/// One quote for a statement an article makes twice: the longer text is kept, with the
/// better-known speaker, and the paragraphs of the repeats.
fn merge_repeats(found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // Gists are made only for quotes that have a candidate repeat: most have none.
    let mut gists: Vec<Option<similarity::Gist>> = Vec::with_capacity(found.len());
    for f in found {
        let mut gist: Option<similarity::Gist> = None;
        let mut same = None;
        for i in 0..out.len() {
            if !compatible_speakers(&out[i].speaker, &f.speaker) {
                continue;
            }
            let g = gists[i].get_or_insert_with(|| similarity::Gist::new(&out[i].text));
            let mine = gist.get_or_insert_with(|| similarity::Gist::new(&f.text));
            if g.containment(mine) >= 0.8 || g.word_containment(mine) >= 0.9 {
                same = Some(i);
                break;
            }
        }
        match same {
            Some(i) => {
                if f.text.len() > out[i].text.len() {
                    gists[i] = gist;
                }
                let o = &mut out[i];
                let (keep, other) = if f.text.len() > o.text.len() { (f, o.clone()) } else { (o.clone(), f) };
                let mut merged = keep;
                merged.speaker = merged.speaker.or(other.speaker);
                if other.kind == QuoteKind::Direct {
                    merged.kind = QuoteKind::Direct;
                }
                merged.repeated_in.push(other.paragraph);
                merged.repeated_in.extend(other.repeated_in);
                merged.repeated_in.sort_unstable();
                merged.repeated_in.dedup();
                merged.repeated_in.retain(|p| *p != merged.paragraph);
                out[i] = merged;
            }
            None => {
                out.push(f);
                gists.push(gist);
            }
        }
    }
    out.sort_by_key(|f| f.paragraph);
    out
}

fn compatible_speakers(a: &Option<Speaker>, b: &Option<Speaker>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => match (a.entity, b.entity) {
            (Some(x), Some(y)) => x == y,
            (None, None) => Folded::new(&a.name).text == Folded::new(&b.name).text,
            _ => false,
        },
        _ => true,
    }
}

/// Every quote of the corpus with its id, event and group; `known` gives the pairs of
/// quotes an earlier build found for an event (see [`align::group`]). Also returns each
/// event's pairs, for the next build.
pub(crate) fn collect(
    corpus: &Corpus,
    index: &EntityIndex,
    readings: &[Arc<Reading>],
    events: &[Event],
    event_of: &[usize],
    known: &(dyn Fn(usize) -> Option<Arc<EventPairs>> + Sync),
) -> (Vec<Quote>, Vec<Arc<EventPairs>>) {
    let mut quotes = Vec::new();
    for (a, reading) in readings.iter().enumerate() {
        for (n, found) in reading.quotes.iter().enumerate() {
            let id = format!("{}-q{}", corpus.articles[a].id, n + 1);
            quotes.push(Quote {
                group: id.clone(),
                id,
                article: a,
                event: event_of[a],
                found: found.clone(),
            });
        }
    }
    let pairs = align::group(corpus, index, events, &mut quotes, known);
    (quotes, pairs)
}

/// Notes each speaker named in articles but missing from entities.yaml, once for the
/// corpus, with how many quotes and articles they have and an entry to paste. Not a
/// warning: who was quoted is not yet curated, not wrong, so `--strict` passes. A
/// description ("an official") is no one to register.
pub(crate) fn report_unknown_speakers(corpus: &Corpus, quotes: &[Quote], diags: &mut Diagnostics) {
    struct Unknown<'q> {
        first: &'q Quote,
        name: &'q str,
        quotes: usize,
        articles: std::collections::BTreeSet<ArticleIx>,
        /// A pronoun stood for them: a person.
        person: bool,
    }
    let mut unknown: std::collections::BTreeMap<String, Unknown<'_>> = std::collections::BTreeMap::new();
    for q in quotes {
        let Some(s) = &q.found.speaker else { continue };
        if s.entity.is_some() || s.via == Via::Description {
            continue;
        }
        let u = unknown.entry(Folded::new(&s.name).text).or_insert_with(|| Unknown {
            first: q,
            name: &s.name,
            quotes: 0,
            articles: std::collections::BTreeSet::new(),
            person: false,
        });
        u.quotes += 1;
        u.articles.insert(q.article);
        u.person |= s.via == Via::Pronoun;
    }
    for u in unknown.values() {
        let article = &corpus.articles[u.first.article];
        let pos = article.paragraph_pos(u.first.found.paragraph);
        let id = crate::corpus::Slug::sanitize(u.name).map_or_else(|| "new-id".to_owned(), |s| s.to_string());
        let kind = if crate::analysis::names::is_organization(u.name) {
            "kind: organization"
        } else if u.person {
            "kind: person"
        } else {
            "kind: person or organization"
        };
        let (n, a) = (u.quotes, u.articles.len());
        diags.note(
            &article.path,
            pos,
            format!(
                "speaker \"{}\" ({n} quote{}, {a} article{}) is not in content/entities.yaml; to follow them, add `{id}: {{ name: {}, {kind}, aliases: [{}] }}`",
                u.name,
                if n == 1 { "" } else { "s" },
                if a == 1 { "" } else { "s" },
                u.name,
                u.name
            ),
        );
    }
}

pub(crate) mod similarity {
    //! How much of one text another holds: word trigrams for wording, words for content.

    use crate::analysis::sorted::common;
    use crate::text;

    /// A text reduced for comparison: hashed, sorted, without repeats.
    pub(crate) struct Gist {
        /// Word trigrams (pairs or single words for very short texts).
        pub shingles: Vec<u64>,
        /// Words of three letters or more.
        pub words: Vec<u64>,
        /// Content words (no function words).
        pub content: Vec<u64>,
    }

    impl Gist {
        pub(crate) fn new(t: &str) -> Gist {
            // Words average five or six bytes with their separator.
            let mut words = Words::with_capacity(t.len() / 5);
            text::each_word(t, |w| words.add(w));
            words.gist()
        }

        /// The gist of a text already folded.
        pub(crate) fn of_folded(folded: &text::Folded) -> Gist {
            let mut words = Words::with_capacity(folded.len());
            (0..folded.len()).for_each(|i| words.add(folded.word(i)));
            words.gist()
        }

        /// The share of the smaller text's trigrams found in the other.
        pub(crate) fn containment(&self, other: &Gist) -> f64 {
            share_of_smaller(&self.shingles, &other.shingles, 1)
        }

        /// The share of the smaller text's words found in the other: a headline condensing
        /// a statement keeps its words, not their order.
        pub(crate) fn word_containment(&self, other: &Gist) -> f64 {
            share_of_smaller(&self.words, &other.words, 4)
        }
    }

    /// A text's folded words, hashed as they come.
    struct Words {
        all: Vec<u64>,
        words: Vec<u64>,
        content: Vec<u64>,
    }

    impl Words {
        fn with_capacity(n: usize) -> Words {
            Words { all: Vec::with_capacity(n), words: Vec::with_capacity(n), content: Vec::with_capacity(n) }
        }

        fn add(&mut self, w: &str) {
            let h = text::hash(w);
            self.all.push(h);
            if w.chars().nth(2).is_some() {
                self.words.push(h);
            }
            if text::is_content_word(w) {
                self.content.push(h);
            }
        }

        fn gist(self) -> Gist {
            let n = self.all.len().clamp(1, 3);
            let shingles =
                self.all.windows(n).map(|w| w.iter().fold(0u64, |h, x| h.rotate_left(21) ^ x)).collect();
            Gist { shingles: sorted(shingles), words: sorted(self.words), content: sorted(self.content) }
        }
    }

    fn sorted(mut v: Vec<u64>) -> Vec<u64> {
        v.sort_unstable();
        v.dedup();
        v
    }

    fn share_of_smaller(a: &[u64], b: &[u64], min: usize) -> f64 {
        let small = a.len().min(b.len());
        if small < min || small == 0 { 0.0 } else { common(a, b) as f64 / small as f64 }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::corpus::{self, CorpusFiles, RegistryFiles, SourceFile};

    /// The quotes of one article of `body`, with the given entities.yaml text.
    pub(crate) fn quotes_in(
        entities: &str,
        language: &str,
        date: &str,
        body: &str,
    ) -> Vec<(QuoteKind, String, String)> {
        let article =
            format!("---\ntitle: T\nsource: s\npublished: {date}\nlanguage: {language}\n---\n\n{body}\n");
        let files = CorpusFiles {
            articles: vec![SourceFile { path: "content/articles/a.md".into(), bytes: article.into_bytes() }],
            registries: RegistryFiles {
                entities: Some(SourceFile {
                    path: "content/entities.yaml".into(),
                    bytes: entities.as_bytes().to_vec(),
                }),
                ..Default::default()
            },
        };
        let mut diags = Diagnostics::default();
        let corpus = corpus::parse(files, &mut diags);
        let index = EntityIndex::new(&corpus.registries);
        let a = &corpus.articles[0];
        let reading =
            crate::analysis::reading::read(a, &index, &crate::analysis::framing::LexiconMatcher::new(&[]));
        reading
            .quotes
            .into_iter()
            .map(|f| {
                let who = match &f.speaker {
                    Some(s) => match s.entity {
                        Some(e) => index.get(e).id.to_string(),
                        None => format!("={}", s.name),
                    },
                    None => "~".to_owned(),
                };
                (f.kind, who, f.text.clone())
            })
            .collect()
    }

    const PEOPLE: &str = "kanaani:\n  name: Nasser Kanaani\n  kind: person\n  role: Spokesman of the foreign ministry\n  aliases: [Kanaani, کنعانی]\nqalibaf:\n  name: Qalibaf\n  kind: person\n  aliases: [Qalibaf]\nhaniyeh:\n  name: Haniyeh\n  kind: person\n  aliases: [Haniyeh]\niran:\n  name: Iran\n  kind: place\n  aliases: [Iran, Islamic Republic of Iran]\nus:\n  name: United States\n  kind: place\n  aliases: [US]\n";

    fn found(body: &str) -> Vec<(QuoteKind, String, String)> {
        quotes_in(PEOPLE, "en", "2023-11-06", body)
    }

    fn q(kind: QuoteKind, who: &str, text: &str) -> (QuoteKind, String, String) {
        (kind, who.to_owned(), text.to_owned())
    }

    use QuoteKind::{Direct, Reported};

    #[test]
    fn the_speaker_set_off_before_the_verb_wins_over_the_clause_subject() {
        assert_eq!(
            found(
                "The Islamic Republic of Iran has always supported them, Qalibaf said, adding, “We believe that the plans will fail in the end.”"
            ),
            [
                q(Reported, "qalibaf", "The Islamic Republic of Iran has always supported them"),
                q(Direct, "qalibaf", "We believe that the plans will fail in the end.")
            ]
        );
    }

    #[test]
    fn a_noun_that_looks_like_a_verb_never_lends_the_subject_its_claim() {
        assert_eq!(
            found("Kanaani rejected US claims that Tehran is behind the attacks on ships."),
            [q(Reported, "us", "Tehran is behind the attacks on ships.")]
        );
    }

    #[test]
    fn a_quotation_cut_by_its_attribution_is_one_quote() {
        assert_eq!(
            found("“Iran and Pakistan,” Kanaani said, “are two nations with one heart.”"),
            [q(Direct, "kanaani", "Iran and Pakistan are two nations with one heart.")]
        );
    }

    #[test]
    fn pronouns_and_descriptions_resolve_to_the_person_the_text_is_about() {
        assert_eq!(
            found(
                "Kanaani spoke on Monday.\n\n“We have nothing to hide about these contacts,” he said. “The talks go on as planned.”\n\n“Others are responsible for the consequences,” the spokesman said."
            ),
            [
                q(Direct, "kanaani", "We have nothing to hide about these contacts"),
                q(Direct, "kanaani", "The talks go on as planned."),
                q(Direct, "kanaani", "Others are responsible for the consequences"),
            ]
        );
        // A description the registry does not give the person is not that person: it is
        // kept as the text writes it, naming no one.
        assert_eq!(
            found("Kanaani spoke.\n\n“Others are responsible for the consequences of all this,” the minister said.")[0].1,
            "=the minister"
        );
    }

    #[test]
    fn scare_quotes_and_labels_are_not_quotes() {
        assert!(found("He pointed to the role of the “neo-Nazi regime.”").is_empty());
        assert!(found("Kanaani called it a “war crime in broad daylight.”").is_empty());
        assert!(found("Kanaani said the “brotherly” relations would grow.").is_empty());
    }

    #[test]
    fn persian_colon_speech_pronouns_and_according_to() {
        assert_eq!(
            quotes_in(
                PEOPLE,
                "fa",
                "2023-11-06",
                "کنعانی گفت: ایران به دنبال جنگ نیست.\n\nوی افزود: «آمریکا شریک جنایت است».\n\nبه گفته وی مذاکرات ادامه دارد."
            ),
            [
                q(Direct, "kanaani", "ایران به دنبال جنگ نیست."),
                q(Direct, "kanaani", "آمریکا شریک جنایت است"),
                q(Reported, "kanaani", "مذاکرات ادامه دارد."),
            ]
        );
    }

    #[test]
    fn a_participle_takes_the_name_that_opens_its_clause() {
        assert_eq!(
            found(
                "Ms. Okafor did not seem pleased with the plan, telling reporters, “Owners said the fee should go.”"
            ),
            [q(Direct, "=Okafor", "Owners said the fee should go.")]
        );
        assert_eq!(
            found("Mr. Lindqvist came close to admitting the loss, saying, “We never said the quay paid in winter,” but he left.")[0].1,
            "=Lindqvist"
        );
        // A clause that opens with no name gives the participle no speaker.
        assert_eq!(
            found("The vote ended a week of talks, saying, “Nobody wins a strike like this one.”")[0].1,
            "~"
        );
    }

    #[test]
    fn names_before_an_apposition_an_auxiliary_or_a_bare_label_speak() {
        let ridge = |body: &str| found(body).first().map(|x| x.1.clone());
        let ships = "“The ships are no longer at the gate. They are inside.”";
        for lead in ["As Tom Ridge put it:", "Or, as Tom Ridge, a former harbour master, put it:"] {
            assert_eq!(ridge(&format!("{lead} {ships}")).as_deref(), Some("=Tom Ridge"), "{lead}");
        }
        assert_eq!(found("“I hope the council listens to us,” Okafor has said in speeches.")[0].1, "=Okafor");
        assert_eq!(found("“Take your boats out of the water now,” Okafor barked.")[0].1, "=Okafor");
        assert_eq!(
            found(
                "Rep. Ada Ward (R-S.C.):\"I have not heard anyone else cite that figure. Who told you that?\""
            )[0]
            .1,
            "=Ada Ward"
        );
        // A colon after a word that is no name is no label.
        assert_eq!(found("Tuesday: “The quay opens at nine and closes at five all winter.”")[0].1, "~");
    }

    #[test]
    fn a_question_then_its_attribution_then_more_words_is_one_speaker() {
        for (open, close) in [("“", "”"), ("''", "''")] {
            let body = format!(
                "{open}Can we keep the ferry?{close} Mr. Lindqvist asked. {open}I don't know. But we will try.{close}"
            );
            assert_eq!(
                found(&body),
                [
                    q(Direct, "=Lindqvist", "Can we keep the ferry?"),
                    q(Direct, "=Lindqvist", "I don't know. But we will try.")
                ],
                "{body}"
            );
        }
    }

    #[test]
    fn speakers_after_the_verb_behind_a_description_or_an_acronym() {
        let who = |body: &str| found(body)[0].1.clone();
        assert_eq!(
            who(
                "“It may have been his first attempt to speak for himself,” said his best friend at college, Bruce Tormey, who lived next door."
            ),
            "=Bruce Tormey"
        );
        assert_eq!(
            who(
                "“I hope you don't mind, I have to take my brother along,” another fraternity brother, Stuart Ollard, recalled."
            ),
            "=Stuart Ollard"
        );
        assert_eq!(
            who(
                "“It's not a campaign anymore, it's a movement,” said the younger Mr. Ward, surrounded by family."
            ),
            "=Ward"
        );
        assert_eq!(
            who(
                "“This is a very critical week for the whole campaign,” said GOP strategist Keith Navarro, a veteran."
            ),
            "=Keith Navarro"
        );
    }

    #[test]
    fn a_colon_after_a_noun_of_speech_gives_the_clause_its_speaker() {
        assert_eq!(
            found(
                "Mara Ellison delivered a snappy retort: “No one is tearing this up. We are going forward.”"
            )[0]
            .1,
            "=Mara Ellison"
        );
        // Without a noun of speech the quotation after the colon may be anyone's.
        let asked =
            found("Mara Ellison faced a question from a voter: “Why should anyone here trust you again?”");
        assert!(asked.iter().all(|x| x.1 == "~"), "{asked:?}");
    }

    #[test]
    fn a_name_in_marks_is_no_quote_and_leaves_the_reported_speech_around_it() {
        let found = quotes_in(
            PEOPLE,
            "fa",
            "2023-11-06",
            "کنعانی در مصاحبه با شبکه خبری «اسکای نیوز» گفت که ایران به دنبال جنگ با هیچ کشوری نیست.",
        );
        assert_eq!(found, [q(Reported, "kanaani", "ایران به دنبال جنگ با هیچ کشوری نیست.")]);
        // A statement in marks after the verb is still one.
        let said =
            quotes_in(PEOPLE, "fa", "2023-11-06", "کنعانی گفت: «ایران به دنبال جنگ با هیچ کشوری نیست».");
        assert_eq!(said, [q(Direct, "kanaani", "ایران به دنبال جنگ با هیچ کشوری نیست")]);
    }

    #[test]
    fn a_second_speaker_s_clause_is_not_the_first_speaker_s() {
        let found = found(
            "Kanaani wrote that the talks would go on next week, but the ministry announced that they were over.",
        );
        assert_eq!(found, [q(Reported, "kanaani", "the talks would go on next week")]);
    }
}
