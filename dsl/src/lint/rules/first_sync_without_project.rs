//! `first-sync-without-project`: a Jira incoming script that creates issues without
//! `projectKey` and `typeName`.

use super::{is_first_sync, member_name};
use crate::ast::visit::{self, Visitor};
use crate::ast::{AstExpr, AstStmt, Expr, Module, Stmt};
use crate::declare_rule;
use crate::lint::context::implies;
use crate::lint::walk::exits;
use crate::lint::{BindingRole, LintContext, Rule, ScriptKind};

declare_rule! {
    /// ## What it does
    /// Flags the `if (firstSync)` branch of a Jira incoming script when the script never
    /// sets the project (`issue.projectKey` / `issue.project`) or the issue type
    /// (`issue.typeName` / `issue.type`) of the issue the first sync creates.
    ///
    /// A branch that only syncs back or links an existing issue (`issue.id = …`) creates
    /// nothing; setting `issue.parentId` (a sub-task) counts as choosing the project.
    ///
    /// Scripts for other trackers are recognised and skipped: they use `workItem`,
    /// `entity` or `ticket`, or set `issue.repository` (GitHub).
    ///
    /// ## Why is this bad?
    /// Jira cannot create an issue without both; the first sync then fails with
    /// "Project key is not found. Please fill issue.projectKey or issue.project" (or the
    /// issue-type equivalent) and the item never syncs.
    ///
    /// ## Example
    /// ```groovy
    /// if (firstSync) {
    ///     issue.summary = replica.summary
    /// }
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// if (firstSync) {
    ///     issue.projectKey = "ABC"
    ///     issue.typeName = nodeHelper.getIssueType(replica.type?.name)?.name ?: "Task"
    /// }
    /// ```
    pub struct FirstSyncWithoutProject {
        reported: bool,
    }
    name: "first-sync-without-project",
    severity: Warning,
    category: Sync,
    default: true,
}

// independent facts gathered in one pass, not a state machine
#[allow(clippy::struct_excessive_bools)]
#[derive(Default)]
struct Sets {
    project: bool,
    issue_type: bool,
    other_tracker: bool,
    links_existing: bool,
    writes_item: bool,
}

impl Sets {
    fn field(&mut self, f: &str) {
        self.writes_item = true;
        match f {
            // a sub-task (`parentId`) is created in its parent's project
            "projectKey" | "project" | "setProjectKey" | "setProject" | "parentId" => {
                self.project = true;
            }
            "typeName" | "type" | "setTypeName" | "setType" | "setIssueType" | "issueType" => {
                self.issue_type = true;
            }
            "repository" | "repositoryFullName" | "tableName" | "entityType" => {
                self.other_tracker = true;
            }
            "id" | "key" => self.links_existing = true,
            _ => {}
        }
    }
}

impl Visitor for Sets {
    fn visit_expr(&mut self, expr: &AstExpr) {
        match &expr.node {
            Expr::Assign { target, .. } => {
                if let Expr::Prop { obj, name, .. } = &target.node {
                    if matches!(&obj.node, Expr::Name(n) if &**n == "issue") {
                        if let Some(f) = member_name(&name.node) {
                            self.field(f);
                        }
                    }
                }
            }
            Expr::Call {
                obj: Some(obj),
                name,
                ..
            } if matches!(&obj.node, Expr::Name(n) if &**n == "issue") => {
                if let Some(f) = member_name(&name.node) {
                    self.field(f);
                }
            }
            Expr::Name(n) if matches!(&**n, "workItem" | "entity" | "ticket" | "defect") => {
                self.other_tracker = true;
            }
            _ => {}
        }
        visit::walk_expr(self, expr);
    }
}

impl Rule for FirstSyncWithoutProject {
    fn start(&mut self, ctx: &mut LintContext<'_>, module: &Module) {
        if ctx.kind != ScriptKind::Incoming
            || !ctx
                .api
                .bindings
                .iter()
                .any(|b| b.name == "issue" && b.role == BindingRole::Item)
        {
            self.reported = true;
            return;
        }
        let mut sets = Sets::default();
        visit::walk_module(&mut sets, module);
        if sets.other_tracker || (sets.project && sets.issue_type) {
            self.reported = true;
        }
        // remembered for check_stmt through `self.reported`; the missing parts are
        // recomputed there (cheap, once)
    }

    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        if self.reported || ctx.frames().len() != 1 {
            return;
        }
        let Stmt::If { cond, then, .. } = &stmt.node else {
            return;
        };
        if !implies(cond, true, &|c, t| t && is_first_sync(ctx, c)) || exits(then) {
            return;
        }
        let mut branch = Sets::default();
        branch.visit_stmt(then);
        if branch.links_existing || !branch.writes_item {
            return;
        }
        let mut all = Sets::default();
        visit::walk_module(&mut all, ctx.module);
        let missing: Vec<&str> = [
            (!all.project).then_some("`projectKey`"),
            (!all.issue_type).then_some("`typeName`"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if missing.is_empty() {
            return;
        }
        self.reported = true;
        let d = ctx
            .diag(
                cond.span,
                format!(
                    "the first sync creates the issue without setting {}",
                    missing.join(" and ")
                ),
            )
            .with_label_message("the issue is created in this branch")
            .with_help("set `issue.projectKey = \"KEY\"` and `issue.typeName = \"Task\"` in the `firstSync` branch");
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "if (firstSync) {\n  issue.projectKey = 'ABC'\n  issue.typeName = 'Task'\n}\nissue.summary = replica.summary",
        "if (firstSync) {\n  issue.projectKey = 'ABC'\n}\nissue.typeName = replica.type?.name ?: 'Task'",
        "if (firstSync) return\nissue.summary = replica.summary",
        "if (firstSync) {\n  workItem.summary = replica.summary\n}",
        "if (firstSync) {\n  issue.repository = 'o/r'\n}",
        "if (firstSync) {\n  issue.id = 10\n  issue.key = 'A-1'\n}",
        "if (firstSync) syncHelper.syncBackAfterProcessing()",
        "if (firstSync && replica.parentId) {\n  issue.typeName = 'Sub-task'\n  issue.parentId = 1\n}",
        "issue.summary = replica.summary",
    ];

    const FAIL: &[&str] = &[
        "if (firstSync) {\n  issue.summary = replica.summary\n}",
        "if (firstSync) {\n  issue.projectKey = 'ABC'\n}\nissue.summary = replica.summary",
        "if (firstSync && replica.key) {\n  issue.typeName = 'Bug'\n}",
    ];

    #[test]
    fn first_sync_without_project() {
        let out = test_rule(
            "first-sync-without-project",
            ScriptKind::Incoming,
            PASS,
            FAIL,
        );
        insta::assert_snapshot!(out);
    }
}
