//! `unsupported-construct`: declarations the native engine refuses to compile (classes,
//! enums, interfaces, traits, records, anonymous classes, methods inside blocks).

use std::collections::HashSet;

use crate::ast::{AstExpr, AstStmt, ClassKind, Expr, Module, Stmt};
use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags what the native engine does not compile, so a script that uses it is not
    /// ready to move even though Exalate's JVM runs it: `class`, `enum`, `interface`,
    /// `trait`, `record` and annotation type declarations, anonymous classes
    /// (`new Comparator() { … }`) and methods declared inside a block instead of at the
    /// top level of the script. One finding per declaration, at its name.
    ///
    /// ## Why is this bad?
    /// Sync scripts almost never need their own types (the language subset leaves them
    /// out, spec §16): the engine rejects the whole script at compile time, so none of
    /// it runs and every sync of the connection fails until the script is rewritten.
    ///
    /// ## Example
    /// ```groovy
    /// enum Level { LOW, HIGH }
    /// issue.priority = nodeHelper.getPriority(Level.HIGH.name())
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def LEVELS = ["LOW", "HIGH"]
    /// issue.priority = nodeHelper.getPriority(LEVELS[1])
    /// ```
    pub struct UnsupportedConstruct {
        /// The script's top-level statements: methods there are fine.
        top: HashSet<Span>,
    }
    name: "unsupported-construct",
    severity: Error,
    category: Migration,
    default: true,
}

impl Rule for UnsupportedConstruct {
    fn start(&mut self, _ctx: &mut LintContext<'_>, module: &Module) {
        self.top = module.stmts.iter().map(|s| s.span).collect();
    }

    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        match &stmt.node {
            Stmt::Class(c) => {
                let (what, help) = match c.kind {
                    ClassKind::Enum => (
                        "enum",
                        "use strings instead: a list of the names (`def LEVELS = ['LOW', 'HIGH']`, `LEVELS.indexOf(x)` for the ordinal) or a map to their values",
                    ),
                    ClassKind::Class => (
                        "class",
                        "move its methods to the top level of the script (`def helper(…) { … }`) and keep its state in maps",
                    ),
                    ClassKind::Interface => ("interface", "drop it: scripts call methods by name"),
                    ClassKind::Trait => {
                        ("trait", "move its methods to the top level of the script")
                    }
                    ClassKind::Record => ("record", "use a map (`[name: n, count: c]`)"),
                    ClassKind::Annotation => ("annotation type", "drop it"),
                };
                let d = ctx
                    .diag(
                        c.name.span,
                        format!(
                            "{what} declarations are not supported by the native engine (`{}`)",
                            c.name.node
                        ),
                    )
                    .with_label_message("the engine refuses to compile the script")
                    .with_help(help);
                ctx.report(d);
            }
            Stmt::Method(m) if !self.top.contains(&stmt.span) => {
                let d = ctx
                    .diag(
                        m.name.span,
                        format!(
                            "method `{}` must be declared at the top level of the script",
                            m.name.node
                        ),
                    )
                    .with_label_message("declared inside a block")
                    .with_help("move the method out of the block");
                ctx.report(d);
            }
            _ => {}
        }
    }

    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        if let Expr::New {
            ty, body: Some(_), ..
        } = &expr.node
        {
            let d = ctx
                .diag(
                    expr.span,
                    format!(
                        "anonymous classes are not supported by the native engine (`new {}() {{ … }}`)",
                        ty.name
                    ),
                )
                .with_label_message("the engine refuses to compile the script")
                .with_help("use a closure instead (`{ a, b -> … } as Comparator`, or pass the closure itself)");
            ctx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &[
        "def helper(x) { x + 1 }\nissue.summary = helper(1)",
        "def levels = ['LOW', 'HIGH']\nprintln levels.indexOf('HIGH')",
        "def c = { a, b -> a <=> b } as Comparator",
        "def l = new ArrayList()",
    ];

    const FAIL: &[&str] = &[
        "enum Level { LOW, HIGH }\nprintln Level.HIGH.ordinal()",
        "class Client {\n  def get(p) { p }\n}\nnew Client().get(1)",
        "interface Named { String name() }",
        "def c = new Comparator() {\n  int compare(a, b) { a <=> b }\n}",
        "if (firstSync) {\n  def inner() { 1 }\n}",
    ];

    #[test]
    fn unsupported_construct() {
        let out = test_rule("unsupported-construct", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
