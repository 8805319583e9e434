//! Automatic event grouping: which articles without an `event` key report the same
//! happening.
//!
//! Two articles can only report one event when they were published within the date
//! window and share a participant (a person or organisation) or a salient word. Within a
//! language they must then say similar things (cosine of their TF-IDF word vectors, helped
//! by the names they share); across languages, where words cannot be compared, they must
//! share names, places and numbers. Articles are taken in publication order and each joins
//! the event it is most strongly linked to, or starts a new one, so an article added
//! later never renames the events before it, and two calls between the same leaders weeks
//! apart stay two events. Pinned articles (`event:` keys) stay where they are, and loose
//! articles can join them. An article whose date is a guess (`date_assumed`) is linked to
//! none: its place in time is unknown.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};

use super::ArticleIx;
use super::entities::{EntityIndex, EntityIx};
use super::reading::{Facts, Reading};
use super::sorted::{common, intersects, jaccard};
use crate::corpus::{Corpus, EntityKind, Slug};

/// Same-language links at or above this score join an event.
const SAME_LANGUAGE: f64 = 0.28;
/// Cross-language links at or above this score join an event.
const CROSS_LANGUAGE: f64 = 0.45;
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
            &self.keys, self.text,
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

/// Groups of articles, each one event.
pub(crate) struct Clusters {
    /// Members and the reasons they are together; `pinned` for explicit events.
    pub groups: Vec<(Option<Slug>, Vec<ArticleIx>, Vec<String>)>,
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
        for (b, link) in links {
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
    let mut groups: Vec<(Option<Slug>, Vec<ArticleIx>, Vec<String>)> = Vec::new();
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
    let mut clusters = Clusters { groups, near: Vec::new() };
    let mut links: Vec<Vec<(ArticleIx, Link)>> = vec![Vec::new(); corpus.articles.len()];
    for run in loose.chunks(LINK_RUN) {
        let found: Vec<Vec<(ArticleIx, Link)>> =
            run.par_iter().map(|&a| reused(a).unwrap_or_else(|| links_of(a))).collect();
        for (&a, found) in run.iter().zip(found) {
            clusters
                .place(&mut group_of, a, &found, profiles, |b, l| explain(corpus, index, profiles, a, b, l));
            links[a] = found;
        }
    }
    if let Some(c) = cache {
        *c = LinkCache { layout, profiles: fingerprints, links };
    }
    clusters
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

/// The link between two articles, if they may report one event.
fn link(a: &Profile<'_>, b: &Profile<'_>, window: i64) -> Option<Link> {
    let days = (a.date - b.date).num_days().abs();
    if days > window || a.assumed || b.assumed || !intersects(&a.keys, &b.keys) {
        return None;
    }
    if contradict(a.text, b.text) {
        return None;
    }
    // People and organisations both name.
    let shared = common(&a.participants, &b.participants);
    let same_language = a.language == b.language;
    let (similarity, strength) = if same_language {
        let cosine = dot(&a.vector, &b.vector);
        // The registry's names where both have some (the analyst's own reading of who
        // and where), else the names their texts write, weighted by rarity.
        let score = if a.names.is_empty() || b.names.is_empty() {
            TEXT_WORDS * cosine + TEXT_NAMES * weighted_jaccard(&a.text_names, &b.text_names)
        } else {
            0.75 * cosine + 0.25 * jaccard(&a.names, &b.names)
        };
        let agree = if corroborate(a.text, b.text) { AGREEING } else { 1.0 };
        (cosine, agree * score / SAME_LANGUAGE)
    } else {
        let places = common(&a.places, &b.places);
        if shared < 2 && (shared == 0 || places == 0) {
            return None;
        }
        // The share of the smaller cast both name, and the places and numbers they give:
        // these weigh a little more, for the same leaders meet twice in a week, and what
        // tells the meetings apart across languages is where, and the figures.
        let cast = shared as f64 / a.participants.len().min(b.participants.len()) as f64;
        let overlap = 0.45 * cast + 0.55 * jaccard(&a.facts, &b.facts);
        (overlap, overlap / CROSS_LANGUAGE)
    };
    let strength = strength * (1.0 - DECAY_PER_DAY * days as f64);
    Some(Link { strength, days, similarity, same_language })
}

/// Facts that cannot both be true of one happening: weekdays given by both with none the
/// same or a day apart (a report of Friday's bombing "said Saturday" is no contradiction),
/// or magnitudes with none in common. (A count that grows as news comes in, a death toll,
/// is no contradiction, and is not read.)
fn contradict(a: &Facts, b: &Facts) -> bool {
    // Each weekday with the days either side of it, Sunday next to Monday.
    let around = |days: u8| days | days << 1 | days >> 1 | (days & 1) << 6 | (days >> 6 & 1);
    let days = a.weekdays != 0 && b.weekdays != 0 && around(a.weekdays) & b.weekdays & 0x7f == 0;
    let magnitudes =
        !a.magnitudes.is_empty() && !b.magnitudes.is_empty() && !intersects(&a.magnitudes, &b.magnitudes);
    days || magnitudes
}

/// Facts that both give alike: a weekday, or a magnitude.
fn corroborate(a: &Facts, b: &Facts) -> bool {
    a.weekdays & b.weekdays != 0 || intersects(&a.magnitudes, &b.magnitudes)
}

/// One line for the event page: why `a` joined the event of `b`, in words a reader
/// follows: outlets and headlines, the names both give, the facts they agree on.
fn explain(
    corpus: &Corpus,
    index: &EntityIndex,
    profiles: &[Profile<'_>],
    a: ArticleIx,
    b: ArticleIx,
    l: &Link,
) -> String {
    let name = |x: ArticleIx| {
        let article = &corpus.articles[x];
        let source =
            corpus.registries.sources.get(&article.source).map_or(article.source.as_str(), |s| &s.name);
        let mut title: String = article.title.chars().take(70).collect();
        if title.len() < article.title.len() {
            title.push('…');
        }
        format!("{source}'s “{title}”")
    };
    let (pa, pb) = (&profiles[a], &profiles[b]);
    let mut names: Vec<String> = intersection(&pa.participants, &pb.participants)
        .into_iter()
        .map(|e| index.get(e).name.clone())
        .collect();
    if names.is_empty() {
        // The names both texts write, rarest first.
        let mut shared: Vec<&String> =
            pa.text.names.iter().filter(|n| pb.text.names.binary_search(n).is_ok()).collect();
        let weight = |n: &String| {
            let h = crate::text::hash(n);
            pa.text_names.binary_search_by_key(&h, |(k, _)| *k).map_or(0.0, |i| pa.text_names[i].1)
        };
        shared.sort_by_cached_key(|n| (std::cmp::Reverse(weight(n).to_bits()), n.as_str()));
        names = shared.into_iter().take(4).map(|n| capitalised(n)).collect();
    }
    let who = if names.is_empty() { "no name in common".to_owned() } else { names.join(", ") };
    let when = match l.days {
        0 => "the same day".to_owned(),
        1 => "a day apart".to_owned(),
        d => format!("{d} days apart"),
    };
    let what = if l.same_language {
        format!("{:.0}% similar wording", l.similarity * 100.0)
    } else {
        format!("{:.0}% of their names, places and numbers in common across languages", l.similarity * 100.0)
    };
    let agreed = agreed_facts(pa.text, pb.text);
    format!("{} joined {}: both name {who}{agreed}; published {when}; {what}.", name(a), name(b))
}

/// "; both give Tuesday and magnitude 5.8", or nothing.
fn agreed_facts(a: &Facts, b: &Facts) -> String {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let mut facts: Vec<String> =
        (0..7).filter(|d| a.weekdays & b.weekdays & (1 << d) != 0).map(|d| DAYS[d].to_owned()).collect();
    facts.extend(
        a.magnitudes
            .iter()
            .filter(|m| b.magnitudes.contains(m))
            .map(|m| format!("magnitude {}.{}", m / 10, m % 10)),
    );
    if facts.is_empty() { String::new() } else { format!("; both give {}", facts.join(" and ")) }
}

/// A folded name for reading: "korvan" as "Korvan".
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn profiles<'c>(corpus: &'c Corpus, readings: &'c [Arc<Reading>], index: &EntityIndex) -> Vec<Profile<'c>> {
    // Document frequency of each term, per language, keyed by the language's number and
    // the term: a hash of two integers, not of a string, for each of millions of terms.
    let mut languages: BTreeMap<&str, (u64, u32)> = BTreeMap::new();
    for a in &corpus.articles {
        let next = languages.len() as u64;
        languages.entry(a.language.as_str()).or_insert((next, 0)).1 += 1;
    }
    let key = |lang: u64, t: u32| lang << 32 | u64::from(t);
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
    // Document frequency of each name the texts write, by its hash.
    let mut name_df: FxHashMap<u64, u32> = FxHashMap::default();
    for (a, r) in readings.iter().enumerate() {
        let lang = languages[corpus.articles[a].language.as_str()].0;
        for (t, _) in &r.terms {
            *df.entry(key(lang, *t)).or_default() += 1;
        }
        for n in &r.facts.names {
            *name_df.entry(crate::text::hash(n)).or_default() += 1;
        }
    }
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
            let n = f64::from(docs);
            let mut weighted: Vec<(u64, f64)> = r
                .terms
                .iter()
                .map(|&(t, tf)| {
                    let idf = (1.0 + n / f64::from(df[&key(lang_ix, t)])).ln();
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
            let mut keys: Vec<u64> = weighted.iter().take(KEY_TERMS).map(|(t, _)| *t).collect();
            let mut vector: Vec<(u64, f64)> = weighted.into_iter().map(|(t, w)| (t, w / norm)).collect();
            vector.sort_by_key(|(t, _)| *t);
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
                keys,
            }
        })
        .collect()
}

/// Weighted Jaccard index of two weighted sets sorted by key: the weight both hold over
/// the weight either holds.
fn weighted_jaccard(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    let total: f64 = a.iter().chain(b).map(|(_, w)| w).sum();
    let both = dot_keys(a, b);
    if total <= both { 0.0 } else { both / (total - both) }
}

/// The weight of the keys `a` and `b` share (each key's weight in `a`).
fn dot_keys(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    shared_sum(a, b, |x, _| x)
}

fn dot(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    shared_sum(a, b, |x, y| x * y)
}

/// The sum of `f(weight in a, weight in b)` over the keys two key-sorted lists share.
fn shared_sum(a: &[(u64, f64)], b: &[(u64, f64)], f: impl Fn(f64, f64) -> f64) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += f(a[i].1, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn intersection(a: &[EntityIx], b: &[EntityIx]) -> Vec<EntityIx> {
    a.iter().copied().filter(|x| b.binary_search(x).is_ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_vectors_and_sets_are_compared_on_common_keys() {
        assert!((dot(&[(1, 0.6), (3, 0.8)], &[(3, 1.0), (4, 1.0)]) - 0.8).abs() < 1e-12);
        assert_eq!(intersection(&[1, 2, 3], &[2, 3, 4]), [2, 3]);
        // A rare name shared (weight 3) says more than a common one (weight 1).
        let (a, b) = ([(1, 3.0), (2, 1.0)], [(1, 3.0), (3, 1.0)]);
        assert!((weighted_jaccard(&a, &b) - 0.6).abs() < 1e-12);
        let (c, d) = ([(1, 1.0), (2, 3.0)], [(1, 1.0), (3, 3.0)]);
        assert!((weighted_jaccard(&c, &d) - 1.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn weekdays_a_day_apart_agree_and_further_ones_contradict() {
        let days = |bits: u8| Facts { weekdays: bits, ..Facts::default() };
        // Friday's bombing "said Saturday"; Sunday and Monday are a day apart too.
        assert!(!contradict(&days(1 << 4), &days(1 << 5)));
        assert!(!contradict(&days(1 << 6), &days(1)));
        assert!(contradict(&days(1 << 1), &days(1 << 4)));
        assert!(!contradict(&days(0), &days(1 << 4)), "a report giving no day contradicts none");
        let quake = |m: u16| Facts { magnitudes: vec![m], ..Facts::default() };
        assert!(contradict(&quake(58), &quake(49)));
        assert!(!contradict(&quake(58), &quake(58)));
    }
}
