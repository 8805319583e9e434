//! The corpus: every article and registry of `content/`, read, checked and rendered.
//!
//! Reading ([`read`]) is the only I/O; parsing ([`parse`]) is pure and runs per file in
//! parallel, then checks what spans files: duplicate ids, unknown sources, events and
//! translations. Every problem is collected, none stops the others.

mod article;
mod date;
mod fields;
mod files;
mod ids;
mod language;
mod registry;
mod yaml;

use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

pub use article::Article;
pub use date::{Published, long_date};
pub use files::{SourceFile, read_templates};
pub use ids::Slug;
pub use registry::{
    CuratedEvent, CuratedStory, Entity, EntityKind, LexiconTerm, Registries, RegistryFiles, RoleTitle, Source,
};

pub(crate) use fields::check_url;
pub(crate) use files::{MAX_FILE_BYTES, normalize, relative};
pub(crate) use language::detect_text;
pub(crate) use registry::parse as parse_registries;

use crate::diagnostics::{Diagnostics, Pos};

/// The content folder, as read from disk.
#[derive(Debug, Default)]
pub struct CorpusFiles {
    /// Article files, sorted by path.
    pub articles: Vec<SourceFile>,
    /// Registry files.
    pub registries: RegistryFiles,
}

/// Every article and registry, checked.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles sorted by id (shared with [`ParseCache`] between `serve`'s builds).
    pub articles: Vec<Arc<Article>>,
    /// Sources, entities, curated events and stories, lexicon.
    pub registries: Registries,
}

impl Corpus {
    /// The article with `id`.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.binary_search_by(|a| a.id.as_str().cmp(id)).ok().map(|i| &*self.articles[i])
    }
}

/// Files read at once.
const READERS: usize = 16;

/// Reads `content/` under `root`: `articles/**/*.md` and the registries.
pub fn read(root: &Path, content: &Path, diags: &mut Diagnostics) -> io::Result<CorpusFiles> {
    let paths = files::list_markdown(root, &content.join("articles"), diags)?;
    // Read in parallel, kept in path order. Files not in the page cache wait on the disk,
    // not the CPU: more reads in flight than cores keep the disk's queue full.
    let read_all = || {
        paths
            .par_iter()
            .map(|path| {
                let mut d = Diagnostics::default();
                files::read(root, path, &mut d).map(|file| (file, d))
            })
            .collect::<io::Result<Vec<(Option<SourceFile>, Diagnostics)>>>()
    };
    let readers = rayon::ThreadPoolBuilder::new().num_threads(READERS).build();
    let read = match readers {
        Ok(pool) => pool.install(read_all),
        Err(_) => read_all(),
    }?;
    let mut articles = Vec::with_capacity(read.len());
    for (file, d) in read {
        diags.append(d);
        articles.extend(file);
    }
    let registry =
        |name: &str, diags: &mut Diagnostics| files::read_optional(root, &content.join(name), diags);
    Ok(CorpusFiles {
        articles,
        registries: RegistryFiles {
            sources: registry("sources.yaml", diags)?,
            entities: registry("entities.yaml", diags)?,
            events: registry("events.yaml", diags)?,
            lexicon: registry("lexicon.yaml", diags)?,
        },
    })
}

/// Article files parsed by an earlier build, by path: `serve` parses again only the files
/// whose bytes changed.
#[derive(Default)]
pub struct ParseCache {
    files: rustc_hash::FxHashMap<String, Parsed>,
}

/// One file's parse: its fingerprint, the article (if it could be used), its problems.
type Parsed = (u64, Option<Arc<Article>>, Diagnostics);

/// Parses and checks everything read.
pub fn parse(files: CorpusFiles, diags: &mut Diagnostics) -> Corpus {
    parse_cached(files, diags, None)
}

/// [`parse`], reusing and updating `cache`.
pub fn parse_cached(files: CorpusFiles, diags: &mut Diagnostics, cache: Option<&mut ParseCache>) -> Corpus {
    let registries = registry::parse(&files.registries, diags);
    let known = cache.as_deref();
    let paths: Vec<String> = files.articles.iter().map(|f| f.path.clone()).collect();
    // Each file's bytes are dropped as soon as it is parsed: the corpus never holds both.
    let parsed: Vec<Parsed> = files
        .articles
        .into_par_iter()
        .map(|file| {
            let fingerprint = article::fingerprint(&file.path, &file.bytes);
            if let Some((f, article, d)) = known.and_then(|c| c.files.get(&file.path))
                && *f == fingerprint
            {
                return (fingerprint, article.clone(), d.clone());
            }
            let mut d = Diagnostics::default();
            (fingerprint, article::parse(&file, &mut d).map(Arc::new), d)
        })
        .collect();
    let mut articles = Vec::with_capacity(parsed.len());
    for (_, article, d) in &parsed {
        diags.append(d.clone());
        articles.extend(article.clone());
    }
    if let Some(cache) = cache {
        cache.files = paths.into_iter().zip(parsed).collect();
    }
    articles = without_duplicates(articles, diags);
    articles = without_repeats(articles, diags);
    check_references(&articles, &registries, diags);
    Corpus { articles, registries }
}

/// Sorts by id and drops every article whose id another file also has, naming them all.
fn without_duplicates(mut articles: Vec<Arc<Article>>, diags: &mut Diagnostics) -> Vec<Arc<Article>> {
    articles.sort_by(|a, b| (&a.id, &a.path).cmp(&(&b.id, &b.path)));
    let mut by_id: BTreeMap<Slug, Vec<String>> = BTreeMap::new();
    for a in &articles {
        by_id.entry(a.id.clone()).or_default().push(a.path.clone());
    }
    for (id, paths) in by_id.iter().filter(|(_, p)| p.len() > 1) {
        for path in paths {
            let others: Vec<&str> = paths.iter().filter(|p| *p != path).map(String::as_str).collect();
            diags.error(
                path,
                Pos::START,
                format!("duplicate article id \"{id}\": also used by {}", others.join(", ")),
            );
        }
    }
    articles.retain(|a| by_id[&a.id].len() == 1);
    articles
}

/// Drops an article that repeats another (the same address, or the same text from the
/// same outlet: a clipping imported twice, from two saved copies), keeping the one whose
/// path sorts first, with a warning naming both: an event lists each report once.
fn without_repeats(articles: Vec<Arc<Article>>, diags: &mut Diagnostics) -> Vec<Arc<Article>> {
    let mut first: BTreeMap<RepeatKey, &str> = BTreeMap::new();
    let mut by_path: Vec<&Arc<Article>> = articles.iter().collect();
    by_path.sort_by(|a, b| a.path.cmp(&b.path));
    let mut repeats: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for a in by_path {
        for (key, why) in a.repeat_keys() {
            let Some(key) = key else { continue };
            match first.get(&key) {
                Some(kept) if !repeats.contains_key(a.path.as_str()) => {
                    repeats.insert(&a.path, (kept, why));
                }
                Some(_) => {}
                None => {
                    first.insert(key, &a.path);
                }
            }
        }
    }
    for (path, (kept, why)) in &repeats {
        diags.warning(path, Pos::START, format!("repeats {kept} ({why}): only {kept} is used"));
    }
    let dropped: Vec<String> = repeats.keys().map(|p| (*p).to_owned()).collect();
    articles.into_iter().filter(|a| !dropped.contains(&a.path)).collect()
}

/// What makes two files one report, with the words that say so: the same address, or
/// the same text from the same outlet.
pub(crate) type RepeatKey = (u8, String);

/// The outlet id import files an article under when it cannot tell the outlet: two
/// articles under it may come from two outlets, so their texts never make them repeats.
pub(crate) const UNIDENTIFIED: &str = "unidentified";

/// The keys [`without_repeats`] compares, for an article's outlet, address and the hash of
/// its paragraphs, each on a line of its own (`None` for a body without text).
pub(crate) fn repeat_keys(
    source: &str,
    url: Option<&str>,
    text: Option<u64>,
) -> [(Option<RepeatKey>, &'static str); 2] {
    let address = url.map(|u| (0, u.trim_end_matches('/').split('#').next().unwrap_or(u).to_lowercase()));
    let text = text.filter(|_| source != UNIDENTIFIED).map(|hash| (1, format!("{source} {hash:x}")));
    [(address, "the same address"), (text, "the same text from the same outlet")]
}

/// The repeat keys of every article among `files` that parses, with its path: what
/// `import` checks a new clipping against.
pub(crate) fn repeat_index(files: &[SourceFile]) -> BTreeMap<RepeatKey, String> {
    let mut index = BTreeMap::new();
    for file in files {
        let Some(a) = article::parse(file, &mut Diagnostics::default()) else { continue };
        for (key, _) in a.repeat_keys() {
            if let Some(key) = key {
                index.entry(key).or_insert_with(|| a.path.clone());
            }
        }
    }
    index
}

/// Checks the ids articles and registries give for each other.
fn check_references(articles: &[Arc<Article>], r: &Registries, diags: &mut Diagnostics) {
    let is_article = |id: &Slug| articles.binary_search_by(|a| a.id.cmp(id)).is_ok();
    for a in articles {
        if !r.sources.contains_key(&a.source) {
            diags.warning(
                &a.path,
                a.key_pos("source"),
                format!("source \"{}\" is not in content/sources.yaml", a.source),
            );
        }
        if let Some(t) = &a.translation_of
            && (!is_article(t) || *t == a.id)
        {
            diags.warning(
                &a.path,
                a.key_pos("translation_of"),
                format!("\"translation_of\": no other article has the id \"{t}\""),
            );
        }
    }
    let used: std::collections::BTreeSet<&Slug> = articles.iter().filter_map(|a| a.event.as_ref()).collect();
    for e in r.events.values() {
        if !used.contains(&e.id) {
            diags.warning(
                registry::EVENTS_PATH,
                e.pos,
                format!("event \"{}\" has no articles (none has `event: {}`)", e.id, e.id),
            );
        }
        if let Some(s) = &e.story
            && !r.stories.contains_key(s)
        {
            diags.warning(
                registry::EVENTS_PATH,
                e.pos,
                format!("event \"{}\" belongs to story \"{s}\", which is not under `stories:`", e.id),
            );
        }
    }
}
