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
