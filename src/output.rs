//! The built files, in memory, and how they reach the disk.
//!
//! Rendering fills an [`OutputSet`]: every path is checked as it is added, so no id or
//! template can make a file land outside the output folder, and two pages wanting one
//! path are reported instead of one silently winning. Writing goes to a staging folder
//! beside the target which then takes the target's place in one step, so a failed or
//! interrupted build leaves the previous output whole. Dot-files the user keeps in the
//! output folder (a `.git` of a gh-pages worktree) and a `CNAME` carry over.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// Files to write, by path relative to the output folder (`/`-separated).
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

/// Accepts relative `/`-separated paths made of ordinary names.
fn check_path(path: &str) -> Result<(), String> {
    let bad = path.is_empty()
        || path.len() > MAX_PATH
        || path.starts_with('/')
        || path.contains(['\\', '\0', ':'])
        || path.split('/').any(|c| c.is_empty() || c == "." || c == ".." || c.len() > 255);
    if bad {
        return Err(format!("refusing the output path {:?}", path));
    }
    Ok(())
}

/// Names kept from the previous output when the new one lacks them.
fn is_preserved(name: &str) -> bool {
    name.starts_with('.') || name == "CNAME"
}

/// Writes `set` to `target` through a staging folder, then swaps it in.
pub fn write(set: &OutputSet, target: &Path) -> io::Result<()> {
    stage(set, target)?.commit()
}

/// Output written beside its target, waiting to take its place.
#[derive(Debug)]
pub struct Staged<'s> {
    set: &'s OutputSet,
    target: PathBuf,
    /// Removed on drop unless committed.
    staging: Option<tempfile::TempDir>,
}

/// Writes `set` to a staging folder beside `target`. Nothing at `target` changes until
/// [`Staged::commit`].
pub fn stage<'s>(set: &'s OutputSet, target: &Path) -> io::Result<Staged<'s>> {
    let target = absolute(target)?;
    let (parent, name) = parent_and_name(&target)?;
    fs::create_dir_all(&parent)?;
    recover(&parent, &name, &target)?;
    let staging = tempfile::Builder::new().prefix(&format!(".{name}.staging-")).tempdir_in(&parent)?;
    write_files(set, staging.path())?;
    Ok(Staged { set, target, staging: Some(staging) })
}

impl Staged<'_> {
    /// Puts the staged output in the target's place.
    pub fn commit(mut self) -> io::Result<()> {
        let staging = self.staging.take().expect("committed once");
        // From here on the staging folder must outlive any error: after the swap it holds
        // the previous output, with the user's dot-files.
        let staging = staging.keep();
        if !self.target.exists() {
            return fs::rename(&staging, &self.target);
        }
        swap(&staging, &self.target)?;
        carry_over(&staging, &self.target, self.set)?;
        fs::remove_dir_all(&staging)
    }
}

fn parent_and_name(target: &Path) -> io::Result<(PathBuf, String)> {
    let parent = target.parent().ok_or_else(|| io::Error::other("the output folder has no parent"))?;
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::other("the output folder has no name"))?
        .to_string_lossy()
        .into_owned();
    Ok((parent.to_path_buf(), name))
}

/// Writes every file of `set` under `dir`, folders first, files in parallel.
fn write_files(set: &OutputSet, dir: &Path) -> io::Result<()> {
    let folders: std::collections::BTreeSet<&str> =
        set.files.keys().filter_map(|p| p.rsplit_once('/').map(|(d, _)| d)).collect();
    for f in folders {
        fs::create_dir_all(dir.join(f))?;
    }
    set.files.par_iter().try_for_each(|(path, bytes)| fs::write(dir.join(path), bytes))
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
fn carry_over(previous: &Path, target: &Path, set: &OutputSet) -> io::Result<()> {
    for entry in fs::read_dir(previous)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_preserved(&name) && set.get(&name).is_none() && !target.join(&name).exists() {
            fs::rename(entry.path(), target.join(&name))?;
        }
    }
    Ok(())
}

/// Finishes what an interrupted build left: a staging folder holding a previous output
/// gives its dot-files back to the target, then goes.
fn recover(parent: &Path, name: &str, target: &Path) -> io::Result<()> {
    let prefix = format!(".{name}.staging-");
    let mut leftovers: Vec<PathBuf> = fs::read_dir(parent)?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .collect();
    leftovers.sort();
    for dir in leftovers {
        if target.exists() {
            carry_over(&dir, target, &OutputSet::default())?;
        }
        fs::remove_dir_all(&dir)?;
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
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["public"]);
    }
}
