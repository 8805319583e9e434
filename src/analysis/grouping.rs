//! Automatic event grouping: which articles without an `event` key report the same
//! happening.
//!
//! Two articles can only report one event when they were published within the date
//! window and share a participant (a person or organisation) or a salient word. Within a
//! language they must then say similar things (cosine of their TF-IDF word vectors, helped
//! by the names they share); across languages, where words cannot be compared, they must
//! share names, places and numbers. Articles are taken in publication order and each joins
//! the event it is most strongly linked to, or starts a new one, so two calls between the
//! same leaders weeks apart stay two events. Two events are then joined when a fifth of the
//! pairs of their reports are linked ([`join`]): in order, the first short reports of a
//! happening can start two events before the reports that bridge them come in. Pinned
//! articles (`event:` keys) stay where they are, and loose articles can join them. An
//! article whose date is a guess (`date_assumed`) is linked to none: its place in time is
//! unknown.

mod join;
mod link;

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};

use super::ArticleIx;
use super::entities::{EntityIndex, EntityIx};
use super::facts::{COUNTED, Facts};
use super::reading::Reading;
use super::sorted::{common, intersects, jaccard};
use crate::corpus::{Corpus, EntityKind, Slug};
use link::{explain, link, skeleton};

/// Same-language links at or above this score join an event.
const SAME_LANGUAGE: f64 = 0.28;
/// Cross-language links at or above this score join an event.
const CROSS_LANGUAGE: f64 = 0.45;
/// Two events are one when at least this share of the pairs of their reports in one
/// language are linked above the bar (see `join`).
const MERGE: f64 = 0.2;
/// A link this close to the bar is worth a note: the analyst may want to pin it.
const NEAR: f64 = 0.7;
/// An article joining an event that has reports in its language must be linked to one of
/// them at least this strongly (as a share of the bar).
const CONSISTENT: f64 = 0.6;
/// Without registered names, the weights of wording and of the names the texts write
/// (weighted by rarity, so a rare name shared says more than a registered one).
const TEXT_WORDS: f64 = 1.0;
const TEXT_NAMES: f64 = 1.3;
/// How much stronger a same-language link is when both reports give the same weekday or
/// magnitude.
const AGREEING: f64 = 1.25;
/// Strength lost per day between two reports: the same happening is mostly reported
/// within a day or two.
const DECAY_PER_DAY: f64 = 0.1;
/// Terms kept per article vector.
const TERMS: usize = 60;
/// Terms used as blocking keys.
const KEY_TERMS: usize = 8;
/// Articles whose links are found in parallel before they are placed in order.
const LINK_RUN: usize = 256;

/// What an article is about, for comparing it with others.
struct Profile<'c> {
    date: NaiveDate,
    /// The date is a guess (`date_assumed`): no link is made on it.
    assumed: bool,
    language: &'c str,
    participants: Vec<EntityIx>,
    places: Vec<EntityIx>,
    /// Participants and places, sorted.
    names: Vec<EntityIx>,
    /// Places (`ix | 1 << 63`) and numbers, sorted: what survives translation besides the
    /// cast.
    facts: Vec<u64>,
    /// Normalised TF-IDF weights by term hash, sorted by hash.
    vector: Vec<(u64, f64)>,
    /// The weekdays and magnitudes its text gives.
    text: &'c Facts,
    /// The names its text writes (hashed), each with its inverse document frequency,
    /// sorted by hash.
    text_names: Vec<(u64, f64)>,
    /// The consonants of the names its text writes, hashed and sorted (see [`skeleton`]):
    /// what ties "Pezeshkian" to "پزشکیان" across scripts when no registry does.
    skeletons: Vec<u64>,
    /// Blocking keys: participants and the heaviest terms.
    keys: Vec<u64>,
}

impl Profile<'_> {
    /// A hash of everything [`link`] reads: two profiles with the same fingerprint link
    /// alike.
    fn fingerprint(&self) -> u64 {
        let mut h = FxHasher::default();
        (
            self.date, self.assumed, self.language, &self.participants, &self.places, &self.facts,
            &self.skeletons, &self.keys, self.text,
        )
            .hash(&mut h);
        for (t, w) in self.vector.iter().chain(&self.text_names) {
            (t, w.to_bits()).hash(&mut h);
        }
        h.finish()
    }
}

/// What `serve` keeps of one grouping for the next: each loose article's links to those
/// placed before it. They are reused while every article keeps its place, date and pin
/// (the `layout`), for an article whose profile and whose neighbours' profiles are
/// unchanged: an edit then costs the links of the articles within the window of it.
#[derive(Default)]
pub(crate) struct LinkCache {
    layout: u64,
    profiles: Vec<u64>,
    links: Vec<Vec<(ArticleIx, Link)>>,
}

/// Why two articles are linked.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    /// Strength relative to the joining bar: 1.0 or more joins.
    pub strength: f64,
    /// Days between them.
    pub days: i64,
    /// Cosine of their word vectors (same language), or overlap of names, places and
    /// numbers (across languages).
    pub similarity: f64,
    /// True when the two are in one language.
    pub same_language: bool,
    /// True when they would be linked but give facts that cannot both be true (two
    /// weekdays, two magnitudes): they are never joined, and their events say why.
    pub kept_apart: bool,
}

/// An article that nearly joined an event it is not in.
#[derive(Clone, Debug)]
pub struct NearMiss {
    /// The article.
    pub article: ArticleIx,
    /// The article of the other event it was closest to.
    pub other: ArticleIx,
    /// How close, as a share of the joining bar.
    pub strength: f64,
}

/// An event as grouping builds it: its pinned id (none for one found automatically), its
/// articles and why they are together.
pub(crate) type Group = (Option<Slug>, Vec<ArticleIx>, Vec<String>);

/// Groups of articles, each one event.
pub(crate) struct Clusters {
    /// Members and the reasons they are together; `pinned` for explicit events.
    pub groups: Vec<Group>,
    /// Near misses worth a note.
    pub near: Vec<NearMiss>,
}

impl Clusters {
    /// Puts `a` in the event it is most strongly linked to, or in a new one.
    /// Only links of strength [`CONSISTENT`] or [`NEAR`] decide anything.
    fn place(
        &mut self,
        group_of: &mut [Option<usize>],
        a: ArticleIx,
        links: &[(ArticleIx, Link)],
        profiles: &[Profile<'_>],
        explain: impl Fn(ArticleIx, &Link) -> String,
    ) {
        let mut best: BTreeMap<usize, (&Link, ArticleIx)> = BTreeMap::new();
        // Per event, the strongest link to an article in this article's language.
        let mut own_language: BTreeMap<usize, f64> = BTreeMap::new();
        for (b, link) in links.iter().filter(|(_, l)| !l.kept_apart) {
            let Some(g) = group_of[*b] else { continue };
            if link.same_language {
                let s = own_language.entry(g).or_insert(0.0);
                *s = s.max(link.strength);
            }
            let entry = best.entry(g).or_insert((link, *b));
            if link.strength > entry.0.strength {
                *entry = (link, *b);
            }
        }
        // An event that has reports in this article's language must also read like it:
        // names in common across languages do not make two happenings one.
        let consistent = |g: &usize| {
            let has_own = self.groups[*g].1.iter().any(|&m| profiles[m].language == profiles[a].language);
            !has_own || own_language.get(g).is_some_and(|&s| s >= CONSISTENT)
        };
        let chosen = best
            .iter()
            .filter(|(g, (l, _))| l.strength >= 1.0 && consistent(g))
            .max_by(|x, y| x.1.0.strength.total_cmp(&y.1.0.strength).then(y.0.cmp(x.0)))
            .map(|(g, (l, b))| (*g, *l, *b));
        for (g, (l, b)) in &best {
            if Some(*g) != chosen.as_ref().map(|c| c.0) && l.strength >= NEAR {
                self.near.push(NearMiss { article: a, other: *b, strength: l.strength });
            }
        }
        match chosen {
            Some((g, l, b)) => {
                self.groups[g].1.push(a);
                self.groups[g].2.push(explain(b, l));
                group_of[a] = Some(g);
            }
            None => {
                self.groups.push((None, vec![a], Vec::new()));
                group_of[a] = Some(self.groups.len() - 1);
            }
        }
    }
}

/// Groups every article: pinned ones by their key, the others automatically; `cache`
/// holds the links of an earlier grouping, and is updated.
pub(crate) fn cluster(
    corpus: &Corpus,
    readings: &[Arc<Reading>],
    index: &EntityIndex,
    window_days: u32,
    cache: Option<&mut LinkCache>,
) -> Clusters {
    let profiles = profiles(corpus, readings, index);
    let (groups, mut group_of) = pinned_groups(corpus);
    // Every article by date, to find those within the window.
    let mut by_date: Vec<ArticleIx> = (0..corpus.articles.len()).collect();
    by_date.sort_by(|&x, &y| {
        let (a, b) = (&corpus.articles[x], &corpus.articles[y]);
        (a.published, &a.id).cmp(&(b.published, &b.id))
    });
    let window = i64::from(window_days);
    let mut rank = vec![0; by_date.len()];
    for (r, &a) in by_date.iter().enumerate() {
        rank[a] = r;
    }
    let is_pinned: Vec<bool> = group_of.iter().map(Option::is_some).collect();
    let loose: Vec<ArticleIx> = by_date.iter().copied().filter(|&a| !is_pinned[a]).collect();
    // An article is compared with those placed before it: the pinned ones and those
    // earlier in the window. Those links do not depend on where the others went, so they
    // are found in parallel, a run of articles at a time, and used in order.
    let (profiles, is_pinned, rank) = (&profiles, &is_pinned, &rank);
    let candidates = |a: ArticleIx| {
        let date = profiles[a].date;
        let from = by_date.partition_point(|&x| (date - profiles[x].date).num_days() > window);
        by_date[from..]
            .iter()
            .take_while(move |&&x| (profiles[x].date - date).num_days() <= window)
            .copied()
            .filter(move |&b| b != a && (is_pinned[b] || rank[b] < rank[a]))
    };
    let links_of = |a: ArticleIx| -> Vec<(ArticleIx, Link)> {
        candidates(a)
            .filter_map(|b| link(&profiles[a], &profiles[b], window).map(|l| (b, l)))
            // Weaker links decide nothing (see `place`).
            .filter(|(_, l)| l.strength >= CONSISTENT.min(NEAR))
            .collect()
    };
    // `serve` reuses an article's links when neither it nor any article it is compared
    // with changed.
    let fingerprints: Vec<u64> = profiles.iter().map(Profile::fingerprint).collect();
    let layout = layout(corpus, is_pinned, window);
    let known = cache.as_deref().filter(|c| c.layout == layout && c.profiles.len() == profiles.len());
    let unchanged = |a: ArticleIx| known.is_some_and(|c| c.profiles[a] == fingerprints[a]);
    let reused = |a: ArticleIx| -> Option<Vec<(ArticleIx, Link)>> {
        let c = known.filter(|_| unchanged(a) && candidates(a).all(&unchanged))?;
        Some(c.links[a].clone())
    };
    // Why `a` joined `b`'s event, or was kept apart from it, in words.
    let why = |a, b, l: &Link| explain(corpus, index, profiles, a, b, l);
    let mut clusters = Clusters { groups, near: Vec::new() };
    let mut links: Vec<Vec<(ArticleIx, Link)>> = vec![Vec::new(); corpus.articles.len()];
    for run in loose.chunks(LINK_RUN) {
        let found: Vec<Vec<(ArticleIx, Link)>> =
            run.par_iter().map(|&a| reused(a).unwrap_or_else(|| links_of(a))).collect();
        for (&a, found) in run.iter().zip(found) {
            clusters.place(&mut group_of, a, &found, profiles, |b, l| why(a, b, l));
            links[a] = found;
        }
    }
    clusters.merge(&links, why);
    clusters.say_kept_apart(&links, why);
    if let Some(c) = cache {
        *c = LinkCache { layout, profiles: fingerprints, links };
    }
    clusters
}

/// The events the analyst pinned articles to (`event:` keys), in order of first use, and
/// each article's group (none for a loose one).
fn pinned_groups(corpus: &Corpus) -> (Vec<Group>, Vec<Option<usize>>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; corpus.articles.len()];
    let mut pinned: BTreeMap<&Slug, usize> = BTreeMap::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        if let Some(e) = &article.event {
            let g = *pinned.entry(e).or_insert_with(|| {
                let reason = format!("Put in this event by the analyst (event: {e} in their front matter).");
                groups.push((Some(e.clone()), Vec::new(), vec![reason]));
                groups.len() - 1
            });
            groups[g].1.push(a);
            group_of[a] = Some(g);
        }
    }
    (groups, group_of)
}

/// A hash of where every article stands for grouping: its place in the list, id, time and
/// whether it is pinned, with the window.
fn layout(corpus: &Corpus, is_pinned: &[bool], window: i64) -> u64 {
    let mut h = FxHasher::default();
    window.hash(&mut h);
    for (article, pinned) in corpus.articles.iter().zip(is_pinned) {
        (&article.id, article.published, pinned).hash(&mut h);
    }
    h.finish()
}

/// How many articles hold each term (per language) and each name the texts write.
struct Frequencies<'c> {
    /// Each language's number and article count.
    languages: BTreeMap<&'c str, (u64, u32)>,
    /// Document frequency of each term, keyed by [`term_key`].
    df: FxHashMap<u64, u32>,
    /// Document frequency of each name the texts write, by its hash.
    name_df: FxHashMap<u64, u32>,
}

/// A term of a language as one key: a hash of two integers, not of a string, for each of
/// millions of terms.
fn term_key(lang: u64, t: u32) -> u64 {
    lang << 32 | u64::from(t)
}

fn frequencies<'c>(corpus: &'c Corpus, readings: &[Arc<Reading>]) -> Frequencies<'c> {
    let mut languages: BTreeMap<&str, (u64, u32)> = BTreeMap::new();
    for a in &corpus.articles {
        let next = languages.len() as u64;
        languages.entry(a.language.as_str()).or_insert((next, 0)).1 += 1;
    }
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
    let mut name_df: FxHashMap<u64, u32> = FxHashMap::default();
    for (a, r) in readings.iter().enumerate() {
        let lang = languages[corpus.articles[a].language.as_str()].0;
        for (t, _) in &r.terms {
            *df.entry(term_key(lang, *t)).or_default() += 1;
        }
        for n in &r.facts.names {
            *name_df.entry(crate::text::hash(n)).or_default() += 1;
        }
    }
    Frequencies { languages, df, name_df }
}

/// An article's TF-IDF vector over its [`TERMS`] heaviest terms, unit length and sorted by
/// term, and its [`KEY_TERMS`] heaviest terms; `df` gives a term's document frequency
/// among the `docs` articles of its language.
fn term_vector(terms: &[(u32, u32)], df: impl Fn(u32) -> u32, docs: f64) -> (Vec<(u64, f64)>, Vec<u64>) {
    let mut weighted: Vec<(u64, f64)> = terms
        .iter()
        .map(|&(t, tf)| {
            let idf = (1.0 + docs / f64::from(df(t))).ln();
            (u64::from(t), (1.0 + f64::from(tf).ln()) * idf)
        })
        .collect();
    // The heaviest terms, heaviest first (ties by term): only they are sorted.
    let heavier = |x: &(u64, f64), y: &(u64, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
    if weighted.len() > TERMS {
        weighted.select_nth_unstable_by(TERMS, heavier);
        weighted.truncate(TERMS);
    }
    weighted.sort_by(heavier);
    let norm = weighted.iter().map(|(_, w)| w * w).sum::<f64>().sqrt().max(f64::MIN_POSITIVE);
    let keys: Vec<u64> = weighted.iter().take(KEY_TERMS).map(|(t, _)| *t).collect();
    let mut vector: Vec<(u64, f64)> = weighted.into_iter().map(|(t, w)| (t, w / norm)).collect();
    vector.sort_by_key(|(t, _)| *t);
    (vector, keys)
}

fn profiles<'c>(corpus: &'c Corpus, readings: &'c [Arc<Reading>], index: &EntityIndex) -> Vec<Profile<'c>> {
    let Frequencies { languages, df, name_df } = frequencies(corpus, readings);
    let articles = corpus.articles.len() as f64;
    // A name a hundredth of the corpus writes (and at most five articles in a small one)
    // picks out an event well enough to find its reports by.
    let rare = (articles / 100.0).max(5.0);
    readings
        .par_iter()
        .enumerate()
        .map(|(a, r)| {
            let article = &corpus.articles[a];
            let lang = article.language.as_str();
            let (lang_ix, docs) = languages[lang];
            let (vector, mut keys) = term_vector(&r.terms, |t| df[&term_key(lang_ix, t)], f64::from(docs));
            let (mut participants, mut places) = (Vec::new(), Vec::new());
            for &e in r.entity_counts.keys() {
                match index.get(e).kind {
                    EntityKind::Person | EntityKind::Organization => participants.push(e),
                    EntityKind::Place | EntityKind::Topic => places.push(e),
                }
            }
            keys.extend(participants.iter().map(|&e| e as u64 | 1 << 63));
            // The names the text writes, weighted as rare as they are: a name every report
            // of the corpus writes says nothing of which event one is.
            let mut text_names: Vec<(u64, f64)> = r
                .facts
                .names
                .iter()
                .map(|n| {
                    let h = crate::text::hash(n);
                    (h, (1.0 + articles / f64::from(name_df[&h])).ln())
                })
                .collect();
            text_names.sort_unstable_by_key(|(h, _)| *h);
            keys.extend(
                text_names.iter().filter(|(h, _)| f64::from(name_df[h]) <= rare).map(|(h, _)| h | 1 << 62),
            );
            let mut skeletons: Vec<u64> =
                r.facts.names.iter().filter_map(|n| skeleton(n)).map(|k| crate::text::hash(&k)).collect();
            skeletons.sort_unstable();
            skeletons.dedup();
            keys.sort_unstable();
            keys.dedup();
            let mut names: Vec<EntityIx> = participants.iter().chain(&places).copied().collect();
            names.sort_unstable();
            let mut facts: Vec<u64> =
                places.iter().map(|&e| e as u64 | 1 << 63).chain(r.numbers.iter().copied()).collect();
            facts.sort_unstable();
            facts.dedup();
            Profile {
                date: article.published.date,
                assumed: article.date_assumed,
                language: lang,
                participants,
                places,
                names,
                facts,
                vector,
                text: &r.facts,
                text_names,
                skeletons,
                keys,
            }
        })
        .collect()
}
