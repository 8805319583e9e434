//! What a web page adds around an article, and taking it off.
//!
//! A clipping starts with a header (section labels, `News ID : 153676`, `Publish Date :
//! ...`, the headline, often twice) and carries clutter in and after the body: "Also read:"
//! links, a teaser repeated in full, previous/next links, the author's bio, the comment form,
//! "Back to top". Each rule here removes one kind, and says what it removed, so the analyst
//! can see that no paragraph of the article went with it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Removed, outlet};

/// A clipping with its header read and its clutter removed.
#[derive(Debug, Default)]
pub(crate) struct Cleaned {
    /// The headline, when the header has one.
    pub title: Option<String>,
    /// `label : value` lines of the header, such as `Publish Date : 10/24/2023`.
    pub labelled: Vec<(String, String)>,
    /// The header's other lines that hold a date: "3. Mai 2024 · Filed under Garden".
    pub dated: Vec<String>,
    /// Authors from a `By ...` line or the author box after the article.
    pub authors: Vec<String>,
    /// The article's paragraphs.
    pub paragraphs: Vec<String>,
    /// What was taken out, and why, in order.
    pub removed: Vec<Removed>,
}

/// Reads the header and removes the clutter. `known_title` is the page's own headline (from
/// its HTML), which the body may repeat; it wins over a headline-like line of the header.
pub(crate) fn clean(paragraphs: Vec<String>, known_title: Option<&str>, known_authors: &[String]) -> Cleaned {
    let mut out = Cleaned::default();
    let body_start = read_header(&paragraphs, &mut out);
    if let Some(known) = known_title {
        if let Some(line) = out.title.take().filter(|line| !same_line(line, known)) {
            if super::dates::find(&line).is_some() {
                out.dated.push(line.clone());
            }
            out.removed
                .push(Removed { text: line, why: "a line above the article, not the page's headline" });
        }
        out.title = Some(known.to_owned());
    }
    let mut body: Vec<String> = paragraphs.into_iter().skip(body_start).collect();
    if let Some(title) = out.title.clone() {
        drop_where(&mut body, &mut out.removed, "the headline, repeated", |p, _| same_line(p, &title));
    }
    cut_at_fence(&mut body, &mut out);
    take_signature(&mut body, &mut out);
    drop_related(&mut body, &mut out.removed);
    drop_where(&mut body, &mut out.removed, "a share or print button", |p, _| is_button(p));
    drop_where(&mut body, &mut out.removed, "a teaser, repeated in full after it", is_teaser);
    let authors: Vec<String> = out.authors.iter().chain(known_authors).cloned().collect();
    super::clutter::remove(&mut body, &mut out.removed, &authors);
    out.paragraphs = body;
    out
}

/// Reads header lines until the first paragraph of text; returns where the body starts.
/// The longest title-like line is the headline; the others are section labels.
fn read_header(paragraphs: &[String], out: &mut Cleaned) -> usize {
    let mut candidates = Vec::new();
    let mut start = 0;
    for p in paragraphs.iter().take(8) {
        if let Some((label, value)) = labelled(p) {
            out.labelled.push((label, value));
            out.removed.push(Removed { text: p.clone(), why: "a metadata line of the page" });
        } else if let Some(name) = byline(p) {
            out.authors.push(name);
            out.removed.push(Removed { text: p.clone(), why: "the byline (kept as the author)" });
        } else if is_paragraph(p) {
            break;
        } else {
            candidates.push(p);
        }
        start += 1;
    }
    let mut title: Option<&String> = None;
    for c in &candidates {
        if words(c) >= 3 && title.is_none_or(|t| words(c) > words(t)) {
            title = Some(c);
        }
    }
    for c in &candidates {
        if super::dates::find(c).is_some() && title.is_none_or(|t| !std::ptr::eq(*c, t)) {
            out.dated.push((*c).clone());
        }
        let why = match title {
            Some(t) if std::ptr::eq(*c, t) => continue,
            Some(t) if same_line(c, t) => "the headline, repeated",
            _ => "a navigation or section label",
        };
        out.removed.push(Removed { text: (*c).clone(), why });
    }
    out.title = title.cloned();
    start
}

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<label>\p{L}[\p{L} ]{1,24}?)\s*[:：]\s*(?P<value>\S.{0,60})$").expect("static regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|BY|by|Written by|Reported by|نویسنده\s*:)\s+(?P<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$")
        .expect("static regex")
});

/// `News ID : 153676`: a short label (three words at most), a colon, a short value.
fn labelled(p: &str) -> Option<(String, String)> {
    let c = LABELLED.captures(p)?;
    let label = c["label"].trim();
    (p.chars().count() <= 90 && label.split_whitespace().count() <= 3)
        .then(|| (label.to_owned(), c["value"].trim().to_owned()))
}

fn byline(p: &str) -> Option<String> {
    BYLINE.captures(p).map(|c| c["name"].to_owned())
}

/// A line of running text rather than a label or headline: long, or a sentence, or a
/// lead opening with a dateline.
fn is_paragraph(p: &str) -> bool {
    let n = words(p);
    n >= 25
        || (n >= 8 && p.ends_with(['.', '!', '?', '؟', '…', '”', '"', '»']))
        || outlet::dateline(p).is_some()
}

fn words(p: &str) -> usize {
    p.split_whitespace().count()
}

/// The same line, ignoring case, spacing and final punctuation.
fn same_line(a: &str, b: &str) -> bool {
    let key =
        |s: &str| s.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace()).to_lowercase();
    key(a) == key(b)
}

/// Removes the paragraphs `matches` accepts (given the paragraphs after it).
fn drop_where(
    body: &mut Vec<String>,
    removed: &mut Vec<Removed>,
    why: &'static str,
    matches: impl Fn(&str, &[String]) -> bool,
) {
    let mut kept = Vec::with_capacity(body.len());
    for (i, p) in body.iter().enumerate() {
        if matches(p, &body[i + 1..]) {
            removed.push(Removed { text: p.clone(), why });
        } else {
            kept.push(p.clone());
        }
    }
    *body = kept;
}

static FENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?: previous\s*(?:article|post|story) | next\s*(?:article|post|story) | «\s*previous | back\s+to\s+top
        | scroll\s+to\s+top | leave\s+a\s+(?:reply|comment) | post\s+a\s+comment | add\s+(?:a\s+)?comment
        | comments?\s*(?:\(\d+\))?$ | your\s+email\s+address\s+will\s+not | related\s+(?:posts|articles|stories|news)
        | you\s+(?:may|might)\s+also\s+like | more\s+stories | first\s+name\s*(?:&|and)\s*last\s+name
        | tags?\s*: | share\s+this(?:\s+article)?\s*:?$
        | recent\s+(?:articles|posts|stories)$ | popular\s+(?:this\s+week|now|articles|posts|stories)$ | most\s+(?:popular|read)$
        | more\s+(?:great\s+)?(?:\S+\s+)?stories$ | about\s+the\s+author$ | more\s+(?:articles|posts|stories)\s+(?:from|by)\b
        | das\s+könnte\s+sie\s+auch\s+interessieren | mehr\s+zum\s+thema$ | weitere\s+artikel$ | kommentare?\s*(?:\(\d+\))?$
        | comentarios?$ | comentários$ | commentaires?$ | commenti$ | комментарии$ | добавить\s+(?:отзыв|комментарий)
        | самые\s+популярные | читайте\s+также$ | atenção:\s*comentários | tell\s+us\s+what\s+you\s+think
        | نام\s*و\s*نام\s*خانوادگی | ارسال\s*نظر | نظر\s*شما | نظرات | دیدگاه‌?ها | برچسب | کلمات\s*کلیدی
        | اخبار\s*مرتبط | مطالب\s*مرتبط | بازگشت\s*به\s*بالا | التعليقات | أضف\s*تعليق | أخبار\s*ذات\s*صلة )",
    )
    .expect("static regex")
});

/// Drops everything from the first line that ends the article on a web page (the
/// previous/next links, the comment form, "Back to top"), keeping the author named in an
/// author box among it. A fence with paragraphs of the article after it ("Related news"
/// boxed inside the text) goes alone, with the links under it.
fn cut_at_fence(body: &mut Vec<String>, out: &mut Cleaned) {
    let is_fence = |p: &String| p.chars().count() <= 120 && FENCE.is_match(p);
    let mut from = 1;
    let at = loop {
        let Some(at) = body.iter().skip(from).position(is_fence).map(|i| i + from) else { return };
        if body[at + 1..].iter().filter(|p| words(p) >= 25).count() < 3 {
            break at;
        }
        let links = body[at + 1..].iter().take_while(|p| !is_paragraph(p) && words(p) <= 25).count();
        for line in body.drain(at..=at + links) {
            out.removed.push(Removed { text: line, why: "a box of links inside the article" });
        }
        from = at;
    };
    let tail = body.split_off(at);
    for (i, line) in tail.iter().enumerate() {
        let is_author = i > 0
            && is_name(line)
            && tail.get(i + 1).is_some_and(|bio| bio.contains(line.as_str()))
            && !out.authors.contains(line);
        if is_author {
            out.authors.push(line.clone());
        }
        let why = match (i, is_author) {
            (0, _) => "the end of the article on the page (links, comments, buttons after it)",
            (_, true) => "the author box (kept as the author)",
            _ => "after the end of the article",
        };
        out.removed.push(Removed { text: line.clone(), why });
    }
}

/// Takes the author's signature from the last lines of the article, keeping the name:
/// "Text: Jana Kurz", "Von:" with the name on the line after it, "Autor: Jana Kurz".
fn take_signature(body: &mut Vec<String>, out: &mut Cleaned) {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:text|von|autor|autorin|author|written\s+by|texto|testo|par|por|نویسنده|الكاتب)\s*[:：]\s*(?P<name>.*)$")
            .expect("static regex")
    });
    let from = body.len().saturating_sub(12);
    for at in from..body.len() {
        let Some(c) = SIGNED.captures(&body[at]) else { continue };
        let (names, lines) = match c["name"].trim() {
            "" => match body.get(at + 1).filter(|next| is_name(next)) {
                Some(next) => (vec![next.clone()], 2),
                None => continue,
            },
            name if words(name) <= 8 => (super::authors::split(name), 1),
            _ => continue,
        };
        if names.is_empty() || names.len() > 3 {
            continue;
        }
        for line in body.drain(at..at + lines) {
            out.removed.push(Removed { text: line, why: "the author's signature (kept as the author)" });
        }
        for name in names {
            if !out.authors.contains(&name) {
                out.authors.push(name);
            }
        }
        return;
    }
}

/// Two to four capitalised words: a person's name on its own line.
fn is_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?: also\s+read | read\s+(?:also|more) | see\s+also | related(?:\s+(?:article|story|news))? | recommended
        | more\s+on\s+this | watch | more | related\s+posts? | vea\s+también | lee\s+también | mira | leggi\s+anche(?:\s+su)?
        | lesen\s+sie\s+(?:auch|mehr) | auch\s+interessant | lire\s+aussi | à\s+lire\s+(?:aussi|également) | leia\s+também
        | читайте\s+также | بیشتر\s*بخوانید | همچنین\s*بخوانید | بخوانید | مطلب\s*مرتبط | اقرأ\s*أيضا )\s*[:：|]",
    )
    .expect("static regex")
});

/// Drops "Also read: ..." lines; a bare "Read more:" takes the headlines under it along.
fn drop_related(body: &mut Vec<String>, removed: &mut Vec<Removed>) {
    let mut kept = Vec::with_capacity(body.len());
    let mut listing = false;
    for p in body.drain(..) {
        if let Some(m) = RELATED.find(&p) {
            listing = p[m.end()..].trim().is_empty();
            removed.push(Removed { text: p, why: "a link to another article" });
        } else if listing && !is_paragraph(&p) && words(&p) <= 25 {
            removed.push(Removed { text: p, why: "a link to another article" });
        } else {
            listing = false;
            kept.push(p);
        }
    }
    *body = kept;
}

const BUTTONS: [&str; 14] = [
    "share", "tweet", "print", "email", "e-mail", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
    "copy link", "share on facebook", "share on twitter", "اشتراک گذاری",
];

fn is_button(p: &str) -> bool {
    p.chars().count() <= 30 && BUTTONS.iter().any(|b| p.trim_end_matches(':').eq_ignore_ascii_case(b))
}

/// A paragraph cut short with `[…]` whose text a later paragraph repeats in full.
fn is_teaser(p: &str, later: &[String]) -> bool {
    let Some(stem) = ["[…]", "[...]", "…", "..."].iter().find_map(|e| p.strip_suffix(e)) else {
        return false;
    };
    let stem = stem.trim_end();
    stem.chars().count() >= 30 && later.iter().any(|l| l.starts_with(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_owned).collect()
    }

    #[test]
    fn the_header_gives_the_headline_and_its_metadata() {
        let c = clean(
            lines(
                "News ID : 153676\nPublish Date : 10/24/2023 11:15:40 AM\nTalks on Gaza held by phone\n\
                 Talks on Gaza held by phone\nThe minister spoke with both leaders on Monday about the war.",
            ),
            None,
            &[],
        );
        assert_eq!(c.title.as_deref(), Some("Talks on Gaza held by phone"));
        assert_eq!(c.labelled[1], ("Publish Date".to_owned(), "10/24/2023 11:15:40 AM".to_owned()));
        assert_eq!(c.paragraphs, ["The minister spoke with both leaders on Monday about the war."]);
        assert_eq!(c.removed.len(), 3);
    }

    #[test]
    fn section_labels_before_the_headline_are_dropped() {
        let c = clean(
            lines(
                "IranMiddle East\nSpeaker Calls for Resistance\nThe speaker said so in a call on Wednesday.",
            ),
            None,
            &[],
        );
        assert_eq!(c.title.as_deref(), Some("Speaker Calls for Resistance"));
        assert_eq!(c.removed[0].why, "a navigation or section label");
    }

    #[test]
    fn the_page_end_and_the_author_box_go_and_the_author_stays() {
        let c = clean(
            lines(
                "The talks were held on Monday by phone, officials said.\nPrevious articleWorld Polio Day\n\
                 Next articleZambia Day\nMaham Shabir\nA scholar, Maham Shabir, writes on diplomacy.",
            ),
            None,
            &[],
        );
        assert_eq!(c.paragraphs.len(), 1);
        assert_eq!(c.authors, ["Maham Shabir"]);
    }

    #[test]
    fn the_signature_under_the_article_goes_and_the_author_stays() {
        let body = "The ferry left the harbour at dawn with forty passengers aboard, the company said.\n\
                    It returned at noon after the wind rose over the bay, and no one was hurt.";
        let c = clean(lines(&format!("{body}\nText: Jana Kurz\nFotos: Ina Berg")), None, &[]);
        assert_eq!((c.paragraphs.len(), c.authors.as_slice()), (2, &["Jana Kurz".to_owned()][..]));
        let c = clean(lines(&format!("{body}\nVon:\nJana Kurz")), None, &[]);
        assert_eq!((c.paragraphs.len(), c.authors.as_slice()), (2, &["Jana Kurz".to_owned()][..]));
        // A label with a sentence after it is the article's.
        let text = format!("{body}\nText: the council will publish the full report on its site next week.");
        let c = clean(lines(&text), None, &[]);
        assert_eq!((c.paragraphs.len(), c.authors.len()), (3, 0));
    }

    #[test]
    fn a_box_of_links_inside_the_article_goes_alone() {
        let long = |n: usize| {
            format!(
                "Paragraph {n} of the article goes on about the harbour, the storm, the cranes and the ferries for long enough, and then some more, to be running text."
            )
        };
        let mut text = vec![long(1), "Related news".to_owned(), "Port fees to rise in spring".to_owned()];
        text.extend((2..=5).map(long));
        text.push("Leave a comment".to_owned());
        text.push("Name".to_owned());
        let c = clean(text, None, &[]);
        assert_eq!(c.paragraphs, (1..=5).map(long).collect::<Vec<_>>());
        assert_eq!(c.removed[0].why, "a box of links inside the article");
        assert_eq!(c.removed[1].text, "Port fees to rise in spring");
    }

    #[test]
    fn related_links_and_teasers_go_but_text_mentioning_them_stays() {
        let c = clean(
            lines(
                "The minister said the crossing must open to aid convoys […]\n\
                 The minister said the crossing must open to aid convoys at once.\n\
                 Also read: Pakistan calls for UN action\nHe also said that related talks will follow.\n\
                 Read more:\nIranian FM condemns UK decision",
            ),
            None,
            &[],
        );
        assert_eq!(
            c.paragraphs,
            [
                "The minister said the crossing must open to aid convoys at once.",
                "He also said that related talks will follow."
            ]
        );
    }
}
