//! The commands: orchestration only, the work is in the library's stages.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod import;
pub(crate) mod new;
mod progress;

use std::path::PathBuf;

use clap::Args;

use crate::analysis::{AnalysisOptions, EventOptions};
use crate::diagnostics::Diagnostics;
use crate::project::Project;
use crate::render::{ArticleText, Links};
use crate::{BuildOptions, Failure};

/// Options shared by the commands that read a project.
#[derive(Args, Debug, Clone)]
pub(crate) struct ProjectArgs {
    /// The project folder (holding content/, templates/ and book.toml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Treat warnings (unknown keys, unknown sources...) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Articles further apart than this many days never join one event.
    #[arg(long, value_name = "DAYS", default_value_t = 3)]
    pub window_days: u32,
    /// Print how long each stage takes, and the memory in use after it.
    #[arg(long)]
    pub timings: bool,
    /// What of each article's own text the site republishes: all of it, an excerpt (the
    /// lead and the paragraphs quoted), or none (a link to the outlet).
    #[arg(long, value_enum, value_name = "TEXT", default_value_t = ArticleText::Full)]
    pub article_text: ArticleText,
    /// Folder, relative to the root, where `build`, `check` and `serve` keep what they
    /// computed per article and per event, for the next run to reuse (restore it between CI
    /// runs).
    #[arg(long, value_name = "DIR", default_value = ".mediabrief-cache")]
    pub cache: PathBuf,
    /// Neither read nor write the cache.
    #[arg(long)]
    pub no_cache: bool,
}

/// Where the site is published, for the commands that make it (`serve` always serves it at
/// the root of its own address).
#[derive(Args, Debug, Clone)]
pub(crate) struct SiteArgs {
    /// Address the site is published at, e.g. https://user.github.io/repo/ (a path such as
    /// /repo/ works too; feeds and the sitemap need a full address).
    #[arg(long, value_name = "URL", default_value = "/")]
    pub base_url: String,
}

/// Opens the project and resolves the shared options, once: the site's address is
/// `base_url`.
pub(crate) fn open(
    args: &ProjectArgs,
    base_url: &str,
) -> Result<(Project, BuildOptions, Diagnostics), Failure> {
    let mut diags = Diagnostics::default();
    if !args.root.is_dir() {
        return Err(Failure::Io(format!("--root {}: no such folder", args.root.display())));
    }
    // As Zola and mdBook do, refuse a folder that is no project rather than build an empty
    // site into it.
    if !args.root.join("content").is_dir() && !args.root.join(crate::project::BOOK_TOML).is_file() {
        return Err(Failure::Io(format!(
            "{} is not a mediabrief project: it has no content/ folder and no book.toml; \
             run `mediabrief new DIR` to start one, or pass --root to the project's folder",
            args.root.display()
        )));
    }
    let project =
        Project::load(&args.root, &mut diags).map_err(|e| Failure::Io(format!("reading book.toml: {e}")))?;
    let links = Links::new(base_url).map_err(Failure::Io)?;
    let timings = std::sync::Arc::new(crate::Timings::new(args.timings));
    let options = BuildOptions {
        strict: args.strict,
        links,
        text: args.article_text,
        analysis: AnalysisOptions {
            events: EventOptions { window_days: args.window_days },
            timings: timings.clone(),
        },
        timings,
        cache: (!args.no_cache).then(|| args.root.join(&args.cache)),
    };
    Ok((project, options, diags))
}

/// Prints warnings, sorted.
fn print_warnings(diags: &Diagnostics) {
    for d in diags.sorted() {
        eprintln!("{d}");
    }
}
