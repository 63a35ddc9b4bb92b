//! Renderers of [`super::Diagnostic`]: human (ariadne), concise, JSON and SARIF.
//!
//! Every renderer is a pure function from diagnostics and their source files into an
//! `impl Write`, with a `color` flag where colors make sense. Positions are computed here,
//! only at render time, with [`SourceFile::line_col`]: 1-based lines, 1-based columns
//! counted in characters.

pub mod concise;
pub mod human;
pub mod json;
pub mod sarif;

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// The diagnostics found in one source file, as handed to the multi-file renderers.
#[derive(Clone, Copy, Debug)]
pub struct FileDiagnostics<'a> {
    /// The file; its [`SourceFile::name`] is the path printed in every format.
    pub file: &'a SourceFile,
    /// Its diagnostics, in the order they should be printed.
    pub diagnostics: &'a [Diagnostic],
}

/// The 1-based start and end position of a diagnostic's primary span.
///
/// `end_*` is the position just after the last character (SARIF's `endColumn`
/// convention); an empty span starts and ends at the same position.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Position {
    /// 1-based line of the first character.
    pub line: u32,
    /// 1-based column (in characters) of the first character.
    pub column: u32,
    /// 1-based line of the end.
    pub end_line: u32,
    /// 1-based column (in characters) just after the last character.
    pub end_column: u32,
}

impl Position {
    /// The position of `diagnostic`'s primary span in `file` (clamped to the text).
    #[must_use]
    pub fn of(file: &SourceFile, diagnostic: &Diagnostic) -> Self {
        let span = diagnostic.span();
        let start = file.line_col(span.start);
        let end = file.line_col(span.end);
        Self {
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }
}

/// One rule as described to the SARIF renderer (and anything else that lists rules):
/// the CLI fills these from the lint registry, plus the built-in `syntax-error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable kebab-case id (`unused-variable`).
    pub name: String,
    /// One-line summary.
    pub summary: String,
    /// Default severity.
    pub severity: crate::diagnostic::Severity,
    /// The full documentation (markdown), if any.
    pub docs: Option<String>,
}
