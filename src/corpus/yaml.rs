//! The one place that knows serde_yaml (deprecated upstream, so it stays behind this door).
//!
//! YAML is parsed into a [`Node`] tree that knows where each mapping key was written, so
//! every problem can name its line: serde_yaml's values carry no positions, so positions
//! come from a light scan of the block-style keys in the text. Callers pull typed fields
//! out of nodes one at a time, which lets them report every bad field of a file, not only
//! the first.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use crate::diagnostics::Pos;

/// A YAML syntax error, positioned in the YAML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlError {
    pub pos: Pos,
    pub message: String,
}

/// A parsed YAML value and where it was written.
#[derive(Debug, Clone)]
pub(crate) struct Node<'d> {
    value: &'d Value,
    path: Vec<String>,
    doc: &'d Document,
}

/// A parsed YAML text.
#[derive(Debug)]
pub(crate) struct Document {
    root: Value,
    keys: BTreeMap<Vec<String>, Pos>,
}

/// Largest YAML text parsed; front matter and registries are far smaller.
const MAX_YAML_BYTES: usize = 4 << 20;

/// Parses `text`, which starts on line `1 + line_offset` of its file (positions in errors
/// count from there). An empty text is an empty mapping.
pub(crate) fn parse(text: &str, line_offset: usize) -> Result<Document, YamlError> {
    if text.len() > MAX_YAML_BYTES {
        return Err(YamlError {
            pos: Pos::START,
            message: format!("YAML larger than {} MiB", MAX_YAML_BYTES >> 20),
        });
    }
    let root = match serde_yaml::from_str::<Value>(text) {
        Ok(Value::Null) => Value::Mapping(Default::default()),
        Ok(v) => v,
        Err(e) => {
            let message = e.to_string();
            let pos = duplicate_key_pos(text, &message)
                .or_else(|| e.location().map(|l| Pos { line: l.line(), col: l.column() }))
                .unwrap_or(Pos::START);
            return Err(YamlError {
                pos: Pos { line: pos.line + line_offset, col: pos.col },
                message: relocate(&message, line_offset),
            });
        }
    };
    Ok(Document { root, keys: index_keys(text) })
}

/// serde_yaml says " at line X column Y" after the problem, which our position already
/// gives, and again after its context ("while parsing a flow sequence at line 1 column
/// 8"), which becomes "that starts on line N" in file lines.
fn relocate(message: &str, line_offset: usize) -> String {
    let mut out = String::new();
    let mut rest = message;
    let mut first = true;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let line: usize = after[..digits].parse().unwrap_or(0);
        let tail = &after[digits..];
        let column = tail
            .strip_prefix(" column ")
            .map_or(0, |c| " column ".len() + c.bytes().take_while(u8::is_ascii_digit).count());
        if !first {
            out.push_str(&format!(" that starts on line {}", line + line_offset));
        }
        first = false;
        rest = &tail[column..];
    }
    out.push_str(rest);
    out
}

/// serde_yaml places a duplicate key at the start of the mapping: find its second use.
fn duplicate_key_pos(text: &str, message: &str) -> Option<Pos> {
    let key = message.strip_prefix("duplicate entry with key \"")?.strip_suffix('"')?;
    text.lines()
        .enumerate()
        .filter_map(|(n, line)| {
            let content = line.trim_start().trim_start_matches("- ");
            let col = line.len() - content.len() + 1;
            split_key(content).filter(|(k, _)| k == key).map(|_| Pos { line: n + 1, col })
        })
        .nth(1)
}

impl Document {
    /// The top-level value.
    pub(crate) fn root(&self) -> Node<'_> {
        Node { value: &self.root, path: Vec::new(), doc: self }
    }
}

impl<'d> Node<'d> {
    /// Where this value's key was written; the nearest enclosing key when the value is
    /// written inline.
    pub(crate) fn pos(&self) -> Pos {
        let mut path = self.path.as_slice();
        loop {
            if let Some(pos) = self.doc.keys.get(path) {
                return *pos;
            }
            match path.split_last() {
                Some((_, parent)) => path = parent,
                None => return Pos::START,
            }
        }
    }

    /// The entries of a mapping, in written order, with keys as strings; `None` when the
    /// value is not a mapping.
    pub(crate) fn entries(&self) -> Option<Vec<(String, Node<'d>)>> {
        let Value::Mapping(map) = self.value else {
            return None;
        };
        Some(
            map.iter()
                .map(|(k, v)| {
                    let key = scalar_to_string(k).unwrap_or_else(|| format!("{k:?}"));
                    (key.clone(), self.child(key, v))
                })
                .collect(),
        )
    }

    /// The items of a sequence; `None` when the value is not a sequence.
    pub(crate) fn items(&self) -> Option<Vec<Node<'d>>> {
        let Value::Sequence(items) = self.value else {
            return None;
        };
        Some(items.iter().enumerate().map(|(i, v)| self.child(i.to_string(), v)).collect())
    }

    fn child(&self, key: String, value: &'d Value) -> Node<'d> {
        let mut path = self.path.clone();
        path.push(key);
        Node { value, path, doc: self.doc }
    }

    /// True for the document's top-level value.
    pub(crate) fn is_root(&self) -> bool {
        self.path.is_empty()
    }

    /// True for `~`, `null` or nothing.
    pub(crate) fn is_null(&self) -> bool {
        self.value.is_null()
    }

    /// A scalar as text: strings as written, numbers and booleans spelled out (so a title
    /// such as `1984` is still a title).
    pub(crate) fn string(&self) -> Result<String, String> {
        scalar_to_string(self.value).ok_or_else(|| format!("expected text, found {}", kind(self.value)))
    }

    /// A list of texts; a single text is a list of one.
    pub(crate) fn strings(&self) -> Result<Vec<String>, String> {
        match self.value {
            Value::Sequence(items) => items
                .iter()
                .map(|v| {
                    scalar_to_string(v)
                        .ok_or_else(|| format!("expected a list of texts, found {} in it", kind(v)))
                })
                .collect(),
            v => scalar_to_string(v)
                .map(|s| vec![s])
                .ok_or_else(|| format!("expected a list of texts, found {}", kind(v))),
        }
    }

    /// Any other typed value.
    #[allow(dead_code)]
    pub(crate) fn deserialize<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_yaml::from_value(self.value.clone()).map_err(|e| relocate(&e.to_string(), 0))
    }
}

fn scalar_to_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Tagged(t) => scalar_to_string(&t.value),
        _ => None,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Positions of block-style mapping keys, by key path (sequence items by index).
///
/// This scan understands the YAML people write by hand: `key: value` lines, nested by
/// indentation, and `- ` list items. Keys inside inline `{...}` mappings are not indexed;
/// their values report the position of the enclosing key.
fn index_keys(text: &str) -> BTreeMap<Vec<String>, Pos> {
    struct Open {
        /// Column (0-based) where the container's keys or items start.
        col: usize,
        path: Vec<String>,
        next_item: usize,
    }
    let mut keys = BTreeMap::new();
    let mut stack = vec![Open { col: 0, path: Vec::new(), next_item: 0 }];
    let mut block_scalar_col: Option<usize> = None;
    for (n, raw) in text.lines().enumerate() {
        let content = raw.trim();
        let mut col = raw.len() - raw.trim_start().len();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        match block_scalar_col {
            Some(c) if col > c => continue,
            _ => block_scalar_col = None,
        }
        let is_item = content == "-" || content.starts_with("- ");
        // Close the containers this line is not inside. A list may be written at the
        // column of the key that holds it.
        while stack.len() > 1 {
            let top = &stack[stack.len() - 1];
            if col >= top.col || (is_item && col + 1 == top.col) {
                break;
            }
            stack.pop();
        }
        let mut rest = content;
        while let Some(after) = rest.strip_prefix('-').filter(|a| a.is_empty() || a.starts_with(' ')) {
            let top = stack.last_mut().expect("the root is never popped");
            let mut path = top.path.clone();
            path.push(top.next_item.to_string());
            top.next_item += 1;
            keys.entry(path.clone()).or_insert(Pos { line: n + 1, col: col + 1 });
            col += 1 + (after.len() - after.trim_start().len());
            rest = after.trim_start();
            stack.push(Open { col, path, next_item: 0 });
        }
        let Some((key, value)) = split_key(rest) else {
            continue;
        };
        while stack.len() > 1 && stack[stack.len() - 1].col > col {
            stack.pop();
        }
        let mut path = stack[stack.len() - 1].path.clone();
        path.push(key);
        keys.entry(path.clone()).or_insert(Pos { line: n + 1, col: col + 1 });
        let value = value.trim();
        if value.starts_with('|') || value.starts_with('>') {
            block_scalar_col = Some(col);
        } else if value.is_empty() || value.starts_with('#') {
            stack.push(Open { col: col + 1, path, next_item: 0 });
        }
    }
    keys
}

/// Splits `key: value` (key plain or quoted); `None` when the line holds no key.
fn split_key(line: &str) -> Option<(String, &str)> {
    if let Some(quote) = line.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let end = line[1..].find(quote)? + 1;
        let after = line[end + 1..].strip_prefix(':')?;
        return Some((line[1..end].to_owned(), after));
    }
    if line.starts_with(['{', '[', '&', '*', '!', '|', '>']) {
        return None;
    }
    let colon = line.find(": ").or_else(|| line.ends_with(':').then(|| line.len() - 1))?;
    let key = line[..colon].trim_end();
    if key.contains(" #") {
        return None;
    }
    Some((key.to_owned(), &line[colon + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_located_through_nesting_and_lists() {
        let text = "a: 1\nb:\n  c: 2\n  # note\n  d:\n    - x: 1\n      y: 2\n    - x: 3\ne: |\n  f: not a key\ng: 4\n";
        let keys = index_keys(text);
        let at = |p: &[&str]| keys.get(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()).copied();
        assert_eq!(at(&["a"]), Some(Pos { line: 1, col: 1 }));
        assert_eq!(at(&["b", "c"]), Some(Pos { line: 3, col: 3 }));
        assert_eq!(at(&["b", "d", "0", "x"]), Some(Pos { line: 6, col: 7 }));
        assert_eq!(at(&["b", "d", "0", "y"]), Some(Pos { line: 7, col: 7 }));
        assert_eq!(at(&["b", "d", "1", "x"]), Some(Pos { line: 8, col: 7 }));
        assert_eq!(at(&["e", "f"]), None);
        assert_eq!(at(&["g"]), Some(Pos { line: 11, col: 1 }));
    }

    #[test]
    fn lists_written_at_their_key_column_belong_to_the_key() {
        let keys = index_keys("list:\n- a\n- b: 1\n  c: 2\nnext: 3\n");
        let at = |p: &[&str]| keys.get(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()).copied();
        assert_eq!(at(&["list", "1", "b"]), Some(Pos { line: 3, col: 3 }));
        assert_eq!(at(&["list", "1", "c"]), Some(Pos { line: 4, col: 3 }));
        assert_eq!(at(&["next"]), Some(Pos { line: 5, col: 1 }));
    }

    #[test]
    fn nodes_report_their_key_position_or_the_enclosing_one() {
        let doc = parse("title: x\nroles:\n  - { title: t, from: 2020-01-01 }\n", 0).unwrap();
        let root = doc.root();
        let entries = root.entries().unwrap();
        assert_eq!(entries[0].1.pos(), Pos { line: 1, col: 1 });
        let items = entries[1].1.items().unwrap();
        let inner = items[0].entries().unwrap();
        assert_eq!(inner[1].1.pos(), Pos { line: 3, col: 3 });
        assert_eq!(inner[1].1.string().unwrap(), "2020-01-01");
    }

    #[test]
    fn syntax_errors_carry_their_position_once() {
        let err = parse("title: x\nsource: [a\n", 1).unwrap_err();
        assert_eq!(err.pos.line, 4);
        assert_eq!(
            err.message,
            "did not find expected ',' or ']', while parsing a flow sequence that starts on line 3"
        );
        let dup = parse("a: 1\nb: 2\na: 3\n", 0).unwrap_err();
        assert_eq!(
            (dup.pos, dup.message.as_str()),
            (Pos { line: 3, col: 1 }, "duplicate entry with key \"a\"")
        );
    }

    #[test]
    fn scalars_read_as_text_and_lists_accept_one_item() {
        let doc = parse("title: 1984\ntags: news\n", 0).unwrap();
        let e = doc.root().entries().unwrap();
        assert_eq!(e[0].1.string().unwrap(), "1984");
        assert_eq!(e[1].1.strings().unwrap(), ["news"]);
    }
}
