//! Reading the content folder from disk: the only I/O of loading.
//!
//! Files are listed in sorted order so every later stage sees the same input whatever the
//! file system's order. Symbolic links that lead outside `content/` are reported and not
//! followed; oversized files are refused before they are read.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diagnostics::{Diagnostics, Pos};

/// Articles larger than this are refused: no news article comes near it, and it bounds the
/// memory a single file can take.
pub(crate) const MAX_FILE_BYTES: u64 = 8 << 20;

/// A file of the project, read into memory.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the project root, with `/` separators.
    pub path: String,
    /// The bytes as read.
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// The file name without its extension.
    pub fn stem(&self) -> &str {
        let name = self.path.rsplit('/').next().unwrap_or("");
        name.strip_suffix(".md").unwrap_or(name)
    }

    /// The text of the file: UTF-8 checked, byte-order mark dropped, line ends made `\n`,
    /// composed to NFC. Reports a file that is not UTF-8 with the offset of the bad byte.
    pub fn text(&self, diags: &mut Diagnostics) -> Option<String> {
        let text = match std::str::from_utf8(&self.bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = e.valid_up_to();
                let good = std::str::from_utf8(&self.bytes[..valid]).unwrap_or_default();
                diags.error(
                    &self.path,
                    Pos::of_offset(good, valid),
                    format!(
                        "not valid UTF-8: byte 0x{:02X} at offset {valid} cannot be read (save the file as UTF-8)",
                        self.bytes[valid]
                    ),
                );
                return None;
            }
        };
        Some(normalize(text))
    }
}

/// BOM off, `\r\n` and lone `\r` to `\n`, NFC.
pub(crate) fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text =
        if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_owned() };
    if text.chars().all(is_nfc_starter) {
        return text;
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

/// Characters NFC leaves alone wherever they stand (combining class 0, quick check yes):
/// ASCII, Latin-1 and Latin Extended, the Arabic block's letters, digits and punctuation,
/// ZWNJ and general punctuation. A text of only these is NFC without the Unicode tables,
/// which cost as much as the rest of parsing for Persian and Arabic text.
fn is_nfc_starter(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{2FF}'
            | '\u{60C}'
            | '\u{61B}'..='\u{64A}'
            | '\u{660}'..='\u{66F}'
            | '\u{671}'..='\u{6D5}'
            | '\u{6EE}'..='\u{6FF}'
            | '\u{200C}'..='\u{206F}'
    )
}

/// Lists the `.md` files under `dir`, sorted, as paths relative to `root`. A missing
/// folder is an empty list.
pub(crate) fn list_markdown(root: &Path, dir: &Path, diags: &mut Diagnostics) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if !dir.exists() {
        return Ok(found);
    }
    let real_root = fs::canonicalize(dir)?;
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().follow_links(false) {
        let entry = entry.map_err(io::Error::other)?;
        let path = entry.path();
        if entry.file_type().is_symlink() {
            match fs::canonicalize(path) {
                Ok(target) if target.starts_with(&real_root) && target.is_file() => {}
                _ => {
                    diags.warning(
                        &relative(root, path),
                        Pos::START,
                        "symbolic link leads outside the content folder (or nowhere): not followed",
                    );
                    continue;
                }
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if !hidden && path.extension().is_some_and(|e| e == "md") {
            found.push(path.to_path_buf());
        }
    }
    Ok(found)
}

/// Reads a file of the project, refusing files over [`MAX_FILE_BYTES`].
pub(crate) fn read(root: &Path, path: &Path, diags: &mut Diagnostics) -> io::Result<Option<SourceFile>> {
    let rel = relative(root, path);
    let size = fs::metadata(path)?.len();
    if size > MAX_FILE_BYTES {
        diags.error(
            &rel,
            Pos::START,
            format!(
                "file is {:.1} MiB; the limit is {} MiB",
                size as f64 / (1 << 20) as f64,
                MAX_FILE_BYTES >> 20
            ),
        );
        return Ok(None);
    }
    Ok(Some(SourceFile { path: rel, bytes: fs::read(path)? }))
}

/// Reads an optional file: `None` when it does not exist.
pub(crate) fn read_optional(
    root: &Path,
    path: &Path,
    diags: &mut Diagnostics,
) -> io::Result<Option<SourceFile>> {
    if !path.exists() {
        return Ok(None);
    }
    read(root, path, diags)
}

/// `path` relative to `root` with `/` separators, for messages.
/// Reads every file under `dir`, the project's `templates/` (a missing folder has none):
/// path under it to text.
pub fn read_templates(dir: &Path, diags: &mut Diagnostics) -> io::Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().follow_links(false) {
        let entry = entry.map_err(io::Error::other)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = relative(dir, entry.path());
        match String::from_utf8(fs::read(entry.path())?) {
            Ok(text) => {
                files.insert(rel, text);
            }
            Err(_) => diags.error(&format!("templates/{rel}"), Pos::START, "template is not valid UTF-8"),
        }
    }
    Ok(files)
}

pub(crate) fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nfc_shortcut_only_skips_characters_nfc_leaves_alone() {
        use unicode_normalization::char::canonical_combining_class;
        let skipped: Vec<char> = ('\0'..='\u{FFFF}').filter(|&c| is_nfc_starter(c)).collect();
        assert!(skipped.len() > 1000);
        for c in skipped {
            let alone = canonical_combining_class(c) == 0
                && is_nfc_quick(['a', c, 'a'].into_iter()) == IsNormalized::Yes;
            assert!(alone, "U+{:04X}", c as u32);
        }
        // Diacritics and decomposed letters still go to the tables and are composed.
        assert_eq!(normalize("\u{627}\u{653}"), "\u{622}");
        assert_eq!(normalize("\u{645}\u{64F}"), "\u{645}\u{64F}");
    }

    #[test]
    fn text_is_normalised() {
        assert_eq!(normalize("\u{FEFF}a\r\nb\rc"), "a\nb\nc");
        // "é" decomposed becomes one composed character.
        assert_eq!(normalize("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn invalid_utf8_is_reported_with_line_column_and_offset() {
        let file =
            SourceFile { path: "content/articles/x.md".into(), bytes: b"---\ntitle: caf\xE9\n".to_vec() };
        let mut diags = Diagnostics::default();
        assert!(file.text(&mut diags).is_none());
        assert_eq!(
            diags.sorted()[0].to_string(),
            "content/articles/x.md:2:11: error: not valid UTF-8: byte 0xE9 at offset 14 cannot be read (save the file as UTF-8)"
        );
    }
}
