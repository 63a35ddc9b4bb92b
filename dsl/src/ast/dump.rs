//! A compact, stable text dump of the AST for golden tests: one node per line, children
//! indented by two spaces, a role prefix (`cond:`, `then:`, `arg:`) where a node has
//! several children of different meaning, and `@start..end` byte spans.
//!
//! ```text
//! ExprStmt @0..11
//!   Call println cmd @0..11
//!     arg: Str "hi" @8..11
//! ```

use std::fmt::Write;

use super::{
    Arg, Args, AstExpr, AstStmt, CaseLabel, ClassDef, ClassMember, Closure, Expr, GStringPart,
    ListItem, MapEntry, MapKey, MemberName, MethodDef, Modifiers, Module, Nav, NumLit, Param, Stmt,
    Switch, TypeRef, VarDecl,
};
use crate::source::Span;

/// Dumps a whole module (its statements at indentation 0).
#[must_use]
pub fn module(m: &Module) -> String {
    let mut d = Dumper::default();
    for s in &m.stmts {
        d.stmt(None, s);
    }
    d.out
}

/// Dumps one expression.
#[must_use]
pub fn expr(e: &AstExpr) -> String {
    let mut d = Dumper::default();
    d.expr(None, e);
    d.out
}

/// Renders a type as written: `Map<String, List<Integer>>[]`.
#[must_use]
pub fn type_ref(t: &TypeRef) -> String {
    let mut s = t.name.to_string();
    if !t.generics.is_empty() {
        s.push('<');
        for (i, g) in t.generics.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&type_ref(g));
        }
        s.push('>');
    }
    for _ in 0..t.array_dims {
        s.push_str("[]");
    }
    s
}

fn nav(n: Nav) -> &'static str {
    match n {
        Nav::Normal => ".",
        Nav::Safe => "?.",
        Nav::Spread => "*.",
        Nav::Field => ".@",
    }
}

fn num(n: &NumLit) -> String {
    match n {
        NumLit::Int(i) => format!("Int {i}"),
        NumLit::Long(i) => format!("Long {i}"),
        NumLit::BigInt(s) => format!("BigInt {s}"),
        NumLit::BigDec(s) => format!("BigDec {s}"),
        NumLit::Double(f) => format!("Double {f:?}"),
        NumLit::Float(f) => format!("Float {f:?}"),
    }
}

fn mods(m: &Modifiers) -> String {
    let mut s = String::new();
    for a in &m.annotations {
        let _ = write!(s, "@{} ", a.node);
    }
    for k in &m.keywords {
        let _ = write!(s, "{} ", k.node.as_str());
    }
    s
}

#[derive(Default)]
struct Dumper {
    out: String,
    indent: usize,
}

impl Dumper {
    fn line(&mut self, label: Option<&str>, text: &str, span: Option<Span>) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        if let Some(l) = label {
            self.out.push_str(l);
            self.out.push_str(": ");
        }
        self.out.push_str(text);
        if let Some(s) = span {
            let _ = write!(self.out, " @{}..{}", s.start, s.end);
        }
        self.out.push('\n');
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.indent += 1;
        f(self);
        self.indent -= 1;
    }

    fn block(&mut self, label: &str, stmts: &[AstStmt]) {
        self.line(Some(label), &format!("{} stmts", stmts.len()), None);
        self.nested(|d| {
            for s in stmts {
                d.stmt(None, s);
            }
        });
    }

    fn stmt(&mut self, label: Option<&str>, s: &AstStmt) {
        let sp = Some(s.span);
        match &s.node {
            Stmt::Expr(e) => {
                self.line(label, "ExprStmt", sp);
                self.nested(|d| d.expr(None, e));
            }
            Stmt::VarDecl(v) => {
                self.line(label, "VarDecl", sp);
                self.nested(|d| d.var_decl(v));
            }
            Stmt::MultiDecl { vars, init } => {
                self.line(label, "MultiDecl", sp);
                self.nested(|d| {
                    for (ty, name) in vars {
                        let ty = ty.as_ref().map(|t| format!("{} ", type_ref(t)));
                        let text = format!("var {}{}", ty.unwrap_or_default(), name.node);
                        d.line(None, &text, Some(name.span));
                    }
                    d.expr(Some("init"), init);
                });
            }
            Stmt::Block(b) => {
                self.line(label, "Block", sp);
                self.nested(|d| {
                    for s in b {
                        d.stmt(None, s);
                    }
                });
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                self.line(label, "If", sp);
                self.nested(|d| {
                    d.expr(Some("cond"), cond);
                    d.stmt(Some("then"), then);
                    if let Some(o) = otherwise {
                        d.stmt(Some("else"), o);
                    }
                });
            }
            Stmt::While { cond, body } => {
                self.line(label, "While", sp);
                self.nested(|d| {
                    d.expr(Some("cond"), cond);
                    d.stmt(Some("body"), body);
                });
            }
            Stmt::DoWhile { body, cond } => {
                self.line(label, "DoWhile", sp);
                self.nested(|d| {
                    d.stmt(Some("body"), body);
                    d.expr(Some("cond"), cond);
                });
            }
            Stmt::ForIn {
                ty,
                var,
                iter,
                body,
            } => {
                let ty = ty.as_ref().map(|t| format!("{} ", type_ref(t)));
                let text = format!("ForIn {}{}", ty.unwrap_or_default(), var.node);
                self.line(label, &text, sp);
                self.nested(|d| {
                    d.expr(Some("iter"), iter);
                    d.stmt(Some("body"), body);
                });
            }
            Stmt::For {
                init,
                cond,
                update,
                body,
            } => {
                self.line(label, "For", sp);
                self.nested(|d| {
                    for s in init {
                        d.stmt(Some("init"), s);
                    }
                    if let Some(c) = cond {
                        d.expr(Some("cond"), c);
                    }
                    for u in update {
                        d.expr(Some("update"), u);
                    }
                    d.stmt(Some("body"), body);
                });
            }
            Stmt::Switch(sw) => {
                self.line(label, "Switch", sp);
                self.nested(|d| d.switch(sw));
            }
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                self.line(label, "Try", sp);
                self.nested(|d| {
                    d.block("body", body);
                    for c in catches {
                        let types: Vec<String> = c.types.iter().map(type_ref).collect();
                        let text = format!("catch ({}) {}", types.join(" | "), c.name.node);
                        d.line(None, &text, Some(c.name.span));
                        d.nested(|d| {
                            for s in &c.body {
                                d.stmt(None, s);
                            }
                        });
                    }
                    if let Some(f) = finally {
                        d.block("finally", f);
                    }
                });
            }
            Stmt::Throw(e) => {
                self.line(label, "Throw", sp);
                self.nested(|d| d.expr(None, e));
            }
            Stmt::Return(e) => {
                self.line(label, "Return", sp);
                if let Some(e) = e {
                    self.nested(|d| d.expr(None, e));
                }
            }
            Stmt::Break(l) | Stmt::Continue(l) => {
                let kw = if matches!(s.node, Stmt::Break(_)) {
                    "Break"
                } else {
                    "Continue"
                };
                let text = match l {
                    Some(l) => format!("{kw} {}", l.node),
                    None => kw.to_owned(),
                };
                self.line(label, &text, sp);
            }
            Stmt::Labeled { label: l, stmt } => {
                self.line(label, &format!("Labeled {}", l.node), sp);
                self.nested(|d| d.stmt(None, stmt));
            }
            Stmt::Assert { cond, message } => {
                self.line(label, "Assert", sp);
                self.nested(|d| {
                    d.expr(Some("cond"), cond);
                    if let Some(m) = message {
                        d.expr(Some("message"), m);
                    }
                });
            }
            Stmt::Method(m) => self.method(label, "Method", m, s.span),
            Stmt::Class(c) => self.class(label, c, s.span),
            Stmt::Import(i) => {
                let mut text = format!(
                    "Import {}{}",
                    if i.is_static { "static " } else { "" },
                    i.path
                );
                if i.star {
                    text.push_str(".*");
                }
                if let Some(a) = &i.alias {
                    let _ = write!(text, " as {}", a.node);
                }
                self.line(label, &text, sp);
            }
            Stmt::Package(p) => self.line(label, &format!("Package {p}"), sp),
            Stmt::Empty => self.line(label, "Empty", sp),
            Stmt::Error => self.line(label, "ErrorStmt", sp),
        }
    }

    fn var_decl(&mut self, v: &VarDecl) {
        let ty = v.ty.as_ref().map_or_else(|| "def".to_owned(), type_ref);
        for var in &v.vars {
            let text = format!("{}{} {}", mods(&v.modifiers), ty, var.name.node);
            self.line(None, &text, Some(var.name.span));
            if let Some(init) = &var.init {
                self.nested(|d| d.expr(Some("init"), init));
            }
        }
    }

    fn params(&mut self, params: &[Param]) {
        for p in params {
            let ty = p.ty.as_ref().map(|t| format!("{} ", type_ref(t)));
            let text = format!(
                "param {}{}{}",
                ty.unwrap_or_default(),
                if p.varargs { "..." } else { "" },
                p.name.node
            );
            self.line(None, &text, Some(p.name.span));
            if let Some(def) = &p.default {
                self.nested(|d| d.expr(Some("default"), def));
            }
        }
    }

    fn method(&mut self, label: Option<&str>, kind: &str, m: &MethodDef, span: Span) {
        let ret = m.ret.as_ref().map_or_else(|| "def".to_owned(), type_ref);
        let mut text = format!("{kind} {}{ret} {}", mods(&m.modifiers), m.name.node);
        if !m.type_params.is_empty() {
            let tp: Vec<&str> = m.type_params.iter().map(|t| &*t.node).collect();
            let _ = write!(text, " <{}>", tp.join(", "));
        }
        if !m.throws.is_empty() {
            let th: Vec<String> = m.throws.iter().map(type_ref).collect();
            let _ = write!(text, " throws {}", th.join(", "));
        }
        if m.body.is_none() {
            text.push_str(" abstract");
        }
        self.line(label, &text, Some(span));
        self.nested(|d| {
            d.params(&m.params);
            if let Some(b) = &m.body {
                d.block("body", b);
            }
        });
    }

    fn class(&mut self, label: Option<&str>, c: &ClassDef, span: Span) {
        let mut text = format!("Class {:?} {}{}", c.kind, mods(&c.modifiers), c.name.node);
        if !c.type_params.is_empty() {
            let tp: Vec<&str> = c.type_params.iter().map(|t| &*t.node).collect();
            let _ = write!(text, " <{}>", tp.join(", "));
        }
        if !c.extends.is_empty() {
            let e: Vec<String> = c.extends.iter().map(type_ref).collect();
            let _ = write!(text, " extends {}", e.join(", "));
        }
        if !c.implements.is_empty() {
            let e: Vec<String> = c.implements.iter().map(type_ref).collect();
            let _ = write!(text, " implements {}", e.join(", "));
        }
        self.line(label, &text, Some(span));
        self.nested(|d| d.members(&c.members));
    }

    fn members(&mut self, members: &[ClassMember]) {
        for m in members {
            match m {
                ClassMember::Field(v) => {
                    self.line(None, "Field", Some(v.span));
                    self.nested(|d| d.var_decl(&v.node));
                }
                ClassMember::Method(m) => self.method(None, "Method", &m.node, m.span),
                ClassMember::Constructor(m) => self.method(None, "Constructor", &m.node, m.span),
                ClassMember::Initializer {
                    is_static,
                    body,
                    span,
                } => {
                    let text = if *is_static { "StaticInit" } else { "Init" };
                    self.line(None, text, Some(*span));
                    self.nested(|d| {
                        for s in body {
                            d.stmt(None, s);
                        }
                    });
                }
                ClassMember::Class(c) => self.class(None, &c.node, c.span),
                ClassMember::EnumConstant { name, args } => {
                    self.line(
                        None,
                        &format!("EnumConstant {}", name.node),
                        Some(name.span),
                    );
                    self.nested(|d| d.args(args));
                }
            }
        }
    }

    fn switch(&mut self, sw: &Switch) {
        self.expr(Some("subject"), &sw.subject);
        for c in &sw.cases {
            self.line(None, if c.arrow { "case ->" } else { "case" }, None);
            self.nested(|d| {
                for l in &c.labels {
                    match &l.node {
                        CaseLabel::Case(e) => d.expr(Some("label"), e),
                        CaseLabel::Default => d.line(Some("label"), "default", Some(l.span)),
                    }
                }
                for s in &c.body {
                    d.stmt(None, s);
                }
            });
        }
    }

    fn args(&mut self, args: &Args) {
        for a in &args.args {
            match a {
                Arg::Pos(e) => self.expr(Some("arg"), e),
                Arg::Spread(e) => self.expr(Some("spread"), e),
                Arg::SpreadMap(e) => self.expr(Some("spread-map"), e),
                Arg::Named(k, v) => self.named("named", &k.node, k.span, v),
            }
        }
    }

    fn named(&mut self, label: &str, key: &MapKey, key_span: Span, value: &AstExpr) {
        match key {
            MapKey::Name(n) => self.line(Some(label), &format!("key {n}"), Some(key_span)),
            MapKey::Expr(k) => {
                self.line(Some(label), "key", None);
                self.nested(|d| d.expr(None, k));
            }
        }
        self.nested(|d| d.expr(Some("value"), value));
    }

    fn member(name: &MemberName) -> String {
        match name {
            MemberName::Ident(n) => n.to_string(),
            MemberName::Str(s) => format!("{s:?}"),
            MemberName::Dynamic(_) => "<dynamic>".to_owned(),
        }
    }

    fn closure(&mut self, c: &Closure) {
        if let Some(p) = &c.params {
            self.params(p);
        }
        for s in &c.body {
            self.stmt(None, s);
        }
    }

    fn expr(&mut self, label: Option<&str>, e: &AstExpr) {
        let sp = Some(e.span);
        match &e.node {
            Expr::Null => self.line(label, "Null", sp),
            Expr::Bool(b) => self.line(label, &format!("Bool {b}"), sp),
            Expr::Number(n) => self.line(label, &num(n), sp),
            Expr::Str(s) => self.line(label, &format!("Str {s:?}"), sp),
            Expr::GString(parts) => {
                self.line(label, "GString", sp);
                self.nested(|d| {
                    for p in parts {
                        match p {
                            GStringPart::Text(t) => d.line(None, &format!("text {t:?}"), None),
                            GStringPart::Expr(e) => d.expr(None, e),
                        }
                    }
                });
            }
            Expr::Name(n) => self.line(label, &format!("Name {n}"), sp),
            Expr::This => self.line(label, "This", sp),
            Expr::Super => self.line(label, "Super", sp),
            Expr::List(items) => {
                self.line(label, "List", sp);
                self.nested(|d| {
                    for i in items {
                        match i {
                            ListItem::Elem(e) => d.expr(None, e),
                            ListItem::Spread(e) => d.expr(Some("spread"), e),
                        }
                    }
                });
            }
            Expr::Map(entries) => {
                self.line(label, "Map", sp);
                self.nested(|d| {
                    for en in entries {
                        match en {
                            MapEntry::Pair(k, v) => d.named("entry", &k.node, k.span, v),
                            MapEntry::Spread(e) => d.expr(Some("spread-map"), e),
                        }
                    }
                });
            }
            Expr::Range {
                from,
                to,
                exclusive_from,
                exclusive_to,
            } => {
                let op = match (exclusive_from, exclusive_to) {
                    (false, false) => "..",
                    (false, true) => "..<",
                    (true, false) => "<..",
                    (true, true) => "<..<",
                };
                self.line(label, &format!("Range {op}"), sp);
                self.nested(|d| {
                    d.expr(None, from);
                    d.expr(None, to);
                });
            }
            Expr::Unary { op, expr } => {
                self.line(label, &format!("Unary {op:?}"), sp);
                self.nested(|d| d.expr(None, expr));
            }
            Expr::Binary { op, lhs, rhs } => {
                self.line(label, &format!("Binary {}", op.as_str()), sp);
                self.nested(|d| {
                    d.expr(None, lhs);
                    d.expr(None, rhs);
                });
            }
            Expr::Assign { op, target, value } => {
                let op = match op {
                    None => "=".to_owned(),
                    Some(super::AssignOp::Compound(b)) => format!("{}=", b.as_str()),
                    Some(super::AssignOp::Elvis) => "?=".to_owned(),
                };
                self.line(label, &format!("Assign {op}"), sp);
                self.nested(|d| {
                    d.expr(Some("target"), target);
                    d.expr(Some("value"), value);
                });
            }
            Expr::Tuple(items) => {
                self.line(label, "Tuple", sp);
                self.nested(|d| {
                    for i in items {
                        d.expr(None, i);
                    }
                });
            }
            Expr::Ternary {
                cond,
                then,
                otherwise,
            } => {
                self.line(label, "Ternary", sp);
                self.nested(|d| {
                    d.expr(Some("cond"), cond);
                    d.expr(Some("then"), then);
                    d.expr(Some("else"), otherwise);
                });
            }
            Expr::Elvis { lhs, rhs } => {
                self.line(label, "Elvis", sp);
                self.nested(|d| {
                    d.expr(None, lhs);
                    d.expr(None, rhs);
                });
            }
            Expr::Prop { obj, name, nav: n } => {
                let text = format!("Prop {}{}", nav(*n), Self::member(&name.node));
                self.line(label, &text, sp);
                self.nested(|d| {
                    d.expr(Some("obj"), obj);
                    if let MemberName::Dynamic(e) = &name.node {
                        d.expr(Some("name"), e);
                    }
                });
            }
            Expr::Call {
                obj,
                name,
                nav: n,
                args,
            } => {
                let mut text = format!("Call {}{}", nav(*n), Self::member(&name.node));
                if obj.is_none() {
                    text = format!("Call {}", Self::member(&name.node));
                }
                if !args.parens {
                    text.push_str(" no-parens");
                }
                self.line(label, &text, sp);
                self.nested(|d| {
                    if let Some(o) = obj {
                        d.expr(Some("obj"), o);
                    }
                    if let MemberName::Dynamic(e) = &name.node {
                        d.expr(Some("name"), e);
                    }
                    d.args(args);
                });
            }
            Expr::Invoke { callee, args } => {
                let text = if args.parens {
                    "Invoke"
                } else {
                    "Invoke no-parens"
                };
                self.line(label, text, sp);
                self.nested(|d| {
                    d.expr(Some("callee"), callee);
                    d.args(args);
                });
            }
            Expr::Index { obj, index, safe } => {
                self.line(label, if *safe { "Index ?[" } else { "Index" }, sp);
                self.nested(|d| {
                    d.expr(Some("obj"), obj);
                    for i in index {
                        d.expr(Some("index"), i);
                    }
                });
            }
            Expr::Closure(c) => {
                let mut text = if c.lambda { "Lambda" } else { "Closure" }.to_owned();
                match &c.params {
                    None => text.push_str(" implicit-it"),
                    Some(p) if p.is_empty() => text.push_str(" no-params"),
                    Some(_) => {}
                }
                self.line(label, &text, sp);
                self.nested(|d| d.closure(c));
            }
            Expr::Cast { ty, expr } => {
                self.line(label, &format!("Cast {}", type_ref(ty)), sp);
                self.nested(|d| d.expr(None, expr));
            }
            Expr::As { expr, ty } => {
                self.line(label, &format!("As {}", type_ref(ty)), sp);
                self.nested(|d| d.expr(None, expr));
            }
            Expr::InstanceOf { expr, ty, negated } => {
                let kw = if *negated {
                    "!instanceof"
                } else {
                    "instanceof"
                };
                self.line(label, &format!("InstanceOf {kw} {}", type_ref(ty)), sp);
                self.nested(|d| d.expr(None, expr));
            }
            Expr::New { ty, args, body } => {
                self.line(label, &format!("New {}", type_ref(ty)), sp);
                self.nested(|d| {
                    d.args(args);
                    if let Some(b) = body {
                        d.line(None, "anonymous body", None);
                        d.nested(|d| d.members(b));
                    }
                });
            }
            Expr::MethodRef { obj, name } => {
                self.line(label, &format!("MethodRef {}", name.node), sp);
                self.nested(|d| d.expr(Some("obj"), obj));
            }
            Expr::DynMethodRef { obj, name } => {
                self.line(label, "DynMethodRef", sp);
                self.nested(|d| {
                    d.expr(Some("obj"), obj);
                    d.expr(Some("name"), name);
                });
            }
            Expr::Switch(sw) => {
                self.line(label, "SwitchExpr", sp);
                self.nested(|d| d.switch(sw));
            }
            Expr::Error => self.line(label, "ErrorExpr", sp),
        }
    }
}
