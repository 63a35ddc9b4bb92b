//! Walk functions over the AST, shared by the lint rules and the resolver.
//!
//! A [`Visitor`] overrides the `visit_*` hooks it cares about and calls the matching
//! `walk_*` function to descend (as in oxc and ruff). The walkers visit children in
//! source order.

use super::{
    Arg, Args, AstExpr, AstStmt, Catch, ClassDef, ClassMember, Closure, Expr, GStringPart,
    ListItem, MapEntry, MapKey, MemberName, MethodDef, Module, Param, Stmt, Switch, VarDecl,
};

/// Hooks called while walking the tree. Each default implementation just descends.
pub trait Visitor {
    /// Called for every expression.
    fn visit_expr(&mut self, expr: &AstExpr) {
        walk_expr(self, expr);
    }
    /// Called for every statement.
    fn visit_stmt(&mut self, stmt: &AstStmt) {
        walk_stmt(self, stmt);
    }
    /// Called for every closure or lambda (from [`walk_expr`]).
    fn visit_closure(&mut self, closure: &Closure, expr: &AstExpr) {
        let _ = expr;
        walk_closure(self, closure);
    }
    /// Called for every method definition, script-level or in a class.
    fn visit_method(&mut self, method: &MethodDef) {
        walk_method(self, method);
    }
    /// Called for every class declaration.
    fn visit_class(&mut self, class: &ClassDef) {
        walk_class(self, class);
    }
}

/// Visits every top-level statement.
pub fn walk_module<V: Visitor + ?Sized>(v: &mut V, module: &Module) {
    walk_block(v, &module.stmts);
}

/// Visits a list of statements.
pub fn walk_block<V: Visitor + ?Sized>(v: &mut V, stmts: &[AstStmt]) {
    for s in stmts {
        v.visit_stmt(s);
    }
}

/// Visits the arguments of a call.
pub fn walk_args<V: Visitor + ?Sized>(v: &mut V, args: &Args) {
    for a in &args.args {
        match a {
            Arg::Pos(e) | Arg::Spread(e) | Arg::SpreadMap(e) => v.visit_expr(e),
            Arg::Named(k, e) => {
                if let MapKey::Expr(k) = &k.node {
                    v.visit_expr(k);
                }
                v.visit_expr(e);
            }
        }
    }
}

fn walk_member<V: Visitor + ?Sized>(v: &mut V, name: &MemberName) {
    if let MemberName::Dynamic(e) = name {
        v.visit_expr(e);
    }
}

/// Visits parameter default values.
pub fn walk_params<V: Visitor + ?Sized>(v: &mut V, params: &[Param]) {
    for p in params {
        if let Some(d) = &p.default {
            v.visit_expr(d);
        }
    }
}

/// Visits a closure's parameter defaults and body.
pub fn walk_closure<V: Visitor + ?Sized>(v: &mut V, closure: &Closure) {
    if let Some(ps) = &closure.params {
        walk_params(v, ps);
    }
    walk_block(v, &closure.body);
}

/// Visits a method's parameter defaults and body.
pub fn walk_method<V: Visitor + ?Sized>(v: &mut V, method: &MethodDef) {
    walk_params(v, &method.params);
    if let Some(b) = &method.body {
        walk_block(v, b);
    }
}

fn walk_var_decl<V: Visitor + ?Sized>(v: &mut V, decl: &VarDecl) {
    for d in &decl.vars {
        if let Some(init) = &d.init {
            v.visit_expr(init);
        }
    }
}

/// Visits a class's members.
pub fn walk_class<V: Visitor + ?Sized>(v: &mut V, class: &ClassDef) {
    walk_members(v, &class.members);
}

fn walk_members<V: Visitor + ?Sized>(v: &mut V, members: &[ClassMember]) {
    for m in members {
        match m {
            ClassMember::Field(d) => walk_var_decl(v, &d.node),
            ClassMember::Method(m) | ClassMember::Constructor(m) => v.visit_method(&m.node),
            ClassMember::Initializer { body, .. } => walk_block(v, body),
            ClassMember::Class(c) => v.visit_class(&c.node),
            ClassMember::EnumConstant { args, .. } => walk_args(v, args),
        }
    }
}

fn walk_switch<V: Visitor + ?Sized>(v: &mut V, sw: &Switch) {
    v.visit_expr(&sw.subject);
    for case in &sw.cases {
        for l in &case.labels {
            if let super::CaseLabel::Case(e) = &l.node {
                v.visit_expr(e);
            }
        }
        walk_block(v, &case.body);
    }
}

/// Visits the children of an expression.
pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, expr: &AstExpr) {
    match &expr.node {
        Expr::Null
        | Expr::Bool(_)
        | Expr::Number(_)
        | Expr::Str(_)
        | Expr::Name(_)
        | Expr::This
        | Expr::Super
        | Expr::Error => {}
        Expr::GString(parts) => {
            for p in parts {
                if let GStringPart::Expr(e) = p {
                    v.visit_expr(e);
                }
            }
        }
        Expr::List(items) => {
            for i in items {
                match i {
                    ListItem::Elem(e) | ListItem::Spread(e) => v.visit_expr(e),
                }
            }
        }
        Expr::Map(entries) => {
            for e in entries {
                match e {
                    MapEntry::Pair(k, val) => {
                        if let MapKey::Expr(k) = &k.node {
                            v.visit_expr(k);
                        }
                        v.visit_expr(val);
                    }
                    MapEntry::Spread(e) => v.visit_expr(e),
                }
            }
        }
        Expr::Range { from, to, .. } => {
            v.visit_expr(from);
            v.visit_expr(to);
        }
        Expr::Unary { expr, .. } | Expr::Cast { expr, .. } | Expr::As { expr, .. } => {
            v.visit_expr(expr);
        }
        Expr::InstanceOf { expr, .. } => v.visit_expr(expr),
        Expr::Binary { lhs, rhs, .. } | Expr::Elvis { lhs, rhs } => {
            v.visit_expr(lhs);
            v.visit_expr(rhs);
        }
        Expr::Assign { target, value, .. } => {
            v.visit_expr(target);
            v.visit_expr(value);
        }
        Expr::Tuple(items) => {
            for e in items {
                v.visit_expr(e);
            }
        }
        Expr::Ternary {
            cond,
            then,
            otherwise,
        } => {
            v.visit_expr(cond);
            v.visit_expr(then);
            v.visit_expr(otherwise);
        }
        Expr::Prop { obj, name, .. } => {
            v.visit_expr(obj);
            walk_member(v, &name.node);
        }
        Expr::Call {
            obj, name, args, ..
        } => {
            if let Some(o) = obj {
                v.visit_expr(o);
            }
            walk_member(v, &name.node);
            walk_args(v, args);
        }
        Expr::Invoke { callee, args } => {
            v.visit_expr(callee);
            walk_args(v, args);
        }
        Expr::Index { obj, index, .. } => {
            v.visit_expr(obj);
            for e in index {
                v.visit_expr(e);
            }
        }
        Expr::Closure(c) => v.visit_closure(c, expr),
        Expr::New { args, body, .. } => {
            walk_args(v, args);
            if let Some(b) = body {
                walk_members(v, b);
            }
        }
        Expr::MethodRef { obj, .. } => v.visit_expr(obj),
        Expr::DynMethodRef { obj, name } => {
            v.visit_expr(obj);
            v.visit_expr(name);
        }
        Expr::Switch(sw) => walk_switch(v, sw),
    }
}

fn walk_catch<V: Visitor + ?Sized>(v: &mut V, c: &Catch) {
    walk_block(v, &c.body);
}

/// Visits the children of a statement.
pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, stmt: &AstStmt) {
    match &stmt.node {
        Stmt::Expr(e) | Stmt::Throw(e) => v.visit_expr(e),
        Stmt::VarDecl(d) => walk_var_decl(v, d),
        Stmt::MultiDecl { init, .. } => v.visit_expr(init),
        Stmt::Block(b) => walk_block(v, b),
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            v.visit_expr(cond);
            v.visit_stmt(then);
            if let Some(o) = otherwise {
                v.visit_stmt(o);
            }
        }
        Stmt::While { cond, body } => {
            v.visit_expr(cond);
            v.visit_stmt(body);
        }
        Stmt::DoWhile { body, cond } => {
            v.visit_stmt(body);
            v.visit_expr(cond);
        }
        Stmt::ForIn { iter, body, .. } => {
            v.visit_expr(iter);
            v.visit_stmt(body);
        }
        Stmt::For {
            init,
            cond,
            update,
            body,
        } => {
            walk_block(v, init);
            if let Some(c) = cond {
                v.visit_expr(c);
            }
            for u in update {
                v.visit_expr(u);
            }
            v.visit_stmt(body);
        }
        Stmt::Switch(sw) => walk_switch(v, sw),
        Stmt::Try {
            body,
            catches,
            finally,
        } => {
            walk_block(v, body);
            for c in catches {
                walk_catch(v, c);
            }
            if let Some(f) = finally {
                walk_block(v, f);
            }
        }
        Stmt::Return(e) => {
            if let Some(e) = e {
                v.visit_expr(e);
            }
        }
        Stmt::Labeled { stmt, .. } => v.visit_stmt(stmt),
        Stmt::Assert { cond, message } => {
            v.visit_expr(cond);
            if let Some(m) = message {
                v.visit_expr(m);
            }
        }
        Stmt::Method(m) => v.visit_method(m),
        Stmt::Class(c) => v.visit_class(c),
        Stmt::Break(_)
        | Stmt::Continue(_)
        | Stmt::Import(_)
        | Stmt::Package(_)
        | Stmt::Empty
        | Stmt::Error => {}
    }
}
