//! How deep a module's tree is, for the recursive passes after parsing (linter,
//! resolver) to decide whether the caller's stack is enough: a walk that counts nested
//! statements, expressions and classes and stops descending at the budget, so the probe
//! itself never recurses deeper than the budget.

use super::visit::{self, Visitor};
use super::{AstExpr, AstStmt, ClassDef, Module};

/// Whether no statement, expression or class of `module` sits more than `max` levels
/// deep. Never recurses more than `max` levels itself.
#[must_use]
pub fn within(module: &Module, max: usize) -> bool {
    let mut probe = Probe {
        depth: 0,
        max,
        too_deep: false,
    };
    for s in &module.stmts {
        probe.visit_stmt(s);
        if probe.too_deep {
            return false;
        }
    }
    true
}

struct Probe {
    depth: usize,
    max: usize,
    too_deep: bool,
}

impl Probe {
    /// Enters one level; `false` (and no descent) beyond the budget or once it was hit.
    fn enter(&mut self) -> bool {
        if self.too_deep || self.depth >= self.max {
            self.too_deep = true;
            return false;
        }
        self.depth += 1;
        true
    }
}

impl Visitor for Probe {
    fn visit_expr(&mut self, expr: &AstExpr) {
        if self.enter() {
            visit::walk_expr(self, expr);
            self.depth -= 1;
        }
    }

    fn visit_stmt(&mut self, stmt: &AstStmt) {
        if self.enter() {
            visit::walk_stmt(self, stmt);
            self.depth -= 1;
        }
    }

    fn visit_class(&mut self, class: &ClassDef) {
        // inner classes nest without a statement in between
        if self.enter() {
            visit::walk_class(self, class);
            self.depth -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::within;
    use crate::parser::{ParseOptions, parse};
    use crate::source::SourceFile;

    fn module(src: &str) -> crate::ast::Module {
        let parsed = parse(&SourceFile::new("t.groovy", src), &ParseOptions::default());
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        parsed.module
    }

    #[test]
    fn counts_statements_and_expressions() {
        // the statement, the assignment, its target and the sum, the sum's operands
        let m = module("x = 1 + 2");
        assert!(within(&m, 4));
        assert!(!within(&m, 3));
    }

    #[test]
    fn deep_chains_and_blocks_are_too_deep() {
        let chain = format!("x{}", ".a".repeat(100));
        assert!(within(&module(&chain), 200));
        assert!(!within(&module(&chain), 64));
        let blocks = format!("{}x = 1{}", "if (true) {\n".repeat(40), "\n}".repeat(40));
        assert!(!within(&module(&blocks), 64));
        assert!(within(&module(&blocks), 200));
    }

    #[test]
    fn closures_and_methods_count() {
        let nested = format!("def f() {{ {}1{} }}", "{ -> ".repeat(30), " }".repeat(30));
        assert!(!within(&module(&nested), 32));
        assert!(within(&module(&nested), 128));
    }
}
