//! A clipping's bytes become text. Saved pages are often not UTF-8 (older sites in
//! German, Polish or Persian still serve ISO-8859-1, windows-1250 or windows-1256), and a
//! page says which character set it uses; a text clipping does not. The order is the one
//! browsers follow for a local file: a byte-order mark, then the bytes themselves when
//! they are valid UTF-8, then the page's declaration (`<meta charset>`, the
//! `http-equiv` header, the XML declaration), then detection by chardetng, Firefox's
//! detector. Decoding is encoding_rs's, the WHATWG Encoding Standard's.

use std::sync::LazyLock;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;

use super::How;

/// A clipping's text, with how its character set was known when it was not UTF-8.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The character set, and whether it was declared (found) or detected (assumed);
    /// `None` for UTF-8.
    pub charset: Option<(&'static str, How)>,
}

/// Decodes a clipping. Fails when the bytes are not text in any character set that can be
/// told: a text clipping whose detected character set still leaves bytes that cannot be
/// read.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let charset = (encoding != UTF_8).then_some((encoding.name(), How::Found));
        return Ok(Decoded { text: text.into_owned(), charset });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: text.to_owned(), charset: None });
    }
    if let Some(encoding) = declared(bytes).filter(|e| *e != UTF_8) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(Decoded { text: text.into_owned(), charset: Some((encoding.name(), How::Found)) });
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, Utf8Detection::Deny);
    match encoding.decode_without_bom_handling(bytes) {
        (text, false) if !text.chars().any(is_control) => {
            Ok(Decoded { text: text.into_owned(), charset: Some((encoding.name(), How::Assumed)) })
        }
        _ => Err(format!(
            "not UTF-8, and not text in {} either (the character set it looks most like): save it as UTF-8",
            encoding.name()
        )),
    }
}

/// A control character, which no text of an article holds (a binary file read as
/// windows-1252 is full of them).
fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')
}

static DECLARATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i-u)(?:<meta\b[^>]*?\bcharset\s*=\s*["']?|<\?xml\b[^>]*?\bencoding\s*=\s*["'])([a-z0-9_.:-]+)"#,
    )
    .expect("static regex")
});

/// The character set the page declares in its first 4 kB (where the HTML standard
/// requires the declaration to be).
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let label = DECLARATION.captures(head)?.get(1)?.as_bytes();
    Encoding::for_label(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin1(text: &str) -> Vec<u8> {
        text.chars().map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character")).collect()
    }

    #[test]
    fn utf8_is_read_as_it_is() {
        let d = decode("Grüße aus Köln".as_bytes()).unwrap();
        assert_eq!(d.text, "Grüße aus Köln");
        assert_eq!(d.charset, None);
    }

    #[test]
    fn a_declared_character_set_is_honoured() {
        let page = latin1("<html><head><meta charset=\"iso-8859-1\"><title>Über uns</title></head></html>");
        let d = decode(&page).unwrap();
        assert!(d.text.contains("<title>Über uns</title>"), "{}", d.text);
        // The WHATWG standard reads the ISO-8859-1 label as windows-1252.
        assert_eq!(d.charset, Some(("windows-1252", How::Found)));

        let header = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"><p>\xa3\xf3d\x9f</p>";
        let d = decode(header).unwrap();
        assert!(d.text.contains("Łódź"), "{}", d.text);
        assert_eq!(d.charset, Some(("windows-1250", How::Found)));

        let mut xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><p>5 ".to_vec();
        xml.extend([0xA4, b'<', b'/', b'p', b'>']);
        let d = decode(&xml).unwrap();
        assert!(d.text.contains("<p>5 €</p>"), "{}", d.text);
        assert_eq!(d.charset, Some(("ISO-8859-15", How::Found)));
    }

    #[test]
    fn a_page_that_is_utf8_despite_its_declaration_stays_utf8() {
        let page = "<meta charset=\"iso-8859-1\"><p>Grüße</p>".as_bytes();
        let d = decode(page).unwrap();
        assert!(d.text.contains("Grüße"));
        assert_eq!(d.charset, None);
    }

    #[test]
    fn an_undeclared_legacy_text_is_detected() {
        let text = latin1(
            "Die Bürgermeisterin erklärte am Donnerstag, die Straße werde für drei Wochen gesperrt. \
             Anwohner müssen Umwege über die Brücke in Kauf nehmen, heißt es aus dem Rathaus.",
        );
        let d = decode(&text).unwrap();
        assert!(d.text.contains("Bürgermeisterin erklärte"), "{}", d.text);
        assert_eq!(d.charset, Some(("windows-1252", How::Assumed)));
    }

    #[test]
    fn bytes_that_are_no_text_are_refused() {
        let binary = [0x25, 0x50, 0x44, 0x46, 0x00, 0x9F, 0x92, 0x01, 0xE9, 0x02, 0x81];
        let e = decode(&binary).unwrap_err();
        assert!(e.starts_with("not UTF-8, and not text in "), "{e}");
    }

    #[test]
    fn a_bom_decides() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Salam سلام".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Salam سلام");
        assert_eq!(d.charset, Some(("UTF-16LE", How::Found)));
    }
}
