//! The one AST walk: calls every enabled rule's hooks on each node and keeps the
//! [`Fact`]s, frames and enclosing `if`s the flow-sensitive rules read.

use super::context::{EnclosingIf, Fact, Frame, LintContext};
use super::{Rule, RuleMeta};
use crate::ast::{
    Arg, Args, AstExpr, AstStmt, BinOp, CaseLabel, ClassDef, ClassMember, Closure, Expr,
    GStringPart, ListItem, MapEntry, MapKey, MemberName, MethodDef, Module, Param, Stmt, Switch,
};

type Rules<'r> = [(&'static RuleMeta, Box<dyn Rule + 'r>)];

pub(super) fn run<'a>(ctx: &mut LintContext<'a>, rules: &mut Rules<'_>, module: &'a Module) {
    for (meta, r) in rules.iter_mut() {
        ctx.current = Some(meta);
        r.start(ctx, module);
    }
    let mut w = Walker { ctx, rules };
    w.block(&module.stmts);
    for (meta, r) in w.rules.iter_mut() {
        w.ctx.current = Some(meta);
        r.finish(w.ctx);
    }
}

/// Whether control never continues after `s` (it returns, throws, breaks or continues
/// on every path).
pub(crate) fn exits(s: &AstStmt) -> bool {
    match &s.node {
        Stmt::Return(_) | Stmt::Throw(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
        Stmt::Block(b) => b.iter().any(exits),
        Stmt::If {
            then,
            otherwise: Some(o),
            ..
        } => exits(then) && exits(o),
        Stmt::Labeled { stmt, .. } => exits(stmt),
        _ => false,
    }
}

struct Walker<'c, 'a, 'r, 'q> {
    ctx: &'c mut LintContext<'a>,
    rules: &'q mut Rules<'r>,
}

impl<'a> Walker<'_, 'a, '_, '_> {
    fn on_stmt(&mut self, s: &'a AstStmt) {
        for (meta, r) in self.rules.iter_mut() {
            self.ctx.current = Some(meta);
            r.check_stmt(self.ctx, s);
        }
    }

    fn on_expr(&mut self, e: &'a AstExpr) {
        for (meta, r) in self.rules.iter_mut() {
            self.ctx.current = Some(meta);
            r.check_expr(self.ctx, e);
        }
    }

    fn on_block(&mut self, b: &'a [AstStmt]) {
        for (meta, r) in self.rules.iter_mut() {
            self.ctx.current = Some(meta);
            r.check_block(self.ctx, b);
        }
    }

    fn with_fact(
        &mut self,
        cond: &'a AstExpr,
        truth: bool,
        origin: crate::source::Span,
        f: impl FnOnce(&mut Self),
    ) {
        self.ctx.facts.push(Fact {
            cond,
            truth,
            origin,
        });
        f(self);
        self.ctx.facts.pop();
    }

    fn block(&mut self, stmts: &'a [AstStmt]) {
        self.on_block(stmts);
        let mark = self.ctx.facts.len();
        for s in stmts {
            self.stmt(s);
            // `if (c) return` guards the rest of the block with `!c` (and an `else` that
            // exits guards it with `c`).
            if let Stmt::If {
                cond,
                then,
                otherwise,
            } = &s.node
            {
                let then_exits = exits(then);
                let else_exits = otherwise.as_deref().is_some_and(exits);
                if then_exits && !else_exits {
                    self.ctx.facts.push(Fact {
                        cond,
                        truth: false,
                        origin: s.span,
                    });
                } else if else_exits && !then_exits {
                    self.ctx.facts.push(Fact {
                        cond,
                        truth: true,
                        origin: s.span,
                    });
                }
            }
        }
        self.ctx.facts.truncate(mark);
    }

    fn body(&mut self, s: &'a AstStmt) {
        match &s.node {
            Stmt::Block(b) => {
                self.on_stmt(s);
                self.block(b);
            }
            _ => self.stmt(s),
        }
    }

    fn stmt(&mut self, s: &'a AstStmt) {
        if let Stmt::Block(_) = &s.node {
            return self.body(s);
        }
        self.on_stmt(s);
        match &s.node {
            Stmt::Expr(e) | Stmt::Throw(e) => self.expr(e),
            Stmt::VarDecl(d) => {
                for v in &d.vars {
                    if let Some(init) = &v.init {
                        self.expr(init);
                    }
                }
            }
            Stmt::MultiDecl { init, .. } => self.expr(init),
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.ctx.ifs.push(EnclosingIf {
                    span: s.span,
                    cond,
                    in_then: true,
                });
                self.with_fact(cond, true, s.span, |w| w.body(then));
                self.ctx.ifs.pop();
                if let Some(o) = otherwise {
                    self.ctx.ifs.push(EnclosingIf {
                        span: s.span,
                        cond,
                        in_then: false,
                    });
                    self.with_fact(cond, false, s.span, |w| w.body(o));
                    self.ctx.ifs.pop();
                }
            }
            Stmt::While { cond, body } => {
                self.expr(cond);
                self.with_fact(cond, true, s.span, |w| w.body(body));
            }
            Stmt::DoWhile { body, cond } => {
                self.body(body);
                self.expr(cond);
            }
            Stmt::ForIn { iter, body, .. } => {
                self.expr(iter);
                self.body(body);
            }
            Stmt::For {
                init,
                cond,
                update,
                body,
            } => {
                for i in init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                for u in update {
                    self.expr(u);
                }
                match cond {
                    Some(c) => self.with_fact(c, true, s.span, |w| w.body(body)),
                    None => self.body(body),
                }
            }
            Stmt::Switch(sw) => self.switch(sw),
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                self.block(body);
                for c in catches {
                    self.block(&c.body);
                }
                if let Some(f) = finally {
                    self.block(f);
                }
            }
            Stmt::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            Stmt::Labeled { stmt, .. } => self.stmt(stmt),
            Stmt::Assert { cond, message } => {
                self.expr(cond);
                if let Some(m) = message {
                    self.expr(m);
                }
            }
            Stmt::Method(m) => self.method(m),
            Stmt::Class(c) => self.class(c),
            Stmt::Block(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Import(_)
            | Stmt::Package(_)
            | Stmt::Empty
            | Stmt::Error => {}
        }
    }

    fn switch(&mut self, sw: &'a Switch) {
        self.expr(&sw.subject);
        for case in &sw.cases {
            for l in &case.labels {
                if let CaseLabel::Case(e) = &l.node {
                    self.expr(e);
                }
            }
            self.block(&case.body);
        }
    }

    fn params(&mut self, ps: &'a [Param]) {
        for p in ps {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
    }

    /// Runs `f` in a new frame; facts from outside do not hold in a method body.
    fn in_frame(&mut self, frame: Frame, keep_facts: bool, f: impl FnOnce(&mut Self)) {
        let saved_facts = if keep_facts {
            Vec::new()
        } else {
            std::mem::take(&mut self.ctx.facts)
        };
        let saved_ifs = if keep_facts {
            Vec::new()
        } else {
            std::mem::take(&mut self.ctx.ifs)
        };
        self.ctx.frames.push(frame);
        f(self);
        self.ctx.frames.pop();
        if !keep_facts {
            self.ctx.facts = saved_facts;
            self.ctx.ifs = saved_ifs;
        }
    }

    fn method(&mut self, m: &'a MethodDef) {
        self.in_frame(Frame::Method(m.name.node.clone()), false, |w| {
            w.params(&m.params);
            if let Some(b) = &m.body {
                w.block(b);
            }
        });
    }

    fn class(&mut self, c: &'a ClassDef) {
        self.in_frame(Frame::Class, false, |w| w.members(&c.members));
    }

    fn members(&mut self, members: &'a [ClassMember]) {
        for m in members {
            match m {
                ClassMember::Field(d) => {
                    for v in &d.node.vars {
                        if let Some(init) = &v.init {
                            self.expr(init);
                        }
                    }
                }
                ClassMember::Method(md) | ClassMember::Constructor(md) => self.method(&md.node),
                ClassMember::Initializer { body, .. } => self.block(body),
                ClassMember::Class(inner) => self.class(&inner.node),
                ClassMember::EnumConstant { args, .. } => self.args(args),
            }
        }
    }

    fn closure(&mut self, c: &'a Closure, e: &'a AstExpr) {
        let inline = self.ctx.semantic.inline_closures.contains_key(&e.span);
        let name = self.ctx.semantic.stored_closures.get(&e.span).cloned();
        // Facts at the definition still hold lexically; stored closures are also checked
        // at their call sites by the rules that care.
        self.in_frame(Frame::Closure { inline, name }, true, |w| {
            if let Some(ps) = &c.params {
                w.params(ps);
            }
            w.block(&c.body);
        });
    }

    fn args(&mut self, args: &'a Args) {
        for a in &args.args {
            match a {
                Arg::Pos(e) | Arg::Spread(e) | Arg::SpreadMap(e) => self.expr(e),
                Arg::Named(k, e) => {
                    if let MapKey::Expr(k) = &k.node {
                        self.expr(k);
                    }
                    self.expr(e);
                }
            }
        }
    }

    fn expr(&mut self, e: &'a AstExpr) {
        self.on_expr(e);
        match &e.node {
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
                    if let GStringPart::Expr(x) = p {
                        self.expr(x);
                    }
                }
            }
            Expr::List(items) => {
                for i in items {
                    match i {
                        ListItem::Elem(x) | ListItem::Spread(x) => self.expr(x),
                    }
                }
            }
            Expr::Map(entries) => {
                for en in entries {
                    match en {
                        MapEntry::Pair(k, v) => {
                            if let MapKey::Expr(k) = &k.node {
                                self.expr(k);
                            }
                            self.expr(v);
                        }
                        MapEntry::Spread(x) => self.expr(x),
                    }
                }
            }
            Expr::Range { from, to, .. } => {
                self.expr(from);
                self.expr(to);
            }
            Expr::Unary { expr, .. }
            | Expr::Cast { expr, .. }
            | Expr::As { expr, .. }
            | Expr::InstanceOf { expr, .. } => self.expr(expr),
            Expr::Binary {
                op: BinOp::And,
                lhs,
                rhs,
            } => {
                self.expr(lhs);
                self.with_fact(lhs, true, e.span, |w| w.expr(rhs));
            }
            Expr::Binary {
                op: BinOp::Or,
                lhs,
                rhs,
            }
            | Expr::Elvis { lhs, rhs } => {
                self.expr(lhs);
                self.with_fact(lhs, false, e.span, |w| w.expr(rhs));
            }
            Expr::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            Expr::Assign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            Expr::Tuple(items) => {
                for x in items {
                    self.expr(x);
                }
            }
            Expr::Ternary {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.with_fact(cond, true, e.span, |w| w.expr(then));
                self.with_fact(cond, false, e.span, |w| w.expr(otherwise));
            }
            Expr::Prop { obj, name, .. } => {
                self.expr(obj);
                if let MemberName::Dynamic(x) = &name.node {
                    self.expr(x);
                }
            }
            Expr::Call {
                obj, name, args, ..
            } => {
                if let Some(o) = obj {
                    self.expr(o);
                }
                if let MemberName::Dynamic(x) = &name.node {
                    self.expr(x);
                }
                self.args(args);
            }
            Expr::Invoke { callee, args } => {
                self.expr(callee);
                self.args(args);
            }
            Expr::Index { obj, index, .. } => {
                self.expr(obj);
                for x in index {
                    self.expr(x);
                }
            }
            Expr::Closure(c) => self.closure(c, e),
            Expr::New { args, body, .. } => {
                self.args(args);
                if let Some(b) = body {
                    self.in_frame(Frame::Class, false, |w| w.members(b));
                }
            }
            Expr::MethodRef { obj, .. } => self.expr(obj),
            Expr::DynMethodRef { obj, name } => {
                self.expr(obj);
                self.expr(name);
            }
            Expr::Switch(sw) => self.switch(sw),
        }
    }
}
