//! Finding known phrases (aliases, roles, lexicon terms) in folded text.
//!
//! Phrases are stored by their compact folded form in a character trie, and matched
//! against runs of whole words with the separators between them ignored. So the alias
//! `Amirabdollahian` finds `Amir-Abdollahian` and `Amir Abdollahian`, and `زیاد نخاله` finds
//! `زیادنخاله`, but `Gaza` never matches inside `Gazan`. Matches are leftmost-longest and do
//! not overlap. A walk stops as soon as the trie has no branch for the next character, so
//! matching costs about one step per character whatever the number of phrases.

use std::ops::Range;

use super::fold::{Folded, compact};

/// Characters below this have their root child in a table.
const ROOT_TABLE: usize = 0x700;
/// No child.
const NONE: u32 = u32::MAX;

/// A set of phrases, each carrying values of type `V`.
#[derive(Clone, Debug)]
pub struct PhraseMatcher<V> {
    nodes: Vec<Node<V>>,
    /// The root's children by character, for the Latin and Arabic blocks (every walk
    /// starts at the root, most of them end there).
    root: Box<[u32; ROOT_TABLE]>,
    /// The most words any phrase was written with, plus slack for split spellings.
    max_words: usize,
}

#[derive(Clone, Debug)]
struct Node<V> {
    /// Children sorted by character.
    children: Vec<(char, u32)>,
    /// Values of the phrases ending here.
    entries: Vec<Entry<V>>,
}

impl<V> Node<V> {
    fn new() -> Node<V> {
        Node { children: Vec::new(), entries: Vec::new() }
    }
}

#[derive(Clone, Debug)]
struct Entry<V> {
    value: V,
    /// When set, the matched original text must have these letters in this case
    /// (an alias written in capitals, such as `US`, must not match the word `us`).
    exact: Option<String>,
}

/// A phrase found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match<'m, V> {
    /// The words matched, as indexes into [`Folded::words`].
    pub words: Range<usize>,
    /// The values of the phrase.
    pub values: Vec<&'m V>,
}

impl<V> Default for PhraseMatcher<V> {
    fn default() -> Self {
        PhraseMatcher { nodes: vec![Node::new()], root: Box::new([NONE; ROOT_TABLE]), max_words: 0 }
    }
}

impl<V> PhraseMatcher<V> {
    /// Adds `phrase` with `value`. A phrase written all in capitals (two letters or more)
    /// only matches text in capitals. Phrases with no letters or digits are ignored.
    pub fn insert(&mut self, phrase: &str, value: V) {
        let key = compact(phrase);
        if key.is_empty() {
            return;
        }
        let mut node = 0u32;
        for c in key.chars() {
            node = self.child_or_insert(node, c);
        }
        let letters: String = phrase.chars().filter(|c| c.is_alphanumeric()).collect();
        let is_acronym = letters.chars().count() >= 2
            && letters.chars().any(char::is_uppercase)
            && !letters.chars().any(char::is_lowercase);
        let words = Folded::new(phrase).len();
        // A phrase written as one word may appear split in two ("Amirabdollahian").
        self.max_words = self.max_words.max(words + 2);
        self.nodes[node as usize].entries.push(Entry { value, exact: is_acronym.then_some(letters) });
    }

    fn child_or_insert(&mut self, node: u32, c: char) -> u32 {
        let children = &self.nodes[node as usize].children;
        match children.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => children[i].1,
            Err(i) => {
                let id = self.nodes.len() as u32;
                self.nodes.push(Node::new());
                self.nodes[node as usize].children.insert(i, (c, id));
                if node == 0 && (c as usize) < ROOT_TABLE {
                    self.root[c as usize] = id;
                }
                id
            }
        }
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        if node == 0 && (c as usize) < ROOT_TABLE {
            let child = self.root[c as usize];
            return (child != NONE).then_some(child);
        }
        let children = &self.nodes[node as usize].children;
        children.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| children[i].1)
    }

    /// Every phrase in `folded`, leftmost-longest, not overlapping. `original` is the text
    /// `folded` was made from, to check phrases that must match in capitals.
    pub fn find_all<'m>(&'m self, folded: &Folded, original: &str) -> Vec<Match<'m, V>> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < folded.len() {
            match self.longest_at(folded, original, i) {
                Some(m) => {
                    i = m.words.end;
                    found.push(m);
                }
                None => i += 1,
            }
        }
        found
    }

    /// The longest phrase starting at word `start`, if any.
    pub fn longest_at<'m>(&'m self, folded: &Folded, original: &str, start: usize) -> Option<Match<'m, V>> {
        let mut node = 0u32;
        let mut best = None;
        let end = folded.len().min(start + self.max_words);
        'words: for w in start..end {
            for c in folded.word(w).chars() {
                match self.child(node, c) {
                    Some(next) => node = next,
                    None => break 'words,
                }
            }
            let entries = &self.nodes[node as usize].entries;
            if !entries.is_empty() {
                let span = folded.words[start].original.start..folded.words[w].original.end;
                let values: Vec<&V> = entries
                    .iter()
                    .filter(|e| e.exact.as_deref().is_none_or(|x| letters_equal(&original[span.clone()], x)))
                    .map(|e| &e.value)
                    .collect();
                if !values.is_empty() {
                    best = Some(Match { words: start..w + 1, values });
                }
            }
        }
        best
    }
}

fn letters_equal(text: &str, letters: &str) -> bool {
    text.chars().filter(|c| c.is_alphanumeric()).eq(letters.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(m: &PhraseMatcher<&'static str>, text: &str) -> Vec<(String, Vec<&'static str>)> {
        let folded = Folded::new(text);
        m.find_all(&folded, text)
            .into_iter()
            .map(|x| {
                let span =
                    folded.words[x.words.start].original.start..folded.words[x.words.end - 1].original.end;
                (text[span].to_owned(), x.values.into_iter().copied().collect())
            })
            .collect()
    }

    #[test]
    fn aliases_match_across_hyphens_spaces_and_case() {
        let mut m = PhraseMatcher::default();
        m.insert("Amirabdollahian", "aa");
        let text = "Amir-Abdollahian met AMIR ABDOLLAHIAN and Amir- Abdollahian’s aide";
        let hits: Vec<String> = find(&m, text).into_iter().map(|h| h.0).collect();
        assert_eq!(hits, ["Amir-Abdollahian", "AMIR ABDOLLAHIAN", "Amir- Abdollahian"]);
    }

    #[test]
    fn longest_phrase_wins_and_whole_words_only() {
        let mut m = PhraseMatcher::default();
        m.insert("Gaza", "gaza");
        m.insert("Gaza Strip", "strip");
        let hits = find(&m, "The Gaza Strip, Gazan families, Gaza.");
        assert_eq!(hits, [("Gaza Strip".to_owned(), vec!["strip"]), ("Gaza".to_owned(), vec!["gaza"])]);
    }

    #[test]
    fn capitalised_acronyms_match_only_in_capitals() {
        let mut m = PhraseMatcher::default();
        m.insert("US", "us");
        let hits: Vec<String> = find(&m, "the US told us about the U.S.").into_iter().map(|h| h.0).collect();
        assert_eq!(hits, ["US", "U.S"]);
    }

    #[test]
    fn persian_aliases_match_whatever_the_spelling_variant() {
        let mut m = PhraseMatcher::default();
        m.insert("زیاد نخاله", "nakhalah");
        m.insert("امیرعبداللهیان", "aa");
        let text = "زياد نخالة و امیر عبداللهیان";
        let hits: Vec<Vec<&str>> = find(&m, text).into_iter().map(|h| h.1).collect();
        assert_eq!(hits, [vec!["nakhalah"], vec!["aa"]]);
    }

    #[test]
    fn a_phrase_shared_by_two_values_returns_both() {
        let mut m = PhraseMatcher::default();
        m.insert("Ali", "a");
        m.insert("ali", "b");
        assert_eq!(find(&m, "Ali")[0].1, ["a", "b"]);
    }
}
