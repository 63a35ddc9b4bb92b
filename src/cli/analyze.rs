//! The lint pipeline for one file: parse, then (if it parsed) run the enabled lint rules.

use syncscript_dsl::lint::{self, LintOptions, ScriptKind};
use syncscript_dsl::parser::{ParseOptions, parse};
use syncscript_dsl::{Diagnostic, Severity, SourceFile};

use super::args::ScriptKindArg;

/// The lint library's kind for the `--kind` flag (`auto` lets it decide per file, from the
/// name and then from what the script does).
pub(super) fn script_kind(arg: ScriptKindArg) -> ScriptKind {
    match arg {
        ScriptKindArg::Auto => ScriptKind::Auto,
        ScriptKindArg::Incoming => ScriptKind::Incoming,
        ScriptKindArg::Outgoing => ScriptKind::Outgoing,
    }
}

/// The options of one `lint` call: the Exalate API of the stdlib, the kind, and the rule
/// selection (`--select` empty means the rules enabled by default).
pub(super) fn lint_options(
    kind: ScriptKindArg,
    select: &[String],
    ignore: &[String],
) -> LintOptions {
    LintOptions {
        kind: script_kind(kind),
        select: (!select.is_empty()).then(|| select.to_vec()),
        ignore: ignore.to_vec(),
        api: syncscript_stdlib::exalate::api::known_api(),
    }
}

/// Parses `file` and, when it has no syntax error, lints it; returns every diagnostic
/// sorted by position. A script that does not parse is only given its syntax errors: the
/// rules would see a partial tree and report noise.
pub(super) fn analyze(file: &SourceFile, opts: &LintOptions) -> Vec<Diagnostic> {
    let parsed = parse(file, &ParseOptions::default());
    let mut diagnostics = parsed.diagnostics;
    if !diagnostics.iter().any(|d| d.severity == Severity::Error) {
        diagnostics.extend(lint::check(file, &parsed.module, opts));
    }
    diagnostics.sort_by_key(|d| (d.span().start, d.span().end));
    diagnostics
}
