//! Pages cut into parts: a list longer than a page holds (a busy month's quote tables, a
//! person's year, every event of the corpus or of a timeline) becomes pages of their own,
//! `…/page/2/`, linked to each other, so no page, nor the memory a build needs to make it,
//! grows with the corpus.

use std::ops::Range;

use serde::Serialize;

use super::links::Address;
use super::views::Ctx;

/// Statements a page lists at most (a row is about half a kilobyte of HTML; 200 rows read
/// well on a phone).
pub(super) const PART_STATEMENTS: usize = 200;

/// Events a list of events holds at most on one page (a line or two each).
pub(super) const PART_EVENTS: usize = 500;

/// Cuts a list of items holding `sizes` rows each (in page order) into parts of at most
/// `most` rows, never cutting an item: each part's items. At least one part, so an empty
/// list still has its page.
pub(super) fn parts(sizes: impl IntoIterator<Item = usize>, most: usize) -> Vec<Range<usize>> {
    let mut parts: Vec<Range<usize>> = Vec::new();
    parts.push(0..0);
    let mut held = 0;
    for (i, size) in sizes.into_iter().enumerate() {
        let last = parts.last_mut().expect("one part at least");
        if held + size > most && last.end > last.start {
            parts.push(i..i + 1);
            held = size;
        } else {
            last.end = i + 1;
            held += size;
        }
    }
    parts
}

/// A link to a part of a page.
#[derive(Serialize)]
pub(super) struct PartLink {
    number: usize,
    url: String,
    current: bool,
}

/// The links between the `parts` parts of `page`, `current` (from 0) the one shown; none
/// for a page in one part.
pub(super) fn part_links(c: &Ctx<'_>, page: Address<'_>, parts: usize, current: usize) -> Vec<PartLink> {
    if parts < 2 {
        return Vec::new();
    }
    (0..parts)
        .map(|n| PartLink {
            number: n + 1,
            url: c.links.url(Address::Part(&page, n + 1)),
            current: n == current,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn parts_hold_at_most_their_rows_and_never_cut_an_item() {
        let empty = parts([], 10);
        assert_eq!((empty.len(), empty[0].is_empty()), (1, true));
        assert_eq!(parts([4, 4, 4], 10), [0..2, 2..3]);
        assert_eq!(parts([10, 1], 10), [0..1, 1..2]);
        // An item larger than a part has a part of its own.
        assert_eq!(parts([3, 25, 3], 10), [0..1, 1..2, 2..3]);
    }
}
