//! The command line: one argument struct per command, resolved once into settings.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::Failure;

/// Turns a folder of news articles into a media-monitoring brief: events, timelines,
/// source comparison and quote tables, as a static site and mdBook briefs.
#[derive(Parser, Debug)]
#[command(name = "mediabrief", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build the site and the briefs from content/.
    Build(BuildArgs),
    /// Check content/ and templates/ and render everything in memory, writing nothing.
    Check(CheckArgs),
    /// Turn clippings (text copied from a web page, or saved HTML pages) into articles.
    Import(ImportArgs),
    /// Build the site in memory and serve it on 127.0.0.1, rebuilding when files change.
    Serve(ServeArgs),
    /// Create a new monitoring project: example content, book.toml and a publishing workflow.
    New(NewArgs),
}

/// Options shared by the commands that read a project.
#[derive(Args, Debug, Clone)]
pub(crate) struct ProjectArgs {
    /// The project folder (holding content/, templates/ and book.toml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Treat warnings (unknown keys, unknown sources...) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Address the site is published at, e.g. https://user.github.io/repo/ (a path such as
    /// /repo/ works too; feeds and the sitemap need a full address).
    #[arg(long, value_name = "URL", default_value = "/")]
    pub base_url: String,
    /// Articles further apart than this many days never join one event.
    #[arg(long, value_name = "DAYS", default_value_t = 3)]
    pub window_days: u32,
    /// Print how long each stage takes, and the memory in use after it.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Args, Debug)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Folder for the site, relative to the root.
    #[arg(long, value_name = "DIR", default_value = "public")]
    pub output: PathBuf,
    /// Folder for the Markdown briefs, relative to the root (book.toml's [book] src).
    #[arg(long, value_name = "DIR", default_value = "briefs")]
    pub briefs: PathBuf,
    /// Print only errors and warnings; no progress.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Args, Debug)]
pub(crate) struct ImportArgs {
    /// The project folder: articles go to its content/articles/YEAR/.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// The outlet's id in sources.yaml, when the clipping does not show it.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// The article's address (one clipping at a time).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The publication date (YYYY-MM-DD or RFC 3339), when the clipping does not state it.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Print the articles instead of writing them.
    #[arg(long)]
    pub dry_run: bool,
    /// Print only what could not be determined; no progress.
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print each line taken out of a clipping, and why.
    #[arg(long, short)]
    pub verbose: bool,
    /// Clipping files: .txt (text as copied) or .html (saved pages).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, short, default_value_t = 3000)]
    pub port: u16,
}

#[derive(Args, Debug)]
pub(crate) struct NewArgs {
    /// The folder to create (it may exist if empty).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The brief's title (book.toml's [book] title).
    #[arg(long)]
    pub title: Option<String>,
}

/// Runs the command line and returns the exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => crate::cmd::build::run(&args),
        Command::Check(args) => crate::cmd::check::run(&args),
        Command::Import(args) => crate::cmd::import::run(&args),
        Command::Serve(args) => crate::serve::run(&args),
        Command::New(args) => crate::cmd::new::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Content(d)) => {
            let failure = Failure::Content(d);
            eprint!("{failure}");
            ExitCode::from(1)
        }
        Err(e @ Failure::Io(_)) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
