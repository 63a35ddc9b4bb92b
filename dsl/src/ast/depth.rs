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
    search(module, max, |_| false) != Search::TooDeep
}

/// What [`search`] met first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Search {
    /// An expression the predicate accepted (no deeper than the budget).
    Found,
    /// A node past the budget, before any accepted expression.
    TooDeep,
    /// Neither: the whole tree is within the budget and no expression matched.
    Nothing,
}

/// Walks `module` in source order, at most `max` levels deep, and stops at the first
/// expression `accept` returns `true` for or at the first node past the budget.
/// Never recurses more than `max` levels itself.
pub fn search(module: &Module, max: usize, accept: impl FnMut(&AstExpr) -> bool) -> Search {
    let mut probe = Probe {
        depth: 0,
        max,
        accept,
        stop: None,
    };
    for s in &module.stmts {
        probe.visit_stmt(s);
        if let Some(stop) = probe.stop {
            return stop;
        }
    }
    Search::Nothing
}

struct Probe<F> {
    depth: usize,
    max: usize,
    accept: F,
    stop: Option<Search>,
}

impl<F> Probe<F> {
    /// Enters one level; `false` (and no descent) beyond the budget or once stopped.
    fn enter(&mut self) -> bool {
        if self.stop.is_some() {
            return false;
        }
        if self.depth >= self.max {
            self.stop = Some(Search::TooDeep);
            return false;
        }
        self.depth += 1;
        true
    }
}

impl<F: FnMut(&AstExpr) -> bool> Visitor for Probe<F> {
    fn visit_expr(&mut self, expr: &AstExpr) {
        if self.stop.is_none() && (self.accept)(expr) {
            self.stop = Some(Search::Found);
        }
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
