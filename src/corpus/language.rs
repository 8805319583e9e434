//! Article languages: BCP 47 codes as given, or detected from the text with whatlang.

use crate::markdown::Document;

/// Checks the shape of a BCP 47 tag (`en`, `fa`, `pt-BR`, `zh-Hant`) and returns it with
/// the usual casing.
pub(crate) fn check(code: &str) -> Result<String, String> {
    let mut parts = code.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    let primary_ok = (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest: Vec<&str> = parts.collect();
    let rest_ok =
        rest.iter().all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !primary_ok || !rest_ok {
        return Err(format!(
            "\"{}\" is not a language code: use a BCP 47 code such as en, fa or ar",
            code.escape_debug()
        ));
    }
    let mut out = primary.to_ascii_lowercase();
    for part in rest {
        out.push('-');
        match part.len() {
            2 => out.push_str(&part.to_ascii_uppercase()),
            4 => {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            }
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    Ok(out)
}

/// The language of a body, as a BCP 47 code; `und` when it cannot be told.
pub(crate) fn detect(doc: &Document) -> String {
    detect_text(doc.texts().iter())
}

/// The language of paragraphs of plain text, judged on their first 4 kB.
pub(crate) fn detect_text<'t>(paragraphs: impl IntoIterator<Item = &'t str>) -> String {
    let mut sample = String::new();
    for p in paragraphs {
        sample.push_str(p);
        sample.push('\n');
        if sample.len() > 4000 {
            break;
        }
    }
    match whatlang::detect(&sample) {
        Some(info) => bcp47(info.lang()).to_owned(),
        None => "und".to_owned(),
    }
}

/// whatlang names languages by ISO 639-3; BCP 47 prefers the two-letter code where one
/// exists.
fn bcp47(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang;
    match lang {
        Lang::Eng => "en",
        Lang::Pes => "fa",
        Lang::Ara => "ar",
        Lang::Urd => "ur",
        Lang::Heb => "he",
        Lang::Tur => "tr",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Nld => "nl",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Hin => "hi",
        Lang::Ben => "bn",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Pol => "pl",
        Lang::Swe => "sv",
        Lang::Ell => "el",
        Lang::Yid => "yi",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown;

    #[test]
    fn codes_are_checked_and_cased() {
        assert_eq!(check("EN").unwrap(), "en");
        assert_eq!(check("pt_br").unwrap(), "pt-BR");
        assert_eq!(check("zh-hant").unwrap(), "zh-Hant");
        assert_eq!(
            check("english").unwrap_err(),
            "\"english\" is not a language code: use a BCP 47 code such as en, fa or ar"
        );
        assert!(check("f").is_err());
        assert!(check("fa-").is_err());
    }

    #[test]
    fn persian_english_and_arabic_bodies_are_told_apart() {
        let fa = markdown::render(
            "وزیر امور خارجه کشورمان در این گفتوگوها، رهبران مقاومت اسلامی فلسطین را در جریان آخرین اقدامات و تحرکات دیپلماتیک قرار داد.",
        );
        assert_eq!(detect(&fa), "fa");
        let en = markdown::render(
            "The discussions revolved around the latest political developments and the situation in Palestine.",
        );
        assert_eq!(detect(&en), "en");
        let ar = markdown::render(
            "قال وزير الخارجية الإيراني إن المقاومة الإسلامية ستدافع بحزم عن الحقوق غير القابلة للتصرف لشعوب المنطقة.",
        );
        assert_eq!(detect(&ar), "ar");
        assert_eq!(detect(&markdown::render("")), "und");
    }
}
