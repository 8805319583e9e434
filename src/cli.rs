//! The command line: parses the arguments (each command defines its own) and dispatches
//! to the command; nothing below imports it back.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::Failure;
use crate::cmd::{build::BuildArgs, check::CheckArgs, import::ImportArgs, new::NewArgs};
#[cfg(feature = "serve")]
use crate::serve::ServeArgs;

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
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
    /// Create a new monitoring project: example content, book.toml and a publishing workflow.
    New(NewArgs),
}

/// Runs the command line and returns the exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => crate::cmd::build::run(&args),
        Command::Check(args) => crate::cmd::check::run(&args),
        Command::Import(args) => crate::cmd::import::run(&args),
        #[cfg(feature = "serve")]
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
