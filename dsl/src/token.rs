//! The tokens the lexer driver hands to the parser.
//!
//! The driver (see `lexer`) has already decided which newlines end a statement (only those
//! become [`Token::Newline`]), processed string escapes, split `GString`s into parts and
//! typed number literals, so the parser never looks at raw text.

use std::fmt;

use crate::ast::{Name, NumLit};

/// Reserved words of Groovy (plus the contextual `var`, primitive types and modifiers).
/// After `.` and as bare map keys every keyword is an ordinary name (see [`Kw::as_str`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[allow(missing_docs)]
pub enum Kw {
    As,
    Assert,
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Def,
    Default,
    Do,
    Else,
    Enum,
    Extends,
    False,
    Finally,
    For,
    Goto,
    If,
    Implements,
    Import,
    In,
    Instanceof,
    Interface,
    New,
    Null,
    Package,
    Return,
    Super,
    Switch,
    This,
    Throw,
    Throws,
    Trait,
    True,
    Try,
    While,
    Var,
    Record,
    // primitive type names
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Void,
    // modifiers
    Public,
    Private,
    Protected,
    Static,
    Final,
    Abstract,
    Synchronized,
    Transient,
    Volatile,
    Native,
    Strictfp,
}

impl Kw {
    /// Every keyword, for lookup tables and tests.
    pub const ALL: &'static [Kw] = &[
        Kw::As,
        Kw::Assert,
        Kw::Break,
        Kw::Case,
        Kw::Catch,
        Kw::Class,
        Kw::Const,
        Kw::Continue,
        Kw::Def,
        Kw::Default,
        Kw::Do,
        Kw::Else,
        Kw::Enum,
        Kw::Extends,
        Kw::False,
        Kw::Finally,
        Kw::For,
        Kw::Goto,
        Kw::If,
        Kw::Implements,
        Kw::Import,
        Kw::In,
        Kw::Instanceof,
        Kw::Interface,
        Kw::New,
        Kw::Null,
        Kw::Package,
        Kw::Return,
        Kw::Super,
        Kw::Switch,
        Kw::This,
        Kw::Throw,
        Kw::Throws,
        Kw::Trait,
        Kw::True,
        Kw::Try,
        Kw::While,
        Kw::Var,
        Kw::Record,
        Kw::Boolean,
        Kw::Byte,
        Kw::Char,
        Kw::Short,
        Kw::Int,
        Kw::Long,
        Kw::Float,
        Kw::Double,
        Kw::Void,
        Kw::Public,
        Kw::Private,
        Kw::Protected,
        Kw::Static,
        Kw::Final,
        Kw::Abstract,
        Kw::Synchronized,
        Kw::Transient,
        Kw::Volatile,
        Kw::Native,
        Kw::Strictfp,
    ];

    /// The keyword's source text.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Kw::As => "as",
            Kw::Assert => "assert",
            Kw::Break => "break",
            Kw::Case => "case",
            Kw::Catch => "catch",
            Kw::Class => "class",
            Kw::Const => "const",
            Kw::Continue => "continue",
            Kw::Def => "def",
            Kw::Default => "default",
            Kw::Do => "do",
            Kw::Else => "else",
            Kw::Enum => "enum",
            Kw::Extends => "extends",
            Kw::False => "false",
            Kw::Finally => "finally",
            Kw::For => "for",
            Kw::Goto => "goto",
            Kw::If => "if",
            Kw::Implements => "implements",
            Kw::Import => "import",
            Kw::In => "in",
            Kw::Instanceof => "instanceof",
            Kw::Interface => "interface",
            Kw::New => "new",
            Kw::Null => "null",
            Kw::Package => "package",
            Kw::Return => "return",
            Kw::Super => "super",
            Kw::Switch => "switch",
            Kw::This => "this",
            Kw::Throw => "throw",
            Kw::Throws => "throws",
            Kw::Trait => "trait",
            Kw::True => "true",
            Kw::Try => "try",
            Kw::While => "while",
            Kw::Var => "var",
            Kw::Record => "record",
            Kw::Boolean => "boolean",
            Kw::Byte => "byte",
            Kw::Char => "char",
            Kw::Short => "short",
            Kw::Int => "int",
            Kw::Long => "long",
            Kw::Float => "float",
            Kw::Double => "double",
            Kw::Void => "void",
            Kw::Public => "public",
            Kw::Private => "private",
            Kw::Protected => "protected",
            Kw::Static => "static",
            Kw::Final => "final",
            Kw::Abstract => "abstract",
            Kw::Synchronized => "synchronized",
            Kw::Transient => "transient",
            Kw::Volatile => "volatile",
            Kw::Native => "native",
            Kw::Strictfp => "strictfp",
        }
    }

    /// The keyword spelled `s`, if any.
    #[must_use]
    // not `FromStr`: a miss is an identifier, not an error, so it answers an `Option`
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Option<Kw> {
        Kw::ALL.iter().copied().find(|k| k.as_str() == s)
    }
}

/// Operators and punctuation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[allow(missing_docs)]
pub enum Punct {
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Semi,
    Colon,
    Dot,
    SafeDot,
    SpreadDot,
    FieldDot,
    MethodPointer,
    ColonColon,
    Arrow,
    At,
    Question,
    SafeIndex,
    Elvis,
    ElvisAssign,
    Assign,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    PowerAssign,
    ShlAssign,
    ShrAssign,
    UshrAssign,
    AndAssign,
    XorAssign,
    OrAssign,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Power,
    Inc,
    Dec,
    Not,
    Tilde,
    Eq,
    Ne,
    Identical,
    NotIdentical,
    Lt,
    Le,
    Gt,
    Ge,
    Spaceship,
    Find,
    Match,
    And,
    Or,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Ushr,
    Range,
    RangeExclusive,
    RangeLeftExclusive,
    RangeBothExclusive,
    NotIn,
    NotInstanceof,
    Ellipsis,
}

impl Punct {
    /// The operator's source text.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Punct::LParen => "(",
            Punct::RParen => ")",
            Punct::LBracket => "[",
            Punct::RBracket => "]",
            Punct::LBrace => "{",
            Punct::RBrace => "}",
            Punct::Comma => ",",
            Punct::Semi => ";",
            Punct::Colon => ":",
            Punct::Dot => ".",
            Punct::SafeDot => "?.",
            Punct::SpreadDot => "*.",
            Punct::FieldDot => ".@",
            Punct::MethodPointer => ".&",
            Punct::ColonColon => "::",
            Punct::Arrow => "->",
            Punct::At => "@",
            Punct::Question => "?",
            Punct::SafeIndex => "?[",
            Punct::Elvis => "?:",
            Punct::ElvisAssign => "?=",
            Punct::Assign => "=",
            Punct::PlusAssign => "+=",
            Punct::MinusAssign => "-=",
            Punct::StarAssign => "*=",
            Punct::SlashAssign => "/=",
            Punct::PercentAssign => "%=",
            Punct::PowerAssign => "**=",
            Punct::ShlAssign => "<<=",
            Punct::ShrAssign => ">>=",
            Punct::UshrAssign => ">>>=",
            Punct::AndAssign => "&=",
            Punct::XorAssign => "^=",
            Punct::OrAssign => "|=",
            Punct::Plus => "+",
            Punct::Minus => "-",
            Punct::Star => "*",
            Punct::Slash => "/",
            Punct::Percent => "%",
            Punct::Power => "**",
            Punct::Inc => "++",
            Punct::Dec => "--",
            Punct::Not => "!",
            Punct::Tilde => "~",
            Punct::Eq => "==",
            Punct::Ne => "!=",
            Punct::Identical => "===",
            Punct::NotIdentical => "!==",
            Punct::Lt => "<",
            Punct::Le => "<=",
            Punct::Gt => ">",
            Punct::Ge => ">=",
            Punct::Spaceship => "<=>",
            Punct::Find => "=~",
            Punct::Match => "==~",
            Punct::And => "&&",
            Punct::Or => "||",
            Punct::BitAnd => "&",
            Punct::BitOr => "|",
            Punct::BitXor => "^",
            Punct::Shl => "<<",
            Punct::Shr => ">>",
            Punct::Ushr => ">>>",
            Punct::Range => "..",
            Punct::RangeExclusive => "..<",
            Punct::RangeLeftExclusive => "<..",
            Punct::RangeBothExclusive => "<..<",
            Punct::NotIn => "!in",
            Punct::NotInstanceof => "!instanceof",
            Punct::Ellipsis => "...",
        }
    }
}

/// One token. Text-carrying variants hold already-processed content (escapes resolved).
///
/// A `GString` literal `"a ${b} $c.d e"` arrives as
/// `GStringStart, GStringText("a "), GStringExprStart, Ident(b), GStringExprEnd,
/// GStringText(" "), GStringPath([c, d]), GStringText(" e"), GStringEnd`.
#[derive(Clone, PartialEq, Debug)]
pub enum Token {
    /// An identifier (unicode letters, `_`, `$`).
    Ident(Name),
    /// A reserved word.
    Keyword(Kw),
    /// An operator or punctuation mark.
    Punct(Punct),
    /// A typed number literal.
    Number(NumLit),
    /// A string literal without interpolation (any quoting form).
    Str(Name),
    /// Start of an interpolated string.
    GStringStart,
    /// A literal run inside a `GString`.
    GStringText(Name),
    /// `$name.name…` inside a `GString`: the property path, never a call or index.
    GStringPath(Vec<Name>),
    /// `${` inside a `GString`; expression tokens follow until [`Token::GStringExprEnd`].
    GStringExprStart,
    /// The `}` closing a `${` placeholder.
    GStringExprEnd,
    /// End of an interpolated string.
    GStringEnd,
    /// A newline that ends a statement (insignificant ones are dropped by the driver).
    Newline,
    /// A character or sequence the lexer could not read; the message says why.
    Error(Box<str>),
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Ident(s) => write!(f, "identifier `{s}`"),
            Token::Keyword(k) => write!(f, "`{}`", k.as_str()),
            Token::Punct(p) => write!(f, "`{}`", p.as_str()),
            Token::Number(_) => f.write_str("number"),
            Token::Str(_) | Token::GStringStart => f.write_str("string"),
            Token::GStringText(_) => f.write_str("string text"),
            Token::GStringPath(_) => f.write_str("`$` placeholder"),
            Token::GStringExprStart => f.write_str("`${`"),
            Token::GStringExprEnd => f.write_str("`}`"),
            Token::GStringEnd => f.write_str("end of string"),
            Token::Newline => f.write_str("newline"),
            Token::Error(msg) => write!(f, "invalid token ({msg})"),
        }
    }
}

/// What kind of token a [`Tok`] is, without its payload: everything the parser branches
/// on. Two bytes, so a whole token fits in sixteen.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TokenKind {
    /// [`Token::Ident`]; the payload is the name's id in the stream.
    Ident,
    /// [`Token::Keyword`].
    Keyword(Kw),
    /// [`Token::Punct`].
    Punct(Punct),
    /// [`Token::Number`]; the payload indexes the stream's number literals.
    Number,
    /// [`Token::Str`]; the payload is the text's name id.
    Str,
    /// [`Token::GStringStart`].
    GStringStart,
    /// [`Token::GStringText`]; the payload is the text's name id.
    GStringText,
    /// [`Token::GStringPath`]; the payload indexes the stream's paths.
    GStringPath,
    /// [`Token::GStringExprStart`].
    GStringExprStart,
    /// [`Token::GStringExprEnd`].
    GStringExprEnd,
    /// [`Token::GStringEnd`].
    GStringEnd,
    /// [`Token::Newline`].
    Newline,
    /// [`Token::Error`]; the payload indexes the stream's error messages.
    Error,
}

impl TokenKind {
    /// The kind of `tok`.
    #[must_use]
    pub fn of(tok: &Token) -> TokenKind {
        match tok {
            Token::Ident(_) => TokenKind::Ident,
            Token::Keyword(k) => TokenKind::Keyword(*k),
            Token::Punct(p) => TokenKind::Punct(*p),
            Token::Number(_) => TokenKind::Number,
            Token::Str(_) => TokenKind::Str,
            Token::GStringStart => TokenKind::GStringStart,
            Token::GStringText(_) => TokenKind::GStringText,
            Token::GStringPath(_) => TokenKind::GStringPath,
            Token::GStringExprStart => TokenKind::GStringExprStart,
            Token::GStringExprEnd => TokenKind::GStringExprEnd,
            Token::GStringEnd => TokenKind::GStringEnd,
            Token::Newline => TokenKind::Newline,
            Token::Error(_) => TokenKind::Error,
        }
    }
}

/// A compact token: its kind, a payload (an index into the owning
/// [`crate::lexer::TokenStream`]'s names, numbers, paths or messages, zero for kinds
/// without one) and its byte span. Sixteen bytes, so the token vector of a large source
/// stays a fraction of the size a vector of [`Token`]s would need.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Tok {
    /// The token's kind.
    pub kind: TokenKind,
    /// Index of the payload in the stream (see [`TokenKind`]).
    pub data: u32,
    /// The token's bytes in the source.
    pub span: crate::source::Span,
}
