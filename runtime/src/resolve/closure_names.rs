//! Groovy's names for the classes it generates for closure literals
//! (`getClass().name`, `toString()`): `script$_run_closure1` for a closure in the script
//! body, `script$_check_closure4` in script method `check`, `script$_run_closure2$_closure9`
//! for a closure inside that closure.
//!
//! The number comes from one counter per script file, in the order Groovy's class
//! generator meets the closures: first every closure written directly (not inside
//! another closure) in the script body, then those of each script method in declaration
//! order; then, class by class in that same order and depth first, the closures directly
//! inside each closure class (checked against Groovy 2.4, which the oracle runs).

use std::collections::HashMap;
use std::sync::Arc;

use syncscript_dsl::ast::{self, Module, Stmt as AStmt, visit};

/// Closure class names by the span of the closure literal.
pub(crate) type ClosureNames = HashMap<(u32, u32), Arc<str>>;

/// The generated class name of every closure literal of `module` (closures inside class
/// declarations are left out; they keep the generic name).
pub(crate) fn closure_names(module: &Module, script_class: &str) -> ClosureNames {
    let mut tree = Tree {
        nodes: Vec::new(),
        stack: Vec::new(),
        roots: vec![(String::from("run"), Vec::new())],
        current: 0,
    };
    for s in &module.stmts {
        match &s.node {
            AStmt::Method(m) => {
                tree.roots.push((valid_class_name(&m.name.node), Vec::new()));
                tree.current = tree.roots.len() - 1;
                visit::walk_method(&mut tree, m);
                tree.current = 0;
            }
            AStmt::Class(_) => {}
            _ => visit::Visitor::visit_stmt(&mut tree, s),
        }
    }
    let mut names = ClosureNames::new();
    let mut counter = 1u32;
    let mut order = Vec::new();
    for (method, roots) in &tree.roots {
        for &i in roots {
            let name: Arc<str> = format!("{script_class}$_{method}_closure{counter}").into();
            counter += 1;
            names.insert(tree.nodes[i].span, name.clone());
            order.push((name, i));
        }
    }
    // class by class in generation order; each class names its direct closures, then
    // its inner classes are generated (depth first)
    let mut work: Vec<(Arc<str>, usize)> = order.into_iter().rev().collect();
    while let Some((outer, i)) = work.pop() {
        let mut kids = Vec::new();
        for &k in &tree.nodes[i].kids {
            let name: Arc<str> = format!("{outer}$_closure{counter}").into();
            counter += 1;
            names.insert(tree.nodes[k].span, name.clone());
            kids.push((name, k));
        }
        work.extend(kids.into_iter().rev());
    }
    names
}

/// Groovy encodes method names that are not valid in a class name (`def "a b"()`).
fn valid_class_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '$' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// One closure literal and the closure literals directly inside it.
struct Node {
    span: (u32, u32),
    kids: Vec<usize>,
}

/// The closure literals of a module as a tree: per method (`run` first), the closures
/// written directly in it, each with its own direct closures.
struct Tree {
    nodes: Vec<Node>,
    /// The closures being walked, innermost last.
    stack: Vec<usize>,
    /// Method name and its direct closures, `run` first, then methods in order.
    roots: Vec<(String, Vec<usize>)>,
    /// The entry of `roots` being walked.
    current: usize,
}

impl visit::Visitor for Tree {
    fn visit_closure(&mut self, closure: &ast::Closure, expr: &ast::AstExpr) {
        let i = self.nodes.len();
        self.nodes.push(Node {
            span: (expr.span.start, expr.span.end),
            kids: Vec::new(),
        });
        match self.stack.last() {
            Some(&p) => self.nodes[p].kids.push(i),
            None => {
                if let Some((_, roots)) = self.roots.get_mut(self.current) {
                    roots.push(i);
                }
            }
        }
        self.stack.push(i);
        visit::walk_closure(self, closure);
        self.stack.pop();
    }
    fn visit_method(&mut self, _method: &ast::MethodDef) {}
    fn visit_class(&mut self, _class: &ast::ClassDef) {}
}
