//! Resolution of expressions, assignment targets and call arguments.

use syncscript_dsl::Span;
use syncscript_dsl::ast::{self, AssignOp, AstExpr, BinOp, Expr as AExpr, MemberName, UnaryOp};

use super::{Resolved, Resolver};
use crate::ir::{
    ArgIr, Args, Builtin, Const, Expr, ExprKind, GPart, Item, MapItem, Member, Name, Nav, Place,
    Selector,
};
use crate::num::Num;

/// Package roots that start a fully qualified class name (`java.math.RoundingMode`).
const PACKAGE_ROOTS: &[&str] = &["java", "javax", "groovy", "org", "com", "net", "scala"];

/// Methods whose closure argument runs with the receiver as delegate.
const DELEGATE_METHODS: &[&str] = &["with", "tap", "identity"];

impl Resolver<'_> {
    /// Resolves an expression (a placeholder once the nesting budget is spent).
    pub(crate) fn expr(&mut self, e: &AstExpr) -> Expr {
        if !self.enter() {
            return Expr {
                kind: ExprKind::Const(Const::Null),
                span: e.span,
            };
        }
        let out = self.expr_node(e);
        self.depth -= 1;
        out
    }

    fn expr_node(&mut self, e: &AstExpr) -> Expr {
        let span = e.span;
        let kind = match &e.node {
            AExpr::Null => ExprKind::Const(Const::Null),
            AExpr::Bool(b) => ExprKind::Const(Const::Bool(*b)),
            AExpr::Number(n) => ExprKind::Const(Const::Num(Num::from_lit(n))),
            AExpr::Str(s) => ExprKind::Const(Const::Str(self.intern(s))),
            AExpr::GString(parts) => ExprKind::GString(
                parts
                    .iter()
                    .map(|p| match p {
                        ast::GStringPart::Text(t) => GPart::Text(self.intern(t)),
                        ast::GStringPart::Expr(x) => match &x.node {
                            AExpr::Closure(c) if c.params.as_ref().is_some_and(Vec::is_empty) => {
                                GPart::Lazy(self.expr(x))
                            }
                            _ => GPart::Expr(self.expr(x)),
                        },
                    })
                    .collect(),
            ),
            AExpr::Name(n) => self.name(n, span),
            AExpr::This | AExpr::Super => ExprKind::This,
            AExpr::List(items) => ExprKind::List(
                items
                    .iter()
                    .map(|i| match i {
                        ast::ListItem::Elem(x) => Item::Elem(self.expr(x)),
                        ast::ListItem::Spread(x) => Item::Spread(self.expr(x)),
                    })
                    .collect(),
            ),
            AExpr::Map(entries) => ExprKind::Map(
                entries
                    .iter()
                    .map(|m| match m {
                        ast::MapEntry::Pair(k, v) => MapItem::Pair(self.map_key(k), self.expr(v)),
                        ast::MapEntry::Spread(x) => MapItem::Spread(self.expr(x)),
                    })
                    .collect(),
            ),
            AExpr::Range {
                from,
                to,
                exclusive_from,
                exclusive_to,
            } => ExprKind::Range {
                from: Box::new(self.expr(from)),
                to: Box::new(self.expr(to)),
                exclusive_from: *exclusive_from,
                exclusive_to: *exclusive_to,
            },
            AExpr::Unary { op, expr } => match op {
                UnaryOp::PreInc | UnaryOp::PreDec | UnaryOp::PostInc | UnaryOp::PostDec => {
                    match self.place(expr) {
                        Some(place) => ExprKind::IncDec {
                            place,
                            inc: matches!(op, UnaryOp::PreInc | UnaryOp::PostInc),
                            prefix: matches!(op, UnaryOp::PreInc | UnaryOp::PreDec),
                        },
                        // Groovy allows `++(i++)`: the next value, not stored
                        None => ExprKind::Unary(*op, Box::new(self.expr(expr))),
                    }
                }
                // Groovy folds a minus before a literal (not a parenthesised one) into
                // the literal, reading `-0.0d` through BigDecimal, which has no
                // negative zero: `0.0`
                UnaryOp::Neg
                    if self
                        .source_text
                        .get(expr.span.start as usize..)
                        .is_some_and(|t| !t.starts_with('(')) =>
                {
                    match &expr.node {
                        AExpr::Number(ast::NumLit::Double(d)) if *d == 0.0 => {
                            ExprKind::Const(Const::Num(Num::Double(0.0)))
                        }
                        AExpr::Number(ast::NumLit::Float(f)) if *f == 0.0 => {
                            ExprKind::Const(Const::Num(Num::Float(0.0)))
                        }
                        _ => ExprKind::Unary(*op, Box::new(self.expr(expr))),
                    }
                }
                _ => ExprKind::Unary(*op, Box::new(self.expr(expr))),
            },
            // two equal number literals share one constant of the class in Groovy, so
            // `100000 === 100000` holds although equal boxed values computed at run time
            // are distinct objects
            AExpr::Binary {
                op: op @ (BinOp::Identical | BinOp::NotIdentical),
                lhs,
                rhs,
            } if matches!((&lhs.node, &rhs.node), (AExpr::Number(a), AExpr::Number(b)) if a == b) => {
                ExprKind::Const(Const::Bool(*op == BinOp::Identical))
            }
            AExpr::Binary { op, lhs, rhs } => {
                let l = Box::new(self.expr(lhs));
                let r = Box::new(self.expr(rhs));
                match op {
                    BinOp::And => ExprKind::And(l, r),
                    BinOp::Or => ExprKind::Or(l, r),
                    _ => ExprKind::Binary(*op, l, r),
                }
            }
            AExpr::Assign { op, target, value } => {
                if let AExpr::Tuple(items) = &target.node {
                    let value = Box::new(self.expr(value));
                    let mut places = Vec::with_capacity(items.len());
                    for i in items {
                        match self.place(i) {
                            Some(p) => places.push(p),
                            None => return self.bad(i.span, "cannot assign to this expression"),
                        }
                    }
                    ExprKind::MultiAssign { places, value }
                } else {
                    let value = Box::new(self.expr(value));
                    let Some(place) = self.place(target) else {
                        return self.bad(target.span, "cannot assign to this expression");
                    };
                    let (op, elvis) = match op {
                        None => (None, false),
                        Some(AssignOp::Compound(b)) => (Some(*b), false),
                        Some(AssignOp::Elvis) => (None, true),
                    };
                    ExprKind::Assign {
                        place,
                        op,
                        elvis,
                        value,
                    }
                }
            }
            AExpr::Tuple(_) => {
                return self.bad(span, "a tuple is only allowed on the left of `=`");
            }
            AExpr::Ternary {
                cond,
                then,
                otherwise,
            } => ExprKind::Ternary(
                Box::new(self.expr(cond)),
                Box::new(self.expr(then)),
                Box::new(self.expr(otherwise)),
            ),
            AExpr::Elvis { lhs, rhs } => {
                ExprKind::Elvis(Box::new(self.expr(lhs)), Box::new(self.expr(rhs)))
            }
            AExpr::Prop { obj, name, nav } => {
                if let Some(class) = self.qualified_class(e) {
                    ExprKind::Class(class)
                } else {
                    ExprKind::Prop {
                        obj: Box::new(self.expr(obj)),
                        name: self.member(&name.node),
                        nav: *nav,
                    }
                }
            }
            AExpr::Call {
                obj,
                name,
                nav,
                args,
            } => return self.call(obj.as_deref(), name, *nav, args, span),
            // `"odd name"(x)` calls the script method of that name
            AExpr::Invoke { callee, args } if matches!(callee.node, AExpr::Str(_)) => {
                let AExpr::Str(n) = &callee.node else {
                    unreachable!("matched above")
                };
                let name = syncscript_dsl::Spanned::new(MemberName::Str(n.clone()), callee.span);
                return self.call(None, &name, Nav::Normal, args, span);
            }
            // `"$name"(x)`: a method of the script named at run time
            AExpr::Invoke { callee, args } if matches!(callee.node, AExpr::GString(_)) => {
                ExprKind::CallMember {
                    obj: Box::new(Expr {
                        kind: ExprKind::This,
                        span: callee.span,
                    }),
                    name: Member::Dynamic(Box::new(self.expr(callee))),
                    sel: Selector::default(),
                    nav: Nav::Normal,
                    args: self.args(args, false),
                }
            }
            AExpr::Invoke { callee, args } => {
                ExprKind::Invoke(Box::new(self.expr(callee)), self.args(args, false))
            }
            AExpr::Index { obj, index, safe } => ExprKind::Index {
                obj: Box::new(self.expr(obj)),
                index: index.iter().map(|i| self.expr(i)).collect(),
                safe: *safe,
            },
            AExpr::Closure(c) => ExprKind::Closure(self.closure(c, span, false)),
            AExpr::Cast { ty, expr } => ExprKind::Cast {
                expr: Box::new(self.expr(expr)),
                ty: self.type_ir(ty),
                as_op: false,
            },
            AExpr::As { expr, ty } => ExprKind::Cast {
                expr: Box::new(self.expr(expr)),
                ty: self.type_ir(ty),
                as_op: true,
            },
            AExpr::InstanceOf { expr, ty, negated } => ExprKind::InstanceOf {
                expr: Box::new(self.expr(expr)),
                ty: self.type_ir(ty),
                negated: *negated,
            },
            AExpr::New { ty, args, body } => {
                if body.is_some() {
                    self.error(
                        "unsupported-construct",
                        format!(
                            "anonymous classes are not supported in sync scripts (`new {}() {{ … }}`)",
                            ty.name
                        ),
                        span,
                    );
                }
                ExprKind::New {
                    ty: self.type_ir(ty),
                    args: self.args(args, false),
                }
            }
            AExpr::MethodRef { obj, name } => ExprKind::MethodRef {
                obj: Box::new(self.expr(obj)),
                name: self.intern(&name.node),
            },
            AExpr::DynMethodRef { obj, name } => ExprKind::DynMethodRef {
                obj: Box::new(self.expr(obj)),
                name: Box::new(self.expr(name)),
            },
            AExpr::Switch(sw) => ExprKind::Switch(Box::new(self.switch(sw))),
            AExpr::Error => return self.bad(span, "invalid expression"),
        };
        Expr { kind, span }
    }

    /// Reports an error and returns a placeholder.
    fn bad(&mut self, span: Span, message: &str) -> Expr {
        self.error("invalid-expression", message.to_string(), span);
        Expr {
            kind: ExprKind::Const(Const::Null),
            span,
        }
    }

    fn map_key(&mut self, k: &syncscript_dsl::Spanned<ast::MapKey>) -> Expr {
        match &k.node {
            ast::MapKey::Name(n) => Expr {
                kind: ExprKind::Const(Const::Str(self.intern(n))),
                span: k.span,
            },
            ast::MapKey::Expr(e) => self.expr(e),
        }
    }

    fn member(&mut self, m: &MemberName) -> Member {
        match m {
            MemberName::Ident(n) | MemberName::Str(n) => Member::Static(self.intern(n)),
            MemberName::Dynamic(e) => Member::Dynamic(Box::new(self.expr(e))),
        }
    }

    /// A bare name read.
    fn name(&mut self, n: &Name, span: Span) -> ExprKind {
        match self.lookup(n) {
            Some(Resolved::Local(slot, _)) => ExprKind::Local(slot),
            Some(Resolved::Capture(i, _)) => ExprKind::Capture(i),
            None => {
                if let Some((f, _)) = self.field(n) {
                    return if self.in_closure() {
                        ExprKind::ClosureField(f, self.global(n))
                    } else {
                        ExprKind::Field(f)
                    };
                }
                if let Some(class) = self.class_name(n) {
                    return ExprKind::Class(class);
                }
                // `int`, `double`, … as a value are the primitive classes
                if crate::class::primitive(n).is_some() {
                    return ExprKind::Class(n.clone());
                }
                self.check_defined(n, span);
                ExprKind::Global(self.global(n))
            }
        }
    }

    /// `java.math.RoundingMode` written as a property chain → the class name.
    fn qualified_class(&mut self, e: &AstExpr) -> Option<Name> {
        // every property read asks, and the chain's root is nearly always a variable or a
        // binding: find the root first, and collect the segments only when it is neither
        let mut depth = 1;
        let mut cur = e;
        let root = loop {
            match &cur.node {
                AExpr::Prop {
                    obj,
                    name,
                    nav: Nav::Normal,
                } => {
                    let MemberName::Ident(_) = &name.node else {
                        return None;
                    };
                    depth += 1;
                    cur = obj;
                }
                AExpr::Name(n) => break n,
                _ => return None,
            }
        };
        // a known package root (`java.math.RoundingMode`); when the host declared its
        // bindings, also any other root with at least two lowercase segments before the
        // class (`play.api.libs.json.Json`, so at least three segments), since it cannot be
        // a binding then. Checked first: it is cheap and rules out nearly every chain.
        let package_root = PACKAGE_ROOTS.contains(&&**root);
        if !(package_root || (self.bindings_declared() && depth >= 3)) {
            return None;
        }
        if self.lookup(root).is_some() || self.may_be_binding_strict(root) {
            return None;
        }
        let mut segs = Vec::with_capacity(depth);
        let mut cur = e;
        while let AExpr::Prop { obj, name, .. } = &cur.node {
            if let MemberName::Ident(n) = &name.node {
                segs.push(&**n);
            }
            cur = obj;
        }
        segs.push(&**root);
        segs.reverse();
        let first_upper = segs
            .iter()
            .position(|s| s.starts_with(|c: char| c.is_ascii_uppercase()))?;
        let other_package = self.bindings_declared() && first_upper >= 2;
        if !package_root && !other_package {
            return None;
        }
        (first_upper == segs.len() - 1).then(|| self.intern_str(&segs.join(".")))
    }

    /// An assignment target.
    pub(crate) fn place(&mut self, e: &AstExpr) -> Option<Place> {
        Some(match &e.node {
            AExpr::Name(n) => match self.lookup(n) {
                Some(Resolved::Local(slot, ty)) => Place::Local(slot, ty),
                Some(Resolved::Capture(i, ty)) => Place::Capture(i, ty),
                None => match self.field(n) {
                    Some((f, _)) if self.in_closure() => Place::ClosureField(f, self.global(n)),
                    Some((f, ty)) => Place::Field(f, ty),
                    None => Place::Global(self.global(n)),
                },
            },
            AExpr::Prop { obj, name, nav } => Place::Prop {
                obj: Box::new(self.expr(obj)),
                name: self.member(&name.node),
                nav: *nav,
            },
            AExpr::Index { obj, index, safe } => Place::Index {
                obj: Box::new(self.expr(obj)),
                index: index.iter().map(|i| self.expr(i)).collect(),
                safe: *safe,
            },
            _ => return None,
        })
    }

    /// Call arguments; `delegate` marks closure arguments of `with {}`-like methods.
    pub(crate) fn args(&mut self, a: &ast::Args, delegate: bool) -> Args {
        let mut simple = true;
        let items = a
            .args
            .iter()
            .map(|arg| match arg {
                ast::Arg::Pos(x) => {
                    if delegate && let AExpr::Closure(c) = &x.node {
                        return ArgIr::Pos(Expr {
                            kind: ExprKind::Closure(self.closure(c, x.span, true)),
                            span: x.span,
                        });
                    }
                    ArgIr::Pos(self.expr(x))
                }
                ast::Arg::Named(k, v) => {
                    simple = false;
                    ArgIr::Named(self.map_key(k), self.expr(v))
                }
                ast::Arg::Spread(x) => {
                    simple = false;
                    ArgIr::Spread(self.expr(x))
                }
                ast::Arg::SpreadMap(x) => {
                    simple = false;
                    ArgIr::SpreadMap(self.expr(x))
                }
            })
            .collect();
        Args { items, simple }
    }

    fn call(
        &mut self,
        obj: Option<&AstExpr>,
        name: &syncscript_dsl::Spanned<MemberName>,
        nav: Nav,
        args: &ast::Args,
        span: Span,
    ) -> Expr {
        // `this.m(…)` in a script is a call of the script method `m`
        let obj = match (obj, &name.node) {
            (Some(o), MemberName::Ident(n) | MemberName::Str(n))
                if matches!(o.node, AExpr::This) && self.group_of(n).is_some() =>
            {
                None
            }
            _ => obj,
        };
        #[allow(clippy::single_match_else)] // the two arms are the two kinds of call
        let kind = match obj {
            Some(o) => {
                let delegate =
                    matches!(&name.node, MemberName::Ident(n) if DELEGATE_METHODS.contains(&&**n));
                let obj = Box::new(self.expr(o));
                let name = self.member(&name.node);
                let sel = match &name {
                    Member::Static(n) => self.selector(n),
                    Member::Dynamic(_) => Selector::default(),
                };
                ExprKind::CallMember {
                    obj,
                    name,
                    sel,
                    nav,
                    args: self.args(args, delegate),
                }
            }
            None => {
                let n: &Name = match &name.node {
                    MemberName::Ident(n) | MemberName::Str(n) => n,
                    MemberName::Dynamic(_) => {
                        return self.bad(span, "a call with a computed name needs a receiver");
                    }
                };
                match self.lookup(n) {
                    Some(Resolved::Local(slot, _)) => ExprKind::Invoke(
                        Box::new(Expr {
                            kind: ExprKind::Local(slot),
                            span: name.span,
                        }),
                        self.args(args, false),
                    ),
                    Some(Resolved::Capture(i, _)) => ExprKind::Invoke(
                        Box::new(Expr {
                            kind: ExprKind::Capture(i),
                            span: name.span,
                        }),
                        self.args(args, false),
                    ),
                    None => {
                        if let Some(group) = self.group_of(n) {
                            ExprKind::CallMethod {
                                group,
                                args: self.args(args, false),
                            }
                        } else if self.field(n).is_some() {
                            // `@Field def fd = { … }; fd(x)` calls the field's value
                            let callee = self.name(n, name.span);
                            ExprKind::Invoke(
                                Box::new(Expr {
                                    kind: callee,
                                    span: name.span,
                                }),
                                self.args(args, false),
                            )
                        } else if let Some(b) = builtin(n) {
                            ExprKind::CallBuiltin(b, self.args(args, false))
                        } else {
                            let name: Name = self.intern(n);
                            let global = self.global(n);
                            ExprKind::CallName {
                                name,
                                global,
                                args: self.args(args, false),
                            }
                        }
                    }
                }
            }
        };
        Expr { kind, span }
    }
}

fn builtin(name: &str) -> Option<Builtin> {
    Some(match name {
        "println" => Builtin::Println,
        "print" => Builtin::Print,
        "printf" => Builtin::Printf,
        _ => return None,
    })
}
