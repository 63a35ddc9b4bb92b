//! `null-unsafe-replica-access`: `replica.x.y` where `x` may not have been sent.

use super::member_name;
use crate::ast::{AstExpr, BinOp, Expr, Nav};
use crate::declare_rule;
use crate::lint::{BindingRole, LintContext, Rule, ScriptKind};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags `replica.x.y` (a property read or method call through `.`) where `x` is an
    /// object field that can be null: `assignee`, `reporter`, `priority`, `status`,
    /// `resolution`, `parentId`, … It is fine with `replica.x?.y`, inside
    /// `if (replica.x) { … }`, after `if (!replica.x) return`, on the right of
    /// `replica.x && …`, and in `replica.x ? replica.x.y : …`. One statement gets one
    /// finding per field: a later `replica.x.y` in it only runs if the first did not
    /// throw (`map[replica.status.name] ?: replica.status.name`).
    ///
    /// ## Why is this bad?
    /// The remote side may leave the field out (an unassigned issue, a connector without
    /// priorities, an asymmetric outgoing script). Then `replica.x.y` throws a
    /// `NullPointerException` and the incoming sync of the item fails.
    ///
    /// ## Example
    /// ```groovy
    /// issue.assignee = nodeHelper.getUserByEmail(replica.assignee.email)
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
    /// ```
    pub struct NullUnsafeReplicaAccess {
        /// Fields already reported in the statement being walked (the innermost one
        /// started).
        reported: Vec<String>,
    }
    name: "null-unsafe-replica-access",
    severity: Warning,
    category: Sync,
    default: true,
}

/// Methods that Groovy answers on `null` without throwing.
const NULL_SAFE: &[&str] = &[
    "toString",
    "equals",
    "is",
    "asBoolean",
    "hashCode",
    "each",
    "eachWithIndex",
    "collect",
    "findAll",
    "find",
    "any",
    "every",
    "iterator",
    "with",
    "inspect",
    "dump",
    "asType",
    "getClass",
    "plus",
    "findResult",
    "collectEntries",
    "grep",
    "isCase",
];

/// If `e` is `replica.x` (with any navigation), the name `x`.
fn replica_field<'e>(ctx: &LintContext<'_>, e: &'e AstExpr) -> Option<&'e str> {
    let Expr::Prop { obj, name, .. } = &e.node else {
        return None;
    };
    let b = ctx.binding(obj)?;
    (b.role == BindingRole::Replica).then(|| member_name(&name.node))?
}

/// Whether `e` having truth value `truth` implies `replica.<field>` is not null.
fn proves_nonnull(ctx: &LintContext<'_>, e: &AstExpr, truth: bool, field: &str) -> bool {
    match &e.node {
        Expr::Binary {
            op: op @ (BinOp::Ne | BinOp::Eq | BinOp::NotIdentical | BinOp::Identical),
            lhs,
            rhs,
        } => {
            let ne = matches!(op, BinOp::Ne | BinOp::NotIdentical);
            let side = match (&lhs.node, &rhs.node) {
                (_, Expr::Null) => lhs,
                (Expr::Null, _) => rhs,
                // `replica.x.y == 'v'` being true means `x` was there
                _ => {
                    return truth
                        && !ne
                        && (chain_has(ctx, lhs, field) || chain_has(ctx, rhs, field));
                }
            };
            ne == truth && chain_has(ctx, side, field)
        }
        Expr::InstanceOf {
            expr,
            negated: false,
            ..
        } => truth && chain_has(ctx, expr, field),
        _ => truth && chain_has(ctx, e, field),
    }
}

/// Whether the receiver chain of `e` (itself included) contains `replica.<field>`.
fn chain_has(ctx: &LintContext<'_>, e: &AstExpr, field: &str) -> bool {
    if replica_field(ctx, e) == Some(field) {
        return true;
    }
    match &e.node {
        Expr::Prop { obj, .. } | Expr::Index { obj, .. } | Expr::Call { obj: Some(obj), .. } => {
            chain_has(ctx, obj, field)
        }
        _ => false,
    }
}

impl Rule for NullUnsafeReplicaAccess {
    fn check_stmt(&mut self, _: &mut LintContext<'_>, _: &crate::ast::AstStmt) {
        self.reported.clear();
    }

    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if ctx.kind == ScriptKind::Outgoing {
            return;
        }
        let (inner, nav, member) = match &expr.node {
            Expr::Prop { obj, nav, name } => (&**obj, *nav, name),
            Expr::Call {
                obj: Some(obj),
                nav,
                name,
                ..
            } => {
                if member_name(&name.node).is_some_and(|n| NULL_SAFE.contains(&n)) {
                    return;
                }
                (&**obj, *nav, name)
            }
            _ => return,
        };
        if nav != Nav::Normal {
            return;
        }
        let Some(field) = replica_field(ctx, inner) else {
            return;
        };
        if !ctx.index.nullable.contains(field) {
            return;
        }
        if ctx
            .find_fact(&|c, t| proves_nonnull(ctx, c, t, field))
            .is_some()
        {
            return;
        }
        if self.reported.iter().any(|f| f == field) {
            return;
        }
        self.reported.push(field.to_string());
        let member = member_name(&member.node).unwrap_or("…");
        let d = ctx
            .diag(
                Span::new(inner.span.start, expr.span.end),
                format!("`replica.{field}` may be null here; `.{member}` would throw a NullPointerException"),
            )
            .with_label_message(format!("`{field}` is not sent when empty"))
            .with_help(format!(
                "use `replica.{field}?.{member}`, or check `if (replica.{field})` first"
            ));
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)",
        "if (replica.assignee) { println replica.assignee.email }",
        "if (!replica.parentId) return\ndef p = replica.parentId.toLong()",
        "def n = replica.status && replica.status.name == 'Done'",
        "def n = replica.priority ? replica.priority.name : 'Medium'",
        "if (replica.status != null) println replica.status.name",
        "println replica.summary.trim()",
        "if (replica.status?.name == 'Done' && firstSync) println replica.status.name",
        "println replica.status.toString()",
        // Exalate's default incoming templates
        "issue.summary = replica.summary\nissue.description = replica.description\nissue.labels = replica.labels",
        "issue.comments = commentHelper.mergeComments(issue, replica)\nissue.attachments = attachmentHelper.mergeAttachments(issue, replica)",
        "issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email) ?: nodeHelper.getUserByEmail('x@y')",
        "issue.typeName = nodeHelper.getIssueType(replica.type?.name, issue.projectKey)?.name ?: 'Task'",
    ];

    const FAIL: &[&str] = &[
        "issue.assignee = nodeHelper.getUserByEmail(replica.assignee.email)",
        "def key = replica.parentId.toLong()",
        "issue.setStatus(replica.status.name)",
        "if (replica.priority || x) println replica.priority.name",
        "if (replica.assignee == null) { println replica.assignee.email }",
        // one finding: the second read only runs when the first did not throw
        "def m = [:]\nissue.setStatus(m[replica.status.name] ?: replica.status.name)",
    ];

    #[test]
    fn null_unsafe_replica_access() {
        let out = test_rule(
            "null-unsafe-replica-access",
            ScriptKind::Incoming,
            PASS,
            FAIL,
        );
        insta::assert_snapshot!(out);
    }
}
