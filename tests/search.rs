//! The search index of the sample site, read the way `assets/search.js` reads it: the
//! manifest, the shard a word's longest prefix selects, the chunks holding the documents.

mod common;

use std::collections::BTreeSet;

use common::Fixture;
use serde_json::Value;

struct Index<'f> {
    f: &'f Fixture,
    manifest: Value,
}

impl Index<'_> {
    fn json(&self, path: &str) -> Value {
        serde_json::from_str(&self.f.read(&format!("public/search/{path}"))).unwrap()
    }

    fn shard_of(&self, term: &str) -> usize {
        let shards = self.manifest["shards"].as_array().unwrap();
        let (n, _) = shards
            .iter()
            .enumerate()
            .filter(|(_, p)| term.starts_with(p.as_str().unwrap()))
            .max_by_key(|(_, p)| p.as_str().unwrap().len())
            .expect("a shard");
        n
    }

    /// The paths of the documents holding `term`.
    fn find(&self, term: &str) -> BTreeSet<String> {
        let shard = self.json(&format!("t/{}.json", self.shard_of(term)));
        let chunk = self.manifest["chunk"].as_u64().unwrap();
        let Some(list) = shard[term].as_array() else { return BTreeSet::new() };
        let mut doc = 0;
        let mut paths = BTreeSet::new();
        for pair in list.chunks(2) {
            doc += pair[0].as_u64().unwrap();
            let docs = self.json(&format!("d/{}.json", doc / chunk));
            paths.insert(docs[(doc % chunk) as usize][2].as_str().unwrap().to_owned());
        }
        paths
    }
}

#[test]
fn rafah_and_its_persian_name_lead_to_the_articles_that_mention_them() {
    let f = Fixture::sample();
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let index = Index { f: &f, manifest: serde_json::from_str(&f.read("public/search/index.json")).unwrap() };

    let rafah = index.find("rafah");
    assert!(rafah.contains("articles/2023-10-24-nournews-fm-calls/"), "{rafah:?}");
    assert!(rafah.contains("articles/2023-10-24-tdi-fm-calls/"), "{rafah:?}");
    // رفح in the Persian report.
    let persian = index.find("رفح");
    assert!(persian.contains("articles/2023-10-24-solhkhabar-fm-calls/"), "{persian:?}");
    assert!(persian.iter().all(|p| p.starts_with("articles/2023-10-24-solhkhabar-fm-calls/")), "{persian:?}");
    // Written with the Arabic yeh (U+064A), the name folds to the Persian spelling.
    let arabic_yeh = mediabrief::text::compact("اسماعيل");
    assert_eq!(arabic_yeh, "اسماعیل");
    assert!(index.find(&arabic_yeh).contains("articles/2023-10-24-solhkhabar-fm-calls/"));
    // People and quotes are documents too.
    assert!(index.find("haniyeh").contains("people/haniyeh/"));
    assert!(index.find("haniyeh").iter().any(|p| p.contains("#p")), "quotes link to their paragraph");
    // Every document is in a chunk.
    let docs = index.manifest["docs"].as_u64().unwrap();
    let chunks = f.snapshot("public/search/d").len() as u64;
    assert_eq!(chunks, docs.div_ceil(index.manifest["chunk"].as_u64().unwrap()));
}

#[test]
fn a_hit_names_its_outlet_and_day_as_the_pages_write_them() {
    let f = Fixture::sample();
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let docs: Vec<Value> = f
        .snapshot("public/search/d")
        .into_iter()
        .flat_map(|(_, bytes)| serde_json::from_slice::<Vec<Value>>(&bytes).unwrap())
        .collect();
    let article =
        docs.iter().find(|d| d[2] == "articles/2023-10-24-nournews-fm-calls/").expect("the article");
    assert_eq!(article[4], "NourNews · 24 October 2023");
    let event = docs.iter().find(|d| d[0] == "event").expect("an event");
    assert!(!event[4].as_str().unwrap().contains('-'), "no ISO date: {event}");
}

#[test]
fn a_clipping_newer_than_the_rest_leaves_the_other_documents_chunks_as_they_were() {
    // Documents are numbered by date, so the newest clipping's come after every other's:
    // the chunk files before the last stay byte for byte (a gh-pages branch, a CDN and
    // the build's staging rewrite only what changed).
    let f = Fixture::sample();
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let before = f.snapshot("public/search/d");
    assert!(before.len() >= 3, "{} chunks", before.len());
    let body = "“The ferry timetable will not change this winter,” said Mara Ellison at the harbour.";
    let added = common::article("Ferry timetable", "diplomatic-insight", "2024-02-06", body);
    f.write("content/articles/2024/2024-02-06-tdi-ferry.md", added);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let after: std::collections::BTreeMap<String, Vec<u8>> =
        f.snapshot("public/search/d").into_iter().collect();
    let last =
        before.iter().map(|(p, _)| p.trim_end_matches(".json").parse::<usize>().unwrap()).max().unwrap();
    for (path, bytes) in &before {
        if path != &format!("{last}.json") {
            assert!(after.get(path) == Some(bytes), "chunk {path} changed");
        }
    }
}
