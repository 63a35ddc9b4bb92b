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
        methods: Vec::new(),
        current: 0,
        outside: 0,
        assigned: HashSet::default(),
    };
    for s in &module.stmts {
        match &s.node {
            AStmt::Method(m) => {
                tree.methods.push(&m.name.node);
                tree.current = tree.methods.len() as u32;
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

/// Numbers the closures of `tree` in Groovy's generation order. Allocates the map, one
/// work stack, one name buffer and the names themselves: nothing per tree node.
fn name_closures(tree: &Tree<'_>, script_class: &str) -> ClosureNames {
    let nodes = &tree.nodes;
    let mut names = ClosureNames::with_capacity_and_hasher(nodes.len(), FxBuild::default());
    if nodes.is_empty() {
        return names;
    }
    let mut counter = 1u32;
    let mut buf = String::new();
    // the classes whose direct closures are still to be named, next one last
    let mut work: Vec<(Arc<str>, usize)> = Vec::new();
    // the closures written directly in a method: the script body's (`run`) first, then
    // each method's in declaration order, which is the order the walk met them
    let top_level = || {
        std::iter::successors(Some(0), |&i| {
            let next = nodes[i].end as usize;
            (next < nodes.len()).then_some(next)
        })
    };
    let in_run = top_level().filter(|&i| nodes[i].method == 0);
    let in_methods = top_level().filter(|&i| nodes[i].method != 0);
    for i in in_run.chain(in_methods) {
        buf.clear();
        buf.push_str(script_class);
        buf.push_str("$_");
        match nodes[i].method {
            0 => buf.push_str("run"),
            m => push_class_name(&mut buf, tree.methods[m as usize - 1]),
        }
        buf.push_str("_closure");
        let _ = write!(buf, "{counter}");
        counter += 1;
        let name: Arc<str> = Arc::from(buf.as_str());
        names.insert(nodes[i].span, name.clone());
        work.push((name, i));
    }
    work.reverse();
    // class by class in generation order; each class names its direct closures, then
    // its inner classes are generated (depth first)
    while let Some((outer, i)) = work.pop() {
        let first = work.len();
        let mut k = i + 1;
        while k < nodes[i].end as usize {
            buf.clear();
            buf.push_str(&outer);
            buf.push_str("$_closure");
            let _ = write!(buf, "{counter}");
            counter += 1;
            let name: Arc<str> = Arc::from(buf.as_str());
            names.insert(nodes[k].span, name.clone());
            work.push((name, k));
            k = nodes[k].end as usize;
        }
        work[first..].reverse();
    }
    names
}

/// Appends a method name as Groovy encodes it in a class name (`def "a b"()` becomes
/// `a_b`): characters not valid in a class name become `_`.
fn push_class_name(buf: &mut String, name: &str) {
    buf.extend(name.chars().map(|c| {
        if c.is_alphanumeric() || c == '_' || c == '$' {
            c
        } else {
            '_'
        }
    }));
}

/// One closure literal, in the pre-order of the walk: the closures inside it are the
/// nodes after it up to `end`, and its direct closures are found by hopping from one
/// `end` to the next.
struct Node {
    span: (u32, u32),
    /// One past the last node inside this closure.
    end: u32,
    /// `0` for the script body, `m` for the `m`-th script method.
    method: u32,
}

/// The closure literals of a module as a flat pre-order tree.
struct Tree<'a> {
    nodes: Vec<Node>,
    /// The script methods in declaration order (`Node::method` counts from 1).
    methods: Vec<&'a Name>,
    /// The method being walked (`0`: the script body).
    current: u32,
    /// How many class declarations (or methods met inside the walk) enclose the walk:
    /// their closures get no generated name.
    outside: u32,
    /// Names assigned without a declaration.
    assigned: HashSet<Name, FxBuild>,
}

impl visit::Visitor for Tree<'_> {
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
            end: 0,
            method: self.current,
        });
        visit::walk_closure(self, closure);
        self.nodes[i].end = self.nodes.len() as u32;
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
