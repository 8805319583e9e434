//! `mediabrief import`: clippings become article files, each written once and never over
//! another file. A clipping imported before (its hash is in an article's provenance line),
//! or one that repeats an article already there (the same address, or the same text from
//! the same outlet), is left alone, so importing a folder again changes nothing.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::Args;

use super::progress::Progress;
use crate::corpus::{self, Published, Slug, SourceFile, check_url};
use crate::diagnostics::{Diagnostics, Pos};
use crate::import::{self, Clipping, Hints, How, recorded_hash, text_hash};
use crate::{Failure, io_failure};

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

pub(crate) fn run(args: &ImportArgs) -> Result<(), Failure> {
    let root = &args.root;
    if !root.is_dir() {
        return Err(Failure::Io(format!("--root {}: no such folder", root.display())));
    }
    let mut diags = Diagnostics::default();
    let content = root.join("content");
    let files = corpus::read(root, &content, &mut diags).map_err(io_failure("reading content/"))?;
    let mut sources = corpus::parse_registries(&files.registries, &mut diags).sources;
    let mut known = Known::of(&files.articles);
    drop(files);
    let hints = hints(args, &sources)?;
    for d in diags.sorted() {
        eprintln!("{d}");
    }

    let mut problems = Diagnostics::default();
    let mut tally = Tally::default();
    let progress = Progress::counter(args.quiet || args.dry_run, args.files.len());
    for path in &args.files {
        match import_one(path, root, &mut sources, &hints, &mut known, args) {
            Ok((report, outcome)) => {
                progress.println(&report);
                tally.add(outcome);
            }
            Err(Problem::Content(d)) => {
                tally.failed += 1;
                problems.append(d);
            }
            Err(Problem::Io(message)) => {
                progress.finish();
                return Err(Failure::Io(message));
            }
        }
        progress.inc();
    }
    progress.finish();
    eprintln!("{}", tally.summary(args.dry_run));
    if problems.is_empty() { Ok(()) } else { Err(Failure::Content(problems)) }
}

/// What became of one clipping.
enum Outcome {
    /// Imported before, or a repeat of an article already there: left alone.
    Unchanged,
    /// Imported; the fields that need a look (assumed or missing), in report order.
    Imported(Vec<(&'static str, How)>),
}

/// The closing summary's counts.
#[derive(Default)]
struct Tally {
    imported: usize,
    unchanged: usize,
    failed: usize,
    /// Clippings with a field to check.
    to_check: usize,
    /// How many clippings had each field assumed or missing.
    fields: BTreeMap<(&'static str, &'static str), usize>,
}

impl Tally {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Imported(checks) => {
                self.imported += 1;
                self.to_check += usize::from(!checks.is_empty());
                for (field, how) in checks {
                    let how = if how == How::Missing { "missing" } else { "assumed" };
                    *self.fields.entry((field, how)).or_default() += 1;
                }
            }
        }
    }

    /// "12 clippings: 9 imported, 2 unchanged, 1 failed; 4 to check (published assumed 3,
    /// source assumed 2)".
    fn summary(&self, dry_run: bool) -> String {
        let total = self.imported + self.unchanged + self.failed;
        let verb = if dry_run { "would be imported" } else { "imported" };
        let mut out = format!(
            "{total} clipping{}: {} {verb}, {} already in the project, {} failed",
            if total == 1 { "" } else { "s" },
            self.imported,
            self.unchanged,
            self.failed
        );
        if self.to_check > 0 {
            let why: Vec<String> =
                self.fields.iter().map(|((field, how), n)| format!("{field} {how} {n}")).collect();
            out.push_str(&format!(
                "; {} to check ({}): see the `# check` lines at the top of each",
                self.to_check,
                why.join(", ")
            ));
        }
        out
    }
}

enum Problem {
    /// The clipping cannot become an article.
    Content(Diagnostics),
    /// The disk failed.
    Io(String),
}

/// The command line's facts, checked.
fn hints(args: &ImportArgs, sources: &BTreeMap<Slug, corpus::Source>) -> Result<Hints, Failure> {
    let usage = |m: String| Failure::Io(m);
    let source = match &args.source {
        Some(id) => {
            let slug = Slug::try_from(id.as_str()).map_err(|e| usage(format!("--source: {e}")))?;
            if !sources.contains_key(&slug) {
                return Err(usage(format!("--source {id}: no such source in content/sources.yaml")));
            }
            Some(slug)
        }
        None => None,
    };
    if args.url.is_some() && args.files.len() > 1 {
        return Err(usage("--url names one article: import its clipping alone".to_owned()));
    }
    if let Some(url) = &args.url {
        check_url(url).map_err(|e| usage(format!("--url: {e}")))?;
    }
    let published = args
        .published
        .as_deref()
        .map(Published::parse)
        .transpose()
        .map_err(|e| usage(format!("--published: {e}")))?;
    Ok(Hints { source, url: args.url.clone(), published, file_date: None })
}

/// The articles already in the project, by what tells a clipping is one of them.
struct Known {
    /// The clipping hashes recorded in articles' provenance lines, with the article's path.
    hashes: BTreeMap<String, String>,
    /// The articles' addresses and texts (see [`corpus::repeat_keys`]), with their paths.
    repeats: BTreeMap<corpus::RepeatKey, String>,
}

impl Known {
    fn of(articles: &[SourceFile]) -> Known {
        let mut hashes = BTreeMap::new();
        for a in articles {
            let head = String::from_utf8_lossy(&a.bytes[..a.bytes.len().min(1024)]);
            if let Some(hash) = recorded_hash(&head) {
                hashes.insert(hash.to_owned(), a.path.clone());
            }
        }
        Known { hashes, repeats: corpus::repeat_index(articles) }
    }

    /// The article `draft` repeats, and how.
    fn repeated(&self, draft: &import::Draft) -> Option<(&str, &'static str)> {
        Self::keys(draft).into_iter().find_map(|(key, why)| Some((self.repeats.get(&key?)?.as_str(), why)))
    }

    /// Records an article written from `draft` at `path`.
    fn add(&mut self, draft: &import::Draft, hash: String, path: &str) {
        self.hashes.insert(hash, path.to_owned());
        for (key, _) in Self::keys(draft) {
            self.repeats.extend(key.map(|k| (k, path.to_owned())));
        }
    }

    fn keys(draft: &import::Draft) -> [(Option<corpus::RepeatKey>, &'static str); 2] {
        let text = (!draft.paragraphs.is_empty()).then(|| crate::text::hash(&draft.paragraphs.join("\n")));
        corpus::repeat_keys(draft.source.as_str(), draft.url.as_deref(), text)
    }
}

/// Imports one clipping; returns the report to print.
fn import_one(
    path: &Path,
    root: &Path,
    sources: &mut BTreeMap<Slug, corpus::Source>,
    hints: &Hints,
    known: &mut Known,
    args: &ImportArgs,
) -> Result<(String, Outcome), Problem> {
    let name = path.display().to_string();
    let io = |e: std::io::Error| Problem::Io(format!("{name}: {e}"));
    let meta = fs::metadata(path).map_err(io)?;
    let content_error = |message: String| {
        let mut diags = Diagnostics::default();
        diags.error(&name, Pos::START, message);
        Problem::Content(diags)
    };
    if meta.len() > corpus::MAX_FILE_BYTES {
        let limit = corpus::MAX_FILE_BYTES >> 20;
        return Err(content_error(format!("{} bytes: a clipping is at most {limit} MiB", meta.len())));
    }
    let bytes = fs::read(path).map_err(io)?;
    let decoded = import::decode(&bytes).map_err(content_error)?;
    let text = corpus::normalize(&decoded.text);
    let hash = text_hash(&text);
    if let Some(existing) = known.hashes.get(&hash) {
        return Ok((format!("unchanged {name}: already imported as {existing}"), Outcome::Unchanged));
    }
    let html = is_html(path, &text);
    let file_date = meta.modified().ok().map(|t| chrono::DateTime::<chrono::Utc>::from(t).date_naive());
    let hints = Hints { file_date, ..hints.clone() };
    let mut draft = import::draft(&Clipping { text: &text, html }, sources, &hints).map_err(content_error)?;
    if let Some((charset, how)) = decoded.charset {
        let note = match how {
            How::Found => format!("{charset}, as the page declares; the article is written in UTF-8"),
            _ => format!("{charset}, detected (the clipping is not UTF-8 and does not say); check the text"),
        };
        draft.findings.push(import::Finding { field: "encoding", how, note });
    }
    if let Some((existing, why)) = known.repeated(&draft) {
        return Ok((format!("unchanged {name}: repeats {existing} ({why})"), Outcome::Unchanged));
    }
    let origin = path.file_name().map_or(name.clone(), |n| n.to_string_lossy().into_owned());
    if let Some(new) = draft.new_source.take() {
        if !args.dry_run {
            add_source(root, &new, &origin).map_err(|e| Problem::Io(format!("content/sources.yaml: {e}")))?;
        }
        sources.insert(new.id.clone(), new);
    }
    let markdown = draft.to_markdown(&origin, &hash);
    let dir = root.join("content/articles").join(draft.published.date.format("%Y").to_string());
    let target = if args.dry_run {
        dir.join(format!("{}.md", draft.file_stem()))
    } else {
        write_new(&dir, &draft.file_stem(), &markdown).map_err(io)?
    };
    let rel = corpus::relative(root, &target);
    known.add(&draft, hash, &rel);
    let report = report(&draft, &format!("{name} -> {rel}"), args);
    if args.dry_run {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(markdown.as_bytes());
    }
    let checks = draft.findings.iter().filter(|f| f.how != How::Found).map(|f| (f.field, f.how)).collect();
    Ok((report, Outcome::Imported(checks)))
}

/// What the import of one clipping printed: the file written (`what`), each field and how
/// it was found (only those to check with `--quiet`), and with `--verbose` what was removed.
fn report(draft: &import::Draft, what: &str, args: &ImportArgs) -> String {
    let mut report = format!("{} {what}\n", if args.dry_run { "would import" } else { "imported" });
    for f in &draft.findings {
        let how = match f.how {
            How::Found => "found",
            How::Assumed => "ASSUMED",
            How::Missing => "MISSING",
        };
        if f.how != How::Found || !args.quiet {
            report.push_str(&format!("  {:<10} {how:<8} {}\n", f.field, f.note));
        }
    }
    if args.verbose {
        for r in &draft.removed {
            report.push_str(&format!(
                "  {:<10} {:<8} {}: \"{}\"\n",
                "removed",
                "",
                r.why,
                crate::text::cut(&r.text, 71)
            ));
        }
    }
    report.trim_end().to_owned()
}

/// Appends a new outlet's entry to content/sources.yaml.
fn add_source(root: &Path, source: &corpus::Source, origin: &str) -> std::io::Result<()> {
    let path = root.join("content/sources.yaml");
    let ends_in_newline = fs::read(&path).map_or(true, |b| b.is_empty() || b.ends_with(b"\n"));
    let mut file = fs::OpenOptions::new().create(true).append(true).open(&path)?;
    if !ends_in_newline {
        file.write_all(b"\n")?;
    }
    file.write_all(import::source_entry(source, origin).as_bytes())
}

/// A saved page rather than copied text: by its name, or by how it starts.
fn is_html(path: &Path, text: &str) -> bool {
    let by_name =
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let start: String = text.trim_start().chars().take(15).collect::<String>().to_ascii_lowercase();
    by_name || start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// Writes `text` as `dir/stem.md`, or `stem-2.md`... when that name is taken: never over
/// an existing file (the final rename refuses to replace one).
fn write_new(dir: &Path, stem: &str, text: &str) -> std::io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    for n in 1..1000 {
        let name = if n == 1 { format!("{stem}.md") } else { format!("{stem}-{n}.md") };
        let target = dir.join(name);
        if target.exists() {
            continue;
        }
        let mut tmp = tempfile::Builder::new().prefix(".import-").tempfile_in(dir)?;
        tmp.write_all(text.as_bytes())?;
        match tmp.persist_noclobber(&target) {
            Ok(_) => return Ok(target),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e.error),
        }
    }
    Err(std::io::Error::other(format!("{stem}: a thousand files of that name already exist")))
}
