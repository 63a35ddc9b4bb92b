//! `replica-list-overwrite`: `issue.attachments = replica.attachments` and the like.

use super::member_name;
use crate::ast::{AstExpr, Expr};
use crate::declare_rule;
use crate::lint::{BindingRole, LintContext, Rule, ScriptKind};

declare_rule! {
    /// ## What it does
    /// Flags an incoming script that assigns the replica's attachments, comments or
    /// worklogs straight to the local item (`issue.attachments = replica.attachments`)
    /// instead of merging them with the helpers.
    ///
    /// ## Why is this bad?
    /// The assignment replaces the whole local list: every attachment, comment or worklog
    /// that exists only on this side (added locally, or filtered out by the other side's
    /// outgoing script) is deleted, and remote ones are re-created instead of matched to
    /// their twins. The merge helpers apply only what changed since the previous sync.
    ///
    /// ## Example
    /// ```groovy
    /// issue.attachments = replica.attachments
    /// issue.comments = replica.comments
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// issue.attachments = attachmentHelper.mergeAttachments(issue, replica)
    /// issue.comments = commentHelper.mergeComments(issue, replica)
    /// ```
    pub struct ReplicaListOverwrite {}
    name: "replica-list-overwrite",
    severity: Warning,
    category: Sync,
    default: true,
}

fn field_of<'e>(ctx: &LintContext<'_>, e: &'e AstExpr, role: BindingRole) -> Option<&'e str> {
    let Expr::Prop { obj, name, .. } = &e.node else {
        return None;
    };
    let b = ctx.binding(obj)?;
    (b.role == role).then(|| member_name(&name.node))?
}

impl Rule for ReplicaListOverwrite {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if ctx.kind == ScriptKind::Outgoing {
            return;
        }
        let Expr::Assign {
            op: None,
            target,
            value,
        } = &expr.node
        else {
            return;
        };
        let Some(field) = field_of(ctx, target, BindingRole::Item) else {
            return;
        };
        if field_of(ctx, value, BindingRole::Replica) != Some(field) {
            return;
        }
        let helper = match field {
            "attachments" => "attachmentHelper.mergeAttachments",
            "comments" => "commentHelper.mergeComments",
            "workLogs" => "workLogHelper.mergeWorkLogs",
            _ => return,
        };
        let item = match &target.node {
            Expr::Prop { obj, .. } => ctx.text(obj.span),
            _ => "issue",
        };
        let d = ctx
            .diag(
                expr.span,
                format!("assigning `replica.{field}` replaces the whole local `{field}` list"),
            )
            .with_label_message(format!("local-only {field} are deleted"))
            .with_help(format!(
                "merge instead: `{item}.{field} = {helper}({item}, replica)`"
            ));
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "issue.attachments = attachmentHelper.mergeAttachments(issue, replica)",
        "issue.comments = commentHelper.mergeComments(issue, replica)",
        "issue.labels = replica.labels",
        "issue.attachments += replica.addedAttachments",
    ];

    const FAIL: &[&str] = &[
        "issue.attachments = replica.attachments",
        "workItem.comments = replica.comments",
    ];

    #[test]
    fn replica_list_overwrite() {
        let out = test_rule("replica-list-overwrite", ScriptKind::Incoming, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
