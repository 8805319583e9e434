//! Rendering: the analysis becomes the files of the HTML site and the Markdown briefs,
//! each handed to a [`Sink`] as soon as it is made (pages in parallel). Nothing here
//! touches the disk itself; the sink decides where files go.

mod briefs;
mod charts;
mod data;
mod event;
mod excerpt;
pub mod links;
mod parts;
mod search;
mod site;
mod speakers;
mod speech;
mod story;
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
pub use excerpt::ArticleText;
pub use links::Links;
pub use templates::{TemplateFiles, Templates};
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
    /// Each section's index, by folder: `sections.events`.
    sections: std::collections::BTreeMap<&'static str, String>,
    generator: &'static str,
    article_count: usize,
    source_count: usize,
    event_count: usize,
}

/// What a render is made from.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub project: &'a Project,
    pub corpus: &'a Corpus,
    pub analysis: &'a Analysis,
    pub templates: &'a Templates,
    pub links: &'a Links,
    /// What of each article's text the site shows.
    pub text: ArticleText,
}

/// Which files a render makes: all of them, or those a predicate accepts (`serve` renders
/// pages as they are asked for). The search index is made whole when any of it is wanted.
#[derive(Clone, Copy)]
pub enum Selection<'s> {
    All,
    Only(&'s (dyn Fn(&str) -> bool + Sync)),
}

impl Selection<'_> {
    fn wants(&self, path: &str) -> bool {
        match self {
            Selection::All => true,
            Selection::Only(f) => f(path),
        }
    }
}

/// Renders the site (with data.json) into `site` and the briefs into `briefs`.
pub fn render(inputs: &Inputs<'_>, site: &dyn Sink, briefs: &dyn Sink) -> Result<(), Diagnostics> {
    render_selected(inputs, &prepare(inputs), Selection::All, site, briefs)
}

/// The compiled templates, with what every page shows of the site in their context.
pub fn prepare(inputs: &Inputs<'_>) -> Tera {
    let Inputs { project, corpus, analysis, templates, links, .. } = *inputs;
    let mut tera = templates.tera.clone();
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
            sections: links::SECTIONS
                .iter()
                .map(|&(_, s)| (s, links.url(links::Address::Section(s))))
                .collect(),
            generator: GENERATOR,
            article_count: corpus.articles.len(),
            source_count: sources.len(),
            event_count: analysis.events.len(),
        },
    );
    tera
}

/// Renders the files `selection` wants with templates from [`prepare`].
pub fn render_selected(
    inputs: &Inputs<'_>,
    tera: &Tera,
    selection: Selection<'_>,
    site: &dyn Sink,
    briefs: &dyn Sink,
) -> Result<(), Diagnostics> {
    let Inputs { project, corpus, analysis, templates, links, text } = *inputs;
    let ctx = Ctx::new(&project.book.language, corpus, analysis, links, text);
    let site_renderer = Renderer { tera, sink: site, selection, links: Some(links) };
    let brief_renderer = Renderer { tera, sink: briefs, selection, links: None };
    // Pages, briefs, data.json and the search index are made side by side; each event's
    // page and brief together, from one view.
    let ((site_pages, brief_pages), (data, search)) = rayon::join(
        || {
            rayon::join(
                || site::pages(&site_renderer, &ctx),
                || briefs::pages(&site_renderer, &brief_renderer, &ctx),
            )
        },
        || {
            rayon::join(
                || {
                    selection
                        .wants("data.json")
                        .then(|| site.put_with("data.json", &|out| data::write(&ctx, out)))
                },
                || if selection.wants("search/index.json") { search::write(&ctx, site) } else { Vec::new() },
            )
        },
    );
    let mut diags = Diagnostics::default();
    for d in site_pages.into_iter().chain(brief_pages).filter_map(Result::err) {
        diags.append(d);
    }
    for (path, bytes) in &templates.assets {
        let path = format!("assets/{path}");
        if selection.wants(&path)
            && let Err(e) = site.put(&path, bytes.clone())
        {
            diags.error("templates/site/assets", Pos::START, e);
        }
    }
    if let Some(Err(e)) = data {
        diags.error("data.json", Pos::START, e);
    }
    for e in search {
        diags.error("search/", Pos::START, e);
    }
    if diags.is_empty() { Ok(()) } else { Err(diags) }
}

/// Room made for a rendered page at first: most pages are smaller.
const PAGE_BYTES: usize = 16 * 1024;

/// A rendered file handed to its sink, or what went wrong.
type Page = Result<(), Diagnostics>;

/// Renders templates into pages, handing each to a sink.
struct Renderer<'t> {
    tera: &'t Tera,
    sink: &'t dyn Sink,
    selection: Selection<'t>,
    /// For the site's pages: their address and menu ([`links::PageView`]) go in every
    /// context as `page`.
    links: Option<&'t Links>,
}

impl Renderer<'_> {
    /// Renders `template` with `view` as the file `path`.
    fn page(&self, template: &str, path: String, view: &impl Serialize) -> Page {
        if !self.selection.wants(&path) {
            return Ok(());
        }
        let bytes = self.render(template, &path, view)?;
        self.file(&path, bytes)
    }

    /// Whether the selection wants the file `path`.
    fn wants(&self, path: &str) -> bool {
        self.selection.wants(path)
    }

    /// Renders `template` with `view`; `path` names the file in errors.
    fn render(&self, template: &str, path: &str, view: &impl Serialize) -> Result<Vec<u8>, Diagnostics> {
        self.render_context(template, path, &self.context(template, path, view)?)
    }

    /// The context of `view`, to render one or more templates with.
    fn context(&self, template: &str, path: &str, view: &impl Serialize) -> Result<Context, Diagnostics> {
        let mut context = Context::from_serialize(view).map_err(|e| error(template, path, &e))?;
        if let Some(links) = self.links
            && path.ends_with(".html")
        {
            context.insert("page", &links.page_view(path));
        }
        Ok(context)
    }

    /// Renders `template` with `context`; `path` names the file in errors. The bytes are
    /// the file's: Tera writes UTF-8, so they are not checked again as a `String` would be.
    fn render_context(&self, template: &str, path: &str, context: &Context) -> Result<Vec<u8>, Diagnostics> {
        let mut bytes = Vec::with_capacity(PAGE_BYTES);
        self.tera.render_to(template, context, &mut bytes).map_err(|e| error(template, path, &e))?;
        Ok(bytes)
    }

    /// Hands a file to the sink.
    fn file(&self, path: &str, bytes: Vec<u8>) -> Page {
        if !self.wants(path) {
            return Ok(());
        }
        self.sink.put(path, bytes).map_err(|e| {
            let mut d = Diagnostics::default();
            d.error("templates/", Pos::START, e);
            d
        })
    }

    /// Renders one page per item, in parallel, in item order: the file `path(item)` with
    /// the view `view(item)`, made only when the selection wants the file.
    fn each<T: Sync, V: Serialize>(
        &self,
        items: &[T],
        template: &str,
        path: impl Fn(&T) -> String + Sync,
        view: impl Fn(&T) -> V + Sync,
    ) -> Vec<Page> {
        items
            .par_iter()
            .map(|item| {
                let path = path(item);
                if !self.wants(&path) {
                    return Ok(());
                }
                let bytes = self.render(template, &path, &view(item))?;
                self.file(&path, bytes)
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
