//! Sorted lists without repeats (hashed words, entity numbers), compared by walking both
//! at once: what grouping, quote alignment and repeat detection measure overlap with.

use std::cmp::Ordering;

/// Items `a` and `b` have in common.
pub(crate) fn common<T: Ord>(a: &[T], b: &[T]) -> usize {
    // Without a branch on the order, which goes either way at random (see
    // `grouping::link::shared_sum`).
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// True when `a` and `b` have an item in common.
pub(crate) fn intersects<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => return true,
        }
    }
    false
}

/// Jaccard index: items in common over items in either; 0 for two empty lists.
pub(crate) fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    let c = common(a, b);
    let union = a.len() + b.len() - c;
    if union == 0 { 0.0 } else { c as f64 / union as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_are_counted_on_common_items() {
        assert_eq!(common(&[1, 2, 3], &[2, 3, 4]), 2);
        assert!(intersects(&[1, 5, 9], &[2, 9]));
        assert!(!intersects(&[1, 5], &[2, 9]));
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard::<u64>(&[], &[]), 0.0);
    }
}
