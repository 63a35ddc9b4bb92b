//! `null-unsafe-replica-access`: `replica.x.y` where `x` may not have been sent.

use super::{member_access, member_name};
use crate::ast::{
    Arg, AstExpr, AstStmt, BinOp, Expr, GStringPart, ListItem, MapEntry, MapKey, Nav, Stmt,
};
use crate::declare_rule;
use crate::lint::context::Frame;
use crate::lint::kind::receiver;
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
    /// throw (`map[replica.status.name] ?: replica.status.name`), and the same holds for
    /// the statements after one that always reads `replica.x.y`: they run only if it did
    /// not throw, so `x` is known to be there (one finding, at the first read).
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
        /// Blocks being walked, with the fields their statements always dereference.
        blocks: Vec<ReadBlock>,
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

/// A block of statements and the nullable `replica` fields each of them always
/// dereferences (`replica.x.y`, evaluated whenever the statement runs).
struct ReadBlock {
    /// From the first statement's start to the last one's end.
    range: Span,
    /// Methods and classes entered around the block: a statement before a method
    /// definition says nothing about the method's body, which runs when called.
    depth: usize,
    /// (end of the statement, field) for each dereference.
    reads: Vec<(u32, String)>,
}

/// Methods and classes entered at this point of the walk.
fn code_depth(ctx: &LintContext<'_>) -> usize {
    ctx.frames()
        .iter()
        .filter(|f| matches!(f, Frame::Method(_) | Frame::Class))
        .count()
}

/// If `expr` reads through `replica.x` (a property or a method that throws on `null`,
/// with `.`), the field `x` when it is one that can be null.
fn unsafe_read<'e>(ctx: &LintContext<'_>, expr: &'e AstExpr) -> Option<&'e str> {
    let (inner, nav) = match &expr.node {
        Expr::Prop { obj, nav, .. } => (&**obj, *nav),
        Expr::Call {
            obj: Some(obj),
            nav,
            name,
            ..
        } => {
            if member_name(&name.node).is_some_and(|n| NULL_SAFE.contains(&n)) {
                return None;
            }
            (&**obj, *nav)
        }
        _ => return None,
    };
    if nav != Nav::Normal {
        return None;
    }
    replica_field(ctx, inner).filter(|f| ctx.index.nullable.contains(*f))
}

/// The nullable fields that evaluating `e` always dereferences: short-circuited operands,
/// ternary branches, closures and arguments after `?.` are left out.
fn always_read(ctx: &LintContext<'_>, e: &AstExpr, out: &mut Vec<String>) {
    if let Some(f) = unsafe_read(ctx, e) {
        out.push(f.to_owned());
    }
    let args = |args: &crate::ast::Args, out: &mut Vec<String>| {
        for a in &args.args {
            match a {
                Arg::Pos(v) | Arg::Named(_, v) | Arg::Spread(v) | Arg::SpreadMap(v) => {
                    always_read(ctx, v, out);
                }
            }
        }
    };
    match &e.node {
        Expr::Prop { obj, .. } => always_read(ctx, obj, out),
        Expr::Call {
            obj, nav, args: a, ..
        } => {
            if let Some(obj) = obj {
                always_read(ctx, obj, out);
            }
            if *nav == Nav::Normal {
                args(a, out);
            }
        }
        Expr::Invoke { callee, args: a } => {
            always_read(ctx, callee, out);
            args(a, out);
        }
        Expr::New { args: a, .. } => args(a, out),
        Expr::Index { obj, index, safe } => {
            always_read(ctx, obj, out);
            if !safe {
                for i in index {
                    always_read(ctx, i, out);
                }
            }
        }
        Expr::Binary {
            op: BinOp::And | BinOp::Or,
            lhs,
            ..
        }
        | Expr::Elvis { lhs, .. } => always_read(ctx, lhs, out),
        Expr::Binary { lhs, rhs, .. }
        | Expr::Range {
            from: lhs, to: rhs, ..
        } => {
            always_read(ctx, lhs, out);
            always_read(ctx, rhs, out);
        }
        Expr::Assign { target, value, .. } => {
            always_read(ctx, value, out);
            always_read(ctx, target, out);
        }
        Expr::Ternary { cond: inner, .. }
        | Expr::Unary { expr: inner, .. }
        | Expr::Cast { expr: inner, .. }
        | Expr::As { expr: inner, .. }
        | Expr::InstanceOf { expr: inner, .. } => always_read(ctx, inner, out),
        Expr::GString(parts) => {
            for p in parts {
                if let GStringPart::Expr(v) = p {
                    always_read(ctx, v, out);
                }
            }
        }
        Expr::List(items) => {
            for i in items {
                let (ListItem::Elem(v) | ListItem::Spread(v)) = i;
                always_read(ctx, v, out);
            }
        }
        Expr::Tuple(items) => {
            for v in items {
                always_read(ctx, v, out);
            }
        }
        Expr::Map(entries) => {
            for m in entries {
                match m {
                    MapEntry::Pair(k, v) => {
                        if let MapKey::Expr(k) = &k.node {
                            always_read(ctx, k, out);
                        }
                        always_read(ctx, v, out);
                    }
                    MapEntry::Spread(v) => always_read(ctx, v, out),
                }
            }
        }
        _ => {}
    }
}

/// The nullable fields that running statement `s` always dereferences.
fn stmt_reads(ctx: &LintContext<'_>, s: &AstStmt) -> Vec<String> {
    let mut out = Vec::new();
    match &s.node {
        Stmt::Expr(e)
        | Stmt::Throw(e)
        | Stmt::Return(Some(e))
        | Stmt::MultiDecl { init: e, .. }
        | Stmt::If { cond: e, .. }
        | Stmt::While { cond: e, .. } => always_read(ctx, e, &mut out),
        Stmt::VarDecl(d) => {
            for v in &d.vars {
                if let Some(init) = &v.init {
                    always_read(ctx, init, &mut out);
                }
            }
        }
        _ => {}
    }
    out
}

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
    receiver(e).is_some_and(|obj| chain_has(ctx, obj, field))
}

impl NullUnsafeReplicaAccess {
    /// Whether an earlier statement of an enclosing block (in the same method) always
    /// read through `replica.<field>` before `at`: had it been null, that one threw.
    fn read_before(&self, ctx: &LintContext<'_>, at: Span, field: &str) -> bool {
        let depth = code_depth(ctx);
        self.blocks.iter().any(|b| {
            b.depth == depth
                && b.range.start <= at.start
                && at.end <= b.range.end
                && b.reads
                    .iter()
                    .any(|(end, f)| *end <= at.start && f == field)
        })
    }
}

impl Rule for NullUnsafeReplicaAccess {
    fn check_block(&mut self, ctx: &mut LintContext<'_>, stmts: &[AstStmt]) {
        if ctx.kind == ScriptKind::Outgoing {
            return;
        }
        let (Some(first), Some(last)) = (stmts.first(), stmts.last()) else {
            return;
        };
        let range = Span::new(first.span.start, last.span.end);
        self.blocks
            .retain(|b| b.range.start <= range.start && range.end <= b.range.end);
        let mut reads = Vec::new();
        for s in stmts {
            for f in stmt_reads(ctx, s) {
                reads.push((s.span.end, f));
            }
        }
        if !reads.is_empty() {
            self.blocks.push(ReadBlock {
                range,
                depth: code_depth(ctx),
                reads,
            });
        }
    }

    fn check_stmt(&mut self, _: &mut LintContext<'_>, s: &AstStmt) {
        self.reported.clear();
        self.blocks
            .retain(|b| b.range.start <= s.span.start && s.span.end <= b.range.end);
    }

    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if ctx.kind == ScriptKind::Outgoing {
            return;
        }
        let Some((inner, member)) = member_access(expr) else {
            return;
        };
        let Some(field) = unsafe_read(ctx, expr) else {
            return;
        };
        if self.read_before(ctx, expr.span, field) {
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
    use crate::lint::testing::{lint_one, test_rule};

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

    /// The findings of the rule in `src`, as lines.
    fn finding_lines(src: &str) -> Vec<usize> {
        let (file, diags) = lint_one("null-unsafe-replica-access", ScriptKind::Incoming, src);
        diags
            .iter()
            .map(|d| file.line_col(d.span().start).line as usize)
            .collect()
    }

    #[test]
    fn an_earlier_read_in_the_block_proves_the_field() {
        // the first read is reported; the later ones run only if it did not throw
        for src in [
            "def m = [:]\ndef local = m[replica.status.name]\nif (local) { issue.setStatus(local) } else { debug.error('no mapping: ' + replica.status.name) }",
            "def r = nodeHelper.getUserByEmail(replica.reporter.email) ?: null\nissue.description = \"by ${replica.reporter.displayName}\"",
            "if (replica.priority.name == 'High') { issue.labels += 'hot' }\nissue.priority = nodeHelper.getPriority(replica.priority.name)",
            "def s = replica.status.name\n[1].each { println replica.status.name }\ndef c = { replica.status.name }",
            "def f() {\n  def s = replica.status.name\n  if (s) { return replica.status.name }\n}",
        ] {
            let lines = finding_lines(src);
            assert_eq!(lines.len(), 1, "{src}: {lines:?}");
        }
    }

    #[test]
    fn a_read_that_may_not_have_run_proves_nothing() {
        for src in [
            "if (firstSync) { println replica.status.name }\nissue.setStatus(replica.status.name)",
            "def c = { replica.status.name }\nissue.setStatus(replica.status.name)",
            "def ok = firstSync && replica.status.name == 'Open'\nissue.setStatus(replica.status.name)",
            "def n = firstSync ? replica.status.name : ''\nissue.setStatus(replica.status.name)",
            "def u = issue.assignee?.find(replica.assignee.email)\nprintln replica.assignee.email",
            // a method runs where it is called, not after the statements above it
            "println replica.status.name\ndef st() { replica.status.name }",
            "def st() { replica.status.name }\nprintln replica.status.name",
        ] {
            let lines = finding_lines(src);
            assert_eq!(lines.len(), 2, "{src}: {lines:?}");
        }
    }
}
