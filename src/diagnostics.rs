//! Problems found in the user's content, reported together like a compiler does.
//!
//! Loading and analysis never stop at the first problem: every stage pushes what it finds
//! into one [`Diagnostics`] list, and the command prints them all, sorted, as
//! `path:line:col: severity: message` before deciding the exit code.

use std::fmt;

/// How bad a problem is. Warnings become errors under `--strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The build cannot go on.
    Error,
    /// The build goes on; `--strict` refuses it.
    Warning,
    /// Worth knowing, never a failure (`check` prints notes, `build` does not).
    Note,
}

/// One problem, located in a file of the project.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path relative to the project root, with `/` separators.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in the user's words.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        write!(f, "{}:{}:{}: {}: {}", self.path, self.line, self.col, severity, self.message)
    }
}

/// A place in a file, for building diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
}

impl Pos {
    /// The start of a file.
    pub const START: Pos = Pos { line: 1, col: 1 };

    /// A position at the start of `line`.
    pub fn line(line: usize) -> Pos {
        Pos { line, col: 1 }
    }

    /// The line and column of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Pos {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Pos { line, col }
    }
}

/// All the problems of one run.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records an error at `pos` in `path`.
    pub fn error(&mut self, path: &str, pos: Pos, message: impl Into<String>) {
        self.push(path, pos, Severity::Error, message.into());
    }

    /// Records a note at `pos` in `path`.
    pub fn note(&mut self, path: &str, pos: Pos, message: impl Into<String>) {
        self.push(path, pos, Severity::Note, message.into());
    }

    /// Records a warning at `pos` in `path`.
    pub fn warning(&mut self, path: &str, pos: Pos, message: impl Into<String>) {
        self.push(path, pos, Severity::Warning, message.into());
    }

    fn push(&mut self, path: &str, pos: Pos, severity: Severity, message: String) {
        self.items.push(Diagnostic {
            path: path.to_owned(),
            line: pos.line,
            col: pos.col,
            severity,
            message,
        });
    }

    /// Moves every problem of `other` into this list.
    pub fn append(&mut self, mut other: Diagnostics) {
        self.items.append(&mut other.items);
    }

    /// True when the build must fail: any error, or any warning under `strict`.
    pub fn is_failure(&self, strict: bool) -> bool {
        self.items
            .iter()
            .any(|d| d.severity == Severity::Error || (strict && d.severity == Severity::Warning))
    }

    /// True when nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems sorted by file, line, column, severity and text, without repeats.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items = self.items.clone();
        items.sort();
        items.dedup();
        items
    }

    /// How many problems of `severity` (repeats counted once).
    pub fn count(&self, severity: Severity) -> usize {
        self.sorted().iter().filter(|d| d.severity == severity).count()
    }

    /// The errors and warnings, without the notes: what `build` and `serve` print (they
    /// count the notes, which `check` prints).
    pub fn without_notes(&self) -> Diagnostics {
        Diagnostics { items: self.items.iter().filter(|d| d.severity != Severity::Note).cloned().collect() }
    }

    /// A failed build's problems for a reader in a hurry: the errors, sorted, then how many
    /// warnings there are besides, and where to see them.
    pub fn errors_first(&self) -> String {
        let mut out = String::new();
        for d in self.sorted().iter().filter(|d| d.severity == Severity::Error) {
            out.push_str(&format!("{d}\n"));
        }
        let warnings = self.count(Severity::Warning);
        if warnings > 0 {
            out.push_str(&format!(
                "and {warnings} warning{}: listed in the terminal, and by `mediabrief check`\n",
                if warnings == 1 { "" } else { "s" }
            ));
        }
        out
    }

    /// Under `--strict`, warnings count as errors: this turns them into errors.
    pub fn into_strict(mut self) -> Diagnostics {
        for d in &mut self.items {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let text = "a\nبب x\n";
        assert_eq!(Pos::of_offset(text, 0), Pos { line: 1, col: 1 });
        assert_eq!(Pos::of_offset(text, 2), Pos { line: 2, col: 1 });
        // "بب " is 5 bytes but 3 characters.
        assert_eq!(Pos::of_offset(text, 7), Pos { line: 2, col: 4 });
    }

    #[test]
    fn sorted_orders_by_path_then_position_and_drops_repeats() {
        let mut d = Diagnostics::default();
        d.warning("b.md", Pos::line(1), "w");
        d.error("a.md", Pos::line(9), "late");
        d.error("a.md", Pos::line(2), "early");
        d.error("a.md", Pos::line(2), "early");
        let lines: Vec<String> = d.sorted().iter().map(|d| d.to_string()).collect();
        assert_eq!(lines, ["a.md:2:1: error: early", "a.md:9:1: error: late", "b.md:1:1: warning: w"]);
    }

    #[test]
    fn errors_come_first_and_warnings_are_counted() {
        let mut d = Diagnostics::default();
        d.warning("a.md", Pos::line(1), "w1");
        d.warning("a.md", Pos::line(2), "w2");
        d.note("a.md", Pos::line(3), "n");
        d.error("z.md", Pos::line(1), "broken");
        assert_eq!(
            d.errors_first(),
            "z.md:1:1: error: broken\nand 2 warnings: listed in the terminal, and by `mediabrief check`\n"
        );
        assert_eq!(d.count(Severity::Note), 1);
        assert_eq!(d.without_notes().count(Severity::Note), 0);
        assert_eq!(d.without_notes().count(Severity::Warning), 2);
    }

    #[test]
    fn warnings_fail_only_when_strict() {
        let mut d = Diagnostics::default();
        d.warning("a.md", Pos::START, "w");
        assert!(!d.is_failure(false));
        assert!(d.is_failure(true));
    }
}
