//! `assignment-in-condition`: `if (x = y)` where `if (x == y)` was meant.

use crate::ast::{AstExpr, AstStmt, Expr, Stmt};
use crate::declare_rule;
use crate::lint::{LintContext, Rule};

declare_rule! {
    /// ## What it does
    /// Flags a plain assignment used directly as the condition of `if`, `while` or a
    /// ternary.
    ///
    /// ## Why is this bad?
    /// `if (issue.status = "Done")` assigns the field and then tests the assigned value,
    /// which is almost always true: the comparison `==` was meant, and the item is
    /// changed by the check itself.
    ///
    /// ## Example
    /// ```groovy
    /// if (replica.priority = "High") { issue.labels += nodeHelper.getLabel("urgent") }
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// if (replica.priority?.name == "High") { issue.labels += nodeHelper.getLabel("urgent") }
    /// ```
    pub struct AssignmentInCondition {}
    name: "assignment-in-condition",
    severity: Warning,
    category: Suspicious,
    default: true,
}

fn check(ctx: &mut LintContext<'_>, cond: &AstExpr) {
    if let Expr::Assign { op: None, .. } = &cond.node {
        let d = ctx
            .diag(cond.span, "assignment used as a condition")
            .with_label_message("assigns, then tests the assigned value")
            .with_help(
                "use `==` to compare; if the assignment is intended, move it before the condition",
            );
        ctx.report(d);
    }
}

impl Rule for AssignmentInCondition {
    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        match &stmt.node {
            Stmt::If { cond, .. } | Stmt::While { cond, .. } | Stmt::DoWhile { cond, .. } => {
                check(ctx, cond);
            }
            _ => {}
        }
    }

    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if let Expr::Ternary { cond, .. } = &expr.node {
            check(ctx, cond);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "if (issue.status == 'Done') println 1",
        "def line\nwhile ((line = null) != null) { println line }",
    ];

    const FAIL: &[&str] = &[
        "if (issue.summary = 'Done') println 1",
        "def x = 0\ndef y = (x = 2) ? 1 : 0",
    ];

    #[test]
    fn assignment_in_condition() {
        let out = test_rule("assignment-in-condition", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
