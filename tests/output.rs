//! What reaches the disk: the same bytes for the same input, and the previous output
//! untouched when a build fails.

mod common;

use std::fs;

use common::{Fixture, article};

fn build(f: &Fixture) {
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn two_builds_are_byte_identical() {
    let f = Fixture::sample();
    build(&f);
    let (site, briefs) = (f.snapshot("public"), f.snapshot("briefs"));
    assert!(site.len() > 25 && briefs.len() > 5);
    build(&f);
    assert!(f.snapshot("public") == site, "the site changed between two builds");
    assert!(f.snapshot("briefs") == briefs, "the briefs changed between two builds");
}

#[test]
fn the_order_files_were_written_in_does_not_matter() {
    let a = Fixture::sample();
    build(&a);
    // The same project, its files created in the opposite order.
    let b = Fixture::empty();
    let mut files: Vec<(String, Vec<u8>)> = a.snapshot("content");
    files.reverse();
    for (path, bytes) in &files {
        b.write(&format!("content/{path}"), bytes);
    }
    b.write("book.toml", a.read("book.toml"));
    build(&b);
    assert!(a.snapshot("public") == b.snapshot("public"));
    assert!(a.snapshot("briefs") == b.snapshot("briefs"));
}

#[test]
fn a_failed_build_leaves_the_previous_output_byte_identical() {
    let f = Fixture::sample();
    build(&f);
    let (site, briefs) = (f.snapshot("public"), f.snapshot("briefs"));
    f.write("content/articles/2023/broken.md", "---\ntitle: [\n---\n");
    f.write("content/articles/2023/also-broken.md", article("T", "nournews", "2023-02-30", "x"));
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.stderr);
    assert!(f.snapshot("public") == site);
    assert!(f.snapshot("briefs") == briefs);
    let leftovers: Vec<String> = fs::read_dir(f.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn files_the_user_keeps_in_the_output_survive_and_stale_pages_go() {
    let f = Fixture::sample();
    build(&f);
    f.write("public/.git/HEAD", "ref: refs/heads/gh-pages\n");
    f.write("public/CNAME", "brief.example.org\n");
    f.write("public/events/removed-event/index.html", "stale");
    build(&f);
    assert_eq!(f.read("public/.git/HEAD"), "ref: refs/heads/gh-pages\n");
    assert_eq!(f.read("public/CNAME"), "brief.example.org\n");
    assert!(!f.path().join("public/events/removed-event").exists());
}

#[test]
fn an_added_article_leaves_the_pages_it_does_not_touch_as_they_were() {
    // A gh-pages branch, a CDN and the build's own staging rewrite only what changed: a
    // page of another year must not change because the corpus grew.
    let f = Fixture::sample();
    build(&f);
    let untouched = [
        "public/articles/2020-07-02-qalibaf-calls-nakhalah-haniyeh/index.html",
        "public/people/qalibaf/index.html",
    ];
    let before: Vec<String> = untouched.iter().map(|p| f.read(p)).collect();
    let body = "Officials met at the harbour on Tuesday to discuss the winter ferry timetable.";
    f.write(
        "content/articles/2024/2024-02-06-tdi-ferry.md",
        article("Ferry timetable talks", "diplomatic-insight", "2024-02-06", body),
    );
    build(&f);
    for (path, page) in untouched.iter().zip(&before) {
        assert!(f.read(path) == *page, "{path} changed when an unrelated article was added");
    }
    // The corpus's size is stated once, on the front page.
    assert!(
        f.read("public/index.html").contains("6 articles from 5 sources"),
        "{}",
        f.read("public/index.html")
    );
}

#[test]
fn timings_are_reported_by_the_command_once_the_work_is_done() {
    let f = Fixture::sample();
    let run = f.run(&["build", "--quiet", "--timings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stages: Vec<&str> = run
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("timing: "))
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .collect();
    // Every stage, the analysis' steps inside it, in the order they ran; each once but the
    // cache, read before and written after.
    assert_eq!(
        stages,
        [
            "cache", "read", "parse", "reading", "events", "quotes", "compare", "analyse", "cache", "render",
            "swap"
        ],
        "{}",
        run.stderr
    );
    let quiet = f.run(&["build", "--quiet"]);
    assert!(!quiet.stderr.contains("timing:"), "{}", quiet.stderr);
}
