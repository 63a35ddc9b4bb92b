//! The rule registry: one module per rule (alphabetical), the `ALL_RULES` table, and
//! helpers several rules share.

mod assignment_in_condition;
mod duplicate_declaration;
mod duplicate_map_key;
mod first_sync_without_project;
mod null_unsafe_replica_access;
mod replica_list_overwrite;
mod sandbox_escape;
mod status_sync_conflict;
mod syncback_in_outgoing;
mod syncback_outside_first_sync;
mod unconditional_throw;
mod undefined_variable;
mod unknown_helper_method;
mod unknown_property_on_binding;
mod unreachable_code;
mod unsupported_construct;
mod unsupported_java_api;
mod unused_variable;

pub use assignment_in_condition::AssignmentInCondition;
pub use duplicate_declaration::DuplicateDeclaration;
pub use duplicate_map_key::DuplicateMapKey;
pub use first_sync_without_project::FirstSyncWithoutProject;
pub use null_unsafe_replica_access::NullUnsafeReplicaAccess;
pub use replica_list_overwrite::ReplicaListOverwrite;
pub use sandbox_escape::{SandboxEscape, may_escape_sandbox};
pub use status_sync_conflict::StatusSyncConflict;
pub use syncback_in_outgoing::SyncbackInOutgoing;
pub use syncback_outside_first_sync::SyncbackOutsideFirstSync;
pub use unconditional_throw::UnconditionalThrow;
pub use undefined_variable::UndefinedVariable;
pub use unknown_helper_method::UnknownHelperMethod;
pub use unknown_property_on_binding::UnknownPropertyOnBinding;
pub use unreachable_code::UnreachableCode;
pub use unsupported_construct::UnsupportedConstruct;
pub use unsupported_java_api::UnsupportedJavaApi;
pub use unused_variable::UnusedVariable;

use super::{LintContext, RuleEntry, RuleMeta};
use crate::ast::{AstExpr, Expr, MemberName};
use crate::diagnostic::Diagnostic;
use crate::source::{Span, Spanned};

macro_rules! registry {
    ($($ty:ident),* $(,)?) => {
        /// Metadata of every rule, in name order.
        pub static ALL_META: &[RuleMeta] = &[$($ty::META),*];
        /// Every rule with its constructor, in name order.
        pub static ALL_RULES: &[RuleEntry] = &[$(RuleEntry {
            meta: &$ty::META,
            new: || Box::new($ty::default()),
        }),*];
    };
}

registry![
    AssignmentInCondition,
    DuplicateDeclaration,
    DuplicateMapKey,
    FirstSyncWithoutProject,
    NullUnsafeReplicaAccess,
    ReplicaListOverwrite,
    SandboxEscape,
    StatusSyncConflict,
    SyncbackInOutgoing,
    SyncbackOutsideFirstSync,
    UnconditionalThrow,
    UndefinedVariable,
    UnknownHelperMethod,
    UnknownPropertyOnBinding,
    UnreachableCode,
    UnsupportedConstruct,
    UnsupportedJavaApi,
    UnusedVariable,
];

pub(crate) use crate::ast::visit::member_name;

/// The receiver and member of a member access: `a.b` and `a.b(…)` (not a bare call `b()`).
pub(crate) fn member_access(expr: &AstExpr) -> Option<(&AstExpr, &Spanned<MemberName>)> {
    match &expr.node {
        Expr::Prop { obj, name, .. }
        | Expr::Call {
            obj: Some(obj),
            name,
            ..
        } => Some((obj, name)),
        _ => None,
    }
}

/// Whether `expr` is a call of `syncBackAfterProcessing()`, bare or on `syncHelper`.
pub(crate) fn is_syncback_call(ctx: &LintContext<'_>, expr: &AstExpr) -> bool {
    let Expr::Call { obj, name, .. } = &expr.node else {
        return false;
    };
    if member_name(&name.node) != Some("syncBackAfterProcessing") {
        return false;
    }
    match obj {
        None => true,
        Some(o) => {
            ctx.is_binding(o, "syncHelper")
                || matches!(&o.node, Expr::Name(n) if &**n == "syncHelper")
        }
    }
}

/// Whether `cond` being `truth` means `firstSync` is true.
pub(crate) fn means_first_sync(ctx: &LintContext<'_>, cond: &AstExpr, truth: bool) -> bool {
    truth && is_first_sync(ctx, cond)
}

/// Whether `expr` is the `firstSync` binding.
pub(crate) fn is_first_sync(ctx: &LintContext<'_>, expr: &AstExpr) -> bool {
    matches!(&expr.node, Expr::Name(n) if &**n == "firstSync")
        && !matches!(
            ctx.semantic.name(expr.span),
            Some(crate::scope::Res::Local(_))
        )
}

/// Edit distance between two strings (characters), for near-miss checks: the same
/// measure `did_you_mean` uses.
pub(crate) use crate::diagnostic::edit_distance;

/// The `camelCase` (or `snake_case`) words of `name`: `getLocalIssueKey` → `get`, `Local`,
/// `Issue`, `Key`; `PROJECT_KEY` → `PROJECT`, `KEY` (a capital starts a word only after a
/// lower-case letter or digit).
pub(crate) fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in name.char_indices() {
        if c == '_' {
            if start < i {
                words.push(&name[start..i]);
            }
            start = i + 1;
        } else if c.is_uppercase()
            && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
            && start < i
        {
            words.push(&name[start..i]);
            start = i;
        }
        prev = Some(c);
    }
    if start < name.len() {
        words.push(&name[start..]);
    }
    words
}

/// Findings held back so that one cause (an unknown name, a misspelt property) is reported
/// once per file, at its first use, with a note counting the further uses: the fix is one
/// edit, and a list repeating it only hides the other findings. A use silenced by a
/// `// lint-disable:` comment is skipped, so silencing one line never hides the others.
#[derive(Default)]
pub(crate) struct OncePerFile {
    /// (key, finding at the first use, the primary spans of the further uses), in order
    /// of first use.
    pending: Vec<(String, Diagnostic, Vec<Span>)>,
}

impl OncePerFile {
    /// Keeps `d` as the finding for `key`, or records one more use at `d`'s span if `key`
    /// already has one.
    pub(crate) fn push(&mut self, key: &str, d: Diagnostic) {
        if let Some(p) = self.pending.iter_mut().find(|(k, _, _)| k == key) {
            p.2.push(d.span());
        } else {
            self.pending.push((key.to_owned(), d, Vec::new()));
        }
    }

    /// Reports every kept finding (from the rule's `finish`), each at its first use that
    /// no suppression comment silences.
    pub(crate) fn report(&mut self, ctx: &mut LintContext<'_>) {
        for (_, mut d, further) in self.pending.drain(..) {
            let mut uses = vec![d.span()];
            uses.extend(further);
            let silenced = super::suppress::suppressed(ctx.file, &d.code, &uses);
            let mut live = uses.iter().zip(&silenced).filter(|(_, s)| !**s);
            if let Some((&first, _)) = live.next() {
                if let Some(primary) = d.labels.first_mut() {
                    primary.span = first;
                }
            }
            let more = live.count();
            if more > 0 {
                d = d.with_note(format!(
                    "used {} more time{} in this file; reported once",
                    more,
                    if more == 1 { "" } else { "s" }
                ));
            }
            ctx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ALL_META;

    #[test]
    fn camel_words() {
        use super::camel_words;
        assert_eq!(
            camel_words("getLocalIssueKey"),
            ["get", "Local", "Issue", "Key"]
        );
        assert_eq!(camel_words("PROJECT_KEY"), ["PROJECT", "KEY"]);
        assert_eq!(camel_words("getHTTPClient"), ["get", "HTTPClient"]);
        assert_eq!(camel_words("x"), ["x"]);
        assert!(camel_words("").is_empty());
    }

    #[test]
    fn registry_is_consistent() {
        let mut names: Vec<&str> = ALL_META.iter().map(|m| m.name).collect();
        let sorted = {
            let mut s = names.clone();
            s.sort_unstable();
            s
        };
        assert_eq!(names, sorted, "rules are listed in name order");
        names.dedup();
        assert_eq!(names.len(), ALL_META.len(), "rule names are unique");
        let here = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lint/rules/");
        for m in ALL_META {
            assert!(
                m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !m.name.starts_with('-')
                    && !m.name.ends_with('-'),
                "{} is kebab-case",
                m.name
            );
            let file = format!("{here}{}.rs", m.name.replace('-', "_"));
            assert!(std::path::Path::new(&file).exists(), "{file} exists");
            for h in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "Use instead:",
            ] {
                assert!(m.doc.contains(h), "{} docs have `{h}`", m.name);
            }
            let summary = m.summary();
            assert!(
                !summary.is_empty() && !summary.contains('\n') && !summary.contains("##"),
                "{} has a one-line summary: {summary}",
                m.name
            );
            assert!(m.doc_markdown().starts_with("## What it does"));
        }
    }
}
