//! `unconditional-throw`: a top-level `throw` (or `debug.error`) that always runs.

use std::collections::HashSet;

use super::member_name;
use crate::ast::{AstStmt, Expr, Module, Stmt};
use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags a `throw` (or `debug.error(…)`) at the top level of the script that is not
    /// under any condition.
    ///
    /// ## Why is this bad?
    /// It fails every sync of every item: the error blocks the item (or pauses the
    /// connection) until someone resolves it. Such a statement is almost always a
    /// leftover from debugging (`throw new Exception(replica.toString())` to look at the
    /// payload).
    ///
    /// ## Example
    /// ```groovy
    /// replica.summary = issue.summary
    /// throw new Exception("debug: ${replica.summary}")
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// replica.summary = issue.summary
    /// ```
    pub struct UnconditionalThrow {
        top: HashSet<Span>,
    }
    name: "unconditional-throw",
    severity: Warning,
    category: Suspicious,
    default: true,
}

fn collect(stmts: &[AstStmt], out: &mut HashSet<Span>) {
    for s in stmts {
        match &s.node {
            Stmt::Block(b) => collect(b, out),
            Stmt::Labeled { stmt, .. } => collect(std::slice::from_ref(stmt), out),
            _ => {
                out.insert(s.span);
            }
        }
    }
}

impl Rule for UnconditionalThrow {
    fn start(&mut self, _ctx: &mut LintContext<'_>, module: &Module) {
        collect(&module.stmts, &mut self.top);
    }

    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        if !self.top.contains(&stmt.span) || !ctx.facts().is_empty() {
            return;
        }
        let what = match &stmt.node {
            Stmt::Throw(_) => "`throw`",
            Stmt::Expr(e) => match &e.node {
                Expr::Call {
                    obj: Some(o), name, ..
                } if member_name(&name.node) == Some("error") && ctx.is_binding(o, "debug") => {
                    "`debug.error`"
                }
                _ => return,
            },
            _ => return,
        };
        let d = ctx
            .diag(
                stmt.span,
                format!("{what} at the top level fails every sync"),
            )
            .with_label_message("always runs")
            .with_help("remove this leftover debug statement, or put it under a condition");
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "if (!replica.summary) throw new Exception('no summary')",
        "def f() { throw new Exception('x') }",
        "if (!replica.key) return\ndebug.error('x')",
        "[1].each { throw new IllegalStateException('x') }",
        "try { x() } catch (e) { throw e }\ndef x() {}",
    ];

    const FAIL: &[&str] = &[
        "replica.summary = issue.summary\nthrow new Exception(\"debug: ${replica.summary}\")",
        "debug.error(replica.toString())",
        "{\n  throw new Exception('x')\n}",
    ];

    #[test]
    fn unconditional_throw() {
        let out = test_rule("unconditional-throw", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
