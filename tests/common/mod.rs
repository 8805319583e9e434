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

/// A minimal valid article.
pub fn article(title: &str, source: &str, published: &str, body: &str) -> String {
    format!("---\ntitle: {title}\nsource: {source}\npublished: {published}\n---\n\n{body}\n")
}
