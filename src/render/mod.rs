//! Rendering: the analysis becomes the files of the HTML site and the Markdown briefs,
//! each handed to a [`Sink`] as soon as it is made (pages in parallel). Nothing here
//! touches the disk itself; the sink decides where files go.

mod briefs;
mod data;
mod event;
pub mod links;
mod search;
mod site;
mod speech;
pub mod templates;
mod views;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::diagnostics::{Diagnostics, Pos};
use crate::output::Sink;
use crate::project::Project;
pub use links::Links;
pub use templates::TemplateFiles;
use views::Ctx;

/// Name and version, as the outputs state them.
pub const GENERATOR: &str = concat!("mediabrief ", env!("CARGO_PKG_VERSION"));

/// What every template sees as `site`.
#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: Option<&'a str>,
    authors: &'a [String],
    language: &'a str,
    dir: &'static str,
    base: &'a str,
    base_url: &'a str,
    generator: &'static str,
    article_count: usize,
    source_count: usize,
    event_count: usize,
}

/// Renders the site (with data.json) into `site` and the briefs into `briefs`.
pub fn render(
    project: &Project,
    corpus: &Corpus,
    analysis: &Analysis<'_>,
    templates: &TemplateFiles,
    links: &Links,
    site: &dyn Sink,
    briefs: &dyn Sink,
) -> Result<(), Diagnostics> {
    let mut tera = templates.compile()?;
    let sources: std::collections::BTreeSet<&str> =
        corpus.articles.iter().map(|a| a.source.as_str()).collect();
    let book = &project.book;
    tera.global_context().insert(
        "site",
        &SiteView {
            title: &book.title,
            description: book.description.as_deref(),
            authors: &book.authors,
            language: &book.language,
            dir: views::dir(&book.language),
            base: &links.base,
            base_url: &links.absolute,
            generator: GENERATOR,
            article_count: corpus.articles.len(),
            source_count: sources.len(),
            event_count: analysis.events.len(),
        },
    );
    let ctx = Ctx { language: &book.language, corpus, analysis, links };
    let mut diags = Diagnostics::default();
    let results = site::pages(&Renderer { tera: &tera, sink: site }, &ctx)
        .into_iter()
        .chain(briefs::pages(&Renderer { tera: &tera, sink: briefs }, &ctx));
    for result in results {
        if let Err(d) = result {
            diags.append(d);
        }
    }
    for (path, bytes) in templates.assets() {
        if let Err(e) = site.put(&format!("assets/{path}"), bytes) {
            diags.error("templates/site/assets", Pos::START, e);
        }
    }
    if let Err(e) = site.put("data.json", data::json(&ctx)) {
        diags.error("data.json", Pos::START, e);
    }
    for (path, bytes) in search::files(&ctx) {
        if let Err(e) = site.put(&path, bytes) {
            diags.error("search/", Pos::START, e);
        }
    }
    if diags.is_empty() { Ok(()) } else { Err(diags) }
}

/// A rendered file handed to its sink, or what went wrong.
type Page = Result<(), Diagnostics>;

/// Renders templates into pages, handing each to a sink.
struct Renderer<'t> {
    tera: &'t Tera,
    sink: &'t dyn Sink,
}

impl Renderer<'_> {
    /// Renders `template` with `view` as the file `path`.
    fn page(&self, template: &str, path: String, view: &impl Serialize) -> Page {
        let text = self.render(template, &path, view)?;
        self.file(&path, text.into_bytes())
    }

    /// Renders `template` with `view`; `path` names the file in errors.
    fn render(&self, template: &str, path: &str, view: &impl Serialize) -> Result<String, Diagnostics> {
        let context = Context::from_serialize(view).map_err(|e| error(template, path, &e))?;
        self.tera.render(template, &context).map_err(|e| error(template, path, &e))
    }

    /// Hands a file to the sink.
    fn file(&self, path: &str, bytes: Vec<u8>) -> Page {
        self.sink.put(path, bytes).map_err(|e| {
            let mut d = Diagnostics::default();
            d.error("templates/", Pos::START, e);
            d
        })
    }

    /// Renders one page per item, in parallel, in item order.
    fn each<T: Sync, V: Serialize>(
        &self,
        items: &[T],
        template: &str,
        page: impl Fn(&T) -> (String, V) + Sync,
    ) -> Vec<Page> {
        items
            .par_iter()
            .map(|item| {
                let (path, view) = page(item);
                self.page(template, path, &view)
            })
            .collect()
    }
}

fn error(template: &str, path: &str, e: &tera::Error) -> Diagnostics {
    let mut d = Diagnostics::default();
    d.error(
        &format!("templates/{template}"),
        Pos::START,
        format!("rendering {path}: {}", templates::flatten(e)),
    );
    d
}
