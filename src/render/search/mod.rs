//! The site's search index: made at build time, loaded by the browser in pieces.
//!
//! One index for a newsroom's years of clippings would be tens of megabytes (mdBook's is
//! 130 MB at 10,000 chapters), so it is cut up:
//!
//! - `search/index.json`, the manifest: the number of documents and the term prefix each
//!   shard covers;
//! - `search/t/<n>.json`, the shards: folded terms starting with the shard's prefix, each
//!   with its postings (document, weight), documents delta-encoded; a prefix whose terms
//!   would pass [`SHARD_BYTES`] is split by one more letter;
//! - `search/d/<n>.json`, the documents (people first, then by date: see [`items`]) in
//!   chunks of [`CHUNK_DOCS`]: kind, title, path, snippet, outlet and day, language.
//!
//! A query loads the manifest, the shard of each of its words and the chunks of the top
//! results: a few tens of kilobytes whatever the size of the corpus. Terms are folded
//! exactly as the analysis folds them (case, Arabic and Persian letter forms, marks,
//! ZWNJ, Eastern digits); `assets/search.js` folds queries the same way.

mod postings;

use std::borrow::Cow;

use postings::List;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::links::Address;
use super::views::{Ctx, dir};
use crate::corpus::{EntityKind, long_date};
use crate::interner::Interner;
use crate::output::Sink;
use crate::text::{each_word, is_stopword};

/// Documents per chunk file.
const CHUNK_DOCS: usize = 16;
/// A shard is split by a longer prefix when its terms pass this size.
const SHARD_BYTES: usize = 48 * 1024;
/// Prefixes stop growing here; a bigger shard is left whole.
const MAX_PREFIX: usize = 6;
/// Weight of a word in a title against one in the text.
const TITLE_WEIGHT: u32 = 5;
/// Characters of text kept as a result's snippet.
const SNIPPET: usize = 180;

/// What sets a document's pieces apart in its snippet.
const PIECES: &str = " · ";

/// A searchable document, by its number in the analysis. A corpus has a million of them
/// (its quotes are documents too), so what each holds is made when it is read: [`Doc`]
/// for the terms, [`place`] for the chunk file.
#[derive(Clone, Copy)]
enum Item {
    Event(usize),
    Person(usize),
    Article(usize),
    Quote(usize),
}

/// What of a document is searched and shown.
struct Doc<'a> {
    kind: &'static str,
    title: &'a str,
    lang: &'a str,
    /// The text searched besides the title, in pieces.
    body: Vec<Cow<'a, str>>,
}

/// What a chunk file holds per document.
#[derive(Serialize)]
struct DocEntry<'a>(&'a str, &'a str, String, String, String, &'a str, &'static str);

/// Term to postings.
type Postings = FxHashMap<Box<str>, List>;

/// Writes the index's files into `sink`, each as soon as it is made (shards and chunks in
/// parallel); the paths that could not be written, with why.
pub(super) fn write(c: &Ctx<'_>, sink: &dyn Sink) -> Vec<String> {
    let docs = items(c);
    let mut terms: Vec<Term> = postings(c, &docs).into_iter().collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let shards = shards(&terms);
    let put = |path: String, bytes: Vec<u8>| sink.put(&path, bytes).err();
    let mut failed: Vec<String> = shards
        .par_iter()
        .enumerate()
        .filter_map(|(n, (_, range))| put(format!("search/t/{n}.json"), shard(&terms[range.clone()])))
        .collect();
    drop(terms);
    failed.par_extend(docs.par_chunks(CHUNK_DOCS).enumerate().filter_map(|(n, chunk)| {
        let entries: Vec<DocEntry<'_>> = chunk
            .iter()
            .map(|&item| {
                let d = doc(c, item);
                let (path, meta) = place(c, item);
                DocEntry(d.kind, d.title, path, snippet(&d.body), meta, d.lang, dir(d.lang))
            })
            .collect();
        put(format!("search/d/{n}.json"), serde_json::to_vec(&entries).unwrap_or_default())
    }));
    let prefixes: Vec<&str> = shards.iter().map(|(p, _)| p.as_str()).collect();
    let manifest = serde_json::json!({
        "version": 1,
        "docs": docs.len(),
        "chunk": CHUNK_DOCS,
        "shards": prefixes,
        "stopwords": crate::text::stopwords(),
        "letters": crate::text::arabic_folds()
            .into_iter()
            .map(|(c, f)| (c.to_string(), f.to_string()))
            .collect::<std::collections::BTreeMap<_, _>>(),
    });
    failed.extend(put("search/index.json".to_owned(), manifest.to_string().into_bytes()));
    failed
}

/// A shard file: its terms with their postings.
fn shard(terms: &[Term]) -> Vec<u8> {
    let mut json = Vec::with_capacity(terms.iter().map(|(t, p)| t.len() + 6 + p.len() * 6).sum());
    json.push(b'{');
    for (i, (term, list)) in terms.iter().enumerate() {
        if i > 0 {
            json.push(b',');
        }
        // Writing into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut json, term);
        json.extend_from_slice(b":[");
        encode(list, &mut json);
        json.push(b']');
    }
    json.push(b'}');
    json
}

/// People, then events, articles and quotes by date (events, then articles, then quotes
/// within a day, each in the analysis's order). A clipping newer than the rest, the usual
/// addition, then numbers its documents after every other: the chunks and the postings of
/// the documents there were stay as they were, and so do their files.
fn items(c: &Ctx<'_>) -> Vec<Item> {
    let a = c.analysis;
    let people = (0..a.index.entities.len()).filter(|&ix| a.index.get(ix).kind == EntityKind::Person);
    let day = |article: usize| c.corpus.articles[article].published.date;
    let mut dated: Vec<(chrono::NaiveDate, u8, usize, Item)> = Vec::new();
    dated.extend(a.events.iter().enumerate().map(|(e, event)| (event.start, 0, e, Item::Event(e))));
    dated.extend((0..c.corpus.articles.len()).map(|i| (day(i), 1, i, Item::Article(i))));
    dated.extend(a.quotes.iter().enumerate().map(|(q, quote)| (day(quote.article), 2, q, Item::Quote(q))));
    dated.sort_unstable_by_key(|&(date, kind, n, _)| (date, kind, n));
    people.map(Item::Person).chain(dated.into_iter().map(|(.., item)| item)).collect()
}

/// What of `item` is searched and shown.
fn doc<'a>(c: &Ctx<'a>, item: Item) -> Doc<'a> {
    let a = c.analysis;
    match item {
        Item::Event(e) => {
            let e = &a.events[e];
            let body = e.summary.as_deref().map(Cow::Borrowed).into_iter().collect();
            Doc { kind: "event", title: &e.title, lang: &e.title_language, body }
        }
        Item::Person(ix) => {
            let e = a.index.get(ix);
            let mut body: Vec<Cow<'_, str>> = e.role.as_deref().map(Cow::Borrowed).into_iter().collect();
            body.extend(e.aliases.iter().map(|a| Cow::Borrowed(a.as_str())));
            Doc { kind: "person", title: &e.name, lang: c.language, body }
        }
        Item::Article(i) => {
            let article = &c.corpus.articles[i];
            // The text the site shows, and no more: an index is as public as the pages.
            // The paragraphs in one piece, set apart as the snippet sets pieces apart.
            let texts = article.doc.texts();
            let shown: Vec<&str> =
                texts.iter().enumerate().filter(|&(p, _)| c.shown.paragraph(i, p)).map(|(_, t)| t).collect();
            let body = vec![Cow::Owned(shown.join(PIECES))];
            Doc { kind: "article", title: &article.title, lang: &article.language, body }
        }
        Item::Quote(q) => {
            let q = &a.quotes[q];
            let speaker = q.found.speaker.as_ref().map_or("(unattributed)", |s| s.name.as_str());
            let lang = &c.corpus.articles[q.article].language;
            Doc { kind: "quote", title: speaker, lang, body: vec![Cow::Borrowed(&q.found.text)] }
        }
    }
}

/// Where `item`'s page is, and what a hit shows under its title: the outlet and the day,
/// as the pages write them.
fn place(c: &Ctx<'_>, item: Item) -> (String, String) {
    let a = c.analysis;
    match item {
        Item::Event(e) => (Address::Event(a.events[e].id.as_str()).dir(), long_date(a.events[e].start)),
        Item::Person(ix) => (Address::Person(a.index.get(ix).id.as_str()).dir(), String::new()),
        Item::Article(i) => {
            let article = &c.corpus.articles[i];
            (Address::Article(article.id.as_str()).dir(), outlet_and_day(c, article))
        }
        Item::Quote(q) => {
            let q = &a.quotes[q];
            let article = &c.corpus.articles[q.article];
            let anchor = c.anchor(q.article, q.found.paragraph);
            let page = Address::Article(article.id.as_str()).dir();
            let path = if anchor == "main" { page } else { format!("{page}#{anchor}") };
            (path, outlet_and_day(c, article))
        }
    }
}

/// "NourNews · 24 October 2023".
fn outlet_and_day(c: &Ctx<'_>, article: &crate::corpus::Article) -> String {
    format!("{} · {}", c.source_name(article.source.as_str()), long_date(article.published.date))
}

/// Every term's postings, made in parallel by runs of documents and merged in order.
fn postings(c: &Ctx<'_>, docs: &[Item]) -> Postings {
    const RUN: usize = 2048;
    docs.par_chunks(RUN)
        .enumerate()
        .map(|(run, chunk)| {
            let mut out = Run::default();
            for (i, &item) in chunk.iter().enumerate() {
                let n = (run * RUN + i) as u32;
                let d = doc(c, item);
                each_word(d.title, |w| out.add(w, n, TITLE_WEIGHT));
                for piece in &d.body {
                    each_word(piece, |w| out.add(w, n, 1));
                }
            }
            out.postings()
        })
        .reduce(Postings::default, |mut left, right| {
            for (term, list) in right {
                left.entry(term).or_default().append(list);
            }
            left
        })
}

/// The postings of a run of documents, each word stored once and known by its number.
#[derive(Default)]
struct Run {
    words: Interner,
    /// By word number: the word's postings, or `None` for a word the index leaves out (a
    /// stopword, a single letter), decided when the run first meets the word.
    lists: Vec<Option<List>>,
}

impl Run {
    /// Counts `word` in document `doc` (documents come in order) with `weight`.
    fn add(&mut self, word: &str, doc: u32, weight: u32) {
        let n = self.words.number(word) as usize;
        if n == self.lists.len() {
            let term = word.chars().nth(1).is_some() && !is_stopword(word);
            self.lists.push(term.then(List::default));
        }
        if let Some(list) = &mut self.lists[n] {
            list.add(doc, weight);
        }
    }

    fn postings(mut self) -> Postings {
        let lists = &mut self.lists;
        self.words.into_numbered().filter_map(|(word, n)| Some((word, lists[n as usize].take()?))).collect()
    }
}

/// Postings as `doc delta, weight, doc delta, weight...`.
fn encode(postings: &List, out: &mut Vec<u8>) {
    let mut number = itoa::Buffer::new();
    for (i, (delta, weight)) in postings.pairs().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(number.format(delta).as_bytes());
        out.push(b',');
        out.extend_from_slice(number.format(weight).as_bytes());
    }
}

type Term = (Box<str>, List);

/// Cuts the sorted terms into shards by prefix: `(prefix, range of terms)`.
fn shards(terms: &[Term]) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    split(terms, 0, 1, &mut out);
    out
}

fn split(terms: &[Term], offset: usize, len: usize, out: &mut Vec<(String, std::ops::Range<usize>)>) {
    let prefix = |t: &str| -> String { t.chars().take(len).collect() };
    // What a term takes in its shard, about: the term, then ~5 bytes a posting.
    let size = |(t, p): &Term| t.len() + 6 + p.len() * 5;
    let mut start = 0;
    while start < terms.len() {
        let p = prefix(&terms[start].0);
        let end = start + terms[start..].iter().take_while(|(t, _)| prefix(t) == p).count();
        let bytes: usize = terms[start..end].iter().map(size).sum();
        let longer = terms[start..end].iter().any(|(t, _)| t.chars().count() > len);
        if bytes > SHARD_BYTES && len < MAX_PREFIX && longer {
            split(&terms[start..end], offset + start, len + 1, out);
        } else {
            out.push((p, offset + start..offset + end));
        }
        start = end;
    }
}

/// The start of a text, cut at a word.
fn snippet(pieces: &[Cow<'_, str>]) -> String {
    let mut text = String::new();
    for p in pieces {
        if text.len() > SNIPPET * 4 {
            break;
        }
        if !text.is_empty() {
            text.push_str(PIECES);
        }
        text.push_str(p);
    }
    if text.chars().count() <= SNIPPET {
        return text;
    }
    let cut: String = text.chars().take(SNIPPET).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(pairs: impl IntoIterator<Item = (u32, u32)>) -> List {
        let mut l = List::default();
        for (doc, weight) in pairs {
            l.add(doc, weight);
        }
        l
    }

    #[test]
    fn big_prefixes_are_split_and_every_term_lands_in_one_shard() {
        let long = list((0..4000).map(|d| (d, 1)));
        let terms: Vec<Term> =
            ["ra", "rafah", "rami"].iter().map(|t| (Box::from(*t), long.clone())).collect();
        let terms = [terms, vec![(Box::from("zed"), list([(0, 1)]))]].concat();
        let shards = shards(&terms);
        let prefixes: Vec<&str> = shards.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(prefixes, ["ra", "raf", "ram", "z"]);
        let covered: usize = shards.iter().map(|(_, r)| r.len()).sum();
        assert_eq!(covered, terms.len());
    }

    #[test]
    fn postings_are_delta_encoded() {
        let mut out = Vec::new();
        encode(&list([(3, 1), (10, 5), (11, 1)]), &mut out);
        assert_eq!(out, b"3,1,7,5,1,1");
    }
}
