//! `duplicate-declaration`: a variable declared twice in one scope, or two script methods
//! (or classes) with the same signature.

use crate::ast::Module;
use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::scope::DuplicateKind;

declare_rule! {
    /// ## What it does
    /// Flags a local variable declared again in the same scope or in a nested block or
    /// closure of it, a script method defined twice with the same parameter types, and a
    /// class declared twice.
    ///
    /// ## Why is this bad?
    /// Groovy rejects the whole script at compile time ("The current scope already
    /// contains a variable of the name x", "method … is already defined"), so no item
    /// syncs. It usually comes from pasting two alternative snippets into one script.
    ///
    /// ## Example
    /// ```groovy
    /// def remoteIssueUrn = replica.customFields."Remote".value
    /// def remoteIssueUrn = replica.key
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def remoteIssueUrn = replica.customFields."Remote".value ?: replica.key
    /// ```
    pub struct DuplicateDeclaration {}
    name: "duplicate-declaration",
    severity: Error,
    category: Correctness,
    default: true,
}

impl Rule for DuplicateDeclaration {
    fn start(&mut self, ctx: &mut LintContext<'_>, _module: &Module) {
        for dup in &ctx.semantic.duplicates {
            let (msg, help) = match dup.what {
                DuplicateKind::Variable => (
                    format!("`{}` is already declared in this scope", dup.name),
                    "rename one of them, or drop `def` to assign the existing variable",
                ),
                DuplicateKind::Method => (
                    format!(
                        "method `{}` is already defined with the same parameters",
                        dup.name
                    ),
                    "rename or remove one of the definitions",
                ),
                DuplicateKind::Class => (
                    format!("class `{}` is already declared", dup.name),
                    "rename or remove one of the declarations",
                ),
            };
            let d = ctx
                .diag(dup.second, msg)
                .with_label_message("declared again here")
                .with_label(dup.first, "first declared here")
                .with_help(help);
            ctx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "def a = 1\nif (a) { def b = 2 }\nif (a) { def b = 3 }",
        "def f(String s) { s }\ndef f(String s, int n) { s * n }",
        "def x = 1\ndef g() { def x = 2; x }",
        "for (i in [1]) {}\nfor (i in [2]) {}",
        "[1].each { it }\n[2].each { it }",
        "class A { def x; def m() { def x = 1; x } }",
    ];

    const FAIL: &[&str] = &[
        "def remoteIssueUrn = replica.key\ndef remoteIssueUrn = replica.id",
        "def changeString(String s) { s }\ndef changeString(String s) { s.trim() }",
        "def x = 1\n[1].each { def x = 2 }",
        "def x = 1\nif (x) { String x = 'a' }",
        "class A {}\nclass A {}",
        "def y = 1\n[1].each { y -> y }",
    ];

    #[test]
    fn duplicate_declaration() {
        let out = test_rule("duplicate-declaration", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
