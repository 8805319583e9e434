//! `mediabrief new DIR`: a new monitoring project, in a folder that is new or empty.

use std::fs;
use std::path::PathBuf;

use clap::Args;

use crate::Failure;

#[derive(Args, Debug)]
pub(crate) struct NewArgs {
    /// The folder to create (it may exist if empty).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The brief's title (book.toml's [book] title).
    #[arg(long)]
    pub title: Option<String>,
}

pub(crate) fn run(args: &NewArgs) -> Result<(), Failure> {
    let dir = &args.dir;
    let io = |e: std::io::Error| Failure::Io(format!("{}: {e}", dir.display()));
    if dir.exists() && fs::read_dir(dir).map_err(io)?.next().is_some() {
        return Err(Failure::Io(format!(
            "{} is not empty: `new` only writes into a new or empty folder",
            dir.display()
        )));
    }
    let title = match &args.title {
        Some(t) => t.clone(),
        None => {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            format!("{}: a media brief", if name.is_empty() { "Monitoring" } else { &name })
        }
    };
    for (rel, text) in crate::scaffold::files(&title) {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io)?;
        }
        fs::write(&path, text).map_err(io)?;
    }
    eprintln!(
        "Created {}. Next:\n  cd {}\n  mediabrief import CLIPPING...   # add articles\n  mediabrief serve                # preview, live\n  mediabrief build && mdbook build",
        dir.display(),
        dir.display()
    );
    Ok(())
}
