//! The expression half of the scope walk: names and calls, closures (their parameters,
//! `it`, delegates), arguments, assignment targets and fully qualified class names.

use super::{Analyzer, DELEGATING, PACKAGE_ROOTS, ScopeKind};
use crate::ast::visit::{self, Visit};
use crate::ast::{AstExpr, Closure, Expr, Ident, MemberName, Nav};
use crate::scope::{DeclKind, Res};
use crate::source::Span;

impl Analyzer {
    pub(super) fn closure(&mut self, c: &Closure, delegated: bool) {
        self.push(ScopeKind::Closure);
        if let Some(s) = self.scopes.last_mut() {
            s.delegated = delegated;
        }
        if let Some(ps) = &c.params {
            self.params(ps, DeclKind::ClosureParam);
        } else {
            let it = Ident::new("it".into(), Span::default());
            let id = self.declare(&it, DeclKind::ImplicitIt);
            self.read(id);
        }
        self.push(ScopeKind::Block);
        self.stmts(&c.body);
        self.pop();
        self.pop();
    }

    /// An argument of a call to `callee`: a closure passed straight to a call runs there
    /// (and with the callee's delegate for `with`, `tap`, …).
    pub(super) fn arg(&mut self, e: &AstExpr, callee: Option<&str>) {
        if let (Expr::Closure(c), Some(name)) = (&e.node, callee) {
            self.sem.inline_closures.insert(e.span, name.into());
            self.closure(c, DELEGATING.contains(&name));
        } else {
            self.visit_expr(e);
        }
    }

    /// If `expr` is `a.b.C…` with `a` no variable, the path up to the first capitalised
    /// segment and its span.
    fn qualified_path(&self, expr: &AstExpr) -> Option<(String, Span, Span)> {
        fn segments<'e>(e: &'e AstExpr, out: &mut Vec<(&'e str, Span)>) -> Option<Span> {
            match &e.node {
                Expr::Name(n) => {
                    out.push((n, e.span));
                    Some(e.span)
                }
                Expr::Prop {
                    obj,
                    name,
                    nav: Nav::Normal,
                } => {
                    let root = segments(obj, out)?;
                    if let MemberName::Ident(n) = &name.node {
                        out.push((n, e.span));
                        Some(root)
                    } else {
                        None
                    }
                }
                _ => None,
            }
        }
        // cheap check first: the chain's root must be a package root
        let mut root = expr;
        while let Expr::Prop { obj, .. } = &root.node {
            root = obj;
        }
        match &root.node {
            Expr::Name(n) if PACKAGE_ROOTS.contains(&&**n) => {}
            _ => return None,
        }
        let mut segs = Vec::new();
        let root_span = segments(expr, &mut segs)?;
        let (root, _) = *segs.first()?;
        if !PACKAGE_ROOTS.contains(&root) {
            return None;
        }
        if !matches!(self.lookup(root), Res::Global { .. })
            || self.sem.script_bindings.contains(root)
        {
            return None;
        }
        let class_at = segs
            .iter()
            .position(|(s, _)| s.starts_with(|c: char| c.is_ascii_uppercase()))?;
        if class_at == 0 {
            return None;
        }
        let path: Vec<&str> = segs[..=class_at].iter().map(|(s, _)| *s).collect();
        Some((path.join("."), segs[class_at].1, root_span))
    }

    /// The expressions that read, write or qualify names; the rest descend through the
    /// shared walk.
    pub(super) fn expr(&mut self, e: &AstExpr) {
        match &e.node {
            Expr::Name(n) => {
                let r = self.lookup(n);
                if let Res::Local(id) | Res::ScriptLocalFromMethod(id) = r {
                    self.read(id);
                }
                self.sem.names.insert(e.span, r);
            }
            Expr::Assign { op, target, value } => {
                if let Expr::Closure(_) = &value.node {
                    if let Expr::Name(n) = &target.node {
                        self.sem.stored_closures.insert(value.span, n.clone());
                    }
                }
                self.visit_expr(value);
                self.assign_target(target, op.is_some());
            }
            Expr::Prop { .. } => match self.qualified_path(e) {
                Some((path, span, root_span)) => self.qualified(path, span, root_span),
                None => visit::walk_expr(self, e),
            },
            Expr::Call {
                obj, name, args, ..
            } => {
                let callee = visit::member_name(&name.node);
                match obj {
                    Some(o) => {
                        if let Some((path, span, root_span)) = self.qualified_path(o) {
                            self.qualified(path, span, root_span);
                        } else {
                            self.visit_expr(o);
                        }
                    }
                    None => {
                        if let Some(n) = callee {
                            let r = self.lookup_call(n);
                            if let Res::Local(id) | Res::ScriptLocalFromMethod(id) = r {
                                self.read(id);
                            }
                            self.sem.calls.insert(name.span, r);
                        }
                    }
                }
                visit::walk_member(self, &name.node);
                visit::walk_args(self, args, callee);
            }
            Expr::Switch(sw) => self.switch(sw),
            _ => visit::walk_expr(self, e),
        }
    }

    fn qualified(&mut self, path: String, span: Span, root_span: Span) {
        let class_span = Span::new(root_span.start, span.end);
        self.sem.names.insert(root_span, Res::Package);
        self.sem.qualified.push((path.into(), class_span));
    }

    fn assign_target(&mut self, target: &AstExpr, compound: bool) {
        match &target.node {
            Expr::Name(n) => {
                let r = self.lookup(n);
                match r {
                    Res::Local(id) => {
                        if compound {
                            self.read(id);
                        }
                        if let Some(d) = self.sem.decls.get_mut(id as usize) {
                            d.writes += 1;
                        }
                    }
                    // `x = …` in a method where `x` is a script local writes the binding
                    Res::ScriptLocalFromMethod(_) | Res::Global { .. } => {
                        self.sem.script_bindings.insert(n.clone());
                    }
                    _ => {}
                }
                let r = if matches!(r, Res::ScriptLocalFromMethod(_)) && !compound {
                    Res::Global {
                        in_class: false,
                        delegated: false,
                        in_method: true,
                    }
                } else {
                    r
                };
                self.sem.names.insert(target.span, r);
            }
            Expr::Tuple(items) => {
                for x in items {
                    self.assign_target(x, compound);
                }
            }
            _ => self.visit_expr(target),
        }
    }
}
