//! Suppression comments: `// lint-disable: rule-a, rule-b` silences those rules on its own
//! line and, when the comment stands alone on its line, on the line below (starlark's
//! `starlark-lint-disable`, ruff's `noqa`).
//! `// lint-disable: all` silences every rule there. Unknown names are reported.

use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};

/// The marker that starts a suppression.
pub(crate) const MARKER: &str = "lint-disable:";

/// One suppression comment.
struct Suppression {
    /// 1-based line of the comment.
    line: u32,
    /// Rule names (or `all`).
    names: Vec<(String, Span)>,
    /// The comment stands alone on its line (so it also covers the next line).
    own_line: bool,
}

fn parse(file: &SourceFile) -> Vec<Suppression> {
    let text = file.text();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find(MARKER) {
        let at = from + pos;
        from = at + MARKER.len();
        // only inside a `//` or `/* */` comment on that line
        let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let before = &text[line_start..at];
        let Some(slashes) = before.find("//").or_else(|| before.find("/*")) else {
            continue;
        };
        if !before[slashes + 2..].trim().is_empty() {
            continue;
        }
        let rest_end = text[from..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| from + i);
        let rest = text[from..rest_end].trim_end_matches("*/");
        let mut names = Vec::new();
        let mut offset = from;
        for part in rest.split(',') {
            let trimmed = part.trim();
            if !trimmed.is_empty() {
                let lead = part.len() - part.trim_start().len();
                let start = (offset + lead) as u32;
                names.push((
                    trimmed.to_owned(),
                    Span::new(start, start + trimmed.len() as u32),
                ));
            }
            offset += part.len() + 1;
        }
        out.push(Suppression {
            line: file.line_col(at as u32).line,
            names,
            own_line: before[..slashes].trim().is_empty(),
        });
    }
    out
}

/// Whether a suppression in `sups` silences rule `code` at `span`.
fn covers(sups: &[Suppression], file: &SourceFile, code: &str, span: Span) -> bool {
    let line = file.line_col(span.start).line;
    sups.iter().any(|s| {
        (s.line == line || (s.own_line && s.line + 1 == line))
            && s.names.iter().any(|(n, _)| n == code || n == "all")
    })
}

/// Which of `spans` a suppression comment of `file` silences for rule `code` (one flag
/// per span), for rules that pick one of several places to report.
pub(crate) fn suppressed(file: &SourceFile, code: &str, spans: &[Span]) -> Vec<bool> {
    let sups = if file.text().contains(MARKER) {
        parse(file)
    } else {
        Vec::new()
    };
    spans
        .iter()
        .map(|&span| covers(&sups, file, code, span))
        .collect()
}

/// Removes suppressed findings and adds `unknown-lint-rule` warnings for names in
/// suppression comments that are no rule.
pub(crate) fn apply(file: &SourceFile, diags: &mut Vec<Diagnostic>) {
    let sups = parse(file);
    if sups.is_empty() {
        return;
    }
    diags.retain(|d| !covers(&sups, file, &d.code, d.span()));
    for s in &sups {
        for (n, span) in &s.names {
            if n != "all" && super::rule(n).is_none() {
                let names = super::rules().iter().map(|r| r.name);
                let mut d = Diagnostic::warning(
                    "unknown-lint-rule",
                    format!("unknown lint rule `{n}` in suppression comment"),
                    *span,
                )
                .with_label_message("no rule has this name; nothing is suppressed");
                d = match crate::diagnostic::did_you_mean(n, names) {
                    Some(s) => d.with_help(format!("did you mean `{s}`?")),
                    None => d.with_help("`syncscript rules` lists the rule names"),
                };
                diags.push(d);
            }
        }
    }
}
