//! `mediabrief check`: the whole build rendered, then every internal link and anchor
//! checked; nothing is written.

use clap::Args;

use super::{ProjectArgs, SiteArgs};
use super::{open, print_warnings};
use crate::diagnostics::Pos;
use crate::linkcheck::SiteIndex;
use crate::output::Discard;
use crate::{Failure, Outputs, build};

#[derive(Args, Debug)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[command(flatten)]
    pub site: SiteArgs,
}

pub(crate) fn run(args: &CheckArgs) -> Result<(), Failure> {
    let (project, options, diags) = open(&args.project, &args.site.base_url)?;
    // The briefs are rendered (a template error is found) but not kept.
    let site = SiteIndex::default();
    let mut built = build(&project, &options, diags, Outputs { site: &site, briefs: &Discard })?;
    for line in options.timings.take() {
        eprintln!("{line}");
    }
    for b in site.broken(&options.links.base) {
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
        site.len()
    );
    Ok(())
}
