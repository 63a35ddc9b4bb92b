//! JSON renderer: the stable machine-readable contract of `syncscript lint --format json`.
//!
//! ```json
//! {"version": 1, "files": 2, "diagnostics": [{"file": "a.groovy", "rule": "syntax-error",
//!   "severity": "error", "message": "…", "line": 3, "column": 7, "end_line": 3, "end_column": 8}]}
//! ```
//!
//! Positions are 1-based, columns count characters, `end_*` points just after the last
//! character. The output comes from the dedicated structs below, never from internal types,
//! so refactoring the diagnostic model cannot change it by accident. Bump
//! [`FORMAT_VERSION`] on any incompatible change.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::{FileDiagnostics, Position};

/// Version of the JSON document layout.
pub const FORMAT_VERSION: u32 = 1;

/// One diagnostic in the JSON contract.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonDiagnostic {
    /// The file's name as given on the command line (relative paths stay relative).
    pub file: String,
    /// Rule or error code (`syntax-error` for parse errors).
    pub rule: String,
    /// `error`, `warning` or `advice`.
    pub severity: String,
    /// One-line message.
    pub message: String,
    /// 1-based start line.
    pub line: u32,
    /// 1-based start column, in characters.
    pub column: u32,
    /// 1-based end line.
    pub end_line: u32,
    /// 1-based column just after the last character.
    pub end_column: u32,
}

/// The whole JSON document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonDocument {
    /// Always [`FORMAT_VERSION`].
    pub version: u32,
    /// Number of files checked (with or without findings).
    pub files: usize,
    /// Every diagnostic, file by file in the order given.
    pub diagnostics: Vec<JsonDiagnostic>,
}

/// Converts the diagnostics of each file into the contract's records.
#[must_use]
pub fn diagnostics(files: &[FileDiagnostics<'_>]) -> Vec<JsonDiagnostic> {
    files
        .iter()
        .flat_map(|f| {
            f.diagnostics.iter().map(move |d| {
                let pos = Position::of(f.file, d);
                JsonDiagnostic {
                    file: f.file.name().to_owned(),
                    rule: d.code.clone(),
                    severity: d.severity.as_str().to_owned(),
                    message: d.message.clone(),
                    line: pos.line,
                    column: pos.column,
                    end_line: pos.end_line,
                    end_column: pos.end_column,
                }
            })
        })
        .collect()
}

/// Writes the document for `files` (pretty-printed, followed by a newline).
pub fn render(out: &mut (impl Write + ?Sized), files: &[FileDiagnostics<'_>]) -> io::Result<()> {
    let doc = JsonDocument {
        version: FORMAT_VERSION,
        files: files.len(),
        diagnostics: diagnostics(files),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::source::{SourceFile, Span};

    #[test]
    fn positions_are_one_based_and_fields_named_by_the_contract() {
        let a = SourceFile::new("a.groovy", "x = 1\n  é y\n");
        let b = SourceFile::new("b.groovy", "");
        let da = [Diagnostic::error(
            "syntax-error",
            "unexpected `y`",
            Span::new(11, 12),
        )];
        let files = [
            FileDiagnostics {
                file: &a,
                diagnostics: &da,
            },
            FileDiagnostics {
                file: &b,
                diagnostics: &[],
            },
        ];
        let mut out = Vec::new();
        render(&mut out, &files).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["files"], 2);
        let d = &v["diagnostics"][0];
        let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "file",
                "rule",
                "severity",
                "message",
                "line",
                "column",
                "end_line",
                "end_column"
            ]
        );
        assert_eq!(d["line"], 2);
        assert_eq!(d["column"], 5);
        assert_eq!(d["end_column"], 6);
        assert_eq!(d["severity"], "error");
    }
}
