//! Where rendered files go: memory, or a folder that replaces the previous output whole.
//!
//! Rendering hands each file to a [`Sink`] as soon as it is made, so a build never holds
//! the whole site in memory. Every sink checks each path, so no id or template can make a
//! file land outside the output folder, and two pages wanting one path are reported.
//!
//! [`Staging`] writes beside the target, into `.<name>.previous`: the output of the build
//! before last, which a build brings up to date (writing only the files that changed and
//! deleting those no longer made) and then swaps with the target in one step. A failed or
//! interrupted build therefore leaves the previous output whole, and a rebuild that
//! changes little writes little. Dot-files the user keeps in the output folder (a `.git`
//! of a gh-pages worktree) and a `CNAME` carry over.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Takes rendered files.
pub trait Sink: Sync {
    /// Takes the file `path` (relative, `/`-separated). Fails on a path that could leave
    /// the folder or was already given, and on a write that fails.
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), String>;

    /// Takes the file `path` that `write` streams out. By default it is collected in
    /// memory and handed to [`Sink::put`]; a sink on disk writes it straight to its file.
    fn put_with(
        &self,
        path: &str,
        write: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<(), String> {
        self.put(path, collect(path, write)?)
    }

    /// The first write that failed on the disk (not a refused path): the build must then
    /// fail as an I/O failure, not as a content problem.
    fn failure(&self) -> Option<String> {
        None
    }
}

/// Files in memory, by path relative to the output folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutputSet {
    files: BTreeMap<String, Vec<u8>>,
}

/// The longest path accepted, in bytes.
const MAX_PATH: usize = 1024;

impl OutputSet {
    /// Adds a file. Fails on a path that could leave the folder, or one already added.
    pub fn insert(&mut self, path: &str, bytes: impl Into<Vec<u8>>) -> Result<(), String> {
        check_path(path)?;
        if self.files.contains_key(path) {
            return Err(format!("two outputs want the path {path}"));
        }
        self.files.insert(path.to_owned(), bytes.into());
        Ok(())
    }

    /// The content of `path`.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Every file, sorted by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (p.as_str(), b.as_slice()))
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// An [`OutputSet`] that rendering threads can fill.
#[derive(Debug, Default)]
pub struct Memory(Mutex<OutputSet>);

impl Memory {
    /// The files collected.
    pub fn into_set(self) -> OutputSet {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Memory {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).insert(path, bytes)
    }
}

/// Takes files and keeps none (the briefs, when `serve` renders only the site).
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: &str, _: Vec<u8>) -> Result<(), String> {
        Ok(())
    }
}

/// The bytes `write` streams out for the file `path`, in memory.
pub(crate) fn collect(
    path: &str,
    write: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    write(&mut bytes).map_err(|e| format!("{path}: {e}"))?;
    Ok(bytes)
}

/// Accepts relative `/`-separated paths made of ordinary names.
pub(crate) fn check_path(path: &str) -> Result<(), String> {
    let bad = path.is_empty()
        || path.len() > MAX_PATH
        || path.starts_with('/')
        || path.contains(['\\', '\0', ':'])
        || path.split('/').any(|c| c.is_empty() || c == "." || c == ".." || c.len() > 255);
    if bad {
        return Err(format!("refusing the output path {path:?}"));
    }
    Ok(())
}

/// Names kept in the output folder from one build to the next.
fn is_preserved(name: &str) -> bool {
    (name.starts_with('.') || name == "CNAME") && name != MANIFEST
}

/// The list of the files a build made, kept in its output so the next build knows what to
/// delete without walking every folder.
const MANIFEST: &str = ".mediabrief-files";

/// Output written beside its target, waiting to take its place.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    work: PathBuf,
    /// True when the work folder was made empty by this build: nothing in it to compare
    /// with or to delete.
    fresh: bool,
    state: Mutex<StagingState>,
}

#[derive(Debug, Default)]
struct StagingState {
    /// Paths given so far.
    given: BTreeSet<String>,
    /// Folders known to exist in the work folder, relative to it (a hash set: every file
    /// asks, and comparing paths component by component in a tree cost more than the rest
    /// of writing the file).
    folders: rustc_hash::FxHashSet<String>,
    /// Files written (new or changed).
    written: usize,
    /// Bytes of every file given.
    bytes: u64,
    /// The first write that failed.
    failure: Option<String>,
}

impl Staging {
    /// Prepares to write `target`: finishes what an interrupted build left, and makes the
    /// work folder beside it.
    pub fn begin(target: &Path) -> io::Result<Staging> {
        let target = absolute(target)?;
        let parent = target.parent().ok_or_else(|| io::Error::other("the output folder has no parent"))?;
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::other("the output folder has no name"))?
            .to_string_lossy()
            .into_owned();
        if target.exists() && !target.is_dir() {
            return Err(io::Error::other(format!("{} exists and is not a folder", target.display())));
        }
        fs::create_dir_all(parent)?;
        let work = parent.join(format!(".{name}.previous"));
        if work.exists() && target.exists() {
            // A build killed between the swap and the carry-over left the user's files here.
            carry_over(&work, &target, &BTreeSet::new())?;
        }
        let fresh = !work.exists();
        fs::create_dir_all(&work)?;
        Ok(Staging { target, work, fresh, state: Mutex::new(StagingState::default()) })
    }

    /// Files written so far that were new or changed.
    pub fn written(&self) -> usize {
        self.lock().written
    }

    /// The files this build gives and their bytes, written or unchanged.
    pub fn size(&self) -> (usize, u64) {
        let state = self.lock();
        (state.given.len(), state.bytes)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, StagingState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Deletes what this build did not make, then puts the work folder in the target's
    /// place. The replaced output becomes the next build's work folder.
    pub fn commit(self) -> io::Result<()> {
        let mut given = std::mem::take(&mut self.lock().given);
        if !self.fresh {
            match fs::read_to_string(self.work.join(MANIFEST)) {
                Ok(list) => remove_listed(&self.work, list.lines().filter(|p| !given.contains(*p)))?,
                Err(_) => {
                    remove_stale(&self.work, &self.work, &given)?;
                }
            }
        }
        let list: String = given.iter().map(|p| format!("{p}\n")).collect();
        fs::write(self.work.join(MANIFEST), list)?;
        given.insert(MANIFEST.to_owned());
        if !self.target.exists() {
            fs::rename(&self.work, &self.target)?;
            return Ok(());
        }
        swap(&self.work, &self.target)?;
        carry_over(&self.work, &self.target, &given)
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), String> {
        self.claim(path)?;
        self.lock().bytes += bytes.len() as u64;
        self.recorded(self.write(path, bytes))
    }

    fn put_with(
        &self,
        path: &str,
        write: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<(), String> {
        self.claim(path)?;
        let file = self.work.join(path);
        self.recorded(self.make_room(path, &file).and_then(|()| {
            let streamed =
                fs::File::create(&file).and_then(|mut f| write(&mut f)).and_then(|()| fs::metadata(&file));
            streamed.map(|m| self.lock().bytes += m.len()).map_err(|e| format!("{}: {e}", file.display()))
        }))?;
        self.lock().written += 1;
        Ok(())
    }

    fn failure(&self) -> Option<String> {
        self.lock().failure.clone()
    }
}

impl Staging {
    /// Takes `path` for this build: refused when it could leave the folder or was given.
    fn claim(&self, path: &str) -> Result<(), String> {
        check_path(path)?;
        if !self.lock().given.insert(path.to_owned()) {
            return Err(format!("two outputs want the path {path}"));
        }
        Ok(())
    }

    /// `result`, remembering the first write that failed.
    fn recorded(&self, result: Result<(), String>) -> Result<(), String> {
        result.inspect_err(|e| {
            self.lock().failure.get_or_insert_with(|| e.clone());
        })
    }

    /// Makes the folder of `path` (once per folder) and removes a folder the previous
    /// build left where the file goes (`file`, the path in the work folder).
    fn make_room(&self, path: &str, file: &Path) -> Result<(), String> {
        if let Some((folder, _)) = path.rsplit_once('/')
            && !self.lock().folders.contains(folder)
        {
            // Made outside the lock: other threads go on writing meanwhile.
            let dir = self.work.join(folder);
            fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            self.lock().folders.insert(folder.to_owned());
        }
        if !self.fresh && file.is_dir() {
            fs::remove_dir_all(file).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        Ok(())
    }

    /// Writes one file into the work folder, unless the previous build made it identically.
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<(), String> {
        let file = self.work.join(path);
        let same = !self.fresh
            && fs::metadata(&file).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
            && fs::read(&file).is_ok_and(|old| old == bytes);
        if !same {
            self.make_room(path, &file)?;
            fs::write(&file, &bytes).map_err(|e| format!("{}: {e}", file.display()))?;
            self.lock().written += 1;
        }
        Ok(())
    }
}

/// Deletes the listed files of `root` (checked paths only) and the folders they leave empty.
fn remove_listed<'p>(root: &Path, paths: impl Iterator<Item = &'p str>) -> io::Result<()> {
    for path in paths.filter(|p| check_path(p).is_ok()) {
        let file = root.join(path);
        match fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        }
        let mut folder = file.parent();
        while let Some(f) = folder.filter(|f| *f != root) {
            if fs::remove_dir(f).is_err() {
                break;
            }
            folder = f.parent();
        }
    }
    Ok(())
}

/// Deletes the files under `dir` that are not in `given`, and the folders left empty.
fn remove_stale(root: &Path, dir: &Path, given: &BTreeSet<String>) -> io::Result<bool> {
    let mut empty = true;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let rel = relative(root, &path);
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if remove_stale(root, &path, given)? {
                fs::remove_dir(&path)?;
            } else {
                empty = false;
            }
        } else if given.contains(&rel) {
            empty = false;
        } else {
            fs::remove_file(&path)?;
        }
    }
    Ok(empty)
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Exchanges two folders in one step where the system can, else with two renames.
fn swap(a: &Path, b: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    let parked = a.with_extension("parked");
    fs::rename(b, &parked)?;
    fs::rename(a, b)?;
    fs::rename(&parked, a)
}

/// Moves the user's dot-files and CNAME from the previous output into the new one.
fn carry_over(previous: &Path, target: &Path, made: &BTreeSet<String>) -> io::Result<()> {
    for entry in fs::read_dir(previous)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_preserved(&name) && !made.contains(&name) && !target.join(&name).exists() {
            fs::rename(entry.path(), target.join(&name))?;
        }
    }
    Ok(())
}

/// `path` made absolute, with `.` and `..` resolved by name.
pub(crate) fn absolute(path: &Path) -> io::Result<PathBuf> {
    let mut out = PathBuf::new();
    for c in std::path::absolute(path)?.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// Writes `set` to `target` whole, through a [`Staging`].
pub fn write(set: &OutputSet, target: &Path) -> io::Result<()> {
    let staging = Staging::begin(target)?;
    for (path, bytes) in set.iter() {
        staging.put(path, bytes.to_vec()).map_err(io::Error::other)?;
    }
    staging.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_escape_are_refused() {
        let mut set = OutputSet::default();
        for bad in ["", "/etc/passwd", "../x", "a/../../x", "a//b", "a\\b", "c:x", "./a"] {
            assert!(set.insert(bad, "x").is_err(), "{bad:?}");
        }
        set.insert("events/a/index.html", "x").unwrap();
        assert_eq!(
            set.insert("events/a/index.html", "y").unwrap_err(),
            "two outputs want the path events/a/index.html"
        );
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writing_replaces_old_files_and_keeps_dot_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        fs::create_dir_all(target.join(".git")).unwrap();
        fs::write(target.join(".git/HEAD"), "ref").unwrap();
        fs::write(target.join("CNAME"), "brief.example.org").unwrap();
        fs::write(target.join("stale.html"), "old").unwrap();
        let mut set = OutputSet::default();
        set.insert("index.html", "new").unwrap();
        set.insert("events/a/index.html", "a").unwrap();
        write(&set, &target).unwrap();
        assert_eq!(fs::read_to_string(target.join("index.html")).unwrap(), "new");
        assert_eq!(fs::read_to_string(target.join(".git/HEAD")).unwrap(), "ref");
        assert_eq!(fs::read_to_string(target.join("CNAME")).unwrap(), "brief.example.org");
        assert!(!target.join("stale.html").exists());
        assert_eq!(names(dir.path()), [".public.previous", "public"]);
        // The next build brings the previous output up to date, writing only what changed.
        let mut next = OutputSet::default();
        next.insert("index.html", "newer").unwrap();
        next.insert("events/a/index.html", "a").unwrap();
        let staging = Staging::begin(&target).unwrap();
        for (p, b) in next.iter() {
            staging.put(p, b.to_vec()).unwrap();
        }
        assert_eq!(staging.written(), 2, "the work folder held the build before last");
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(target.join("index.html")).unwrap(), "newer");
        assert_eq!(fs::read_to_string(target.join(".git/HEAD")).unwrap(), "ref");
        assert_eq!(names(&target), [".git", ".mediabrief-files", "CNAME", "events", "index.html"]);
    }
}
