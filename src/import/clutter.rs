//! Lines inside a page's article text that are not the article: photo captions and
//! credits, gallery controls and ad labels, calls to subscribe or sign up, copyright and
//! reporting credits, date lines, separators, and the author's bio. Each kind is recognised by its form and by the words sites use for it in the
//! languages clippings come in (English, German, French, Spanish, Italian, Portuguese,
//! Persian, Arabic); a line of running text is never one of them.

use std::sync::LazyLock;

use regex::Regex;

use super::Removed;
use super::dates;

/// Takes the clutter out of `body`, saying what each removed line was. `authors` are the
/// article's authors, whose bio may close the text.
pub(crate) fn remove(body: &mut Vec<String>, removed: &mut Vec<Removed>, authors: &[String]) {
    let n = body.len();
    let mut kept = Vec::with_capacity(n);
    for (i, p) in body.drain(..).enumerate() {
        match kind(&p, i + 4 >= n, authors) {
            Some(why) => removed.push(Removed { text: p, why }),
            None => kept.push(p),
        }
    }
    *body = kept;
}

/// What kind of clutter `p` is, if any.
fn kind(p: &str, near_end: bool, authors: &[String]) -> Option<&'static str> {
    let n = words(p);
    let line = p.trim().trim_end_matches([':', '.', '…']).to_lowercase();
    if !p.chars().any(char::is_alphanumeric) {
        return Some("a separator");
    }
    if LABELS.contains(&line.as_str()) || GALLERY.is_match(&line) {
        return Some("a gallery control or an ad label");
    }
    if n <= 40 && (CREDIT.is_match(p) || CAPTION_END.is_match(p)) || n <= 8 && PHOTO_AGENCY.is_match(p) {
        return Some("a photo caption or credit");
    }
    if n <= 8 && NAME_SLASH_OUTLET.is_match(p) {
        return Some("a photo credit");
    }
    if n <= 15 && LINK.is_match(p) {
        return Some("a link or an address");
    }
    if MARKUP.is_match(p) {
        return Some("markup left in the text");
    }
    if n <= 40 && CALL.is_match(p) {
        return Some("a call to subscribe, sign up or follow");
    }
    if n <= 30 && COPYRIGHT.is_match(p) {
        return Some("a copyright or syndication line");
    }
    if n <= 60 && REPORTING.is_match(p) {
        return Some("a reporting credit");
    }
    let sentence = p.trim_end().ends_with('.');
    // Not an embedded post's signature: "— Jane Doe (@jane) January 16, 2024".
    if !p.contains("(@")
        && (n <= 14 && UPDATED.is_match(p) || n <= 10 && !sentence && dates::find(p).is_some())
    {
        return Some("a date line");
    }
    if near_end && is_bio(p, authors) {
        return Some("the author's bio");
    }
    None
}

fn words(p: &str) -> usize {
    p.split_whitespace().count()
}

/// A line that is only a word or two of the page's furniture.
const LABELS: [&str; 34] = [
    "sharing is caring!", "tell us what you think", "reuters", "associated press", "afp", "dpa", "caption",
    "close", "advert", "advertisement", "ad", "anzeige", "werbung", "publicidad", "publicité", "pubblicità",
    "publicidade", "iklan", "реклама", "تبلیغات", "إعلان", "this slideshow requires javascript",
    "continue reading below", "story continues below advertisement", "skip ad", "home", "menu", "tags",
    "subscribe", "sign up", "abonnieren", "suscríbete", "hazte miembro", "post comment (+)",
];

/// A web or mail address, or a social-media handle's page.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)https?://|^www\.|[\w.+-]+@[\w-]+\.[\w.]+|^(?:twitter|x|facebook|instagram)\.com/")
        .expect("static regex")
});
/// Escaped tags and shortcodes a page's editor left: `&lt;span ...`, `[button link=...]`.
static MARKUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"&(?:amp;)?lt;\w|^\\?\[\w+\s+\w+=").expect("static regex"));
/// "Image 1 of 9", "1 of 6", "1of4", "Bild 2 von 5".
static GALLERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:image|photo|foto|bild|slide|imagen)?\s*\d+\s*(?:of|/|von|de|di|sur)\s*/?\s*\d+$")
        .expect("static regex")
});
/// "Photo: ...", "Credit...", "(Image: © ...)", "© Name", "Foto: ...", "Bild: ...".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?(?:photos?|photographs?|images?|pictures?|credits?|fotos?|bild|bilder|imagen|crédit|illustration|video|quelle|fuente|fonte|عکس|صورة)\s*(?::|\.\.\.|…)|^\(?©")
        .expect("static regex")
});
/// A caption ending with its credit: "... on Monday. (AP Photo/Jane Doe)".
static CAPTION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\([^()]*\b(?:Photo|Foto|Bild|Image|Imagen)\b[^()]*\)\.?$").expect("static regex")
});
/// A short line ending with a picture agency: "Jane Doe | Bloomberg | Getty Images".
static PHOTO_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:getty\s+images|shutterstock|istock(?:photo)?|imago(?:\s+images)?|picture\s+alliance|alamy|ap\s+photo|afp\s+photo|epa)\)?\.?$")
        .expect("static regex")
});
/// "Jane Doe/Example News", "Jane Doe / AP": a photographer and an outlet.
static NAME_SLASH_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s?/\s?\p{Lu}[\p{L}\d.&'’ -]{1,30}$")
        .expect("static regex")
});
/// Calls to subscribe, sign up or follow, opening a sentence of the line ("Sign up for
/// our newsletter", "... today. Join us"); a sentence that tells of someone subscribing is
/// not one.
static CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)(?:^|[.!?]\s+)(?: subscribe\s+(?:to|now|today|for) | sign\s+up\b | get\s+breaking\s+news | join\s+(?:our|us|nrplus)
        | follow\s+us | download\s+(?:the|our)\s+app | start\s+your\s+day\s+with | let\s+our\s+news\s+meet
        | newsletter\s+abonnieren | jetzt\s+abonnieren | melden\s+sie\s+sich | hazte\s+miembro | suscr[ií]b[ea]te
        | abonnez-vous | inscrivez-vous | iscriviti | assine | únete | if\s+you\s+enjoyed\s+this\s+article )
        | \bclick(?:ing)?\s+here\b | \bdelivered\s+(?:weekday|every)\s+mornings?\b",
    )
    .expect("static regex")
});
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:copyright\b|©|\(c\)\s)|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|tous\s+droits\s+réservés|^via\s+\S+\.\w{2,}$")
        .expect("static regex")
});
/// "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "... contributed
/// reporting from Paris."
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?(?:additional\s+)?(?:reporting|editing|writing|compiled)\s+by\b|\bcontributed\s+(?:reporting|to\s+this\s+report)\b")
        .expect("static regex")
});
/// "Updated at 1:23 p.m.", "First published: ...", "Aktualisiert am ...".
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:last\s+)?(?:updated|first\s+published|published|posted|aktualisiert|veröffentlicht|actualizado|publicado|mis\s+à\s+jour|publié|aggiornato|pubblicato)\b")
        .expect("static regex")
});

/// "Jane Doe is a reporter for Example News.": an author's name on its own, or opening a
/// sentence about them, at the end of the text.
fn is_bio(p: &str, authors: &[String]) -> bool {
    authors.iter().filter(|a| a.len() >= 4).any(|a| {
        let Some(rest) = p.strip_prefix(a.as_str()) else { return false };
        let rest = rest.trim_start();
        rest.is_empty()
            || [" is ", " ist ", " es ", " est ", " è ", " writes ", " covers "]
                .iter()
                .any(|v| format!(" {rest}").starts_with(v))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(lines: &[&str], authors: &[&str]) -> (Vec<String>, Vec<&'static str>) {
        let mut body: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
        let mut removed = Vec::new();
        let authors: Vec<String> = authors.iter().map(|a| (*a).to_owned()).collect();
        remove(&mut body, &mut removed, &authors);
        (body, removed.iter().map(|r| r.why).collect())
    }

    const TEXT: &str =
        "The harbour authority closed the port on Tuesday after gusts tore two cranes from their rails.";

    #[test]
    fn captions_credits_and_gallery_controls_go() {
        let (body, why) = cleaned(
            &[
                "Photo: Jane Doe, AP",
                TEXT,
                "Image 1 of 9",
                "Caption",
                "Close",
                "Jane Doe/Harbour Times",
                "Cranes lie on the quay on Tuesday. (AP Photo/Jane Doe)",
                "Jane Doe | Bloomberg | Getty Images",
                "Foto: Max Muster",
                "Anzeige",
                "___",
            ],
            &[],
        );
        assert_eq!(body, [TEXT]);
        assert_eq!(why.iter().filter(|w| w.contains("caption") || w.contains("credit")).count(), 5);
    }

    #[test]
    fn calls_copyright_credits_and_date_lines_go() {
        let (body, _) = cleaned(
            &[
                "Updated at 1:23 p.m.",
                "Monday, January 15, 2024, 04:05 pm PT",
                TEXT,
                "Get breaking news alerts and special reports, delivered weekday mornings.",
                "Sign up for our free newsletter.",
                "Hazte miembro y apoya el periodismo independiente",
                "(Reporting by Jane Doe; Editing by John Roe)",
                "Copyright © 2024 Harbour Times. All rights reserved.",
                "Via Syndication.example",
                "jane.doe@harbour-times.example",
                "Listen: https://harbour-times.example/podcast",
                "Sharing is caring!",
            ],
            &[],
        );
        assert_eq!(body, [TEXT]);
    }

    #[test]
    fn the_authors_bio_goes() {
        let (body, why) =
            cleaned(&[TEXT, "Jane Doe", "Jane Doe is a reporter for the Harbour Times."], &["Jane Doe"]);
        assert_eq!(body, [TEXT]);
        assert_eq!(why, ["the author's bio", "the author's bio"]);
    }

    #[test]
    fn running_text_that_mentions_the_same_words_stays() {
        let lines = [
            "The photo agency said on Tuesday that it would sign up ten more photographers for the harbour.",
            "Readers who subscribe to the paper were told on Monday, 15 January 2024, that delivery would be late.",
            "Jane Doe, the harbour master, said the cranes would be repaired by spring.",
            "— Jane Doe (@janedoe) January 16, 2024",
            "Repairs to the Epa (Eastern Pier Annex)",
            "\"Subscribe to nothing and trust no one,\" the old sailor told the crowd.",
        ];
        let (body, why) = cleaned(&lines, &["Jane Doe"]);
        assert_eq!(body, lines, "{why:?}");
    }
}
