//! Rendering: the analysis becomes files in memory, the HTML site and the Markdown briefs.
//! Nothing here touches the disk; [`crate::output`] writes the result.

mod briefs;
mod data;
mod event;
pub mod links;
mod site;
pub mod templates;
mod views;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::diagnostics::{Diagnostics, Pos};
use crate::output::OutputSet;
use crate::project::Project;
pub use links::Links;
pub use templates::TemplateFiles;
use views::Ctx;

/// The rendered files.
#[derive(Debug, Default)]
pub struct Outputs {
    /// The HTML site, with data.json.
    pub site: OutputSet,
    /// The Markdown briefs for mdBook.
    pub briefs: OutputSet,
}

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

/// Renders the site and the briefs.
pub fn render(
    project: &Project,
    corpus: &Corpus,
    analysis: &Analysis<'_>,
    templates: &TemplateFiles,
    links: &Links,
) -> Result<Outputs, Diagnostics> {
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
    let r = Renderer { tera: &tera };
    let mut diags = Diagnostics::default();
    let mut outputs = Outputs::default();
    let site = site::pages(&r, &ctx);
    let briefs = briefs::pages(&r, &ctx);
    for (set, pages) in [(&mut outputs.site, site), (&mut outputs.briefs, briefs)] {
        for page in pages {
            match page {
                Ok((path, bytes)) => {
                    if let Err(e) = set.insert(&path, bytes) {
                        diags.error("templates/", Pos::START, e);
                    }
                }
                Err(d) => diags.append(d),
            }
        }
    }
    for (path, bytes) in templates.assets() {
        if let Err(e) = outputs.site.insert(&format!("assets/{path}"), bytes) {
            diags.error("templates/site/assets", Pos::START, e);
        }
    }
    let data = data::json(&ctx);
    if let Err(e) = outputs.site.insert("data.json", data) {
        diags.error("data.json", Pos::START, e);
    }
    if diags.is_empty() { Ok(outputs) } else { Err(diags) }
}

/// A rendered file, or what went wrong.
type Page = Result<(String, Vec<u8>), Diagnostics>;

/// Renders templates into pages.
struct Renderer<'t> {
    tera: &'t Tera,
}

impl Renderer<'_> {
    /// Renders `template` with `view` as the file `path`.
    fn page(&self, template: &str, path: String, view: &impl Serialize) -> Page {
        let context = Context::from_serialize(view).map_err(|e| error(template, &path, &e))?;
        self.tera
            .render(template, &context)
            .map(|s| (path.clone(), s.into_bytes()))
            .map_err(|e| error(template, &path, &e))
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
