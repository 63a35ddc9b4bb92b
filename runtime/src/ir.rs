//! The resolved intermediate representation the interpreter walks.
//!
//! Produced by [`crate::resolve`] from the AST. Names are resolved: locals are frame
//! slots ([`ExprKind::Local`]), variables captured by closures live in shared cells
//! (a slot whose [`Func::cells`] flag is set, read through the same slot, and
//! [`ExprKind::Capture`] inside the closure), script bindings are numbered globals
//! ([`ExprKind::Global`]) and script methods are indexes into the program's method table
//! (`Program::methods`, private: reached through [`ExprKind::CallMethod`]). Every
//! node keeps its [`Span`]. The IR is immutable and `Send + Sync`; constants are
//! stored as `Send` data and turned into `Value`s with a refcount bump.

use std::sync::{Arc, OnceLock};

use syncscript_dsl::Span;
use syncscript_dsl::ast::{BinOp, UnaryOp};

use crate::bind::MethodId;

/// An interned name (property, method, binding, type).
pub type Name = Arc<str>;

/// A compiled script: immutable, `Send + Sync`, reusable across runs and threads.
#[derive(Debug)]
pub struct Program {
    /// The script body.
    pub(crate) main: Func,
    /// Script-level methods; [`ExprKind::CallMethod`] groups index into this.
    pub(crate) methods: Vec<Arc<Func>>,
    /// Overload groups: methods of one name, any arity.
    pub(crate) groups: Vec<MethodGroup>,
    /// Binding names in first-use order; [`ExprKind::Global`] indexes into this.
    pub(crate) globals: Vec<Name>,
    /// `@Field` variable names in declaration order; [`ExprKind::Field`] indexes into this.
    /// They are initialised (in this order) before the script body runs and are never
    /// bindings.
    pub(crate) fields: Vec<Name>,
    /// The source text, for assertion messages and error lines.
    pub(crate) source: Arc<syncscript_dsl::SourceFile>,
}

impl Program {
    /// The names the script reads or writes as bindings, in first-use order.
    pub fn binding_names(&self) -> impl Iterator<Item = &str> {
        self.globals.iter().map(|n| &**n)
    }

    /// The source this program was compiled from.
    #[must_use]
    pub fn source(&self) -> &syncscript_dsl::SourceFile {
        &self.source
    }

    /// A readable dump of the IR, for snapshot tests.
    #[must_use]
    pub fn dump(&self) -> String {
        crate::resolve::dump::program(self)
    }
}

/// Script methods sharing a name (overloads by arity).
#[derive(Debug)]
pub struct MethodGroup {
    /// The method name.
    pub name: Name,
    /// Indexes into the program's method table (`Program::methods`), in declaration
    /// order.
    pub overloads: Vec<u32>,
}

/// What kind of code a [`Func`] is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FuncKind {
    /// The script body.
    Script,
    /// A script-level method.
    Method,
    /// A closure; `implicit_it` when written without `->`.
    Closure {
        /// No `->`: one optional parameter `it`.
        implicit_it: bool,
    },
}

/// A function body: the script, a method or a closure.
#[derive(Debug)]
pub struct Func {
    /// Method name, `"<script>"` or `"<closure>"`.
    pub name: Name,
    /// Script, method or closure.
    pub kind: FuncKind,
    /// Parameters; parameter `i` lives in slot `i`.
    pub params: Vec<ParamIr>,
    /// Number of frame slots (parameters first).
    pub nslots: u32,
    /// Per slot: captured by a closure, so it holds a shared cell.
    pub cells: Box<[bool]>,
    /// For closures: where each captured variable comes from in the enclosing function.
    pub captures: Vec<CaptureFrom>,
    /// Declared return type of a method (`None` for `def`/closures).
    pub ret: Option<TypeIr>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The whole definition.
    pub span: Span,
    /// For closure literals: the class Groovy generates for it
    /// (`script$_run_closure1`; see `resolve::closure_names`).
    pub class_name: ClassName,
}

/// The generated class name of a closure literal. The resolver sets it once, after it has
/// met every closure of the script (the numbering depends on all of them); a compiled
/// program never changes it.
#[derive(Default)]
pub struct ClassName(OnceLock<Name>);

impl ClassName {
    /// The name, if the function is a closure literal of a compiled script.
    #[must_use]
    pub fn get(&self) -> Option<&Name> {
        self.0.get()
    }

    /// Sets the name; a name already set stays.
    pub(crate) fn set(&self, name: Name) {
        let _ = self.0.set(name);
    }
}

impl std::fmt::Debug for ClassName {
    /// As `Option<Name>` prints (`Some("script$_run_closure1")`, `None`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.0.get(), f)
    }
}

impl Func {
    /// Fewest arguments the function accepts.
    #[must_use]
    pub fn min_args(&self) -> usize {
        self.params
            .iter()
            .filter(|p| p.default.is_none() && !p.varargs)
            .count()
    }
    /// Most arguments the function accepts (`None`: varargs).
    #[must_use]
    pub fn max_args(&self) -> Option<usize> {
        if self.params.last().is_some_and(|p| p.varargs) {
            None
        } else {
            Some(self.params.len())
        }
    }
}

/// A parameter.
#[derive(Debug)]
pub struct ParamIr {
    /// Its name.
    pub name: Name,
    /// Declared type, for coercion.
    pub ty: Option<TypeIr>,
    /// Default value, evaluated in the callee's frame (may use earlier parameters).
    pub default: Option<Expr>,
    /// `T... xs`
    pub varargs: bool,
}

/// Where a closure's captured variable comes from, in the enclosing function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CaptureFrom {
    /// A cell slot of the enclosing frame.
    Local(u32),
    /// A capture of the enclosing closure.
    Capture(u32),
}

/// A declared type, as written (generics dropped), with its conversion resolved.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeIr {
    /// Dotted name (`int`, `String`, `java.util.List`).
    pub name: Name,
    /// `[]` suffixes.
    pub array_dims: u8,
    /// How values are converted to it (§12).
    pub target: crate::ops::CoerceTarget,
}

pub use crate::value::Const;

/// An expression with its span.
#[derive(Debug)]
pub struct Expr {
    /// What it computes.
    pub kind: ExprKind,
    /// Where it was written.
    pub span: Span,
}

/// A statement with its span.
#[derive(Debug)]
pub struct Stmt {
    /// What it does.
    pub kind: StmtKind,
    /// Where it was written.
    pub span: Span,
}

/// Builtin functions the interpreter implements itself (they need the output buffer or
/// the frame).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Builtin {
    /// `println(x)` / `println()`
    Println,
    /// `print(x)`
    Print,
    /// `printf(fmt, args…)`
    Printf,
}

/// A part of an interpolated string.
#[derive(Debug)]
pub enum GPart {
    /// Literal text.
    Text(Arc<str>),
    /// An embedded value.
    Expr(Expr),
    /// `${-> expr}`: a closure called when the string is built.
    Lazy(Expr),
}

/// An element of a list literal.
#[derive(Debug)]
pub enum Item {
    /// A plain element.
    Elem(Expr),
    /// `*list`
    Spread(Expr),
}

/// A map literal entry.
#[derive(Debug)]
pub enum MapItem {
    /// `key: value`
    Pair(Expr, Expr),
    /// `*:map`
    Spread(Expr),
}

/// An argument of a call.
#[derive(Debug)]
pub enum ArgIr {
    /// Positional.
    Pos(Expr),
    /// `name: value` (collected into a map passed first).
    Named(Expr, Expr),
    /// `*list`
    Spread(Expr),
    /// `*:map`
    SpreadMap(Expr),
}

/// Call arguments.
#[derive(Debug, Default)]
pub struct Args {
    /// In source order.
    pub items: Vec<ArgIr>,
    /// Only positional arguments: the fast path.
    pub simple: bool,
}

/// A property or method name.
#[derive(Debug)]
pub enum Member {
    /// Known at compile time.
    Static(Name),
    /// `a."${expr}"`
    Dynamic(Box<Expr>),
}

/// How a member access navigates (see the AST's `Nav`).
pub use syncscript_dsl::ast::Nav;

/// Something assignable.
#[derive(Debug)]
pub enum Place {
    /// A frame slot, with the declared type of the variable (for coercion).
    Local(u32, Option<TypeIr>),
    /// A variable captured by the running closure.
    Capture(u32, Option<TypeIr>),
    /// A script binding.
    Global(u32),
    /// An `@Field` variable of the script, written from the script body or a method
    /// (coerced to its declared type).
    Field(u32, Option<TypeIr>),
    /// An `@Field` variable written from a closure: Groovy 2.4 sends the write through
    /// `Script.setProperty`, which stores it in the binding (index `.1`).
    ClosureField(u32, u32),
    /// `obj.name = v`, `obj?.name = v`.
    Prop {
        /// Receiver.
        obj: Box<Expr>,
        /// Property.
        name: Member,
        /// Navigation.
        nav: Nav,
    },
    /// `obj[i] = v`.
    Index {
        /// Receiver.
        obj: Box<Expr>,
        /// Index expressions (more than one means a list index).
        index: Vec<Expr>,
        /// `obj?[i] = v`: nothing happens when `obj` is null.
        safe: bool,
    },
}

/// An expression.
#[derive(Debug)]
pub enum ExprKind {
    /// A constant.
    Const(Const),
    /// An interpolated string.
    GString(Vec<GPart>),
    /// Read a frame slot (a plain value or a cell).
    Local(u32),
    /// Read a variable captured by the running closure.
    Capture(u32),
    /// Read a binding; `MissingPropertyException` when absent (inside a closure the
    /// delegate is tried first).
    Global(u32),
    /// Read an `@Field` variable of the script (script body and methods).
    Field(u32),
    /// Read an `@Field` variable from a closure: through `Script.getProperty`, so a binding
    /// of the same name (index `.1`) wins over the field (index `.0`).
    ClosureField(u32, u32),
    /// `this`
    This,
    /// A class reference such as `Math` or `java.util.Date`.
    Class(Name),
    /// Creates a script enum's class object with its constants (run once per run, as
    /// the initialiser of the enum's script field).
    NewEnum {
        /// The enum's name.
        name: Name,
        /// Its constants, in declaration order.
        constants: Vec<Name>,
    },
    /// `[a, *b]`
    List(Vec<Item>),
    /// `[k: v]`
    Map(Vec<MapItem>),
    /// `a..b`
    Range {
        /// Lower bound.
        from: Box<Expr>,
        /// Upper bound.
        to: Box<Expr>,
        /// `<..`
        exclusive_from: bool,
        /// `..<`
        exclusive_to: bool,
    },
    /// `-x`, `!x`, `~x`, `+x`.
    Unary(UnaryOp, Box<Expr>),
    /// `++x`, `x--`, …
    IncDec {
        /// The variable, property or element (inline: it fits beside the flags without
        /// making the expression bigger, and saves an allocation per node).
        place: Place,
        /// `++` rather than `--`.
        inc: bool,
        /// Prefix: yields the new value.
        prefix: bool,
    },
    /// A binary operator (not `&&`/`||`).
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a && b`
    And(Box<Expr>, Box<Expr>),
    /// `a || b`
    Or(Box<Expr>, Box<Expr>),
    /// `place = value` / `place op= value`.
    Assign {
        /// Target (inline, as for [`ExprKind::IncDec`]).
        place: Place,
        /// `None` for `=`; `Some(op)` for `op=`; `?=` is `Some(Elvis)` below.
        op: Option<BinOp>,
        /// `?=`
        elvis: bool,
        /// Assigned value.
        value: Box<Expr>,
    },
    /// `(a, b) = value`
    MultiAssign {
        /// Targets.
        places: Vec<Place>,
        /// The list destructured.
        value: Box<Expr>,
    },
    /// `c ? a : b`
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `a ?: b`
    Elvis(Box<Expr>, Box<Expr>),
    /// `obj.name`
    Prop {
        /// Receiver.
        obj: Box<Expr>,
        /// Property.
        name: Member,
        /// Navigation.
        nav: Nav,
    },
    /// `obj.name(args)`
    CallMember {
        /// Receiver.
        obj: Box<Expr>,
        /// Method.
        name: Member,
        /// The method name pre-resolved against the engine's registry.
        sel: Selector,
        /// Navigation.
        nav: Nav,
        /// Arguments.
        args: Args,
    },
    /// A script method call by overload group.
    CallMethod {
        /// Index into the program's overload groups (`Program::groups`).
        group: u32,
        /// Arguments.
        args: Args,
    },
    /// A builtin the interpreter implements.
    CallBuiltin(Builtin, Args),
    /// An unqualified call resolved at run time: a closure in a binding, the delegate of
    /// `with {}`, or a registered global function.
    CallName {
        /// The name called.
        name: Name,
        /// The binding slot of the same name.
        global: u32,
        /// Arguments.
        args: Args,
    },
    /// Call the value of an expression (a closure in a local, `(c)(x)`).
    Invoke(Box<Expr>, Args),
    /// `obj[i]`, `obj?[i]`, `obj[i, j]`.
    Index {
        /// Receiver.
        obj: Box<Expr>,
        /// Index expressions.
        index: Vec<Expr>,
        /// `?[`
        safe: bool,
    },
    /// A closure literal.
    Closure(Arc<Func>),
    /// `(T) x` (`as_op == false`) or `x as T`.
    Cast {
        /// The operand.
        expr: Box<Expr>,
        /// The target type.
        ty: TypeIr,
        /// Written with `as`.
        as_op: bool,
    },
    /// `x instanceof T`
    InstanceOf {
        /// The operand.
        expr: Box<Expr>,
        /// The type.
        ty: TypeIr,
        /// `!instanceof`
        negated: bool,
    },
    /// `new T(args)`
    New {
        /// The type.
        ty: TypeIr,
        /// Constructor arguments.
        args: Args,
    },
    /// `obj.&name`: a closure calling the method.
    MethodRef {
        /// Receiver.
        obj: Box<Expr>,
        /// Method.
        name: Name,
    },
    /// `obj.&"$name"`: a method pointer whose name is computed.
    DynMethodRef {
        /// Receiver.
        obj: Box<Expr>,
        /// The name's expression.
        name: Box<Expr>,
    },
    /// A `switch` used as an expression (Groovy 4 arrow form).
    Switch(Box<SwitchIr>),
}

/// Methods the interpreter handles itself, recognized at compile time so that the
/// common case (a registry method) does no string comparisons.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Special {
    /// `closure.call(…)` / `doCall`
    Call,
    /// `closure.curry(…)`
    Curry,
    /// `closure.getMaximumNumberOfParameters()`
    MaxParams,
    /// `c >> d` written as a call
    RightShift,
    /// `obj.with { }`
    With,
    /// `obj.tap { }`
    Tap,
}

impl Special {
    /// The special method of a name, if any.
    #[must_use]
    pub fn of(name: &str) -> Option<Special> {
        Some(match name {
            "call" | "doCall" => Special::Call,
            "curry" => Special::Curry,
            "getMaximumNumberOfParameters" => Special::MaxParams,
            "rightShift" => Special::RightShift,
            "with" => Special::With,
            "tap" => Special::Tap,
            _ => return None,
        })
    }
}

/// A method name resolved at compile time.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Selector {
    /// The registry's id for the name (`None`: no native method has this name).
    pub id: Option<MethodId>,
    /// A method the interpreter implements.
    pub special: Option<Special>,
}

/// One `catch` clause.
#[derive(Debug)]
pub struct CatchIr {
    /// Caught class names as written; empty catches any `Exception`.
    pub types: Vec<Name>,
    /// The slot of the exception variable.
    pub slot: u32,
    /// The handler.
    pub body: Vec<Stmt>,
}

/// A switch statement or expression.
#[derive(Debug)]
pub struct SwitchIr {
    /// The switched value.
    pub subject: Expr,
    /// Cases in order.
    pub cases: Vec<CaseIr>,
}

/// A case group.
#[derive(Debug)]
pub struct CaseIr {
    /// Case values; `None` is `default`.
    pub labels: Vec<Option<Expr>>,
    /// The statements.
    pub body: Vec<Stmt>,
    /// `->`: no fall-through.
    pub arrow: bool,
}

/// A statement.
#[derive(Debug)]
pub enum StmtKind {
    /// Evaluate; the value becomes the "last value".
    Expr(Expr),
    /// Declare one variable.
    Decl {
        /// Its slot.
        slot: u32,
        /// Declared type for coercion.
        ty: Option<TypeIr>,
        /// Initial value (`None`: null, or the type's default for primitives).
        init: Option<Expr>,
    },
    /// `def (a, b) = v`
    MultiDecl {
        /// Slots with their types.
        vars: Vec<(u32, Option<TypeIr>)>,
        /// The value destructured.
        init: Expr,
    },
    /// `{ … }`
    Block(Vec<Stmt>),
    /// `if`
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    /// `while`
    While {
        /// Label of the loop.
        label: Option<Name>,
        /// Condition.
        cond: Expr,
        /// Body.
        body: Box<Stmt>,
    },
    /// `do … while`
    DoWhile {
        /// Label of the loop.
        label: Option<Name>,
        /// Body.
        body: Box<Stmt>,
        /// Condition.
        cond: Expr,
    },
    /// `for (x in iter)`
    ForIn {
        /// Label of the loop.
        label: Option<Name>,
        /// Loop variable slot.
        slot: u32,
        /// Its declared type.
        ty: Option<TypeIr>,
        /// The iterated value.
        iter: Expr,
        /// Body.
        body: Box<Stmt>,
    },
    /// `for (init; cond; update)`
    For {
        /// Label of the loop.
        label: Option<Name>,
        /// Run once.
        init: Vec<Stmt>,
        /// Tested before each iteration.
        cond: Option<Expr>,
        /// Run after each iteration.
        update: Vec<Expr>,
        /// Body.
        body: Box<Stmt>,
    },
    /// `switch` statement.
    Switch(Box<SwitchIr>, Option<Name>),
    /// `try`/`catch`/`finally`
    Try {
        /// Guarded block.
        body: Vec<Stmt>,
        /// Handlers.
        catches: Vec<CatchIr>,
        /// Always run.
        finally: Option<Vec<Stmt>>,
    },
    /// `throw`
    Throw(Expr),
    /// `return`
    Return(Option<Expr>),
    /// `break`
    Break(Option<Name>),
    /// `continue`
    Continue(Option<Name>),
    /// `label: stmt` for a non-loop statement.
    Labeled(Name, Box<Stmt>),
    /// `assert cond : message`, with the source text of the condition.
    Assert {
        /// Condition.
        cond: Expr,
        /// Message.
        message: Option<Expr>,
        /// Source text of the condition.
        text: Arc<str>,
    },
    /// A statement without effect whose value is null (method definitions, imports).
    Nop,
}

#[cfg(test)]
mod tests {
    use super::{Expr, ExprKind, Place};

    /// `Place` is stored inline in assignments: that must not make every expression node
    /// (and every `Box<Expr>` allocation) bigger than the largest call node already is.
    #[test]
    fn inline_places_do_not_grow_expressions() {
        assert!(size_of::<Place>() + 16 <= size_of::<ExprKind>());
        assert!(size_of::<Expr>() <= 88, "Expr is {} bytes", size_of::<Expr>());
    }
}
