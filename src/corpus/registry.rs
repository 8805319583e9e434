//! The curated registries beside the articles: outlets (`sources.yaml`), people and places
//! (`entities.yaml`), events and stories (`events.yaml`), framing terms (`lexicon.yaml`).
//! Each is optional; each is read with every problem reported at its line.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::fields::Fields;
use super::files::SourceFile;
use super::ids::Slug;
use super::yaml::{self, Node};
use crate::diagnostics::{Diagnostics, Pos};

/// An outlet.
#[derive(Clone, Debug, Serialize)]
pub struct Source {
    /// Id used by articles.
    pub id: Slug,
    /// Display name.
    pub name: String,
    /// Home page.
    pub url: Option<String>,
    /// Country (ISO code or name).
    pub country: Option<String>,
    /// Main language.
    pub language: Option<String>,
    /// `state`, `state-affiliated`, `private`, `aggregator`, `unknown`...
    pub kind: Option<String>,
    /// What the analyst knows about it.
    pub note: Option<String>,
    /// How its clippings name it besides its name: agency marks such as `(TDI)` or
    /// `Tehran(IP)-`, a name in another script. Used by `import` to recognise the outlet.
    pub marks: Vec<String>,
    /// The time zone its clock times are in (an IANA name such as `Asia/Tehran`). `import`
    /// needs it to turn "11:15 AM" into an exact moment.
    #[serde(serialize_with = "zone_name")]
    pub timezone: Option<chrono_tz::Tz>,
}

fn zone_name<S: serde::Serializer>(tz: &Option<chrono_tz::Tz>, s: S) -> Result<S::Ok, S::Error> {
    match tz {
        Some(tz) => s.serialize_some(tz.name()),
        None => s.serialize_none(),
    }
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person: can be quoted.
    Person,
    /// An organisation.
    Organization,
    /// A place.
    Place,
    /// A topic or operation.
    Topic,
}

impl EntityKind {
    /// The kind as the registry and the pages write it.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Topic => "topic",
        }
    }
}

/// A person, organisation, place or topic followed by the brief.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Id.
    pub id: Slug,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Short description.
    pub role: Option<String>,
    /// Names in any language or script (the display name is one too).
    pub aliases: Vec<String>,
    /// Descriptions that stand for the entity in a report, with their dates.
    pub roles: Vec<RoleTitle>,
}

/// A description that names a person while they hold it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleTitle {
    /// "Secretary General of the Palestinian Islamic Jihad".
    pub title: String,
    /// First day held.
    pub from: Option<NaiveDate>,
    /// Last day held.
    pub until: Option<NaiveDate>,
}

impl RoleTitle {
    /// True when the role was held on `date`.
    pub fn held_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date <= u)
    }
}

/// An event described by the analyst.
#[derive(Clone, Debug)]
pub struct CuratedEvent {
    /// Id articles refer to.
    pub id: Slug,
    /// Title, overriding the generated one.
    pub title: Option<String>,
    /// Summary.
    pub summary: Option<String>,
    /// Story it belongs to.
    pub story: Option<Slug>,
    /// Where it is written in events.yaml.
    pub pos: Pos,
}

/// A story (timeline) described by the analyst.
#[derive(Clone, Debug)]
pub struct CuratedStory {
    /// Id.
    pub id: Slug,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: Option<String>,
}

/// A framing term counted per source.
#[derive(Clone, Debug)]
pub struct LexiconTerm {
    /// The term as shown.
    pub term: String,
    /// Spellings counted as the term (the term itself included).
    pub variants: Vec<String>,
    /// Why it matters.
    pub note: Option<String>,
}

/// The registries of a project.
#[derive(Clone, Debug, Default)]
pub struct Registries {
    /// A hash of the registry files: what `serve` knows them unchanged by.
    pub fingerprint: u64,
    /// Outlets by id.
    pub sources: BTreeMap<Slug, Source>,
    /// Entities by id.
    pub entities: BTreeMap<Slug, Entity>,
    /// Curated events by id.
    pub events: BTreeMap<Slug, CuratedEvent>,
    /// Curated stories by id.
    pub stories: BTreeMap<Slug, CuratedStory>,
    /// Framing terms, in written order.
    pub lexicon: Vec<LexiconTerm>,
}

/// The registry files, as read (each may be absent).
#[derive(Debug, Default)]
pub struct RegistryFiles {
    /// `content/sources.yaml`.
    pub sources: Option<SourceFile>,
    /// `content/entities.yaml`.
    pub entities: Option<SourceFile>,
    /// `content/events.yaml`.
    pub events: Option<SourceFile>,
    /// `content/lexicon.yaml`.
    pub lexicon: Option<SourceFile>,
}

/// Reads every registry file present.
pub(crate) fn parse(files: &RegistryFiles, diags: &mut Diagnostics) -> Registries {
    let mut r = Registries::default();
    let all = [&files.sources, &files.entities, &files.events, &files.lexicon];
    r.fingerprint = all.iter().fold(0, |h, f| {
        let file = f.as_ref().map_or(0, |f| super::article::fingerprint(&f.path, &f.bytes));
        h.rotate_left(17) ^ file
    });
    if let Some((file, doc)) = document(files.sources.as_ref(), diags) {
        for (id, node) in records(&doc, &file.path, diags) {
            if let Some(s) = source(id.clone(), &node, &file.path, diags) {
                r.sources.insert(id, s);
            }
        }
    }
    if let Some((file, doc)) = document(files.entities.as_ref(), diags) {
        for (id, node) in records(&doc, &file.path, diags) {
            if let Some(e) = entity(id.clone(), &node, &file.path, diags) {
                r.entities.insert(id, e);
            }
        }
    }
    if let Some((file, doc)) = document(files.events.as_ref(), diags) {
        events(&doc, &file.path, &mut r, diags);
    }
    if let Some((file, doc)) = document(files.lexicon.as_ref(), diags) {
        r.lexicon = lexicon(&doc, &file.path, diags);
    }
    r
}

/// Parses a registry file as YAML, reporting syntax errors; `None` when it is absent or
/// cannot be read.
fn document<'f>(
    file: Option<&'f SourceFile>,
    diags: &mut Diagnostics,
) -> Option<(&'f SourceFile, yaml::Document)> {
    let file = file?;
    let text = file.text(diags)?;
    match yaml::parse(&text, 0) {
        Ok(doc) => Some((file, doc)),
        Err(e) => {
            diags.error(&file.path, e.pos, format!("not valid YAML: {}", e.message));
            None
        }
    }
}

/// The `id: {...}` records of a registry mapping, ids checked. The `stories` key of
/// events.yaml is not a record.
fn records<'d>(doc: &'d yaml::Document, file: &str, diags: &mut Diagnostics) -> Vec<(Slug, Node<'d>)> {
    let Some(entries) = doc.root().entries() else {
        diags.error(file, Pos::START, "expected a mapping of ids to records");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, node) in entries {
        if key == STORIES && file.ends_with("events.yaml") {
            continue;
        }
        match Slug::try_from(key.as_str()) {
            Ok(id) => out.push((id, node)),
            Err(e) => diags.error(file, node.pos(), e),
        }
    }
    out
}

const STORIES: &str = "stories";

/// Where curated events live, relative to the project root.
pub(crate) const EVENTS_PATH: &str = "content/events.yaml";

fn source(id: Slug, node: &Node<'_>, file: &str, diags: &mut Diagnostics) -> Option<Source> {
    const KEYS: [&str; 8] = ["name", "url", "country", "language", "kind", "note", "marks", "timezone"];
    let mut f = Fields::open(node, "a source", &KEYS, file, 0, diags)?;
    let timezone = f.text("timezone").and_then(|name| match name.parse::<chrono_tz::Tz>() {
        Ok(tz) => Some(tz),
        Err(_) => {
            f.error(
                "timezone",
                format!(
                    "\"timezone\": \"{name}\" is not a time zone name such as Asia/Tehran or Europe/London"
                ),
            );
            None
        }
    });
    Some(Source {
        name: f.required_text("name")?,
        url: f.url("url"),
        country: f.text("country"),
        language: f.text("language"),
        kind: f.text("kind"),
        note: f.text("note"),
        marks: f.texts("marks"),
        timezone,
        id,
    })
}

fn entity(id: Slug, node: &Node<'_>, file: &str, diags: &mut Diagnostics) -> Option<Entity> {
    const KEYS: [&str; 5] = ["name", "kind", "role", "aliases", "roles"];
    let mut f = Fields::open(node, "an entity", &KEYS, file, 0, diags)?;
    let name = f.required_text("name");
    let kind = match f.required_text("kind")?.as_str() {
        "person" => EntityKind::Person,
        "organization" | "organisation" => EntityKind::Organization,
        "place" => EntityKind::Place,
        "topic" => EntityKind::Topic,
        other => {
            f.error(
                "kind",
                format!("\"kind\": \"{other}\" is not one of person, organization, place, topic"),
            );
            return None;
        }
    };
    let role = f.text("role");
    let aliases = f.texts("aliases");
    let roles = f.node("roles").cloned().map(|n| role_titles(&n, &mut f)).unwrap_or_default();
    Some(Entity { id, name: name?, kind, role, aliases, roles })
}

/// `roles:` items: plain titles, or `{title, from, until}`.
fn role_titles(node: &Node<'_>, parent: &mut Fields<'_, '_>) -> Vec<RoleTitle> {
    let Some(items) = node.items() else {
        parent.error("roles", "\"roles\": expected a list");
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        if let Ok(title) = item.string() {
            out.push(RoleTitle { title, from: None, until: None });
            continue;
        }
        let file = parent.file();
        let Some(mut f) = Fields::open(&item, "a role", &["title", "from", "until"], file, 0, parent.diags)
        else {
            continue;
        };
        if let Some(title) = f.required_text("title") {
            out.push(RoleTitle { title, from: f.date("from"), until: f.date("until") });
        }
    }
    out
}

fn events(doc: &yaml::Document, file: &str, r: &mut Registries, diags: &mut Diagnostics) {
    for (id, node) in records(doc, file, diags) {
        let pos = node.pos();
        let Some(mut f) = Fields::open(&node, "an event", &["title", "summary", "story"], file, 0, diags)
        else {
            continue;
        };
        let event = CuratedEvent {
            title: f.text("title"),
            summary: f.text("summary"),
            story: f.slug("story"),
            pos,
            id: id.clone(),
        };
        r.events.insert(id, event);
    }
    let root = doc.root();
    let Some((_, stories)) = root.entries().unwrap_or_default().into_iter().find(|(k, _)| k == STORIES)
    else {
        return;
    };
    let Some(entries) = stories.entries() else {
        diags.error(file, stories.pos(), "\"stories\" must be a mapping of ids to stories");
        return;
    };
    for (key, node) in entries {
        let id = match Slug::try_from(key.as_str()) {
            Ok(id) => id,
            Err(e) => {
                diags.error(file, node.pos(), e);
                continue;
            }
        };
        let Some(mut f) = Fields::open(&node, "a story", &["title", "summary"], file, 0, diags) else {
            continue;
        };
        if let Some(title) = f.required_text("title") {
            let summary = f.text("summary");
            r.stories.insert(id.clone(), CuratedStory { id, title, summary });
        }
    }
}

fn lexicon(doc: &yaml::Document, file: &str, diags: &mut Diagnostics) -> Vec<LexiconTerm> {
    let Some(items) = doc.root().items() else {
        diags.error(file, Pos::START, "expected a list of terms (\"- term: ...\")");
        return Vec::new();
    };
    let mut terms = Vec::new();
    for item in items {
        let Some(mut f) = Fields::open(&item, "a term", &["term", "variants", "note"], file, 0, diags) else {
            continue;
        };
        let Some(term) = f.required_text("term") else {
            continue;
        };
        let mut variants = f.texts("variants");
        if !variants.contains(&term) {
            variants.insert(0, term.clone());
        }
        let note = f.text("note");
        terms.push(LexiconTerm { term, variants, note });
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> Option<SourceFile> {
        Some(SourceFile { path: path.into(), bytes: text.as_bytes().to_vec() })
    }

    #[test]
    fn registries_are_read_with_roles_and_stories() {
        let files = RegistryFiles {
            sources: file("content/sources.yaml", "nour:\n  name: NourNews\n  kind: state-affiliated\n"),
            entities: file(
                "content/entities.yaml",
                "aa:\n  name: A\n  kind: person\n  aliases: [A A]\n  roles:\n    - Minister\n    - { title: FM, from: 2021-08-25 }\n",
            ),
            events: file(
                "content/events.yaml",
                "e1:\n  title: T\n  story: s\nstories:\n  s:\n    title: S\n",
            ),
            lexicon: file("content/lexicon.yaml", "- term: Zionist regime\n  variants: [رژیم صهیونیستی]\n"),
        };
        let mut diags = Diagnostics::default();
        let r = parse(&files, &mut diags);
        assert!(diags.is_empty(), "{:?}", diags.sorted());
        assert_eq!(r.sources["nour"].kind.as_deref(), Some("state-affiliated"));
        let roles = &r.entities["aa"].roles;
        assert_eq!(roles[0].title, "Minister");
        assert_eq!(roles[1].from, NaiveDate::from_ymd_opt(2021, 8, 25));
        assert_eq!(r.events["e1"].story.as_ref().map(Slug::as_str), Some("s"));
        assert_eq!(r.stories["s"].title, "S");
        assert_eq!(r.lexicon[0].variants, ["Zionist regime", "رژیم صهیونیستی"]);
    }

    #[test]
    fn registry_problems_are_located() {
        let files = RegistryFiles {
            entities: file(
                "content/entities.yaml",
                "aa:\n  name: A\n  kind: persn\nBad_Id:\n  name: B\n  kind: place\n  alias: [b]\n",
            ),
            ..Default::default()
        };
        let mut diags = Diagnostics::default();
        parse(&files, &mut diags);
        let lines: Vec<String> = diags.sorted().iter().map(|d| d.to_string()).collect();
        assert_eq!(
            lines,
            [
                "content/entities.yaml:3:3: error: \"kind\": \"persn\" is not one of person, organization, place, topic",
                "content/entities.yaml:4:1: error: id \"Bad_Id\" has the character 'B'; ids use lowercase a-z, 0-9 and -",
            ]
        );
    }
}
