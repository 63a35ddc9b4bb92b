//! The logos-generated raw scanner: context-free tokens only. Strings, slashy-vs-division,
//! `!in`, unicode identifiers and newline significance are decided by the driver.

use logos::{Lexer, Logos};

use crate::token::{Kw, Punct};

/// What a `/* … */` comment looked like.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct BlockComment {
    /// Whether the closing `*/` was found.
    pub(super) terminated: bool,
}

/// Scans a block comment up to the first `*/` (comments do not nest).
fn block_comment(lex: &mut Lexer<'_, Raw>) -> BlockComment {
    let rest = lex.remainder();
    let (len, terminated) = match rest.find("*/") {
        Some(i) => (i + 2, true),
        None => (rest.len(), false),
    };
    lex.bump(len);
    BlockComment { terminated }
}

/// Raw tokens. Whitespace other than line breaks is skipped.
#[derive(Logos, Clone, Copy, PartialEq, Debug)]
#[logos(skip r"[ \t\x0C]+")]
pub(super) enum Raw {
    /// One or more line breaks with the blanks between them (one driver step per run).
    #[regex(r"[\r\n][ \t\x0C\r\n]*")]
    Newline,
    #[regex(r"//[^\r\n]*", allow_greedy = true)]
    LineComment,
    #[token("/*", block_comment)]
    BlockComment(BlockComment),
    #[token("\\")]
    Backslash,

    #[regex(r"[a-zA-Z_$][a-zA-Z0-9_$]*")]
    Ident,
    /// Any non-ASCII character: the driver decides whether it starts an identifier.
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,

    #[regex(r"[0-9][0-9_]*(\.[0-9][0-9_]*)?([eE][+-]?[0-9][0-9_]*)?[gGlLiIdDfF]?")]
    #[regex(r"0[xX][0-9a-fA-F_]*[gGlLiI]?")]
    #[regex(r"0[bB][01_]*[gGlLiI]?")]
    Number,

    #[token("'")]
    Quote,
    #[token("'''")]
    TripleQuote,
    #[token("\"")]
    DoubleQuote,
    #[token("\"\"\"")]
    TripleDoubleQuote,
    #[token("$/")]
    DollarSlash,

    #[token("as", |_| Kw::As)]
    #[token("assert", |_| Kw::Assert)]
    #[token("break", |_| Kw::Break)]
    #[token("case", |_| Kw::Case)]
    #[token("catch", |_| Kw::Catch)]
    #[token("class", |_| Kw::Class)]
    #[token("const", |_| Kw::Const)]
    #[token("continue", |_| Kw::Continue)]
    #[token("def", |_| Kw::Def)]
    #[token("default", |_| Kw::Default)]
    #[token("do", |_| Kw::Do)]
    #[token("else", |_| Kw::Else)]
    #[token("enum", |_| Kw::Enum)]
    #[token("extends", |_| Kw::Extends)]
    #[token("false", |_| Kw::False)]
    #[token("finally", |_| Kw::Finally)]
    #[token("for", |_| Kw::For)]
    #[token("goto", |_| Kw::Goto)]
    #[token("if", |_| Kw::If)]
    #[token("implements", |_| Kw::Implements)]
    #[token("import", |_| Kw::Import)]
    #[token("in", |_| Kw::In)]
    #[token("instanceof", |_| Kw::Instanceof)]
    #[token("interface", |_| Kw::Interface)]
    #[token("new", |_| Kw::New)]
    #[token("null", |_| Kw::Null)]
    #[token("package", |_| Kw::Package)]
    #[token("return", |_| Kw::Return)]
    #[token("super", |_| Kw::Super)]
    #[token("switch", |_| Kw::Switch)]
    #[token("this", |_| Kw::This)]
    #[token("throw", |_| Kw::Throw)]
    #[token("throws", |_| Kw::Throws)]
    #[token("trait", |_| Kw::Trait)]
    #[token("true", |_| Kw::True)]
    #[token("try", |_| Kw::Try)]
    #[token("while", |_| Kw::While)]
    #[token("var", |_| Kw::Var)]
    #[token("record", |_| Kw::Record)]
    #[token("boolean", |_| Kw::Boolean)]
    #[token("byte", |_| Kw::Byte)]
    #[token("char", |_| Kw::Char)]
    #[token("short", |_| Kw::Short)]
    #[token("int", |_| Kw::Int)]
    #[token("long", |_| Kw::Long)]
    #[token("float", |_| Kw::Float)]
    #[token("double", |_| Kw::Double)]
    #[token("void", |_| Kw::Void)]
    #[token("public", |_| Kw::Public)]
    #[token("private", |_| Kw::Private)]
    #[token("protected", |_| Kw::Protected)]
    #[token("static", |_| Kw::Static)]
    #[token("final", |_| Kw::Final)]
    #[token("abstract", |_| Kw::Abstract)]
    #[token("synchronized", |_| Kw::Synchronized)]
    #[token("transient", |_| Kw::Transient)]
    #[token("volatile", |_| Kw::Volatile)]
    #[token("native", |_| Kw::Native)]
    #[token("strictfp", |_| Kw::Strictfp)]
    Keyword(Kw),

    #[token("(", |_| Punct::LParen)]
    #[token(")", |_| Punct::RParen)]
    #[token("[", |_| Punct::LBracket)]
    #[token("]", |_| Punct::RBracket)]
    #[token("{", |_| Punct::LBrace)]
    #[token("}", |_| Punct::RBrace)]
    #[token(",", |_| Punct::Comma)]
    #[token(";", |_| Punct::Semi)]
    #[token(":", |_| Punct::Colon)]
    #[token(".", |_| Punct::Dot)]
    #[token("?.", |_| Punct::SafeDot)]
    #[token("*.", |_| Punct::SpreadDot)]
    #[token(".@", |_| Punct::FieldDot)]
    #[token(".&", |_| Punct::MethodPointer)]
    #[token("::", |_| Punct::ColonColon)]
    #[token("->", |_| Punct::Arrow)]
    #[token("@", |_| Punct::At)]
    #[token("?", |_| Punct::Question)]
    #[token("?[", |_| Punct::SafeIndex)]
    #[token("?:", |_| Punct::Elvis)]
    #[token("?=", |_| Punct::ElvisAssign)]
    #[token("=", |_| Punct::Assign)]
    #[token("+=", |_| Punct::PlusAssign)]
    #[token("-=", |_| Punct::MinusAssign)]
    #[token("*=", |_| Punct::StarAssign)]
    #[token("/=", |_| Punct::SlashAssign)]
    #[token("%=", |_| Punct::PercentAssign)]
    #[token("**=", |_| Punct::PowerAssign)]
    #[token("<<=", |_| Punct::ShlAssign)]
    #[token(">>=", |_| Punct::ShrAssign)]
    #[token(">>>=", |_| Punct::UshrAssign)]
    #[token("&=", |_| Punct::AndAssign)]
    #[token("^=", |_| Punct::XorAssign)]
    #[token("|=", |_| Punct::OrAssign)]
    #[token("+", |_| Punct::Plus)]
    #[token("-", |_| Punct::Minus)]
    #[token("*", |_| Punct::Star)]
    #[token("/", |_| Punct::Slash)]
    #[token("%", |_| Punct::Percent)]
    #[token("**", |_| Punct::Power)]
    #[token("++", |_| Punct::Inc)]
    #[token("--", |_| Punct::Dec)]
    #[token("!", |_| Punct::Not)]
    #[token("~", |_| Punct::Tilde)]
    #[token("==", |_| Punct::Eq)]
    #[token("!=", |_| Punct::Ne)]
    #[token("===", |_| Punct::Identical)]
    #[token("!==", |_| Punct::NotIdentical)]
    #[token("<", |_| Punct::Lt)]
    #[token("<=", |_| Punct::Le)]
    #[token(">", |_| Punct::Gt)]
    #[token(">=", |_| Punct::Ge)]
    #[token("<=>", |_| Punct::Spaceship)]
    #[token("=~", |_| Punct::Find)]
    #[token("==~", |_| Punct::Match)]
    #[token("&&", |_| Punct::And)]
    #[token("||", |_| Punct::Or)]
    #[token("&", |_| Punct::BitAnd)]
    #[token("|", |_| Punct::BitOr)]
    #[token("^", |_| Punct::BitXor)]
    #[token("<<", |_| Punct::Shl)]
    #[token(">>", |_| Punct::Shr)]
    #[token(">>>", |_| Punct::Ushr)]
    #[token("..", |_| Punct::Range)]
    #[token("..<", |_| Punct::RangeExclusive)]
    #[token("<..", |_| Punct::RangeLeftExclusive)]
    #[token("<..<", |_| Punct::RangeBothExclusive)]
    #[token("...", |_| Punct::Ellipsis)]
    Punct(Punct),
}
