//! After placing articles in order: joining two events that many links bridge, and
//! telling each event which one the facts kept it apart from.

use super::*;

impl Clusters {
    /// Joins two events found automatically when at least [`MERGE`] of the pairs of
    /// their reports in one language are linked above the bar: articles placed in order
    /// can start a second event for a happening before the reports that bridge the two
    /// come in. The pair of events most linked goes first, and the counting starts again.
    pub(super) fn merge(
        &mut self,
        links: &[Vec<(ArticleIx, Link)>],
        explain: impl Fn(ArticleIx, ArticleIx, &Link) -> String,
    ) {
        loop {
            let mut group_of: FxHashMap<ArticleIx, usize> = FxHashMap::default();
            for (g, (pin, members, _)) in self.groups.iter().enumerate() {
                if pin.is_none() {
                    group_of.extend(members.iter().map(|&m| (m, g)));
                }
            }
            // Per pair of events, how many links above the bar join them, and the strongest.
            let mut between: BTreeMap<(usize, usize), (usize, ArticleIx, ArticleIx, &Link)> = BTreeMap::new();
            for (a, found) in links.iter().enumerate() {
                let Some(&ga) = group_of.get(&a) else { continue };
                for (b, l) in
                    found.iter().filter(|(_, l)| l.same_language && !l.kept_apart && l.strength >= 1.0)
                {
                    let Some(&gb) = group_of.get(b).filter(|&&gb| gb != ga) else { continue };
                    let e = between.entry((ga.min(gb), ga.max(gb))).or_insert((0, a, *b, l));
                    e.0 += 1;
                    if l.strength > e.3.strength {
                        (e.1, e.2, e.3) = (a, *b, l);
                    }
                }
            }
            let size = |g: usize| self.groups[g].1.len() as f64;
            let mut joins: Vec<_> = between
                .iter()
                .map(|(&(x, y), &(n, a, b, l))| (n as f64 / (size(x) * size(y)), x, y, a, b, l.clone()))
                .filter(|m| m.0 >= MERGE)
                .collect();
            if joins.is_empty() {
                self.groups.retain(|(_, members, _)| !members.is_empty());
                // An article that nearly joined the event it is now in missed nothing.
                self.near
                    .retain(|n| group_of.get(&n.article).is_none_or(|g| group_of.get(&n.other) != Some(g)));
                return;
            }
            // The most linked pairs first; an event joined in this round waits for the next,
            // where its links are counted again.
            joins.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
            let mut touched = vec![false; self.groups.len()];
            for (_, x, y, a, b, l) in joins {
                if touched[x] || touched[y] {
                    continue;
                }
                (touched[x], touched[y]) = (true, true);
                let (_, members, reasons) = std::mem::take(&mut self.groups[y]);
                let group = &mut self.groups[x];
                group.1.extend(members);
                group.2.extend(reasons);
                group.2.push(explain(a, b, &l));
            }
        }
    }

    /// Tells each event which event it was kept apart from, once per pair of events: the
    /// facts of two reports that would otherwise have joined.
    pub(super) fn say_kept_apart(
        &mut self,
        links: &[Vec<(ArticleIx, Link)>],
        explain: impl Fn(ArticleIx, ArticleIx, &Link) -> String,
    ) {
        let mut group_of = vec![usize::MAX; links.len()];
        for (g, (_, members, _)) in self.groups.iter().enumerate() {
            members.iter().for_each(|&m| group_of[m] = g);
        }
        let mut said = std::collections::BTreeSet::new();
        for (a, found) in links.iter().enumerate() {
            for (b, l) in found.iter().filter(|(_, l)| l.kept_apart) {
                let (ga, gb) = (group_of[a], group_of[*b]);
                if ga != gb && said.insert((ga.min(gb), ga.max(gb))) {
                    let line = explain(a, *b, l);
                    self.groups[ga].2.push(line.clone());
                    self.groups[gb].2.push(line);
                }
            }
        }
    }
}
