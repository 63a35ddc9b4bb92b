//! The resolver's one walk before resolving: the names assigned without a declaration
//! (possible bindings) and Groovy's names for the classes it generates for closure literals
//! (`getClass().name`, `toString()`): `script$_run_closure1` for a closure in the script
//! body, `script$_check_closure4` in script method `check`, `script$_run_closure2$_closure9`
//! for a closure inside that closure.
//!
//! The number comes from one counter per script file, in the order Groovy's class
//! generator meets the closures: first every closure written directly (not inside
//! another closure) in the script body, then those of each script method in declaration
//! order; then, class by class in that same order and depth first, the closures directly
//! inside each closure class (checked against Groovy 2.4, which the oracle runs).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::Arc;

use syncscript_dsl::ast::{self, Expr as AExpr, Module, Name, Stmt as AStmt, visit};

use crate::value::FxBuild;

/// Closure class names by the span of the closure literal.
pub(crate) type ClosureNames = HashMap<(u32, u32), Arc<str>, FxBuild>;

/// What one walk of the module finds before resolving.
pub(crate) struct PrePass {
    /// Names assigned without a declaration anywhere in the module (possible bindings).
    pub(crate) assigned: HashSet<Name, FxBuild>,
    /// The generated class name of every closure literal (closures inside class
    /// declarations are left out; they keep the generic name).
    pub(crate) closure_names: ClosureNames,
}

/// Walks `module` once for the assigned names and the closure class names.
pub(crate) fn prepass(module: &Module, script_class: &str) -> PrePass {
    let mut tree = Tree {
        nodes: Vec::new(),
        stack: Vec::new(),
        roots: vec![(String::from("run"), Vec::new())],
        current: 0,
        outside: 0,
        assigned: HashSet::default(),
    };
    for s in &module.stmts {
        match &s.node {
            AStmt::Method(m) => {
                tree.roots.push((valid_class_name(&m.name.node), Vec::new()));
                tree.current = tree.roots.len() - 1;
                visit::walk_method(&mut tree, m);
                tree.current = 0;
            }
            _ => visit::Visitor::visit_stmt(&mut tree, s),
        }
    }
    let closure_names = name_closures(&tree, script_class);
    PrePass {
        assigned: tree.assigned,
        closure_names,
    }
}

/// Numbers the closures of `tree` in Groovy's generation order.
fn name_closures(tree: &Tree, script_class: &str) -> ClosureNames {
    let mut names = ClosureNames::with_capacity_and_hasher(tree.nodes.len(), FxBuild::default());
    let mut counter = 1u32;
    let mut order = Vec::new();
    for (method, roots) in &tree.roots {
        for &i in roots {
            let mut name = String::with_capacity(script_class.len() + method.len() + 16);
            name.push_str(script_class);
            name.push_str("$_");
            name.push_str(method);
            name.push_str("_closure");
            let _ = write!(name, "{counter}");
            let name: Arc<str> = name.into();
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
            let mut name = String::with_capacity(outer.len() + 16);
            name.push_str(&outer);
            name.push_str("$_closure");
            let _ = write!(name, "{counter}");
            let name: Arc<str> = name.into();
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
    /// How many class declarations (or methods met inside the walk) enclose the walk:
    /// their closures get no generated name.
    outside: u32,
    /// Names assigned without a declaration.
    assigned: HashSet<Name, FxBuild>,
}

impl visit::Visitor for Tree {
    fn visit_expr(&mut self, expr: &ast::AstExpr) {
        if let AExpr::Assign { target, .. } = &expr.node {
            match &target.node {
                AExpr::Name(n) => {
                    self.assigned.insert(n.clone());
                }
                AExpr::Tuple(items) => {
                    for i in items {
                        if let AExpr::Name(n) = &i.node {
                            self.assigned.insert(n.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        visit::walk_expr(self, expr);
    }

    fn visit_closure(&mut self, closure: &ast::Closure, expr: &ast::AstExpr) {
        if self.outside > 0 {
            visit::walk_closure(self, closure);
            return;
        }
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
    fn visit_method(&mut self, method: &ast::MethodDef) {
        self.outside += 1;
        visit::walk_method(self, method);
        self.outside -= 1;
    }

    fn visit_class(&mut self, class: &ast::ClassDef) {
        self.outside += 1;
        visit::walk_class(self, class);
        self.outside -= 1;
    }
}
