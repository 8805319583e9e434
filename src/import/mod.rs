//! `mediabrief import`: raw clippings become articles of `content/articles/`.
//!
//! A clipping is what an analyst saves from a web page: the text as copied (headline,
//! metadata lines, body, and the clutter that came along), or the saved HTML page. Like the
//! build, turning it into an article is a line of pure steps: its paragraphs ([`lines`],
//! or [`html`] for a page), the header read and the clutter removed ([`clean`]), the
//! dateline and the outlet ([`outlet`]), the date ([`dates`]), then the article's text
//! ([`write`]). Each step says what it found, what it assumed and what it could not
//! determine; the command prints that, so the analyst knows what to check.

mod authors;
mod clean;
mod clutter;
mod dates;
mod decode;
mod html;
mod lines;
mod meta;
mod outlet;
mod title;
mod write;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::corpus::{Published, Slug, Source};
use clean::Cleaned;
use outlet::{Clue, Identified};

/// A line taken out of the clipping.
#[derive(Debug, PartialEq, Eq)]
pub struct Removed {
    /// The line.
    pub text: String,
    /// Why it is not part of the article.
    pub why: &'static str,
}

/// Whitespace runs as one space, trimmed, and character references a page escaped twice
/// (`&amp;#8211;` in an attribute reads `&#8211;`) decoded.
pub(crate) fn collapse(text: &str) -> String {
    let text = html_escape::decode_html_entities(text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub use decode::{Decoded, decode};
pub use write::{recorded_hash, source_entry, text_hash};

/// A clipping to import.
#[derive(Clone, Copy, Debug)]
pub struct Clipping<'a> {
    /// Its text (HTML for a saved page).
    pub text: &'a str,
    /// Whether it is a saved HTML page.
    pub html: bool,
}

/// What the analyst told the command, and what the file system says.
#[derive(Clone, Debug, Default)]
pub struct Hints {
    /// `--source`: the outlet's id.
    pub source: Option<Slug>,
    /// `--url`: the article's address.
    pub url: Option<String>,
    /// `--published`: the publication date.
    pub published: Option<Published>,
    /// The clipping file's modification day, the last resort for the date.
    pub file_date: Option<NaiveDate>,
}

/// How a field of the article was determined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// Read from the clipping or given on the command line.
    Found,
    /// Guessed: check it.
    Assumed,
    /// Could not be determined.
    Missing,
}

/// One line of the import report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The front-matter key.
    pub field: &'static str,
    /// Found, assumed or missing.
    pub how: How,
    /// What was found and where, in words.
    pub note: String,
}

/// An article made from a clipping, with the report of how.
#[derive(Debug)]
pub struct Draft {
    pub title: String,
    pub source: Slug,
    /// The registry entry to add for an outlet sources.yaml does not have yet.
    pub new_source: Option<Source>,
    pub published: Published,
    pub url: Option<String>,
    pub language: String,
    pub authors: Vec<String>,
    pub dateline: Option<String>,
    pub paragraphs: Vec<String>,
    /// How each field was found.
    pub findings: Vec<Finding>,
    /// The lines taken out.
    pub removed: Vec<Removed>,
}

/// Turns a clipping into an article. Fails only when no text or no date is left.
pub fn draft(
    clipping: &Clipping<'_>,
    sources: &BTreeMap<Slug, Source>,
    hints: &Hints,
) -> Result<Draft, String> {
    let (paragraphs, meta) = if clipping.html {
        html::page(clipping.text)?
    } else {
        (lines::paragraphs(clipping.text), meta::Meta::default())
    };
    let mut cleaned = clean::clean(paragraphs, meta.title.as_ref().map(|t| t.text.as_str()), &meta.authors);
    if cleaned.paragraphs.is_empty() {
        return Err("no article text found".to_owned());
    }
    let mut findings = Vec::new();
    let mut found = |field, how, note: String| findings.push(Finding { field, how, note });
    let (lead, dateline) = cleaned
        .paragraphs
        .iter()
        .take(3)
        .enumerate()
        .find_map(|(i, p)| Some((i, outlet::dateline(p)?)))
        .unwrap_or_default();
    let url = hints.url.clone().or(meta.url.clone());

    let language = crate::corpus::detect_text(cleaned.paragraphs.iter().map(String::as_str));
    let (source, new_source) = match &hints.source {
        Some(id) => {
            found("source", How::Found, format!("{id}, as given"));
            (id.clone(), None)
        }
        None => {
            let mut clues: Vec<Clue> = dateline.mark.iter().map(|m| Clue::Mark(m.clone())).collect();
            clues.extend(meta.site_name.iter().map(|s| Clue::SiteName(s.clone())));
            clues.extend(url.as_deref().and_then(outlet::host_of).map(Clue::Host));
            clues.extend(cleaned.paragraphs.iter().take(2).map(|p| Clue::Lead(p.clone())));
            outlet(&clues, sources, &language, &mut found)
        }
    };
    let source_record = sources.get(&source).or(new_source.as_ref());
    if let Some(s) = source_record {
        strip_outlet_label(&mut cleaned, s);
    }

    let zone = source_record.and_then(|s| s.timezone);
    let published = published(&cleaned, &meta, &dateline, hints, zone, &mut found)?;
    match &url {
        Some(u) if hints.url.is_some() => found("url", How::Found, format!("{u}, as given")),
        Some(u) => found("url", How::Found, format!("{u}, from the page's canonical address")),
        None => found("url", How::Missing, "not in the clipping; pass --url".to_owned()),
    }
    match language.as_str() {
        "und" => found("language", How::Missing, "could not be told from the text".to_owned()),
        code => found("language", How::Found, format!("{code}, detected from the text")),
    }
    let after_dateline = cleaned.paragraphs[lead].get(dateline.end..).unwrap_or_default().trim();
    // A lead that is all dateline leaves nothing to name the article by but itself.
    let lead_text =
        if after_dateline.is_empty() { cleaned.paragraphs[lead].as_str() } else { after_dateline };
    let title = title(&cleaned, meta.title, url.as_deref(), lead_text, &mut found);
    findings.sort_by_key(|f| FIELDS.iter().position(|k| *k == f.field));
    let authors = if cleaned.authors.is_empty() { meta.authors } else { cleaned.authors.clone() };
    Ok(Draft {
        title,
        source,
        published,
        url,
        language,
        authors,
        dateline: dateline.place,
        new_source,
        paragraphs: cleaned.paragraphs,
        findings,
        removed: cleaned.removed,
    })
}

/// The outlet the clues name in the registry; else a new entry for the registry, from the
/// page's site name or its address; else the registry's placeholder for outlets not told.
/// Every imported article thus names a source the registry has, and comparison works at
/// once; the report says which entries to check.
fn outlet(
    clues: &[Clue],
    sources: &BTreeMap<Slug, Source>,
    language: &str,
    found: &mut impl FnMut(&'static str, How, String),
) -> (Slug, Option<Source>) {
    let fallback = |found: &mut dyn FnMut(&'static str, How, String), why: String| {
        let placeholder = outlet::placeholder();
        let new = (!sources.contains_key(&placeholder.id)).then(|| placeholder.clone());
        found("source", How::Missing, format!("{why}: filed under {}; pass --source", placeholder.id));
        (placeholder.id, new)
    };
    match outlet::identify(clues, sources) {
        Identified::One(s, clue) => {
            found("source", How::Found, format!("{} ({}), from {}", s.id, s.name, clue.describe()));
            (s.id.clone(), None)
        }
        Identified::Ambiguous(clue, all) => {
            let ids: Vec<&str> = all.iter().map(|s| s.id.as_str()).collect();
            fallback(found, format!("{} fits several sources ({})", clue.describe(), ids.join(", ")))
        }
        Identified::None => match outlet::new_source(clues, sources, language) {
            Some((new, clue)) => {
                let note = format!(
                    "{} ({}), a new outlet named by {}: added to sources.yaml; check its entry",
                    new.id,
                    new.name,
                    clue.describe()
                );
                found("source", How::Assumed, note);
                (new.id.clone(), Some(new))
            }
            None => fallback(found, "no agency mark, site name or address names the outlet".to_owned()),
        },
    }
}

/// "Iran PressIran news: The Secretary General...": a label that starts with the outlet's
/// own name, glued to the first words of a paragraph.
fn strip_outlet_label(cleaned: &mut Cleaned, source: &Source) {
    let name = source.name.as_str();
    for p in cleaned.paragraphs.iter_mut().skip(1) {
        let starts = p.get(..name.len()).is_some_and(|h| h.eq_ignore_ascii_case(name));
        let colon = p.get(name.len()..).and_then(|rest| rest.find(':')).map(|i| i + name.len());
        if let (true, Some(colon)) = (starts, colon)
            && p[name.len()..colon].chars().count() <= 20
            && !p[colon + 1..].trim().is_empty()
        {
            let label = p[..=colon].to_owned();
            *p = p[colon + 1..].trim_start().to_owned();
            cleaned.removed.push(Removed { text: label, why: "the outlet's label before a paragraph" });
        }
    }
}

/// The publication date: as given, else a labelled date in the header, the page's meta
/// tags, the dateline, and at last the clipping file's own date (assumed).
fn published(
    cleaned: &Cleaned,
    meta: &meta::Meta,
    dateline: &outlet::Dateline,
    hints: &Hints,
    zone: Option<chrono_tz::Tz>,
    found: &mut impl FnMut(&'static str, How, String),
) -> Result<Published, String> {
    if let Some(p) = hints.published {
        found("published", How::Found, format!("{}, as given", p.iso()));
        return Ok(p);
    }
    let is_date_label = |l: &str| {
        let l = l.to_lowercase();
        ["date", "published", "posted", "time", "تاریخ", "زمان", "انتشار"].iter().any(|k| l.contains(k))
    };
    let candidates = cleaned
        .labelled
        .iter()
        .filter(|(label, _)| is_date_label(label))
        .map(|(label, value)| (dates::find(value), format!("the \"{label}\" line")))
        .chain(meta.published.iter().map(|(v, from)| (dates::find(v), (*from).to_owned())))
        .chain(
            cleaned.dated.iter().map(|line| (dates::find(line), "a dated line above the article".to_owned())),
        )
        .chain(std::iter::once((dateline.stamp, "the dateline".to_owned())));
    let candidates: Vec<(dates::Stamp, String)> =
        candidates.filter_map(|(s, place)| Some((s?, place))).collect();
    // Where the page's statements disagree on the day, the one it shows its readers wins
    // ("5. Mai 2022" under the headline, against a JSON-LD date of 2 May).
    let shown =
        |day| candidates.iter().any(|(s, place)| s.date == day && meta::VISIBLE.contains(&place.as_str()));
    let stated = |place: &str| !meta::VISIBLE.contains(&place);
    let first_shown = candidates.iter().find(|(s, place)| stated(place) && shown(s.date));
    let first = candidates.first().filter(|(s, _)| shown(s.date)).or(first_shown).or(candidates.first());
    if let Some((stamp, place)) = first {
        let p = stamp.published(zone);
        let note = match (stamp.time.is_some(), p.time.is_some()) {
            (true, false) => format!(
                "{}, from {place}; its time {} has no zone and the source has no `timezone` in sources.yaml, so only the day is kept",
                p.iso(),
                stamp.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
            ),
            (true, true) if stamp.offset.is_none() => {
                format!("{}, from {place}, in the source's time zone", p.iso())
            }
            _ => format!("{}, from {place}", p.iso()),
        };
        found("published", How::Found, note);
        return Ok(p);
    }
    match hints.file_date {
        Some(date) => {
            found(
                "published",
                How::Assumed,
                format!(
                    "{date}: the clipping states no date, so this is the clipping file's date; check it or pass --published"
                ),
            );
            Ok(Published { date, time: None })
        }
        None => Err("the clipping states no date; pass --published".to_owned()),
    }
}

/// The headline: the page's own, else the clipping's; without one, the address's slug, or
/// the lead's first words.
fn title(
    cleaned: &Cleaned,
    page: Option<title::Title>,
    url: Option<&str>,
    lead: &str,
    found: &mut impl FnMut(&'static str, How, String),
) -> String {
    if let Some(t) = page {
        found("title", t.how, t.note);
        return t.text;
    }
    if let Some(t) = &cleaned.title {
        found("title", How::Found, "the headline".to_owned());
        return t.clone();
    }
    if let Some(t) = url.and_then(|u| write::title_from_url(u, &cleaned.paragraphs)) {
        found(
            "title",
            How::Assumed,
            "the clipping has no headline: written out from the address; check it".to_owned(),
        );
        return t;
    }
    found(
        "title",
        How::Assumed,
        "the clipping has no headline: the lead's first words; write a better one".to_owned(),
    );
    write::title_from_lead(lead)
}

/// The front matter's keys, in the order the report lists them.
const FIELDS: [&str; 5] = ["title", "source", "published", "url", "language"];
