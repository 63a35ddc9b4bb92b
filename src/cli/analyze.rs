//! The lint pipeline for one file: parse, then run the enabled lint rules; plus the choice
//! of script kind and the rule selection shared by all files of one `lint` call.

use std::path::Path;

use syncscript_dsl::{Diagnostic, SourceFile};

use super::args::ScriptKindArg;

/// Which side of a sync a script is, once `auto` has been decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ScriptKind {
    Incoming,
    Outgoing,
    /// `auto` and the name says neither.
    Unknown,
}

impl ScriptKind {
    /// Decides the kind of the script at `path`: the flag wins; `auto` looks for
    /// `incoming`/`outgoing` in the file name (case-insensitive; corpus names such as
    /// `jira-incoming.groovy` and `IncomingSync.groovy` follow that habit).
    pub(super) fn decide(arg: ScriptKindArg, path: &Path) -> Self {
        match arg {
            ScriptKindArg::Incoming => Self::Incoming,
            ScriptKindArg::Outgoing => Self::Outgoing,
            ScriptKindArg::Auto => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().to_lowercase())
                    .unwrap_or_default();
                match (name.contains("incoming"), name.contains("outgoing")) {
                    (true, false) => Self::Incoming,
                    (false, true) => Self::Outgoing,
                    _ => Self::Unknown,
                }
            }
        }
    }
}

/// Which rules run: `--select` (empty = all) minus `--ignore`. Syntax errors are always
/// reported: a script that does not parse cannot be checked further.
#[derive(Clone, Debug, Default)]
pub(super) struct Selection {
    pub(super) select: Vec<String>,
    pub(super) ignore: Vec<String>,
}

impl Selection {
    /// Whether findings of `rule` are kept.
    pub(super) fn enabled(&self, rule: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|r| r == rule))
            && !self.ignore.iter().any(|r| r == rule)
    }
}

/// Parses `file` and lints it; returns every diagnostic, sorted by position.
pub(super) fn analyze(
    file: &SourceFile,
    kind: ScriptKind,
    selection: &Selection,
) -> Vec<Diagnostic> {
    let _ = kind;
    let mut diagnostics = syntax_errors(file);
    diagnostics.retain(|d| super::rules::is_builtin(&d.code) || selection.enabled(&d.code));
    diagnostics.sort_by_key(|d| (d.span().start, d.span().end));
    diagnostics
}

/// The parser's diagnostics for `file`.
pub(super) fn syntax_errors(file: &SourceFile) -> Vec<Diagnostic> {
    syncscript_dsl::parser::parse(file, &syncscript_dsl::parser::ParseOptions::default())
        .diagnostics
}
