//! `unreachable-code`: statements after `return`, `throw`, `break` or `continue`.

use crate::ast::{AstStmt, Stmt};
use crate::declare_rule;
use crate::lint::walk::exits;
use crate::lint::{LintContext, Rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags statements that follow a `return`, `throw`, `break` or `continue` (or an
    /// `if`/`else` whose branches all leave) in the same block.
    ///
    /// ## Why is this bad?
    /// They never run. In sync scripts this is often an early `return` left in while
    /// testing, which silently disables everything after it (comments, attachments,
    /// status sync). Method and class declarations after a top-level `return` are fine:
    /// they are not statements that run.
    ///
    /// ## Example
    /// ```groovy
    /// issue.summary = replica.summary
    /// return
    /// issue.comments = commentHelper.mergeComments(issue, replica)
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// issue.summary = replica.summary
    /// issue.comments = commentHelper.mergeComments(issue, replica)
    /// ```
    pub struct UnreachableCode {}
    name: "unreachable-code",
    severity: Warning,
    category: Suspicious,
    default: true,
}

fn exit_word(s: &AstStmt) -> &'static str {
    match &s.node {
        Stmt::Return(_) => "`return`",
        Stmt::Throw(_) => "`throw`",
        Stmt::Break(_) => "`break`",
        Stmt::Continue(_) => "`continue`",
        Stmt::Labeled { stmt, .. } => exit_word(stmt),
        _ => "this statement",
    }
}

fn is_declaration(s: &AstStmt) -> bool {
    matches!(
        s.node,
        Stmt::Method(_) | Stmt::Class(_) | Stmt::Import(_) | Stmt::Empty | Stmt::Package(_)
    )
}

impl Rule for UnreachableCode {
    fn check_block(&mut self, ctx: &mut LintContext<'_>, stmts: &[AstStmt]) {
        let Some(i) = stmts.iter().position(exits) else {
            return;
        };
        let rest: Vec<&AstStmt> = stmts[i + 1..]
            .iter()
            .filter(|s| !is_declaration(s))
            .collect();
        let (Some(first), Some(last)) = (rest.first(), rest.last()) else {
            return;
        };
        let n = rest.len();
        let d = ctx
            .diag(
                Span::new(first.span.start, last.span.end),
                format!(
                    "unreachable code: {} statement{} after {}",
                    n,
                    if n == 1 { "" } else { "s" },
                    exit_word(&stmts[i])
                ),
            )
            .with_label_message("never runs")
            .with_label(stmts[i].span, "control leaves here")
            .with_help("remove the dead statements, or the statement that leaves early");
        ctx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "if (firstSync) return\nissue.summary = replica.summary",
        "issue.summary = replica.summary\nreturn\ndef helper() { 1 }",
        "for (c in issue.comments) { if (c.body) continue; println c }",
        "def f(x) { if (x) { return 1 } else { return 2 } }",
    ];

    const FAIL: &[&str] = &[
        "issue.summary = replica.summary\nreturn\nissue.comments = commentHelper.mergeComments(issue, replica)\nissue.labels = replica.labels",
        "def f(x) {\n  throw new Exception('x')\n  println x\n}",
        "for (c in issue.comments) {\n  break\n  println c\n}",
        "def g(x) {\n  if (x) { return 1 } else { return 2 }\n  println x\n}",
    ];

    #[test]
    fn unreachable_code() {
        let out = test_rule("unreachable-code", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
