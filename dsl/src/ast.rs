//! The spanned abstract syntax tree of a sync script.
//!
//! Owned `Box`/`Vec` enums with no lifetimes. Every expression and statement is a
//! [`Spanned`] node; names carry their own spans so diagnostics can point at them.
//! `visit` holds the `walk_*` functions shared by the lints and the resolver; `depth`
//! tells them whether a tree is shallow enough for the caller's stack.

pub mod depth;
pub mod dump;
pub mod visit;

use crate::source::{Span, Spanned};

/// An expression with its span.
pub type AstExpr = Spanned<Expr>;
/// A statement with its span.
pub type AstStmt = Spanned<Stmt>;
/// A name or string payload, shared rather than copied: the lexer interns each distinct
/// text once per parse, so equal names in one tree point at the same allocation, and
/// cloning one (into the IR, for example) is a reference-count increment. `Arc`, not
/// `Rc`, so trees and the programs built from them stay `Send + Sync`.
pub type Name = std::sync::Arc<str>;
/// A name with its span.
pub type Ident = Spanned<Name>;

/// A whole script: top-level statements, including method, class and import declarations,
/// in source order.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Module {
    /// Statements in source order.
    pub stmts: Vec<AstStmt>,
}

impl Drop for Module {
    /// Releases a long statement list from its end in steps of about 64 KiB: each step
    /// drops its statements, then hands that part of the list's buffer back. glibc's
    /// allocator tidies all the small blocks freed so far whenever a large block is
    /// freed; stepping makes it do so while the just-freed nodes are still in cache,
    /// instead of once, at the end, over a whole large tree (most of the cost of
    /// dropping the 16x corpus). A short list (any ordinary script) is dropped as usual.
    fn drop(&mut self) {
        const STEP: usize = (64 << 10) / size_of::<AstStmt>();
        while self.stmts.len() > STEP {
            let keep = self.stmts.len() - STEP;
            self.stmts.truncate(keep);
            self.stmts.shrink_to_fit();
        }
    }
}

/// A number literal, typed by Groovy's literal rules (suffixes and widening by size).
#[derive(Clone, PartialEq, Debug)]
pub enum NumLit {
    /// `java.lang.Integer`.
    Int(i32),
    /// `java.lang.Long`.
    Long(i64),
    /// `java.math.BigInteger`, as decimal digits (a leading `-` never occurs).
    BigInt(Box<str>),
    /// `java.math.BigDecimal`, as Java would read it (`1.50`, `1e3`, `1.5E-3`): digits,
    /// optional point and exponent, no underscores or suffix.
    BigDec(Box<str>),
    /// `java.lang.Double`.
    Double(f64),
    /// `java.lang.Float`.
    Float(f32),
}

/// A reference to a type: `String`, `java.util.List<String>`, `int[]`, `def`.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeRef {
    /// Dotted name as written (`Map`, `java.util.Date`, `int`).
    pub name: Name,
    /// Generic arguments, parsed and kept for tools; the runtime ignores them.
    pub generics: Box<[TypeRef]>,
    /// Number of `[]` suffixes.
    pub array_dims: u8,
    /// Where the type was written.
    pub span: Span,
}

/// How a member access navigates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Nav {
    /// `a.b`
    Normal,
    /// `a?.b`: null when `a` is null.
    Safe,
    /// `a*.b`: collect over the elements of `a`.
    Spread,
    /// `a.@b`: direct field access.
    Field,
}

/// The name in a property access or method call.
#[derive(Clone, PartialEq, Debug)]
pub enum MemberName {
    /// `a.name` (keywords allowed: `a.class`, `a.in`).
    Ident(Name),
    /// `a."Quoted Name"` or `a.'x'`.
    Str(Name),
    /// `a."${expr}"`: the name is computed.
    Dynamic(Box<AstExpr>),
}

/// One argument in a call.
#[derive(Clone, PartialEq, Debug)]
pub enum Arg {
    /// A positional argument.
    Pos(AstExpr),
    /// `name: value` (collected into a map passed first, as Groovy does).
    Named(Spanned<MapKey>, AstExpr),
    /// `*list` spread into positional arguments, or `*:map` into named ones.
    Spread(AstExpr),
    /// `*:map` spread into the named-argument map.
    SpreadMap(AstExpr),
}

/// The arguments of a call, including trailing closures `f(x) { … }`, which are
/// appended as the last positional arguments.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Args {
    /// Arguments in source order; trailing closures come last. A boxed slice (the list
    /// is final once parsed), so every call node is a word smaller than with a vector.
    pub args: Box<[Arg]>,
    /// Whether the call had parentheses (`f(x)`), as opposed to a command expression
    /// (`println x`) or closure-only call (`list.each { }`).
    pub parens: bool,
}

/// A key in a map literal or named argument.
#[derive(Clone, PartialEq, Debug)]
pub enum MapKey {
    /// `name: v` — a bare identifier or keyword is the String `"name"`.
    Name(Name),
    /// `'text': v`, `"text": v`, `1: v`, `(expr): v`, `"${x}": v`: evaluated. Boxed so
    /// a key costs a pointer, not a whole expression, in every argument and map entry.
    Expr(Box<AstExpr>),
}

/// An entry of a map literal.
#[derive(Clone, PartialEq, Debug)]
pub enum MapEntry {
    /// `key: value`
    Pair(Spanned<MapKey>, AstExpr),
    /// `*:otherMap`
    Spread(AstExpr),
}

/// An element of a list literal.
#[derive(Clone, PartialEq, Debug)]
pub enum ListItem {
    /// A plain element.
    Elem(AstExpr),
    /// `*list`
    Spread(AstExpr),
}

/// A part of an interpolated string.
#[derive(Clone, PartialEq, Debug)]
pub enum GStringPart {
    /// Literal text.
    Text(Name),
    /// `${expr}`, `$a.b` (desugared to property accesses) or `${-> expr}` (a closure).
    Expr(AstExpr),
}

/// A parameter of a closure, lambda or method.
#[derive(Clone, PartialEq, Debug)]
pub struct Param {
    /// The parameter's name.
    pub name: Ident,
    /// Declared type, if any.
    pub ty: Option<TypeRef>,
    /// Default value (`x = 1`); boxed, since few parameters have one.
    pub default: Option<Box<AstExpr>>,
    /// `T... xs`
    pub varargs: bool,
}

/// A closure `{ a, b -> … }` / `{ … }` or a lambda `(a) -> …`.
#[derive(Clone, PartialEq, Debug)]
pub struct Closure {
    /// `None` when no `->` was written: the closure takes the implicit `it`.
    pub params: Option<Vec<Param>>,
    /// The body.
    pub body: Vec<AstStmt>,
    /// Written as a Groovy 3 lambda.
    pub lambda: bool,
}

/// Unary operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Neg,
    Plus,
    Not,
    BitNot,
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

/// Binary operators (assignment, ranges, `as`, `instanceof` and the logical operators
/// with their own short-circuit rules are separate [`Expr`] variants or included here as
/// noted).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Pow,
    Shl,
    Shr,
    Ushr,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Eq,
    Ne,
    Cmp,
    Identical,
    NotIdentical,
    Find,
    Match,
    BitAnd,
    BitXor,
    BitOr,
    And,
    Or,
}

impl BinOp {
    /// The operator's source text.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Pow => "**",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Ushr => ">>>",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::In => "in",
            BinOp::NotIn => "!in",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Cmp => "<=>",
            BinOp::Identical => "===",
            BinOp::NotIdentical => "!==",
            BinOp::Find => "=~",
            BinOp::Match => "==~",
            BinOp::BitAnd => "&",
            BinOp::BitXor => "^",
            BinOp::BitOr => "|",
            BinOp::And => "&&",
            BinOp::Or => "||",
        }
    }
}

/// Assignment operators: `=` is `None` in [`Expr::Assign`]; compound ones name the
/// binary operator they apply. `?=` is [`AssignOp::Elvis`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AssignOp {
    /// `x op= y`
    Compound(BinOp),
    /// `x ?= y` (Groovy 3+): `x = x ?: y`
    Elvis,
}

/// An expression.
#[derive(Clone, PartialEq, Debug)]
pub enum Expr {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number literal.
    Number(NumLit),
    /// A string literal without placeholders.
    Str(Name),
    /// An interpolated string.
    GString(Vec<GStringPart>),
    /// A bare name: a local, a binding, a class name such as `Math` or `String`.
    Name(Name),
    /// `this`
    This,
    /// `super`
    Super,
    /// `[a, b, *c]`
    List(Vec<ListItem>),
    /// `[k: v, *:m]`; `[:]` is an empty map.
    Map(Vec<MapEntry>),
    /// `from..to`, `from..<to`, `from<..to`, `from<..<to`.
    Range {
        /// Lower bound expression.
        from: Box<AstExpr>,
        /// Upper bound expression.
        to: Box<AstExpr>,
        /// `<..`
        exclusive_from: bool,
        /// `..<`
        exclusive_to: bool,
    },
    /// A prefix or postfix operator.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        expr: Box<AstExpr>,
    },
    /// A binary operator (including `&&`, `||`, `in`).
    Binary {
        /// The operator.
        op: BinOp,
        /// Left operand.
        lhs: Box<AstExpr>,
        /// Right operand.
        rhs: Box<AstExpr>,
    },
    /// `target = value` or `target op= value`. The target is a name, property, index or,
    /// for multiple assignment `(a, b) = …`, an [`Expr::Tuple`].
    Assign {
        /// `None` for plain `=`.
        op: Option<AssignOp>,
        /// What is assigned to.
        target: Box<AstExpr>,
        /// The assigned value.
        value: Box<AstExpr>,
    },
    /// `(a, b)` on the left of a multiple assignment.
    Tuple(Vec<AstExpr>),
    /// `cond ? a : b`
    Ternary {
        /// The condition (Groovy truth).
        cond: Box<AstExpr>,
        /// Value when true.
        then: Box<AstExpr>,
        /// Value when false.
        otherwise: Box<AstExpr>,
    },
    /// `a ?: b`
    Elvis {
        /// Tested and returned when truthy.
        lhs: Box<AstExpr>,
        /// Returned otherwise.
        rhs: Box<AstExpr>,
    },
    /// `obj.name`, `obj?.name`, `obj*.name`, `obj.@name`, `obj."name"`.
    Prop {
        /// The receiver.
        obj: Box<AstExpr>,
        /// The property.
        name: Spanned<MemberName>,
        /// How to navigate.
        nav: Nav,
    },
    /// `obj.name(args)`, or `name(args)` when `obj` is `None` (a script method, a closure
    /// variable or a builtin such as `println`).
    Call {
        /// The receiver; `None` for an unqualified call.
        obj: Option<Box<AstExpr>>,
        /// The method name.
        name: Spanned<MemberName>,
        /// How to navigate to the receiver.
        nav: Nav,
        /// The arguments.
        args: Args,
    },
    /// Calling the value of an expression: `(closure)(x)`, `list[0](x)`, `fn.call(x)` is a
    /// [`Expr::Call`] instead.
    Invoke {
        /// The callee expression.
        callee: Box<AstExpr>,
        /// The arguments.
        args: Args,
    },
    /// `obj[i]`, `obj[i, j]`, `obj?[i]`.
    Index {
        /// The receiver.
        obj: Box<AstExpr>,
        /// One or more index expressions.
        index: Vec<AstExpr>,
        /// `?[` (Groovy 3+).
        safe: bool,
    },
    /// A closure or lambda.
    Closure(Box<Closure>),
    /// `(Type) expr`
    Cast {
        /// The target type.
        ty: TypeRef,
        /// The operand.
        expr: Box<AstExpr>,
    },
    /// `expr as Type`
    As {
        /// The operand.
        expr: Box<AstExpr>,
        /// The target type.
        ty: TypeRef,
    },
    /// `expr instanceof Type` / `!instanceof`.
    InstanceOf {
        /// The operand.
        expr: Box<AstExpr>,
        /// The type tested.
        ty: TypeRef,
        /// `!instanceof`
        negated: bool,
    },
    /// `new Type(args)`, `new Type[n]`, `new Type() { … }` (anonymous class body kept).
    New {
        /// The constructed type.
        ty: Box<TypeRef>,
        /// Constructor arguments (or array dimensions).
        args: Args,
        /// An anonymous class body, if one was written.
        body: Option<Vec<ClassMember>>,
    },
    /// `obj.&name` or `obj::name`.
    MethodRef {
        /// The receiver.
        obj: Box<AstExpr>,
        /// The method name.
        name: Ident,
    },
    /// `obj.&"$name"` or `obj.&(expr)`: a method pointer whose name is computed when
    /// the pointer is made.
    DynMethodRef {
        /// The receiver.
        obj: Box<AstExpr>,
        /// The expression giving the method name (its string form is used).
        name: Box<AstExpr>,
    },
    /// A Groovy 4 switch expression `switch (x) { case 1 -> 'a'; default -> 'b' }`.
    Switch(Box<Switch>),
    /// Placeholder produced by error recovery; the file also has a syntax error.
    Error,
}

/// A label of a `case`.
#[derive(Clone, PartialEq, Debug)]
pub enum CaseLabel {
    /// `case expr:` (Groovy 3+ allows `case a, b:`; each is its own label).
    Case(AstExpr),
    /// `default:`
    Default,
}

/// One `case`/`default` group of a switch with the statements under it.
#[derive(Clone, PartialEq, Debug)]
pub struct SwitchCase {
    /// One or more labels (`case 1: case 2:` share a body).
    pub labels: Vec<Spanned<CaseLabel>>,
    /// The statements; control falls through into the next case unless they break.
    pub body: Vec<AstStmt>,
    /// Written with `->` (switch expressions); no fall-through.
    pub arrow: bool,
}

/// A switch statement or expression.
#[derive(Clone, PartialEq, Debug)]
pub struct Switch {
    /// The value switched on.
    pub subject: AstExpr,
    /// The cases in order.
    pub cases: Vec<SwitchCase>,
}

/// A `catch (T1 | T2 e) { … }` clause.
#[derive(Clone, PartialEq, Debug)]
pub struct Catch {
    /// Caught types; empty means any (`catch (e)` / `catch (def e)`).
    pub types: Vec<TypeRef>,
    /// The exception variable.
    pub name: Ident,
    /// The handler.
    pub body: Vec<AstStmt>,
}

/// Declaration modifiers and annotations, kept for tools.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Modifiers {
    /// `static`, `final`, `private`, … in source order.
    pub keywords: Vec<Spanned<crate::token::Kw>>,
    /// `@Name(...)` annotations (arguments are not kept).
    pub annotations: Vec<Ident>,
}

/// One variable in a declaration: `x` or `x = value`.
#[derive(Clone, PartialEq, Debug)]
pub struct VarDeclarator {
    /// The variable.
    pub name: Ident,
    /// The initial value.
    pub init: Option<AstExpr>,
}

/// `def x = 1, y`, `String s = 'a'`, `final int n = 2`, `var v = 3`.
#[derive(Clone, PartialEq, Debug)]
pub struct VarDecl {
    /// Modifiers and annotations.
    pub modifiers: Modifiers,
    /// The declared type; `None` for `def`/`var` (dynamic).
    pub ty: Option<Box<TypeRef>>,
    /// One or more variables.
    pub vars: Vec<VarDeclarator>,
}

/// A method: script-level `def f(x, y = 2) { … }`, or a member of a class.
#[derive(Clone, PartialEq, Debug)]
pub struct MethodDef {
    /// Modifiers and annotations.
    pub modifiers: Modifiers,
    /// Generic type parameters `<T>` (names only).
    pub type_params: Vec<Ident>,
    /// Return type; `None` for `def`.
    pub ret: Option<TypeRef>,
    /// The method name (a string is allowed: `def "odd name"() {}`).
    pub name: Ident,
    /// Parameters.
    pub params: Vec<Param>,
    /// `throws` clause.
    pub throws: Vec<TypeRef>,
    /// The body; `None` for abstract/interface methods.
    pub body: Option<Vec<AstStmt>>,
}

/// What kind of type a [`ClassDef`] declares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(missing_docs)]
pub enum ClassKind {
    Class,
    Interface,
    Enum,
    Trait,
    Record,
    Annotation,
}

/// A member of a class body.
#[derive(Clone, PartialEq, Debug)]
pub enum ClassMember {
    /// A field or property.
    Field(Spanned<VarDecl>),
    /// A method.
    Method(Spanned<MethodDef>),
    /// A constructor (its `name` is the class name).
    Constructor(Spanned<MethodDef>),
    /// `{ … }` or `static { … }`.
    Initializer {
        /// `static { … }`
        is_static: bool,
        /// The block.
        body: Vec<AstStmt>,
        /// Where it stands.
        span: Span,
    },
    /// A nested type.
    Class(Spanned<ClassDef>),
    /// An enum constant `NAME` or `NAME(args)`.
    EnumConstant {
        /// The constant.
        name: Ident,
        /// Constructor arguments.
        args: Args,
    },
}

/// A class, interface, enum, trait or record declaration (parsed; the runtime rejects it).
#[derive(Clone, PartialEq, Debug)]
pub struct ClassDef {
    /// Modifiers and annotations.
    pub modifiers: Modifiers,
    /// What is declared.
    pub kind: ClassKind,
    /// Its name.
    pub name: Ident,
    /// Generic type parameters.
    pub type_params: Vec<Ident>,
    /// `extends` types.
    pub extends: Vec<TypeRef>,
    /// `implements` types.
    pub implements: Vec<TypeRef>,
    /// The members.
    pub members: Vec<ClassMember>,
}

/// `import a.b.C`, `import a.b.*`, `import static a.B.m`, `import a.B as C`.
#[derive(Clone, PartialEq, Debug)]
pub struct Import {
    /// The dotted path without `.*`.
    pub path: Name,
    /// `import static`
    pub is_static: bool,
    /// Ends in `.*`
    pub star: bool,
    /// `as Alias`
    pub alias: Option<Ident>,
}

/// A statement.
#[derive(Clone, PartialEq, Debug)]
pub enum Stmt {
    /// An expression evaluated for its value or effect.
    Expr(AstExpr),
    /// A variable declaration.
    VarDecl(VarDecl),
    /// `def (a, b) = expr` / `def (String a, int b) = expr`.
    MultiDecl {
        /// The variables with their optional types.
        vars: Vec<(Option<TypeRef>, Ident)>,
        /// The list (or other value) destructured.
        init: Box<AstExpr>,
    },
    /// `{ … }` as a statement (only after `;` or where a block is expected).
    Block(Vec<AstStmt>),
    /// `if (cond) then else otherwise`
    If {
        /// The condition.
        cond: AstExpr,
        /// Taken when the condition is truthy.
        then: Box<AstStmt>,
        /// The `else` branch.
        otherwise: Option<Box<AstStmt>>,
    },
    /// `while (cond) body`
    While {
        /// The condition.
        cond: AstExpr,
        /// The loop body.
        body: Box<AstStmt>,
    },
    /// `do body while (cond)` (Groovy 3+).
    DoWhile {
        /// The loop body.
        body: Box<AstStmt>,
        /// The condition.
        cond: AstExpr,
    },
    /// `for (x in iter)`, `for (T x in iter)`, `for (T x : iter)`.
    ForIn {
        /// Declared type of the loop variable.
        ty: Option<Box<TypeRef>>,
        /// The loop variable.
        var: Ident,
        /// The iterated value.
        iter: Box<AstExpr>,
        /// The loop body.
        body: Box<AstStmt>,
    },
    /// `for (init; cond; update)`.
    For {
        /// Declarations or expressions run once.
        init: Vec<AstStmt>,
        /// Tested before each iteration; `None` loops forever.
        cond: Option<Box<AstExpr>>,
        /// Run after each iteration.
        update: Vec<AstExpr>,
        /// The loop body.
        body: Box<AstStmt>,
    },
    /// A switch statement.
    Switch(Box<Switch>),
    /// `try { } catch (…) { } finally { }`.
    Try {
        /// The guarded block.
        body: Vec<AstStmt>,
        /// Catch clauses in order.
        catches: Vec<Catch>,
        /// The finally block.
        finally: Option<Vec<AstStmt>>,
    },
    /// `throw expr`
    Throw(AstExpr),
    /// `return` / `return expr`
    Return(Option<AstExpr>),
    /// `break` / `break label`
    Break(Option<Ident>),
    /// `continue` / `continue label`
    Continue(Option<Ident>),
    /// `label: stmt`
    Labeled {
        /// The label.
        label: Ident,
        /// The labelled statement.
        stmt: Box<AstStmt>,
    },
    /// `assert cond` / `assert cond : message`.
    Assert {
        /// The asserted condition.
        cond: AstExpr,
        /// The message expression.
        message: Option<Box<AstExpr>>,
    },
    /// A method declaration (script-level when at top level).
    Method(Box<MethodDef>),
    /// A type declaration.
    Class(Box<ClassDef>),
    /// An import.
    Import(Import),
    /// `package a.b`
    Package(Name),
    /// `;` alone.
    Empty,
    /// Placeholder produced by error recovery; the file also has a syntax error.
    Error,
}

// Node sizes bound how much every parse copies, allocates and later walks to drop: the
// rare large parts (`new`'s type, a declaration's type, `for`'s condition and iterated
// value, a multiple declaration's value, `assert`'s message, a computed map key, a
// parameter's default) are boxed, and lists that are final once parsed (call arguments,
// generic arguments) are boxed slices, so the common variants set the size. Raise a bound
// only with a measurement that justifies it.
const _: () = assert!(size_of::<Expr>() <= 72);
const _: () = assert!(size_of::<Stmt>() <= 96);
const _: () = assert!(size_of::<Arg>() <= 104);
const _: () = assert!(size_of::<Param>() <= 88);
const _: () = assert!(size_of::<crate::token::Token>() <= 32);

#[cfg(test)]
mod tests {
    use super::{Expr, Module, Name, Stmt};
    use crate::source::{Span, Spanned};

    /// The stepwise drop of a long statement list still drops every statement: names the
    /// tree shared are released, whatever the list's length relative to the step.
    #[test]
    fn dropping_a_long_module_releases_every_statement() {
        for len in [0, 1, 629, 630, 631, 1260, 5000] {
            let name = Name::from("shared");
            let at = Span::new(0, 6);
            let stmt = Spanned::new(Stmt::Expr(Spanned::new(Expr::Name(name.clone()), at)), at);
            let module = Module {
                stmts: vec![stmt; len],
            };
            assert_eq!(std::sync::Arc::strong_count(&name), len + 1);
            drop(module);
            assert_eq!(std::sync::Arc::strong_count(&name), 1, "{len} statements");
        }
    }
}
