//! A saved page's headline, from what the page states: its `<h1>`, the headline it gives
//! search engines and social networks (JSON-LD `headline`, `og:title`, `twitter:title`)
//! and its `<title>`, each with the site's name taken off ("Storm closes port | The
//! Harbour Times"). The headline is the `<h1>` when the page's own statements repeat it
//! (a page often has an `<h1>` for its logo or a section, and captions, credits and
//! timestamps sit where a headline might); otherwise the first stated title, found when
//! another statement agrees with it and assumed when none does.

use super::How;
use super::collapse;

/// The headline, how it was found, and from where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Title {
    pub text: String,
    pub how: How,
    pub note: String,
}

/// A page's `<h1>`: its text, less the kicker set in it when `after_kicker`.
#[derive(Clone, Debug)]
pub(crate) struct Heading {
    pub text: String,
    pub after_kicker: bool,
}

/// Chooses the headline from the titles the page states (with where each was read), its
/// `<h1>`s and the names the site goes by (its `og:site_name`, its host).
pub(crate) fn choose(stated: &[(String, &str)], h1: &[Heading], sites: &[&str]) -> Option<Title> {
    let mut sites = sites.to_vec();
    // An <h1> that a stated title gives after a separator is the site's name or slogan:
    // "Lentil soup | Cooking with Grandma" with <h1>Cooking with Grandma</h1>; unless the
    // <h1> sets what came before as its kicker ("Paris 2024 – Barges bring drinks").
    sites.extend(
        h1.iter()
            .filter(|h| !h.after_kicker && stated.iter().any(|(t, _)| is_part_after_headline(t, &h.text)))
            .map(|h| h.text.as_str()),
    );
    // "Lentil soup - Grandma's kitchen" beside "Lentil soup": what one stated title adds to
    // another after a separator is the site's name.
    for (short, _) in stated {
        for (long, _) in stated {
            let tail = long.strip_prefix(short.as_str()).and_then(|rest| {
                SEPARATORS.iter().find_map(|sep| rest.strip_prefix(sep)).filter(|t| has_word(t))
            });
            sites.extend(tail);
        }
    }
    let stated: Vec<(String, &str)> = stated
        .iter()
        .map(|(t, from)| (without_site(t, &sites), *from))
        .filter(|(t, _)| !t.is_empty())
        .collect();
    let headings: Vec<&String> = h1.iter().map(|h| &h.text).filter(|h| is_headline_like(h, &sites)).collect();
    // Of the headings a statement says in full, the one most statements say, then the
    // longest, then the first on the page (`rev`: of equals, `max_by_key` keeps the last).
    let best = headings
        .iter()
        .rev()
        .filter_map(|h| {
            let agreeing: Vec<&str> =
                stated.iter().filter(|(t, _)| agreement(h, t) >= 0.99).map(|(_, from)| *from).collect();
            let from = *agreeing.first()?;
            Some(((agreeing.len(), h.split_whitespace().count()), *h, from))
        })
        .max_by_key(|(rank, _, _)| *rank);
    if let Some((_, h, from)) = best {
        // A heading that goes on where the agreed one ends gives the headline in full:
        // "Old ferries - Part 12" and, styled as the <h1> below it, "Old ferries - Part 12 –
        // The steam years".
        let agreed = words(h);
        let continued =
            |f: &&&String| words(f).strip_prefix(&agreed).is_some_and(|rest| rest.starts_with(' '));
        let h = headings.iter().find(continued).unwrap_or(&h);
        return Some(Title {
            text: (*h).clone(),
            how: How::Found,
            note: format!("the page's <h1>, as {from} gives it"),
        });
    }
    if !stated.is_empty() {
        return Some(from_statements(&stated, !headings.is_empty()));
    }
    let [only] = headings[..] else { return None };
    Some(Title {
        text: only.clone(),
        how: How::Assumed,
        note: "the page's only <h1>; it states no title: check it".to_owned(),
    })
}

/// The headline from the page's stated titles alone, when no `<h1>` is one of them.
fn from_statements(stated: &[(String, &str)], has_headings: bool) -> Title {
    // A headline is rarely one or two words; a section's name ("News") often is.
    let chosen = stated.iter().position(|(t, _)| t.split_whitespace().count() >= 3).unwrap_or(0);
    let (first, from) = &stated[chosen];
    let mut others = stated.iter().enumerate().filter(|(i, _)| *i != chosen).map(|(_, s)| s);
    if let Some((_, other)) = others.clone().find(|(t, _)| agreement(first, t) >= 0.75) {
        return Title { text: first.clone(), how: How::Found, note: format!("{from}, as {other} gives it") };
    }
    // "Revolution at last: Harbour 1800" beside "Previews: Harbour 1800": two kickers
    // before one headline.
    if let Some((tail, other)) = others.find_map(|(t, other)| Some((shared_tail(first, t)?, other))) {
        let note = format!("what {from} and {other} both give after a kicker");
        return Title { text: tail.to_owned(), how: How::Found, note };
    }
    let (how, note) = if stated.len() == 1 && !has_headings {
        (How::Found, (*from).to_owned())
    } else {
        (How::Assumed, format!("{from}; the page's other titles differ: check it"))
    };
    Title { text: first.clone(), how, note }
}

/// The part two titles both give after a colon, when what comes before differs.
fn shared_tail<'t>(a: &'t str, b: &str) -> Option<&'t str> {
    let (_, tail) = a.split_once(": ")?;
    let (_, other) = b.split_once(": ")?;
    (words(tail) == words(other) && tail.split_whitespace().count() >= 2).then(|| tail.trim())
}

/// How much of `heading` a stated title says: the share of its words found there, or all
/// of it when the stated title is the heading's start (a title cut short for search
/// engines). An `<h1>` counts only when all of it is said: one with more words ("Local
/// news | Storm closes port") carries a kicker the stated title leaves off.
fn agreement(heading: &str, stated: &str) -> f64 {
    let (h, s) = (words(heading), words(stated));
    if h.is_empty() || s.is_empty() {
        return 0.0;
    }
    if h.starts_with(&s) {
        return 1.0;
    }
    let said: std::collections::BTreeSet<&str> = s.split(' ').collect();
    let n = h.split(' ').count();
    h.split(' ').filter(|w| said.contains(w)).count() as f64 / n as f64
}

/// Whether `part` follows a separator in `title`, after something else.
fn is_part_after_headline(title: &str, part: &str) -> bool {
    let (title, part) = (collapse(title), words(part));
    let after = |sep: &&str| {
        let mut parts = title.split(*sep);
        let head = parts.next().unwrap_or_default();
        has_word(head) && parts.any(|p| words(p) == part)
    };
    !part.is_empty() && SEPARATORS.iter().any(after)
}

/// Whether `text` has a word of two letters or more (a date or a number has none).
fn has_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 2)
}

/// Separators between a headline and the site's name in a stated title.
const SEPARATORS: [&str; 10] = [" | ", " - ", " – ", " — ", " › ", " » ", " « ", " :: ", " · ", " // "];

/// The title without the site's name at its start or end: "Storm closes port | The Harbour
/// Times" less "The Harbour Times". A part is the site's when it is one of the names the
/// site goes by, or its host's name written out ("harbour-times.example" for "Harbour
/// Times").
fn without_site(title: &str, sites: &[&str]) -> String {
    let mut title = collapse(title).trim_end_matches(['|', ' ']).to_owned();
    // Two parts at most: "Headline - Section - Site".
    for _ in 0..2 {
        let last =
            split_at_separator(&title, true).filter(|(_, tail)| is_site(tail, sites)).map(|(head, _)| head);
        let first = || {
            split_at_separator(&title, false).filter(|(head, _)| is_site(head, sites)).map(|(_, tail)| tail)
        };
        match last.or_else(first) {
            Some(rest) => title = rest.trim().to_owned(),
            None => break,
        }
    }
    without_glued_site(&title).to_owned()
}

/// A Chinese, Japanese or Korean title less the site's name glued after it with a bare
/// dash, underscore or bar, as those sites write it: "港口因风暴关闭-海港时报".
fn without_glued_site(title: &str) -> &str {
    let is_cjk = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{ff01}'..='\u{ff5e}');
    let Some(at) = title.rfind(['-', '_', '|']) else { return title };
    let (head, tail) = (title[..at].trim_end(), title[at + 1..].trim());
    let glued = head.chars().last().is_some_and(is_cjk) && tail.chars().next().is_some_and(is_cjk);
    let short = (1..=8).contains(&tail.chars().count()) && head.chars().count() > 2 * tail.chars().count();
    if glued && short { head } else { title }
}

/// `title` split at its last separator, or its first.
fn split_at_separator(title: &str, last: bool) -> Option<(&str, &str)> {
    let found =
        SEPARATORS.iter().filter_map(|s| Some((*s, if last { title.rfind(s)? } else { title.find(s)? })));
    let (sep, at) = if last { found.max_by_key(|(_, at)| *at) } else { found.min_by_key(|(_, at)| *at) }?;
    Some((&title[..at], &title[at + sep.len()..]))
}

/// Whether `part` names the site: the same letters as one of its names, or a name of it
/// (the host less `www.` and its last label) written out.
pub(crate) fn is_site(part: &str, sites: &[&str]) -> bool {
    let part = letters(part);
    !part.is_empty()
        && sites.iter().any(|s| {
            let site = letters(s.trim_start_matches("www."));
            let host_name = s.rsplit_once('.').map(|(name, _)| letters(name.trim_start_matches("www.")));
            let most_of = site.len() >= 4 && part.contains(&site) && site.len() * 10 >= part.len() * 6;
            site == part || most_of || host_name.is_some_and(|h| h == part)
        })
}

/// Letters and digits only, lower-cased: "The Harbour-Times" and "theharbourtimes" alike.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Words only, lower-cased and joined by one space.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An `<h1>` that could be a headline: some words, not a sentence-long block, not the
/// site's own name (a logo in an `<h1>`), not a date or a style sheet.
fn is_headline_like(h: &str, sites: &[&str]) -> bool {
    let n = h.split_whitespace().count();
    (1..=40).contains(&n) && has_word(h) && !is_site(h, sites) && !h.contains('{')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h1(texts: &[&str]) -> Vec<Heading> {
        texts.iter().map(|t| Heading { text: (*t).to_owned(), after_kicker: false }).collect()
    }

    fn stated(items: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        items.iter().map(|(t, f)| ((*t).to_owned(), *f)).collect()
    }

    #[test]
    fn the_site_name_is_taken_off_either_end() {
        let sites = ["The Harbour Times", "harbour-times.example"];
        assert_eq!(without_site("Storm closes port | The Harbour Times", &sites), "Storm closes port");
        assert_eq!(without_site("Harbour Times – Storm closes port", &sites), "Storm closes port");
        assert_eq!(
            without_site("Storm closes port - News - Harbour Times", &sites),
            "Storm closes port - News"
        );
        // A dash inside the headline stays.
        assert_eq!(without_site("Port reopens - for now", &sites), "Port reopens - for now");
    }

    #[test]
    fn the_h1_wins_when_the_page_repeats_it() {
        let t = choose(
            &stated(&[("What a harbour pilot does, explained - Harbour Times", "og:title")]),
            &h1(&["Harbour Times", "What a harbour pilot does"]),
            &["harbour-times.example"],
        )
        .unwrap();
        assert_eq!(t.text, "What a harbour pilot does");
        assert_eq!(t.how, How::Found);
    }

    #[test]
    fn a_caption_or_timestamp_in_an_h1_loses_to_the_stated_title() {
        let t = choose(
            &stated(&[("Storm closes port", "og:title"), ("Storm closes port | Harbour Times", "<title>")]),
            &h1(&["12 May 2024, 10:02"]),
            &["Harbour Times"],
        )
        .unwrap();
        assert_eq!(t.text, "Storm closes port");
        assert_eq!(t.how, How::Found, "{}", t.note);
    }

    #[test]
    fn what_one_stated_title_adds_to_another_is_the_site_s_name() {
        // A two-word headline whose site the page never names; the <title> adds it.
        let t = choose(
            &stated(&[("Harbour Lights", "og:title"), ("Harbour Lights - ada ward photography", "<title>")]),
            &h1(&["so seen"]),
            &["adaward.example"],
        )
        .unwrap();
        assert_eq!(t.text, "Harbour Lights");
        assert_eq!(t.how, How::Found, "{}", t.note);
        // A longer title that goes on without a separator is another title.
        let t = choose(
            &stated(&[("Storm closes port", "og:title"), ("Storm closes port for a week", "<title>")]),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!(t.text, "Storm closes port");
    }

    #[test]
    fn disagreeing_titles_are_assumed() {
        let t = choose(
            &stated(&[("Storm closes port", "og:title"), ("Harbour news archive", "<title>")]),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!(t.text, "Storm closes port");
        assert_eq!(t.how, How::Assumed);
    }

    #[test]
    fn of_headings_the_statements_repeat_the_one_most_repeat_wins() {
        // "About the harbour" is said by both statements; "About Harbour Times" by one.
        let t = choose(
            &stated(&[
                ("About the harbour", "og:title"),
                ("About the harbour – Harbour Times | Tides", "<title>"),
            ]),
            &h1(&["About the harbour", "About Harbour Times"]),
            &["Harbour Times | Tides"],
        )
        .unwrap();
        assert_eq!(t.text, "About the harbour");
    }

    #[test]
    fn two_kickers_before_one_headline_give_the_headline() {
        let t = choose(
            &stated(&[
                ("Finally afloat?: Ferry 1800 review", "og:title"),
                ("Reviews: Ferry 1800 review", "<title>"),
            ]),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!((t.text.as_str(), t.how), ("Ferry 1800 review", How::Found));
        // Different headlines after the colons are no shared headline.
        let t = choose(
            &stated(&[
                ("Finally afloat?: Ferry 1800 review", "og:title"),
                ("Reviews: Tug 9 review", "<title>"),
            ]),
            &[],
            &[],
        )
        .unwrap();
        assert_eq!((t.text.as_str(), t.how), ("Finally afloat?: Ferry 1800 review", How::Assumed));
    }

    #[test]
    fn a_site_name_glued_to_a_cjk_title_is_taken_off() {
        assert_eq!(
            without_site("港口因风暴关闭，渡轮停航三天-海港时报", &[]),
            "港口因风暴关闭，渡轮停航三天"
        );
        assert_eq!(without_site("港口因风暴关闭，渡轮停航三天_海港网", &[]), "港口因风暴关闭，渡轮停航三天");
        // A dash between Latin words, or a long tail, is part of the headline.
        assert_eq!(without_site("Port re-opens", &[]), "Port re-opens");
        assert_eq!(without_site("港口关闭-渡轮停航三天后恢复", &[]), "港口关闭-渡轮停航三天后恢复");
    }
}
