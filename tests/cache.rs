//! The build cache (`--cache`, `.mediabrief-cache/` by default): a build that reuses it
//! writes exactly what a build from nothing writes, and a cache that is damaged, made by
//! another executable or with other registries is ignored, never trusted.

mod common;

use std::fs;

use common::{Fixture, copy_dir};

const CACHE: &str = ".mediabrief-cache/readings.bin";

/// Builds `f` with `--timings` and returns the cache's lines ("cache: 3 of 5 readings and
/// 1 of 4 events reused", "cache: ... ignored (damaged)").
fn build(f: &Fixture, extra: &[&str]) -> Vec<String> {
    let run = f.run(&[&["build", "--quiet", "--timings"], extra].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr.lines().filter(|l| l.starts_with("cache: ")).map(str::to_owned).collect()
}

/// What `f`'s last build wrote: the site and the briefs.
fn outputs(f: &Fixture) -> Vec<(String, Vec<u8>)> {
    let mut all = f.snapshot("public");
    all.extend(f.snapshot("briefs").into_iter().map(|(p, b)| (format!("briefs/{p}"), b)));
    all
}

/// What a build of `f`'s content from nothing writes, in a project of its own.
fn cold(f: &Fixture) -> Vec<(String, Vec<u8>)> {
    let fresh = Fixture::empty();
    copy_dir(&f.path().join("content"), &fresh.path().join("content"));
    fs::copy(f.path().join("book.toml"), fresh.path().join("book.toml")).expect("book.toml");
    assert!(build(&fresh, &["--no-cache"]).is_empty());
    assert!(!fresh.path().join(".mediabrief-cache").exists(), "--no-cache wrote a cache");
    outputs(&fresh)
}

/// Compares file by file, naming the first that differs.
fn assert_same(warm: &[(String, Vec<u8>)], cold: &[(String, Vec<u8>)]) {
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(warm), names(cold));
    for ((path, w), (_, c)) in warm.iter().zip(cold) {
        assert!(w == c, "{path} differs from a build without the cache");
    }
}

const ADDED: &str = "---
title: Iran's foreign minister and Haniyeh speak again by phone
source: tdi
published: 2023-10-25
language: en
---

Iran's Foreign Minister Hossein Amir-Abdollahian spoke by phone with Ismail Haniyeh on
Wednesday, the ministry said in a statement.

\"We will keep pressing for the crossings to open,\" Amir-Abdollahian said after the call.
";

#[test]
fn a_warm_build_after_adding_editing_and_deleting_articles_writes_what_a_cold_one_does() {
    let f = Fixture::sample();
    assert_eq!(
        build(&f, &[]),
        ["cache: ./.mediabrief-cache ignored (none yet)", "cache: 0 of 5 readings and 0 of 3 events reused"]
    );
    // Nothing changed: everything reused, and the cache left as it was.
    let written = fs::metadata(f.path().join(CACHE)).unwrap().modified().unwrap();
    assert_eq!(build(&f, &[]), ["cache: 5 of 5 readings and 3 of 3 events reused"]);
    assert_eq!(fs::metadata(f.path().join(CACHE)).unwrap().modified().unwrap(), written);

    f.write("content/articles/2023/2023-10-25-tdi-fm-haniyeh.md", ADDED);
    let edited = "content/articles/2022/2022-08-03-iranpress-fm-meets-nakhalah.md";
    let text = f.read(edited);
    f.write(edited, format!("{text}\nThe two sides agreed to meet again, the ministry said.\n"));
    fs::remove_file(f.path().join("content/articles/2023/2023-10-24-nournews-fm-calls.md")).unwrap();
    // Five articles: three unchanged, one edited, one new; of the four events, only the
    // one of 2020 has the articles it had.
    assert_eq!(build(&f, &[]), ["cache: 3 of 5 readings and 1 of 4 events reused"]);
    let warm = outputs(&f);
    assert!(
        warm.iter().any(|(p, _)| p.contains("2023-10-25-tdi-fm-haniyeh")),
        "the added article has a page"
    );
    assert_same(&warm, &cold(&f));
    // The cache now holds the edit: a build after it reuses everything.
    assert_eq!(build(&f, &[]), ["cache: 5 of 5 readings and 4 of 4 events reused"]);
    assert_same(&outputs(&f), &cold(&f));
}

#[test]
fn a_damaged_or_foreign_cache_is_ignored_and_replaced() {
    let f = Fixture::sample();
    build(&f, &[]);
    let good = fs::read(f.path().join(CACHE)).unwrap();
    let expected = cold(&f);
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    let mut foreign = good.clone();
    foreign[8] ^= 1; // the executable's identity
    let cases: [(&str, Vec<u8>); 4] = [
        ("damaged", flipped),
        ("damaged", good[..good.len() / 3].to_vec()),
        ("not a mediabrief cache", b"<html>not a cache</html>".to_vec()),
        ("made by another mediabrief", foreign),
    ];
    for (why, bytes) in cases {
        fs::write(f.path().join(CACHE), bytes).unwrap();
        let lines = build(&f, &[]);
        assert!(lines[0].ends_with(&format!("ignored ({why})")), "{lines:?}");
        assert_eq!(lines[1], "cache: 0 of 5 readings and 0 of 3 events reused");
        assert_same(&outputs(&f), &expected);
        // Replaced by a good one.
        assert_eq!(build(&f, &[]), ["cache: 5 of 5 readings and 3 of 3 events reused"]);
    }
}

#[test]
fn readings_made_with_other_registries_or_lexicon_are_not_reused() {
    let f = Fixture::sample();
    build(&f, &[]);
    // A term added to the lexicon is counted in every reading (the sample's reports of
    // 2022 and 2023 write "aggression").
    let lexicon = f.read("content/lexicon.yaml");
    f.write("content/lexicon.yaml", format!("{lexicon}\n- term: aggression\n  variants: [aggression]\n"));
    assert_eq!(build(&f, &[]), ["cache: 0 of 5 readings and 0 of 3 events reused"]);
    assert_same(&outputs(&f), &cold(&f));
}
