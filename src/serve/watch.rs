//! Watching the project: changes under `content/` and `templates/` and to `book.toml`,
//! gathered for a moment (an editor saves in several steps), trigger one rebuild.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::ModifyKind;
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::{Live, Site};
use crate::project::Project;
use crate::{BuildOptions, Cache};

/// How long to wait for the rest of an editor's save.
const SETTLE: Duration = Duration::from_millis(80);

/// Starts watching; the watcher stops when the returned value is dropped.
pub(crate) fn start(
    project: Project,
    options: BuildOptions,
    mut cache: Cache,
    live: Arc<Live>,
) -> notify::Result<RecommendedWatcher> {
    let root = std::fs::canonicalize(&project.root).unwrap_or_else(|_| project.root.clone());
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    for dir in [project.content_dir(), project.templates_dir()] {
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    watcher.watch(&root, RecursiveMode::NonRecursive)?;
    std::thread::spawn(move || {
        while next_change(&rx, &root) {
            let started = Instant::now();
            let result = Site::load(&project, &options, &mut cache);
            match &result {
                Ok(_) => eprintln!("Rebuilt in {:.0} ms.", started.elapsed().as_secs_f64() * 1000.0),
                Err(_) => eprintln!("Build failed: still serving the last good site."),
            }
            live.update(result);
        }
    });
    Ok(watcher)
}

/// Waits for a change to a source file, then for the events that follow it to settle.
/// False when the watcher is gone.
fn next_change(rx: &Receiver<notify::Result<Event>>, root: &Path) -> bool {
    loop {
        match rx.recv() {
            Ok(event) if is_change(&event, root) => break,
            Ok(_) => continue,
            Err(_) => return false,
        }
    }
    loop {
        match rx.recv_timeout(SETTLE) {
            Ok(_) => continue,
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// A file the site is built from was created, written, renamed or removed. Reading (which
/// the build itself does) is not a change.
fn is_change(event: &notify::Result<Event>, root: &Path) -> bool {
    let Ok(event) = event else { return true };
    let writes = match event.kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(kind) => !matches!(kind, ModifyKind::Metadata(_)),
        _ => false,
    };
    writes && event.paths.iter().any(|p| is_source(root, p))
}

/// Whether a path is one the site is built from.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return true };
    let hidden = rel.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    !hidden && (rel.starts_with("content") || rel.starts_with("templates") || rel == Path::new("book.toml"))
}
