//! `unused-variable`: locals that are declared but never read.

use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::scope::DeclKind;

declare_rule! {
    /// ## What it does
    /// Reports a local variable (`def x = …`, `String s`) that is never read.
    ///
    /// ## Why is this bad?
    /// Often it is a sign of a bug: a value computed and then not used, or a name
    /// assigned under another spelling (`def points = …` but `storyPoints = …` later). At
    /// best it is dead code that makes the script harder to read.
    ///
    /// ## Example
    /// ```groovy
    /// def points = replica.customFields."Story Points"?.value
    /// issue.customFields."Story Points".value = storyPoints
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def points = replica.customFields."Story Points"?.value
    /// issue.customFields."Story Points".value = points
    /// ```
    pub struct UnusedVariable {}
    name: "unused-variable",
    severity: Advice,
    category: Style,
    default: true,
}

impl Rule for UnusedVariable {
    fn finish(&mut self, ctx: &mut LintContext<'_>) {
        let unused: Vec<_> = ctx
            .semantic
            .decls
            .iter()
            .filter(|d| d.kind == DeclKind::Local && d.reads == 0 && !d.name.starts_with('_'))
            .map(|d| (d.span, d.name.clone(), d.writes))
            .collect();
        for (span, name, writes) in unused {
            let msg = if writes > 0 {
                format!("`{name}` is assigned but never read")
            } else {
                format!("`{name}` is declared but never read")
            };
            let d = ctx.diag(span, msg).with_label_message("unused").with_help(
                "remove it, or use it where it was meant to be used (check for a misspelled name)",
            );
            ctx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "def x = 1\nprintln x",
        "def f(a) { 1 }",
        "[1].each { x -> 1 }",
        "for (c in [1]) {}",
        "def c\nc = { n -> n ? c(n - 1) : 0 }\nc(2)",
        "def _ignored = 1",
        "def n = 0\nn += 1",
    ];

    const FAIL: &[&str] = &[
        "def points = 5\nstoryPoints = 3",
        "String s = 'a'\ns = 'b'",
        "def (a, b) = [1, 2]\nprintln a",
    ];

    #[test]
    fn unused_variable() {
        let out = test_rule("unused-variable", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
