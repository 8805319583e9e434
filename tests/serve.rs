//! `mediabrief serve` on the sample: pages from memory, edits live, a broken edit keeping
//! the last good site with the error shown, recovery after the fix, nothing outside the
//! site reachable.

mod common;

use common::{Fixture, Server, http_get};

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

    f.write("content/articles/2023/broken.md", "---\ntitle: [unclosed\nsource: nournews\n---\n\nText.\n");
    let broken = server.wait_for(PAGE, |b| b.contains("mediabrief-error"));
    assert!(broken.contains("mediabrief-error"), "the error is shown");
    assert!(broken.contains("content/articles/2023/broken.md:"), "naming the file");
    assert!(broken.contains("Edited live"), "over the last good site");

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
