//! Every content error a user can make, with the exact message mediabrief prints: one
//! fixture per error, and one corpus holding them all to show they are reported together.

mod common;

use common::{Fixture, article};

/// Builds a project holding the given articles and returns the exit code and stderr.
fn build(files: &[(&str, &[u8])]) -> (i32, String, Fixture) {
    let f = Fixture::empty();
    f.write("content/sources.yaml", "nour:\n  name: NourNews\n");
    for (path, content) in files {
        f.write(path, content);
    }
    let run = f.run(&["build", "--quiet"]);
    (run.code, run.stderr, f)
}

fn assert_error(files: &[(&str, &[u8])], expected: &str) {
    let (code, stderr, f) = build(files);
    assert_eq!(stderr, format!("{expected}\n"));
    assert_eq!(code, 1, "content errors exit with 1");
    assert!(!f.path().join("public").exists(), "nothing is written");
    assert!(!f.path().join("briefs").exists(), "nothing is written");
}

#[test]
fn missing_front_matter() {
    assert_error(
        &[("content/articles/a.md", b"Just a body.\n")],
        "content/articles/a.md:1:1: error: missing front matter: an article starts with a line \"---\", then its metadata in YAML, then another \"---\"",
    );
}

#[test]
fn front_matter_not_closed() {
    assert_error(
        &[("content/articles/a.md", b"---\ntitle: T\nsource: nour\npublished: 2023-10-24\n\nBody.\n")],
        "content/articles/a.md:1:1: error: front matter is not closed: add a line \"---\" after the metadata",
    );
}

#[test]
fn yaml_syntax_error() {
    assert_error(
        &[("content/articles/a.md", b"---\ntitle: [unclosed\nsource: nour\n---\nBody.\n")],
        "content/articles/a.md:3:7: error: front matter is not valid YAML: did not find expected ',' or ']', while parsing a flow sequence that starts on line 2",
    );
}

#[test]
fn missing_required_keys() {
    assert_error(
        &[("content/articles/a.md", b"---\nlanguage: en\n---\nBody.\n")],
        "content/articles/a.md:1:1: error: missing required key \"published\"\n\
         content/articles/a.md:1:1: error: missing required key \"source\"\n\
         content/articles/a.md:1:1: error: missing required key \"title\"",
    );
}

#[test]
fn impossible_date() {
    let a = article("T", "nour", "2023-02-30", "Body.");
    assert_error(
        &[("content/articles/a.md", a.as_bytes())],
        "content/articles/a.md:4:1: error: \"published\": no such date: 2023-02-30",
    );
}

#[test]
fn date_time_without_offset() {
    let a = article("T", "nour", "2023-10-24T11:15:40", "Body.");
    assert_error(
        &[("content/articles/a.md", a.as_bytes())],
        "content/articles/a.md:4:1: error: \"published\": \"2023-10-24T11:15:40\" is not an RFC 3339 date-time: write it like 2023-10-24T11:15:40+03:30 (the offset is required)",
    );
}

#[test]
fn duplicate_id_names_both_files() {
    let a = article("T", "nour", "2023-10-24", "Body.");
    assert_error(
        &[("content/articles/2023/same.md", a.as_bytes()), ("content/articles/old/same.md", a.as_bytes())],
        "content/articles/2023/same.md:1:1: error: duplicate article id \"same\": also used by content/articles/old/same.md\n\
         content/articles/old/same.md:1:1: error: duplicate article id \"same\": also used by content/articles/2023/same.md",
    );
}

#[test]
fn file_not_utf8() {
    assert_error(
        &[("content/articles/a.md", b"---\ntitle: caf\xe9\nsource: nour\npublished: 2023-10-24\n---\n")],
        "content/articles/a.md:2:11: error: not valid UTF-8: byte 0xE9 at offset 14 cannot be read (save the file as UTF-8)",
    );
}

#[test]
fn bad_file_name_and_url() {
    let a = "---\ntitle: T\nsource: nour\npublished: 2023-10-24\nurl: javascript:alert(1)\n---\nBody.\n";
    assert_error(
        &[("content/articles/Bad Name.md", a.as_bytes())],
        "content/articles/Bad Name.md:1:1: error: the file name is the article id: id \"Bad Name\" has the character 'B'; ids use lowercase a-z, 0-9 and -\n\
         content/articles/Bad Name.md:5:1: error: \"url\": \"javascript:alert(1)\" is not a web address: only http and https are accepted, not javascript",
    );
}

#[test]
fn every_problem_is_reported_in_one_run_sorted() {
    let good = article("T", "nour", "2023-10-24", "Body.");
    let (code, stderr, _f) = build(&[
        ("content/articles/b.md", b"no front matter\n"),
        ("content/articles/a.md", b"---\ntitle: T\n---\n"),
        ("content/articles/c.md", good.as_bytes()),
        ("content/articles/d.md", b"---\ntittle: T\ntitle: T\nsource: nour\npublished: 2023-13-01\n---\n"),
    ]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "content/articles/a.md:1:1: error: missing required key \"published\"",
            "content/articles/a.md:1:1: error: missing required key \"source\"",
            "content/articles/b.md:1:1: error: missing front matter: an article starts with a line \"---\", then its metadata in YAML, then another \"---\"",
            "content/articles/d.md:2:1: warning: unknown key \"tittle\" (did you mean \"title\"?)",
            "content/articles/d.md:5:1: error: \"published\": no such date: 2023-13-01",
        ]
    );
}

#[test]
fn warnings_let_the_build_go_on_and_strict_refuses_them() {
    let a = "---\ntitle: T\nsource: unknown-outlet\npublished: 2023-10-24\nlang: en\n---\nBody.\n";
    let (code, stderr, f) = build(&[("content/articles/a.md", a.as_bytes())]);
    let expected = "content/articles/a.md:3:1: warning: source \"unknown-outlet\" is not in content/sources.yaml\n\
                    content/articles/a.md:5:1: warning: unknown key \"lang\" (did you mean \"language\"?)\n";
    assert_eq!((code, stderr.as_str()), (0, expected));
    assert!(f.path().join("public/articles/a/index.html").exists());

    let strict = f.run(&["build", "--quiet", "--strict"]);
    assert_eq!(strict.code, 1);
    assert_eq!(strict.stderr, expected.replace("warning", "error"));
}

#[test]
fn a_corpus_without_sources_yaml_builds() {
    let f = Fixture::empty();
    f.write("content/articles/a.md", article("T", "somewhere", "2023-10-24", "Body."));
    let run = f.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "content/articles/a.md:3:1: warning: source \"somewhere\" is not in content/sources.yaml\n"
    );
    assert!(f.read("public/sources/somewhere/index.html").contains("Not in content/sources.yaml."));
}

#[test]
fn bom_and_crlf_files_are_fine() {
    let a = "\u{feff}---\r\ntitle: T\r\nsource: nour\r\npublished: 2023-10-24\r\n---\r\n\r\nFirst.\r\n\r\nSecond.\r\n";
    let (code, stderr, f) = build(&[("content/articles/a.md", a.as_bytes())]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let page = f.read("public/articles/a/index.html");
    assert!(page.contains("<p id=\"p1\">First.</p>\n<p id=\"p2\">Second.</p>"), "{page}");
}

#[test]
fn usage_errors_exit_with_2() {
    let f = Fixture::empty();
    f.write("content/sources.yaml", "{}\n");
    assert_eq!(f.run(&["build", "--no-such-flag"]).code, 2);
    let run = f.run(&["build", "--root", "does-not-exist"]);
    assert_eq!((run.code, run.stderr.as_str()), (2, "error: --root does-not-exist: no such folder\n"));
    let run = f.run(&["build", "--output", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("would replace the project folder itself"), "{}", run.stderr);
    let run = f.run(&["build", "--output", "content/site"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("would overwrite"), "{}", run.stderr);
}

#[test]
fn a_folder_that_is_no_project_is_refused_and_nothing_is_written() {
    let f = Fixture::empty();
    for command in ["build", "check"] {
        let run = f.run(&[command]);
        assert_eq!(run.code, 2, "{command}: {}", run.stderr);
        assert!(
            run.stderr.contains("is not a mediabrief project: it has no content/ folder and no book.toml"),
            "{}",
            run.stderr
        );
    }
    assert_eq!(std::fs::read_dir(f.path()).unwrap().count(), 0, "nothing written");
}
