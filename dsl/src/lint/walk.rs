//! The lint driver's walk: calls every enabled rule's hooks on each node and keeps the
//! [`Fact`]s, frames and enclosing `if`s the flow-sensitive rules read. The descent itself
//! is [`crate::ast::visit`]'s; this file only adds what the rules need on top of it.

use super::context::{EnclosingIf, Fact, Frame, LintContext};
use super::{Rule, RuleMeta};
use crate::ast::visit::{self, Guard, GuardKind, Visit};
use crate::ast::{AstExpr, AstStmt, ClassDef, ClassMember, Closure, MethodDef, Module, Stmt};

type Rules<'r> = [(&'static RuleMeta, Box<dyn Rule + 'r>)];

pub(super) fn run<'a>(ctx: &mut LintContext<'a>, rules: &mut Rules<'_>, module: &'a Module) {
    for (meta, r) in rules.iter_mut() {
        ctx.current = Some(meta);
        r.start(ctx, module);
    }
    let mut w = Walker { ctx, rules };
    visit::walk_module(&mut w, module);
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
    fn with_fact(&mut self, guard: Guard<'a>, f: impl FnOnce(&mut Self)) {
        self.ctx.facts.push(Fact {
            cond: guard.cond,
            truth: guard.truth,
            origin: guard.origin,
        });
        f(self);
        self.ctx.facts.pop();
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
}

impl<'a> Visit<'a> for Walker<'_, 'a, '_, '_> {
    fn visit_stmt(&mut self, s: &'a AstStmt) {
        for (meta, r) in self.rules.iter_mut() {
            self.ctx.current = Some(meta);
            r.check_stmt(self.ctx, s);
        }
        visit::walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a AstExpr) {
        for (meta, r) in self.rules.iter_mut() {
            self.ctx.current = Some(meta);
            r.check_expr(self.ctx, e);
        }
        visit::walk_expr(self, e);
    }

    fn visit_block(&mut self, stmts: &'a [AstStmt]) {
        for (meta, r) in self.rules.iter_mut() {
            self.ctx.current = Some(meta);
            r.check_block(self.ctx, stmts);
        }
        let mark = self.ctx.facts.len();
        for s in stmts {
            self.visit_stmt(s);
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
                if then_exits != else_exits {
                    self.ctx.facts.push(Fact {
                        cond,
                        truth: else_exits,
                        origin: s.span,
                    });
                }
            }
        }
        self.ctx.facts.truncate(mark);
    }

    fn visit_body(&mut self, body: &'a AstStmt, guard: Option<Guard<'a>>) {
        let Some(g) = guard else {
            return self.visit_stmt(body);
        };
        let in_if = g.kind == GuardKind::IfBranch;
        if in_if {
            self.ctx.ifs.push(EnclosingIf {
                span: g.origin,
                cond: g.cond,
                in_then: g.truth,
            });
        }
        self.with_fact(g, |w| w.visit_stmt(body));
        if in_if {
            self.ctx.ifs.pop();
        }
    }

    fn visit_guarded(&mut self, expr: &'a AstExpr, guard: Guard<'a>) {
        self.with_fact(guard, |w| w.visit_expr(expr));
    }

    fn visit_closure(&mut self, c: &'a Closure, e: &'a AstExpr) {
        let inline = self.ctx.semantic.inline_closures.contains_key(&e.span);
        let name = self.ctx.semantic.stored_closures.get(&e.span).cloned();
        // Facts at the definition still hold lexically; stored closures are also checked
        // at their call sites by the rules that care.
        self.in_frame(Frame::Closure { inline, name }, true, |w| {
            visit::walk_closure(w, c);
        });
    }

    fn visit_method(&mut self, m: &'a MethodDef) {
        self.in_frame(Frame::Method(m.name.node.clone()), false, |w| {
            visit::walk_method(w, m);
        });
    }

    fn visit_class(&mut self, c: &'a ClassDef) {
        self.in_frame(Frame::Class, false, |w| visit::walk_class(w, c));
    }

    fn visit_anonymous_class(&mut self, members: &'a [ClassMember]) {
        self.in_frame(Frame::Class, false, |w| visit::walk_members(w, members));
    }
}
