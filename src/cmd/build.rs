//! `mediabrief build`: everything rendered in memory, then written: the site and the
//! briefs are both staged before either replaces its previous version.

use std::path::{Path, PathBuf};

use clap::Args;

use super::progress::Progress;
use super::{ProjectArgs, SiteArgs};
use super::{open, print_warnings};
use crate::diagnostics::Severity;
use crate::output::{Sink, Staging, absolute};
use crate::project::Project;
use crate::{Failure, Outputs, build};

#[derive(Args, Debug)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[command(flatten)]
    pub site: SiteArgs,
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

pub(crate) fn run(args: &BuildArgs) -> Result<(), Failure> {
    let progress = Progress::new(args.quiet);
    progress.stage("Reading, analysing and rendering");
    let (project, options, mut diags) = open(&args.project, &args.site.base_url)?;
    let (site_dir, briefs_dir) = output_dirs(&project, &args.output, &args.briefs)?;
    if let Some(src) = &project.book.src
        && absolute(&project.root.join(src)).ok().as_ref() != Some(&briefs_dir)
    {
        diags.warning(
            crate::project::BOOK_TOML,
            crate::diagnostics::Pos::START,
            format!(
                "[book] src is \"{}\" but the briefs go to \"{}\": mdbook will not find them",
                src.display(),
                args.briefs.display()
            ),
        );
    }
    let io = |what: &Path| {
        let what = what.display().to_string();
        move |e: std::io::Error| Failure::Io(format!("writing {what}: {e}"))
    };
    let site = Staging::begin(&site_dir).map_err(io(&site_dir))?;
    let briefs = Staging::begin(&briefs_dir).map_err(io(&briefs_dir))?;
    let built = build(&project, &options, diags, Outputs { site: &site, briefs: &briefs });
    // A write that failed on the disk is the failure, whatever else went wrong.
    if let Some(e) = site.failure().or_else(|| briefs.failure()) {
        progress.finish();
        return Err(Failure::Io(format!("writing {e}")));
    }
    let built = match built {
        Ok(b) => b,
        Err(e) => {
            progress.finish();
            return Err(e);
        }
    };
    progress.stage("Writing");
    let mut clock = options.timings.start();
    let written = site.written() + briefs.written();
    let (files, bytes) = site.size();
    let mut diagnostics = built.diagnostics;
    if let Some(warning) = beyond_hosting(files, bytes) {
        diagnostics.warning(&args.output.display().to_string(), crate::diagnostics::Pos::START, warning);
    }
    site.commit().map_err(io(&site_dir))?;
    briefs.commit().map_err(io(&briefs_dir))?;
    clock.lap("swap");
    progress.finish();
    for line in options.timings.take() {
        eprintln!("{line}");
    }
    print_warnings(&diagnostics.without_notes());
    if !args.quiet {
        eprintln!(
            "Built {} articles, {} events and {} quotes into {} and {} ({written} files new or changed).",
            built.stats.articles,
            built.stats.events,
            built.stats.quotes,
            args.output.display(),
            args.briefs.display(),
        );
        let notes = diagnostics.count(Severity::Note) + built.notes.count(Severity::Note);
        if notes > 0 {
            eprintln!(
                "{notes} note{} on what is not yet curated (never a failure): run `mediabrief check` to see them.",
                if notes == 1 { "" } else { "s" }
            );
        }
    }
    Ok(())
}

/// What Pages hosts accept: GitHub Pages publishes a site of at most 1 GB, GitLab Pages at
/// most 1 GB in 200,000 files.
const HOSTED_BYTES: u64 = 1_000_000_000;
const HOSTED_FILES: usize = 200_000;

/// A warning when the site passes what Pages hosts publish: the upload would fail, and
/// nothing else says why before it does. (The book mdBook makes of the briefs, published
/// beside the site, adds to it: about a seventh of the site's bytes and a few dozen files.)
fn beyond_hosting(files: usize, bytes: u64) -> Option<String> {
    let mut limits = Vec::new();
    if bytes > HOSTED_BYTES {
        limits.push("GitHub and GitLab Pages publish at most 1 GB");
    }
    if files > HOSTED_FILES {
        limits.push("GitLab Pages at most 200,000 files");
    }
    (!limits.is_empty()).then(|| {
        format!(
            "the site holds {:.2} GB in {files} files, and {} (the book beside it counts too): publish less of \
             each article's text with --article-text excerpt or none",
            bytes as f64 / 1e9,
            limits.join("; ")
        )
    })
}

/// The output folders, refused when writing them would destroy the project: the root
/// itself or a folder above it, `content/`, `templates/`, or one output inside the other.
fn output_dirs(project: &Project, output: &Path, briefs: &Path) -> Result<(PathBuf, PathBuf), Failure> {
    let abs =
        |p: &Path| absolute(&project.root.join(p)).map_err(|e| Failure::Io(format!("{}: {e}", p.display())));
    let root = abs(Path::new("."))?;
    let (site, book) = (abs(output)?, abs(briefs)?);
    let protected = [root.join("content"), root.join("templates")];
    for (flag, dir) in [("--output", &site), ("--briefs", &book)] {
        if root.starts_with(dir) {
            return Err(Failure::Io(format!(
                "{flag} {} would replace the project folder itself",
                dir.display()
            )));
        }
        if let Some(p) = protected.iter().find(|p| dir.starts_with(p) || p.starts_with(dir)) {
            return Err(Failure::Io(format!("{flag} {} would overwrite {}", dir.display(), p.display())));
        }
    }
    if site.starts_with(&book) || book.starts_with(&site) {
        return Err(Failure::Io("--output and --briefs must be separate folders".to_owned()));
    }
    Ok((site, book))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_past_what_pages_hosts_publish_is_a_warning_naming_the_limit() {
        assert_eq!(beyond_hosting(199_000, 900_000_000), None);
        let big = beyond_hosting(150_000, 1_200_000_000).expect("a warning");
        assert!(big.contains("1.20 GB in 150000 files") && big.contains("at most 1 GB"), "{big}");
        assert!(!big.contains("200,000"), "{big}");
        let many = beyond_hosting(230_000, 800_000_000).expect("a warning");
        assert!(many.contains("at most 200,000 files") && !many.contains("1 GB"), "{many}");
        assert!(many.contains("--article-text excerpt or none"), "{many}");
    }
}
