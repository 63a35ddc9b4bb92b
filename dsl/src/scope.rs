//! Scope and binding analysis with Groovy's script rules, shared by the lints (and usable
//! by the resolver).
//!
//! What it models (spec `groovy-subset.md` §1, §8, §11):
//! * top-level `def`/typed declarations are locals of the script body: closures see them,
//!   script methods do not (reading one there is a `MissingPropertyException`);
//! * an assignment to a name never declared writes the script binding, which every part
//!   of the script can then read;
//! * block scoping; closure parameters and the implicit `it`; method, `for`, `catch`
//!   variables; classes see their own fields and methods but not the script's locals;
//! * redeclaring a name already declared in the same or an enclosing scope of the same
//!   method (closures included) is a compile error: recorded in [`Semantic::duplicates`],
//!   as are script methods with the same signature;
//! * `a.b.C` where `a` is no variable is a fully qualified class name (`java.util.Date`):
//!   its root is a package, recorded in [`Semantic::qualified`].

mod analyze;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::ast::{Module, Name};
use crate::source::Span;

/// A small, fast, non-cryptographic hasher (the `FxHash` mix) for the maps keyed by spans
/// and short names; the analysis runs on every file and `SipHash` dominated its time.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(buf));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// Index of a declaration in [`Semantic::decls`].
pub type DeclId = u32;

/// What declared a name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeclKind {
    /// `def x`, `String x`, `def (a, b)`.
    Local,
    /// A method parameter.
    Param,
    /// A closure parameter (not the implicit `it`).
    ClosureParam,
    /// The implicit `it` of a closure without `->`.
    ImplicitIt,
    /// `for (x in …)` variable.
    ForVar,
    /// `catch (e)` variable.
    CatchVar,
    /// A class field.
    Field,
}

/// One declared name.
#[derive(Clone, Debug)]
pub struct Decl {
    /// The name.
    pub name: Name,
    /// Where the name is written in its declaration.
    pub span: Span,
    /// What declared it.
    pub kind: DeclKind,
    /// Declared at the top level of the script body (outside methods, classes, closures).
    pub script_level: bool,
    /// Number of reads.
    pub reads: u32,
    /// Number of plain assignments after the declaration.
    pub writes: u32,
    /// The declared type as written (`None` for `def` and untyped parameters).
    pub ty: Option<Name>,
}

/// How a name (an `Expr::Name`, or the name of an unqualified call) resolves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Res {
    /// A local, parameter, loop or catch variable, or `it`.
    Local(DeclId),
    /// A top-level script local read from inside a script method: not visible there.
    ScriptLocalFromMethod(DeclId),
    /// A field or method of the enclosing class.
    Member,
    /// A script method.
    Method,
    /// A class declared in this file, or imported (`import a.b.C` / `as C`).
    Class,
    /// A name brought in by `import static`.
    StaticImport,
    /// The root of a fully qualified class name (`java` in `java.util.Date`).
    Package,
    /// Not declared anywhere lexically: read from the script binding at run time (a host
    /// binding, a name assigned without `def`, a builtin, an auto-imported class, or an
    /// undefined name). `in_class` is set inside class bodies, where the script binding is
    /// not visible; `delegated` inside closures whose delegate may supply names
    /// (`obj.with { … }`).
    Global {
        /// Inside a class body.
        in_class: bool,
        /// Inside a closure passed to `with`/`tap` or a builder-like call.
        delegated: bool,
        /// Inside a script method (not the script body).
        in_method: bool,
    },
}

/// A duplicate declaration: a compile error in Groovy.
#[derive(Clone, Debug)]
pub struct Duplicate {
    /// The name declared twice.
    pub name: Name,
    /// The first declaration.
    pub first: Span,
    /// The redeclaration.
    pub second: Span,
    /// What is duplicated.
    pub what: DuplicateKind,
}

/// What a [`Duplicate`] duplicates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DuplicateKind {
    /// A variable redeclared in the same or a nested scope.
    Variable,
    /// A method with the same name and parameter types.
    Method,
    /// A class with the same name.
    Class,
}

/// A script-level method.
#[derive(Clone, Debug)]
pub struct MethodInfo {
    /// Its name.
    pub name: Name,
    /// The name's span.
    pub span: Span,
    /// The whole definition's span.
    pub def_span: Span,
    /// Parameter type names (`def`/untyped is `Object`).
    pub param_types: Vec<Name>,
}

/// The result of the analysis.
#[derive(Debug, Default)]
pub struct Semantic {
    /// Every declaration, indexed by [`DeclId`].
    pub decls: Vec<Decl>,
    /// Resolution of every `Expr::Name`, keyed by the expression's span.
    pub names: FastMap<Span, Res>,
    /// Resolution of every unqualified call `f(…)`, keyed by the call name's span.
    pub calls: FastMap<Span, Res>,
    /// Names assigned somewhere without a declaration (script binding variables).
    pub script_bindings: FastSet<Name>,
    /// Script-level methods in source order.
    pub methods: Vec<MethodInfo>,
    /// Classes declared in the file (nested ones included).
    pub classes: FastSet<Name>,
    /// Generic type parameters declared anywhere (`T` in `<T> T f()`).
    pub type_params: FastSet<Name>,
    /// `import` aliases: simple name → full path.
    pub imports: FastMap<Name, Name>,
    /// `import a.b.*` package paths.
    pub star_imports: Vec<Name>,
    /// Whether some `import static … .*` exists (any name may come from it).
    pub static_star_import: bool,
    /// Fully qualified class names used in expressions: (path up to the class, span).
    pub qualified: Vec<(Name, Span)>,
    /// Every type written in the file: (name as written, span).
    pub type_refs: Vec<(Name, Span)>,
    /// Duplicate declarations.
    pub duplicates: Vec<Duplicate>,
    /// Span of each closure that is called in place by a method like `each` rather than
    /// stored: the value is the name of the method it is passed to.
    pub inline_closures: FastMap<Span, Name>,
    /// Closures stored in a variable: closure span → the variable's name.
    pub stored_closures: FastMap<Span, Name>,
}

impl Semantic {
    /// Analyzes a module.
    #[must_use]
    pub fn analyze(module: &Module) -> Semantic {
        analyze::run(module)
    }

    /// How the name expression at `span` resolves (`None` if no such name was seen).
    #[must_use]
    pub fn name(&self, span: Span) -> Option<Res> {
        self.names.get(&span).copied()
    }

    /// Whether the name expression at `span` refers to the script binding (no local,
    /// parameter, member or class shadows it).
    #[must_use]
    pub fn is_global(&self, span: Span) -> bool {
        matches!(self.name(span), Some(Res::Global { .. }))
    }

    /// The declaration with id `id`.
    #[must_use]
    pub fn decl(&self, id: DeclId) -> &Decl {
        &self.decls[id as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::{DuplicateKind, Res, Semantic};
    use crate::ast::Expr;
    use crate::ast::visit::{self, Visitor};
    use crate::parser::{ParseOptions, parse};
    use crate::source::SourceFile;

    /// Resolution of every name expression, as `name=kind` in source order.
    fn resolve(src: &str) -> (Semantic, Vec<String>) {
        struct Names<'s>(&'s Semantic, Vec<String>);
        impl Visitor for Names<'_> {
            fn visit_expr(&mut self, e: &crate::ast::AstExpr) {
                if let Expr::Name(n) = &e.node {
                    let r = match self.0.name(e.span) {
                        Some(Res::Local(_)) => "local",
                        Some(Res::ScriptLocalFromMethod(_)) => "script-local-in-method",
                        Some(Res::Member) => "member",
                        Some(Res::Method) => "method",
                        Some(Res::Class) => "class",
                        Some(Res::StaticImport) => "static-import",
                        Some(Res::Package) => "package",
                        Some(Res::Global { .. }) => "global",
                        None => "none",
                    };
                    self.1.push(format!("{n}={r}"));
                }
                visit::walk_expr(self, e);
            }
        }
        let file = SourceFile::new("t.groovy", src);
        let parsed = parse(&file, &ParseOptions::default());
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let sem = Semantic::analyze(&parsed.module);
        let mut v = Names(&sem, Vec::new());
        visit::walk_module(&mut v, &parsed.module);
        let names = v.1;
        (sem, names)
    }

    #[test]
    fn script_locals_are_not_visible_in_methods() {
        let (_, n) = resolve("def a = 1\ndef f() { a }\n[1].each { a + it }");
        assert_eq!(n, ["a=script-local-in-method", "a=local", "it=local"]);
    }

    #[test]
    fn assignments_without_def_are_bindings() {
        let (sem, n) = resolve("def f() { counter }\ncounter = 1\nissue.x = counter");
        assert_eq!(
            n,
            [
                "counter=global",
                "counter=global",
                "issue=global",
                "counter=global"
            ]
        );
        assert!(sem.script_bindings.contains("counter"));
        assert!(!sem.script_bindings.contains("issue"));
    }

    #[test]
    fn qualified_class_names() {
        let (sem, n) =
            resolve("def d = new java.util.Date()\ndef j = groovy.json.JsonOutput.toJson([:])");
        assert_eq!(n, ["groovy=package"]);
        assert_eq!(&*sem.qualified[0].0, "groovy.json.JsonOutput");
        assert!(sem.type_refs.iter().any(|(t, _)| &**t == "java.util.Date"));
    }

    #[test]
    fn block_scoping_and_duplicates() {
        let (sem, n) =
            resolve("if (true) { def x = 1 }\nprintln x\ndef y = 1\n[1].each { def y = 2 }");
        assert_eq!(n, ["x=global"]);
        assert_eq!(sem.duplicates.len(), 1);
        assert_eq!(sem.duplicates[0].what, DuplicateKind::Variable);
        assert_eq!(&*sem.duplicates[0].name, "y");
    }

    #[test]
    fn classes_methods_and_imports() {
        let (sem, n) = resolve(
            "import groovy.json.JsonSlurper as JS\nclass A { def f; def m() { f } }\ndef g() { 1 }\nprintln JS\nprintln A",
        );
        assert_eq!(n, ["f=member", "JS=class", "A=class"]);
        assert_eq!(sem.methods.len(), 1);
        assert!(sem.calls.values().all(|r| *r != Res::Method));
        let (sem, _) = resolve("def g() { 1 }\ng()");
        assert!(sem.calls.values().any(|r| *r == Res::Method));
    }
}
