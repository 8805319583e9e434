//! Authors as pages write them, made into names: "By ANA RUIZ, LEE PARK and TOM
//! WEISSAssociated Press" is Ana Ruiz, Lee Park and Tom Weiss; "Veröffentlicht vonJana
//! Kurz" is Jana Kurz; "Analysis by Sam Ortiz, Chief Correspondent" is Sam Ortiz. Labels
//! ("By", "Von", "Autor:"), roles, agencies, dates and the links after a name are dropped,
//! and what is not a name at all (a comment form's "Name (required)", an address, a
//! reader's "... says:") gives no author.

use std::sync::LazyLock;

use regex::Regex;

/// The authors a page's bylines give, each byline a list of texts as written, most
/// trusted first. The first byline that names someone gives them, less the site's own
/// name (`is_site`); the second, when it has all of the first's names and more, adds the
/// rest (metadata that names the first of two authors); a later one that spells a name
/// as people do ("Ana Ruiz") replaces a login ("anaruiz").
pub(crate) fn choose(bylines: &[Vec<String>], is_site: impl Fn(&str) -> bool) -> Vec<String> {
    let names = |texts: &Vec<String>| -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for name in texts.iter().filter(|t| !is_site(t)).flat_map(|t| split(t)) {
            if !is_site(&name) && !names.iter().any(|n| letters(n) == letters(&name)) {
                names.push(name);
            }
        }
        names
    };
    let mut lists = bylines.iter().map(names).enumerate().filter(|(_, l)| !l.is_empty());
    let Some((first, mut chosen)) = lists.next() else { return Vec::new() };
    for (i, later) in lists {
        let has = |name: &String| later.iter().any(|l| letters(l) == letters(name));
        if (first, i) == (0, 1) && later.len() > chosen.len() && chosen.iter().all(has) {
            chosen = later.clone();
        }
        for name in chosen.iter_mut().filter(|n| !n.contains(' ') && n.chars().all(|c| !c.is_uppercase())) {
            if let Some(spelled) = later.iter().find(|l| l.contains(' ') && letters(l) == letters(name)) {
                name.clone_from(spelled);
            }
        }
    }
    chosen
}

/// A name's letters, lower-cased: "Ana Ruiz" and "anaruiz" alike.
pub(crate) fn letters(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The author names in `raw`, in order.
pub(crate) fn split(raw: &str) -> Vec<String> {
    let text = unglue(raw);
    if is_not_a_byline(&text) {
        return Vec::new();
    }
    let text = cut_after_name(&text);
    // "PTI, Washington": after an agency, a lone word is the dateline's place.
    let mut after_agency = false;
    let mut names = Vec::new();
    for part in LIST.split(&text) {
        after_agency |= AGENCIES.iter().any(|a| part.trim().eq_ignore_ascii_case(a));
        names.extend(name(part).filter(|n| !after_agency || n.contains(' ')));
    }
    names
}

/// Words a page glues together when it drops markup: "vonJana" and "WEISSAssociated".
fn unglue(raw: &str) -> String {
    static LOWER_UPPER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\p{Ll}{3,})(\p{Lu})").expect("static regex"));
    static CAPS_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\p{Lu}{3,})(\p{Lu}\p{Ll}{2,})").expect("static regex"));
    let text = LOWER_UPPER.replace_all(raw, "$1 $2");
    CAPS_WORD.replace_all(&text, "$1 $2").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A reader's comment, a form label, an address, or no one.
fn is_not_a_byline(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.ends_with("says:")
        || lower.ends_with("sagt:")
        || text.contains("://")
        || lower.contains("www.")
        || text.contains('@')
        || text.contains('(')
        || ["no author", "unknown", "anonymous", "admin"].contains(&lower.trim())
        || lower
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| CREDITS.contains(&w.trim_end_matches('s')))
}

/// Labels of a picture's credit, not a byline: "Foto: Ina Berg", "Photo by Ina Berg".
const CREDITS: [&str; 10] =
    ["foto", "photo", "bild", "bilder", "image", "credit", "quelle", "source", "fuente", "crédit"];

/// The byline up to what follows the names: a date or time, a dash and a link, "All
/// articles".
fn cut_after_name(text: &str) -> String {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:[-|•·]\s|\p{N}|(?:am|on|le|el|il|um|at|hace|vor|il y a|alle artikel|all posts|mehr|more|updated|aktualisiert|published|posted|veröffentlicht)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\p{N}|(?:kategorien|categories|tags|schlagworte):).*$|\p{N}.*$")
            .expect("static regex")
    });
    AFTER.replace(text, "").trim().trim_end_matches([',', '-', '|', ':']).trim().to_owned()
}

/// Between names: commas, semicolons, "and", "und", "y", "et", "e", "&".
static LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:[,;/&]|\s(?:and|und|y|et|e|i|en|og|och)\s)\s*").expect("static regex")
});

/// One name, with its label taken off; `None` for a role, an agency or a non-name.
fn name(part: &str) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:analysis|text|story|report|reporting|photos?|fotos?|written|posted|published|veröffentlicht|eingestellt|erstellt|geschrieben|verfasst|publié|escrito|scritto|pubblicato)\s+)?(?:by|von|de|par|por|di|da|door|av|از|بقلم)\s+|^(?:author|autor|autorin|auteur|autore|text|текст|автор|نویسنده|الكاتب)\s*:?\s+|^redaktion\s*:\s*")
            .expect("static regex")
    });
    let name = LABEL.replace(part.trim(), "");
    let mut name = name.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    // "TOM WEISS Associated Press": the agency credited after the last name.
    for agency in AGENCIES.iter().filter(|a| a.contains(' ')) {
        let cut = name.len().saturating_sub(agency.len() + 1);
        if name.get(cut..).is_some_and(|tail| tail.eq_ignore_ascii_case(&format!(" {agency}"))) {
            name = name[..cut].trim_end();
        }
    }
    let words = name.split_whitespace().count();
    let is_role = ROLES.iter().any(|r| name.to_lowercase().split_whitespace().any(|w| w.contains(r)));
    let is_agency = AGENCIES.iter().any(|a| name.eq_ignore_ascii_case(a));
    let lower = name.to_lowercase().replace('.', "");
    let is_label =
        [&LABELS[..], &BUTTONS, &CREDENTIALS, &NOT_NAMES].iter().any(|l| l.contains(&lower.as_str()));
    if name.is_empty() || words > 5 || is_role || is_agency || is_label {
        return None;
    }
    Some(title_case_if_shouting(name))
}

/// A label left alone when what it labelled was a date: "Veröffentlicht am 3. Mai".
const LABELS: [&str; 8] =
    ["published", "posted", "veröffentlicht", "eingestellt", "erstellt", "publié", "publicado", "pubblicato"];

/// The words of a link or button in an author box ("View", "Profile").
const BUTTONS: [&str; 14] = [
    "view", "link", "more", "profile", "posts", "about", "contact", "follow", "share", "website", "mehr",
    "weiterlesen", "plus", "más",
];

/// Words that make a part a role, not a name ("Chief Correspondent", "Redakteurin").
const ROLES: [&str; 14] = [
    "correspondent", "editor", "reporter", "writer", "columnist", "contributor", "staff", "redakteur",
    "korrespondent", "journalist", "corresponsal", "rédact", "wire", "bureau",
];

/// News agencies, credited on a byline but not authors.
const AGENCIES: [&str; 24] = [
    "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse", "dpa", "apa",
    "efe", "ansa", "upi", "bloomberg", "pti", "ians", "xinhua", "kyodo", "jiji", "jiji press", "yonhap",
    "tass", "irna", "isna", "anadolu agency", "press association",
];

/// Letters after a name that are its holder's degrees, not another author: "Ana Ruiz, MD".
const CREDENTIALS: [&str; 12] = ["md", "phd", "ms", "msc", "ma", "mba", "mph", "rn", "rd", "rdn", "jr", "sr"];

/// Words that alone are no one's name: "The" left of "The Harbour Times staff".
const NOT_NAMES: [&str; 8] = ["the", "a", "der", "die", "das", "le", "la", "el"];

/// "ANA RUIZ" as "Ana Ruiz"; a name written in capitals for style, not an acronym.
fn title_case_if_shouting(name: &str) -> String {
    let letters = || name.chars().filter(|c| c.is_alphabetic());
    if name.split_whitespace().count() < 2 || letters().any(char::is_lowercase) {
        return name.to_owned();
    }
    name.split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().into_iter().chain(chars.flat_map(char::to_lowercase)).collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_become_names() {
        assert_eq!(
            split("By ANA RUIZ, LEE PARK and TOM WEISSAssociated Press"),
            ["Ana Ruiz", "Lee Park", "Tom Weiss"]
        );
        assert_eq!(split("Marta Gil, Iván Soto y Clara Ruiz"), ["Marta Gil", "Iván Soto", "Clara Ruiz"]);
        assert_eq!(split("Jana Kurz und Paul Brandt"), ["Jana Kurz", "Paul Brandt"]);
    }

    #[test]
    fn labels_roles_and_dates_are_dropped() {
        assert_eq!(split("Analysis by Sam Ortiz, Chief Correspondent"), ["Sam Ortiz"]);
        assert_eq!(split("Veröffentlicht vonJana Kurz"), ["Jana Kurz"]);
        assert_eq!(split("AuthorJana Kurz"), ["Jana Kurz"]);
        assert_eq!(split("Autor: Jana Kurz"), ["Jana Kurz"]);
        assert_eq!(split("Von Jana Kurz am Samstag, 19. Oktober 2024 um 11:14 Uhr"), ["Jana Kurz"]);
        assert_eq!(split("Jana Kurz Alle Artikel"), ["Jana Kurz"]);
        assert_eq!(split("Von Jana Kurz Kategorien: Garten"), ["Jana Kurz"]);
        assert_eq!(split("Redaktion Stadtblatt"), ["Redaktion Stadtblatt"]);
        assert_eq!(split("Von Jana Kurz - 3. Mai 2024"), ["Jana Kurz"]);
        assert_eq!(split("Marta Gil y Iván SotoHace 3 horas"), ["Marta Gil", "Iván Soto"]);
        assert_eq!(split("نویسنده: مریم احمدی"), ["مریم احمدی"]);
        assert_eq!(split("Текст: Анна Петрова"), ["Анна Петрова"]);
        assert_eq!(split("Jana Kurz November 20, 2024"), ["Jana Kurz"]);
        assert_eq!(split("Jana Kurz Monday, November 20"), ["Jana Kurz"]);
        assert_eq!(split("Ana Ruiz Published 3:02 p.m."), ["Ana Ruiz"]);
        assert_eq!(split("Ana Ruiz, MD, RDN"), ["Ana Ruiz"]);
        // A name that is also a month's stays.
        assert_eq!(split("By Jan Kurz and June Park"), ["Jan Kurz", "June Park"]);
    }

    #[test]
    fn what_is_not_a_name_gives_no_author() {
        assert!(split("Name (erforderlich)").is_empty());
        assert!(split("Kim Novak says:").is_empty());
        assert!(split("Webagentur GmbH www.example.net").is_empty());
        assert!(split("No Author").is_empty());
        assert!(split("Associated Press").is_empty());
        assert!(split("PTI").is_empty());
        assert!(split("PTI, Washington,").is_empty());
        assert_eq!(split("Ana Ruiz, Reuters, Jan Kurz"), ["Ana Ruiz", "Jan Kurz"]);
        assert!(split("Reuters November 20").is_empty());
        assert!(split("Harbour Times wire services").is_empty());
        assert!(split("The").is_empty());
        assert!(split("Veröffentlicht am 3. Mai 2024").is_empty());
        assert!(split("Foto: Ina Berg").is_empty());
        assert!(split("Photos by Ina Berg").is_empty());
    }

    #[test]
    fn names_that_look_glued_stay_whole() {
        assert_eq!(split("Ian McDonald"), ["Ian McDonald"]);
        assert_eq!(split("Rosa DiBiase"), ["Rosa DiBiase"]);
        assert_eq!(split("Sadie O'Connor"), ["Sadie O'Connor"]);
    }

    fn bylines(lists: &[&[&str]]) -> Vec<Vec<String>> {
        lists.iter().map(|l| l.iter().map(|t| (*t).to_owned()).collect()).collect()
    }

    #[test]
    fn the_first_byline_that_names_someone_gives_the_authors() {
        let site =
            |n: &str| n.eq_ignore_ascii_case("Harbour Times") || n.eq_ignore_ascii_case("HARBOURTIMES1");
        // The site's own name is no author: the next byline is read.
        assert_eq!(
            choose(&bylines(&[&["Harbour Times"], &["HARBOURTIMES1"], &["Von Jana Kurz"]]), site),
            ["Jana Kurz"]
        );
        // Metadata that names the first of two authors: the second statement adds the other.
        assert_eq!(
            choose(&bylines(&[&["Ana Ruiz"], &["Ana Ruiz, Lee Park"]]), site),
            ["Ana Ruiz", "Lee Park"]
        );
        // A later byline with other names does not.
        assert_eq!(choose(&bylines(&[&["Ana Ruiz"], &[], &[], &["Ana Ruiz, Lee Park"]]), site), ["Ana Ruiz"]);
        // A login is spelled as the page shows it; a name said twice is one author.
        assert_eq!(choose(&bylines(&[&["anaruiz"], &[], &[], &["By Ana Ruiz"]]), site), ["Ana Ruiz"]);
        assert_eq!(choose(&bylines(&[&["Ana Ruiz", "ANA RUIZ"]]), site), ["Ana Ruiz"]);
    }
}
