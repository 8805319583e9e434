//! Which outlet a clipping comes from, and where it was filed.
//!
//! Agencies sign their copy at the start of the lead: `NOURNEWS-`, `Tehran(IP)-`,
//! `Tehran, 24 October 2023 (TDI):`, `به گزارش پایگاه صلح خبر،`. Those marks, the page's
//! site name and its address are clues; each is matched against the names and `marks` of
//! sources.yaml, strongest clue first.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::dates::{self, Stamp};
use crate::corpus::{Slug, Source};
use crate::text::compact;

/// What the start of a lead says about where and when it was filed.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Dateline {
    /// The city: `Tehran`.
    pub place: Option<String>,
    /// The agency mark as written: `(TDI)`, `NOURNEWS`, `پایگاه صلح خبر`.
    pub mark: Option<String>,
    /// The date, when the dateline gives one.
    pub stamp: Option<Stamp>,
    /// Where the lead's own text starts, after the dateline.
    pub end: usize,
}

static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{L}'’. ]{1,40}?)\s*,\s*(?P<date>[^():–—]{6,40}?)\s*(?:\((?P<mark>[^)]{1,30})\))?\s*[:–—-]")
        .expect("static regex")
});
static PLACE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{L}'’.]+(?: \p{Lu}[\p{L}'’.]+){0,2})\s*\((?P<mark>[^)]{1,30})\)\s*[-–—:]",
    )
    .expect("static regex")
});
static CAPS_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<mark>\p{Lu}{3,}(?:[ .]\p{Lu}{2,})*)\s*[-–—]\s").expect("static regex")
});
static REPORTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:به گزارش|بحسب|وفقا ل|نقلا عن)\s+(?P<mark>[^،,:]{2,60}?)\s*[،,]").expect("static regex")
});
static ARABIC_SCRIPT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Arabic}{2,20})\s*[-–]\s*(?P<mark>[\p{Arabic} ]{2,30}?)\s*[-–]")
        .expect("static regex")
});

/// Reads the dateline at the start of `lead`, if it has one.
pub(crate) fn dateline(lead: &str) -> Option<Dateline> {
    if let Some(c) = PLACE_DATE.captures(lead)
        && let Some(stamp) = dates::find(&c["date"])
    {
        let mark = c.name("mark").map(|m| format!("({})", m.as_str()));
        let place = Some(c["place"].trim().to_owned());
        return Some(Dateline { place, mark, stamp: Some(stamp), end: c[0].len() });
    }
    if let Some(c) = PLACE_MARK.captures(lead) {
        let mark = Some(format!("({})", &c["mark"]));
        return Some(Dateline { place: Some(title_case(&c["place"])), mark, stamp: None, end: c[0].len() });
    }
    if let Some(c) = ARABIC_SCRIPT_MARK.captures(lead) {
        let (place, mark) = (Some(c["place"].to_owned()), Some(c["mark"].trim().to_owned()));
        return Some(Dateline { place, mark, stamp: None, end: c[0].len() });
    }
    let c = CAPS_MARK.captures(lead).or_else(|| REPORTED_BY.captures(lead))?;
    Some(Dateline { place: None, mark: Some(c["mark"].trim().to_owned()), stamp: None, end: c[0].len() })
}

/// `TEHRAN` as `Tehran`; mixed-case names stay as written.
fn title_case(place: &str) -> String {
    if place.chars().any(char::is_lowercase) {
        return place.to_owned();
    }
    let mut out = String::new();
    for (i, word) in place.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        out.extend(chars.next());
        out.extend(chars.flat_map(char::to_lowercase));
    }
    out
}

/// A hint at the outlet, and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Clue {
    /// An agency mark in the dateline.
    Mark(String),
    /// The page's site name (HTML `og:site_name`).
    SiteName(String),
    /// The host of the article's address.
    Host(String),
    /// Text at the start of the article that may name the outlet.
    Lead(String),
}

impl Clue {
    /// How the report names the clue.
    pub(crate) fn describe(&self) -> String {
        match self {
            Clue::Mark(m) => format!("the agency mark \"{m}\""),
            Clue::SiteName(s) => format!("the page's site name \"{s}\""),
            Clue::Host(h) => format!("the address's host {h}"),
            Clue::Lead(_) => "its name at the start of the text".to_owned(),
        }
    }
}

/// What matching the clues found.
#[derive(Debug)]
pub(crate) enum Identified<'s> {
    /// One source, and the clue that named it.
    One(&'s Source, Clue),
    /// The strongest clue fits several sources.
    Ambiguous(Clue, Vec<&'s Source>),
    /// No clue fits any source.
    None,
}

/// Matches `clues`, strongest first, against the registry.
pub(crate) fn identify<'s>(clues: &[Clue], sources: &'s BTreeMap<Slug, Source>) -> Identified<'s> {
    for clue in clues {
        let found: Vec<&Source> = sources.values().filter(|s| fits(clue, s)).collect();
        match found.len() {
            0 => continue,
            1 => return Identified::One(found[0], clue.clone()),
            _ => return Identified::Ambiguous(clue.clone(), found),
        }
    }
    Identified::None
}

fn fits(clue: &Clue, source: &Source) -> bool {
    let names = || std::iter::once(&source.name).chain(&source.marks).map(|n| compact(n));
    match clue {
        Clue::Host(host) => source.url.as_deref().and_then(host_of).is_some_and(|h| h == *host),
        Clue::Mark(text) | Clue::SiteName(text) => {
            let text = compact(text);
            !text.is_empty() && names().any(|n| n == text || (n.chars().count() >= 5 && text.contains(&n)))
        }
        Clue::Lead(text) => {
            let text = compact(text);
            names().any(|n| n.chars().count() >= 6 && text.contains(&n))
        }
    }
}

/// A registry entry for an outlet sources.yaml does not have: named as the page names
/// itself (its site name), else by its address's host; its id made from that name, unlike
/// every id the registry has.
pub(crate) fn new_source(
    clues: &[Clue],
    sources: &BTreeMap<Slug, Source>,
    language: &str,
) -> Option<(Source, Clue)> {
    let host = clues.iter().find_map(|c| if let Clue::Host(h) = c { Some(h) } else { None });
    let named = clues
        .iter()
        .find(|c| matches!(c, Clue::SiteName(_)))
        .or_else(|| clues.iter().find(|c| matches!(c, Clue::Host(_))))?;
    let (Clue::SiteName(name) | Clue::Host(name)) = named else { return None };
    let name = name.clone();
    let base = Slug::sanitize(&deunicode::deunicode(&name))?;
    let id = (1..100)
        .map(|n| if n == 1 { Some(base.clone()) } else { Slug::sanitize(&format!("{base}-{n}")) })
        .find_map(|id| id.filter(|id| !sources.contains_key(id)))?;
    let source = Source {
        id,
        name,
        url: host.map(|h| format!("https://{h}/")),
        country: None,
        language: (language != "und").then(|| language.to_owned()),
        kind: Some("unknown".to_owned()),
        note: None,
        marks: Vec::new(),
        timezone: None,
    };
    Some((source, named.clone()))
}

/// The registry's entry for articles whose outlet import could not tell.
pub(crate) fn placeholder() -> Source {
    Source {
        id: Slug::sanitize(crate::corpus::UNIDENTIFIED).expect("a valid id"),
        name: "Unidentified outlet".to_owned(),
        url: None,
        country: None,
        language: None,
        kind: Some("unknown".to_owned()),
        note: Some("Articles whose outlet import could not tell: give each its real source.".to_owned()),
        marks: Vec::new(),
        timezone: None,
    }
}

/// The host of an http(s) address, without `www.`.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_datelines_are_read() {
        let tdi = dateline("Tehran, 24 October 2023 (TDI): Iranian Foreign Minister ...").unwrap();
        assert_eq!(tdi.place.as_deref(), Some("Tehran"));
        assert_eq!(tdi.mark.as_deref(), Some("(TDI)"));
        assert_eq!(tdi.stamp.map(|s| s.date.to_string()).as_deref(), Some("2023-10-24"));
        let ip = dateline("Tehran(IP)- Iran's foreign minister said").unwrap();
        assert_eq!((ip.place.as_deref(), ip.mark.as_deref()), (Some("Tehran"), Some("(IP)")));
        let nour = dateline("NOURNEWS- In separate phone calls, Dr. Hossein").unwrap();
        assert_eq!((nour.place, nour.mark.as_deref()), (None, Some("NOURNEWS")));
        assert_eq!(&"NOURNEWS- In separate phone calls"[nour.end..], "In separate phone calls");
        let solh = dateline("به گزارش پایگاه صلح خبر، در تماسهای تلفنی").unwrap();
        assert_eq!(solh.mark.as_deref(), Some("پایگاه صلح خبر"));
        let reuters = dateline("TEHRAN (Reuters) - Iran's foreign minister").unwrap();
        assert_eq!((reuters.place.as_deref(), reuters.mark.as_deref()), (Some("Tehran"), Some("(Reuters)")));
    }

    #[test]
    fn ordinary_leads_have_no_dateline() {
        assert_eq!(dateline("Iranian Parliament Speaker Mohammad Baqer Qalibaf underlined the need"), None);
        assert_eq!(dateline("He said: the talks, held on Monday, went well."), None);
        assert_eq!(dateline("US - Iran talks resumed on Monday."), None);
    }
}
