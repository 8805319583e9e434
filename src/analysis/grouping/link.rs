//! How strongly two articles are linked, and why: shared participants and words, facts
//! that agree or contradict (a day, a count), and the weighted vectors they are compared on.

use super::*;

/// The link between two articles, if they may report one event.
pub(super) fn link(a: &Profile<'_>, b: &Profile<'_>, window: i64) -> Option<Link> {
    let days = (a.date - b.date).num_days().abs();
    let same_language = a.language == b.language;
    // Across languages, names written alike in two scripts are keys too.
    let keyed = intersects(&a.keys, &b.keys) || !same_language && intersects(&a.skeletons, &b.skeletons);
    if days > window || a.assumed || b.assumed || !keyed {
        return None;
    }
    // People and organisations both name.
    let shared = common(&a.participants, &b.participants);
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
        // The registry's cast; without one, the names their texts write, tied across
        // scripts by their consonants.
        let (shared, cast_size) = if a.participants.is_empty() && b.participants.is_empty() {
            (common(&a.skeletons, &b.skeletons), a.skeletons.len().min(b.skeletons.len()))
        } else {
            (shared, a.participants.len().min(b.participants.len()))
        };
        let places = common(&a.places, &b.places);
        if shared < 2 && (shared == 0 || places == 0) {
            return None;
        }
        // The share of the smaller cast both name, and the places and numbers they give:
        // these weigh a little more, for the same leaders meet twice in a week, and what
        // tells the meetings apart across languages is where, and the figures.
        let cast = shared as f64 / cast_size as f64;
        let overlap = 0.45 * cast + 0.55 * jaccard(&a.facts, &b.facts);
        (overlap, overlap / CROSS_LANGUAGE)
    };
    let strength = strength * (1.0 - DECAY_PER_DAY * days as f64);
    // Facts that cannot both be true keep two reports apart, however alike; when they
    // would have joined, the event pages say why they did not.
    let kept_apart = contradict(a.text, b.text);
    if kept_apart && strength < 1.0 {
        return None;
    }
    Some(Link { strength, days, similarity, same_language, kept_apart })
}

/// Facts that cannot both be true of one happening: weekdays given by both with none the
/// same or a day apart (a report of Friday's bombing "said Saturday" is no contradiction),
/// or magnitudes with none in common. Counts never are: a death toll grows as news comes in.
fn contradict(a: &Facts, b: &Facts) -> bool {
    // Each weekday with the days either side of it, Sunday next to Monday.
    let around = |days: u8| days | days << 1 | days >> 1 | (days & 1) << 6 | (days >> 6 & 1);
    let days = a.weekdays != 0 && b.weekdays != 0 && around(a.weekdays) & b.weekdays & 0x7f == 0;
    let magnitudes =
        !a.magnitudes.is_empty() && !b.magnitudes.is_empty() && !intersects(&a.magnitudes, &b.magnitudes);
    days || magnitudes
}

/// Facts that both give alike: a weekday, a magnitude, or a count of the dead, the
/// injured, the arrested or the missing.
fn corroborate(a: &Facts, b: &Facts) -> bool {
    a.weekdays & b.weekdays != 0
        || intersects(&a.magnitudes, &b.magnitudes)
        || intersects(&a.counts, &b.counts)
}

/// One line for the event page: why `a` joined the event of `b`, in words a reader
/// follows: outlets and headlines, the names both give, the facts they agree on; or, for a
/// link [`Link::kept_apart`], the facts that kept them apart.
pub(super) fn explain(
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
    if l.kept_apart {
        return format!(
            "{} was kept apart from {}, though their wording is {:.0}% alike: it gives {}, the other {}; \
             they cannot both be true of one happening.",
            name(a),
            name(b),
            l.similarity * 100.0,
            facts(pa.text.weekdays, &pa.text.magnitudes).join(" and "),
            facts(pb.text.weekdays, &pb.text.magnitudes).join(" and "),
        );
    }
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

/// "; both give Tuesday, magnitude 5.8 and 12 dead", or nothing.
fn agreed_facts(a: &Facts, b: &Facts) -> String {
    let both: Vec<u16> = a.magnitudes.iter().filter(|m| b.magnitudes.contains(m)).copied().collect();
    let mut facts = facts(a.weekdays & b.weekdays, &both);
    let counts = a.counts.iter().filter(|c| b.counts.contains(c));
    facts.extend(counts.map(|&(kind, n)| format!("{n} {}", COUNTED[usize::from(kind)].0)));
    match facts.split_last() {
        None => String::new(),
        Some((last, [])) => format!("; both give {last}"),
        Some((last, rest)) => format!("; both give {} and {last}", rest.join(", ")),
    }
}

/// The weekdays and magnitudes given, in words: "Tuesday", "magnitude 5.8".
fn facts(weekdays: u8, magnitudes: &[u16]) -> Vec<String> {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let days = (0..7).filter(|d| weekdays & (1 << d) != 0).map(|d| DAYS[d].to_owned());
    days.chain(magnitudes.iter().map(|m| format!("magnitude {}.{}", m / 10, m % 10))).collect()
}

/// A folded name for reading: "korvan" as "Korvan".
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
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
    // Without a branch on the keys, which go either way at random: this merge is most of
    // grouping's time in a large corpus. A key not shared adds zero (weights are positive,
    // so the sum is the same to the bit).
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while let (Some(&(x, wx)), Some(&(y, wy))) = (a.get(i), b.get(j)) {
        sum += f(wx, wy) * f64::from(u8::from(x == y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    sum
}

fn intersection(a: &[EntityIx], b: &[EntityIx]) -> Vec<EntityIx> {
    a.iter().copied().filter(|x| b.binary_search(x).is_ok()).collect()
}

/// A name's consonants in Latin letters, the way a name written in Persian or Arabic
/// script (which leaves out short vowels) and its English spelling agree: "Pezeshkian"
/// and "پزشکیان" are both "pzskn", "Nasrallah" and "نصرالله" "nsrl". Vowels and the
/// letters that stand for them in those scripts (y, w, h, v) are left out, digraphs are
/// one letter ("gh" and "q" alike, for "Ghalibaf" and "قالیباف"), doubled letters one.
/// Fewer than three consonants say too little to tie two names.
pub(super) fn skeleton(name: &str) -> Option<String> {
    const DIGRAPHS: [(&str, &str); 8] = [
        ("gh", "g"),
        ("kh", "k"),
        ("sh", "s"),
        ("ch", "c"),
        ("zh", "z"),
        ("th", "t"),
        ("ph", "f"),
        ("dh", "d"),
    ];
    let latin = deunicode::deunicode(name).to_lowercase();
    let latin = DIGRAPHS.iter().fold(latin, |text, (digraph, letter)| text.replace(digraph, letter));
    let mut out = String::new();
    for c in latin.chars().filter(|c| c.is_ascii_alphabetic() && !"aeiouywhv".contains(*c)) {
        let c = if c == 'q' { 'g' } else { c };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    (out.len() >= 3).then_some(out)
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

    #[test]
    fn names_in_two_scripts_share_their_consonants() {
        let same = |a: &str, b: &str| assert_eq!(skeleton(a), skeleton(b), "{a} and {b}");
        same("Pezeshkian", "پزشکیان");
        same("Nasrallah", "نصرالله");
        same("Ghalibaf", "قالیباف");
        same("Tehran", "تهران");
        same("Isfahan", "اصفهان");
        assert_ne!(skeleton("Tehran"), skeleton("Beirut"));
        // Two consonants tie nothing.
        assert_eq!(skeleton("Hamas"), None);
    }
}
