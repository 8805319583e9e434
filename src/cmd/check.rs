//! `mediabrief check`: the whole build in memory, plus a check of every internal link;
//! nothing is written.

use super::{open, print_warnings};
use crate::cli::CheckArgs;
use crate::diagnostics::Pos;
use crate::{Failure, build, linkcheck};

pub(crate) fn run(args: &CheckArgs) -> Result<(), Failure> {
    let (project, options, diags) = open(&args.project)?;
    let mut built = build(&project, &options, diags)?;
    for b in linkcheck::check(&built.outputs.site, &options.links.base) {
        built.diagnostics.error(
            &format!("public/{}", b.page),
            Pos::START,
            format!("broken internal link {}", b.href),
        );
    }
    if built.diagnostics.is_failure(options.strict) {
        return Err(Failure::Content(built.diagnostics));
    }
    built.diagnostics.append(built.notes);
    print_warnings(&built.diagnostics);
    eprintln!(
        "Checked {} articles, {} events, {} quotes: {} pages render, every internal link resolves.",
        built.stats.articles,
        built.stats.events,
        built.stats.quotes,
        built.outputs.site.len()
    );
    Ok(())
}
