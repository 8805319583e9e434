//! Numbering distinct strings: where many records repeat a few values (the links of a
//! site's pages, the terms of a search index), each value is stored once and the records
//! hold its number.

use rustc_hash::FxHashMap;

/// Distinct strings, numbered from 0 in the order first seen.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    numbers: FxHashMap<Box<str>, u32>,
}

impl Interner {
    /// The number of `value`, given it the first time it is seen.
    pub(crate) fn number(&mut self, value: &str) -> u32 {
        if let Some(&n) = self.numbers.get(value) {
            return n;
        }
        let n = self.numbers.len() as u32;
        self.numbers.insert(value.into(), n);
        n
    }

    /// The number of `value`, if it was seen.
    pub(crate) fn get(&self, value: &str) -> Option<u32> {
        self.numbers.get(value).copied()
    }

    /// The values, by number.
    pub(crate) fn values(&self) -> Vec<&str> {
        let mut values = vec![""; self.numbers.len()];
        for (v, &n) in &self.numbers {
            values[n as usize] = v;
        }
        values
    }

    /// The values with their numbers, in no particular order.
    pub(crate) fn into_numbered(self) -> impl Iterator<Item = (Box<str>, u32)> {
        self.numbers.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_value_is_numbered_once_in_order_first_seen() {
        let mut i = Interner::default();
        let numbers: Vec<u32> = ["b", "a", "b", "c", "a"].iter().map(|v| i.number(v)).collect();
        assert_eq!(numbers, [0, 1, 0, 2, 1]);
        assert_eq!(i.values(), ["b", "a", "c"]);
        assert_eq!((i.get("c"), i.get("d")), (Some(2), None));
    }
}
