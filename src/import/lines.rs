//! A clipping's text as paragraphs: one per line as copied from a page, or one per block
//! when the text was wrapped by hand; composed to NFC, as articles are read.

/// Splits clipped text into paragraphs. Text copied from a browser has a paragraph per
/// line, with or without blank lines between them; a block of short lines that all end
/// mid-sentence was wrapped by hand (an e-mail, a wire) and is joined again.
pub(crate) fn paragraphs(text: &str) -> Vec<String> {
    let text = clean_characters(&crate::corpus::normalize(text));
    let mut out = Vec::new();
    for block in blocks(&text) {
        if is_hard_wrapped(&block) {
            out.push(block.join(" "));
        } else {
            out.extend(block.into_iter().map(str::to_owned));
        }
    }
    out
}

/// Runs of non-blank lines, each line trimmed and its spaces collapsed.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = vec![Vec::new()];
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if blocks.last().is_some_and(|b| !b.is_empty()) {
                blocks.push(Vec::new());
            }
        } else if let Some(block) = blocks.last_mut() {
            block.push(line);
        }
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// Three or more lines of similar width, none but the last ending a sentence.
fn is_hard_wrapped(block: &[&str]) -> bool {
    let Some((_, body)) = block.split_last() else { return false };
    block.len() >= 3
        && body.iter().all(|l| {
            let n = l.chars().count();
            (40..=100).contains(&n) && !l.ends_with(['.', '!', '?', '"', '”', ':', '؟'])
        })
}

/// Drops what never belongs in an article's text: a byte-order mark, carriage returns,
/// control characters; no-break and other odd spaces become plain spaces, and runs of
/// spaces one.
fn clean_characters(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim_start_matches('\u{FEFF}').chars() {
        let c = match c {
            '\n' | '\u{2028}' | '\u{2029}' => '\n',
            c if c.is_whitespace() => ' ',
            c if c.is_control() => continue,
            c => c,
        };
        if c == ' ' {
            if space {
                continue;
            }
            space = true;
        } else {
            space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_paragraphs_with_or_without_blank_lines() {
        let text = "\u{FEFF}Headline\r\n\r\nFirst  paragraph.\r\nSecond\u{00A0}one.\n\n\n";
        assert_eq!(paragraphs(text), ["Headline", "First paragraph.", "Second one."]);
    }

    #[test]
    fn hand_wrapped_blocks_are_joined() {
        let text = "The minister said on Monday that the talks with the\n\
                    leaders of the two movements had covered the situation\n\
                    in Gaza and the crossing at Rafah.\n\nNext paragraph.";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        assert!(p[0].starts_with("The minister said") && p[0].ends_with("crossing at Rafah."));
        assert!(p[0].contains("with the leaders"));
    }
}
