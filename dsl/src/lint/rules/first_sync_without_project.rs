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
    /// `entity` or `ticket`, set `issue.repository` (GitHub), set a Zendesk-only field
    /// (`organization_id`, `group_id`, …) or a Zendesk ticket type (`issue.type =
    /// "incident"`), or their file name names another tracker and not Jira
    /// (`zendesk-incoming.groovy`, `ado_in.groovy`).
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
            "repository" | "repositoryFullName" | "tableName" | "entityType"
            // Zendesk ticket fields by their REST names
            | "organization_id" | "group_id" | "problem_id" | "requester_id" | "brand_id"
            | "ticket_form_id" => {
                self.other_tracker = true;
            }
            "id" | "key" => self.links_existing = true,
            _ => {}
        }
    }
}

/// Zendesk's ticket types, which it spells in lower case (Jira's are capitalised).
const ZENDESK_TICKET_TYPES: &[&str] = &["question", "incident", "problem", "task"];

/// Trackers other than Jira, as they appear anywhere in a script's file name.
const OTHER_TRACKER_NAMES: &[&str] = &[
    "zendesk",
    "servicenow",
    "github",
    "salesforce",
    "freshdesk",
    "freshservice",
    "azuredevops",
    "xurrent",
    "asana",
];

/// Short names of other trackers, which count only as whole words of the file name.
const OTHER_TRACKER_WORDS: &[&str] = &[
    "zd", "snow", "ado", "azure", "devops", "gh", "sfdc", "sf", "alm",
];

/// Whether the file name (or its folder's) says the script is for a tracker other than Jira: it names
/// another tracker (short names as words, split at anything but letters and digits and
/// at lower-to-upper case changes) and does not mention `jira`.
fn named_for_other_tracker(file_name: &str) -> bool {
    // the file and the folder it is in (`servicenow/incoming.groovy`)
    let mut parts = file_name.rsplit(['/', '\\']);
    let file = parts.next().unwrap_or(file_name);
    let base = match parts.next() {
        Some(dir) => format!("{dir}/{file}"),
        None => file.to_owned(),
    };
    let lower = base.to_ascii_lowercase();
    if lower.contains("jira") {
        return false;
    }
    if OTHER_TRACKER_NAMES.iter().any(|n| lower.contains(n)) {
        return true;
    }
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in base.chars() {
        if (!c.is_ascii_alphanumeric() || (prev_lower && c.is_ascii_uppercase())) && !cur.is_empty()
        {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            cur.push(c.to_ascii_lowercase());
        }
    }
    words.push(cur);
    words
        .iter()
        .any(|w| OTHER_TRACKER_WORDS.contains(&w.as_str()))
}

impl Visitor for Sets {
    fn visit_expr(&mut self, expr: &AstExpr) {
        match &expr.node {
            Expr::Assign { target, value, .. } => {
                if let Expr::Prop { obj, name, .. } = &target.node {
                    if matches!(&obj.node, Expr::Name(n) if &**n == "issue") {
                        if let Some(f) = member_name(&name.node) {
                            self.field(f);
                            if matches!(f, "type" | "typeName")
                                && matches!(&value.node, Expr::Str(t) if ZENDESK_TICKET_TYPES.contains(&&**t))
                            {
                                self.other_tracker = true;
                            }
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
            || named_for_other_tracker(ctx.file.name())
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
        // Zendesk tickets have no project
        "if (firstSync) {\n  issue.summary = replica.summary\n  issue.type = 'incident'\n}",
        "if (firstSync) {\n  issue.summary = replica.summary\n  issue.organization_id = 42\n}",
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

    #[test]
    fn a_file_named_for_another_tracker_is_skipped() {
        use super::named_for_other_tracker as other;
        for name in [
            "zendesk-incoming.groovy",
            "dir/ZendeskIncoming.groovy",
            "snow_in.groovy",
            "ado-incoming.groovy",
            "GitHubIncoming.groovy",
            "adoIncoming.groovy",
            "servicenow/incoming.groovy",
        ] {
            assert!(other(name), "{name}");
        }
        for name in [
            "incoming.groovy",
            "jira-zendesk-incoming.groovy",
            "JiraCloudFromAdo.groovy",
            "shadow-incoming.groovy",
            "roadmap_in.groovy",
            "zendesk/from-jira.groovy",
        ] {
            assert!(!other(name), "{name}");
        }
        let src = "if (firstSync) {\n  issue.summary = replica.summary\n}";
        let file = crate::source::SourceFile::new("zendesk_incoming.groovy", src);
        let parsed = crate::parser::parse(&file, &crate::parser::ParseOptions::default());
        let opts = crate::lint::LintOptions {
            kind: ScriptKind::Incoming,
            select: Some(vec!["first-sync-without-project".to_owned()]),
            ignore: Vec::new(),
            api: crate::lint::KnownApi::exalate_minimal(),
        };
        assert!(crate::lint::check(&file, &parsed.module, &opts).is_empty());
    }
}
