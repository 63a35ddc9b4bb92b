//! The scope-analysis walk behind [`Semantic::analyze`]: scopes, declarations, lookups and
//! statements here; expressions, closures and qualified names in `analyze/expr.rs`.

mod expr;

use std::collections::HashMap;

use super::{Decl, DeclId, DeclKind, Duplicate, DuplicateKind, MethodInfo, Res, Semantic};
use crate::ast::visit::{self, Visit};
use crate::ast::{
    AstExpr, AstStmt, ClassDef, ClassMember, Closure, Expr, Ident, MethodDef, Module, Name, Param,
    Stmt, Switch, TypeRef, VarDecl,
};
use crate::source::Span;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    /// The script body's top level.
    Script,
    /// A block inside the script body (not in a method or closure).
    ScriptBlock,
    /// A method body (parameters).
    Method,
    /// A closure body (parameters).
    Closure,
    /// Any other block.
    Block,
    /// A class body (fields and methods).
    Class,
}

struct Scope {
    kind: ScopeKind,
    /// Declared names; scopes are small, so a vector beats a hash map.
    names: Vec<(Name, DeclId)>,
    /// Member names of a class scope.
    members: Vec<Name>,
    /// A closure whose delegate may supply names.
    delegated: bool,
}

struct Analyzer {
    sem: Semantic,
    scopes: Vec<Scope>,
    /// How many scopes on the stack are not part of the script body.
    non_script: usize,
    /// The script's `@Field` declarations, declared before the walk: they are fields of
    /// the script class, initialised when it is created, so every part of the script
    /// (methods above the declaration included) sees them.
    script_fields: Vec<(Name, DeclId)>,
}

impl Scope {
    fn get(&self, name: &str) -> Option<DeclId> {
        self.names
            .iter()
            .rev()
            .find(|(n, _)| &**n == name)
            .map(|(_, id)| *id)
    }
}

/// First segments of the package names real scripts spell out (`java.util.Date`,
/// `com.exalate.…`); any other lower-case name is taken for a variable.
pub(crate) const PACKAGE_ROOTS: &[&str] = &[
    "java",
    "javax",
    "groovy",
    "org",
    "com",
    "net",
    "scala",
    "play",
    "akka",
    "jcloudnode",
    "services",
    "sun",
    "jdk",
    "io",
    "de",
    "ch",
    "edu",
    "uk",
];

/// Methods whose closure argument runs with a delegate that supplies names.
const DELEGATING: &[&str] = &["with", "tap", "identity", "use", "build", "configure"];

pub(super) fn run(module: &Module) -> Semantic {
    let mut a = Analyzer {
        sem: Semantic::default(),
        scopes: Vec::new(),
        non_script: 0,
        script_fields: Vec::new(),
    };
    a.collect_top(&module.stmts);
    a.push(ScopeKind::Script);
    a.stmts(&module.stmts);
    a.scopes.pop();
    a.sem
}

fn type_name_list(ps: &[Param]) -> Vec<Name> {
    ps.iter()
        .map(|p| match &p.ty {
            Some(t) => t.name.clone(),
            None => "Object".into(),
        })
        .collect()
}

impl Analyzer {
    fn push(&mut self, kind: ScopeKind) {
        if !matches!(kind, ScopeKind::Script | ScopeKind::ScriptBlock) {
            self.non_script += 1;
        }
        self.scopes.push(Scope {
            kind,
            names: Vec::new(),
            members: Vec::new(),
            delegated: false,
        });
    }

    fn pop(&mut self) {
        if let Some(s) = self.scopes.pop() {
            if !matches!(s.kind, ScopeKind::Script | ScopeKind::ScriptBlock) {
                self.non_script -= 1;
            }
        }
    }

    fn in_script_body(&self) -> bool {
        self.non_script == 0
    }

    fn block_kind(&self) -> ScopeKind {
        if self.in_script_body() {
            ScopeKind::ScriptBlock
        } else {
            ScopeKind::Block
        }
    }

    /// Pre-collects script methods, classes and imports (visible before their position).
    fn collect_top(&mut self, stmts: &[AstStmt]) {
        let mut seen: HashMap<(Name, Vec<Name>), Span> = HashMap::new();
        let mut classes_seen: HashMap<Name, Span> = HashMap::new();
        for s in stmts {
            match &s.node {
                Stmt::Method(m) => {
                    let types = type_name_list(&m.params);
                    let key = (m.name.node.clone(), types.clone());
                    self.first_or_duplicate(&mut seen, key, &m.name, DuplicateKind::Method);
                    self.sem.methods.push(MethodInfo {
                        name: m.name.node.clone(),
                        span: m.name.span,
                        def_span: s.span,
                        param_types: types,
                    });
                }
                Stmt::Class(c) => {
                    let key = c.name.node.clone();
                    self.first_or_duplicate(&mut classes_seen, key, &c.name, DuplicateKind::Class);
                    self.collect_class_names(c);
                }
                Stmt::VarDecl(d) if is_script_field(d) => {
                    for v in &d.vars {
                        let id = self.new_typed_decl(&v.name, DeclKind::Field, d.ty.as_deref());
                        self.script_fields.push((v.name.node.clone(), id));
                    }
                }
                Stmt::Import(imp) if imp.star => {
                    if imp.is_static {
                        self.sem.static_star_import = true;
                    } else {
                        self.sem.star_imports.push(imp.path.clone());
                    }
                }
                Stmt::Import(imp) => {
                    // `import a.B`, `import a.B as C`, `import static a.B.m`: one name each
                    let last = imp.path.rsplit('.').next().unwrap_or(&imp.path);
                    let name = imp.alias.as_ref().map_or(last, |a| &a.node);
                    self.sem.imports.insert(name.into(), imp.path.clone());
                }
                _ => {}
            }
        }
    }

    /// Records where `key` (a method signature, a class name) is first declared, or a
    /// duplicate of that first declaration.
    fn first_or_duplicate<K: Eq + std::hash::Hash>(
        &mut self,
        seen: &mut HashMap<K, Span>,
        key: K,
        name: &Ident,
        what: DuplicateKind,
    ) {
        match seen.get(&key) {
            Some(first) => self.sem.duplicates.push(Duplicate {
                name: name.node.clone(),
                first: *first,
                second: name.span,
                what,
            }),
            None => {
                seen.insert(key, name.span);
            }
        }
    }

    fn collect_class_names(&mut self, c: &ClassDef) {
        self.sem.classes.insert(c.name.node.clone());
        for t in &c.type_params {
            self.sem.type_params.insert(t.node.clone());
        }
        for m in &c.members {
            if let ClassMember::Class(inner) = m {
                self.collect_class_names(&inner.node);
            }
        }
    }

    fn new_typed_decl(&mut self, name: &Ident, kind: DeclKind, ty: Option<&TypeRef>) -> DeclId {
        let id = self.sem.decls.len() as DeclId;
        let script_level = kind == DeclKind::Local && self.in_script_body();
        self.sem.decls.push(Decl {
            name: name.node.clone(),
            span: name.span,
            kind,
            script_level,
            reads: 0,
            writes: 0,
            ty: ty.map(|t| t.name.clone()),
        });
        id
    }

    /// Declares `name` in the innermost scope, recording a duplicate when the same or an
    /// enclosing scope of the same method already declares it.
    fn declare(&mut self, name: &Ident, kind: DeclKind) -> DeclId {
        self.declare_typed(name, kind, None)
    }

    fn declare_typed(&mut self, name: &Ident, kind: DeclKind, ty: Option<&TypeRef>) -> DeclId {
        if kind == DeclKind::Field {
            // a script `@Field` was declared up front: its declaration brings that one
            // into the scope
            let pre = self
                .script_fields
                .iter()
                .find(|(_, id)| self.sem.decls[*id as usize].span == name.span);
            if let Some(&(_, id)) = pre {
                if let Some(s) = self.scopes.last_mut() {
                    s.names.push((name.node.clone(), id));
                }
                return id;
            }
        }
        if kind != DeclKind::ImplicitIt && kind != DeclKind::Field {
            for s in self.scopes.iter().rev() {
                if let Some(prev) = s.get(&name.node) {
                    let p = &self.sem.decls[prev as usize];
                    if p.kind != DeclKind::ImplicitIt && p.kind != DeclKind::Field {
                        self.sem.duplicates.push(Duplicate {
                            name: name.node.clone(),
                            first: p.span,
                            second: name.span,
                            what: DuplicateKind::Variable,
                        });
                    }
                    break;
                }
                if matches!(s.kind, ScopeKind::Method | ScopeKind::Class) {
                    break;
                }
            }
        }
        let id = self.new_typed_decl(name, kind, ty);
        if let Some(s) = self.scopes.last_mut() {
            s.names.push((name.node.clone(), id));
        }
        id
    }

    /// Lexical lookup of a variable name.
    fn lookup(&self, name: &str) -> Res {
        let mut crossed_method = false;
        let mut in_class = false;
        let mut delegated = false;
        for s in self.scopes.iter().rev() {
            if s.delegated && !crossed_method {
                delegated = true;
            }
            if let Some(id) = s.get(name) {
                let script_scope = matches!(s.kind, ScopeKind::Script | ScopeKind::ScriptBlock);
                // an `@Field` is a field of the script class: every method sees it
                let script_field = self.sem.decls[id as usize].kind == DeclKind::Field;
                if script_scope && (crossed_method || in_class) && !script_field {
                    return Res::ScriptLocalFromMethod(id);
                }
                if s.kind == ScopeKind::Class {
                    return Res::Member;
                }
                return Res::Local(id);
            }
            if s.kind == ScopeKind::Class {
                if s.members.iter().any(|m| &**m == name) {
                    return Res::Member;
                }
                in_class = true;
            }
            if s.kind == ScopeKind::Method {
                crossed_method = true;
            }
        }
        if !in_class {
            // a script `@Field` used above its declaration (in a method, or in the body:
            // fields are initialised before the script runs)
            if let Some(&(_, id)) = self.script_fields.iter().rev().find(|(n, _)| &**n == name) {
                return Res::Local(id);
            }
        }
        if self.sem.classes.contains(name) {
            return Res::Class;
        }
        if let Some(path) = self.sem.imports.get(name) {
            let last = path.rsplit('.').next().unwrap_or(path);
            let is_class = last.starts_with(char::is_uppercase) || name != last;
            return if is_class {
                Res::Class
            } else {
                Res::StaticImport
            };
        }
        Res::Global {
            in_class,
            delegated,
            in_method: crossed_method && !in_class,
        }
    }

    fn lookup_call(&self, name: &str) -> Res {
        match self.lookup(name) {
            r @ (Res::Local(_) | Res::ScriptLocalFromMethod(_) | Res::Member) => r,
            other => {
                let in_class = self.scopes.iter().any(|s| s.kind == ScopeKind::Class);
                if !in_class && self.sem.methods.iter().any(|m| &*m.name == name) {
                    Res::Method
                } else {
                    other
                }
            }
        }
    }

    fn read(&mut self, id: DeclId) {
        if let Some(d) = self.sem.decls.get_mut(id as usize) {
            d.reads += 1;
        }
    }

    fn stmts(&mut self, stmts: &[AstStmt]) {
        for s in stmts {
            self.visit_stmt(s);
        }
    }

    /// A branch or loop body: a scope of its own even when it is a single statement.
    fn scoped_stmt(&mut self, s: &AstStmt) {
        let k = self.block_kind();
        self.push(k);
        match &s.node {
            Stmt::Block(b) => self.stmts(b),
            _ => self.visit_stmt(s),
        }
        self.pop();
    }

    fn scoped_block(&mut self, b: &[AstStmt]) {
        let k = self.block_kind();
        self.push(k);
        self.stmts(b);
        self.pop();
    }

    fn var_decl(&mut self, d: &VarDecl, kind: DeclKind) {
        if let Some(t) = &d.ty {
            self.visit_type(t);
        }
        for v in &d.vars {
            if let Some(init) = &v.init {
                if let Expr::Closure(_) = &init.node {
                    // Declared first so the closure can call itself.
                    self.sem
                        .stored_closures
                        .insert(init.span, v.name.node.clone());
                    self.declare_typed(&v.name, kind, d.ty.as_deref());
                    self.visit_expr(init);
                    continue;
                }
                self.visit_expr(init);
            }
            self.declare_typed(&v.name, kind, d.ty.as_deref());
        }
    }

    fn switch(&mut self, sw: &Switch) {
        self.visit_expr(&sw.subject);
        let k = self.block_kind();
        self.push(k);
        for case in &sw.cases {
            for l in &case.labels {
                if let crate::ast::CaseLabel::Case(e) = &l.node {
                    self.visit_expr(e);
                }
            }
            if case.arrow {
                self.scoped_block(&case.body);
            } else {
                self.stmts(&case.body);
            }
        }
        self.pop();
    }

    fn params(&mut self, ps: &[Param], kind: DeclKind) {
        for p in ps {
            if let Some(t) = &p.ty {
                self.visit_type(t);
            }
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
            let id = self.declare_typed(&p.name, kind, p.ty.as_ref());
            // parameters are part of a signature: never reported unused
            self.read(id);
        }
    }

    fn method(&mut self, m: &MethodDef) {
        for t in &m.type_params {
            self.sem.type_params.insert(t.node.clone());
        }
        if let Some(r) = &m.ret {
            self.visit_type(r);
        }
        for t in &m.throws {
            self.visit_type(t);
        }
        self.push(ScopeKind::Method);
        self.params(&m.params, DeclKind::Param);
        if let Some(b) = &m.body {
            self.push(ScopeKind::Block);
            self.stmts(b);
            self.pop();
        }
        self.pop();
    }

    fn class(&mut self, c: &ClassDef) {
        for t in c.extends.iter().chain(&c.implements) {
            self.visit_type(t);
        }
        self.push(ScopeKind::Class);
        self.class_members(&c.members, Some(c));
        self.pop();
    }

    fn class_members(&mut self, members: &[ClassMember], class: Option<&ClassDef>) {
        // Members are visible everywhere in the class body.
        let mut names: Vec<Name> = Vec::new();
        let mut method_sigs: HashMap<(Name, Vec<Name>), Span> = HashMap::new();
        for m in members {
            match m {
                ClassMember::Field(d) => {
                    for v in &d.node.vars {
                        names.push(v.name.node.clone());
                    }
                }
                ClassMember::Method(md) => {
                    names.push(md.node.name.node.clone());
                    let key = (md.node.name.node.clone(), type_name_list(&md.node.params));
                    let name = &md.node.name;
                    self.first_or_duplicate(&mut method_sigs, key, name, DuplicateKind::Method);
                }
                ClassMember::EnumConstant { name, .. } => names.push(name.node.clone()),
                ClassMember::Class(inner) => names.push(inner.node.name.node.clone()),
                ClassMember::Constructor(_) | ClassMember::Initializer { .. } => {}
            }
        }
        if let Some(c) = class {
            names.push(c.name.node.clone());
        }
        if let Some(s) = self.scopes.last_mut() {
            s.members.extend(names);
        }
        for m in members {
            match m {
                ClassMember::Field(d) => {
                    if let Some(t) = &d.node.ty {
                        self.visit_type(t);
                    }
                    for v in &d.node.vars {
                        if let Some(init) = &v.init {
                            self.visit_expr(init);
                        }
                        let id = self.declare(&v.name, DeclKind::Field);
                        self.read(id);
                    }
                }
                ClassMember::Method(md) | ClassMember::Constructor(md) => self.method(&md.node),
                ClassMember::Initializer { body, .. } => {
                    self.push(ScopeKind::Method);
                    self.stmts(body);
                    self.pop();
                }
                ClassMember::Class(inner) => self.class(&inner.node),
                ClassMember::EnumConstant { args, .. } => visit::walk_args(self, args, None),
            }
        }
    }
}

/// The analysis rides the shared walk: statements that declare names or open scopes are
/// handled here, expressions in `analyze/expr.rs`, everything else descends by default.
impl<'a> Visit<'a> for Analyzer {
    fn visit_stmt(&mut self, s: &'a AstStmt) {
        match &s.node {
            Stmt::VarDecl(d) => {
                let kind = if self.in_script_body() && is_script_field(d) {
                    DeclKind::Field
                } else {
                    DeclKind::Local
                };
                self.var_decl(d, kind);
            }
            Stmt::MultiDecl { vars, init } => {
                self.visit_expr(init);
                for (t, name) in vars {
                    if let Some(t) = t {
                        self.visit_type(t);
                    }
                    self.declare(name, DeclKind::Local);
                }
            }
            Stmt::ForIn {
                ty,
                var,
                iter,
                body,
            } => {
                self.visit_expr(iter);
                if let Some(t) = ty {
                    self.visit_type(t);
                }
                let k = self.block_kind();
                self.push(k);
                let id = self.declare(var, DeclKind::ForVar);
                // a loop variable counts as used: loops often run for their side effects
                self.read(id);
                self.scoped_stmt(body);
                self.pop();
            }
            Stmt::For { .. } => {
                // the init's declarations are visible in the condition, update and body
                let k = self.block_kind();
                self.push(k);
                visit::walk_stmt(self, s);
                self.pop();
            }
            Stmt::Switch(sw) => self.switch(sw),
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                self.scoped_block(body);
                for c in catches {
                    for t in &c.types {
                        self.visit_type(t);
                    }
                    let k = self.block_kind();
                    self.push(k);
                    let id = self.declare(&c.name, DeclKind::CatchVar);
                    self.read(id);
                    self.stmts(&c.body);
                    self.pop();
                }
                if let Some(f) = finally {
                    self.scoped_block(f);
                }
            }
            _ => visit::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a AstExpr) {
        self.expr(e);
    }

    fn visit_block(&mut self, stmts: &'a [AstStmt]) {
        self.scoped_block(stmts);
    }

    fn visit_body(&mut self, body: &'a AstStmt, _guard: Option<visit::Guard<'a>>) {
        self.scoped_stmt(body);
    }

    fn visit_arg(&mut self, arg: &'a AstExpr, callee: Option<&'a str>) {
        self.arg(arg, callee);
    }

    fn visit_closure(&mut self, closure: &'a Closure, _expr: &'a AstExpr) {
        self.closure(closure, false);
    }

    fn visit_method(&mut self, method: &'a MethodDef) {
        self.method(method);
    }

    fn visit_class(&mut self, class: &'a ClassDef) {
        self.class(class);
    }

    fn visit_anonymous_class(&mut self, members: &'a [ClassMember]) {
        // An anonymous class sees the enclosing locals, like a closure.
        self.push(ScopeKind::Closure);
        self.push(ScopeKind::Class);
        self.class_members(members, None);
        self.pop();
        self.pop();
    }

    fn visit_type(&mut self, ty: &'a TypeRef) {
        self.sem.type_refs.push((ty.name.clone(), ty.span));
        visit::walk_type(self, ty);
    }
}

/// Whether a declaration is an `@Field` (`@Field`, `@groovy.transform.Field`): at the top
/// of a script it declares a field of the script class rather than a local.
fn is_script_field(d: &VarDecl) -> bool {
    d.modifiers
        .annotations
        .iter()
        .any(|a| matches!(&*a.node, "Field" | "groovy.transform.Field"))
}
