//! `status-sync-conflict`: sync back plus status from the replica, without comparing
//! `previous` and `replica` statuses.

use super::{is_syncback_call, means_first_sync, member_name};
use crate::ast::{Arg, AstExpr, BinOp, Expr};
use crate::declare_rule;
use crate::lint::kind::mentions;
use crate::lint::{BindingRole, LintContext, Rule, ScriptKind};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags an incoming script that both syncs back (`syncBackAfterProcessing()`) and
    /// sets the local status from the replica, without ever comparing
    /// `previous?.status` with `replica?.status`.
    ///
    /// ## Why is this bad?
    /// Sync back sends the local item to the other side right after this incoming sync.
    /// If both sides change the status around the same time, each side keeps applying
    /// the other's (now stale) status and sending its own back: the statuses flip back
    /// and forth. Applying the remote status only when it actually changed since the
    /// previous sync breaks the cycle.
    ///
    /// ## Example
    /// ```groovy
    /// issue.setStatus(statusMap[replica.status?.name])
    /// if (firstSync) syncHelper.syncBackAfterProcessing()
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// if (previous?.status?.name != replica.status?.name) {
    ///     issue.setStatus(statusMap[replica.status?.name])
    /// }
    /// if (firstSync) syncHelper.syncBackAfterProcessing()
    /// ```
    pub struct StatusSyncConflict {
        syncback: Option<Span>,
        status_sets: Vec<Span>,
        compared: bool,
    }
    name: "status-sync-conflict",
    severity: Warning,
    category: Sync,
    default: true,
}

fn args_mention_replica(args: &[Arg]) -> bool {
    args.iter().any(|a| match a {
        Arg::Pos(e) | Arg::Named(_, e) | Arg::Spread(e) | Arg::SpreadMap(e) => {
            mentions(e, "replica")
        }
    })
}

fn mentions_status(e: &AstExpr) -> bool {
    let mut found = false;
    let mut stack = vec![e];
    while let Some(x) = stack.pop() {
        match &x.node {
            Expr::Prop { obj, name, .. } => {
                if member_name(&name.node).is_some_and(|n| n == "status" || n == "getStatus") {
                    found = true;
                }
                stack.push(obj);
            }
            Expr::Call { obj, name, .. } => {
                if member_name(&name.node) == Some("getStatus") {
                    found = true;
                }
                if let Some(o) = obj {
                    stack.push(o);
                }
            }
            Expr::Index { obj, .. } => stack.push(obj),
            _ => {}
        }
    }
    found
}

impl Rule for StatusSyncConflict {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if ctx.kind != ScriptKind::Incoming {
            return;
        }
        if is_syncback_call(ctx, expr) {
            self.syncback.get_or_insert(expr.span);
            return;
        }
        let first_sync_only = || ctx.find_fact(&|c, t| means_first_sync(ctx, c, t)).is_some();
        match &expr.node {
            Expr::Call {
                obj: Some(o),
                name,
                args,
                ..
            } => {
                let n = member_name(&name.node);
                let on_item = ctx.binding(o).is_some_and(|b| b.role == BindingRole::Item);
                let sets = (on_item && n == Some("setStatus"))
                    || (n == Some("transition") && ctx.is_binding(o, "workflowHelper"));
                if sets && args_mention_replica(&args.args) && !first_sync_only() {
                    self.status_sets.push(expr.span);
                }
                if n == Some("equals") && mentions(expr, "previous") && mentions(expr, "replica") {
                    self.compared = true;
                }
            }
            Expr::Assign { target, value, .. } => {
                if let Expr::Prop { obj, name, .. } = &target.node {
                    let on_item = ctx
                        .binding(obj)
                        .is_some_and(|b| b.role == BindingRole::Item);
                    if on_item
                        && member_name(&name.node) == Some("status")
                        && mentions(value, "replica")
                        && !first_sync_only()
                    {
                        self.status_sets.push(expr.span);
                    }
                }
            }
            Expr::Binary {
                op: BinOp::Eq | BinOp::Ne | BinOp::Identical | BinOp::NotIdentical,
                lhs,
                rhs,
            } => {
                let prev = |e: &AstExpr| mentions(e, "previous") && mentions_status(e);
                let repl = |e: &AstExpr| mentions(e, "replica") && mentions_status(e);
                if (prev(lhs) && repl(rhs)) || (repl(lhs) && prev(rhs)) {
                    self.compared = true;
                }
            }
            _ => {}
        }
    }

    fn finish(&mut self, ctx: &mut LintContext<'_>) {
        let (Some(sb), Some(set)) = (self.syncback, self.status_sets.first()) else {
            return;
        };
        if self.compared {
            return;
        }
        let d = ctx
            .diag(
                *set,
                "status is set from the replica in a script that syncs back, without comparing `previous?.status` and `replica?.status`",
            )
            .with_label_message("applied on every incoming sync")
            .with_label(sb, "the item is sent back here")
            .with_help("apply the remote status only if it changed: `if (previous?.status?.name != replica.status?.name) { … }`");
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "issue.setStatus(replica.status?.name)",
        "if (previous?.status?.name != replica.status?.name) { issue.setStatus(replica.status?.name) }\nif (firstSync) syncHelper.syncBackAfterProcessing()",
        "if (firstSync) {\n  issue.setStatus(replica.status?.name)\n  syncHelper.syncBackAfterProcessing()\n}",
        "if (firstSync) syncHelper.syncBackAfterProcessing()\nissue.summary = replica.summary",
    ];

    const FAIL: &[&str] = &[
        "issue.setStatus(statusMap[replica.status?.name])\nif (firstSync) syncHelper.syncBackAfterProcessing()",
        "if (firstSync) syncHelper.syncBackAfterProcessing()\nissue.status = replica.status",
    ];

    #[test]
    fn status_sync_conflict() {
        let out = test_rule("status-sync-conflict", ScriptKind::Incoming, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
