//! `unsupported-construct`: declarations the native engine refuses to compile (classes,
//! enums beyond plain constants, interfaces, traits, records, anonymous classes, methods
//! inside blocks).

use std::collections::HashSet;

use crate::ast::{AstExpr, AstStmt, ClassDef, ClassKind, ClassMember, Expr, Module, Stmt};
use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags what the native engine does not compile, so a script that uses it is not
    /// ready to move even though Exalate's JVM runs it: `class`, `interface`, `trait`,
    /// `record` and annotation type declarations, enums other than plain ones at the top
    /// of the script (`enum Level { LOW, HIGH }` runs; constants with arguments, fields,
    /// methods or interfaces do not), anonymous classes (`new Comparator() { … }`) and
    /// methods declared inside a block instead of at the top level of the script. One
    /// finding per declaration, at its name.
    ///
    /// ## Why is this bad?
    /// Sync scripts almost never need their own types (the language subset leaves them
    /// out, spec §16): the engine rejects the whole script at compile time, so none of
    /// it runs and every sync of the connection fails until the script is rewritten.
    ///
    /// ## Example
    /// ```groovy
    /// enum Level {
    ///     LOW("Low"), HIGH("High")
    ///     final String label
    ///     Level(String label) { this.label = label }
    /// }
    /// issue.priority = nodeHelper.getPriority(Level.HIGH.label)
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def LEVEL_LABELS = [LOW: "Low", HIGH: "High"]
    /// issue.priority = nodeHelper.getPriority(LEVEL_LABELS.HIGH)
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

/// Whether `c` is an enum the engine runs: constants without arguments and nothing else
/// (no fields, methods, constructors, supertypes or type parameters).
fn plain_enum(c: &ClassDef) -> bool {
    c.kind == ClassKind::Enum
        && c.extends.is_empty()
        && c.implements.is_empty()
        && c.type_params.is_empty()
        && c.members
            .iter()
            .all(|m| matches!(m, ClassMember::EnumConstant { args, .. } if args.args.is_empty()))
}

impl Rule for UnsupportedConstruct {
    fn start(&mut self, _ctx: &mut LintContext<'_>, module: &Module) {
        self.top = module.stmts.iter().map(|s| s.span).collect();
    }

    fn check_stmt(&mut self, ctx: &mut LintContext<'_>, stmt: &AstStmt) {
        match &stmt.node {
            Stmt::Class(c) if plain_enum(c) && self.top.contains(&stmt.span) => {}
            Stmt::Class(c) => {
                let name = &c.name.node;
                let unsupported = |what: &str| {
                    format!("{what} declarations are not supported by the native engine (`{name}`)")
                };
                let (message, help) = match c.kind {
                    ClassKind::Enum if plain_enum(c) => (
                        format!("enum `{name}` must be declared at the top level of the script"),
                        "move the enum out of the block",
                    ),
                    ClassKind::Enum => (
                        format!(
                            "only plain enums (constants without arguments; no fields, methods, constructors or interfaces) run on the native engine (`{name}`)"
                        ),
                        "keep only the constants (`enum Level { LOW, HIGH }`) and put their data in a map keyed by name (`[LOW: 'Low', HIGH: 'High'][level.name()]`)",
                    ),
                    ClassKind::Class => (
                        unsupported("class"),
                        "move its methods to the top level of the script (`def helper(…) { … }`) and keep its state in maps",
                    ),
                    ClassKind::Interface => (
                        unsupported("interface"),
                        "drop it: scripts call methods by name",
                    ),
                    ClassKind::Trait => (
                        unsupported("trait"),
                        "move its methods to the top level of the script",
                    ),
                    ClassKind::Record => {
                        (unsupported("record"), "use a map (`[name: n, count: c]`)")
                    }
                    ClassKind::Annotation => (unsupported("annotation type"), "drop it"),
                };
                let d = ctx
                    .diag(c.name.span, message)
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
        // plain enums run
        "enum Level { LOW, HIGH }\nprintln Level.HIGH.ordinal()",
        "def f() { Level.LOW }\nenum Level { LOW }",
    ];

    const FAIL: &[&str] = &[
        "enum Level {\n  LOW('Low'), HIGH('High')\n  final String label\n  Level(String l) { label = l }\n}",
        "enum Shape implements Comparable { SQUARE }",
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
