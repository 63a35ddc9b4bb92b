//! Groovy's names for the classes it generates for closure literals (`getClass().name`,
//! `toString()`): `script$_run_closure1` for a closure in the script body,
//! `script$_check_closure4` in script method `check`, `script$_run_closure2$_closure9`
//! for a closure inside that closure; and the names a script assigns without declaring
//! them (possible bindings), which only some lookups need.
//!
//! The number comes from one counter per script file, in the order Groovy's class
//! generator meets the closures: first every closure written directly (not inside
//! another closure) in an `@Field` initialiser (`script$_closure1`: no method part), then
//! in the script body, then those of each script method in declaration order; then,
//! class by class in that same order and depth first, the closures directly inside each
//! closure class (checked against Groovy 2.4, which the oracle runs).
//!
//! The resolver records each closure literal as it resolves it ([`ClosureTree::open`],
//! [`ClosureTree::close`]) and names them all once the script is resolved
//! ([`ClosureTree::name_all`]): no walk of the AST of its own. Within one function the
//! resolver meets closures in evaluation order, which is the order Groovy generates their
//! classes in (an assignment's value before its target: `m[{ a }] = { b }` numbers
//! `{ b }` first), and it resolves the `@Field` initialisers before the body.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::sync::Arc;

use syncscript_dsl::ast::{self, Expr as AExpr, Module, Name, visit};

use crate::ir::Func;
use crate::value::FxBuild;

/// No parent: a closure written directly in the script body or a method.
const ROOT: u32 = u32::MAX;

/// [`ClosureTree::method`] while an `@Field` initialiser is resolved.
pub(crate) const FIELD_INIT: u32 = u32::MAX;

/// One closure literal met by the resolver.
struct Node {
    /// The closure it is written in, or [`ROOT`].
    parent: u32,
    /// `0` for the script body, `m` for the `m`-th script method, [`FIELD_INIT`].
    method: u32,
    /// The resolved closure (set when it is closed).
    func: Option<Arc<Func>>,
}

/// The closure literals of a script in the order the resolver met them, each with the
/// closure it is written in.
#[derive(Default)]
pub(crate) struct ClosureTree {
    nodes: Vec<Node>,
    /// The closures being resolved, innermost last.
    open: Vec<u32>,
    /// The function being resolved: `0` for the script body, `m` for the `m`-th method,
    /// [`FIELD_INIT`] for the `@Field` initialisers.
    pub(crate) method: u32,
}

impl ClosureTree {
    /// A closure literal begins (its body is resolved next).
    pub(crate) fn open(&mut self) {
        let i = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent: self.open.last().copied().unwrap_or(ROOT),
            method: self.method,
            func: None,
        });
        self.open.push(i);
    }

    /// The innermost open closure is resolved into `func`.
    pub(crate) fn close(&mut self, func: &Arc<Func>) {
        if let Some(i) = self.open.pop() {
            self.nodes[i as usize].func = Some(func.clone());
        }
    }

    /// Names every recorded closure (`methods` are the script methods' names in
    /// declaration order). Allocates one ordering vector, one work stack, one name buffer
    /// and the names themselves.
    pub(crate) fn name_all(&self, script_class: &str, methods: &[&Name]) {
        let nodes = &self.nodes;
        if nodes.is_empty() {
            return;
        }
        // the roots by function (`@Field` initialisers and script body first, as the
        // resolver met them), then each closure's direct closures, grouped after their
        // parent's index; within a group in the order the resolver met them
        let key = |i: u32| {
            let n = &nodes[i as usize];
            match (n.parent, n.method) {
                (ROOT, FIELD_INIT) => (0, 0, i),
                (ROOT, m) => (0, m, i),
                (p, _) => (p + 1, 0, i),
            }
        };
        let mut order: Vec<u32> = (0..nodes.len() as u32).collect();
        order.sort_unstable_by_key(|&i| key(i));
        let roots = order.partition_point(|&i| nodes[i as usize].parent == ROOT);
        // the direct closures of node `p`: the run of `order` whose parent is `p`
        let kids = |p: u32| {
            let from = order.partition_point(|&i| key(i).0 < p + 1);
            let to = order.partition_point(|&i| key(i).0 <= p + 1);
            &order[from..to]
        };
        let mut counter = 1u32;
        let mut buf = String::new();
        let mut name = |buf: &mut String, i: u32| {
            let _ = write!(buf, "{counter}");
            counter += 1;
            let name: Arc<str> = Arc::from(buf.as_str());
            if let Some(f) = &nodes[i as usize].func {
                f.class_name.set(name.clone());
            }
            name
        };
        // the classes whose direct closures are still to be named, next one last
        let mut work: Vec<(Arc<str>, u32)> = Vec::with_capacity(roots);
        for &i in &order[..roots] {
            buf.clear();
            buf.push_str(script_class);
            match nodes[i as usize].method {
                FIELD_INIT => buf.push_str("$_closure"),
                0 => buf.push_str("$_run_closure"),
                m => {
                    buf.push_str("$_");
                    push_class_name(&mut buf, methods.get(m as usize - 1).map_or("", |n| &***n));
                    buf.push_str("_closure");
                }
            }
            work.push((name(&mut buf, i), i));
        }
        work.reverse();
        // class by class in generation order; each class names its direct closures, then
        // its inner classes are generated (depth first)
        while let Some((outer, i)) = work.pop() {
            let first = work.len();
            for &k in kids(i) {
                buf.clear();
                buf.push_str(&outer);
                buf.push_str("$_closure");
                work.push((name(&mut buf, k), k));
            }
            work[first..].reverse();
        }
    }
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

/// The names assigned without a declaration anywhere in `module` (`x = 1`, `(a, b) = l`),
/// methods and class declarations included.
pub(crate) fn assigned_names(module: &Module) -> HashSet<Name, FxBuild> {
    let mut walk = Assigned(HashSet::default());
    visit::walk_module(&mut walk, module);
    walk.0
}

/// The walk of [`assigned_names`].
struct Assigned(HashSet<Name, FxBuild>);

impl visit::Visitor for Assigned {
    fn visit_expr(&mut self, expr: &ast::AstExpr) {
        if let AExpr::Assign { target, .. } = &expr.node {
            match &target.node {
                AExpr::Name(n) => {
                    self.0.insert(n.clone());
                }
                AExpr::Tuple(items) => {
                    for i in items {
                        if let AExpr::Name(n) = &i.node {
                            self.0.insert(n.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        visit::walk_expr(self, expr);
    }
}
