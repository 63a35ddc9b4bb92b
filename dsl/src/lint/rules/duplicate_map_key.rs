//! `duplicate-map-key`: the same constant key twice in one map literal.

use std::collections::HashMap;

use crate::ast::{AstExpr, Expr, MapEntry, MapKey, NumLit};
use crate::declare_rule;
use crate::lint::{LintContext, Rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Flags a map literal that lists the same constant key twice (`["Open": "To Do",
    /// "Open": "Backlog"]`).
    ///
    /// ## Why is this bad?
    /// The later entry silently replaces the earlier one. In status, priority or user
    /// mappings this means one of the intended mappings never applies.
    ///
    /// ## Example
    /// ```groovy
    /// def statusMap = ["Open": "To Do", "Done": "Closed", "Open": "Backlog"]
    /// ```
    ///
    /// Use instead:
    /// ```groovy
    /// def statusMap = ["Open": "To Do", "Done": "Closed"]
    /// ```
    pub struct DuplicateMapKey {}
    name: "duplicate-map-key",
    severity: Warning,
    category: Suspicious,
    default: true,
}

fn key_text(k: &MapKey) -> Option<String> {
    match k {
        MapKey::Name(n) => Some(format!("s:{n}")),
        MapKey::Expr(e) => match &e.node {
            Expr::Str(s) => Some(format!("s:{s}")),
            Expr::Null => Some("null".into()),
            Expr::Bool(b) => Some(format!("b:{b}")),
            Expr::Number(NumLit::Int(i)) => Some(format!("i:{i}")),
            Expr::Number(NumLit::Long(i)) => Some(format!("l:{i}")),
            _ => None,
        },
    }
}

impl Rule for DuplicateMapKey {
    fn check_expr(&mut self, ctx: &mut LintContext<'_>, expr: &AstExpr) {
        let Expr::Map(entries) = &expr.node else {
            return;
        };
        let mut seen: HashMap<String, Span> = HashMap::new();
        for e in entries {
            let MapEntry::Pair(k, _) = e else { continue };
            let Some(t) = key_text(&k.node) else { continue };
            if let Some(first) = seen.get(&t) {
                let d = ctx
                    .diag(k.span, format!("duplicate map key {}", ctx.text(k.span)))
                    .with_label_message("replaces the earlier entry")
                    .with_label(*first, "first used here")
                    .with_help("remove one of the entries, or fix the key");
                ctx.report(d);
            } else {
                seen.insert(t, k.span);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::ScriptKind;
    use crate::lint::testing::test_rule;

    const PASS: &[&str] = &["def m = [a: 1, b: 2, 'c': 3]", "def m = [(x): 1, (x): 2]"];

    const FAIL: &[&str] = &[
        "def m = ['Open': 'To Do', 'Done': 'Closed', 'Open': 'Backlog']",
        "def m = [a: 1, 'a': 2]",
    ];

    #[test]
    fn duplicate_map_key() {
        let out = test_rule("duplicate-map-key", ScriptKind::Auto, PASS, FAIL);
        insta::assert_snapshot!(out);
    }
}
