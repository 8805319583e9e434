//! A fixture project in a temporary folder, and the `mediabrief` binary run on it.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A project folder that disappears with the value.
pub struct Fixture {
    dir: tempfile::TempDir,
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The repository's own root, holding the sample project.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Fixture {
    /// An empty project.
    pub fn empty() -> Fixture {
        Fixture { dir: tempfile::tempdir().expect("temporary folder") }
    }

    /// A copy of the bundled sample project (content/ and book.toml; the templates are the
    /// built-in ones).
    pub fn sample() -> Fixture {
        let f = Fixture::empty();
        copy_dir(&repo().join("content"), &f.path().join("content"));
        fs::copy(repo().join("book.toml"), f.path().join("book.toml")).expect("book.toml");
        f
    }

    /// The sample's registries, without its articles (nor the curated events that name
    /// them): a project to import into.
    pub fn sample_without_articles() -> Fixture {
        let f = Fixture::sample();
        fs::remove_dir_all(f.path().join("content/articles")).expect("remove articles");
        fs::remove_file(f.path().join("content/events.yaml")).expect("remove events.yaml");
        f
    }

    /// The project root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file of the project, creating folders.
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> &Fixture {
        let path = self.path().join(rel);
        fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        fs::write(path, content).expect("write");
        self
    }

    /// Reads a file of the project as text.
    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Runs `mediabrief` with `args` in the project folder.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_mediabrief"))
            .args(args)
            .current_dir(self.path())
            .output()
            .expect("run mediabrief");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Every file under `rel`, relative path to bytes.
    pub fn snapshot(&self, rel: &str) -> Vec<(String, Vec<u8>)> {
        let root = self.path().join(rel);
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry.expect("walk");
            if entry.file_type().is_file() {
                let name =
                    entry.path().strip_prefix(&root).expect("under root").to_string_lossy().into_owned();
                out.push((name, fs::read(entry.path()).expect("read")));
            }
        }
        out
    }
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("under from"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("mkdir");
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The article files an import reported writing.
pub fn written(run: &Run) -> Vec<String> {
    run.stderr
        .lines()
        .filter_map(|l| l.strip_prefix("imported "))
        .map(|l| l.split(" -> ").nth(1).unwrap().to_owned())
        .collect()
}

/// A front matter value of an article file, unquoted.
pub fn field(article: &str, key: &str) -> Option<String> {
    let front = article.split("---\n").nth(1)?;
    front.lines().find_map(|l| l.strip_prefix(&format!("{key}: ")).map(|v| v.trim_matches('"').to_owned()))
}

/// A minimal valid article.
pub fn article(title: &str, source: &str, published: &str, body: &str) -> String {
    format!("---\ntitle: {title}\nsource: {source}\npublished: {published}\n---\n\n{body}\n")
}

/// Every file a build of the fixture makes, in memory; `cache` as `serve` keeps it from
/// one build to the next.
pub fn rendered(f: &Fixture, cache: Option<&mut mediabrief::Cache>) -> mediabrief::output::OutputSet {
    use mediabrief::diagnostics::Diagnostics;
    let mut diags = Diagnostics::default();
    let project = mediabrief::project::Project::load(f.path(), &mut diags).unwrap();
    let options = mediabrief::BuildOptions {
        strict: false,
        links: mediabrief::render::Links::new("/").unwrap(),
        text: Default::default(),
        analysis: Default::default(),
        timings: Default::default(),
        cache: None,
    };
    let loaded = mediabrief::load(&project, &options, &mut diags, cache).unwrap();
    let inputs = loaded.inputs(&project, &options);
    let (site, briefs) = (mediabrief::output::Memory::default(), mediabrief::output::Memory::default());
    mediabrief::render::render(&inputs, &site, &briefs).unwrap();
    let mut all = site.into_set();
    for (path, bytes) in briefs.into_set().iter() {
        all.insert(&format!("briefs/{path}"), bytes).unwrap();
    }
    all
}

/// A `GET` over plain HTTP/1.0: the status and the body.
pub fn http_get(port: u16, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).expect("timeout");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

/// `mediabrief serve` running on a free port, stopped when dropped.
pub struct Server {
    child: std::process::Child,
    pub port: u16,
}

impl Server {
    /// Starts `mediabrief serve` in the fixture and waits until it listens.
    pub fn start(f: &Fixture) -> Server {
        use std::io::BufRead;
        let mut child = Command::new(env!("CARGO_BIN_EXE_mediabrief"))
            .args(["serve", "--port", "0"])
            .current_dir(f.path())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start serve");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = std::io::BufReader::new(stderr).lines();
        let port = loop {
            let line = lines.next().expect("serve stopped before listening").expect("read");
            if let Some(rest) = line.strip_prefix("Serving on http://127.0.0.1:") {
                break rest.split('/').next().unwrap().parse().expect("port");
            }
        };
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, port }
    }

    /// Polls `path` until `done` accepts its body (up to 20 seconds).
    pub fn wait_for(&self, path: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let (_, body) = http_get(self.port, path);
            if done(&body) || std::time::Instant::now() > deadline {
                return body;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether an HTML tag of some output could run something: a forbidden element, an
/// event-handler attribute, or a script address in an address attribute. Attribute values
/// are read as values, so text in an `alt` that looks like markup is not a tag.
pub fn dangerous_tag(tag: &str) -> Option<&'static str> {
    use std::sync::LazyLock;
    static ATTRIBUTE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r#"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?"#).unwrap()
    });
    let lower = tag.to_ascii_lowercase();
    let name: String = lower[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    // The one SVG allowed is a chart the templates draw (templates/charts/chart.svg); no
    // article's text can make one, since sanitising drops every SVG element.
    let chart = lower.starts_with("<svg class=\"chart\" role=\"img\" aria-labelledby=\"");
    if name == "svg" && !chart
        || matches!(name.as_str(), "iframe" | "object" | "embed" | "math" | "base" | "frame")
    {
        return Some("a forbidden element");
    }
    if name == "script" && !(lower.starts_with("<script src=") && lower.contains("assets/search.js")) {
        return Some("a script");
    }
    let attributes = lower[1 + name.len()..].trim_end_matches('>');
    for a in ATTRIBUTE.captures_iter(attributes) {
        let key = &a[1];
        let value = a.get(2).or(a.get(3)).or(a.get(4)).map_or("", |m| m.as_str());
        let address: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
        if key.starts_with("on") {
            return Some("an event handler");
        }
        let is_address =
            matches!(key, "href" | "src" | "action" | "formaction" | "poster" | "data" | "xlink:href");
        if is_address && ["javascript:", "vbscript:", "data:"].iter().any(|s| address.starts_with(s)) {
            return Some("a script address");
        }
    }
    None
}
