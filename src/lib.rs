//! mediabrief turns a folder of news articles into a media-monitoring brief.
//!
//! The pipeline, one typed stage after another:
//!
//! 1. [`project::Project::load`]: the root folder and the `book.toml` settings;
//! 2. [`corpus::read`] then [`corpus::parse`]: every article and registry of `content/`,
//!    checked, each body rendered once;
//! 3. [`analysis::analyse`]: mentions, events, stories, quotes, comparison (no I/O: its
//!    `--timings` laps are recorded, and printed by the command);
//! 4. [`render::render`]: the site and the briefs, each file handed to a sink as it is made;
//! 5. [`output::Staging`]: the files reach the disk beside the previous output, which they
//!    replace in one swap.
//!
//! [`load`] runs stages 2 and 3 and [`build`] adds 4; the commands in [`cli`] decide where
//! the files go: to the disk (`build`), to a link checker (`check`), or to pages rendered
//! when a browser asks for them (`serve`, which keeps a [`Cache`] between builds in
//! memory). All three keep it on disk from one run to the next (`src/cache.rs`). `import`
//! and `new` make content rather than read it.

pub mod analysis;
mod cache;
pub mod cli;
mod cmd;
pub mod corpus;
pub mod diagnostics;
pub mod import;
mod interner;
pub mod linkcheck;
pub mod markdown;
pub mod output;
pub mod project;
pub mod render;
mod scaffold;
#[cfg(feature = "serve")]
mod serve;
pub mod text;

use std::fmt;
use std::io;

use analysis::AnalysisOptions;
use diagnostics::Diagnostics;
use output::Sink;
use project::Project;
use render::{Links, TemplateFiles, Templates};

pub use cache::Cache;

/// Settings of a build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Warnings count as errors.
    pub strict: bool,
    /// Where the site will be served.
    pub links: Links,
    /// What of each article's text the site shows.
    pub text: render::ArticleText,
    /// Analysis settings.
    pub analysis: AnalysisOptions,
    /// How long each stage took, when `--timings` asks (shared with the analysis').
    pub timings: std::sync::Arc<Timings>,
    /// The folder a build keeps what it computed per article and per event in, for the
    /// next build to reuse (`--cache`); none to keep nothing.
    pub cache: Option<std::path::PathBuf>,
}

/// How long each stage took and the memory in use after it, for `--timings`: the stages
/// record their laps, the command prints them when it is done.
#[derive(Debug, Default)]
pub struct Timings {
    laps: Option<std::sync::Mutex<Vec<String>>>,
}

impl Timings {
    pub fn new(on: bool) -> Timings {
        Timings { laps: on.then(Default::default) }
    }

    /// A stopwatch that records into these timings from now.
    pub(crate) fn start(&self) -> Stopwatch<'_> {
        Stopwatch { timings: self, start: self.laps.is_some().then(std::time::Instant::now) }
    }

    /// Records a line of its own (what the cache held).
    pub(crate) fn note(&self, line: String) {
        if let Some(laps) = &self.laps {
            laps.lock().unwrap_or_else(|p| p.into_inner()).push(line);
        }
    }

    /// The laps recorded since the last call, as lines to print.
    pub fn take(&self) -> Vec<String> {
        let Some(laps) = &self.laps else { return Vec::new() };
        std::mem::take(&mut *laps.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// Times the stages of a build for `--timings`.
pub(crate) struct Stopwatch<'t> {
    timings: &'t Timings,
    start: Option<std::time::Instant>,
}

impl Stopwatch<'_> {
    /// Records the time the stage that just ended took.
    pub(crate) fn lap(&mut self, stage: &str) {
        if let (Some(start), Some(laps)) = (self.start, &self.timings.laps) {
            let now = std::time::Instant::now();
            let line =
                format!("timing: {stage:<8} {:>8.1} ms{}", (now - start).as_secs_f64() * 1000.0, memory());
            laps.lock().unwrap_or_else(|p| p.into_inner()).push(line);
            self.start = Some(now);
        }
    }
}

/// The process's memory now and at its peak, on Linux (`, 312 MiB (peak 330 MiB)`).
fn memory() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else { return String::new() };
    let kib = |key: &str| -> Option<u64> {
        status.lines().find_map(|l| l.strip_prefix(key)?.split_whitespace().next()?.parse().ok())
    };
    match (kib("VmRSS:"), kib("VmHWM:")) {
        (Some(now), Some(peak)) => format!(", {} MiB (peak {} MiB)", now >> 10, peak >> 10),
        _ => String::new(),
    }
}

/// Where a build's files go.
#[derive(Clone, Copy)]
pub struct Outputs<'s> {
    /// The HTML site, with data.json.
    pub site: &'s dyn Sink,
    /// The Markdown briefs for mdBook.
    pub briefs: &'s dyn Sink,
}

/// A successful build: the warnings met on the way, and what it covered.
#[derive(Debug)]
pub struct Built {
    /// Warnings (no errors, or the build would have failed).
    pub diagnostics: Diagnostics,
    /// Counts for the summary line.
    pub stats: Stats,
    /// Notes for `check`: articles that nearly joined another event.
    pub notes: Diagnostics,
}

/// What a build covered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Articles read.
    pub articles: usize,
    /// Events found.
    pub events: usize,
    /// Quotes found.
    pub quotes: usize,
}

/// Why a build failed.
#[derive(Debug)]
pub enum Failure {
    /// Problems in the content or templates (exit code 1).
    Content(Diagnostics),
    /// The disk or the command line (exit code 2).
    Io(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Content(d) => {
                for line in d.sorted() {
                    writeln!(f, "{line}")?;
                }
                Ok(())
            }
            Failure::Io(e) => write!(f, "error: {e}"),
        }
    }
}

fn io_failure(what: &str) -> impl Fn(io::Error) -> Failure + '_ {
    move |e| Failure::Io(format!("{what}: {e}"))
}

/// A project read, checked and analysed: what rendering needs.
pub struct Loaded {
    /// Every article and registry.
    pub corpus: corpus::Corpus,
    /// What the corpus says.
    pub analysis: analysis::Analysis,
    /// The project's templates over the built-in ones, compiled (none when they do not
    /// compile: the errors are in the diagnostics, and nothing is rendered).
    pub templates: Templates,
}

impl Loaded {
    /// What rendering reads: this project, as `options` publish it.
    pub fn inputs<'a>(&'a self, project: &'a Project, options: &'a BuildOptions) -> render::Inputs<'a> {
        render::Inputs {
            project,
            corpus: &self.corpus,
            analysis: &self.analysis,
            templates: &self.templates,
            links: &options.links,
            text: options.text,
        }
    }
}

/// Stages 2 and 3: reads `content/` and `templates/`, checks them and analyses the
/// corpus. Problems in the content go to `diags`; only I/O fails here.
pub fn load(
    project: &Project,
    options: &BuildOptions,
    diags: &mut Diagnostics,
    mut cache: Option<&mut Cache>,
) -> Result<Loaded, Failure> {
    let mut clock = options.timings.start();
    let files =
        corpus::read(&project.root, &project.content_dir(), diags).map_err(io_failure("reading content/"))?;
    let template_files =
        corpus::read_templates(&project.templates_dir(), diags).map_err(io_failure("reading templates/"))?;
    clock.lap("read");
    let templates = TemplateFiles::new(template_files).compile().unwrap_or_else(|d| {
        diags.append(d);
        Templates::default()
    });
    let corpus = corpus::parse_cached(files, diags, cache.as_deref_mut().map(|c| &mut c.parsed));
    clock.lap("parse");
    let analysis =
        analysis::analyse_cached(&corpus, &options.analysis, diags, cache.map(|c| &mut c.analysis));
    clock.lap("analyse");
    Ok(Loaded { corpus, analysis, templates })
}

/// [`load`], with the cache folder of `options` if it names one: what it holds is
/// reused, and it is replaced by what this build computed.
fn load_cached(
    project: &Project,
    options: &BuildOptions,
    diags: &mut Diagnostics,
) -> Result<Loaded, Failure> {
    let Some(dir) = &options.cache else { return load(project, options, diags, None) };
    let mut cache = cache::open(dir, &options.timings);
    let held = cache.analysis.len();
    let mut loaded = load(project, options, diags, Some(&mut cache))?;
    cache::keep(dir, &cache, held, &options.timings);
    drop(cache);
    loaded.analysis.drop_working_sets();
    Ok(loaded)
}

/// Reads the project's content and templates, analyses them and renders every file into
/// `outputs`. `diags` holds what was found before (in book.toml). When the content has
/// errors, nothing is rendered: the errors are the result.
pub fn build(
    project: &Project,
    options: &BuildOptions,
    mut diags: Diagnostics,
    outputs: Outputs<'_>,
) -> Result<Built, Failure> {
    let loaded = load_cached(project, options, &mut diags)?;
    let mut clock = options.timings.start();
    if !diags.is_failure(options.strict) {
        if let Err(d) = render::render(&loaded.inputs(project, options), outputs.site, outputs.briefs) {
            diags.append(d);
        }
        clock.lap("render");
    }
    finish(&loaded, options, diags)
}

/// The result of a build whose files are made: its failure under the options, or its
/// warnings, notes and counts.
pub(crate) fn finish(loaded: &Loaded, options: &BuildOptions, diags: Diagnostics) -> Result<Built, Failure> {
    if diags.is_failure(options.strict) {
        // The notes are not what failed: they would bury the errors.
        let diags = if options.strict { diags.into_strict() } else { diags };
        return Err(Failure::Content(diags.without_notes()));
    }
    let Loaded { corpus, analysis, .. } = loaded;
    let stats = Stats {
        articles: corpus.articles.len(),
        events: analysis.events.len(),
        quotes: analysis.quotes.len(),
    };
    Ok(Built { diagnostics: diags, stats, notes: near_miss_notes(corpus, analysis) })
}

/// One note per article that nearly joined an event it is not in, naming the event.
fn near_miss_notes(corpus: &corpus::Corpus, analysis: &analysis::Analysis) -> Diagnostics {
    let mut notes = Diagnostics::default();
    for n in &analysis.near_misses {
        let article = &corpus.articles[n.article];
        let other = &analysis.events[analysis.event_of[n.other]];
        notes.note(
            &article.path,
            article.key_pos("event"),
            format!(
                "nearly joined event \"{}\" (through {}, at {:.0}% of the bar); to put it there, add `event: {}` to its front matter",
                other.id,
                corpus.articles[n.other].id,
                n.strength * 100.0,
                other.id
            ),
        );
    }
    notes
}
