//! The longest order-keeping matching of two sequences: which paragraphs of a translation
//! correspond to which of the original, and which quotes of two reports say the same thing
//! in the same order. Both ask the same question of different pairs, so the dynamic
//! programme is written once.

/// The longest list of pairs `(i, j)`, increasing in both, with `fits(&a[i], &b[j])`
/// (ties broken the same way every time: when either may be left out, `a[i]` is).
pub(crate) fn matching<A, B>(a: &[A], b: &[B], fits: impl Fn(&A, &B) -> bool) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    // best[i][j]: the longest matching of a[i..] and b[j..].
    let mut best = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let take = if fits(&a[i], &b[j]) { best[i + 1][j + 1] + 1 } else { 0 };
            best[i][j] = take.max(best[i + 1][j]).max(best[i][j + 1]);
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if fits(&a[i], &b[j]) && best[i][j] == best[i + 1][j + 1] + 1 {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if best[i + 1][j] >= best[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_matching_keeps_the_order_of_both() {
        // 1 fits 1, 2 fits 2, 3 fits 3, but 3 comes before 2 in `b`: 1 and 3, or 1 and 2.
        let pairs = matching(&[1, 2, 3], &[1, 3, 2], |x, y| x == y);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0], (0, 0));
        assert!(pairs.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        assert!(matching(&[1, 2], &[3], |x: &i32, y: &i32| x == y).is_empty());
    }
}
