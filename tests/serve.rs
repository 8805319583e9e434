#![cfg(feature = "serve")]
//! `mediabrief serve` on the sample: pages from memory, edits live, a broken edit keeping
//! the last good site with the error shown, recovery after the fix, nothing outside the
//! site reachable.

mod common;

use common::{Fixture, Server, http_get, rendered};

const ARTICLE: &str = "content/articles/2023/2023-10-24-nournews-fm-calls.md";
const PAGE: &str = "/articles/2023-10-24-nournews-fm-calls/";

#[test]
fn edits_appear_broken_edits_keep_the_last_good_site_and_fixes_recover() {
    let f = Fixture::sample();
    let server = Server::start(&f);
    let (status, page) = http_get(server.port, PAGE);
    assert_eq!(status, 200);
    assert!(page.contains("Iranian FM&#39;s conversations"));
    assert!(page.contains("/__mediabrief/wait?v="), "the page carries the reload script");

    let original = f.read(ARTICLE);
    f.write(ARTICLE, original.replace("title: Iranian FM's conversations", "title: Edited live"));
    let edited = server.wait_for(PAGE, |b| b.contains("Edited live"));
    assert!(edited.contains("Edited live"), "the edit is served without a restart");

    // A warning in a file that sorts first: the banner leads with the error all the same.
    f.write(
        "content/articles/2023/a-warning.md",
        "---\ntitle: Port reopens\nsource: nournews\npublished: 2023-10-25\ncolour: red\n---\n\nThe port reopened.\n",
    );
    f.write("content/articles/2023/broken.md", "---\ntitle: [unclosed\nsource: nournews\n---\n\nText.\n");
    let broken = server.wait_for(PAGE, |b| b.contains("mediabrief-error"));
    assert!(broken.contains("mediabrief-error"), "the error is shown");
    let banner = &broken[broken.find("mediabrief-error").unwrap()..];
    let error = banner.find("content/articles/2023/broken.md:").expect("naming the file");
    let warnings = banner.find("and 1 warning: listed in the terminal").expect("the warning counted");
    assert!(error < warnings, "{banner}");
    assert!(!banner.contains("a-warning.md"), "the warning itself is not in the banner: {banner}");
    assert!(broken.contains("Edited live"), "over the last good site");
    std::fs::remove_file(f.path().join("content/articles/2023/a-warning.md")).unwrap();

    std::fs::remove_file(f.path().join("content/articles/2023/broken.md")).unwrap();
    let fixed = server.wait_for(PAGE, |b| !b.contains("mediabrief-error"));
    assert!(!fixed.contains("mediabrief-error"), "fixing the file recovers");
    assert!(fixed.contains("Edited live"));
}

#[test]
fn unknown_paths_are_404_and_no_path_leaves_the_site() {
    let f = Fixture::sample();
    let server = Server::start(&f);
    assert_eq!(http_get(server.port, "/").0, 200);
    assert_eq!(http_get(server.port, "/assets/style.css").0, 200);
    assert_eq!(http_get(server.port, "/events").0, 308);
    let (status, body) = http_get(server.port, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("<html"), "the site's own 404 page");
    for path in ["/../book.toml", "/%2e%2e/book.toml", "/articles/..%2f..%2fbook.toml", "/content/articles/"]
    {
        let (status, body) = http_get(server.port, path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("[book]"), "{path}");
    }
}

#[test]
fn a_rebuild_reusing_what_the_last_one_found_makes_the_files_a_fresh_build_makes() {
    let f = Fixture::sample();
    let mut cache = mediabrief::Cache::default();
    let first = rendered(&f, Some(&mut cache));
    let data = String::from_utf8(first.get("data.json").unwrap().to_vec()).unwrap();
    let tdi_q4 = data.find(r#""id":"2023-10-24-tdi-fm-calls-q4""#).unwrap();
    assert!(
        data[tdi_q4..].contains(r#""group":"2023-10-24-nournews-fm-calls-q5""#),
        "the sample aligns quotes across sources"
    );
    // A quote more in the 2020 article, listed before the 2023 event's: that event's
    // articles are unchanged, so its pairs of quotes are reused, at new places in the list.
    let early = "content/articles/2020/2020-07-02-qalibaf-calls-nakhalah-haniyeh.md";
    let text = f.read(early);
    f.write(early, text.replace("\n\nQalibaf made the remarks", "\n\n“We will not leave the Palestinian people alone in this struggle,” Qalibaf said.\n\nQalibaf made the remarks"));
    let reused = rendered(&f, Some(&mut cache));
    assert!(reused != first, "the edit shows");
    assert!(reused == rendered(&f, None), "a quote more before the event");
    // An edit inside the event: its pairs are found again.
    let tdi = "content/articles/2023/2023-10-24-tdi-fm-calls.md";
    f.write(tdi, f.read(tdi).replace("\n\n", "\n\nAn added sentence, with no quote in it.\n\n"));
    let again = rendered(&f, Some(&mut cache));
    assert!(again == rendered(&f, None), "an edit inside the event");
}

#[test]
fn serve_starts_from_the_build_cache_and_leaves_its_own_for_the_next_build() {
    let timings = |f: &Fixture| -> Vec<String> {
        let run = f.run(&["build", "--quiet", "--timings"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stderr.lines().filter(|l| l.starts_with("cache: ")).map(str::to_owned).collect()
    };
    // serve's first build writes the cache a build then reuses whole.
    let f = Fixture::sample();
    drop(Server::start(&f));
    assert_eq!(timings(&f), ["cache: 5 of 5 readings and 3 of 3 events reused"]);
    // A build's cache is what serve starts from.
    let g = Fixture::sample();
    timings(&g);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_mediabrief"))
        .args(["serve", "--port", "0", "--timings"])
        .current_dir(g.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start serve");
    let stderr = std::io::BufReader::new(child.stderr.take().expect("stderr"));
    let lines: Vec<String> = std::io::BufRead::lines(stderr)
        .map(|l| l.expect("read"))
        .take_while(|l| !l.starts_with("Serving on"))
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    assert!(lines.iter().any(|l| l == "cache: 5 of 5 readings and 3 of 3 events reused"), "{lines:?}");
}
