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

use crate::ast::Module;
use crate::source::Span;

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
    pub name: Box<str>,
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
    pub ty: Option<Box<str>>,
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
    pub name: Box<str>,
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
    pub name: Box<str>,
    /// The name's span.
    pub span: Span,
    /// The whole definition's span.
    pub def_span: Span,
    /// Parameter type names (`def`/untyped is `Object`).
    pub param_types: Vec<Box<str>>,
}

/// The result of the analysis.
#[derive(Debug, Default)]
pub struct Semantic {
    /// Every declaration, indexed by [`DeclId`].
    pub decls: Vec<Decl>,
    /// Resolution of every `Expr::Name`, keyed by the expression's span.
    pub names: HashMap<Span, Res>,
    /// Resolution of every unqualified call `f(…)`, keyed by the call name's span.
    pub calls: HashMap<Span, Res>,
    /// Names assigned somewhere without a declaration (script binding variables).
    pub script_bindings: HashSet<Box<str>>,
    /// Script-level methods in source order.
    pub methods: Vec<MethodInfo>,
    /// Classes declared in the file (nested ones included).
    pub classes: HashSet<Box<str>>,
    /// Generic type parameters declared anywhere (`T` in `<T> T f()`).
    pub type_params: HashSet<Box<str>>,
    /// `import` aliases: simple name → full path.
    pub imports: HashMap<Box<str>, Box<str>>,
    /// `import a.b.*` package paths.
    pub star_imports: Vec<Box<str>>,
    /// Whether some `import static … .*` exists (any name may come from it).
    pub static_star_import: bool,
    /// Fully qualified class names used in expressions: (path up to the class, span).
    pub qualified: Vec<(Box<str>, Span)>,
    /// Every type written in the file: (name as written, span).
    pub type_refs: Vec<(Box<str>, Span)>,
    /// Duplicate declarations.
    pub duplicates: Vec<Duplicate>,
    /// Span of each closure that is called in place by a method like `each` rather than
    /// stored: the value is the name of the method it is passed to.
    pub inline_closures: HashMap<Span, Box<str>>,
    /// Closures stored in a variable: closure span → the variable's name.
    pub stored_closures: HashMap<Span, Box<str>>,
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
