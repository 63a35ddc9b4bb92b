//! Resolver: turns the AST into the slot-resolved IR of [`crate::ir`].
//!
//! Scopes follow spec §1, §8 and §11: script `def` locals are frame slots of the script
//! body and are visible to closures but not to script methods; a method sees its
//! parameters, its own locals and the bindings; undeclared names are bindings. A
//! variable captured by a closure is marked as a cell in its defining function so that
//! closures share it by reference; everything else is a plain slot.

mod closure_names;
pub(crate) mod dump;
mod expr;
mod field;

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use syncscript_dsl::ast::{self, AstStmt, Module, Stmt as AStmt};
use syncscript_dsl::{Diagnostic, SourceFile, Span};

use crate::bind::Registry;
use crate::ir::{
    CaptureFrom, CaseIr, CatchIr, ClassName, Func, FuncKind, MethodGroup, Name, ParamIr, Program,
    Selector, Special, Stmt, StmtKind, SwitchIr, TypeIr,
};
use crate::value::FxBuild;

/// What the resolver needs to know about the host.
#[derive(Default, Debug, Clone)]
pub struct ResolveOptions {
    /// Bindings the host promises to provide. When `Some`, reading a name that is neither
    /// a local, a method, a class, one of these nor assigned anywhere in the script is an
    /// `undefined-variable` error; when `None`, such reads fail at run time.
    pub expected_bindings: Option<HashSet<String>>,
    /// The script's class name, the prefix of generated closure class names (empty:
    /// `script`, as the oracle names its scripts).
    pub script_class: String,
}

/// Resolves a parsed module into a [`Program`], or returns the compile errors.
///
/// Method names are resolved against `registry`: run the program with an engine whose
/// registry was built the same way (the standard engine always is).
///
/// The resolver recurses along the tree. A tree at most [`INLINE_DEPTH`] levels deep
/// (nearly every script) is resolved on the caller's stack; a deeper one on a thread with
/// a large stack (address space; only touched pages are used), so the caller's stack size
/// never matters.
pub fn resolve(
    module: &Module,
    source: Arc<SourceFile>,
    options: &ResolveOptions,
    registry: &Registry,
) -> Result<Program, Vec<Diagnostic>> {
    // resolve on this stack with a depth budget; only a tree deeper than that is resolved
    // again, from the start, on a thread of its own (no separate depth walk per compile)
    if let Some(done) = resolve_here(module, source.clone(), options, registry, INLINE_DEPTH) {
        return done;
    }
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("syncscript-resolve".into())
            .stack_size(DEEP_STACK)
            .spawn_scoped(s, || {
                // an unlimited budget is never exhausted: `None` cannot happen here
                resolve_here(module, source, options, registry, usize::MAX)
                    .unwrap_or_else(|| Err(vec![no_thread()]))
            }) {
            // a panic here is a resolver bug: surface it as an inline resolve would
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            // the system refused a thread: report rather than risk the caller's stack
            Err(_) => Err(vec![no_thread()]),
        }
    })
}

/// The error of a deep script that could not be resolved on a thread of its own.
fn no_thread() -> Diagnostic {
    Diagnostic::error(
        "internal-error",
        "no thread could be started to resolve this deeply nested script",
        Span::new(0, 0),
    )
}

/// Deepest tree (statements and expressions nested in one another) resolved on the
/// caller's stack: a few hundred KiB in debug builds, far less in release.
pub const INLINE_DEPTH: usize = 64;

/// Stack of the thread that resolves deeper trees.
const DEEP_STACK: usize = 256 << 20;

/// [`resolve`] on the current thread with a nesting budget of `max_depth`; `None` when
/// the tree is deeper than that (nothing of the attempt is kept).
fn resolve_here(
    module: &Module,
    source: Arc<SourceFile>,
    options: &ResolveOptions,
    registry: &Registry,
    max_depth: usize,
) -> Option<Result<Program, Vec<Diagnostic>>> {
    let src = source.clone();
    let mut r = Resolver::new(module, options, registry);
    r.source_text = src.text();
    r.max_depth = max_depth;
    resolve_with(r, module, source)
}

/// The name of every closure function, allocated once per process.
static CLOSURE_NAME: OnceLock<Name> = OnceLock::new();
/// The name of every script body function, allocated once per process.
static SCRIPT_NAME: OnceLock<Name> = OnceLock::new();
/// The implicit parameter of closures written without `->`, allocated once per process.
static IT_NAME: OnceLock<Name> = OnceLock::new();

/// A shared copy of a fixed function name (`Name` is an `Arc`, so it cannot be a constant).
fn static_name(cell: &OnceLock<Name>, text: &str) -> Name {
    cell.get_or_init(|| Arc::from(text)).clone()
}

/// One variable in a block scope.
struct VarInfo {
    name: Name,
    slot: u32,
    ty: Option<TypeIr>,
}

/// The function being resolved.
struct FnCtx {
    kind: FuncKind,
    nslots: u32,
    cells: Vec<bool>,
    /// The variables of every open block scope, outermost first (one vector for all the
    /// scopes, so opening a block allocates nothing).
    vars: Vec<VarInfo>,
    /// Where each open block scope (after the function's own) starts in `vars`.
    scope_starts: Vec<usize>,
    captures: Vec<(Name, CaptureFrom, Option<TypeIr>)>,
    /// Inside a closure passed to `with`/`tap`: unknown names may be delegate properties.
    delegate: bool,
}

impl FnCtx {
    fn new(kind: FuncKind) -> Self {
        FnCtx {
            kind,
            nslots: 0,
            cells: Vec::new(),
            vars: Vec::new(),
            scope_starts: Vec::new(),
            captures: Vec::new(),
            delegate: false,
        }
    }

    /// The function, with `cells` and `captures` copied out at their exact sizes; the
    /// context is left empty with its vectors' capacity, for the next function.
    fn finish(
        &mut self,
        name: Name,
        params: Vec<ParamIr>,
        ret: Option<TypeIr>,
        body: Vec<Stmt>,
        span: Span,
    ) -> Func {
        let func = Func {
            name,
            kind: self.kind,
            params,
            nslots: self.nslots,
            cells: Box::from(self.cells.as_slice()),
            captures: self.captures.iter().map(|(_, c, _)| *c).collect(),
            ret,
            body,
            span,
            class_name: ClassName::default(),
        };
        self.nslots = 0;
        self.delegate = false;
        self.cells.clear();
        self.vars.clear();
        self.scope_starts.clear();
        self.captures.clear();
        func
    }

    fn find(&self, name: &str) -> Option<&VarInfo> {
        self.vars.iter().rev().find(|v| &*v.name == name)
    }
}

/// How a name resolved.
pub(crate) enum Resolved {
    Local(u32, Option<TypeIr>),
    Capture(u32, Option<TypeIr>),
}

pub(crate) struct Resolver<'a> {
    fns: Vec<FnCtx>,
    /// Finished function contexts, kept for their vectors' capacity: a compile allocates
    /// the scope vectors for its deepest nesting once, not once per closure.
    spare: Vec<FnCtx>,
    globals: indexmap::IndexMap<Name, (), FxBuild>,
    groups: Vec<MethodGroup>,
    group_index: HashMap<Name, u32, FxBuild>,
    diags: Vec<Diagnostic>,
    options: &'a ResolveOptions,
    /// Names assigned somewhere without a declaration (possible bindings), found by one
    /// walk of the module the first time a lookup needs them ([`Resolver::assigned`]).
    assigned: OnceCell<HashSet<Name, FxBuild>>,
    module: &'a Module,
    /// `import a.b.C` / `import a.b.C as D`: simple name → full name.
    imports: HashMap<Name, Name, FxBuild>,
    /// Names already reported as undefined (one error per name).
    reported: HashSet<Box<str>, FxBuild>,
    /// Interned strings (one `Arc` per distinct name in the program).
    interned: HashSet<Name, FxBuild>,
    source_text: &'a str,
    registry: &'a Registry,
    /// The closure literals met so far, named once the script is resolved.
    closures: closure_names::ClosureTree,
    /// `@Field` variables of the script with their declared types, in declaration order.
    fields: indexmap::IndexMap<Name, Option<TypeIr>, FxBuild>,
    /// Statements and expressions open around the one being resolved.
    depth: usize,
    /// The nesting budget of this attempt ([`INLINE_DEPTH`] on the caller's stack).
    max_depth: usize,
    /// The budget ran out: the attempt is abandoned and redone on a large stack.
    too_deep: std::cell::Cell<bool>,
}

impl<'a> Resolver<'a> {
    fn new(module: &'a Module, options: &'a ResolveOptions, registry: &'a Registry) -> Self {
        let mut imports = HashMap::default();
        for s in &module.stmts {
            if let AStmt::Import(i) = &s.node
                && !i.star
                && !i.is_static
            {
                let simple = i.alias.as_ref().map_or_else(
                    || i.path.rsplit('.').next().unwrap_or(&i.path).into(),
                    |a| a.node.clone(),
                );
                imports.insert(simple, Arc::from(&*i.path));
            }
        }
        Resolver {
            fns: Vec::new(),
            spare: Vec::new(),
            globals: indexmap::IndexMap::default(),
            groups: Vec::new(),
            group_index: HashMap::default(),
            diags: Vec::new(),
            options,
            assigned: OnceCell::new(),
            module,
            imports,
            reported: HashSet::default(),
            // only the few names the resolver makes itself (dotted class paths)
            interned: HashSet::default(),
            source_text: "",
            registry,
            fields: indexmap::IndexMap::default(),
            closures: closure_names::ClosureTree::default(),
            depth: 0,
            max_depth: usize::MAX,
            too_deep: std::cell::Cell::new(false),
        }
    }

    /// Enters one level of nesting; `false` when the budget is spent (the caller returns a
    /// placeholder and the whole attempt is redone on a large stack).
    #[inline]
    pub(crate) fn enter(&mut self) -> bool {
        if self.depth >= self.max_depth {
            self.too_deep.set(true);
            return false;
        }
        self.depth += 1;
        true
    }

    /// The names assigned without a declaration anywhere in the script. Only reads of
    /// capitalised or package-rooted names and the `undefined-variable` check ask, so most
    /// scripts never pay for the walk.
    fn assigned(&self) -> &HashSet<Name, FxBuild> {
        self.assigned.get_or_init(|| {
            // the walk recurses through the whole tree: within the budget only
            if self.max_depth != usize::MAX
                && !syncscript_dsl::ast::depth::within(self.module, self.max_depth)
            {
                self.too_deep.set(true);
                return HashSet::default();
            }
            closure_names::assigned_names(self.module)
        })
    }

    /// Resolves a method name once: its registry id and whether it is special.
    pub(crate) fn selector(&self, name: &str) -> Selector {
        Selector {
            id: self.registry.method_id(name),
            special: Special::of(name),
        }
    }

    /// The program's copy of a name the parser produced. The lexer already interns every
    /// identifier and literal text of a source once, so the AST's `Arc` is the shared
    /// copy: no lookup, no allocation.
    #[allow(clippy::unused_self)] // one entry point for names, next to `intern_str`
    pub(crate) fn intern(&self, s: &Name) -> Name {
        s.clone()
    }

    /// Like [`Resolver::intern`] for text the resolver made itself (dotted class paths).
    pub(crate) fn intern_str(&mut self, s: &str) -> Name {
        if let Some(n) = self.interned.get(s) {
            return n.clone();
        }
        let n: Name = Arc::from(s);
        self.interned.insert(n.clone());
        n
    }

    pub(crate) fn error(&mut self, code: &str, message: String, span: Span) {
        self.diags.push(Diagnostic::error(code, message, span));
    }

    /// A function context to resolve a function of this kind in (a spare one if any).
    fn new_ctx(&mut self, kind: FuncKind) -> FnCtx {
        match self.spare.pop() {
            Some(mut ctx) => {
                ctx.kind = kind;
                ctx
            }
            None => FnCtx::new(kind),
        }
    }

    /// Builds the function resolved in `ctx` and keeps the context for reuse.
    fn finish(
        &mut self,
        mut ctx: FnCtx,
        name: Name,
        params: Vec<ParamIr>,
        ret: Option<TypeIr>,
        body: Vec<Stmt>,
        span: Span,
    ) -> Func {
        let func = ctx.finish(name, params, ret, body, span);
        self.spare.push(ctx);
        func
    }

    fn cur(&mut self) -> &mut FnCtx {
        let last = self.fns.len() - 1;
        &mut self.fns[last]
    }

    pub(crate) fn global(&mut self, name: &Name) -> u32 {
        let n = self.intern(name);
        let (i, _) = self.globals.insert_full(n, ());
        i as u32
    }

    /// Whether the innermost function being resolved is a closure.
    pub(crate) fn in_closure(&self) -> bool {
        self.fns
            .last()
            .is_some_and(|f| matches!(f.kind, FuncKind::Closure { .. }))
    }

    pub(crate) fn group_of(&self, name: &str) -> Option<u32> {
        self.group_index.get(name).copied()
    }

    pub(crate) fn in_delegate_closure(&self) -> bool {
        self.fns.iter().any(|f| f.delegate)
    }

    pub(crate) fn push_scope(&mut self) {
        let f = self.cur();
        f.scope_starts.push(f.vars.len());
    }

    pub(crate) fn pop_scope(&mut self) {
        let f = self.cur();
        if let Some(start) = f.scope_starts.pop() {
            f.vars.truncate(start);
        }
    }

    /// Declares a variable in the innermost scope and returns its slot.
    pub(crate) fn declare(&mut self, name: &Name, ty: Option<TypeIr>, span: Span) -> u32 {
        if self.lookup_declared(name) {
            self.error(
                "duplicate-variable",
                format!("the current scope already contains a variable of the name `{name}`"),
                span,
            );
        }
        let name = self.intern(name);
        let f = self.cur();
        let slot = f.nslots;
        f.nslots += 1;
        f.cells.push(false);
        f.vars.push(VarInfo { name, slot, ty });
        slot
    }

    /// Whether `name` is already declared where a new declaration would clash (the
    /// current function and, for closures, the enclosing ones).
    fn lookup_declared(&self, name: &str) -> bool {
        for f in self.fns.iter().rev() {
            if f.find(name).is_some() {
                return true;
            }
            if !matches!(f.kind, FuncKind::Closure { .. }) {
                break;
            }
        }
        false
    }

    /// Resolves a variable name in the current function and its enclosing closures.
    pub(crate) fn lookup(&mut self, name: &Name) -> Option<Resolved> {
        let depth = self.fns.len().checked_sub(1)?;
        self.lookup_at(depth, name)
    }

    fn lookup_at(&mut self, depth: usize, name: &Name) -> Option<Resolved> {
        let f = &self.fns[depth];
        if let Some(v) = f.find(name) {
            return Some(Resolved::Local(v.slot, v.ty.clone()));
        }
        if let Some(i) = f.captures.iter().position(|(n, _, _)| n == name) {
            return Some(Resolved::Capture(i as u32, f.captures[i].2.clone()));
        }
        if !matches!(f.kind, FuncKind::Closure { .. }) || depth == 0 {
            return None;
        }
        let (from, ty) = match self.lookup_at(depth - 1, name)? {
            Resolved::Local(slot, ty) => {
                self.fns[depth - 1].cells[slot as usize] = true;
                (CaptureFrom::Local(slot), ty)
            }
            Resolved::Capture(i, ty) => (CaptureFrom::Capture(i), ty),
        };
        let f = &mut self.fns[depth];
        f.captures.push((name.clone(), from, ty.clone()));
        Some(Resolved::Capture(f.captures.len() as u32 - 1, ty))
    }

    /// Whether the host declared the set of bindings.
    pub(crate) fn bindings_declared(&self) -> bool {
        self.options.expected_bindings.is_some()
    }

    /// Reports a read of a name that can never be defined (only when the host declared
    /// its bindings).
    pub(crate) fn check_defined(&mut self, name: &str, span: Span) {
        let Some(expected) = &self.options.expected_bindings else {
            return;
        };
        if self.assigned().contains(name)
            || expected.contains(name)
            || self.in_delegate_closure()
            || self.reported.contains(name)
        {
            return;
        }
        let mut candidates: Vec<String> = expected.iter().cloned().collect();
        candidates.extend(self.assigned().iter().map(ToString::to_string));
        for f in &self.fns {
            candidates.extend(f.vars.iter().map(|v| v.name.to_string()));
        }
        let suggestion =
            syncscript_dsl::diagnostic::did_you_mean(name, candidates.iter().map(String::as_str))
                .map(ToString::to_string);
        let mut d = Diagnostic::error(
            "undefined-variable",
            format!("undefined variable `{name}`"),
            span,
        );
        if let Some(s) = suggestion {
            d = d.with_help(format!("did you mean `{s}`?"));
        }
        self.reported.insert(name.into());
        self.diags.push(d);
    }

    /// The full class name for a simple name used as a value (`Math`, an import alias),
    /// or `None` when the name is not a class.
    pub(crate) fn class_name(&self, name: &Name) -> Option<Name> {
        if let Some(full) = self.imports.get(&**name) {
            return Some(full.clone());
        }
        let first = name.chars().next()?;
        if first.is_ascii_uppercase() && !self.may_be_binding_strict(name) {
            return Some(name.clone());
        }
        None
    }

    /// Like [`Self::may_be_binding`] but an undeclared binding set does not count.
    pub(crate) fn may_be_binding_strict(&self, name: &str) -> bool {
        self.assigned().contains(name)
            || self
                .options
                .expected_bindings
                .as_ref()
                .is_some_and(|b| b.contains(name))
    }

    pub(crate) fn type_ir(&mut self, t: &ast::TypeRef) -> TypeIr {
        let name = self
            .imports
            .get(&*t.name)
            .cloned()
            .unwrap_or_else(|| t.name.clone());
        // only array types need the `[]` suffixes spelled out (and a buffer for them)
        let target = if t.array_dims == 0 {
            crate::ops::CoerceTarget::resolve(&name)
        } else {
            let mut written = name.to_string();
            for _ in 0..t.array_dims {
                written.push_str("[]");
            }
            crate::ops::CoerceTarget::resolve(&written)
        };
        TypeIr {
            target,
            name,
            array_dims: t.array_dims,
        }
    }

    pub(crate) fn opt_type(&mut self, t: Option<&ast::TypeRef>) -> Option<TypeIr> {
        let t = t?;
        match &*t.name {
            "def" | "var" | "Object" | "java.lang.Object" if t.array_dims == 0 => None,
            _ => Some(self.type_ir(t)),
        }
    }

    /// Resolves a script method in a fresh function context (no script locals visible).
    fn method(&mut self, m: &ast::MethodDef, span: Span) -> Func {
        let saved = std::mem::take(&mut self.fns);
        let ctx = self.new_ctx(FuncKind::Method);
        self.fns.push(ctx);
        let params = self.params(&m.params);
        let ret = match m.ret.as_ref() {
            Some(t) if &*t.name == "void" => Some(TypeIr {
                name: t.name.clone(),
                array_dims: 0,
                target: crate::ops::CoerceTarget::Any,
            }),
            other => self.opt_type(other),
        };
        let body = match &m.body {
            Some(b) => self.block_top(b),
            None => Vec::new(),
        };
        let ctx = self
            .fns
            .pop()
            .unwrap_or_else(|| FnCtx::new(FuncKind::Method));
        self.fns = saved;
        let name = self.intern(&m.name.node);
        self.finish(ctx, name, params, ret, body, span)
    }

    /// Declares parameters (slots 0..n) and resolves their defaults.
    pub(crate) fn params(&mut self, params: &[ast::Param]) -> Vec<ParamIr> {
        let mut out = Vec::with_capacity(params.len());
        for p in params {
            let ty = self.opt_type(p.ty.as_ref());
            // a default may use earlier parameters only
            let default = p.default.as_ref().map(|d| self.expr(d));
            self.declare(&p.name.node, ty.clone(), p.name.span);
            out.push(ParamIr {
                name: self.intern(&p.name.node),
                ty,
                default,
                varargs: p.varargs,
            });
        }
        out
    }

    /// Resolves a closure literal.
    pub(crate) fn closure(&mut self, c: &ast::Closure, span: Span, delegate: bool) -> Arc<Func> {
        self.closures.open();
        let implicit_it = c.params.is_none();
        let mut ctx = self.new_ctx(FuncKind::Closure { implicit_it });
        ctx.delegate = delegate;
        self.fns.push(ctx);
        let params = if let Some(p) = &c.params {
            self.params(p)
        } else {
            {
                // `it` may shadow an outer `it` (nested closures), so declare it directly
                let name = static_name(&IT_NAME, "it");
                let f = self.cur();
                f.nslots = 1;
                f.cells.push(false);
                f.vars.push(VarInfo {
                    name: name.clone(),
                    slot: 0,
                    ty: None,
                });
                vec![ParamIr {
                    name,
                    ty: None,
                    default: None,
                    varargs: false,
                }]
            }
        };
        let body = self.block_top(&c.body);
        let ctx = self
            .fns
            .pop()
            .unwrap_or_else(|| FnCtx::new(FuncKind::Closure { implicit_it }));
        let name = static_name(&CLOSURE_NAME, "<closure>");
        let func = Arc::new(self.finish(ctx, name, params, None, body, span));
        self.closures.close(&func);
        func
    }

    /// A function body's statements (the function scope is already pushed).
    fn block_top(&mut self, stmts: &[AstStmt]) -> Vec<Stmt> {
        stmts.iter().map(|s| self.stmt(s)).collect()
    }

    /// A nested block with its own scope.
    pub(crate) fn block(&mut self, stmts: &[AstStmt]) -> Vec<Stmt> {
        self.push_scope();
        let out = stmts.iter().map(|s| self.stmt(s)).collect();
        self.pop_scope();
        out
    }

    /// A statement in its own scope (the body of `if`, a loop, …).
    fn scoped_stmt(&mut self, s: &AstStmt) -> Box<Stmt> {
        self.push_scope();
        let out = self.stmt(s);
        self.pop_scope();
        Box::new(out)
    }

    fn stmt(&mut self, s: &AstStmt) -> Stmt {
        self.stmt_labeled(s, None)
    }

    fn stmt_labeled(&mut self, s: &AstStmt, label: Option<Name>) -> Stmt {
        if !self.enter() {
            return Stmt {
                kind: StmtKind::Nop,
                span: s.span,
            };
        }
        let out = self.stmt_node(s, label);
        self.depth -= 1;
        out
    }

    fn stmt_node(&mut self, s: &AstStmt, label: Option<Name>) -> Stmt {
        let span = s.span;
        let kind = match &s.node {
            AStmt::Expr(e) => StmtKind::Expr(self.expr(e)),
            // an `@Field` was hoisted: its initialiser runs before the body
            AStmt::VarDecl(d) if field::is_field_decl(d) && self.at_script_top() => StmtKind::Nop,
            AStmt::VarDecl(d) => return self.var_decl(d, span),
            AStmt::MultiDecl { vars, init } => {
                let init = self.expr(init);
                let vars = vars
                    .iter()
                    .map(|(t, n)| {
                        let ty = self.opt_type(t.as_ref());
                        (self.declare(&n.node, ty.clone(), n.span), ty)
                    })
                    .collect();
                StmtKind::MultiDecl { vars, init }
            }
            AStmt::Block(b) => StmtKind::Block(self.block(b)),
            AStmt::If {
                cond,
                then,
                otherwise,
            } => StmtKind::If(
                self.expr(cond),
                self.scoped_stmt(then),
                otherwise.as_ref().map(|o| self.scoped_stmt(o)),
            ),
            AStmt::While { cond, body } => StmtKind::While {
                label,
                cond: self.expr(cond),
                body: self.scoped_stmt(body),
            },
            AStmt::DoWhile { body, cond } => StmtKind::DoWhile {
                label,
                body: self.scoped_stmt(body),
                cond: self.expr(cond),
            },
            AStmt::ForIn {
                ty,
                var,
                iter,
                body,
            } => {
                let iter = self.expr(iter);
                self.push_scope();
                let ty = self.opt_type(ty.as_deref());
                let slot = self.declare(&var.node, ty.clone(), var.span);
                let body = self.scoped_stmt(body);
                self.pop_scope();
                StmtKind::ForIn {
                    label,
                    slot,
                    ty,
                    iter,
                    body,
                }
            }
            AStmt::For {
                init,
                cond,
                update,
                body,
            } => {
                self.push_scope();
                let init = init.iter().map(|s| self.stmt(s)).collect();
                let cond = cond.as_ref().map(|c| self.expr(c));
                let update = update.iter().map(|u| self.expr(u)).collect();
                let body = self.scoped_stmt(body);
                self.pop_scope();
                StmtKind::For {
                    label,
                    init,
                    cond,
                    update,
                    body,
                }
            }
            AStmt::Switch(sw) => StmtKind::Switch(Box::new(self.switch(sw)), label),
            AStmt::Try {
                body,
                catches,
                finally,
            } => {
                let body = self.block(body);
                let catches = catches
                    .iter()
                    .map(|c| {
                        self.push_scope();
                        let types = c.types.iter().map(|t| self.type_ir(t).name).collect();
                        let slot = self.declare(&c.name.node, None, c.name.span);
                        let body = self.block(&c.body);
                        self.pop_scope();
                        CatchIr { types, slot, body }
                    })
                    .collect();
                let finally = finally.as_ref().map(|f| self.block(f));
                StmtKind::Try {
                    body,
                    catches,
                    finally,
                }
            }
            AStmt::Throw(e) => StmtKind::Throw(self.expr(e)),
            AStmt::Return(e) => StmtKind::Return(e.as_ref().map(|e| self.expr(e))),
            AStmt::Break(l) => StmtKind::Break(l.as_ref().map(|l| self.intern(&l.node))),
            AStmt::Continue(l) => StmtKind::Continue(l.as_ref().map(|l| self.intern(&l.node))),
            AStmt::Labeled { label: l, stmt } => {
                let name = self.intern(&l.node);
                return match &stmt.node {
                    AStmt::While { .. }
                    | AStmt::DoWhile { .. }
                    | AStmt::For { .. }
                    | AStmt::ForIn { .. }
                    | AStmt::Switch(_) => self.stmt_labeled(stmt, Some(name)),
                    _ => {
                        let inner = self.stmt(stmt);
                        Stmt {
                            kind: StmtKind::Labeled(name, Box::new(inner)),
                            span,
                        }
                    }
                };
            }
            AStmt::Assert { cond, message } => {
                let text: Arc<str> = Arc::from(
                    self.source_text
                        .get(cond.span.range())
                        .unwrap_or("<condition>"),
                );
                StmtKind::Assert {
                    cond: self.expr(cond),
                    message: message.as_ref().map(|m| self.expr(m)),
                    text,
                }
            }
            AStmt::Method(m) => {
                if self.fns.len() != 1 || !matches!(self.fns[0].kind, FuncKind::Script) {
                    self.error(
                        "unsupported-construct",
                        format!(
                            "method `{}` must be declared at the top level of the script",
                            m.name.node
                        ),
                        m.name.span,
                    );
                }
                StmtKind::Nop
            }
            // a plain enum at the top of the script became a field (see `field.rs`)
            AStmt::Class(c) if self.at_script_top() && field::plain_enum(c).is_some() => {
                StmtKind::Nop
            }
            AStmt::Class(c) => {
                let what = match c.kind {
                    ast::ClassKind::Class => "class",
                    ast::ClassKind::Interface => "interface",
                    ast::ClassKind::Enum => "enum",
                    ast::ClassKind::Trait => "trait",
                    ast::ClassKind::Record => "record",
                    ast::ClassKind::Annotation => "annotation type",
                };
                let message = if c.kind != ast::ClassKind::Enum {
                    format!(
                        "{what} declarations are not supported in sync scripts (`{}`)",
                        c.name.node
                    )
                } else if field::plain_enum(c).is_some() {
                    format!(
                        "enum `{}` must be declared at the top level of the script",
                        c.name.node
                    )
                } else {
                    format!(
                        "only plain enums (constants without arguments; no fields, methods, constructors or interfaces) are supported in sync scripts (`{}`)",
                        c.name.node
                    )
                };
                self.error("unsupported-construct", message, c.name.span);
                StmtKind::Nop
            }
            AStmt::Import(_) | AStmt::Package(_) | AStmt::Empty => StmtKind::Nop,
            AStmt::Error => {
                self.error("syntax-error", "invalid statement".into(), span);
                StmtKind::Nop
            }
        };
        Stmt { kind, span }
    }

    fn var_decl(&mut self, d: &ast::VarDecl, span: Span) -> Stmt {
        let ty = self.opt_type(d.ty.as_deref());
        let mut out = Vec::with_capacity(d.vars.len());
        for v in &d.vars {
            // the initializer cannot see the variable being declared
            let init = v.init.as_ref().map(|e| self.expr(e));
            let slot = self.declare(&v.name.node, ty.clone(), v.name.span);
            out.push(Stmt {
                kind: StmtKind::Decl {
                    slot,
                    ty: ty.clone(),
                    init,
                },
                span: v
                    .name
                    .span
                    .cover(v.init.as_ref().map_or(v.name.span, |e| e.span)),
            });
        }
        if out.len() == 1 {
            let mut s = out.pop().unwrap_or(Stmt {
                kind: StmtKind::Nop,
                span,
            });
            s.span = span;
            s
        } else {
            // several declarators are one statement but must not open a scope
            Stmt {
                kind: StmtKind::Block(out),
                span,
            }
        }
    }

    pub(crate) fn switch(&mut self, sw: &ast::Switch) -> SwitchIr {
        let subject = self.expr(&sw.subject);
        self.push_scope();
        let cases = sw
            .cases
            .iter()
            .map(|c| CaseIr {
                labels: c
                    .labels
                    .iter()
                    .map(|l| match &l.node {
                        ast::CaseLabel::Case(e) => Some(self.expr(e)),
                        ast::CaseLabel::Default => None,
                    })
                    .collect(),
                body: c.body.iter().map(|s| self.stmt(s)).collect(),
                arrow: c.arrow,
            })
            .collect();
        self.pop_scope();
        SwitchIr { subject, cases }
    }
}

/// Hoists the script methods (visible everywhere, §1), then resolves them and the body.
fn resolve_with(
    mut r: Resolver<'_>,
    module: &Module,
    source: Arc<SourceFile>,
) -> Option<Result<Program, Vec<Diagnostic>>> {
    r.collect_fields(module);
    let mut method_defs = Vec::new();
    for s in &module.stmts {
        if let AStmt::Method(m) = &s.node {
            let idx = method_defs.len() as u32;
            method_defs.push((&**m, s.span));
            let name = r.intern(&m.name.node);
            if let Some(&g) = r.group_index.get(&name) {
                r.groups[g as usize].overloads.push(idx);
            } else {
                r.group_index.insert(name.clone(), r.groups.len() as u32);
                r.groups.push(MethodGroup {
                    name,
                    overloads: vec![idx],
                });
            }
        }
    }
    let mut methods = Vec::with_capacity(method_defs.len());
    for (i, &(m, span)) in method_defs.iter().enumerate() {
        r.closures.method = i as u32 + 1;
        methods.push(Arc::new(r.method(m, span)));
    }
    r.closures.method = closure_names::FIELD_INIT;
    let ctx = r.new_ctx(FuncKind::Script);
    r.fns.push(ctx);
    let mut body = r.field_inits(module);
    r.closures.method = 0;
    body.extend(module.stmts.iter().map(|s| r.stmt(s)));
    let ctx = r.fns.pop().unwrap_or_else(|| FnCtx::new(FuncKind::Script));
    // kept inline in the program: one allocation fewer per compile
    let main = r.finish(
        ctx,
        static_name(&SCRIPT_NAME, "<script>"),
        Vec::new(),
        None,
        body,
        Span::new(0, source.text().len() as u32),
    );
    if r.too_deep.get() {
        return None;
    }
    Some(if r.diags.is_empty() {
        let method_names: Vec<&Name> = method_defs.iter().map(|(m, _)| &m.name.node).collect();
        let script_class = match r.options.script_class.as_str() {
            "" => "script",
            class => class,
        };
        r.closures.name_all(script_class, &method_names);
        Ok(Program {
            main,
            methods,
            groups: r.groups,
            globals: r.globals.into_keys().collect(),
            fields: r.fields.into_keys().collect(),
            source,
        })
    } else {
        Err(r.diags)
    })
}
