//! Lexer: a logos token enum plus a hand-written driver (`GStrings`, significant newlines,
//! slashy strings). Entry point: [`lex`].
//!
//! The raw scanner (`raw.rs`) knows only context-free tokens. The driver here adds what
//! needs context (spec §2):
//! - a stack of open `(`, `[`, `{` and `${` decides where newlines matter and where a `}`
//!   resumes a `GString` (`gstring.rs` emits string literals and their parts, `string.rs`
//!   scans the string bodies);
//! - `/` starts a slashy string only where an operand is expected, else it is division;
//! - a newline becomes [`Token::Newline`] only when it ends a statement (§2.3);
//! - after a member dot (`.`, `?.`, `*.`, `.&`, `.@`, `::`) a keyword is an identifier.
//!
//! Bad input never stops the lexer: it becomes a [`Token::Error`] plus a `syntax-error`
//! diagnostic (escape errors inside a string only add the diagnostic).
//!
//! The driver writes compact tokens into a [`TokenStream`] ([`tokenize`], what the parser
//! reads); [`lex`] expands them into full [`Token`]s for tests and tools.

mod gstring;
mod ident;
mod intern;
mod number;
mod raw;
mod stream;
mod string;
#[cfg(test)]
mod tests;

use logos::Logos;

use self::number::NumError;
use self::raw::Raw;
pub(crate) use self::stream::Nesting;
pub use self::stream::TokenStream;
use self::stream::index;
use self::string::{StrError, StringKind};
use crate::ast::NumLit;
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::token::{Kw, Punct, Tok, Token, TokenKind};

/// The tokens of one source text with their byte spans, in source order, plus every
/// lexical error found. Spans are ordered, in bounds and on character boundaries.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// The tokens; insignificant newlines, comments and whitespace are already dropped.
    pub tokens: Vec<(Token, Span)>,
    /// `syntax-error` diagnostics for bad characters, unterminated strings or comments,
    /// bad escapes and invalid number literals.
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits `src` into tokens. Never panics; errors are reported in [`Lexed::diagnostics`]
/// and lexing goes on after them.
///
/// Conventions the parser can rely on:
/// - [`Token::Newline`] appears only where a newline can end a statement: never inside
///   `(…)`/`[…]`, never twice in a row, never first or last, never after `;`, an operator,
///   `,`, `(`, `[`, `{`, `->`, `else`, `try`, `finally` or the `)` of an `if`/`for`/`while`/
///   `switch`/`catch` header, and never before `.`-style navigation, a binary operator other
///   than `+`/`-`, `?`, `:`, `else`, `catch`, `finally`, or a `{` that follows an
///   expression (which makes that block a closure argument, spec §2.3 rule 5).
/// - After `.`, `?.`, `*.`, `.&`, `.@` and `::` every keyword arrives as [`Token::Ident`].
/// - `GStringText` is never empty; `GStringStart` … `GStringEnd` always balance, also
///   for an unterminated string (an empty [`Token::Error`] precedes the closing part).
/// - A leading byte-order mark and the `#!` lines at the very start are skipped.
///
/// ```
/// use syncscript_dsl::lexer::lex;
/// use syncscript_dsl::token::{Punct, Token};
///
/// let lexed = lex("def s = x\n    .trim()\nprintln \"$s!\"");
/// assert!(lexed.diagnostics.is_empty());
/// let newlines = lexed.tokens.iter().filter(|(t, _)| *t == Token::Newline).count();
/// assert_eq!(newlines, 1);
/// assert_eq!(lexed.tokens[4].0, Token::Punct(Punct::Dot));
/// ```
#[must_use]
pub fn lex(src: &str) -> Lexed {
    let mut stream = tokenize(src);
    Lexed {
        tokens: stream.to_tokens(),
        diagnostics: std::mem::take(&mut stream.diagnostics),
    }
}

/// [`lex`] without expanding the tokens: compact [`Tok`]s whose payloads live in the
/// stream's tables. This is what the parser reads; the same conventions hold.
#[must_use]
pub fn tokenize(src: &str) -> TokenStream {
    Driver::new(src).run()
}

/// An open bracket on the driver's stack.
#[derive(Clone, Copy, Debug)]
enum Delim {
    /// `(`; `control` when it follows `if`, `while`, `for`, `switch`, `catch` or
    /// `synchronized`, so a newline after its `)` does not end the statement.
    Paren { control: bool },
    /// `[` or `?[`.
    Bracket,
    /// `{`.
    Brace,
    /// `${` inside a string of `kind` that started at byte `start`.
    Interp { kind: StringKind, start: usize },
}

/// How many unclosed delimiters a closing one looks through to find its partner; a
/// bound keeps mismatched input like `(((…}}}` linear.
const MAX_RECOVERY_SEARCH: usize = 64;

/// What the last emitted token expects next.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prev {
    /// Start of input, or after a newline or `;`.
    Start,
    /// A token that needs a right operand (binary operators, `(`, `,`, `=`, `in` …).
    Operator,
    /// A member dot: a following keyword is a name.
    Member,
    /// A statement keyword such as `return`: a newline after it ends the statement, but a
    /// `/` starts a slashy string.
    Keyword,
    /// An operand (name, literal, `)`, `]`, `}`, postfix `++`): a `/` is division.
    Value,
}

/// Lexer state over one source text.
struct Driver<'s> {
    src: &'s str,
    lx: logos::Lexer<'s, Raw>,
    /// Offset of `lx`'s source slice within `src`.
    base: usize,
    /// The tokens, their payload tables and the diagnostics so far.
    out: TokenStream,
    stack: Vec<Delim>,
    /// The first newline seen since the last token, not yet decided on.
    pending: Option<Span>,
    prev: Prev,
    /// Reused text buffer for string bodies.
    buf: String,
    /// Reused error list for string bodies.
    str_errs: Vec<StrError>,
    /// Open `<` of type arguments on this statement (`Map<String, List<`): the `>` that
    /// closes the last one ends a type, so a newline after it ends the statement
    /// (`x as List<String>` NEWLINE `next()`), where a comparison's `>` would not.
    generic_depth: u32,
}

/// Converts a byte range into a span (offsets beyond `u32` are clamped, see `source.rs`).
fn span(start: usize, end: usize) -> Span {
    Span::new(
        u32::try_from(start).unwrap_or(u32::MAX),
        u32::try_from(end).unwrap_or(u32::MAX),
    )
}

/// How a token shapes what follows it (see [`Prev`]).
fn classify(tok: TokenKind) -> Prev {
    match tok {
        TokenKind::Punct(p) => match p {
            Punct::RParen | Punct::RBracket | Punct::RBrace | Punct::Inc | Punct::Dec => {
                Prev::Value
            }
            Punct::Semi => Prev::Start,
            Punct::Dot
            | Punct::SafeDot
            | Punct::SpreadDot
            | Punct::FieldDot
            | Punct::MethodPointer
            | Punct::ColonColon => Prev::Member,
            _ => Prev::Operator,
        },
        TokenKind::Keyword(k) => match k {
            // `var`, `record` and `trait` are also ordinary names (Groovy 2.4 has no such
            // keywords), so `record / 2` divides.
            Kw::This
            | Kw::Super
            | Kw::True
            | Kw::False
            | Kw::Null
            | Kw::Var
            | Kw::Record
            | Kw::Trait => Prev::Value,
            Kw::In
            | Kw::Instanceof
            | Kw::As
            | Kw::New
            | Kw::Else
            | Kw::Try
            | Kw::Finally
            | Kw::Do => Prev::Operator,
            _ => Prev::Keyword,
        },
        TokenKind::Newline => Prev::Start,
        TokenKind::GStringExprStart => Prev::Operator,
        _ => Prev::Value,
    }
}

/// Whether a line starting with `tok` continues the previous line (§2.3 rules 3–5 and the
/// Groovy 3 operators; `+`, `-`, `(`, `[` start a new statement instead).
fn continues_line(tok: TokenKind) -> bool {
    match tok {
        TokenKind::Punct(p) => !matches!(
            p,
            Punct::Plus
                | Punct::Minus
                | Punct::LParen
                | Punct::LBracket
                | Punct::RParen
                | Punct::RBracket
                | Punct::RBrace
                | Punct::Semi
                | Punct::Comma
                | Punct::Inc
                | Punct::Dec
                | Punct::Not
                | Punct::Tilde
                | Punct::At
        ),
        TokenKind::Keyword(k) => matches!(
            k,
            Kw::As | Kw::In | Kw::Instanceof | Kw::Else | Kw::Catch | Kw::Finally
        ),
        _ => false,
    }
}

/// Whether the byte at `pos` continues an identifier or number (ASCII fast check; any
/// non-ASCII byte or backslash is reported too, the caller looks closer).
fn glued(bytes: &[u8], pos: usize) -> bool {
    bytes
        .get(pos)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80)
}

/// Whether an ASCII identifier ending at `pos` may go on (non-ASCII letter or `\\u`).
fn glued_ident(bytes: &[u8], pos: usize) -> bool {
    match bytes.get(pos) {
        Some(&b) if b >= 0x80 => true,
        Some(b'\\') => bytes.get(pos + 1) == Some(&b'u'),
        _ => false,
    }
}

impl<'s> Driver<'s> {
    fn new(src: &'s str) -> Self {
        Self {
            src,
            lx: Raw::lexer(src),
            base: 0,
            out: TokenStream::for_source_len(src.len()),
            stack: Vec::new(),
            pending: None,
            prev: Prev::Start,
            buf: String::new(),
            str_errs: Vec::new(),
            generic_depth: 0,
        }
    }

    /// Restarts the raw scanner at byte `pos` (after a hand-scanned stretch).
    fn reset(&mut self, pos: usize) {
        let pos = pos.min(self.src.len());
        self.lx = Raw::lexer(&self.src[pos..]);
        self.base = pos;
    }

    fn run(mut self) -> TokenStream {
        let mut start = 0;
        if self.src.starts_with('\u{FEFF}') {
            start = 3;
        }
        // Groovy 3/4 skip a run of `#!` lines at the start (nix-shell style headers put
        // interpreter directives on the following lines); Groovy 2.4 only the first.
        while self.src[start..].starts_with("#!") {
            start += self.src[start..]
                .find(['\n', '\r'])
                .unwrap_or(self.src.len() - start);
            let rest = &self.src[start..];
            let eol = if rest.starts_with("\r\n") {
                2
            } else {
                usize::from(rest.starts_with(['\n', '\r']))
            };
            if eol == 0 || !rest[eol..].starts_with("#!") {
                break;
            }
            start += eol;
        }
        self.reset(start);
        while let Some(res) = self.lx.next() {
            let r = self.lx.span();
            let (s, e) = (r.start + self.base, r.end + self.base);
            match res {
                Ok(raw) => self.raw(raw, s, e),
                Err(()) => self.bad_char(s, e),
            }
        }
        self.finish();
        self.out
    }

    /// Decides the pending newline in front of `next` (`None` at the end of input).
    fn flush_newline(&mut self, next: Option<TokenKind>) {
        let Some(nl) = self.pending.take() else {
            return;
        };
        if matches!(self.prev, Prev::Start | Prev::Operator | Prev::Member)
            || matches!(
                self.stack.last(),
                Some(Delim::Paren { .. } | Delim::Bracket)
            )
        {
            return;
        }
        match next {
            // A `{` on the next line attaches only to an expression (`return` NEWLINE `{`
            // returns null, then a block follows).
            Some(t)
                if !continues_line(t)
                    || (t == TokenKind::Punct(Punct::LBrace) && self.prev != Prev::Value) =>
            {
                self.out.push(Tok {
                    kind: TokenKind::Newline,
                    data: 0,
                    span: nl,
                });
                self.prev = Prev::Start;
                self.generic_depth = 0;
            }
            _ => {}
        }
    }

    /// Whether an operand may come next, so a `/` opens a slashy string: the last token
    /// (newlines do not count, as in Groovy 3's lexer) is not a name, literal, `)`, `]`,
    /// `}` or postfix `++`/`--`. So `9` NEWLINE `/ 3` is a division.
    fn operand_expected(&self) -> bool {
        self.prev != Prev::Value
    }

    /// Emits a token without payload that can start or continue a statement.
    #[inline]
    fn emit(&mut self, kind: TokenKind, s: usize, e: usize) {
        self.emit_with(kind, 0, s, e);
    }

    /// Emits a token with payload index `data` that can start or continue a statement.
    /// Inlined into the driver's dispatch: it runs once per token.
    #[inline]
    fn emit_with(&mut self, kind: TokenKind, data: u32, s: usize, e: usize) {
        if self.pending.is_some() {
            self.flush_newline(Some(kind));
        }
        let mut p = classify(kind);
        if let TokenKind::Punct(punct) = kind {
            match punct {
                // `import a.b.*` ends the statement like a name.
                Punct::Star if self.prev == Prev::Member => p = Prev::Value,
                Punct::Lt
                | Punct::Gt
                | Punct::Shr
                | Punct::Ushr
                | Punct::Semi
                | Punct::LBrace
                | Punct::RBrace => p = self.track_generics(punct, s, p),
                _ => {}
            }
        }
        self.prev = p;
        self.out.push(Tok {
            kind,
            data,
            span: span(s, e),
        });
    }

    /// Emits an identifier or keyword-as-name token for the text `name`.
    fn emit_ident(&mut self, name: &str, s: usize, e: usize) {
        let id = self.out.names.intern(name);
        self.emit_with(TokenKind::Ident, id, s, e);
    }

    /// Counts type-argument brackets (only called for the brackets below, `;`, `{`, `}`):
    /// a `<` glued to a capitalised name (`Map<`) opens
    /// one; `>`, `>>`, `>>>` close one, two or three; the close of the outermost makes
    /// the `>` end an operand. Statement and block boundaries forget unclosed ones.
    fn track_generics(&mut self, punct: Punct, s: usize, p: Prev) -> Prev {
        let closes = match punct {
            Punct::Lt => {
                let glued_to_type = self.out.toks.last().is_some_and(|t| {
                    t.span.end as usize == s
                        && self.out.name(*t).is_some_and(|n| {
                            t.kind == TokenKind::Ident && n.starts_with(char::is_uppercase)
                        })
                });
                if glued_to_type {
                    self.generic_depth = self.generic_depth.saturating_add(1);
                }
                return p;
            }
            Punct::Gt => 1,
            Punct::Shr => 2,
            Punct::Ushr => 3,
            Punct::Semi | Punct::LBrace | Punct::RBrace => {
                self.generic_depth = 0;
                return p;
            }
            _ => return p,
        };
        if self.generic_depth == 0 {
            return p;
        }
        self.generic_depth = self.generic_depth.saturating_sub(closes);
        if self.generic_depth == 0 {
            Prev::Value
        } else {
            p
        }
    }

    /// Emits a `GString` part (never preceded by a newline decision).
    fn part(&mut self, kind: TokenKind, data: u32, s: usize, e: usize) {
        self.out.push(Tok {
            kind,
            data,
            span: span(s, e),
        });
    }

    /// Emits an error token with its diagnostic at the same span.
    fn error(&mut self, msg: String, s: usize, e: usize) {
        self.out
            .diagnostics
            .push(Diagnostic::error("syntax-error", msg.clone(), span(s, e)));
        let i = index(&mut self.out.errors, msg.into_boxed_str());
        self.emit_with(TokenKind::Error, i, s, e);
    }

    /// A diagnostic without a token (the construct itself is still usable).
    fn report(&mut self, msg: String, s: usize, e: usize) {
        self.out
            .diagnostics
            .push(Diagnostic::error("syntax-error", msg, span(s, e)));
    }

    fn raw(&mut self, raw: Raw, s: usize, e: usize) {
        match raw {
            Raw::Newline => {
                if self.pending.is_none() {
                    // The token's span is its first line break only.
                    let crlf = self.src.as_bytes()[s] == b'\r'
                        && self.src.as_bytes().get(s + 1) == Some(&b'\n');
                    self.pending = Some(span(s, s + 1 + usize::from(crlf)));
                }
            }
            Raw::LineComment => {}
            // A block comment is whitespace even when it spans lines: Groovy 2.4 reads
            // `1 /*` NEWLINE `*/ + 2` as 3.
            Raw::BlockComment(c) => {
                if !c.terminated {
                    self.error(
                        "unterminated comment: `/*` has no closing `*/`".to_string(),
                        s,
                        e,
                    );
                }
            }
            Raw::Backslash => self.backslash(s),
            Raw::Ident => {
                if glued_ident(self.src.as_bytes(), e) {
                    self.slow_ident(s);
                } else {
                    self.emit_ident(&self.src[s..e], s, e);
                }
            }
            Raw::Keyword(kw) => {
                if glued_ident(self.src.as_bytes(), e) {
                    self.slow_ident(s);
                } else if self.prev == Prev::Member {
                    self.emit_ident(kw.as_str(), s, e);
                } else {
                    self.emit(TokenKind::Keyword(kw), s, e);
                }
            }
            Raw::NonAscii => {
                let c = self.src[s..].chars().next().unwrap_or(' ');
                if ident::is_ident_start(c) {
                    self.slow_ident(s);
                } else {
                    self.bad_char(s, e);
                }
            }
            Raw::Number => self.number(s, e),
            Raw::Quote => self.string(StringKind::Single, s, e),
            Raw::TripleQuote => self.string(StringKind::TripleSingle, s, e),
            Raw::DoubleQuote => self.string(StringKind::Double, s, e),
            Raw::TripleDoubleQuote => self.string(StringKind::TripleDouble, s, e),
            // `$/` always opens a dollar-slashy string (no context check in Groovy 3 either).
            Raw::DollarSlash => self.string(StringKind::DollarSlashy, s, e),
            Raw::Punct(p) => self.punct(p, s, e),
        }
    }

    fn punct(&mut self, p: Punct, s: usize, e: usize) {
        match p {
            Punct::Slash | Punct::SlashAssign if self.operand_expected() => {
                self.string(StringKind::Slashy, s, s + 1);
            }
            Punct::Not => self.not(s, e),
            Punct::LParen => {
                let control = matches!(
                    self.out.toks.last().map(|t| t.kind),
                    Some(TokenKind::Keyword(
                        Kw::If | Kw::While | Kw::For | Kw::Switch | Kw::Catch | Kw::Synchronized
                    ))
                );
                self.emit(TokenKind::Punct(p), s, e);
                self.stack.push(Delim::Paren { control });
            }
            Punct::LBracket | Punct::SafeIndex => {
                self.emit(TokenKind::Punct(p), s, e);
                self.stack.push(Delim::Bracket);
            }
            Punct::LBrace => {
                self.emit(TokenKind::Punct(p), s, e);
                self.stack.push(Delim::Brace);
            }
            Punct::RParen => {
                let open = self.close(|d| matches!(d, Delim::Paren { .. }));
                self.emit(TokenKind::Punct(p), s, e);
                if let Some(Delim::Paren { control }) = open {
                    self.stack.pop();
                    if control {
                        self.prev = Prev::Operator;
                    }
                }
            }
            Punct::RBracket => {
                let open = self.close(|d| matches!(d, Delim::Bracket));
                self.emit(TokenKind::Punct(p), s, e);
                if open.is_some() {
                    self.stack.pop();
                }
            }
            Punct::RBrace => self.close_brace(s, e),
            _ => self.emit(TokenKind::Punct(p), s, e),
        }
    }

    /// Finds the innermost open delimiter matching `want` without crossing a `{` or `${`,
    /// drops the unclosed ones above it and returns it (still on the stack).
    fn close(&mut self, want: impl Fn(&Delim) -> bool) -> Option<Delim> {
        let idx = self
            .stack
            .iter()
            .rev()
            .take(MAX_RECOVERY_SEARCH)
            .position(|d| want(d) || matches!(d, Delim::Brace | Delim::Interp { .. }))
            .map(|i| self.stack.len() - 1 - i)?;
        let d = self.stack[idx];
        if !want(&d) {
            return None;
        }
        self.stack.truncate(idx + 1);
        Some(d)
    }

    fn close_brace(&mut self, s: usize, e: usize) {
        let idx = self
            .stack
            .iter()
            .rev()
            .take(MAX_RECOVERY_SEARCH)
            .position(|d| matches!(d, Delim::Brace | Delim::Interp { .. }))
            .map(|i| self.stack.len() - 1 - i);
        match idx.map(|i| (i, self.stack[i])) {
            Some((i, Delim::Interp { kind, start })) => {
                self.stack.truncate(i);
                self.pending = None;
                self.part(TokenKind::GStringExprEnd, 0, s, e);
                self.buf.clear();
                let end = self.chunk(kind, e);
                self.gstring_parts(kind, start, e, end);
            }
            Some((i, _)) => {
                self.stack.truncate(i + 1);
                self.emit(TokenKind::Punct(Punct::RBrace), s, e);
                self.stack.pop();
            }
            None => self.emit(TokenKind::Punct(Punct::RBrace), s, e),
        }
    }

    /// `!`, `!in` or `!instanceof` (the words only when not followed by a name character).
    fn not(&mut self, s: usize, e: usize) {
        let rest = &self.src[e..];
        for (word, p) in [("instanceof", Punct::NotInstanceof), ("in", Punct::NotIn)] {
            if rest.starts_with(word)
                && !rest[word.len()..]
                    .chars()
                    .next()
                    .is_some_and(ident::is_ident_part)
            {
                let end = e + word.len();
                self.emit(TokenKind::Punct(p), s, end);
                self.reset(end);
                return;
            }
        }
        self.emit(TokenKind::Punct(Punct::Not), s, e);
    }

    /// `\` outside a string: a line continuation, a `\uXXXX` identifier, or an error.
    fn backslash(&mut self, s: usize) {
        let bytes = self.src.as_bytes();
        match bytes.get(s + 1) {
            Some(b'\n') => self.reset(s + 2),
            Some(b'\r') => self.reset(
                s + if bytes.get(s + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                },
            ),
            Some(b'u') => match ident::decode_u_escape(bytes, s) {
                ident::UEscape::Char(c, len) if c == ' ' || c == '\t' => self.reset(s + len),
                ident::UEscape::Char(c, _) if ident::is_ident_start(c) => self.slow_ident(s),
                ident::UEscape::Char(c, len) => {
                    self.error(
                        format!(
                            "`\\u` escape for `{}` is only allowed in identifiers and strings",
                            c.escape_debug()
                        ),
                        s,
                        s + len,
                    );
                    self.reset(s + len);
                }
                ident::UEscape::Bad(msg, len) => {
                    self.error(msg.to_string(), s, s + len);
                    self.reset(s + len);
                }
            },
            _ => self.error("unexpected character `\\`".to_string(), s, s + 1),
        }
    }

    /// An identifier with non-ASCII letters or `\u` escapes, starting at `s`.
    fn slow_ident(&mut self, s: usize) {
        let (text, end) = ident::scan_ident(self.src, s);
        if end == s {
            let e = s + self.src[s..].chars().next().map_or(1, char::len_utf8);
            self.bad_char(s, e);
            return;
        }
        match Kw::from_str(&text) {
            Some(kw) if self.prev != Prev::Member => self.emit(TokenKind::Keyword(kw), s, end),
            _ => self.emit_ident(&text, s, end),
        }
        self.reset(end);
    }

    /// A character the raw scanner rejected.
    fn bad_char(&mut self, s: usize, e: usize) {
        let c = self.src[s..].chars().next().unwrap_or(' ');
        let end = s + c.len_utf8();
        let (msg, help) = match c {
            '#' => (
                "unexpected character `#`".to_string(),
                Some(
                    "a `#!` line is only allowed at the very start of the file; use `//` for a comment",
                ),
            ),
            '\u{FEFF}' => (
                "unexpected byte-order mark inside the file".to_string(),
                None,
            ),
            '`' => ("unexpected character '`'".to_string(), None),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => (
                format!("unexpected typographic quote `{c}`"),
                Some("use a straight double quote `\"`"),
            ),
            '\u{2018}' | '\u{2019}' | '\u{201A}' => (
                format!("unexpected typographic quote `{c}`"),
                Some("use a straight single quote `'`"),
            ),
            _ if c.is_whitespace() || c == '\u{200B}' => (
                format!("unexpected invisible space U+{:04X}", u32::from(c)),
                Some("replace it with a normal space"),
            ),
            _ if c.is_control() => (
                format!("unexpected control character U+{:04X}", u32::from(c)),
                None,
            ),
            _ => (format!("unexpected character `{c}`"), None),
        };
        self.error(msg, s, end);
        if let (Some(help), Some(d)) = (help, self.out.diagnostics.last_mut()) {
            d.help = Some(help.to_string());
        }
        if e != end {
            self.reset(end);
        }
    }

    fn number(&mut self, s: usize, e: usize) {
        let bytes = self.src.as_bytes();
        if glued(bytes, e) {
            let mut end = e;
            for c in self.src[e..].chars() {
                if !ident::is_ident_part(c) {
                    break;
                }
                end += c.len_utf8();
            }
            if end > e {
                self.error(
                    format!("invalid number literal `{}`", &self.src[s..end]),
                    s,
                    end,
                );
                self.reset(end);
                return;
            }
        }
        match number::parse_number(&self.src[s..e]) {
            Ok(n) => {
                let i = index(&mut self.out.numbers, n);
                self.emit_with(TokenKind::Number, i, s, e);
            }
            Err(NumError::Invalid(msg)) => self.error(msg, s, e),
            Err(NumError::SplitAfterZero) => {
                let i = index(&mut self.out.numbers, NumLit::Int(0));
                self.emit_with(TokenKind::Number, i, s, s + 1);
                self.reset(s + 1);
            }
        }
    }

    /// End of input: drop a trailing newline and close strings left open in `${`.
    fn finish(&mut self) {
        self.pending = None;
        let len = self.src.len();
        while let Some(d) = self.stack.pop() {
            if let Delim::Interp { kind, start } = d {
                self.unterminated_gstring(kind, start, len);
            }
        }
    }
}
