//! The lexer's product: compact tokens ([`Tok`], sixteen bytes: kind, payload index,
//! span) plus the side tables their payloads index (interned names, number literals,
//! `GString` paths, error messages). The parser branches on kinds and fetches a payload
//! only when it builds a node from it, so the per-token memory no longer carries an
//! `Arc` or a `NumLit`, and names are counted once per AST use instead of once per token.
//!
//! The stream also records how deep its tokens nest ([`Nesting`]), so the parser's
//! nesting check needs no second pass over the tokens unless the limit is exceeded.
//!
//! Dropping a stream hands its token buffer (up to about 1 MiB) and its interner back to
//! the thread for the next lex, so compiling many small scripts allocates neither again.

use std::cell::Cell;

use super::intern::Interner;
use crate::ast::{Name, NumLit};
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::token::{Punct, Tok, Token, TokenKind};

/// Most tokens a kept token buffer may hold: about 1 MiB.
const MAX_KEPT_TOKENS: usize = (1 << 20) / size_of::<Tok>();

thread_local! {
    /// An empty token buffer left by the last dropped stream on this thread.
    static KEPT_TOKENS: Cell<Vec<Tok>> = const { Cell::new(Vec::new()) };
}

/// An empty token vector with room for `cap` tokens, reusing this thread's kept buffer
/// when there is one: allocating a fresh large buffer per lex costs more than lexing a
/// small script (the allocator tidies its free lists on large requests).
pub(super) fn token_buffer(cap: usize) -> Vec<Tok> {
    let mut v = KEPT_TOKENS.try_with(Cell::take).unwrap_or_default();
    v.clear();
    v.reserve(cap);
    v
}

/// Tokens of one source text in source order, with the tables their payloads index and
/// the lexical diagnostics. Spans are ordered, in bounds and on character boundaries.
/// Every payload index a token of this stream carries is valid for this stream.
pub struct TokenStream {
    pub(crate) toks: Vec<Tok>,
    pub(crate) names: Interner,
    pub(crate) numbers: Vec<NumLit>,
    pub(crate) paths: Vec<Vec<Name>>,
    pub(crate) errors: Vec<Box<str>>,
    /// The nesting of the tokens pushed so far.
    pub(crate) nesting: Nesting,
    /// `syntax-error` diagnostics for bad characters, unterminated strings or comments,
    /// bad escapes and invalid number literals.
    pub diagnostics: Vec<Diagnostic>,
}

impl TokenStream {
    /// An empty stream whose tables are ready for a source of `len` bytes.
    pub(super) fn for_source_len(len: usize) -> Self {
        Self {
            toks: token_buffer(len / 5 + 16),
            names: Interner::take(len),
            numbers: Vec::new(),
            paths: Vec::new(),
            errors: Vec::new(),
            nesting: Nesting::default(),
            diagnostics: Vec::new(),
        }
    }

    /// Appends `tok`, noting its nesting. Every token of a stream arrives through here.
    #[inline]
    pub(crate) fn push(&mut self, tok: Tok) {
        self.nesting.note(tok.kind);
        self.toks.push(tok);
    }

    /// The deepest nesting any token of this stream reached: bracket depth (`(`, `[`,
    /// `?[`, `{`, `${`) plus the run of prefix operators (`!`, `~`, `-`, `+`, `++`, `--`)
    /// just before it, as the parser's nesting limit counts it.
    #[must_use]
    pub fn max_nesting(&self) -> usize {
        self.nesting.max
    }

    /// The compact tokens.
    #[must_use]
    pub fn tokens(&self) -> &[Tok] {
        &self.toks
    }

    /// The name or text an `Ident`, `Str` or `GStringText` token carries.
    #[inline]
    #[must_use]
    pub fn name(&self, tok: Tok) -> Option<&Name> {
        match tok.kind {
            TokenKind::Ident | TokenKind::Str | TokenKind::GStringText => self.names.get(tok.data),
            _ => None,
        }
    }

    /// The literal a `Number` token carries.
    #[inline]
    #[must_use]
    pub fn number(&self, tok: Tok) -> Option<&NumLit> {
        match tok.kind {
            TokenKind::Number => self.numbers.get(tok.data as usize),
            _ => None,
        }
    }

    /// The segments a `GStringPath` token carries.
    #[must_use]
    pub fn path(&self, tok: Tok) -> Option<&[Name]> {
        match tok.kind {
            TokenKind::GStringPath => self.paths.get(tok.data as usize).map(Vec::as_slice),
            _ => None,
        }
    }

    /// The full [`Token`] for `tok` (payload copied out of the tables).
    #[must_use]
    pub fn token(&self, tok: Tok) -> Token {
        let empty = || Name::from("");
        match tok.kind {
            TokenKind::Ident => Token::Ident(self.name(tok).cloned().unwrap_or_else(empty)),
            TokenKind::Keyword(k) => Token::Keyword(k),
            TokenKind::Punct(p) => Token::Punct(p),
            TokenKind::Number => Token::Number(self.number(tok).cloned().unwrap_or(NumLit::Int(0))),
            TokenKind::Str => Token::Str(self.name(tok).cloned().unwrap_or_else(empty)),
            TokenKind::GStringStart => Token::GStringStart,
            TokenKind::GStringText => {
                Token::GStringText(self.name(tok).cloned().unwrap_or_else(empty))
            }
            TokenKind::GStringPath => {
                Token::GStringPath(self.path(tok).map(<[Name]>::to_vec).unwrap_or_default())
            }
            TokenKind::GStringExprStart => Token::GStringExprStart,
            TokenKind::GStringExprEnd => Token::GStringExprEnd,
            TokenKind::GStringEnd => Token::GStringEnd,
            TokenKind::Newline => Token::Newline,
            TokenKind::Error => Token::Error(
                self.errors
                    .get(tok.data as usize)
                    .cloned()
                    .unwrap_or_default(),
            ),
        }
    }

    /// Appends `tok` at `span`, moving its payload into the tables.
    pub(crate) fn push_token(&mut self, tok: Token, span: Span) {
        let kind = TokenKind::of(&tok);
        let data = match tok {
            Token::Ident(s) | Token::Str(s) | Token::GStringText(s) => self.names.intern(&s),
            Token::Number(n) => index(&mut self.numbers, n),
            Token::GStringPath(p) => index(&mut self.paths, p),
            Token::Error(m) => index(&mut self.errors, m),
            _ => 0,
        };
        self.push(Tok { kind, data, span });
    }

    /// A stream holding `tokens` (for tests that build token vectors by hand).
    #[must_use]
    pub fn from_tokens(tokens: Vec<(Token, Span)>) -> Self {
        let mut s = Self::for_source_len(0);
        s.toks.reserve(tokens.len());
        for (t, sp) in tokens {
            s.push_token(t, sp);
        }
        s
    }

    /// Every token with its payload, as [`super::lex`] returns them.
    #[must_use]
    pub fn to_tokens(&self) -> Vec<(Token, Span)> {
        self.toks.iter().map(|t| (self.token(*t), t.span)).collect()
    }
}

/// The nesting the parser's recursion follows: bracket depth (`(`, `[`, `?[`, `{` and
/// `${` open a level; `)`, `]`, `}` and the end of a `${` close one, never below zero)
/// plus the length of the run of prefix-operator tokens (`!`, `~`, `-`, `+`, `++`, `--`)
/// just seen. The level only grows at an opening bracket or a prefix operator, by one.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Nesting {
    depth: usize,
    chain: usize,
    max: usize,
}

impl Nesting {
    /// Takes the token of `kind` into account; returns whether it was an opening bracket
    /// or a prefix operator, the only tokens after which the level can exceed a limit it
    /// did not exceed before.
    #[inline]
    pub(crate) fn note(&mut self, kind: TokenKind) -> bool {
        match kind {
            TokenKind::Punct(
                Punct::LParen | Punct::LBracket | Punct::LBrace | Punct::SafeIndex,
            )
            | TokenKind::GStringExprStart => {
                self.depth += 1;
                self.chain = 0;
            }
            TokenKind::Punct(
                Punct::Not | Punct::Tilde | Punct::Minus | Punct::Plus | Punct::Inc | Punct::Dec,
            ) => self.chain += 1,
            TokenKind::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace)
            | TokenKind::GStringExprEnd => {
                self.depth = self.depth.saturating_sub(1);
                self.chain = 0;
                return false;
            }
            _ => {
                self.chain = 0;
                return false;
            }
        }
        self.max = self.max.max(self.level());
        true
    }

    /// The current level: bracket depth plus prefix-operator run.
    #[inline]
    pub(crate) fn level(&self) -> usize {
        self.depth + self.chain
    }
}

/// Pushes `item` and returns its index (saturating at `u32::MAX`, which no source whose
/// spans fit `u32` reaches).
pub(super) fn index<T>(v: &mut Vec<T>, item: T) -> u32 {
    let i = u32::try_from(v.len()).unwrap_or(u32::MAX);
    v.push(item);
    i
}

impl Drop for TokenStream {
    fn drop(&mut self) {
        let names = std::mem::take(&mut self.names);
        names.give_back();
        let mut toks = std::mem::take(&mut self.toks);
        if toks.capacity() > MAX_KEPT_TOKENS || toks.capacity() == 0 {
            return;
        }
        toks.clear();
        // During thread teardown the slot may be gone; the buffer is then just freed.
        let _ = KEPT_TOKENS.try_with(|k| k.set(toks));
    }
}

impl std::fmt::Debug for TokenStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenStream")
            .field("tokens", &self.to_tokens())
            .field("diagnostics", &self.diagnostics)
            .finish_non_exhaustive()
    }
}
