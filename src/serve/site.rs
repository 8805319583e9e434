//! One successful build, as `serve` holds it: the project loaded and analysed, the
//! templates compiled, and the pages rendered the first time they are asked for. A rebuild
//! after an edit therefore costs the reading and analysis (mostly reused, see
//! [`crate::Cache`]), not the rendering of thousands of pages nobody looks at.

use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use crate::diagnostics::Diagnostics;
use crate::output::{Discard, Memory};
use crate::project::Project;
use crate::render::{self, Selection};
use crate::{BuildOptions, Cache, Failure, Loaded, load};

/// A site that renders its pages on demand.
pub(crate) struct Site {
    project: Project,
    /// How the site is published (its address, what of the articles' text it shows).
    options: BuildOptions,
    loaded: Loaded,
    tera: tera::Tera,
    /// Pages rendered so far.
    pages: Mutex<FxHashMap<String, Arc<[u8]>>>,
}

impl Site {
    /// Loads the project, reusing `cache`, and prints its errors and warnings. When it does
    /// not build, the text of the banner: the errors first, then how many warnings.
    pub(crate) fn load(project: &Project, options: &BuildOptions, cache: &mut Cache) -> Result<Site, String> {
        let failed = |e: Failure| {
            eprint!("{e}");
            match e {
                Failure::Content(d) => d.errors_first(),
                Failure::Io(_) => e.to_string(),
            }
        };
        let mut diags = Diagnostics::default();
        let loaded = load(project, options, &mut diags, Some(cache)).map_err(failed)?;
        let tera = render::prepare(&loaded.inputs(project, options));
        for line in options.timings.take() {
            eprintln!("{line}");
        }
        let built = crate::finish(&loaded, options, diags).map_err(failed)?;
        for d in built.diagnostics.without_notes().sorted() {
            eprintln!("{d}");
        }
        Ok(Site { project: project.clone(), options: options.clone(), loaded, tera, pages: Mutex::default() })
    }

    /// An empty site, served until a build succeeds.
    pub(crate) fn empty(project: &Project, options: &BuildOptions) -> Site {
        let loaded = Loaded {
            corpus: Default::default(),
            analysis: crate::analysis::analyse(
                &Default::default(),
                &options.analysis,
                &mut Diagnostics::default(),
            ),
            templates: Default::default(),
        };
        let tera = tera::Tera::new();
        Site { project: project.clone(), options: options.clone(), loaded, tera, pages: Mutex::default() }
    }

    /// The file at `path` of the site, rendered now if it was not yet; `None` when the
    /// site has no such file. All of the search index is made at its first request.
    pub(crate) fn file(&self, path: &str) -> Result<Option<Arc<[u8]>>, String> {
        if let Some(hit) = self.lock().get(path) {
            return Ok(Some(Arc::clone(hit)));
        }
        let search = path.starts_with("search/") && path != "search/index.html";
        let wanted = |p: &str| p == path || (search && p.starts_with("search/") && p.ends_with(".json"));
        let made = Memory::default();
        let inputs = self.loaded.inputs(&self.project, &self.options);
        render::render_selected(&inputs, &self.tera, Selection::Only(&wanted), &made, &Discard)
            .map_err(|d| Failure::Content(d).to_string())?;
        let mut pages = self.lock();
        for (p, bytes) in made.into_set().iter() {
            pages.insert(p.to_owned(), Arc::from(bytes));
        }
        Ok(pages.get(path).cloned())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FxHashMap<String, Arc<[u8]>>> {
        self.pages.lock().unwrap_or_else(|p| p.into_inner())
    }
}
