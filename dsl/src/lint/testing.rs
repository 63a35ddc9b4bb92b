//! Test support for rule files: run one rule over PASS and FAIL snippets and render the
//! findings concisely (`line:col rule: message`, then labels and help) for a snapshot.

use std::fmt::Write as _;

use super::{KnownApi, LintOptions, ScriptKind, check};
use crate::diagnostic::Diagnostic;
use crate::parser::{ParseOptions, parse};
use crate::source::SourceFile;

/// Parses `src` (panicking on syntax errors: a test vector must be valid) and lints it
/// with the one rule `rule` and the minimal Exalate API.
pub(crate) fn lint_one(rule: &str, kind: ScriptKind, src: &str) -> (SourceFile, Vec<Diagnostic>) {
    let file = SourceFile::new("test.groovy", src);
    let parsed = parse(&file, &ParseOptions::default());
    assert!(
        parsed.diagnostics.is_empty(),
        "test vector does not parse: {src}\n{:?}",
        parsed.diagnostics
    );
    let opts = LintOptions {
        kind,
        select: Some(vec![rule.to_owned()]),
        ignore: Vec::new(),
        api: KnownApi::exalate_minimal(),
    };
    let diags = check(&file, &parsed.module, &opts);
    (file, diags)
}

/// Renders findings as `line:col code: message`, each label and the help on their own
/// indented lines.
pub(crate) fn render(file: &SourceFile, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let lc = file.line_col(d.span().start);
        let _ = writeln!(out, "{}:{} {}: {}", lc.line, lc.column, d.code, d.message);
        for (i, l) in d.labels.iter().enumerate() {
            let lc = file.line_col(l.span.start);
            let text = file.slice(l.span);
            let text: String = text.chars().take(40).collect();
            let kind = if i == 0 { "primary" } else { "label" };
            let _ = writeln!(
                out,
                "  {kind} {}:{} `{}`{}",
                lc.line,
                lc.column,
                text.replace('\n', "⏎"),
                if l.message.is_empty() {
                    String::new()
                } else {
                    format!(": {}", l.message)
                }
            );
        }
        for n in &d.notes {
            let _ = writeln!(out, "  note: {n}");
        }
        if let Some(h) = &d.help {
            let _ = writeln!(out, "  help: {h}");
        }
    }
    out
}

/// Checks that every PASS snippet yields no finding and every FAIL snippet at least one
/// finding of `rule`, and returns the FAIL snippets with their rendered findings.
pub(crate) fn test_rule(rule: &str, kind: ScriptKind, pass: &[&str], fail: &[&str]) -> String {
    for src in pass {
        let (file, diags) = lint_one(rule, kind, src);
        assert!(
            diags.is_empty(),
            "PASS vector has findings:\n{src}\n---\n{}",
            render(&file, &diags)
        );
    }
    let mut out = String::new();
    for src in fail {
        let (file, diags) = lint_one(rule, kind, src);
        assert!(
            diags.iter().any(|d| d.code == rule),
            "FAIL vector has no `{rule}` finding:\n{src}"
        );
        let _ = writeln!(out, "----- {}\n{}", kind.as_str(), src.trim_end());
        out.push_str(&render(&file, &diags));
    }
    out
}
