//! Concise renderer: one line per diagnostic, `file:line:col: severity[code] message`.
//!
//! Meant for editors, `grep` and CI logs; the format never changes shape.

use std::io::{self, Write};

use super::{FileDiagnostics, Position};
use crate::diagnostic::Severity;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

fn severity_color(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Advice => "\x1b[1;36m",
    }
}

/// Writes every diagnostic of `file` as one line; with `color`, the location is bold and
/// the severity colored with ANSI escapes.
pub fn render(
    out: &mut (impl Write + ?Sized),
    file: FileDiagnostics<'_>,
    color: bool,
) -> io::Result<()> {
    for d in file.diagnostics {
        let pos = Position::of(file.file, d);
        let name = file.file.name();
        let sev = d.severity.as_str();
        if color {
            writeln!(
                out,
                "{BOLD}{name}:{}:{}:{RESET} {}{sev}[{}]{RESET} {}",
                pos.line,
                pos.column,
                severity_color(d.severity),
                d.code,
                d.message
            )?;
        } else {
            writeln!(
                out,
                "{name}:{}:{}: {sev}[{}] {}",
                pos.line, pos.column, d.code, d.message
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::source::{SourceFile, Span};

    #[test]
    fn one_line_per_diagnostic_with_character_columns() {
        let file = SourceFile::new("a/b.groovy", "def é = 1\nx = é +\n");
        let diags = [
            Diagnostic::error(
                "syntax-error",
                "expected an expression, found end of line",
                Span::new(19, 20),
            ),
            Diagnostic::warning("unused-variable", "`é` is never used", Span::new(4, 6)),
        ];
        let mut out = Vec::new();
        render(
            &mut out,
            FileDiagnostics {
                file: &file,
                diagnostics: &diags,
            },
            false,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a/b.groovy:2:8: error[syntax-error] expected an expression, found end of line\n\
             a/b.groovy:1:5: warning[unused-variable] `é` is never used\n"
        );
    }

    #[test]
    fn color_adds_escapes_only_when_asked() {
        let file = SourceFile::new("f", "x");
        let diags = [Diagnostic::error("e", "m", Span::new(0, 1))];
        let mut out = Vec::new();
        render(
            &mut out,
            FileDiagnostics {
                file: &file,
                diagnostics: &diags,
            },
            true,
        )
        .unwrap();
        assert!(String::from_utf8(out).unwrap().contains("\x1b[1;31merror"));
    }
}
