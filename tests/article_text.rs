//! `--article-text`: what of each article's own text the site republishes. An excerpt
//! keeps the lead and the paragraphs quotes are taken from, with the gaps marked; none
//! keeps the page's facts and quotes and links to the outlet; the search index holds no
//! more text than the pages; every link still resolves.

mod common;

use common::Fixture;

const LEAD: &str =
    "The harbour authority of Velmar closed the port on Tuesday after a storm tore two cranes loose.";
const MIDDLE: &str = "Engineers spent the night checking the breakwater along its whole length for cracks.";
const QUOTED: &str = "“We will reopen when the breakwater is safe,” said harbour master Ines Calder.";
const LAST: &str = "Fishing boats stayed moored in the inner basin until the wind dropped.";

fn project() -> Fixture {
    let f = Fixture::empty();
    f.write("content/sources.yaml", "coast-daily:\n  name: Coast Daily\n");
    f.write(
        "content/articles/storm.md",
        format!(
            "---\ntitle: Storm closes Velmar port\nsource: coast-daily\npublished: 2024-03-12\nlanguage: en\n\
             url: https://coast-daily.example/velmar-storm\n---\n\n{LEAD}\n\n{MIDDLE}\n\n{QUOTED}\n\n{LAST}\n"
        ),
    );
    f
}

/// The article's page and the search index's documents, built with `--article-text text`.
fn built(f: &Fixture, text: &str) -> (String, String) {
    let run = f.run(&["build", "--quiet", "--article-text", text]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = f.run(&["check", "--article-text", text]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stderr.contains("every internal link resolves"), "{}", check.stderr);
    let search: String = std::fs::read_dir(f.path().join("public/search/d"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    (f.read("public/articles/storm/index.html"), search)
}

#[test]
fn full_text_is_the_default_and_shows_every_paragraph() {
    let f = project();
    let (page, search) = built(&f, "full");
    for p in [LEAD, MIDDLE, LAST] {
        assert!(page.contains(p), "{page}");
    }
    assert!(search.contains("Engineers spent the night"), "{search}");
}

#[test]
fn an_excerpt_keeps_the_lead_and_the_quoted_paragraphs_and_marks_the_gaps() {
    let f = project();
    let (page, search) = built(&f, "excerpt");
    assert!(page.contains(LEAD), "{page}");
    assert!(page.contains("said harbour master Ines Calder"), "{page}");
    assert!(!page.contains("Engineers spent the night") && !page.contains("Fishing boats"), "{page}");
    assert_eq!(page.matches("[…]").count(), 2, "{page}");
    assert!(page.contains("the whole text <a href=\"https://coast-daily.example/velmar-storm\""), "{page}");
    // The quote still links to its paragraph, which the excerpt shows.
    assert!(page.contains("<p id=\"p3\">“We will reopen"), "{page}");
    assert!(page.contains("<a href=\"#p3\">¶</a>"), "{page}");
    assert!(!search.contains("Engineers spent the night"), "{search}");
}

#[test]
fn no_text_keeps_the_facts_and_quotes_and_links_to_the_outlet() {
    let f = project();
    let (page, search) = built(&f, "none");
    for p in ["Velmar closed the port", "Engineers spent the night", "Fishing boats"] {
        assert!(!page.contains(p), "{page}");
        assert!(!search.contains(p), "{search}");
    }
    assert!(page.contains("This site does not republish the article's text"), "{page}");
    // The quote is the brief's own finding, and stays, with no link to a paragraph.
    assert!(page.contains("We will reopen when the breakwater is safe"), "{page}");
    assert!(!page.contains("href=\"#p"), "{page}");
}
