//! `mediabrief new`: a project that builds at once, takes a clipping, and never lands on
//! an existing one.

mod common;

use common::{Fixture, repo};

#[test]
fn a_new_project_builds_strictly_and_takes_an_imported_clipping() {
    let f = Fixture::empty();
    let run = f.run(&["new", "watch", "--title", "Gaza calls: a brief"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let project = f.path().join("watch");
    for file in [
        "book.toml", ".gitignore", ".github/workflows/pages.yml", "content/sources.yaml",
        "content/entities.yaml",
    ] {
        assert!(project.join(file).is_file(), "{file}");
    }
    let book = std::fs::read_to_string(project.join("book.toml")).unwrap();
    assert!(book.contains("title = \"Gaza calls: a brief\""));

    let seed = repo().join("tests/fixtures/import/seeds/001_2c00aa427ae8dd86.txt");
    let root = ["--root", "watch"];
    let import = f.run(&[&["import"][..], &root, &[seed.to_str().unwrap()]].concat());
    assert_eq!(import.code, 0, "{}", import.stderr);
    let build = f.run(&[&["build", "--strict", "--quiet"][..], &root].concat());
    assert_eq!(build.code, 0, "{}", build.stderr);
    let data = std::fs::read_to_string(project.join("public/data.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(json["articles"].as_array().unwrap().len(), 2);
    // The example article and the imported clipping report the same calls: one event.
    assert_eq!(json["events"].as_array().unwrap().len(), 1);
}

#[test]
fn new_refuses_a_folder_that_has_files() {
    let f = Fixture::empty();
    f.write("taken/notes.txt", "mine");
    let run = f.run(&["new", "taken"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("is not empty"), "{}", run.stderr);
    assert_eq!(f.read("taken/notes.txt"), "mine");
}

/// A saved page from an outlet the registry does not have yet, quoting a person nobody
/// registered.
const PAGE_NEW_OUTLET: &str = r#"<!doctype html><html><head><meta charset="utf-8">
<title>Dockers vote to end the week-long strike | The Quayside Courier</title>
<meta property="og:site_name" content="The Quayside Courier">
<meta property="article:published_time" content="2024-03-08T09:10:00Z">
<link rel="canonical" href="https://quayside.example/2024/03/08/dockers-vote">
</head><body><article><h1>Dockers vote to end the week-long strike</h1>
<p>Dock workers voted on Thursday to end a strike that had kept cargo ships waiting off the coast for a week.</p>
<p>"Nobody wins a strike, but this one was needed," union secretary Ruth Adeyemi said after the count.</p>
<p>The port expects to clear the waiting ships by Sunday.</p>
</article></body></html>"#;

/// A saved page with no date, no outlet and no address: every field import can miss.
const PAGE_BARE: &str = "<html><head><title>Bakery wins the village prize</title></head><body>\
<h1>Bakery wins the village prize</h1>\
<p>A family bakery on the market square won the village's prize for the best bread this year.</p>\
<p>\"We bake the way my grandmother did,\" owner Tomas Berg told reporters at the fair.</p></body></html>";

#[test]
fn the_raw_seeds_and_saved_pages_build_strictly_with_their_notes_counted() {
    let f = Fixture::empty();
    assert_eq!(f.run(&["new", "watch"]).code, 0);
    f.write("pages/quayside.html", PAGE_NEW_OUTLET).write("pages/bakery.html", PAGE_BARE);
    let seeds: Vec<String> = std::fs::read_dir(repo().join("tests/fixtures/import/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let root = ["--root", "watch"];
    let pages = ["pages/quayside.html", "pages/bakery.html"];
    let files: Vec<&str> = seeds.iter().map(String::as_str).chain(pages).collect();
    let import = f.run(&[&["import", "--quiet"][..], &root, &files].concat());
    assert_eq!(import.code, 0, "{}", import.stderr);
    // The NourNews seed is the example article `new` ships: recognised, not imported twice.
    assert!(import.stderr.contains("6 imported, 1 already in the project"), "{}", import.stderr);
    assert!(f.read("watch/content/sources.yaml").contains("the-quayside-courier:"));

    let build = f.run(&[&["build", "--strict"][..], &root].concat());
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(!build.stderr.contains("note:"), "build counts notes, check lists them:\n{}", build.stderr);
    assert!(build.stderr.contains("notes on what is not yet curated"), "{}", build.stderr);
    let check = f.run(&[&["check", "--strict"][..], &root].concat());
    assert_eq!(check.code, 0, "{}", check.stderr);
    for speaker in ["Ruth Adeyemi", "Tomas Berg"] {
        assert!(check.stderr.contains(&format!("note: speaker \"{speaker}\"")), "{}", check.stderr);
    }

    // A real problem still fails: the same article under a second name is a repeat.
    let copy = std::fs::read_dir(f.path().join("watch/content/articles/2024")).unwrap();
    let first = copy.map(|e| e.unwrap().path()).find(|p| p.to_string_lossy().contains("quayside")).unwrap();
    std::fs::copy(&first, first.with_file_name("2024-03-08-zz-copy.md")).unwrap();
    let build = f.run(&[&["build", "--strict"][..], &root].concat());
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(build.stderr.contains("2024-03-08-zz-copy.md:1:1: error: repeats"), "{}", build.stderr);
    assert!(!build.stderr.contains("note:"), "{}", build.stderr);
}
