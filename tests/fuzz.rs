//! Property tests over generated hostile input, in place of cargo-fuzz (which needs a
//! nightly toolchain this project does not have). Each target feeds a stage texts made of
//! the pieces that break parsers: fences, YAML syntax, HTML and script payloads, Markdown
//! markup, quotation marks, speech verbs, names, Persian and Arabic text, control and
//! invisible characters. Every target checks that nothing panics, and a property of its
//! own. CI runs 256 cases per target; a long run sets `PROPTEST_CASES`:
//!
//!     PROPTEST_CASES=20000 cargo test --release --test fuzz
//!
//! Failures proptest finds are kept in `tests/fuzz.proptest-regressions` and replayed first.

mod common;

use std::sync::LazyLock;

use mediabrief::analysis::{AnalysisOptions, analyse};
use mediabrief::corpus::{self, CorpusFiles, RegistryFiles, SourceFile};
use mediabrief::diagnostics::{Diagnostics, Severity};
use mediabrief::import::{self, Clipping, Hints};
use proptest::prelude::*;
use regex::Regex;

const PIECES: &[&str] = &[
    "---",
    "\n",
    "\n\n",
    " ",
    ":",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!binary ",
    "'",
    "\"",
    "#",
    "|",
    ">",
    "title",
    "source",
    "published",
    "event",
    "url",
    "language",
    "tags",
    "2023-10-24",
    "2023-13-45",
    "T11:15:40+03:30",
    "nournews",
    "../x",
    "https://nournews.ir/a",
    "javascript:alert(1)",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:x\">",
    "<svg onload=x>",
    "<iframe>",
    "<p dir=\"rtl\">",
    "</p>",
    "<!--",
    "-->",
    "<![CDATA[",
    "&amp;",
    "&#x3C;",
    "*",
    "**",
    "_",
    "`",
    "```",
    "~~~",
    "](",
    "![",
    ")",
    "[^1]",
    "|---|",
    "\\",
    "1. ",
    "> ",
    "    ",
    "\t",
    "\r\n",
    "\u{FEFF}",
    "\u{200C}",
    "\u{200F}",
    "\u{202E}",
    "\u{0}",
    "\u{1b}[31m",
    "e\u{301}",
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "said",
    "told",
    "added:",
    "گفت:",
    "افزود",
    "Haniyeh",
    "Ismail Haniyeh",
    "Amir-Abdollahian",
    "he",
    "she",
    "the minister",
    "اسماعیل هنیه",
    "امیرعبداللهیان",
    "وی",
    "رفح",
    "غزه",
    "Gaza",
    "Rafah",
    ".",
    ",",
    "،",
    "؟",
    "!",
    "?",
    "Also read:",
    "Read more:",
    "Previous article",
    "Back to top button",
    "[…]",
    "Publish Date : 10/24/2023 11:15:40 AM",
    "Tehran, 24 October 2023 (TDI):",
    "NOURNEWS- ",
    "Tehran(IP)- ",
    "به گزارش پایگاه صلح خبر، ",
    "By Maham Shabir",
];

/// A text of up to `n` pieces, with now and then a run of arbitrary characters.
fn soup(n: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ];
    prop::collection::vec(piece, 0..n).prop_map(|v| v.concat())
}

/// An article file: usually with front matter that mostly works, sometimes anything.
fn article_file() -> impl Strategy<Value = Vec<u8>> {
    let front = (soup(6), soup(4)).prop_map(|(title, extra)| {
        format!("---\ntitle: {title}\nsource: nournews\npublished: 2023-10-24\n{extra}\n---\n")
    });
    prop_oneof![
        3 => (front, soup(80)).prop_map(|(f, body)| format!("{f}\n{body}").into_bytes()),
        1 => soup(80).prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ]
}

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[a-zA-Z][^>]*>").unwrap());

/// A tag of rendered HTML that could run something.
fn unsafe_tag(html: &str) -> Option<String> {
    TAG.find_iter(html).map(|m| m.as_str()).find(|t| common::dangerous_tag(t).is_some()).map(str::to_owned)
}

fn files(articles: Vec<(String, Vec<u8>)>) -> CorpusFiles {
    CorpusFiles {
        articles: articles.into_iter().map(|(path, bytes)| SourceFile { path, bytes }).collect(),
        registries: RegistryFiles {
            entities: Some(SourceFile {
                path: "content/entities.yaml".into(),
                bytes: include_bytes!("../content/entities.yaml").to_vec(),
            }),
            ..RegistryFiles::default()
        },
    }
}

proptest! {
    /// Front matter and Markdown: never a panic; a body's HTML never holds an active tag.
    #[test]
    fn article_files_parse_or_fail_cleanly_and_render_safely(bytes in article_file()) {
        let mut diags = Diagnostics::default();
        let corpus = corpus::parse(files(vec![("content/articles/x.md".into(), bytes)]), &mut diags);
        for a in &corpus.articles {
            prop_assert_eq!(unsafe_tag(&a.doc.html.text()), None, "{:?}", a.doc.html);
        }
        for d in diags.sorted() {
            prop_assert!(d.line >= 1 && d.col >= 1);
        }
    }

    /// Quotes and events over small corpora: never a panic, and what the analysis refers to
    /// exists.
    #[test]
    fn analysis_of_any_small_corpus_is_consistent(bodies in prop::collection::vec(soup(60), 1..6)) {
        let articles = bodies
            .iter()
            .enumerate()
            .map(|(i, body)| {
                let text = format!(
                    "---\ntitle: Report {i}\nsource: nournews\npublished: 2023-10-{:02}\n---\n\n{body}\n",
                    20 + i % 3
                );
                (format!("content/articles/a{i}.md"), text.into_bytes())
            })
            .collect();
        let mut diags = Diagnostics::default();
        let corpus = corpus::parse(files(articles), &mut diags);
        let analysis = analyse(&corpus, &AnalysisOptions::default(), &mut diags);
        let n = corpus.articles.len();
        prop_assert_eq!(analysis.event_of.len(), n);
        let mut seen = vec![0; n];
        for e in &analysis.events {
            for &a in &e.articles {
                seen[a] += 1;
            }
        }
        prop_assert!(seen.iter().all(|&k| k == 1), "each article in one event: {:?}", seen);
        let ids: std::collections::BTreeSet<&str> = analysis.quotes.iter().map(|q| q.id.as_str()).collect();
        for q in &analysis.quotes {
            prop_assert!(q.article < n && !q.found.text.trim().is_empty());
            prop_assert!(ids.contains(q.group.as_str()), "group {} names a quote", q.group);
            prop_assert_eq!(q.event, analysis.event_of[q.article]);
        }
    }

    /// Word folding: the streaming walk (with its shortcut for ASCII words) gives exactly
    /// the words of the folded copy, whatever the mix of scripts, marks and punctuation.
    #[test]
    fn each_word_gives_the_words_of_folded(text in soup(40)) {
        let folded = mediabrief::text::Folded::new(&text);
        let mut words = Vec::new();
        mediabrief::text::each_word(&text, |w| words.push(w.to_owned()));
        let expected: Vec<&str> = (0..folded.len()).map(|i| folded.word(i)).collect();
        prop_assert_eq!(words, expected);
    }

    /// Import of copied text: never a panic, and what it writes is an article that parses
    /// without errors, with the paragraphs the import kept.
    #[test]
    fn imported_clippings_are_articles_that_parse(text in soup(120)) {
        if let Err(e) = import_round_trip(&text) {
            prop_assert!(false, "{}", e);
        }
    }

    /// Import of saved pages: never a panic.
    #[test]
    fn imported_pages_never_panic(body in soup(120)) {
        let html = format!("<!doctype html><html><head><title>T</title></head><body><article>{body}</article></body></html>");
        let hints = Hints { file_date: chrono::NaiveDate::from_ymd_opt(2023, 10, 25), ..Hints::default() };
        let _ = import::draft(&Clipping { text: &html, html: true }, &Default::default(), &hints);
    }
}

/// Imports `text` as a copied clipping, then reads the article written: it must parse
/// without errors and give back the paragraphs the import kept.
fn import_round_trip(text: &str) -> Result<(), String> {
    let registries = RegistryFiles {
        sources: Some(SourceFile {
            path: "content/sources.yaml".into(),
            bytes: include_bytes!("../content/sources.yaml").to_vec(),
        }),
        ..RegistryFiles::default()
    };
    let mut ignored = Diagnostics::default();
    let sources =
        corpus::parse(CorpusFiles { articles: Vec::new(), registries }, &mut ignored).registries.sources;
    let hints = Hints { file_date: chrono::NaiveDate::from_ymd_opt(2023, 10, 25), ..Hints::default() };
    let Ok(draft) = import::draft(&Clipping { text, html: false }, &sources, &hints) else {
        return Ok(());
    };
    let file = draft.to_markdown("clipping.txt", "0123456789abcdef");
    let path = format!("content/articles/{}.md", draft.file_stem());
    let mut diags = Diagnostics::default();
    let corpus = corpus::parse(files(vec![(path, file.clone().into_bytes())]), &mut diags);
    let errors: Vec<String> =
        diags.sorted().into_iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
    if !errors.is_empty() {
        return Err(format!("{errors:?}\n{file}"));
    }
    let unpacked = corpus.articles[0].doc.texts();
    let texts: Vec<&str> = unpacked.list();
    if texts != draft.paragraphs {
        return Err(format!("paragraphs {texts:?} != {:?}\n{file}", draft.paragraphs));
    }
    Ok(())
}

/// What the targets found, kept as plain tests.
#[test]
fn what_fuzzing_found_stays_fixed() {
    for text in [
        // A lead that is all dateline left an empty title.
        "Tehran, 24 October 2023 (TDI):    ",
        // Decomposed text came back composed.
        "Tehran, 24 October 2023 (TDI):e\u{301}",
        // A paragraph of hyphens became a rule.
        "Tehran, 24 October 2023 (TDI):\n---",
        // A lead whose first "sentence" is a full stop left an empty title.
        ".1. 1. Publish Date : 10/24/2023 11:15:40 AM Also read: x",
        // Tildes struck text through.
        "The ~talks~ went on. ~~Very~~ long.",
        // An ogham space mark, which Markdown reads as a space.
        "Tehran, 24 October 2023 (TDI):\u{1680}!",
        // An outlet's "label" that was the whole paragraph left it empty.
        "The talks were held on Monday in Tehran, officials said.\r\nNOURNEWS- added:    ",
    ] {
        assert_eq!(import_round_trip(text), Ok(()), "{text:?}");
    }
}
