//! The one walk over the AST, shared by the lint rules, the lint driver, the scope
//! analysis and the resolver.
//!
//! A visitor overrides the `visit_*` hooks it cares about and calls the matching `walk_*`
//! function to descend (as in oxc, ruff and syn). The walkers visit children in source
//! order and say, through [`Guard`]s, which children run only under a condition, so
//! flow-sensitive visitors need no walk of their own.
//!
//! Two faces of the same walk: [`Visit<'a>`] hands out `&'a` references that outlive the
//! call (the lint driver keeps the conditions it is under), and [`Visitor`] is the same
//! hooks without the lifetime for visitors that only look; every `Visitor` is a `Visit`.

use super::{
    Arg, Args, AstExpr, AstStmt, BinOp, CaseLabel, ClassDef, ClassMember, Closure, Expr,
    GStringPart, ListItem, MapEntry, MapKey, MemberName, MethodDef, Module, Param, Stmt, Switch,
    TypeRef, VarDecl,
};
use crate::source::Span;

/// Which construct makes a child conditional.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GuardKind {
    /// The `then` (`truth`) or `else` (`!truth`) branch of an `if` statement.
    IfBranch,
    /// The body of a `while` or of a `for (;cond;)` loop: it runs while the condition holds.
    LoopBody,
    /// The right operand of `&&`, `||` or `?:`, or an arm of a ternary.
    Operand,
}

/// A condition known to have a value whenever a child runs: `c` is true in `if (c) x`,
/// `while (c) x`, `c && x` and `c ? x : y`; false in the `else`, in `c || x`, `c ?: x` and
/// in the ternary's second arm.
#[derive(Clone, Copy, Debug)]
pub struct Guard<'a> {
    /// The condition.
    pub cond: &'a AstExpr,
    /// The truth `cond` has whenever the child runs.
    pub truth: bool,
    /// The span of the construct that tests it (the `if`, the loop, the operator).
    pub origin: Span,
    /// What the construct is.
    pub kind: GuardKind,
}

/// Hooks called while walking the tree; the references live as long as the tree (`'a`).
/// Each default implementation just descends, so a visitor overrides only what it needs.
pub trait Visit<'a> {
    /// Called for every statement.
    fn visit_stmt(&mut self, stmt: &'a AstStmt) {
        walk_stmt(self, stmt);
    }
    /// Called for every expression (including the guarded ones, through
    /// [`Visit::visit_guarded`], and arguments, through [`Visit::visit_arg`]).
    fn visit_expr(&mut self, expr: &'a AstExpr) {
        walk_expr(self, expr);
    }
    /// Called for a list of statements that forms a block: `{ … }` as a statement, the
    /// bodies of methods, closures, `try`/`catch`/`finally`, class initialisers and switch
    /// cases, and the module's top level ([`walk_module`]). Not for a `for` loop's init.
    fn visit_block(&mut self, stmts: &'a [AstStmt]) {
        walk_block(self, stmts);
    }
    /// Called for the body of an `if` branch or a loop, with the condition it runs under
    /// (`None` for `do`/`while` and `for (x in …)` bodies, and `for (;;)`).
    fn visit_body(&mut self, body: &'a AstStmt, guard: Option<Guard<'a>>) {
        let _ = guard;
        self.visit_stmt(body);
    }
    /// Called for an operand that runs only under `guard` (`b` in `a && b`).
    fn visit_guarded(&mut self, expr: &'a AstExpr, guard: Guard<'a>) {
        let _ = guard;
        self.visit_expr(expr);
    }
    /// Called for the value of each argument of a call; `callee` is the called method's
    /// name when it is written (`each` in `list.each { … }`, `call` for `c(…)`).
    fn visit_arg(&mut self, arg: &'a AstExpr, callee: Option<&'a str>) {
        let _ = callee;
        self.visit_expr(arg);
    }
    /// Called for every closure or lambda (from [`walk_expr`]; `expr` is its node).
    fn visit_closure(&mut self, closure: &'a Closure, expr: &'a AstExpr) {
        let _ = expr;
        walk_closure(self, closure);
    }
    /// Called for every method definition, script-level or in a class.
    fn visit_method(&mut self, method: &'a MethodDef) {
        walk_method(self, method);
    }
    /// Called for every class declaration.
    fn visit_class(&mut self, class: &'a ClassDef) {
        walk_class(self, class);
    }
    /// Called for the body of an anonymous class (`new Comparator() { … }`).
    fn visit_anonymous_class(&mut self, members: &'a [ClassMember]) {
        walk_members(self, members);
    }
    /// Called for every type written in the tree (declarations, parameters, casts, `as`,
    /// `instanceof`, `new`, `catch`, `throws`, `extends`); [`walk_type`] visits its
    /// generic arguments.
    fn visit_type(&mut self, ty: &'a TypeRef) {
        walk_type(self, ty);
    }
}

/// The hooks of [`Visit`] without the tree's lifetime, for visitors that keep no
/// references into the tree. Every `Visitor` is a [`Visit`] whose other hooks descend.
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

impl<'a, T: Visitor + ?Sized> Visit<'a> for T {
    fn visit_stmt(&mut self, stmt: &'a AstStmt) {
        Visitor::visit_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &'a AstExpr) {
        Visitor::visit_expr(self, expr);
    }
    fn visit_closure(&mut self, closure: &'a Closure, expr: &'a AstExpr) {
        Visitor::visit_closure(self, closure, expr);
    }
    fn visit_method(&mut self, method: &'a MethodDef) {
        Visitor::visit_method(self, method);
    }
    fn visit_class(&mut self, class: &'a ClassDef) {
        Visitor::visit_class(self, class);
    }
}

/// Visits the top level as a block.
pub fn walk_module<'a, V: Visit<'a> + ?Sized>(v: &mut V, module: &'a Module) {
    v.visit_block(&module.stmts);
}

/// Visits each statement of a list.
pub fn walk_block<'a, V: Visit<'a> + ?Sized>(v: &mut V, stmts: &'a [AstStmt]) {
    for s in stmts {
        v.visit_stmt(s);
    }
}

/// Visits a type's generic arguments.
pub fn walk_type<'a, V: Visit<'a> + ?Sized>(v: &mut V, ty: &'a TypeRef) {
    for g in &ty.generics {
        v.visit_type(g);
    }
}

/// The plain name of a member (`a.name`, `a."name"`; for a call, the method called), if
/// it is written rather than computed (`a."$b"`).
#[must_use]
pub fn member_name(name: &MemberName) -> Option<&str> {
    match name {
        MemberName::Ident(n) | MemberName::Str(n) => Some(n),
        MemberName::Dynamic(_) => None,
    }
}

/// Visits the arguments of a call to `callee`: named arguments' computed keys, then each
/// value through [`Visit::visit_arg`].
pub fn walk_args<'a, V: Visit<'a> + ?Sized>(v: &mut V, args: &'a Args, callee: Option<&'a str>) {
    for a in &args.args {
        match a {
            Arg::Pos(e) | Arg::Spread(e) | Arg::SpreadMap(e) => v.visit_arg(e, callee),
            Arg::Named(k, e) => {
                if let MapKey::Expr(k) = &k.node {
                    v.visit_expr(k);
                }
                v.visit_arg(e, callee);
            }
        }
    }
}

/// Visits a computed member name (`a."$b"`); a written one has no children.
pub fn walk_member<'a, V: Visit<'a> + ?Sized>(v: &mut V, name: &'a MemberName) {
    if let MemberName::Dynamic(e) = name {
        v.visit_expr(e);
    }
}

/// Visits parameter types and default values.
pub fn walk_params<'a, V: Visit<'a> + ?Sized>(v: &mut V, params: &'a [Param]) {
    for p in params {
        if let Some(t) = &p.ty {
            v.visit_type(t);
        }
        if let Some(d) = &p.default {
            v.visit_expr(d);
        }
    }
}

/// Visits a closure's parameters and body.
pub fn walk_closure<'a, V: Visit<'a> + ?Sized>(v: &mut V, closure: &'a Closure) {
    if let Some(ps) = &closure.params {
        walk_params(v, ps);
    }
    v.visit_block(&closure.body);
}

/// Visits a method's return type, parameters, `throws` types and body.
pub fn walk_method<'a, V: Visit<'a> + ?Sized>(v: &mut V, method: &'a MethodDef) {
    if let Some(t) = &method.ret {
        v.visit_type(t);
    }
    walk_params(v, &method.params);
    for t in &method.throws {
        v.visit_type(t);
    }
    if let Some(b) = &method.body {
        v.visit_block(b);
    }
}

/// Visits a declaration's type and initial values.
pub fn walk_var_decl<'a, V: Visit<'a> + ?Sized>(v: &mut V, decl: &'a VarDecl) {
    if let Some(t) = &decl.ty {
        v.visit_type(t);
    }
    for d in &decl.vars {
        if let Some(init) = &d.init {
            v.visit_expr(init);
        }
    }
}

/// Visits a class's `extends` and `implements` types and its members.
pub fn walk_class<'a, V: Visit<'a> + ?Sized>(v: &mut V, class: &'a ClassDef) {
    for t in class.extends.iter().chain(&class.implements) {
        v.visit_type(t);
    }
    walk_members(v, &class.members);
}

/// Visits the members of a class body in order.
pub fn walk_members<'a, V: Visit<'a> + ?Sized>(v: &mut V, members: &'a [ClassMember]) {
    for m in members {
        match m {
            ClassMember::Field(d) => walk_var_decl(v, &d.node),
            ClassMember::Method(m) | ClassMember::Constructor(m) => v.visit_method(&m.node),
            ClassMember::Initializer { body, .. } => v.visit_block(body),
            ClassMember::Class(c) => v.visit_class(&c.node),
            ClassMember::EnumConstant { args, .. } => walk_args(v, args, None),
        }
    }
}

/// Visits a switch's subject, then each case's labels and body.
pub fn walk_switch<'a, V: Visit<'a> + ?Sized>(v: &mut V, sw: &'a Switch) {
    v.visit_expr(&sw.subject);
    for case in &sw.cases {
        for l in &case.labels {
            if let CaseLabel::Case(e) = &l.node {
                v.visit_expr(e);
            }
        }
        v.visit_block(&case.body);
    }
}

/// Visits the children of an expression.
pub fn walk_expr<'a, V: Visit<'a> + ?Sized>(v: &mut V, expr: &'a AstExpr) {
    let guard = |cond, truth| Guard {
        cond,
        truth,
        origin: expr.span,
        kind: GuardKind::Operand,
    };
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
        Expr::Unary { expr, .. } => v.visit_expr(expr),
        Expr::Cast { ty, expr } => {
            v.visit_type(ty);
            v.visit_expr(expr);
        }
        Expr::As { expr, ty } | Expr::InstanceOf { expr, ty, .. } => {
            v.visit_expr(expr);
            v.visit_type(ty);
        }
        Expr::Binary {
            op: BinOp::And,
            lhs,
            rhs,
        } => {
            v.visit_expr(lhs);
            v.visit_guarded(rhs, guard(lhs, true));
        }
        Expr::Binary {
            op: BinOp::Or,
            lhs,
            rhs,
        }
        | Expr::Elvis { lhs, rhs } => {
            v.visit_expr(lhs);
            v.visit_guarded(rhs, guard(lhs, false));
        }
        Expr::Binary { lhs, rhs, .. } => {
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
            v.visit_guarded(then, guard(cond, true));
            v.visit_guarded(otherwise, guard(cond, false));
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
            walk_args(v, args, member_name(&name.node));
        }
        Expr::Invoke { callee, args } => {
            v.visit_expr(callee);
            walk_args(v, args, Some("call"));
        }
        Expr::Index { obj, index, .. } => {
            v.visit_expr(obj);
            for e in index {
                v.visit_expr(e);
            }
        }
        Expr::Closure(c) => v.visit_closure(c, expr),
        Expr::New { ty, args, body } => {
            v.visit_type(ty);
            walk_args(v, args, None);
            if let Some(b) = body {
                v.visit_anonymous_class(b);
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

/// Visits the children of a statement.
pub fn walk_stmt<'a, V: Visit<'a> + ?Sized>(v: &mut V, stmt: &'a AstStmt) {
    let guard = |cond, truth, kind| {
        Some(Guard {
            cond,
            truth,
            origin: stmt.span,
            kind,
        })
    };
    match &stmt.node {
        Stmt::Expr(e) | Stmt::Throw(e) => v.visit_expr(e),
        Stmt::VarDecl(d) => walk_var_decl(v, d),
        Stmt::MultiDecl { vars, init } => {
            for (t, _) in vars {
                if let Some(t) = t {
                    v.visit_type(t);
                }
            }
            v.visit_expr(init);
        }
        Stmt::Block(b) => v.visit_block(b),
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            v.visit_expr(cond);
            v.visit_body(then, guard(cond, true, GuardKind::IfBranch));
            if let Some(o) = otherwise {
                v.visit_body(o, guard(cond, false, GuardKind::IfBranch));
            }
        }
        Stmt::While { cond, body } => {
            v.visit_expr(cond);
            v.visit_body(body, guard(cond, true, GuardKind::LoopBody));
        }
        Stmt::DoWhile { body, cond } => {
            v.visit_body(body, None);
            v.visit_expr(cond);
        }
        Stmt::ForIn { ty, iter, body, .. } => {
            if let Some(t) = ty {
                v.visit_type(t);
            }
            v.visit_expr(iter);
            v.visit_body(body, None);
        }
        Stmt::For {
            init,
            cond,
            update,
            body,
        } => {
            for s in init {
                v.visit_stmt(s);
            }
            if let Some(c) = cond {
                v.visit_expr(c);
            }
            for u in update {
                v.visit_expr(u);
            }
            let g = cond
                .as_deref()
                .and_then(|c| guard(c, true, GuardKind::LoopBody));
            v.visit_body(body, g);
        }
        Stmt::Switch(sw) => walk_switch(v, sw),
        Stmt::Try {
            body,
            catches,
            finally,
        } => {
            v.visit_block(body);
            for c in catches {
                for t in &c.types {
                    v.visit_type(t);
                }
                v.visit_block(&c.body);
            }
            if let Some(f) = finally {
                v.visit_block(f);
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

#[cfg(test)]
mod tests {
    use super::{Guard, Visit, Visitor, walk_expr, walk_module};
    use crate::ast::{AstExpr, AstStmt, Expr, Module, Stmt, TypeRef};
    use crate::parser::{ParseOptions, parse};
    use crate::source::SourceFile;

    fn module(src: &str) -> (SourceFile, Module) {
        let file = SourceFile::new("t.groovy", src);
        let parsed = parse(&file, &ParseOptions::default());
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        (file, parsed.module)
    }

    /// Records, for each name and type, the guards it is under (`cond=truth/kind`).
    #[derive(Default)]
    struct Guards<'a> {
        stack: Vec<Guard<'a>>,
        seen: Vec<String>,
        src: &'a str,
    }

    impl Guards<'_> {
        fn note(&mut self, what: &str) {
            let gs: Vec<String> = self
                .stack
                .iter()
                .map(|g| {
                    let c = &self.src[g.cond.span.start as usize..g.cond.span.end as usize];
                    format!("{c}={}/{:?}", g.truth, g.kind)
                })
                .collect();
            self.seen.push(format!("{what}: {}", gs.join(" ")));
        }
    }

    impl<'a> Visit<'a> for Guards<'a> {
        fn visit_expr(&mut self, e: &'a AstExpr) {
            if let Expr::Name(n) = &e.node {
                let n = n.to_string();
                self.note(&n);
            }
            walk_expr(self, e);
        }
        fn visit_body(&mut self, body: &'a AstStmt, guard: Option<Guard<'a>>) {
            let pushed = guard.map(|g| self.stack.push(g)).is_some();
            self.visit_stmt(body);
            if pushed {
                self.stack.pop();
            }
        }
        fn visit_guarded(&mut self, e: &'a AstExpr, guard: Guard<'a>) {
            self.stack.push(guard);
            self.visit_expr(e);
            self.stack.pop();
        }
        fn visit_type(&mut self, ty: &'a TypeRef) {
            let n = format!("type {}", ty.name);
            self.note(&n);
            super::walk_type(self, ty);
        }
    }

    #[test]
    fn guards_say_which_condition_holds() {
        let src = "if (a) { b } else c\nwhile (d) e\nf && g || h\ni ? j : k\nl ?: m\n\
                   for (int n = 0; o; n++) p\ndo { q } while (r)\n(s as List<Map>)";
        let (_f, m) = module(src);
        let mut v = Guards {
            src,
            ..Guards::default()
        };
        walk_module(&mut v, &m);
        let want = [
            "a: ",
            "b: a=true/IfBranch",
            "c: a=false/IfBranch",
            "d: ",
            "e: d=true/LoopBody",
            "f: ",
            "g: f=true/Operand",
            "h: f && g=false/Operand",
            "i: ",
            "j: i=true/Operand",
            "k: i=false/Operand",
            "l: ",
            "m: l=false/Operand",
            "type int: ",
            "o: ",
            "n: ",
            "p: o=true/LoopBody",
            "q: ",
            "r: ",
            "s: ",
            "type List: ",
            "type Map: ",
        ];
        assert_eq!(v.seen, want);
    }

    /// A lifetime-free [`Visitor`] still sees every statement, guarded or not.
    #[test]
    fn visitor_sees_guarded_statements() {
        struct Count(usize);
        impl Visitor for Count {
            fn visit_stmt(&mut self, s: &AstStmt) {
                if matches!(s.node, Stmt::Expr(_)) {
                    self.0 += 1;
                }
                super::walk_stmt(self, s);
            }
        }
        let (_f, m) = module("if (a) b else { c }\nwhile (d) { e }\nfor (;;) f\n[1].each { g }");
        let mut c = Count(0);
        walk_module(&mut c, &m);
        // b, c, e, f, the `each` call and g
        assert_eq!(c.0, 6);
    }
}
