//! `syncback-in-outgoing`: sync back called from an outgoing script.

use super::is_syncback_call;
use crate::ast::{AstExpr, Expr};
use crate::declare_rule;
use crate::lint::{LintContext, Rule, ScriptKind};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags `syncBackAfterProcessing()` in an outgoing script.
    ///
    /// ## Why is this bad?
    /// Sync back is an incoming-side request: "after applying this replica, send my item
    /// back". In an outgoing script there is no incoming run to come back from, and
    /// queueing another outgoing sync from the outgoing sync itself is a loop.
    ///
    /// ## Example
    /// ```groovy
    /// replica.key = issue.key
    /// syncHelper.syncBackAfterProcessing()
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// replica.key = issue.key
    /// ```
    /// and in the incoming script of the other side:
    /// ```groovy
    /// if (firstSync) {
    ///     syncHelper.syncBackAfterProcessing()
    /// }
    /// ```
    pub struct SyncbackInOutgoing {}
    name: "syncback-in-outgoing",
    severity: Error,
    category: Sync,
    default: true,
}

impl Rule for SyncbackInOutgoing {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if ctx.kind != ScriptKind::Outgoing || !is_syncback_call(ctx, expr) {
            return;
        }
        let Expr::Call { name, .. } = &expr.node else {
            return;
        };
        let d = ctx
            .diag(
                Span::new(name.span.start, expr.span.end),
                "`syncBackAfterProcessing()` in an outgoing script",
            )
            .with_label_message("only meaningful in an incoming script")
            .with_help(
                "move it to the incoming script of the side that creates the item, inside `if (firstSync) { … }`",
            );
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::{lint_one, test_rule};

    const PASS: &[&str] = &[
        "replica.key = issue.key",
        "// syncHelper.syncBackAfterProcessing()\nreplica.summary = issue.summary",
    ];

    const FAIL: &[&str] = &[
        "replica.key = issue.key\nsyncHelper.syncBackAfterProcessing()",
        "if (issue.status.name == 'Done') syncHelper.syncBackAfterProcessing()",
    ];

    #[test]
    fn syncback_in_outgoing() {
        let out = test_rule("syncback-in-outgoing", ScriptKind::Outgoing, PASS, FAIL);
        insta::assert_snapshot!(out);
    }

    #[test]
    fn incoming_scripts_are_left_alone() {
        let (_, d) = lint_one(
            "syncback-in-outgoing",
            ScriptKind::Incoming,
            "syncHelper.syncBackAfterProcessing()",
        );
        assert!(d.is_empty());
    }
}
